package org.campaigntracker.cli.stakeholder;

import java.util.List;
import org.campaigntracker.cli.Action;
import org.campaigntracker.cli.CliContext;
import org.campaigntracker.cli.Uses;
import org.campaigntracker.cli.output.FormatOptions;
import org.campaigntracker.cli.output.WireEnum;
import org.campaigntracker.core.stakeholder.ContactKind;
import org.campaigntracker.core.stakeholder.ContactPoint;
import org.campaigntracker.core.stakeholder.ContactPointDraft;
import org.campaigntracker.core.stakeholder.ContactPoints;
import org.campaigntracker.core.stakeholder.Stakeholder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tracker stakeholder contact <name> [<kind> <value>]}: adds a contact point, or lists them. */
@Command(name = "contact", mixinStandardHelpOptions = true)
final class StakeholderContact extends Action {

    static final class Kinds extends WireEnum<ContactKind> {
        Kinds() {
            super(ContactKind.class);
        }
    }

    @Parameters(index = "0", paramLabel = "<stakeholder>", descriptionKey = "stakeholder.query")
    String query;

    @Parameters(index = "1", arity = "0..1", paramLabel = "<kind>", converter = Kinds.class,
            completionCandidates = Kinds.class, descriptionKey = "contact.kind")
    ContactKind kind;

    @Parameters(index = "2", arity = "0..1", paramLabel = "<value>", descriptionKey = "contact.value")
    String value;

    @Option(names = "--label", descriptionKey = "contact.label")
    String label;

    @Option(names = "--primary", descriptionKey = "contact.primary")
    boolean primary;

    @Mixin
    FormatOptions format;

    @Uses
    ContactPoints contactPoints;

    StakeholderContact(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        Stakeholder s = find().stakeholder(query);
        if (kind != null) {
            ContactPoint c = contactPoints.add(campaignId(), s.id(),
                    new ContactPointDraft(kind, value, label, primary));
            say("contact.added", c.kind(), c.value(), s.label());
            return 0;
        }
        format.print(context, contactPoints.list(campaignId(), s.id()),
                List.of("id", "kind", "value", "label", "primary"),
                c -> java.util.Arrays.asList(c.id(), c.kind(), c.value(), c.label(), c.primary()));
        return 0;
    }
}
