package org.standfirst.check;

import java.util.List;
import org.standfirst.model.ItemContent;
import org.standfirst.model.ItemKind;

/** Test helpers: the built-in engine, shared (it is immutable), and items made from text. */
final class Checks {
    static final CheckEngine ENGINE = CheckEngine.builtIn();

    private Checks() {
    }

    static ItemContent story(String body) {
        return ItemContent.blank(ItemKind.NEWS_STORY).withHeadline("A headline").withBody(body);
    }

    static List<Finding> body(String body) {
        return ENGINE.findings(story(body));
    }

    static List<Finding> body(String body, String rule) {
        return body(body).stream().filter(f -> f.rule().equals(rule)).toList();
    }
}
