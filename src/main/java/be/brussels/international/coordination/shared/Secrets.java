package be.brussels.international.coordination.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secrets of one-time links (an account's activation, a newsletter's confirmation): 32 random bytes, written
 * URL-safe; only their SHA-256 is stored, so that the database alone opens nothing.
 */
public final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    /** 32 random bytes as 43 URL-safe characters. */
    public static String random() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** SHA-256 of the secret, in hexadecimal: what is stored. */
    public static String sha256(String secret) {
        return sha256(secret.getBytes(StandardCharsets.UTF_8));
    }

    /** SHA-256 of those bytes, in hexadecimal. */
    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
