package org.campaigntracker.db.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** PostgreSQL refuses root; these run only where the build itself runs as root (containers, CI). */
class RootStrategyTest {
    private final Homes homes = new Homes();

    @BeforeEach
    void onlyAsRoot() {
        assumeTrue(RunAs.isRoot(), "the build does not run as root");
    }

    @AfterEach
    void cleanUp() throws Exception {
        System.clearProperty(RunAs.PROPERTY);
        homes.close();
    }

    @Test
    void defaultStrategyWorksAsRoot() throws Exception {
        Path home = homes.fresh();
        RunAs chosen = RunAs.forDataFolder(PgHome.of(home).data());
        boolean userNamespaces = new ProcessBuilder("unshare", "-U", "true").start().waitFor() == 0;
        assertThat(chosen.strategy()).isEqualTo(userNamespaces ? RunAs.Strategy.UNSHARE : RunAs.Strategy.SETPRIV);

        EmbeddedPostgres pg = EmbeddedPostgres.ensureRunning(home);
        assertThat(EmbeddedPostgresTest.query(pg, "select version()")).contains("PostgreSQL 15");
    }

    @Test
    void setprivStrategyRunsTheServerAsNobody() throws Exception {
        System.setProperty(RunAs.PROPERTY, "setpriv");
        Path home = homes.fresh();

        EmbeddedPostgres pg = EmbeddedPostgres.ensureRunning(home);
        assertThat(EmbeddedPostgresTest.query(pg, "select version()")).contains("PostgreSQL 15");
        long pid = EmbeddedPostgres.status(home).pid();
        assertThat(Files.getAttribute(Path.of("/proc/" + pid), "unix:uid")).isNotEqualTo(0);
        assertThat(Files.getAttribute(pg.dataDirectory(), "unix:uid")).isNotEqualTo(0);

        // Without the property the existing folder's owner pins the strategy, so stop/start still work.
        System.clearProperty(RunAs.PROPERTY);
        assertThat(RunAs.forDataFolder(pg.dataDirectory()).strategy()).isEqualTo(RunAs.Strategy.SETPRIV);
        assertThat(EmbeddedPostgres.stop(home)).isTrue();
        EmbeddedPostgres again = EmbeddedPostgres.ensureRunning(home);
        assertThat(EmbeddedPostgresTest.query(again, "select 1")).isEqualTo("1");
    }

    @Test
    void setprivUnderAPrivateRootFolderExplainsWhatToDo() throws Exception {
        System.setProperty(RunAs.PROPERTY, "setpriv");
        Path privateParent = homes.fresh().getParent().resolve("root-like");
        Files.createDirectory(privateParent, PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwx------")));
        Path home = privateParent.resolve("campaign-tracker");

        assertThatThrownBy(() -> EmbeddedPostgres.ensureRunning(home))
                .isInstanceOf(EmbeddedPostgresException.class)
                .hasMessageContaining(privateParent.toString())
                .hasMessageContaining("run Campaign Tracker as a non-root user")
                .hasMessageContaining("TRACKER_HOME")
                .hasMessageContaining("/var/lib/campaign-tracker")
                .hasMessageContaining("TRACKER_DB_URL");
        assertThat(home).doesNotExist();
    }

    @Test
    void directStrategyAsRootFailsWithAReadableMessage() throws Exception {
        System.setProperty(RunAs.PROPERTY, "direct");
        Path home = homes.fresh();

        assertThatThrownBy(() -> EmbeddedPostgres.ensureRunning(home))
                .isInstanceOf(EmbeddedPostgresException.class)
                .hasMessageContaining("Could not create the PostgreSQL database folder")
                .hasMessageContaining("root")
                .hasMessageContaining(home.resolve("pg15").toAbsolutePath().toString());
    }
}
