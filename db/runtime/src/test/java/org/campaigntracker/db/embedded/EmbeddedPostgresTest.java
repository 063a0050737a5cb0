package org.campaigntracker.db.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EmbeddedPostgresTest {
    private final Homes homes = new Homes();

    @AfterEach
    void stopServers() throws Exception {
        homes.close();
    }

    @Test
    void firstStartCreatesAServerWithTheTrackerDatabase() throws Exception {
        Path home = homes.fresh();
        long t0 = System.nanoTime();
        EmbeddedPostgres pg = EmbeddedPostgres.ensureRunning(home);
        System.out.printf("first start: %d ms%n", (System.nanoTime() - t0) / 1_000_000);

        assertThat(pg.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:" + pg.port() + "/tracker");
        assertThat(pg.user()).isEqualTo("tracker");
        assertThat(pg.dataDirectory()).isEqualTo(home.toAbsolutePath().resolve("pg15/data"));
        assertThat(query(pg, "select version()")).contains("PostgreSQL 15");
        assertThat(query(pg, "select current_database()")).isEqualTo("tracker");
        assertThat(query(pg, "select rolsuper::text from pg_roles where rolname = current_user")).isEqualTo("true");
        assertThat(Files.getPosixFilePermissions(home.resolve("pg15/password")))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(home.resolve("pg15/postgres.log")).exists();
        assertThat(Files.readString(home.resolve("pg15/port")).trim()).isEqualTo(String.valueOf(pg.port()));
    }

    @Test
    void secondCallReusesTheRunningServer() throws Exception {
        Path home = homes.fresh();
        EmbeddedPostgres first = EmbeddedPostgres.ensureRunning(home);
        long pid = EmbeddedPostgres.status(home).pid();
        int starts = EmbeddedPostgres.SERVER_STARTS.get();

        long t0 = System.nanoTime();
        EmbeddedPostgres second = EmbeddedPostgres.ensureRunning(home);
        long reuseMillis = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("reuse: %d ms%n", reuseMillis);

        assertThat(second.port()).isEqualTo(first.port());
        assertThat(second.password()).isEqualTo(first.password());
        assertThat(EmbeddedPostgres.status(home).pid()).isEqualTo(pid);
        assertThat(EmbeddedPostgres.SERVER_STARTS.get()).isEqualTo(starts);
        assertThat(reuseMillis).isLessThan(2_000);
        second.close(); // a no-op for ensureRunning
        assertThat(EmbeddedPostgres.status(home).running()).isTrue();
    }

    @Test
    void statusFollowsTheLifecycleAndStopKeepsTheData() throws Exception {
        Path home = homes.fresh();
        EmbeddedPostgresStatus before = EmbeddedPostgres.status(home);
        assertThat(before.initialised()).isFalse();
        assertThat(before.running()).isFalse();
        assertThat(before.port()).isNull();
        assertThat(before.pid()).isNull();
        assertThat(before.version()).isNull();
        assertThat(EmbeddedPostgres.stop(home)).isFalse();

        EmbeddedPostgres pg = EmbeddedPostgres.ensureRunning(home);
        execute(pg, "create table campaign (id int primary key, name text)");
        execute(pg, "insert into campaign values (1, 'Spring sale')");
        EmbeddedPostgresStatus running = EmbeddedPostgres.status(home);
        assertThat(running.initialised()).isTrue();
        assertThat(running.running()).isTrue();
        assertThat(running.port()).isEqualTo(pg.port());
        assertThat(running.pid()).isPositive();
        assertThat(running.version()).isEqualTo("15");
        assertThat(running.dataDirectory()).isEqualTo(pg.dataDirectory());

        assertThat(EmbeddedPostgres.stop(home)).isTrue();
        EmbeddedPostgresStatus stopped = EmbeddedPostgres.status(home);
        assertThat(stopped.initialised()).isTrue();
        assertThat(stopped.running()).isFalse();
        assertThat(stopped.pid()).isNull();
        assertThat(stopped.port()).isEqualTo(pg.port());
        assertThat(PgHome.isLivePostgres(running.pid())).isFalse();
        assertThat(EmbeddedPostgres.stop(home)).isFalse();

        EmbeddedPostgres again = EmbeddedPostgres.ensureRunning(home);
        assertThat(again.port()).isEqualTo(pg.port());
        assertThat(query(again, "select name from campaign where id = 1")).isEqualTo("Spring sale");
    }

    @Test
    void recoversFromAKilledServer() throws Exception {
        Path home = homes.fresh();
        EmbeddedPostgres pg = EmbeddedPostgres.ensureRunning(home);
        execute(pg, "create table survivor (id int)");
        long pid = Long.parseLong(Files.readAllLines(pg.dataDirectory().resolve("postmaster.pid")).get(0).trim());

        ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
        postmaster.destroyForcibly();
        long deadline = System.currentTimeMillis() + 10_000;
        while (PgHome.isLivePostgres(pid) && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertThat(pg.dataDirectory().resolve("postmaster.pid")).exists();
        assertThat(EmbeddedPostgres.status(home).running()).isFalse();

        EmbeddedPostgres recovered = EmbeddedPostgres.ensureRunning(home);
        assertThat(EmbeddedPostgres.status(home).pid()).isNotEqualTo(pid);
        assertThat(query(recovered, "select count(*) from survivor")).isEqualTo("0");
    }

    @Test
    void twoThreadsStartingAtOnceShareOneServer() throws Exception {
        Path home = homes.fresh();
        int starts = EmbeddedPostgres.SERVER_STARTS.get();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<EmbeddedPostgres> call = () -> EmbeddedPostgres.ensureRunning(home);
            List<Future<EmbeddedPostgres>> results = pool.invokeAll(List.of(call, call));
            EmbeddedPostgres a = results.get(0).get();
            EmbeddedPostgres b = results.get(1).get();
            assertThat(a.port()).isEqualTo(b.port());
            assertThat(a.password()).isEqualTo(b.password());
            assertThat(EmbeddedPostgres.SERVER_STARTS.get() - starts).isEqualTo(1);
            assertThat(query(a, "select 1")).isEqualTo("1");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void temporaryServerIsStoppedAndDeletedOnClose() throws Exception {
        Path dir = homes.fresh();
        long pid;
        try (EmbeddedPostgres pg = EmbeddedPostgres.startTemporary(dir)) {
            assertThat(query(pg, "select current_database()")).isEqualTo("tracker");
            pid = EmbeddedPostgres.status(dir).pid();
            assertThat(PgHome.isLivePostgres(pid)).isTrue();
        }
        assertThat(dir).doesNotExist();
        assertThat(PgHome.isLivePostgres(pid)).isFalse();
    }

    static String query(EmbeddedPostgres pg, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl(), pg.user(), pg.password());
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    static void execute(EmbeddedPostgres pg, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl(), pg.user(), pg.password());
             Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
