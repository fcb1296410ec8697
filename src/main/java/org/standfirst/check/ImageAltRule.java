package org.standfirst.check;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Images need alt text that describes them: screen readers read it out, and an image without it
 * is lost to a blind reader. Checks images in the body and the hero image. A file name
 * ("IMG_2041.jpg", "scan-final.png") is not a description.
 */
public final class ImageAltRule extends Rule {
    private static final Pattern FILE_NAME = Pattern.compile(
            "(?i)\\s*[\\w\\-. ()]*\\.(png|jpe?g|gif|svg|webp|tiff?|bmp|heic|avif)\\s*|\\s*(img|image|dsc|dscn|photo|pic|screenshot)[-_ ]?\\d+\\s*");
    private final String fileNameMessage;

    public ImageAltRule(String id, Severity severity, String message, Set<String> fields, String fileNameMessage) {
        super(id, severity, message, fields);
        this.fileNameMessage = fileNameMessage;
    }

    @Override
    protected Set<String> defaultFields() {
        return Set.of(Fields.BODY, Fields.HERO);
    }

    static boolean looksLikeFileName(String alt, String destination) {
        if (FILE_NAME.matcher(alt).matches()) {
            return true;
        }
        if (destination == null || alt.isBlank()) {
            return false;
        }
        String file = destination.substring(destination.lastIndexOf('/') + 1);
        int dot = file.lastIndexOf('.');
        String stem = dot > 0 ? file.substring(0, dot) : file;
        return alt.strip().equalsIgnoreCase(file) || (stem.length() > 2 && alt.strip().equalsIgnoreCase(stem) && !stem.contains(" ")
                && (stem.contains("-") || stem.contains("_")));
    }

    @Override
    public void check(ItemText item, FindingSink sink) {
        if (fields().contains(Fields.HERO) && item.hero() != null) {
            String alt = item.hero().altText();
            if (alt.isBlank()) {
                sink.addWhole(this, Fields.HERO, alt, message());
            } else if (looksLikeFileName(alt, null)) {
                sink.addWhole(this, Fields.HERO, alt, fileNameMessage);
            }
        }
        for (FieldText f : fieldsOf(item)) {
            for (ProseText.ImageRef img : f.text().images()) {
                if (img.alt().isBlank()) {
                    sink.add(this, f, img.start(), img.end(), message(), null);
                } else if (looksLikeFileName(img.alt(), img.destination())) {
                    sink.add(this, f, img.start(), img.end(), fileNameMessage, null);
                }
            }
        }
    }
}
