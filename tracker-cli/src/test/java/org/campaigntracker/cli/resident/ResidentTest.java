package org.campaigntracker.cli.resident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campaigntracker.cli.CafData.ok;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.campaigntracker.cli.CafData;
import org.campaigntracker.cli.CliRun;
import org.campaigntracker.cli.ExitCode;
import org.campaigntracker.cli.LauncherRun;
import org.campaigntracker.cli.LauncherRun.Result;
import org.campaigntracker.db.ConnectionSettings;
import org.campaigntracker.db.testing.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher handing commands to a real resident process (started here over the test class path), on a real
 * database: same rows, same output, same exit codes as a direct run, and never used when it cannot be trusted.
 */
class ResidentTest {

    private static final String[] LOG = {"meeting", "log", "--with", "GRIV", "--with", "défenseur", "--on",
        "17/01/2023", "--demand", "1.2", "--yes", "--summary"};

    @TempDir
    static Path home;

    private static ConnectionSettings db;
    private static CliRun cli;
    private static Process resident;
    private static ResidentClient client;

    @BeforeAll
    static void startResident() throws Exception {
        db = TestPostgres.freshDatabase();
        cli = new CliRun(db, home.toString());
        CafData.load(cli);
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.campaigntracker.cli.Main", ResidentServer.FLAG);
        pb.environment().put("TRACKER_HOME", home.toString());
        pb.environment().put("TRACKER_RESIDENT_IDLE", "300");
        pb.environment().put("TRACKER_DATA_KEY", CliRun.TEST_DATA_KEY);
        LauncherRun.withoutCallerLocale(pb.environment()).put("LANG", "C.UTF-8");
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        // Under target/, not the temporary home: the resident's refusals and dropped requests explain a failure.
        pb.redirectErrorStream(true).redirectOutput(Path.of("target", "resident-test.log").toFile());
        resident = pb.start();
        client = new ResidentClient(home.resolve("resident"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (client.control("status").isEmpty()) {
            assertThat(resident.isAlive()).as("resident running").isTrue();
            assertThat(System.nanoTime()).as("resident ready in time").isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    @AfterAll
    static void stopResident() throws Exception {
        assertThat(client.control("stop")).contains("stopped");
        assertThat(resident.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(resident.exitValue()).isZero();
        assertThat(home.resolve("resident/port")).doesNotExist();
    }

    @Test
    void logsTheSameRowAndPrintsTheSameOutputAsADirectRun() throws Exception {
        int before = served();
        Result warm = launch(true, args(LOG, "Cinq exigences présentées"));
        assertThat(served()).isEqualTo(before + 1);
        Result direct = launch(false, args(LOG, "Cinq exigences présentées"));
        assertThat(served()).isEqualTo(before + 1);

        assertThat(warm.code()).as(warm.err()).isZero();
        assertThat(warm.err()).isEmpty();
        assertThat(direct.code()).isZero();
        int warmId = meetingId(warm.out());
        assertThat(warm.out()).contains("Logged meeting #" + warmId + " on 2023-01-17 with Nicolas Grivel (CNAF), Défenseur des droits");
        assertThat(direct.out()).isEqualTo(warm.out().replace("#" + warmId, "#" + meetingId(direct.out())));
        String warmRow = ok(cli, "meeting", "show", Integer.toString(warmId), "--json").out();
        String directRow = ok(cli, "meeting", "show", Integer.toString(meetingId(direct.out())), "--json").out();
        String variable = "\"(id|updatedAt)\" *: *[^,]+";
        assertThat(warmRow.replaceAll(variable, "")).isEqualTo(directRow.replaceAll(variable, ""))
                .contains("Cinq exigences présentées");
    }

    @Test
    void anUnknownNameGivesTheSameLineAndExitCodeAndWritesNothing() throws Exception {
        long meetings = meetings();
        int before = served();
        Result warm = launch(true, "meeting", "log", "--with", "hédonne", "--summary", "x", "--yes");
        assertThat(served()).isEqualTo(before + 1);
        Result direct = launch(false, "meeting", "log", "--with", "hédonne", "--summary", "x", "--yes");
        assertThat(warm.code()).as(direct.err()).isEqualTo(ExitCode.NOT_FOUND).isEqualTo(direct.code());
        assertThat(warm.err().lines()).containsExactly("tracker: no stakeholder matches “hédonne”")
                .isEqualTo(direct.err().lines().toList());
        assertThat(warm.out()).isEmpty();
        assertThat(meetings()).isEqualTo(meetings);
    }

    @Test
    void aWrongSecretIsRefusedAndNothingIsWritten() throws Exception {
        long meetings = meetings();
        byte[] request = ResidentRequest.encode("0".repeat(64), ProcessHandle.current().pid(), home.toString(), false,
                List.of(args(LOG, "intrus")), Map.of("TRACKER_DB_URL", db.jdbcUrl(), "TRACKER_DB_USER", db.user(),
                        "TRACKER_DB_PASSWORD", db.password(), "TRACKER_HOME", home.toString(), "LANG", "C.UTF-8"));
        assertThat(client.send(request)).contains("refused secret");
        assertThat(meetings()).isEqualTo(meetings);
    }

    @Test
    void outputToAFileOpenedForAppendingIsAppended() throws Exception {
        Path file = home.resolve("appended.txt");
        Files.writeString(file, "earlier line\n");
        int before = served();
        Result warm = launch(true, ProcessBuilder.Redirect.appendTo(file.toFile()), args(LOG, "ajout"));
        assertThat(warm.code()).as(warm.err()).isZero();
        assertThat(served()).isEqualTo(before + 1);
        assertThat(Files.readString(file)).startsWith("earlier line\nLogged meeting #")
                .endsWith("Nicolas Grivel (CNAF), Défenseur des droits\n");
    }

    @Test
    void aFileOpenedWithoutAppendingIsLeftToADirectRun() throws Exception {
        // The caller's descriptor keeps its own offset there: writing through /proc would be overwritten later.
        Path file = home.resolve("truncated.txt");
        int before = served();
        Result run = launch(true, ProcessBuilder.Redirect.to(file.toFile()), args(LOG, "fichier"));
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(served()).isEqualTo(before);
        assertThat(Files.readString(file)).startsWith("Logged meeting #").hasLineCount(1);
    }

    @Test
    void twoConcurrentCommandsEachGetTheirOwnOutput() throws Exception {
        int before = served();
        Process first = start(true, ProcessBuilder.Redirect.PIPE, args(LOG, "premier"));
        Process second = start(true, ProcessBuilder.Redirect.PIPE, args(LOG, "second"));
        Result one = LauncherRun.finish(first);
        Result two = LauncherRun.finish(second);
        assertThat(one.code()).as(one.err()).isZero();
        assertThat(two.code()).as(two.err()).isZero();
        assertThat(served()).isEqualTo(before + 2);
        assertThat(one.out()).hasLineCount(1).startsWith("Logged meeting #");
        assertThat(two.out()).hasLineCount(1).startsWith("Logged meeting #");
        assertThat(meetingId(one.out())).isNotEqualTo(meetingId(two.out()));
        assertThat(ok(cli, "meeting", "show", Integer.toString(meetingId(one.out()))).out()).contains("premier");
        assertThat(ok(cli, "meeting", "show", Integer.toString(meetingId(two.out()))).out()).contains("second");
    }

    @Test
    void aCorruptSecretFileMakesTheLauncherRunTheCommandItself() throws Exception {
        Path secret = home.resolve("resident/secret");
        String real = Files.readString(secret);
        int before = served();
        try {
            Files.writeString(secret, "f".repeat(64) + "\n");
            Result run = launch(true, args(LOG, "repli"));
            assertThat(run.code()).as(run.err()).isZero();
            assertThat(run.out()).startsWith("Logged meeting #");
        } finally {
            Files.writeString(secret, real);
        }
        assertThat(served()).isEqualTo(before);
    }

    @Test
    void aCommandThatIsNotQuickIsDeclinedAndRunByTheLauncher() throws Exception {
        Path file = home.resolve("campagne.json");
        int before = served();
        Result exported = launch(true, "export", file.toString());
        assertThat(exported.code()).as(exported.err()).isZero();
        assertThat(file).isNotEmptyFile();
        Result verbose = launch(true, "meeting", "list", "--verbose");
        assertThat(verbose.code()).as(verbose.err()).isZero();
        assertThat(served()).isEqualTo(before);
    }

    @Test
    void withNoResidentYetTheLauncherRunsTheCommandItself(@TempDir Path elsewhere) throws Exception {
        int before = served();
        Result run = new LauncherRun(db, elsewhere).env("TRACKER_RESIDENT", "existing").run(args(LOG, "sans résident"));
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Logged meeting #");
        assertThat(ok(cli, "meeting", "show", Integer.toString(meetingId(run.out()))).out()).contains("sans résident");
        assertThat(served()).isEqualTo(before);
    }

    private static String[] args(String[] fixed, String last) {
        List<String> all = new ArrayList<>(List.of(fixed));
        all.add(last);
        return all.toArray(String[]::new);
    }

    private static int meetingId(String out) {
        return Integer.parseInt(out.replaceAll("(?s)^Logged meeting #(\\d+).*", "$1"));
    }

    private static long meetings() {
        return ok(cli, "meeting", "list", "--csv", "--limit", "500").out().lines().count() - 1;
    }

    private static int served() {
        String status = client.control("status").orElseThrow();
        return Integer.parseInt(status.split(" ")[3]);
    }

    /** ./tracker over the test class path; TRACKER_RESIDENT=existing lets it use the resident started above. */
    private static Result launch(boolean viaResident, String... args) throws IOException, InterruptedException {
        return launch(viaResident, ProcessBuilder.Redirect.PIPE, args);
    }

    private static Result launch(boolean viaResident, ProcessBuilder.Redirect out, String... args)
            throws IOException, InterruptedException {
        return LauncherRun.finish(start(viaResident, out, args));
    }

    private static Process start(boolean viaResident, ProcessBuilder.Redirect out, String... args) throws IOException {
        return new LauncherRun(db, home).env("TRACKER_RESIDENT", viaResident ? "existing" : "0").output(out)
                .start(args);
    }
}
