package org.campaigntracker.core.seal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.campaigntracker.db.DatabaseConfig;

/**
 * Where the data key comes from, in this order: {@code TRACKER_DATA_KEY} (base64 of 32 bytes, with older keys in
 * {@code TRACKER_DATA_KEY_RETIRED}, comma separated), else the key file {@code TRACKER_DATA_KEY_FILE} or
 * {@code $TRACKER_HOME/data.key}. With the embedded database a missing key file is created on first use. With an
 * external database ({@code TRACKER_DB_URL}) it is not: the server and every CLI must share one key, and a key
 * silently made on one machine would leave data the others cannot read.
 */
public final class DataKeys {

    public static final String KEY_VARIABLE = "TRACKER_DATA_KEY";
    public static final String RETIRED_VARIABLE = "TRACKER_DATA_KEY_RETIRED";
    public static final String FILE_VARIABLE = "TRACKER_DATA_KEY_FILE";

    private DataKeys() {
    }

    public static Sealer resolve(Map<String, String> env, DatabaseConfig config) {
        Optional<String> key = Optional.ofNullable(env.get(KEY_VARIABLE)).filter(k -> !k.isBlank());
        if (key.isPresent()) {
            List<DataKey> retired = Arrays.stream(env.getOrDefault(RETIRED_VARIABLE, "").split(","))
                    .filter(k -> !k.isBlank()).map(DataKey::fromBase64).toList();
            return new Sealer(DataKey.fromBase64(key.get()), retired);
        }
        KeyFile file = keyFile(env, config).orElseThrow();
        if (file.exists()) {
            return file.read();
        }
        if (!config.isEmbedded()) {
            throw new DataKeyException("privacy.key_required_external", file.path());
        }
        return file.create();
    }

    /** The key file in use, or empty when the key comes from the environment (rotation then updates nothing). */
    public static Optional<KeyFile> keyFile(Map<String, String> env, DatabaseConfig config) {
        if (env.get(KEY_VARIABLE) != null && !env.get(KEY_VARIABLE).isBlank()) {
            return Optional.empty();
        }
        String explicit = env.get(FILE_VARIABLE);
        return Optional.of(new KeyFile(explicit != null && !explicit.isBlank()
                ? java.nio.file.Path.of(explicit).toAbsolutePath() : config.home().resolve("data.key")));
    }
}
