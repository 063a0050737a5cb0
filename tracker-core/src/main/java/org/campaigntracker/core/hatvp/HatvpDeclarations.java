package org.campaigntracker.core.hatvp;

import java.util.List;
import java.util.Locale;
import org.campaigntracker.core.hatvp.HatvpDeclaration.DecisionType;

/**
 * What a front door asks of the HATVP register's declaration: {@link HatvpService} builds it over the database, the
 * CLI's remote mode reads the one the server builds. Both answers are the register's forms, labelled in the language
 * given, which is all the server sends.
 */
public interface HatvpDeclarations {

    /** The year's declaration as the JSON document. */
    HatvpFormat.Document document(long campaignId, int year, List<String> policyAreas, DecisionType decisionType,
                                  Locale locale);

    /** The year's declaration as CSV, one line per action. */
    String csv(long campaignId, int year, List<String> policyAreas, DecisionType decisionType, Locale locale);
}
