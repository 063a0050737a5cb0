package org.campaigntracker.cli.remote;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.campaigntracker.api.map.MapRepresentation;
import org.campaigntracker.api.map.PathRepresentation;
import org.campaigntracker.api.stakeholder.RelationshipRepresentation;
import org.campaigntracker.api.stakeholder.StakeholderRepresentation;
import org.campaigntracker.core.map.MapService;
import org.campaigntracker.core.map.Maps;
import org.campaigntracker.core.map.StakeholderMap;
import org.campaigntracker.core.stakeholder.Relationship;
import org.campaigntracker.core.stakeholder.Stakeholder;

/** The stakeholder map and influence paths as the server builds them ({@code …/map}, {@code …/map/paths}). */
final class RemoteMaps implements Maps {

    private final RemoteSession session;

    RemoteMaps(RemoteSession session) {
        this.session = session;
    }

    @Override
    public StakeholderMap map(long campaignId, LocalDate today, int staleDays, int gapPower) {
        return session.api().get(session.path(campaignId, "/map" + new Query().add("stale_days", staleDays)
                .add("min_power", gapPower).add("as_of", today)), MapRepresentation.class).toDomain();
    }

    /**
     * The server's today and the request's language ({@code Accept-Language}) word the routes. The wire names each
     * route's source and relationships by id: they are read once each (a few requests for the few routes asked for),
     * so the routes are core's records whole rather than records with blanks.
     */
    @Override
    public List<MapService.ExplainedPath> pathsTo(long campaignId, long targetId, LocalDate today, int limit,
                                                  Locale locale) {
        // A plain array, not a paged list: the limit (at most 20) bounds it.
        PathRepresentation[] paths = session.api().get(session.path(campaignId, "/map/paths"
                + new Query().add("to", targetId).add("limit", limit)), PathRepresentation[].class);
        Map<Long, Stakeholder> sources = new HashMap<>();
        Map<Long, Relationship> relationships = new HashMap<>();
        return Arrays.stream(paths).map(p -> p.toDomain(
                sources.computeIfAbsent(p.sourceId(), id -> session.api().get(
                        session.path(campaignId, "/stakeholders/" + id), StakeholderRepresentation.class)
                        .toDomain(campaignId)),
                id -> relationships.computeIfAbsent(id, r -> session.api().get(
                        session.path(campaignId, "/relationships/" + r), RelationshipRepresentation.class)
                        .toDomain(campaignId)))).toList();
    }
}
