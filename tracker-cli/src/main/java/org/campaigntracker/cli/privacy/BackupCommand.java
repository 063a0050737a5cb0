package org.campaigntracker.cli.privacy;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.campaigntracker.cli.CliContext;
import org.campaigntracker.cli.GlobalOptions;
import org.campaigntracker.cli.Uses;
import org.campaigntracker.core.audit.AuditService;
import org.campaigntracker.core.backup.BackupService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code tracker backup <file>}: every campaign, in pg_dump's custom format; identities stay sealed in it. */
@Command(name = "backup", mixinStandardHelpOptions = true)
public final class BackupCommand implements Callable<Integer> {

    private final CliContext context;

    @Mixin
    GlobalOptions global;

    @Parameters(index = "0", paramLabel = "<file>", descriptionKey = "backup.file")
    Path file;

    @Uses
    BackupService backups;

    // Declaring a Tracker service opens the database first, which migrates the schema: a backup is always of this
    // build's schema.
    @Uses
    AuditService audit;

    BackupCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        long bytes = backups.backup(file);
        audit.record(null, context.actor(), "backup", "backup", "database", List.of());
        context.out().println(context.messages().get("backup.written", file, bytes / 1024 + 1));
        return 0;
    }
}
