package be.brussels.international.coordination.communication;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A post's length as X counts it: at most 280; every link (with or without {@code https://}, punctuation after it
 * aside) counts 23 whatever its length (X shortens it); an emoji, even made of several code points (a family, a
 * flag, a heart with its variation selector), counts 2, as do ideographs, kana and hangul; every other character 1
 * (after NFC, by user-perceived character).
 */
public final class XText {

    public static final int LIMIT = 280;

    static final int LINK = 23;

    private static final Pattern URL = Pattern.compile(
            "(?:https?://|www\\.)\\S+?(?=[.,!?;:)\\]'\"»]*(?:\\s|$))", Pattern.CASE_INSENSITIVE);

    private static final Pattern CHARACTER = Pattern.compile("\\X");

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
        Matcher characters = CHARACTER.matcher(rest);
        while (characters.find()) {
            String character = characters.group();
            // A cluster of several code points counting 2 somewhere (an emoji sequence) counts 2 once.
            int weight = character.codePoints().map(XText::weight).max().orElse(1);
            length += character.codePointCount(0, character.length()) > 1 && weight == 2 ? 2
                    : character.codePoints().map(XText::weight).sum();
        }
        return length;
    }

    /** X's weights: the ranges it counts as one are Latin, Greek, Cyrillic, punctuation and the like. */
    private static int weight(int codePoint) {
        return codePoint <= 0x10FF || (codePoint >= 0x2000 && codePoint <= 0x200D)
                || (codePoint >= 0x2010 && codePoint <= 0x201F) || (codePoint >= 0x2032 && codePoint <= 0x2037) ? 1 : 2;
    }
}
