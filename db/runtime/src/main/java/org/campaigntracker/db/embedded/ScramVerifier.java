package org.campaigntracker.db.embedded;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A SCRAM-SHA-256 password verifier in PostgreSQL's stored form ({@code SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:
 * <ServerKey>}, RFC 5802/7677). PostgreSQL accepts such a string in {@code ALTER ROLE … PASSWORD} as already hashed,
 * which is how we choose the iteration count on servers older than 16 (no {@code scram_iterations} setting there).
 */
final class ScramVerifier {

    private static final Base64.Encoder B64 = Base64.getEncoder();

    private ScramVerifier() {
    }

    /** The password must be plain ASCII (ours is random base64url), so SASLprep leaves it unchanged. */
    static String of(String password, int iterations) {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        return of(password, salt, iterations);
    }

    static String of(String password, byte[] salt, int iterations) {
        if (!password.chars().allMatch(c -> c > 32 && c < 127)) {
            throw new IllegalArgumentException("only printable ASCII passwords are supported");
        }
        try {
            byte[] salted = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 256)).getEncoded();
            byte[] storedKey = MessageDigest.getInstance("SHA-256").digest(hmac(salted, "Client Key"));
            byte[] serverKey = hmac(salted, "Server Key");
            return "SCRAM-SHA-256$" + iterations + ":" + B64.encodeToString(salt) + "$"
                    + B64.encodeToString(storedKey) + ":" + B64.encodeToString(serverKey);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SCRAM-SHA-256 needs PBKDF2WithHmacSHA256, present in every JDK", e);
        }
    }

    private static byte[] hmac(byte[] key, String text) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(text.getBytes(StandardCharsets.US_ASCII));
    }
}
