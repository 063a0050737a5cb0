package org.campaigntracker.cli.privacy;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.campaigntracker.cli.CliContext;
import org.campaigntracker.cli.GlobalOptions;
import org.campaigntracker.core.backup.BackupService;
import org.campaigntracker.db.ConnectionSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code tracker restore <file>}: replaces every campaign with the backup's, migrates it to this build's schema, and
 * re-applies the erasure ledger, so nobody forgotten since the backup comes back.
 */
@Command(name = "restore", mixinStandardHelpOptions = true)
public final class RestoreCommand implements Callable<Integer> {

    private final CliContext context;

    @Mixin
    GlobalOptions global;

    @Parameters(index = "0", paramLabel = "<file>", descriptionKey = "backup.file")
    Path file;

    RestoreCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (!context.confirmed(context.messages().get("restore.confirm", file))) {
            context.out().println(context.messages().get("privacy.nothing_done"));
            return 0;
        }
        new BackupService(ConnectionSettings.resolve(context.databaseConfig()), context.env()).restore(file);
        // The first use of the tracker migrates the restored schema if the backup is older than this build.
        int reapplied = context.tracker().privacy().reapplyLedger();
        // A backup from before encryption, or sealed with a retired key, gets the current key now.
        context.tracker().privacy().rotateKey(context.tracker().sealer());
        context.tracker().audit().record(null, context.actor(), "restore", "restore", "database", List.of());
        context.out().println(context.messages().get("restore.done", file, reapplied));
        return 0;
    }
}
