package org.campaigntracker.cli.remote;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.campaigntracker.api.stakeholder.ContactPointRepresentation;
import org.campaigntracker.api.stakeholder.RelationshipRepresentation;
import org.campaigntracker.api.stewardship.StewardshipRepresentation;
import org.campaigntracker.core.stakeholder.ContactPoint;
import org.campaigntracker.core.stakeholder.ContactPointDraft;
import org.campaigntracker.core.stakeholder.ContactPoints;
import org.campaigntracker.core.stakeholder.Relationship;
import org.campaigntracker.core.stakeholder.RelationshipDraft;
import org.campaigntracker.core.stakeholder.Relationships;
import org.campaigntracker.core.stewardship.AccessDraft;
import org.campaigntracker.core.stewardship.AccessRating;
import org.campaigntracker.core.stewardship.RelationshipDue;
import org.campaigntracker.core.stewardship.Stewardship;
import org.campaigntracker.core.stewardship.StewardshipDraft;
import org.campaigntracker.core.stewardship.Stewardships;
import org.campaigntracker.core.store.UnitOfWork;

/**
 * What surrounds a stakeholder, through the API: contact points ({@code …/stakeholders/{id}/contact-points}), links
 * ({@code …/relationships}), who looks after it and how reachable it is ({@code …/stewardship}, {@code …/access},
 * {@code …/relationships-due}).
 */
final class RemoteStakeholderDetails {

    private RemoteStakeholderDetails() {
    }

    static final class Contacts implements ContactPoints {
        private final RemoteSession session;

        Contacts(RemoteSession session) {
            this.session = session;
        }

        @Override
        public ContactPoint add(long campaignId, long stakeholderId, ContactPointDraft draft) {
            return session.api().send("POST", session.path(campaignId, "/stakeholders/" + stakeholderId
                    + "/contact-points"), ContactPointRepresentation.of(draft), null, ContactPointRepresentation.class)
                    .toDomain();
        }

        @Override
        public List<ContactPoint> list(long campaignId, long stakeholderId) {
            return session.api().list(session.path(campaignId, "/stakeholders/" + stakeholderId + "/contact-points"),
                    ContactPointRepresentation.class).stream().map(ContactPointRepresentation::toDomain).toList();
        }
    }

    static final class Links implements Relationships {
        private final RemoteSession session;

        Links(RemoteSession session) {
            this.session = session;
        }

        @Override
        public Relationship add(long campaignId, RelationshipDraft draft) {
            return session.api().send("POST", session.path(campaignId, "/relationships"),
                    RelationshipRepresentation.of(draft), null, RelationshipRepresentation.class).toDomain(campaignId);
        }

        @Override
        public List<Relationship> listOf(long campaignId, long stakeholderId) {
            return session.api().list(session.path(campaignId, "/relationships?stakeholder=" + stakeholderId),
                    RelationshipRepresentation.class).stream().map(r -> r.toDomain(campaignId)).toList();
        }
    }

    static final class Stewards implements Stewardships {
        private final RemoteSession session;

        Stewards(RemoteSession session) {
            this.session = session;
        }

        @Override
        public Stewardship get(long campaignId, long stakeholderId) {
            return session.api().get(path(campaignId, stakeholderId, "/stewardship"),
                    StewardshipRepresentation.class).toDomain();
        }

        @Override
        public Stewardship put(long campaignId, long stakeholderId, int expectedVersion, StewardshipDraft draft) {
            return session.api().send("PUT", path(campaignId, stakeholderId, "/stewardship"),
                    StewardshipRepresentation.of(draft), expectedVersion, StewardshipRepresentation.class).toDomain();
        }

        @Override
        public AccessRating rate(long campaignId, long stakeholderId, AccessDraft draft) {
            return session.api().send("POST", path(campaignId, stakeholderId, "/access"),
                    StewardshipRepresentation.Rating.of(draft), null, StewardshipRepresentation.Rating.class)
                    .toDomain(stakeholderId);
        }

        @Override
        public List<AccessRating> accessHistory(long campaignId, long stakeholderId) {
            return session.api().list(path(campaignId, stakeholderId, "/access"),
                    StewardshipRepresentation.Rating.class).stream().map(r -> r.toDomain(stakeholderId)).toList();
        }

        @Override
        public List<RelationshipDue> due(long campaignId, Long ownerId, LocalDate asOf) {
            return session.api().list(session.path(campaignId, "/relationships-due" + new Query()
                            .add("owner", ownerId).add("asOf", asOf)), StewardshipRepresentation.Due.class)
                    .stream().map(StewardshipRepresentation.Due::toDomain).toList();
        }

        private String path(long campaignId, long stakeholderId, String rest) {
            return session.path(campaignId, "/stakeholders/" + stakeholderId + rest);
        }
    }

    /** No transaction spans requests: the writes follow each other (the command checked its input first). */
    static final class InSequence implements UnitOfWork {
        @Override
        public <T> T together(Supplier<T> writes) {
            return writes.get();
        }
    }
}
