package org.campaigntracker.core.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import org.campaigntracker.db.DatabaseConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataKeysTest {

    @TempDir
    Path home;

    @Test
    void theEnvironmentKeyWinsAndRetiredKeysStillOpen() {
        DataKey current = DataKey.generate();
        DataKey old = DataKey.generate();
        String sealedWithOld = Sealer.of(old).seal("c", "v");
        Sealer s = DataKeys.resolve(Map.of(DataKeys.KEY_VARIABLE, current.toBase64(),
                DataKeys.RETIRED_VARIABLE, old.toBase64()), DatabaseConfig.embedded(home));
        assertThat(s.current().id()).isEqualTo(current.id());
        assertThat(s.open("c", sealedWithOld)).isEqualTo("v");
        assertThat(Files.exists(home.resolve("data.key"))).isFalse();
    }

    @Test
    void theEmbeddedDatabaseGetsAnOwnerOnlyKeyFileOnFirstUseAndKeepsIt() throws IOException {
        Sealer first = DataKeys.resolve(Map.of(), DatabaseConfig.embedded(home));
        Path file = home.resolve("data.key");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(DataKeys.resolve(Map.of(), DatabaseConfig.embedded(home)).current().id())
                .isEqualTo(first.current().id());
    }

    @Test
    void anExternalDatabaseNeedsAKeyGivenOnPurpose() {
        DatabaseConfig external = new DatabaseConfig(Optional.of("jdbc:postgresql://db.example/tracker"),
                Optional.empty(), Optional.empty(), home);
        assertThatThrownBy(() -> DataKeys.resolve(Map.of(), external)).isInstanceOf(DataKeyException.class)
                .hasMessageContaining("TRACKER_DATA_KEY");
        assertThat(Files.exists(home.resolve("data.key"))).isFalse();
    }

    @Test
    void aKeyFileReadableByOthersIsRefused() throws IOException {
        DataKeys.resolve(Map.of(), DatabaseConfig.embedded(home));
        Files.setPosixFilePermissions(home.resolve("data.key"), PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> DataKeys.resolve(Map.of(), DatabaseConfig.embedded(home)))
                .isInstanceOf(DataKeyException.class).hasMessageContaining("chmod 600");
    }

    @Test
    void rotationMakesANewCurrentKeyAndRetiresTheOldOne() {
        KeyFile file = new KeyFile(home.resolve("data.key"));
        Sealer before = file.create();
        String sealed = before.seal("c", "v");
        DataKey next = DataKey.generate();
        file.rotate(before, next);
        Sealer after = file.read();
        assertThat(after.current().id()).isEqualTo(next.id());
        assertThat(after.open("c", sealed)).isEqualTo("v");
    }
}
