package org.campaigntracker.cli.remote;

import java.util.List;
import org.campaigntracker.api.http.Wire;
import org.campaigntracker.api.stakeholder.StakeholderRepresentation;
import org.campaigntracker.core.stakeholder.Stakeholder;
import org.campaigntracker.core.stakeholder.StakeholderDraft;
import org.campaigntracker.core.stakeholder.StakeholderFilter;
import org.campaigntracker.core.stakeholder.Stakeholders;

/** A campaign's stakeholders through the API ({@code …/stakeholders}). */
final class RemoteStakeholders implements Stakeholders {

    private final RemoteSession session;

    RemoteStakeholders(RemoteSession session) {
        this.session = session;
    }

    @Override
    public Stakeholder add(long campaignId, StakeholderDraft draft) {
        return session.api().send("POST", session.path(campaignId, "/stakeholders"),
                StakeholderRepresentation.of(draft), null, StakeholderRepresentation.class).toDomain(campaignId);
    }

    @Override
    public Stakeholder update(long campaignId, long stakeholderId, int expectedVersion, StakeholderDraft draft) {
        return session.api().send("PUT", session.path(campaignId, "/stakeholders/" + stakeholderId),
                StakeholderRepresentation.of(draft), expectedVersion, StakeholderRepresentation.class)
                .toDomain(campaignId);
    }

    @Override
    public Stakeholder get(long campaignId, long stakeholderId) {
        return session.api().get(session.path(campaignId, "/stakeholders/" + stakeholderId),
                StakeholderRepresentation.class).toDomain(campaignId);
    }

    @Override
    public List<Stakeholder> list(long campaignId, StakeholderFilter filter) {
        Query q = new Query().add("category", Wire.code(filter.category()))
                .add("min_power", filter.minPower()).add("organisation", filter.organisationId());
        return session.api().list(session.path(campaignId, "/stakeholders" + q), StakeholderRepresentation.class)
                .stream().map(s -> s.toDomain(campaignId)).toList();
    }
}
