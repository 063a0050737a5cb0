package org.campaigntracker.cli.transfer;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.campaigntracker.cli.Action;
import org.campaigntracker.cli.CliContext;
import org.campaigntracker.cli.Uses;
import org.campaigntracker.cli.output.Table;
import org.campaigntracker.cli.output.Terminal;
import org.campaigntracker.core.transfer.StakeholderImport;
import org.campaigntracker.core.transfer.TransferService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tracker import stakeholders <file.csv> [--map header=field] [--dry-run]}. */
@Command(name = "stakeholders", mixinStandardHelpOptions = true)
final class StakeholderCsvImport extends Action {

    @Parameters(index = "0", paramLabel = "<file.csv>", descriptionKey = "import.csv")
    Path file;

    @Option(names = "--map", paramLabel = "<header>=<field>", descriptionKey = "import.map")
    Map<String, String> mapping = new LinkedHashMap<>();

    @Option(names = "--dry-run", descriptionKey = "import.dry_run")
    boolean dryRun;

    @Uses
    TransferService transfer;

    StakeholderCsvImport(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        StakeholderImport plan = StakeholderImport.parse(ImportCommand.read(file), mapping);
        ProgressBar bar = new ProgressBar(context.err(), context.interactive() && plan.size() >= 20);
        StakeholderImport.Result result = transfer.importStakeholders(campaignId(), plan, dryRun, bar);
        bar.finish();
        if (!result.ignoredColumns().isEmpty()) {
            say("import.ignored", String.join(", ", result.ignoredColumns()));
        }
        if (dryRun) {
            Table table = new Table(msg("col.line"), msg("col.name"), msg("col.organisation"), msg("col.category"),
                    msg("col.power"), msg("col.stance"));
            result.added().forEach(a -> table.row(a.line(), a.name(), a.organisation(), a.category(), a.power(),
                    a.stance()));
            table.print(context.out(), Terminal.width(context.env()));
            say("import.dry_run_done", result.added().size(), result.organisationsCreated().size());
        } else {
            say("import.stakeholders_done", result.added().size(), result.organisationsCreated().size());
        }
        return 0;
    }

    /** A one-line bar redrawn with \r on stderr, only on a terminal and for files long enough to wait on. */
    static final class ProgressBar implements StakeholderImport.Progress {
        private final java.io.PrintWriter err;
        private final boolean enabled;

        ProgressBar(java.io.PrintWriter err, boolean enabled) {
            this.err = err;
            this.enabled = enabled;
        }

        @Override
        public void rowDone(int done, int total) {
            if (enabled && (done % 10 == 0 || done == total)) {
                int filled = total == 0 ? 30 : done * 30 / total;
                char[] bar = new char[30];
                Arrays.fill(bar, 0, filled, '#');
                Arrays.fill(bar, filled, 30, '.');
                err.print("\r[" + new String(bar) + "] " + done + "/" + total);
                err.flush();
            }
        }

        void finish() {
            if (enabled) {
                err.println();
            }
        }
    }
}
