package org.campaigntracker.cli.transfer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.campaigntracker.cli.Action;
import org.campaigntracker.cli.CliContext;
import org.campaigntracker.cli.Uses;
import org.campaigntracker.cli.mobilisation.MobilisationImport;
import org.campaigntracker.cli.output.Json;
import org.campaigntracker.core.audit.AuditService;
import org.campaigntracker.core.common.InvalidInputException;
import org.campaigntracker.core.transfer.CampaignFile;
import org.campaigntracker.core.transfer.ImportFileException;
import org.campaigntracker.core.transfer.TransferService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code tracker import <file.json>} (a whole campaign), {@code tracker import stakeholders|interactions <file>} (.xlsx, .ods, .csv) and
 * {@code tracker import counts <mobilisation> <export.csv>}.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        subcommands = {StakeholderSheetImport.class, InteractionSheetImport.class, MobilisationImport.class})
public final class ImportCommand extends Action {

    @Parameters(index = "0", arity = "0..1", paramLabel = "<file.json>", descriptionKey = "import.file")
    Path file;

    // Suppliers: wired for the spreadsheet subcommands too, which need neither (and run in remote mode).
    @Uses
    Supplier<TransferService> transfer;

    @Uses
    Supplier<AuditService> audit;

    ImportCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        if (file == null) {
            throw InvalidInputException.of("file", "required");
        }
        CampaignFile data = parse(read(file));
        TransferService.Imported imported = transfer.get().importCampaign(data);
        // Sealed stories and identities went in: the trail records who brought them, never what they hold.
        audit.get().record(imported.campaignId(), context.actor(), "import", "import", "campaign", List.of());
        say("import.done", data.campaign().slug(), data.stakeholders().size(), data.interactions().size());
        if (!imported.erasedAgain().isEmpty()) {
            say("import.erased_again", imported.erasedAgain().size());
        }
        return 0;
    }

    /** The format is read first, so a file from a newer tracker says so instead of failing on an unknown field. */
    static CampaignFile parse(String text) {
        try {
            JsonNode tree = Json.mapper().readTree(text);
            JsonNode format = tree == null ? null : tree.get("format");
            if (format != null && format.canConvertToInt() && !CampaignFile.READABLE.contains(format.asInt())) {
                throw new ImportFileException("transfer.format", format.asInt(), CampaignFile.FORMAT);
            }
            return Json.mapper().treeToValue(tree, CampaignFile.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw InvalidInputException.of("file", "format", "tracker export campaign.json");
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }
}
