package be.brussels.international.coordination.communication;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The addresses in every message that let a subscriber leave or change their preferences without logging in:
 * {@code /public/newsletter/unsubscribe/{id}/{signature}}, the signature an HMAC-SHA256 of the subscriber's id
 * with the application's secret (created once in the database: every instance and restart signs alike).
 * Nothing is stored per message; a signature cannot be made without the secret.
 */
@Component
class SignedLinks implements SmartInitializingSingleton {

    private static final String SECRET = "newsletter-links";

    private final JdbcTemplate jdbc;

    private volatile byte[] key;

    SignedLinks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    String signature(long subscriberId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            byte[] signed = mac.doFinal(("subscriber:" + subscriberId).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(signed);
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java has HmacSHA256", e);
        }
    }

    /** Compared in constant time. */
    boolean isValid(long subscriberId, String signature) {
        return signature != null && MessageDigest.isEqual(signature(subscriberId).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }

    /** The secret, created by the first instance that starts (after the migrations), read by the others. */
    @Override
    public void afterSingletonsInstantiated() {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        jdbc.update("insert into application_secret (name, value) values (?, ?) on conflict (name) do nothing",
                SECRET, fresh);
        key = jdbc.queryForObject("select value from application_secret where name = ?", byte[].class, SECRET);
    }

    private byte[] key() {
        return key;
    }
}
