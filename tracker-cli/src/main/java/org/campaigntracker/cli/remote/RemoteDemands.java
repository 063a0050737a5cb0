package org.campaigntracker.cli.remote;

import java.util.List;
import org.campaigntracker.api.demand.DemandRepresentation;
import org.campaigntracker.api.demand.RevisionRepresentation;
import org.campaigntracker.api.demand.ThemeRepresentation;
import org.campaigntracker.core.demand.Demand;
import org.campaigntracker.core.demand.DemandDraft;
import org.campaigntracker.core.demand.Demands;
import org.campaigntracker.core.demand.Revision;
import org.campaigntracker.core.demand.Theme;
import org.campaigntracker.core.demand.ThemeDraft;

/** A campaign's themes and demands through the API ({@code …/themes}, {@code …/demands}). */
final class RemoteDemands implements Demands {

    private final RemoteSession session;

    RemoteDemands(RemoteSession session) {
        this.session = session;
    }

    @Override
    public Theme addTheme(long campaignId, ThemeDraft draft) {
        return session.api().send("POST", session.path(campaignId, "/themes"), ThemeRepresentation.of(draft), null,
                ThemeRepresentation.class).toDomain(campaignId);
    }

    @Override
    public Theme updateTheme(long campaignId, long themeId, int expectedVersion, ThemeDraft draft) {
        return session.api().send("PUT", session.path(campaignId, "/themes/" + themeId),
                ThemeRepresentation.of(draft), expectedVersion, ThemeRepresentation.class).toDomain(campaignId);
    }

    @Override
    public List<Theme> themes(long campaignId) {
        return session.api().list(session.path(campaignId, "/themes"), ThemeRepresentation.class).stream()
                .map(t -> t.toDomain(campaignId)).toList();
    }

    @Override
    public List<Revision> themeHistory(long campaignId, long themeId) {
        return history(session.path(campaignId, "/themes/" + themeId + "/history"));
    }

    @Override
    public Demand addDemand(long campaignId, DemandDraft draft) {
        return session.api().send("POST", session.path(campaignId, "/demands"), DemandRepresentation.of(draft),
                null, DemandRepresentation.class).toDomain(campaignId);
    }

    @Override
    public Demand updateDemand(long campaignId, long demandId, int expectedVersion, DemandDraft draft) {
        return session.api().send("PUT", session.path(campaignId, "/demands/" + demandId),
                DemandRepresentation.of(draft), expectedVersion, DemandRepresentation.class).toDomain(campaignId);
    }

    @Override
    public List<Demand> demands(long campaignId) {
        return session.api().list(session.path(campaignId, "/demands"), DemandRepresentation.class).stream()
                .map(d -> d.toDomain(campaignId)).toList();
    }

    @Override
    public List<Revision> demandHistory(long campaignId, long demandId) {
        return history(session.path(campaignId, "/demands/" + demandId + "/history"));
    }

    private List<Revision> history(String path) {
        return session.api().list(path, RevisionRepresentation.class).stream()
                .map(RevisionRepresentation::toDomain).toList();
    }
}
