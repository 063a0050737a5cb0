package org.campaigntracker.core.seal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * One AES-256 key. Its id (8 hex digits of a SHA-256 of the key) is written in front of every value it seals, so a
 * value names the key that opens it and rotation can re-encrypt progressively. The id reveals nothing of the key.
 */
public final class DataKey {

    private final byte[] bytes;
    private final String id;

    private DataKey(byte[] bytes) {
        if (bytes.length != 32) {
            throw new DataKeyException("privacy.key_length", bytes.length);
        }
        this.bytes = bytes.clone();
        this.id = idOf(bytes);
    }

    public static DataKey generate() {
        byte[] b = new byte[32];
        new SecureRandom().nextBytes(b);
        return new DataKey(b);
    }

    /** From the base64 text kept in TRACKER_DATA_KEY or a key file. */
    public static DataKey fromBase64(String text) {
        try {
            return new DataKey(Base64.getDecoder().decode(text.strip()));
        } catch (IllegalArgumentException e) {
            throw new DataKeyException("privacy.key_not_base64");
        }
    }

    public String id() {
        return id;
    }

    public String toBase64() {
        return Base64.getEncoder().encodeToString(bytes);
    }

    byte[] bytes() {
        return bytes.clone();
    }

    /** A salted hash that is stable for this key: lets the erasure ledger recognise a value without storing it. */
    public String fingerprint(String value) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(bytes);
            sha.update(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String idOf(byte[] key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key);
            return HexFormat.of().formatHex(Arrays.copyOf(digest, 4));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    @Override
    public String toString() {
        return "DataKey[" + id + "]";
    }
}
