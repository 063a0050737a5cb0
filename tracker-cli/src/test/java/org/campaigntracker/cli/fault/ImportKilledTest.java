package org.campaigntracker.cli.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.campaigntracker.cli.CliRun;
import org.campaigntracker.cli.ExitCode;
import org.campaigntracker.cli.Main;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.campaign.CampaignDraft;
import org.campaigntracker.core.demand.DemandDraft;
import org.campaigntracker.core.demand.ThemeDraft;
import org.campaigntracker.core.interaction.InteractionDraft;
import org.campaigntracker.core.interaction.InteractionKind;
import org.campaigntracker.core.stakeholder.StakeholderCategory;
import org.campaigntracker.core.stakeholder.StakeholderDraft;
import org.campaigntracker.core.stakeholder.StakeholderKind;
import org.campaigntracker.db.ConnectionSettings;
import org.campaigntracker.db.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tracker import} of a large export, killed (SIGKILL) while its transaction is open, or failing at its last
 * record: the database holds nothing of the campaign, and importing the file again gives exactly the exported
 * campaign.
 */
class ImportKilledTest {

    private static final String SLUG = "caf-2023";
    private static final int STAKEHOLDERS = 500;
    private static final int MEETINGS = 500;

    @TempDir
    Path home;

    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void anImportKilledHalfWayLeavesNothingAndTheNextImportGivesTheWholeCampaign() throws Exception {
        Path file = largeExport();
        ConnectionSettings target = TestPostgres.freshDatabase();

        Process importing = tracker(target, "import", file.toString());
        long openFor = awaitImportHalfWay(target, importing);
        importing.destroyForcibly();
        assertThat(importing.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(importing.exitValue()).as("killed, not finished").isNotZero();
        assertThat(count(target, "select count(*) from campaign where slug = ?")).isZero();
        assertThat(count(target, "select count(*) from stakeholder")).isZero();

        CliRun cli = new CliRun(target, home.resolve("again").toString());
        long started = System.nanoTime();
        CliRun.Result again = cli.run("import", file.toString());
        long importMs = (System.nanoTime() - started) / 1_000_000;
        assertThat(again.exitCode()).as(again.err()).isZero();
        Path reexport = home.resolve("again.json");
        assertThat(cli.run("export", reexport.toString()).exitCode()).isZero();
        assertThat(Files.readString(reexport)).isEqualTo(Files.readString(file));
        System.out.printf("import killed while writing interactions, its transaction open for %d ms; a whole import takes %d ms%n",
                openFor, importMs);
    }

    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void anImportFailingAtItsLastInteractionLeavesNothingAndTheFixedFileGivesTheWholeCampaign() throws Exception {
        Path file = largeExport();
        String whole = Files.readString(file);
        // The importer checks each interaction's kind as it writes it: this one fails after everything before it.
        int last = whole.lastIndexOf("\"meeting\"");
        assertThat(last).isPositive();
        Path broken = home.resolve("caf-broken.json");
        Files.writeString(broken, whole.substring(0, last) + "\"séance\"" + whole.substring(last + 9));
        ConnectionSettings target = TestPostgres.freshDatabase();
        CliRun cli = new CliRun(target, home.resolve("failing").toString());

        CliRun.Result failed = cli.run("import", broken.toString());
        assertThat(failed.exitCode()).as(failed.err()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(failed.err().lines()).hasSize(1).first().asString().contains("séance");
        assertThat(count(target, "select count(*) from campaign where slug = ?")).isZero();
        assertThat(count(target, "select count(*) from stakeholder")).isZero();
        assertThat(count(target, "select count(*) from interaction")).isZero();

        assertThat(cli.run("import", file.toString()).exitCode()).isZero();
        Path reexport = home.resolve("fixed.json");
        assertThat(cli.run("export", reexport.toString()).exitCode()).isZero();
        assertThat(Files.readString(reexport)).isEqualTo(whole);
    }

    /** A campaign of the reference case, scaled up, written by {@code tracker export}. */
    private Path largeExport() {
        ConnectionSettings source = TestPostgres.freshDatabase();
        try (Tracker t = Tracker.over(source.simpleDataSource())) {
            t.inTransaction(tx -> {
                long c = tx.campaigns().create(new CampaignDraft(SLUG, "Remettre l’humain au cœur des CAF", null,
                        LocalDate.of(2023, 7, 1), "Signature de la COG", "fr")).id();
                long theme = tx.demands().addTheme(c, ThemeDraft.of("Sortir de l’illégalité des pratiques")).id();
                long demand = tx.demands().addDemand(c, DemandDraft.of(theme, "Interdire les suspensions automatiques"))
                        .id();
                List<Long> people = new ArrayList<>();
                for (int i = 0; i < STAKEHOLDERS; i++) {
                    people.add(tx.stakeholders().add(c, new StakeholderDraft(StakeholderKind.person, "Élu " + i,
                            "Député", null, StakeholderCategory.direct_target, 1 + i % 5, i % 3 - 1, null)).id());
                }
                for (int i = 0; i < MEETINGS; i++) {
                    tx.interactions().log(c, new InteractionDraft(InteractionKind.MEETING,
                            LocalDate.of(2023, 1, 1).plusDays(i % 365), "Rencontre " + i, "Compte rendu " + i, null,
                            null, null, List.of(people.get(i % STAKEHOLDERS)), List.of(), List.of(demand)));
                }
                return c;
            });
        }
        Path file = home.resolve("caf-large.json");
        CliRun.Result export = new CliRun(source, home.resolve("source").toString()).run("export", file.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        return file;
    }

    /**
     * Waits until the import writes interactions (its stakeholders are in by then, uncommitted), so the kill lands
     * half-way; returns how long its transaction had been open.
     */
    private static long awaitImportHalfWay(ConnectionSettings db, Process importing) throws Exception {
        String sql = "select coalesce(max(extract(epoch from now() - a.xact_start) * 1000), -1)::bigint"
                + " from pg_locks l join pg_class c on c.oid = l.relation join pg_stat_activity a on a.pid = l.pid"
                + " where c.relname = 'interaction' and l.mode = 'RowExclusiveLock'"
                + " and a.datname = current_database() and a.pid <> pg_backend_pid()";
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            assertThat(importing.isAlive()).as("the import ended before it could be killed").isTrue();
            long open = count(db, sql);
            if (open >= 0) {
                return open;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the import never started writing interactions");
    }

    private Process tracker(ConnectionSettings db, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Path dir = Files.createDirectories(home.resolve("killed"));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        pb.environment().put("TRACKER_DB_URL", db.jdbcUrl());
        pb.environment().put("TRACKER_DATA_KEY", org.campaigntracker.cli.CliRun.TEST_DATA_KEY);
        pb.environment().put("TRACKER_DB_USER", db.user());
        pb.environment().put("TRACKER_DB_PASSWORD", db.password());
        pb.environment().put("TRACKER_HOME", dir.toString());
        return pb.start();
    }

    private static long count(ConnectionSettings db, String sql) throws SQLException {
        try (Connection c = db.open(); PreparedStatement st = c.prepareStatement(sql)) {
            if (sql.contains("?")) {
                st.setString(1, SLUG);
            }
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
