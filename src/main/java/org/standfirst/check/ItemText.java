package org.standfirst.check;

import java.util.ArrayList;
import java.util.List;
import org.standfirst.model.HeroImage;
import org.standfirst.model.ItemContent;
import org.standfirst.model.ItemKind;

/** An item's checked fields in reading order, parsed once for all rules. */
public record ItemText(ItemKind kind, List<FieldText> fields, HeroImage hero) {
    public ItemText {
        fields = List.copyOf(fields);
    }

    public static ItemText of(ItemContent c) {
        List<FieldText> f = new ArrayList<>();
        f.add(new FieldText(Fields.HEADLINE, ProseText.plain(c.headline())));
        f.add(new FieldText(Fields.STANDFIRST, ProseText.plain(c.standfirst())));
        f.add(new FieldText(Fields.BODY, ProseText.markdown(c.body())));
        if (!c.notesToEditors().isEmpty()) {
            f.add(new FieldText(Fields.NOTES_TO_EDITORS, ProseText.markdown(c.notesToEditors())));
        }
        return new ItemText(c.kind(), f, c.hero());
    }

    public FieldText field(String name) {
        for (FieldText f : fields) {
            if (f.field().equals(name)) {
                return f;
            }
        }
        return null;
    }
}
