package org.standfirst.app;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * One file to import: its name for messages, its text, and how to read an image named in it
 * (beside the file for an import; in the sample's images folder for seeding).
 */
record ImportSource(Path name, String text, Function<String, byte[]> images) {

    static ImportSource ofFile(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ImportException(file, "", "cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ImportException(file, "", "is not UTF-8 text");
        }
        Path dir = file.toAbsolutePath().getParent();
        return new ImportSource(file, text, name -> {
            Path p = dir.resolve(name).normalize();
            if (!Files.isRegularFile(p)) {
                p = dir.resolve("images").resolve(name).normalize();
            }
            try {
                return Files.isRegularFile(p) ? Files.readAllBytes(p) : null;
            } catch (IOException e) {
                return null;
            }
        });
    }

    boolean isJson() {
        return name.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json");
    }
}
