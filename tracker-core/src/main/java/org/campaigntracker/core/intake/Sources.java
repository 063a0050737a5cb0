package org.campaigntracker.core.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Source references and the clipping of long texts, shared by both readers. */
final class Sources {

    private Sources() {
    }

    /** {@code prefix:} and the SHA-256 of the parts: the identifier itself (often an address) is not kept. */
    static String ref(String prefix, String... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                sha.update((part == null ? "" : part).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return prefix + ":" + HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * The text cut at {@code max} characters with an ellipsis: an e-mail quoting a long thread still gives its
     * summary draft rather than refusing the import.
     */
    static String clip(String text, int max) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        if (t.isEmpty()) {
            return null;
        }
        return t.length() <= max ? t : t.substring(0, max - 1).strip() + "…";
    }
}
