package org.campaigntracker.cli;

import org.campaigntracker.cli.campaign.CampaignCommand;
import org.campaigntracker.cli.db.DbCommand;
import org.campaigntracker.cli.serve.ServeCommand;
import org.campaigntracker.cli.token.TokenCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The root command: only lists its subcommands. */
@Command(name = "tracker", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        subcommands = {CampaignCommand.class, ServeCommand.class, DbCommand.class, TokenCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:ok", "1:unexpected error (a bug: rerun with --verbose)", "2:usage error",
                "3:not found", "4:ambiguous name or conflict", "5:database unavailable", "6:invalid input"})
public final class TrackerCommand implements Runnable {

    @Mixin
    GlobalOptions global;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
