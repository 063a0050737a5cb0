package org.campaigntracker.cli.transfer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.campaigntracker.cli.Action;
import org.campaigntracker.cli.CliContext;
import org.campaigntracker.cli.output.Json;
import org.campaigntracker.core.transfer.CampaignFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code tracker export <file.json>}: the current campaign, written atomically (never a half file). */
@Command(name = "export", mixinStandardHelpOptions = true)
public final class ExportCommand extends Action {

    @Parameters(index = "0", paramLabel = "<file.json>", descriptionKey = "export.file")
    Path file;

    ExportCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        CampaignFile data = tracker().transfer().export(campaignId());
        try {
            Path target = file.toAbsolutePath();
            Path tmp = Files.createTempFile(target.getParent(), ".export", ".json");
            Files.writeString(tmp, Json.mapper().writeValueAsString(data) + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
        say("export.done", data.campaign().slug(), file, data.stakeholders().size(), data.interactions().size());
        return 0;
    }
}
