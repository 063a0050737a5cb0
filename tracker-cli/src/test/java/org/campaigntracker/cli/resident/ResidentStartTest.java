package org.campaigntracker.cli.resident;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.campaigntracker.cli.CafData;
import org.campaigntracker.cli.CliRun;
import org.campaigntracker.cli.LauncherRun;
import org.campaigntracker.cli.Main;
import org.campaigntracker.cli.LauncherRun.Result;
import org.campaigntracker.db.ConnectionSettings;
import org.campaigntracker.db.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A JVM that ran a quick command itself leaves a resident for the next ones; after any other command, none. */
class ResidentStartTest {

    @TempDir
    Path home;

    @Test
    void aQuickCommandRunWithoutAResidentStartsOneAndTheNextCommandUsesIt() throws Exception {
        ConnectionSettings db = TestPostgres.freshDatabase();
        CafData.load(new CliRun(db, home.toString()));
        // What the launcher passes to the JVMs it starts from the jar; TRACKER_RESIDENT=existing lets a launcher
        // running over the test class path offer commands to the resident.
        LauncherRun launcher = new LauncherRun(db, home).env("TRACKER_RESIDENT", "existing")
                .env("TRACKER_JAVA_OPTS", "-D" + ResidentStart.PROPERTY + "=" + ResidentStart.ALLOWED)
                .env("TRACKER_RESIDENT_IDLE", "120");
        ResidentClient client = new ResidentClient(home.resolve("resident"));

        Result exported = launcher.run("export", home.resolve("campagne.json").toString());
        Result verbose = launcher.run("meeting", "list", "--verbose");
        assertThat(exported.code()).as(exported.err()).isZero();
        assertThat(verbose.code()).as(verbose.err()).isZero();
        // A resident starts within a second or two of being spawned: give one that should not exist the time to show.
        Thread.sleep(3_000);
        assertThat(home.resolve("resident")).as("no resident after commands that are not quick").doesNotExist();

        Result first = launcher.run("meeting", "log", "--with", "grivel", "--summary", "premier", "--yes");
        assertThat(first.code()).as(first.err()).isZero();
        Optional<String> status = awaitStatus(client);
        assertThat(status).as("a resident answers after a quick command").isPresent();
        long pid = Long.parseLong(status.get().split(" ")[1]);
        try {
            assertThat(status.get().split(" ")[3]).as("commands run").isEqualTo("0");
            Result second = launcher.run("meeting", "log", "--with", "grivel", "--summary", "second", "--yes");
            assertThat(second.code()).as(second.err()).isZero();
            assertThat(second.out()).startsWith("Logged meeting #");
            assertThat(client.control("status").orElseThrow().split(" ")[3]).as("commands run").isEqualTo("1");

            // A new build (here: the classes folder the resident loaded from, touched): it leaves without reading
            // the request, whose classes might no longer load, and the launcher runs the command itself.
            Path classes = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            FileTime built = Files.getLastModifiedTime(classes);
            try {
                Files.setLastModifiedTime(classes, FileTime.from(built.toInstant().plusSeconds(1)));
                Result third = launcher.run("meeting", "log", "--with", "grivel", "--summary", "troisième", "--yes");
                assertThat(third.code()).as(third.err()).isZero();
                ProcessHandle.of(pid).ifPresent(p -> p.onExit().orTimeout(30, TimeUnit.SECONDS).join());
                assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).as("the outdated resident left").isEmpty();
            } finally {
                Files.setLastModifiedTime(classes, built);
            }
        } finally {
            client.control("stop");
            ProcessHandle.of(pid).ifPresent(p -> p.onExit().orTimeout(30, TimeUnit.SECONDS).join());
        }
    }

    @Test
    void theResidentCommandIsThisJvmsCommandLineWithItsOwnOptionsAndTheFlag() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> own = List.of("java", "-XX:TieredStopAtLevel=1", "-Dtracker.resident=start", "-Xmx2g", "-jar",
                "/opt/tracker/tracker-cli.jar", "meeting", "log", "--summary", "");
        List<String> expected = new ArrayList<>(List.of("setsid", "-f", "nice", "-n", "10", java));
        expected.addAll(ResidentStart.RESIDENT_OPTIONS);
        expected.addAll(List.of("-XX:TieredStopAtLevel=1", "-Xmx2g", "-jar", "/opt/tracker/tracker-cli.jar", "--resident"));
        assertThat(ResidentStart.residentCommand(own, new String[] {"meeting", "log", "--summary", ""}))
                .isEqualTo(expected);
        // Arguments that are not the end of the command line: something else started this JVM, start nothing.
        assertThat(ResidentStart.residentCommand(own, new String[] {"meeting", "list"})).isEmpty();
    }

    private static Optional<String> awaitStatus(ResidentClient client) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            Optional<String> status = client.control("status").filter(s -> s.startsWith("status "));
            if (status.isPresent()) {
                return status;
            }
            Thread.sleep(100);
        }
        return Optional.empty();
    }
}
