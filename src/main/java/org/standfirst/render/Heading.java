package org.standfirst.render;

/**
 * A heading in a rendered body, for a contents list or an outline.
 *
 * @param level the level as rendered (after raising to the minimum level), 1 to 6
 * @param text  the heading's plain text
 * @param id    the element id, unique in the body, for {@code #id} links
 * @param line  its source line, from 1
 */
public record Heading(int level, String text, String id, int line) {
}
