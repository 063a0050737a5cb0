package org.campaigntracker.core.access;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Token text: {@code ct_<lookup>_<secret>}, 12 + 43 characters of [A-Za-z0-9]. The lookup finds the row; the
 * 256-bit secret is checked against its SHA-256 hash in constant time. A fast hash suffices: the secret is random,
 * not a password a person chose.
 */
final class TokenFormat {

    private static final Pattern TOKEN = Pattern.compile("ct_([A-Za-z0-9]{12})_([A-Za-z0-9]{43})");
    private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    record Parts(String lookup, String secret) {
    }

    private TokenFormat() {
    }

    static Parts generate() {
        return new Parts(random(12), random(43));
    }

    static String text(Parts parts) {
        return "ct_" + parts.lookup() + "_" + parts.secret();
    }

    static Optional<Parts> parse(String presented) {
        if (presented == null) {
            return Optional.empty();
        }
        Matcher m = TOKEN.matcher(presented.strip());
        return m.matches() ? Optional.of(new Parts(m.group(1), m.group(2))) : Optional.empty();
    }

    static byte[] hash(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean matches(String secret, byte[] storedHash) {
        return MessageDigest.isEqual(hash(secret), storedHash);
    }

    private static String random(int length) {
        char[] out = new char[length];
        for (int i = 0; i < length; i++) {
            out[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(out);
    }
}
