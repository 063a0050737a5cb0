package org.campaigntracker.cli.remote;

import java.util.List;
import org.campaigntracker.api.position.PositionRepresentation;
import org.campaigntracker.core.position.Position;
import org.campaigntracker.core.position.PositionDraft;
import org.campaigntracker.core.position.Positions;

/** Positions through the API ({@code …/positions}). */
final class RemotePositions implements Positions {

    private final RemoteSession session;

    RemotePositions(RemoteSession session) {
        this.session = session;
    }

    @Override
    public Position record(long campaignId, PositionDraft draft) {
        return session.api().send("POST", session.path(campaignId, "/positions"), PositionRepresentation.of(draft),
                null, PositionRepresentation.class).toDomain(campaignId);
    }

    @Override
    public List<Position> history(long campaignId, long stakeholderId, long demandId) {
        return session.api().list(session.path(campaignId, "/positions" + new Query().add("history", true)
                        .add("stakeholder", stakeholderId).add("demand", demandId)), PositionRepresentation.class)
                .stream().map(p -> p.toDomain(campaignId)).toList();
    }
}
