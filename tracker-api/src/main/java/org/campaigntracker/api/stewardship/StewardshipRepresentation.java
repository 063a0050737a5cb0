package org.campaigntracker.api.stewardship;

import java.time.LocalDate;
import java.util.List;
import org.campaigntracker.core.stewardship.AccessDraft;
import org.campaigntracker.core.stewardship.AccessRating;
import org.campaigntracker.core.stewardship.RelationshipDue;
import org.campaigntracker.core.stewardship.Stewardship;
import org.campaigntracker.core.stewardship.StewardshipDraft;

/** Who holds a relationship and its cadence, and the body of a PUT; {@code ownerName} and {@code version} are read only. */
public record StewardshipRepresentation(Long stakeholderId, Long ownerId, String ownerName, Integer cadenceDays,
                                        Integer version) {

    public static StewardshipRepresentation from(Stewardship s) {
        return new StewardshipRepresentation(s.stakeholderId(), s.ownerId(), s.ownerName(), s.cadenceDays(),
                s.version());
    }

    /** The body of a PUT: what a draft says, nothing read-only. */
    public static StewardshipRepresentation of(StewardshipDraft d) {
        return new StewardshipRepresentation(null, d.ownerId(), null, d.cadenceDays(), null);
    }

    /** What this answer describes (a client's view: the server's fields, as core holds them). */
    public Stewardship toDomain() {
        return new Stewardship(stakeholderId, ownerId, ownerName, cadenceDays, version);
    }

    StewardshipDraft toDraft() {
        return new StewardshipDraft(ownerId, cadenceDays);
    }

    /** An access rating, and the body of a POST: a score from 1 to 5, the day, what shows it. */
    public record Rating(Long id, Integer score, LocalDate ratedOn, String evidence) {

        public static Rating from(AccessRating r) {
            return new Rating(r.id(), r.score(), r.ratedOn(), r.evidence());
        }

        public static Rating of(AccessDraft d) {
            return new Rating(null, d.score(), d.ratedOn(), d.evidence());
        }

        public AccessRating toDomain(long stakeholderId) {
            return new AccessRating(id, stakeholderId, score, ratedOn, evidence);
        }

        AccessDraft toDraft() {
            return new AccessDraft(score, ratedOn, evidence);
        }
    }

    /** A relationship past its cadence. */
    public record Due(long stakeholderId, String stakeholder, Long ownerId, String ownerName, int cadenceDays,
                      LocalDate lastContactOn, List<String> lastContactBy, Long overdueDays) {

        public RelationshipDue toDomain() {
            return new RelationshipDue(stakeholderId, stakeholder, ownerId, ownerName, cadenceDays, lastContactOn,
                    lastContactBy, overdueDays);
        }

        static Due from(RelationshipDue d) {
            return new Due(d.stakeholderId(), d.stakeholder(), d.ownerId(), d.ownerName(), d.cadenceDays(),
                    d.lastContactOn(), d.lastContactBy(), d.overdueDays());
        }
    }
}
