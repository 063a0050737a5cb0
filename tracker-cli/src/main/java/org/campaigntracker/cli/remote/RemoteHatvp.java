package org.campaigntracker.cli.remote;

import java.util.List;
import java.util.Locale;
import org.campaigntracker.api.http.Wire;
import org.campaigntracker.core.hatvp.HatvpDeclaration.DecisionType;
import org.campaigntracker.core.hatvp.HatvpDeclarations;
import org.campaigntracker.core.hatvp.HatvpFormat;

/**
 * The HATVP declaration as the server builds it ({@code …/hatvp}): JSON read back as core's document (the CLI prints
 * it with its own layout), CSV as the server writes it; labels in the session's language (Accept-Language).
 */
final class RemoteHatvp implements HatvpDeclarations {

    private final RemoteSession session;

    RemoteHatvp(RemoteSession session) {
        this.session = session;
    }

    @Override
    public HatvpFormat.Document document(long campaignId, int year, List<String> policyAreas,
                                         DecisionType decisionType, Locale locale) {
        return session.api().get(path(campaignId, year, policyAreas, decisionType), HatvpFormat.Document.class);
    }

    @Override
    public String csv(long campaignId, int year, List<String> policyAreas, DecisionType decisionType,
                      Locale locale) {
        return session.api().text(path(campaignId, year, policyAreas, decisionType), "text/csv");
    }

    private String path(long campaignId, int year, List<String> policyAreas, DecisionType decisionType) {
        Query q = new Query().add("year", year).add("decision_type", Wire.code(decisionType));
        policyAreas.forEach(area -> q.add("area", area));
        return session.path(campaignId, "/hatvp" + q);
    }
}
