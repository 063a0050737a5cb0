package org.campaigntracker.cli.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.campaigntracker.cli.CliRun;
import org.campaigntracker.cli.ExitCode;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.demo.DemoLoader;
import org.campaigntracker.core.seal.DataKey;
import org.campaigntracker.core.seal.Sealer;
import org.campaigntracker.db.ConnectionSettings;
import org.campaigntracker.db.testing.TestPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The privacy commands end to end, on the demo data, with real pg_dump and pg_restore. */
class PrivacyCommandTest {

    @TempDir
    Path home;
    private ConnectionSettings db;
    private CliRun cli;

    @BeforeEach
    void demo() {
        db = TestPostgres.freshDatabase();
        try (Tracker t = Tracker.connect(db, Sealer.of(DataKey.fromBase64(CliRun.TEST_DATA_KEY)))) {
            DemoLoader.load(t);
        }
        cli = new CliRun(db, home.toString()).env("USER", "valerie");
        assertThat(cli.run("campaign", "use", "caf-cog-2023").exitCode()).isZero();
    }

    @Test
    void aWithdrawnConsentLeavesTheListAtOnceAndReadsAreAuditedWithTheReader() {
        assertThat(cli.run("testimony", "list", "--usable-for", "briefing", "--csv").out())
                .contains("Isabelle").doesNotContain("Sandrine").doesNotContain("Karim");
        CliRun.Result withdrawn = cli.run("testimony", "consent", "withdraw", "isabelle", "--use", "briefing");
        assertThat(withdrawn.exitCode()).as(withdrawn.err()).isZero();
        assertThat(cli.run("testimony", "list", "--usable-for", "briefing", "--csv").out()).doesNotContain("Isabelle");

        assertThat(cli.run("testimony", "show", "Isabelle").out()).contains("27 mois");
        CliRun.Result identity = cli.run("testimony", "identity", "show", "Isabelle", "--json");
        assertThat(identity.out()).contains("Isabelle Morel").contains("isabelle.morel@example.org");

        String audit = cli.run("audit", "list", "--csv").out();
        assertThat(audit).contains("os_user:valerie,read,testimony show,testimony")
                .contains("os_user:valerie,read,testimony identity show,testimony_identity")
                .doesNotContain("Isabelle Morel").doesNotContain("27 mois");
    }

    @Test
    void testimoniesAreAddedEditedAndGivenConsentAndIdentity() {
        CliRun.Result added = cli.run("testimony", "add", "Nadia", "--story", "Trois indus en un an.", "--on",
                "02/02/2023", "--demand", "1.1");
        assertThat(added.exitCode()).as(added.err()).isZero();
        assertThat(cli.run("testimony", "edit", "nadia", "--story", "Quatre indus en un an.").exitCode()).isZero();
        assertThat(cli.run("testimony", "consent", "give", "Nadia", "--use", "resource-document", "--naming",
                "first-name").exitCode()).isZero();
        assertThat(cli.run("testimony", "identity", "set", "Nadia", "--name", "Nadia K.").exitCode()).isZero();
        String shown = cli.run("testimony", "show", "Nadia").out();
        assertThat(shown).contains("Quatre indus").contains("resource_document");
        CliRun.Result bad = cli.run("testimony", "consent", "give", "Nadia", "--use", "twitter");
        assertThat(bad.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(bad.err().lines()).singleElement().asString().contains("internal, briefing");
    }

    @Test
    void forgetNeedsConsentOfTheUserThenErasesAndARestoreReappliesIt() {
        assertThat(cli.run("privacy", "export", "collombat").out()).contains("b.collombat@radiofrance.example");
        Path backup = home.resolve("before.dump");
        CliRun.Result saved = cli.run("backup", backup.toString());
        assertThat(saved.exitCode()).as(saved.err()).isZero();

        CliRun.Result refused = cli.run("privacy", "forget", "collombat");
        assertThat(refused.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(cli.run("privacy", "export", "collombat").out()).contains("radiofrance");
        CliRun.Result forgotten = cli.run("privacy", "forget", "collombat", "--yes");
        assertThat(forgotten.out()).contains("2 contact point(s) deleted");
        assertThat(cli.run("stakeholder", "show", "collombat").exitCode()).isEqualTo(ExitCode.NOT_FOUND);

        CliRun.Result restored = cli.run("restore", backup.toString(), "--yes");
        assertThat(restored.exitCode()).as(restored.err()).isZero();
        assertThat(restored.out()).contains("re-applied to 1 record");
        assertThat(cli.run("stakeholder", "show", "collombat").exitCode()).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(cli.run("audit", "list", "--csv").out()).contains("privacy forget").doesNotContain("Collombat");
    }

    @Test
    void aMissingOrTooOldPgDumpIsOneClearLine() throws IOException {
        CliRun.Result missing = cli.env("TRACKER_PG_BIN", home.resolve("none").toString())
                .run("backup", home.resolve("x.dump").toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCode.BACKUP_TOOL);
        assertThat(missing.err().lines()).singleElement().asString().contains("pg_dump was not found")
                .contains("postgresql-client-15");
        Path bin = Files.createDirectories(home.resolve("old"));
        Path fake = bin.resolve("pg_dump");
        Files.writeString(fake, "#!/bin/sh\necho 'pg_dump (PostgreSQL) 11.22'\n");
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwx------"));
        CliRun.Result old = cli.env("TRACKER_PG_BIN", bin.toString()).run("backup", home.resolve("x.dump").toString());
        assertThat(old.exitCode()).isEqualTo(ExitCode.BACKUP_TOOL);
        assertThat(old.err()).contains("version 11, older than the database server (15)");
        assertThat(Files.exists(home.resolve("x.dump"))).isFalse();
        CliRun.Result notADump = cli.env("TRACKER_PG_BIN", "").run("restore", fake.toString(), "--yes");
        assertThat(notADump.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    }

    @Test
    void anExternalDatabaseWithoutItsKeyIsOneClearLineAndRotationKeepsDataReadable() throws IOException {
        CliRun.Result noKey = cli.env("TRACKER_DATA_KEY", "").run("testimony", "list");
        assertThat(noKey.exitCode()).isEqualTo(ExitCode.DATA_KEY);
        assertThat(noKey.err().lines()).singleElement().asString().contains("TRACKER_DATA_KEY");

        Path keyFile = home.resolve("data.key");
        Files.createFile(keyFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(keyFile, "current=" + CliRun.TEST_DATA_KEY + "\n");
        CliRun.Result rotated = cli.run("privacy", "rotate-key");
        assertThat(rotated.exitCode()).as(rotated.err()).isZero();
        assertThat(rotated.out()).contains("re-encrypted");
        assertThat(Files.readString(keyFile)).contains("retired=" + CliRun.TEST_DATA_KEY);
        assertThat(cli.run("testimony", "identity", "show", "Valentin").out()).contains("Valentin Girard");
        CliRun.Result oldKeyOnly = new CliRun(db, home.resolve("elsewhere").toString())
                .run("testimony", "identity", "show", "Valentin", "--campaign", "caf-cog-2023");
        assertThat(oldKeyOnly.exitCode()).isEqualTo(ExitCode.DATA_KEY);
    }
}
