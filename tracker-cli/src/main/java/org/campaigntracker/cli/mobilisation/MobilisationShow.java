package org.campaigntracker.cli.mobilisation;

import java.io.PrintWriter;
import java.util.Map;
import java.util.stream.Collectors;
import org.campaigntracker.cli.CliContext;
import org.campaigntracker.cli.Uses;
import org.campaigntracker.cli.output.Json;
import org.campaigntracker.core.demand.Demand;
import org.campaigntracker.core.demand.Demands;
import org.campaigntracker.core.interaction.Interactions;
import org.campaigntracker.core.mobilisation.Mobilisation;
import org.campaigntracker.core.mobilisation.MobilisationCount;
import org.campaigntracker.core.stakeholder.Stakeholder;
import org.campaigntracker.core.stakeholder.Stakeholders;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tracker mobilisation show <title>}: what it asks, of whom, its counts over time, its delivery. */
@Command(name = "show", mixinStandardHelpOptions = true)
final class MobilisationShow extends MobilisationCommand.OnMobilisation {

    @Parameters(index = "0", paramLabel = "<title>", descriptionKey = "mobilisation.which")
    String title;

    @Option(names = "--json", descriptionKey = "option.json")
    boolean json;

    @Uses
    Stakeholders stakeholders;

    @Uses
    Demands demands;

    @Uses
    Interactions interactions;

    MobilisationShow(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        Mobilisation m = mobilisation(title);
        if (json) {
            Json.print(context.out(), m);
            return 0;
        }
        Map<Long, String> names = stakeholders.list(campaignId()).stream()
                .collect(Collectors.toMap(Stakeholder::id, Stakeholder::label));
        Map<Long, String> codes = demands.demands(campaignId()).stream()
                .collect(Collectors.toMap(Demand::id, Demand::label));
        PrintWriter out = context.out();
        out.println("#" + m.id() + " " + m.title() + " (" + kind(m) + ")");
        out.println(msg("mobilisation.show.launched", date(m.launchedOn())));
        m.demandIds().forEach(d -> out.println("  " + msg("mobilisation.show.demand", codes.get(d))));
        m.targetIds().forEach(t -> out.println("  " + msg("mobilisation.show.target", names.get(t))));
        out.println(msg("mobilisation.show.counts", m.counts().size()));
        for (MobilisationCount c : m.counts()) {
            out.println("  " + date(c.countedOn()) + "  " + java.text.NumberFormat.getIntegerInstance(context.locale())
                    .format(c.count()));
        }
        if (m.delivery() == null) {
            out.println(msg("mobilisation.show.not_delivered"));
        } else {
            out.println(msg("mobilisation.show.delivered", date(m.delivery().on()),
                    m.delivery().toId() == null ? "—" : names.get(m.delivery().toId())));
            out.println(m.delivery().responseInteractionId() == null ? msg("mobilisation.show.no_answer")
                    : msg("mobilisation.show.answer", m.delivery().responseInteractionId(),
                            interactions.get(campaignId(), m.delivery().responseInteractionId()).title()));
        }
        out.flush();
        return 0;
    }
}
