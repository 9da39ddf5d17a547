package be.brussels.international.coordination.security;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

import be.brussels.international.coordination.shared.Languages;

import com.nulabinc.zxcvbn.Feedback;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Which passwords a person may choose: at least {@link #MIN_LENGTH} characters, at most what bcrypt reads
 * ({@link #MAX_BYTES} bytes), and hard to guess by zxcvbn's estimate (score 3 of 4: about 10<sup>8</sup> guesses
 * and more) — common passwords, names, keyboard rows, dates and repetitions are refused with zxcvbn's reason in
 * the reader's language; and never built on the person's own login or names (of four letters or more).
 */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 10;

    /** bcrypt reads the first 72 bytes of a password; Spring's encoder refuses longer ones. */
    static final int MAX_BYTES = 72;

    private static final int MIN_SCORE = 3;

    /** Words anybody would try first for this application. */
    private static final List<String> OBVIOUS = List.of("brussels", "bruxelles", "brussel", "coordination",
            "coordinatie", "international", "region", "regio", "demo", "password", "motdepasse", "wachtwoord");

    private final Zxcvbn zxcvbn = new Zxcvbn();

    /**
     * Refuses a password that breaks the rule, saying why; {@code personal} are the person's login and names,
     * which the password must not be built on.
     */
    void check(String password, List<String> personal) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new AccountRefused("account.password.tooShort", MIN_LENGTH).onField("newPassword");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new AccountRefused("account.password.tooLong", MAX_BYTES).onField("newPassword");
        }
        String folded = folded(password);
        for (String word : personal) {
            if (word != null && folded(word).length() >= 4 && folded.contains(folded(word))) {
                throw new AccountRefused("account.password.personal").onField("newPassword");
            }
        }
        List<String> inputs = new ArrayList<>(OBVIOUS);
        personal.stream().filter(word -> word != null && !word.isBlank())
                .forEach(word -> inputs.add(word.toLowerCase(Locale.ROOT)));
        Strength strength = zxcvbn.measure(password, inputs);
        if (strength.getScore() < MIN_SCORE) {
            throw new AccountRefused("account.password.weak", reason(strength.getFeedback()))
                    .onField("newPassword");
        }
    }

    /** Lower case, without accents nor anything but letters and digits: "Walkman-Walter" → "walkmanwalter". */
    private static String folded(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** zxcvbn's warning in the reader's language, else its first suggestion. */
    private static String reason(Feedback feedback) {
        Feedback translated = feedback.withResourceBundle(bundle(LocaleContextHolder.getLocale()));
        return Optional.ofNullable(translated.getWarning()).filter(text -> !text.isBlank())
                .or(() -> translated.getSuggestions().stream().findFirst())
                .orElse("");
    }

    /**
     * zxcvbn's texts in the reader's language; English is its base bundle. Without falling back to the server's
     * default language, which would give a French reason to an English reader on a French server.
     */
    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("com/nulabinc/zxcvbn/messages", Locale.forLanguageTag(Languages.of(locale)),
                Zxcvbn.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(
                        ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
