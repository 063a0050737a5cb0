package org.campaigntracker.cli.transfer;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.campaigntracker.cli.Action;
import org.campaigntracker.cli.CliContext;
import org.campaigntracker.cli.Uses;
import org.campaigntracker.core.transfer.StakeholderImport;
import org.campaigntracker.core.transfer.TransferService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tracker import stakeholders <file> [--sheet NAME] [--map header=field] [--dry-run]}: .xlsx, .ods, .csv. */
@Command(name = "stakeholders", mixinStandardHelpOptions = true)
final class StakeholderSheetImport extends Action {

    @Parameters(index = "0", paramLabel = "<file>", descriptionKey = "import.sheet_file")
    Path file;

    @Option(names = "--sheet", paramLabel = "<name>", descriptionKey = "import.sheet")
    String sheet;

    @Option(names = "--map", paramLabel = "<header>=<field>", descriptionKey = "import.map")
    Map<String, String> mapping = new LinkedHashMap<>();

    @Option(names = "--dry-run", descriptionKey = "import.dry_run")
    boolean dryRun;

    @Uses
    TransferService transfer;

    StakeholderSheetImport(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        StakeholderImport plan = StakeholderImport.parse(SheetFiles.read(file, sheet), mapping);
        SheetFiles.print(context, transfer.importStakeholders(campaignId(), plan, dryRun));
        return 0;
    }
}
