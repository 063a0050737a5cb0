package org.campaigntracker.core.stewardship;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.campaigntracker.core.common.Check;
import org.campaigntracker.core.common.NotFoundException;
import org.campaigntracker.core.store.Transactions;

/** Use cases on who holds each relationship, its cadence, and access ratings; each public method is one unit of work. */
public final class StewardshipService implements Stewardships {

    private final Transactions transactions;

    public StewardshipService(Transactions transactions) {
        this.transactions = transactions;
    }

    /** The stakeholder's stewardship, version 0 when nothing was recorded. */
    @Override
    public Stewardship get(long campaignId, long stakeholderId) {
        return transactions.read(tx -> {
            StewardshipRepository repo = new StewardshipRepository(tx.dsl());
            existing(repo, campaignId, stakeholderId);
            return repo.find(campaignId, stakeholderId).orElse(Stewardship.none(stakeholderId));
        });
    }

    public Map<Long, Stewardship> all(long campaignId) {
        return transactions.read(tx -> new StewardshipRepository(tx.dsl()).all(campaignId));
    }

    /** Sets owner and cadence when nobody changed them since {@code expectedVersion} (0: none recorded yet). */
    @Override
    public Stewardship put(long campaignId, long stakeholderId, int expectedVersion, StewardshipDraft draft) {
        return transactions.write(campaignId, tx -> {
            StewardshipRepository repo = new StewardshipRepository(tx.dsl());
            existing(repo, campaignId, stakeholderId);
            Check.of().that(draft.ownerId() == null || repo.activeMember(campaignId, draft.ownerId()), "owner_id",
                    "active_member").orThrow();
            repo.put(campaignId, stakeholderId, expectedVersion, draft);
            return repo.find(campaignId, stakeholderId).orElseThrow();
        });
    }

    @Override
    public AccessRating rate(long campaignId, long stakeholderId, AccessDraft draft) {
        return transactions.write(campaignId, tx -> {
            StewardshipRepository repo = new StewardshipRepository(tx.dsl());
            existing(repo, campaignId, stakeholderId);
            long id = repo.rate(campaignId, stakeholderId, draft);
            return new AccessRating(id, stakeholderId, draft.score(), draft.ratedOn(), draft.evidence());
        });
    }

    public void deleteRating(long campaignId, long stakeholderId, long ratingId) {
        transactions.writeVoid(campaignId, tx -> {
            if (!new StewardshipRepository(tx.dsl()).deleteRating(campaignId, stakeholderId, ratingId)) {
                throw new NotFoundException("access_rating", ratingId);
            }
        });
    }

    /** The stakeholder's access ratings, newest first. */
    @Override
    public List<AccessRating> accessHistory(long campaignId, long stakeholderId) {
        return transactions.read(tx -> {
            StewardshipRepository repo = new StewardshipRepository(tx.dsl());
            existing(repo, campaignId, stakeholderId);
            return repo.ratings(campaignId, stakeholderId);
        });
    }

    /** Every stakeholder's latest rating, by stakeholder id. */
    public Map<Long, AccessRating> currentAccess(long campaignId) {
        return transactions.read(tx -> new StewardshipRepository(tx.dsl()).currentAccess(campaignId));
    }

    /** Every rating, oldest first (the campaign file). */
    public List<AccessRating> allRatings(long campaignId) {
        return transactions.read(tx -> new StewardshipRepository(tx.dsl()).allRatings(campaignId));
    }

    /**
     * Relationships with a cadence whose last contact on or before {@code asOf} is older than it (or that were never
     * contacted), of one owner when {@code ownerId} is given; never-contacted first, then the most overdue.
     */
    @Override
    public List<RelationshipDue> due(long campaignId, Long ownerId, LocalDate asOf) {
        Check.of().required("as_of", asOf).date("as_of", asOf)
                .that(ownerId == null || ownerId > 0, "owner", "format", "12").orThrow();
        return transactions.read(tx -> {
            StewardshipRepository repo = new StewardshipRepository(tx.dsl());
            Map<Long, LocalDate> last = repo.lastContacts(campaignId, asOf);
            List<Stewardship> held = repo.all(campaignId).values().stream()
                    .filter(s -> s.cadenceDays() != null && (ownerId == null || ownerId.equals(s.ownerId())))
                    .toList();
            Map<Long, String> labels = repo.labels(campaignId, held.stream().map(Stewardship::stakeholderId).toList());
            List<RelationshipDue> due = new ArrayList<>();
            for (Stewardship s : held) {
                LocalDate on = last.get(s.stakeholderId());
                long since = on == null ? Long.MAX_VALUE : ChronoUnit.DAYS.between(on, asOf);
                if (since > s.cadenceDays()) {
                    due.add(new RelationshipDue(s.stakeholderId(), labels.get(s.stakeholderId()), s.ownerId(),
                            s.ownerName(), s.cadenceDays(), on,
                            on == null ? List.of() : repo.attendees(campaignId, s.stakeholderId(), on),
                            on == null ? null : since - s.cadenceDays()));
                }
            }
            due.sort(Comparator.comparing((RelationshipDue d) -> d.overdueDays() == null ? Long.MAX_VALUE
                    : d.overdueDays()).reversed().thenComparing(RelationshipDue::stakeholder));
            return due;
        });
    }

    private static void existing(StewardshipRepository repo, long campaignId, long stakeholderId) {
        if (!repo.stakeholderExists(campaignId, stakeholderId)) {
            throw new NotFoundException("stakeholder", stakeholderId);
        }
    }
}
