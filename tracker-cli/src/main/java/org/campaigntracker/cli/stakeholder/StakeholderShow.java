package org.campaigntracker.cli.stakeholder;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.campaigntracker.cli.Action;
import org.campaigntracker.cli.CliContext;
import org.campaigntracker.cli.Uses;
import org.campaigntracker.cli.output.FormatOptions;
import org.campaigntracker.core.stakeholder.ContactPoint;
import org.campaigntracker.core.stakeholder.ContactPointService;
import org.campaigntracker.core.stakeholder.Relationship;
import org.campaigntracker.core.stakeholder.RelationshipService;
import org.campaigntracker.core.stakeholder.Stakeholder;
import org.campaigntracker.core.stakeholder.StakeholderService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code tracker stakeholder show <name>}: the stakeholder with its contacts and links. */
@Command(name = "show", mixinStandardHelpOptions = true)
final class StakeholderShow extends Action {

    /** What --json prints: the stakeholder, its contact points and its links. */
    record Details(Stakeholder stakeholder, List<ContactPoint> contacts, List<Relationship> relationships) {
    }

    @Parameters(index = "0", paramLabel = "<stakeholder>", descriptionKey = "stakeholder.query")
    String query;

    @Mixin
    FormatOptions format;

    @Uses
    ContactPointService contactPoints;

    @Uses
    RelationshipService relationships;

    @Uses
    StakeholderService stakeholders;

    StakeholderShow(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        Stakeholder s = find().stakeholder(query);
        List<ContactPoint> contacts = contactPoints.list(campaignId(), s.id());
        List<Relationship> links = relationships.listOf(campaignId(), s.id());
        Map<Long, String> names = stakeholders.list(campaignId()).stream()
                .collect(Collectors.toMap(Stakeholder::id, Stakeholder::label));
        List<String> contactText = contacts.stream()
                .map(c -> c.kind() + " " + c.value() + (c.label() == null ? "" : " (" + c.label() + ")")).toList();
        Function<Relationship, String> linkText = r -> names.get(r.fromId()) + " " + r.type() + " "
                + names.get(r.toId());
        format.show(context, new Details(s, contacts, links),
                List.of("id", "name", "kind", "organisation", "function", "category", "power", "stance", "notes",
                        "contacts", "links"),
                Arrays.asList(s.id(), s.name(), s.kind(), s.organisationName(), s.function(), s.category(), s.power(),
                        s.stance(), s.notes(), contactText, links.stream().map(linkText).toList()));
        return 0;
    }
}
