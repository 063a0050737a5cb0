package org.campaigntracker.cli.campaign;

import java.time.OffsetDateTime;
import org.campaigntracker.cli.Action;
import org.campaigntracker.cli.CliContext;
import org.campaigntracker.cli.Uses;
import org.campaigntracker.cli.output.Dates;
import org.campaigntracker.core.campaign.Campaign;
import org.campaigntracker.core.publish.Publications;
import picocli.CommandLine.Command;

/** {@code tracker campaign publish|unpublish}: opens or closes the campaign's public page at /p/{slug}. */
final class CampaignPublish {

    private CampaignPublish() {
    }

    @Command(name = "publish", mixinStandardHelpOptions = true)
    static final class Publish extends Action {
        @Uses
        Publications publish;

        Publish(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            Campaign c = context.campaign();
            OffsetDateTime at = publish.publish(c.id());
            say("campaign.published", c.slug(), "/p/" + c.slug(), Dates.show(context.locale(), at.toLocalDate()));
            return 0;
        }
    }

    @Command(name = "unpublish", mixinStandardHelpOptions = true)
    static final class Unpublish extends Action {
        @Uses
        Publications publish;

        Unpublish(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            Campaign c = context.campaign();
            publish.unpublish(c.id());
            say("campaign.unpublished", c.slug(), "/p/" + c.slug());
            return 0;
        }
    }
}
