package org.campaigntracker.core.seal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts personal values before they reach PostgreSQL and decrypts them after: AES-256-GCM, a random 96-bit nonce
 * per value, the column's name as associated data (a value copied into another column does not open), stored as
 * {@code ct1:<key id>:<base64 nonce+ciphertext>}. Values without that prefix are read as they are: data written
 * before encryption existed, until {@code privacy rotate-key} seals it.
 *
 * <p>The sealer travels with the jOOQ configuration ({@link #of}), so every repository built on a transaction of a
 * Tracker finds it without being handed it.
 */
public final class Sealer {

    public static final String PREFIX = "ct1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DataKey current;
    private final Map<String, DataKey> byId = new LinkedHashMap<>();

    /** Seals with {@code current}; opens values sealed with it or with any of {@code retired}. */
    public Sealer(DataKey current, List<DataKey> retired) {
        this.current = current;
        byId.put(current.id(), current);
        retired.forEach(k -> byId.putIfAbsent(k.id(), k));
    }

    public static Sealer of(DataKey current) {
        return new Sealer(current, List.of());
    }

    public DataKey current() {
        return current;
    }

    /** Every key this sealer can open with, the current one first. */
    public List<DataKey> keys() {
        return List.copyOf(byId.values());
    }

    /** Null stays null, so optional fields stay optional. */
    public String seal(String column, String plain) {
        if (plain == null) {
            return null;
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher c = cipher(Cipher.ENCRYPT_MODE, current, nonce, column);
            byte[] sealed = c.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
            return PREFIX + current.id() + ":" + Base64.getEncoder().withoutPadding().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    public String open(String column, String stored) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            return stored;
        }
        int colon = stored.indexOf(':', PREFIX.length());
        String keyId = colon < 0 ? "" : stored.substring(PREFIX.length(), colon);
        DataKey key = byId.get(keyId);
        if (key == null) {
            throw new DataKeyException("privacy.key_unknown", keyId);
        }
        try {
            ByteBuffer in = ByteBuffer.wrap(Base64.getDecoder().decode(stored.substring(colon + 1)));
            byte[] nonce = new byte[NONCE_BYTES];
            in.get(nonce);
            byte[] sealed = new byte[in.remaining()];
            in.get(sealed);
            return new String(cipher(Cipher.DECRYPT_MODE, key, nonce, column).doFinal(sealed), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException | java.nio.BufferUnderflowException e) {
            throw new DataKeyException("privacy.value_unreadable", column);
        }
    }

    /** True when the value is already sealed with the current key: rotation leaves it alone. */
    public boolean isCurrent(String stored) {
        return stored == null || stored.startsWith(PREFIX + current.id() + ":");
    }

    /** Re-encrypts a stored value with the current key (plain legacy values get sealed). */
    public String reseal(String column, String stored) {
        return isCurrent(stored) ? stored : seal(column, open(column, stored));
    }

    private static Cipher cipher(int mode, DataKey key, byte[] nonce, String column)
            throws GeneralSecurityException {
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(mode, new SecretKeySpec(key.bytes(), "AES"), new GCMParameterSpec(TAG_BITS, nonce));
        c.updateAAD(column.getBytes(StandardCharsets.UTF_8));
        return c;
    }
}
