package org.campaigntracker.cli.campaign;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.campaigntracker.cli.CliContext;
import org.campaigntracker.cli.GlobalOptions;
import org.campaigntracker.cli.Uses;
import org.campaigntracker.cli.output.DateConverter;
import org.campaigntracker.cli.output.FormatOptions;
import org.campaigntracker.cli.output.Json;
import org.campaigntracker.core.campaign.Campaign;
import org.campaigntracker.core.campaign.CampaignDraft;
import org.campaigntracker.core.campaign.CampaignService;
import org.campaigntracker.core.campaign.Campaigns;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tracker campaign create|edit|list|show|use|publish|unpublish}. */
@Command(name = "campaign", mixinStandardHelpOptions = true,
        subcommands = {CampaignCommand.Create.class, CampaignEdit.class, CampaignCommand.ListCampaigns.class,
                CampaignCommand.Show.class, CampaignCommand.Use.class, CampaignPublish.Publish.class,
                CampaignPublish.Unpublish.class})
public final class CampaignCommand {

    static final List<String> COLUMNS = List.of("slug", "name", "deadline", "language");

    @Mixin
    GlobalOptions global;

    @Command(name = "create", mixinStandardHelpOptions = true)
    static final class Create implements Callable<Integer> {
        private final CliContext context;

        @Mixin
        GlobalOptions global;

        @Parameters(index = "0", paramLabel = "<slug>", descriptionKey = "campaign.slug")
        String slug;

        @Option(names = "--name", required = true, descriptionKey = "campaign.name")
        String name;

        @Option(names = "--objective", descriptionKey = "campaign.objective")
        String objective;

        @Option(names = "--deadline", converter = DateConverter.class, descriptionKey = "campaign.deadline")
        LocalDate deadline;

        @Option(names = "--deadline-label", descriptionKey = "campaign.deadline_label")
        String deadlineLabel;

        @Option(names = "--language", defaultValue = "fr", descriptionKey = "campaign.language")
        String language;

        @Uses
        CampaignService campaigns;

        Create(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            CampaignDraft draft = new CampaignDraft(slug, name, objective, deadline, deadlineLabel, language);
            Campaign created = campaigns.create(draft);
            context.out().println(context.messages().get("campaign.created", created.slug(), created.name()));
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListCampaigns implements Callable<Integer> {
        private final CliContext context;

        @Mixin
        GlobalOptions global;

        @Mixin
        FormatOptions format;

        @Uses
        Campaigns campaigns;

        ListCampaigns(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            List<Campaign> all = campaigns.list();
            format.print(context, all, COLUMNS,
                    c -> List.of(c.slug(), c.name(), c.deadline() == null ? "" : c.deadline(), c.defaultLanguage()));
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true)
    static final class Show implements Callable<Integer> {
        private final CliContext context;

        @Mixin
        GlobalOptions global;

        @Mixin
        FormatOptions format;

        @Parameters(index = "0", arity = "0..1", paramLabel = "<slug>", descriptionKey = "campaign.slug_current")
        String slug;

        @Uses
        Campaigns campaigns;

        Show(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            Campaign c = slug == null ? context.campaign() : campaigns.get(slug);
            if (format.json()) {
                Json.print(context.out(), c);
            } else {
                format.print(context, List.of(c), List.of("slug", "name", "objective", "deadline", "deadline_label",
                        "language", "double_ask_days", "version"), x -> java.util.Arrays.asList(x.slug(), x.name(),
                        x.objective(), x.deadline(), x.deadlineLabel(), x.defaultLanguage(), x.doubleAskDays(),
                        x.version()));
            }
            return 0;
        }
    }

    @Command(name = "use", mixinStandardHelpOptions = true)
    static final class Use implements Callable<Integer> {
        private final CliContext context;

        @Mixin
        GlobalOptions global;

        @Parameters(index = "0", paramLabel = "<slug>", descriptionKey = "campaign.slug")
        String slug;

        @Uses
        Campaigns campaigns;

        Use(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            Campaign c = campaigns.get(slug);
            context.saveCampaign(c.slug());
            context.out().println(context.messages().get("campaign.used", c.slug(), c.name()));
            return 0;
        }
    }
}
