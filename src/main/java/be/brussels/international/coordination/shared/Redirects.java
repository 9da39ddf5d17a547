package be.brussels.international.coordination.shared;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The view name of a redirect after a POST, with the path's variables encoded. Never concatenate what a
 * request brought into a {@code "redirect:"} view name: Spring expands a redirect's {@code {…}} as URI
 * template variables, so a slug or username holding braces ({@code /staff/%7Bx%7D}) made a 500 after the
 * change was made; and a {@code ?}, {@code #} or {@code /} in it would change where the reader is sent.
 */
public final class Redirects {

    private Redirects() {
    }

    /**
     * {@code to("/staff/{username}", "pgerard")}: each variable encoded as a path segment; {@code fragment}
     * (may be null) is the section of the page to return to.
     */
    public static String to(String template, Object... variables) {
        return "redirect:" + UriComponentsBuilder.fromPath(template).buildAndExpand(variables).encode().toUriString();
    }

    /** As {@link #to}, then to that section of the page ({@code #contacts}). */
    public static String toSection(String section, String template, Object... variables) {
        return to(template, variables) + "#" + section;
    }
}
