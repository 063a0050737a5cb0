package org.campaigntracker.cli.campaign;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.campaigntracker.cli.CliContext;
import org.campaigntracker.cli.GlobalOptions;
import org.campaigntracker.cli.Uses;
import org.campaigntracker.cli.output.DateConverter;
import org.campaigntracker.cli.output.Dates;
import org.campaigntracker.core.campaign.Campaign;
import org.campaigntracker.core.campaign.CampaignDraft;
import org.campaigntracker.core.campaign.Campaigns;
import org.campaigntracker.core.plan.Plans;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tracker campaign edit [<slug>] --deadline <date>}: changes what is given and keeps the rest. Milestones set
 * by offset ("D-90") are stored as offsets, so moving the deadline moves them; dated milestones stay put.
 */
@Command(name = "edit", mixinStandardHelpOptions = true)
final class CampaignEdit implements Callable<Integer> {

    private final CliContext context;

    @Mixin
    GlobalOptions global;

    @Parameters(index = "0", arity = "0..1", paramLabel = "<slug>", descriptionKey = "campaign.slug_current")
    String slug;

    @Option(names = "--name", descriptionKey = "campaign.name")
    String name;

    @Option(names = "--objective", descriptionKey = "campaign.objective")
    String objective;

    @Option(names = "--deadline", converter = DateConverter.class, descriptionKey = "campaign.deadline")
    LocalDate deadline;

    @Option(names = "--deadline-label", descriptionKey = "campaign.deadline_label")
    String deadlineLabel;

    @Option(names = "--double-ask-days", paramLabel = "<days>", descriptionKey = "campaign.double_ask_days")
    Integer doubleAskDays;

    @Uses
    Campaigns campaigns;

    @Uses
    Plans plan;

    CampaignEdit(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Campaign c = slug == null ? context.campaign() : campaigns.get(slug);
        CampaignDraft d = c.toDraft();
        Campaign saved = campaigns.update(c.slug(), c.version(), new CampaignDraft(d.slug(),
                name != null ? name : d.name(), objective != null ? objective : d.objective(),
                deadline != null ? deadline : d.deadline(), deadlineLabel != null ? deadlineLabel : d.deadlineLabel(),
                d.defaultLanguage(), doubleAskDays != null ? doubleAskDays : d.doubleAskDays()));
        long moved = saved.deadline() == null ? 0 : plan.milestones(saved.id()).stream()
                .filter(m -> m.offsetFromDeadline()).count();
        context.out().println(context.messages().get("campaign.edited", saved.slug(),
                saved.deadline() == null ? "—" : Dates.show(context.locale(), saved.deadline()), moved));
        context.out().flush();
        return 0;
    }
}
