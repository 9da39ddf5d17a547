package be.brussels.international.coordination.communication;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A post's length as X counts it: at most 280; every link counts 23 whatever its length (X shortens it);
 * ideographs, kana, hangul and emoji count 2; every other character 1 (Unicode code points, NFC).
 */
public final class XText {

    public static final int LIMIT = 280;

    static final int LINK = 23;

    private static final Pattern URL = Pattern.compile("https?://\\S+", Pattern.CASE_INSENSITIVE);

    private XText() {
    }

    public static int length(String text) {
        if (text == null) {
            return 0;
        }
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFC);
        Matcher links = URL.matcher(normalized);
        int length = 0;
        StringBuilder rest = new StringBuilder();
        while (links.find()) {
            length += LINK;
            links.appendReplacement(rest, "");
        }
        links.appendTail(rest);
        return length + rest.codePoints().map(XText::weight).sum();
    }

    /** X's weights: the ranges it counts as one are Latin, Greek, Cyrillic, punctuation and the like. */
    private static int weight(int codePoint) {
        return codePoint <= 0x10FF || (codePoint >= 0x2000 && codePoint <= 0x200D)
                || (codePoint >= 0x2010 && codePoint <= 0x201F) || (codePoint >= 0x2032 && codePoint <= 0x2037) ? 1 : 2;
    }
}
