package org.campaigntracker.db.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MultiProcessTest {
    private final Homes homes = new Homes();

    @AfterEach
    void stopServers() throws Exception {
        homes.close();
    }

    @Test
    void twoProcessesStartingAtOnceShareOneServerThatOutlivesThem() throws Exception {
        Path home = homes.fresh();
        List<Process> processes = List.of(launch(home), launch(home));
        List<String> outputs = new ArrayList<>();
        for (Process p : processes) {
            assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("child JVM finished").isTrue();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            assertThat(p.exitValue()).as("exit code of child with output: %s", out).isZero();
            outputs.add(out.lines().reduce((a, b) -> b).orElse(""));
        }

        EmbeddedPostgresStatus status = EmbeddedPostgres.status(home);
        assertThat(status.running()).as("server survives the JVMs that started it").isTrue();
        assertThat(outputs).allSatisfy(line -> assertThat(line).startsWith("port=" + status.port() + " "));
        // Exactly one of the two processes ran pg_ctl start; the other reused its server.
        assertThat(outputs).containsExactlyInAnyOrder(
                "port=" + status.port() + " starts=1", "port=" + status.port() + " starts=0");
    }

    private static Process launch(Path home) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String property : List.of(PostgresBinaries.CACHE_PROPERTY, RunAs.PROPERTY)) {
            String value = System.getProperty(property);
            if (value != null) {
                command.add("-D" + property + "=" + value);
            }
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"),
                EnsureRunningMain.class.getName(), home.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }
}
