package org.campaigntracker.cli.transfer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Supplier;
import org.campaigntracker.cli.Action;
import org.campaigntracker.cli.CliContext;
import org.campaigntracker.cli.Uses;
import org.campaigntracker.cli.output.Json;
import org.campaigntracker.cli.hatvp.HatvpExportCommand;
import org.campaigntracker.cli.privacy.Audited;
import org.campaigntracker.core.audit.AuditService;
import org.campaigntracker.core.transfer.CampaignFile;
import org.campaigntracker.core.transfer.TransferService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tracker export <file.json>}: the current campaign, written atomically (never a half file). */
@Command(name = "export", mixinStandardHelpOptions = true, subcommands = HatvpExportCommand.class)
public final class ExportCommand extends Action {

    // Optional for picocli only, so that "export hatvp" parses; without a file the export itself is a usage error.
    @Parameters(index = "0", arity = "0..1", paramLabel = "<file.json>", descriptionKey = "export.file")
    Path file;

    @Spec
    CommandSpec spec;

    // Suppliers: wired for export hatvp too, which needs neither (and runs in remote mode).
    @Uses
    Supplier<TransferService> transfer;

    @Uses
    Supplier<AuditService> audit;

    ExportCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        if (file == null) {
            throw new ParameterException(spec.commandLine(), "Missing required parameter: '<file.json>'");
        }
        CampaignFile data = transfer.get().export(campaignId());
        try {
            Path target = file.toAbsolutePath();
            Path tmp = Files.createTempFile(target.getParent(), ".export", ".json");
            Files.writeString(tmp, Json.mapper().writeValueAsString(data) + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
        // The file holds sealed personal data: who exported it is on the trail.
        Audited.record(audit.get(), this, "export", "export", "campaign", List.of());
        say("export.done", data.campaign().slug(), file, data.stakeholders().size(), data.interactions().size());
        return 0;
    }
}
