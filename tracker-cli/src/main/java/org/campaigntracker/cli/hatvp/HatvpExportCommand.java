package org.campaigntracker.cli.hatvp;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.campaigntracker.cli.Action;
import org.campaigntracker.cli.CliContext;
import org.campaigntracker.cli.Uses;
import org.campaigntracker.cli.output.Documents;
import org.campaigntracker.cli.output.Json;
import org.campaigntracker.cli.output.WireEnum;
import org.campaigntracker.core.hatvp.HatvpDeclaration.DecisionType;
import org.campaigntracker.core.hatvp.HatvpFormat;
import org.campaigntracker.core.hatvp.HatvpDeclarations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code tracker export hatvp --year 2023 [--format json|csv]}: labels in the user's language ({@code --lang fr} gives
 * the register's own French wording); officials appear by category only, never by name.
 */
@Command(name = "hatvp", mixinStandardHelpOptions = true)
public final class HatvpExportCommand extends Action {

    static final class DecisionTypes extends WireEnum<DecisionType> {
        DecisionTypes() {
            super(DecisionType.class);
        }
    }

    @Option(names = "--year", required = true, paramLabel = "<year>", descriptionKey = "hatvp.year")
    int year;

    @Option(names = "--format", defaultValue = "json", paramLabel = "<json|csv>", descriptionKey = "hatvp.format")
    String format;

    @Option(names = "--area", paramLabel = "<policy area>", descriptionKey = "hatvp.area")
    List<String> areas = new ArrayList<>();

    @Option(names = "--decision-type", defaultValue = "other", paramLabel = "<law|regulation|other>",
            converter = DecisionTypes.class, completionCandidates = DecisionTypes.class,
            descriptionKey = "hatvp.decision_type")
    DecisionType decisionType;

    @Option(names = "--out", paramLabel = "<file>", descriptionKey = "hatvp.out")
    Path out;

    @Uses
    HatvpDeclarations hatvp;

    HatvpExportCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() throws JsonProcessingException {
        HatvpFormat chosen = HatvpFormat.parse(format);
        Locale locale = context.locale();
        String text = chosen == HatvpFormat.JSON
                ? Json.mapper().writeValueAsString(hatvp.document(campaignId(), year, areas, decisionType, locale))
                        + "\n"
                : hatvp.csv(campaignId(), year, areas, decisionType, locale);
        Documents.deliver(context, text, out, "hatvp.written");
        return 0;
    }
}
