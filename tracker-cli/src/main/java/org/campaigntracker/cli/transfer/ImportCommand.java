package org.campaigntracker.cli.transfer;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.campaigntracker.cli.Action;
import org.campaigntracker.cli.CliContext;
import org.campaigntracker.cli.output.Json;
import org.campaigntracker.core.common.InvalidInputException;
import org.campaigntracker.core.transfer.CampaignFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code tracker import <file.json>} (a whole campaign) and {@code tracker import stakeholders <file.csv>}. */
@Command(name = "import", mixinStandardHelpOptions = true, subcommands = StakeholderCsvImport.class)
public final class ImportCommand extends Action {

    @Parameters(index = "0", arity = "0..1", paramLabel = "<file.json>", descriptionKey = "import.file")
    Path file;

    ImportCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        if (file == null) {
            throw InvalidInputException.of("file", "required");
        }
        CampaignFile data;
        try {
            data = Json.mapper().readValue(read(file), CampaignFile.class);
        } catch (JsonProcessingException e) {
            throw InvalidInputException.of("file", "format", "tracker export campaign.json");
        }
        tracker().transfer().importCampaign(data);
        say("import.done", data.campaign().slug(), data.stakeholders().size(), data.interactions().size());
        return 0;
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }
}
