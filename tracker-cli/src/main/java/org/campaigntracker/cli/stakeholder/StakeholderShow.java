package org.campaigntracker.cli.stakeholder;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.campaigntracker.cli.Action;
import org.campaigntracker.cli.CliContext;
import org.campaigntracker.cli.Uses;
import org.campaigntracker.cli.output.Dates;
import org.campaigntracker.cli.output.FormatOptions;
import org.campaigntracker.core.common.Labels;
import org.campaigntracker.core.stakeholder.ContactPoint;
import org.campaigntracker.core.stakeholder.ContactPoints;
import org.campaigntracker.core.stakeholder.Relationship;
import org.campaigntracker.core.stakeholder.Relationships;
import org.campaigntracker.core.stakeholder.Stakeholder;
import org.campaigntracker.core.stakeholder.Stakeholders;
import org.campaigntracker.core.stewardship.Access;
import org.campaigntracker.core.stewardship.AccessRating;
import org.campaigntracker.core.stewardship.Stewardship;
import org.campaigntracker.core.stewardship.Stewardships;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code tracker stakeholder show <name>}: the stakeholder with its contacts, links, owner, cadence and access. */
@Command(name = "show", mixinStandardHelpOptions = true)
final class StakeholderShow extends Action {

    /** What --json prints: the stakeholder, its contact points, its links, who holds it and its access history. */
    record Details(Stakeholder stakeholder, List<ContactPoint> contacts, List<Relationship> relationships,
                   Stewardship stewardship, List<AccessRating> access) {
    }

    @Parameters(index = "0", paramLabel = "<stakeholder>", descriptionKey = "stakeholder.query")
    String query;

    @Mixin
    FormatOptions format;

    @Uses
    ContactPoints contactPoints;

    @Uses
    Relationships relationships;

    @Uses
    Stakeholders stakeholders;

    @Uses
    Stewardships stewardship;

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
        Function<Relationship, String> linkText = r -> names.get(r.fromId()) + " "
                + (format.csv() ? Labels.code(r.type()) : Labels.of(r.type(), context.locale())) + " "
                + names.get(r.toId());
        Stewardship held = stewardship.get(campaignId(), s.id());
        List<AccessRating> access = stewardship.accessHistory(campaignId(), s.id());
        // Tables read the current access in words with its day and evidence (JSON has the whole history); CSV
        // keeps the number.
        boolean words = !format.csv();
        List<String> accessText = access.stream().limit(1).map(a -> (words ? Access.words(a.score(), context.locale())
                : String.valueOf(a.score())) + " (" + Dates.show(context.locale(), a.ratedOn()) + ")"
                + (a.evidence() == null ? "" : " — " + a.evidence())).toList();
        format.show(context, new Details(s, contacts, links, held, access),
                List.of("id", "name", "kind", "organisation", "function", "category", "power", "stance", "access",
                        "owner", "cadence_days", "notes", "contacts", "links"),
                Arrays.asList(s.id(), s.name(), s.kind(), s.organisationName(), s.function(), s.category(), s.power(),
                        s.stance(), accessText, held.ownerName(), held.cadenceDays(), s.notes(), contactText,
                        links.stream().map(linkText).toList()));
        return 0;
    }
}
