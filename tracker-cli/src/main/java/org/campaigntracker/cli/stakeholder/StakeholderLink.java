package org.campaigntracker.cli.stakeholder;

import java.time.LocalDate;
import org.campaigntracker.cli.Action;
import org.campaigntracker.cli.CliContext;
import org.campaigntracker.cli.Uses;
import org.campaigntracker.cli.output.DateConverter;
import org.campaigntracker.cli.output.WireEnum;
import org.campaigntracker.core.stakeholder.RelationshipDraft;
import org.campaigntracker.core.stakeholder.Relationships;
import org.campaigntracker.core.stakeholder.RelationshipType;
import org.campaigntracker.core.stakeholder.Stakeholder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tracker stakeholder link <from> <type> <to>}: "Nicolas Grivel works_for CNAF". */
@Command(name = "link", mixinStandardHelpOptions = true)
final class StakeholderLink extends Action {

    static final class Types extends WireEnum<RelationshipType> {
        Types() {
            super(RelationshipType.class);
        }
    }

    @Parameters(index = "0", paramLabel = "<from>", descriptionKey = "link.from")
    String from;

    @Parameters(index = "1", paramLabel = "<type>", converter = Types.class, completionCandidates = Types.class,
            descriptionKey = "link.type")
    RelationshipType type;

    @Parameters(index = "2", paramLabel = "<to>", descriptionKey = "link.to")
    String to;

    @Option(names = "--strength", descriptionKey = "link.strength")
    Integer strength;

    @Option(names = "--since", converter = DateConverter.class, descriptionKey = "link.since")
    LocalDate since;

    @Option(names = "--source", descriptionKey = "link.source")
    String source;

    @Uses
    Relationships relationships;

    StakeholderLink(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        Stakeholder a = find().stakeholder(from);
        Stakeholder b = find().stakeholder(to);
        relationships.add(campaignId(),
                new RelationshipDraft(a.id(), b.id(), type, strength, since, null, source, null));
        say("stakeholder.linked", a.label(), type, b.label());
        return 0;
    }
}
