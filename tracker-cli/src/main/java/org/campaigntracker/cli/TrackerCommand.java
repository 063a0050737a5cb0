package org.campaigntracker.cli;

import java.util.List;
import org.campaigntracker.cli.brief.BriefCommand;
import org.campaigntracker.cli.calendar.CalendarCommand;
import org.campaigntracker.cli.campaign.CampaignCommand;
import org.campaigntracker.cli.completion.CompletionCommand;
import org.campaigntracker.cli.db.DbCommand;
import org.campaigntracker.cli.demand.DemandCommand;
import org.campaigntracker.cli.demand.ThemeCommand;
import org.campaigntracker.cli.demo.DemoCommand;
import org.campaigntracker.cli.digest.DigestCommand;
import org.campaigntracker.cli.doc.DocCommand;
import org.campaigntracker.cli.ledger.CommitmentCommand;
import org.campaigntracker.cli.ledger.PositionCommand;
import org.campaigntracker.cli.map.MapCommand;
import org.campaigntracker.cli.map.PathCommand;
import org.campaigntracker.cli.meeting.MeetingCommand;
import org.campaigntracker.cli.member.MemberCommand;
import org.campaigntracker.cli.mobilisation.MobilisationCommand;
import org.campaigntracker.cli.outreach.OutreachCommand;
import org.campaigntracker.cli.member.TrainingCommand;
import org.campaigntracker.cli.plan.FollowUpCommand;
import org.campaigntracker.cli.plan.MilestoneCommand;
import org.campaigntracker.cli.plan.PlanCommand;
import org.campaigntracker.cli.press.PressCommand;
import org.campaigntracker.cli.privacy.AuditCommand;
import org.campaigntracker.cli.privacy.BackupCommand;
import org.campaigntracker.cli.privacy.PrivacyCommand;
import org.campaigntracker.cli.privacy.RestoreCommand;
import org.campaigntracker.cli.serve.ServeCommand;
import org.campaigntracker.cli.stakeholder.StakeholderCommand;
import org.campaigntracker.cli.status.StatusCommand;
import org.campaigntracker.cli.stewardship.RelationshipsCommand;
import org.campaigntracker.cli.agenda.AgendaCommand;
import org.campaigntracker.cli.testimony.TestimonyCommand;
import org.campaigntracker.cli.transfer.ExportCommand;
import org.campaigntracker.cli.transfer.ImportCommand;
import org.campaigntracker.cli.token.TokenCommand;
import org.campaigntracker.cli.publish.PublishCommand;
import org.campaigntracker.cli.remote.LoginCommand;
import org.campaigntracker.cli.remote.LogoutCommand;
import org.campaigntracker.cli.resident.ResidentCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The root command: only lists its subcommands. They are listed here rather than in {@code @Command(subcommands)}
 * so {@link Main} can build just the one a run needs: building all of them costs a few hundred milliseconds of
 * reflection on every call, more than logging a meeting itself. Its help lists the exit codes of {@link ExitCode}
 * from the help bundles ({@code tracker.usage.exitCodeList.N}), in each language.
 */
@Command(name = "tracker", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
public final class TrackerCommand implements Runnable {

    static final List<Class<?>> SUBCOMMANDS = List.of(CampaignCommand.class, StakeholderCommand.class,
            ThemeCommand.class, DemandCommand.class, MeetingCommand.class, PositionCommand.class,
            CommitmentCommand.class, PressCommand.class, MilestoneCommand.class, FollowUpCommand.class,
            StatusCommand.class, BriefCommand.class, PathCommand.class, CalendarCommand.class, ImportCommand.class,
            ExportCommand.class, CompletionCommand.class, ServeCommand.class, DemoCommand.class, DbCommand.class,
            TokenCommand.class, PlanCommand.class, DocCommand.class, MemberCommand.class, TrainingCommand.class, MapCommand.class,
            TestimonyCommand.class, PrivacyCommand.class, AuditCommand.class, BackupCommand.class, RestoreCommand.class,
            ResidentCommand.class, PublishCommand.class, MobilisationCommand.class,
            OutreachCommand.class, RelationshipsCommand.class, DigestCommand.class, AgendaCommand.class,
            LoginCommand.class, LogoutCommand.class);

    @Mixin
    GlobalOptions global;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
