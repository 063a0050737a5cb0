package org.campaigntracker.cli.privacy;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.campaigntracker.cli.CliContext;
import org.campaigntracker.cli.GlobalOptions;
import org.campaigntracker.cli.Uses;
import org.campaigntracker.core.audit.AuditService;
import org.campaigntracker.core.backup.BackupService;
import org.campaigntracker.core.privacy.PrivacyService;
import org.campaigntracker.core.seal.Sealer;
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

    // Suppliers: the database must not be opened before it is confirmed and replaced; opening it afterwards migrates
    // the restored schema if the backup is older than this build.
    @Uses
    Supplier<BackupService> backups;

    @Uses
    Supplier<PrivacyService> privacy;

    @Uses
    Supplier<Sealer> sealer;

    @Uses
    Supplier<AuditService> audit;

    RestoreCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (!context.confirmed(context.messages().get("restore.confirm", file))) {
            context.out().println(context.messages().get("privacy.nothing_done"));
            return 0;
        }
        backups.get().restore(file);
        int reapplied = privacy.get().reapplyLedger();
        // A backup from before encryption, or sealed with a retired key, gets the current key now.
        privacy.get().rotateKey(sealer.get());
        audit.get().record(null, context.actor(), "restore", "restore", "database", List.of());
        context.out().println(context.messages().get("restore.done", file, reapplied));
        return 0;
    }
}
