package org.campaigntracker.core.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.campaigntracker.core.common.InvalidInputException;
import org.campaigntracker.db.ConnectionSettings;

/**
 * {@code tracker backup} and {@code tracker restore}: a custom-format dump of the public schema, without the erasure
 * ledger and audit trail; a restore replaces the public schema as a whole. The caller then opens a Tracker (which migrates a dump
 * older than this build) and re-applies the ledger.
 */
public final class BackupService {

    /** The schema kept out of dumps (erasure ledger, audit trail): see changesets 0021 and 0022. */
    public static final String LEDGER_SCHEMA = "privacy";
    private static final byte[] CUSTOM_FORMAT_MAGIC = "PGDMP".getBytes(StandardCharsets.US_ASCII);

    private final ConnectionSettings settings;
    private final Map<String, String> env;

    public BackupService(ConnectionSettings settings, Map<String, String> env) {
        this.settings = settings;
        this.env = env;
    }

    /** Writes the dump; returns its size in bytes. */
    public long backup(Path file) {
        PgTool pgDump = PgTool.find("pg_dump", serverMajor(), env);
        List<String> command = new ArrayList<>(List.of(pgDump.path().toString(), "--format=custom", "--no-owner",
                "--exclude-schema=" + LEDGER_SCHEMA, "--file=" + file.toAbsolutePath()));
        run(command, pgDump);
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the backup " + file, e);
        }
    }

    /** A plain SQL dump of everything but the ledger: what a thief of the database would read (tests, audits). */
    public String plainDump() {
        PgTool pgDump = PgTool.find("pg_dump", serverMajor(), env);
        try {
            Path tmp = Files.createTempFile("tracker-dump", ".sql");
            try {
                run(new ArrayList<>(List.of(pgDump.path().toString(), "--format=plain", "--no-owner",
                        "--file=" + tmp)), pgDump);
                return Files.readString(tmp, StandardCharsets.UTF_8);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a temporary dump", e);
        }
    }

    /** Replaces the public schema with the dump's; the erasure ledger stays as it is. */
    public void restore(Path file) {
        requireCustomDump(file);
        PgTool pgRestore = PgTool.find("pg_restore", serverMajor(), env);
        try (Connection c = settings.open(); Statement st = c.createStatement()) {
            st.execute("drop schema public cascade");
            st.execute("create schema public");
        } catch (SQLException e) {
            throw new BackupToolException("backup.failed", "pg_restore", e.getMessage());
        }
        run(new ArrayList<>(List.of(pgRestore.path().toString(), "--no-owner", "--exit-on-error",
                file.toAbsolutePath().toString())), pgRestore);
    }

    private static void requireCustomDump(Path file) {
        if (!Files.isRegularFile(file)) {
            throw InvalidInputException.of("file", "backup_missing", file);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(CUSTOM_FORMAT_MAGIC.length);
            if (!java.util.Arrays.equals(head, CUSTOM_FORMAT_MAGIC)) {
                throw InvalidInputException.of("file", "backup_format", file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the backup " + file, e);
        }
    }

    int serverMajor() {
        try (Connection c = settings.open(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("show server_version_num")) {
            rs.next();
            return Integer.parseInt(rs.getString(1)) / 10_000;
        } catch (SQLException e) {
            throw new BackupToolException("backup.failed", "server_version_num", e.getMessage());
        }
    }

    /** Runs the tool against our database; the password goes through PGPASSWORD, never the command line. */
    private void run(List<String> command, PgTool tool) {
        URI uri = URI.create(settings.jdbcUrl().substring("jdbc:".length()));
        command.add("--host=" + uri.getHost());
        command.add("--port=" + (uri.getPort() < 0 ? 5432 : uri.getPort()));
        command.add("--dbname=" + uri.getPath().substring(1));
        if (settings.user() != null) {
            command.add("--username=" + settings.user());
        }
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("PGPASSWORD", settings.password() == null ? "" : settings.password());
        pb.environment().put("PGSSLMODE", uri.getQuery() != null && uri.getQuery().contains("sslmode=disable")
                ? "disable" : "prefer");
        try {
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                String first = out.lines().filter(l -> !l.isBlank()).findFirst().orElse("exit " + p.exitValue());
                throw new BackupToolException("backup.failed", tool.path().getFileName(), first);
            }
        } catch (IOException e) {
            throw new BackupToolException("backup.failed", tool.path().getFileName(), e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BackupToolException("backup.failed", tool.path().getFileName(), "interrupted");
        }
    }
}
