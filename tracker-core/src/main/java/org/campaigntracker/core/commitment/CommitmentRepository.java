package org.campaigntracker.core.commitment;

import static org.campaigntracker.core.common.DatabaseErrors.translated;
import static org.campaigntracker.core.common.Rows.missingOrStale;
import static org.campaigntracker.db.jooq.Tables.COMMITMENT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.campaigntracker.db.jooq.tables.records.CommitmentRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Commitment rows. Every query is scoped to one campaign. */
public final class CommitmentRepository {

    private final DSLContext dsl;

    public CommitmentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Commitment insert(long campaignId, CommitmentDraft d) {
        return translated(() -> toDomain(dsl.insertInto(COMMITMENT)
                .set(COMMITMENT.CAMPAIGN_ID, campaignId)
                .set(COMMITMENT.STAKEHOLDER_ID, d.stakeholderId())
                .set(COMMITMENT.DESCRIPTION, d.description())
                .set(COMMITMENT.DEMAND_ID, d.demandId())
                .set(COMMITMENT.INTERACTION_ID, d.interactionId())
                .set(COMMITMENT.OWNER_ID, d.ownerId())
                .set(COMMITMENT.MADE_ON, d.madeOn())
                .set(COMMITMENT.DUE_ON, d.dueOn())
                .set(COMMITMENT.CONFIRMATION_REQUESTED_ON, d.confirmationRequestedOn())
                .set(COMMITMENT.CONFIRMATION_RECEIVED_ON, d.confirmationReceivedOn())
                .returning().fetchOne()));
    }

    public Commitment update(long campaignId, long id, int expectedVersion, CommitmentDraft d) {
        return translated(() -> checked(campaignId, id, expectedVersion, dsl.update(COMMITMENT)
                .set(COMMITMENT.STAKEHOLDER_ID, d.stakeholderId())
                .set(COMMITMENT.DESCRIPTION, d.description())
                .set(COMMITMENT.DEMAND_ID, d.demandId())
                .set(COMMITMENT.INTERACTION_ID, d.interactionId())
                .set(COMMITMENT.OWNER_ID, d.ownerId())
                .set(COMMITMENT.MADE_ON, d.madeOn())
                .set(COMMITMENT.DUE_ON, d.dueOn())
                .set(COMMITMENT.CONFIRMATION_REQUESTED_ON, d.confirmationRequestedOn())
                .set(COMMITMENT.CONFIRMATION_RECEIVED_ON, d.confirmationReceivedOn())
                .set(COMMITMENT.VERSION, COMMITMENT.VERSION.plus(1))
                .set(COMMITMENT.UPDATED_AT, DSL.currentOffsetDateTime())
                .where(COMMITMENT.ID.eq(id), COMMITMENT.CAMPAIGN_ID.eq(campaignId),
                        COMMITMENT.VERSION.eq(expectedVersion))
                .returning().fetchOne()));
    }

    /** Sets the status and its date together, the pair the commitment_status_date rule ties. */
    public Commitment updateStatus(long campaignId, long id, int expectedVersion, CommitmentStatus status,
                                   LocalDate changedOn) {
        return translated(() -> checked(campaignId, id, expectedVersion, dsl.update(COMMITMENT)
                .set(COMMITMENT.STATUS, toDb(status))
                .set(COMMITMENT.STATUS_CHANGED_ON, changedOn)
                .set(COMMITMENT.VERSION, COMMITMENT.VERSION.plus(1))
                .set(COMMITMENT.UPDATED_AT, DSL.currentOffsetDateTime())
                .where(COMMITMENT.ID.eq(id), COMMITMENT.CAMPAIGN_ID.eq(campaignId),
                        COMMITMENT.VERSION.eq(expectedVersion))
                .returning().fetchOne()));
    }

    public void delete(long campaignId, long id, int expectedVersion) {
        int n = dsl.deleteFrom(COMMITMENT).where(COMMITMENT.ID.eq(id), COMMITMENT.CAMPAIGN_ID.eq(campaignId),
                COMMITMENT.VERSION.eq(expectedVersion)).execute();
        if (n == 0) {
            throw missingOrStale(dsl, COMMITMENT.ID, id, expectedVersion, COMMITMENT.CAMPAIGN_ID.eq(campaignId));
        }
    }

    public Optional<Commitment> commitment(long campaignId, long id) {
        return dsl.selectFrom(COMMITMENT).where(COMMITMENT.ID.eq(id), COMMITMENT.CAMPAIGN_ID.eq(campaignId))
                .fetchOptional().map(CommitmentRepository::toDomain);
    }

    /** Null filters match everything. Soonest due first, undated ones last. */
    public List<Commitment> list(long campaignId, CommitmentStatus status, Long stakeholderId, Long demandId) {
        List<Condition> where = new ArrayList<>(List.of(COMMITMENT.CAMPAIGN_ID.eq(campaignId)));
        if (status != null) {
            where.add(COMMITMENT.STATUS.eq(toDb(status)));
        }
        if (stakeholderId != null) {
            where.add(COMMITMENT.STAKEHOLDER_ID.eq(stakeholderId));
        }
        if (demandId != null) {
            where.add(COMMITMENT.DEMAND_ID.eq(demandId));
        }
        return dsl.selectFrom(COMMITMENT).where(where)
                .orderBy(COMMITMENT.DUE_ON.asc().nullsLast(), COMMITMENT.MADE_ON, COMMITMENT.ID)
                .fetch(CommitmentRepository::toDomain);
    }

    public List<Commitment> overdue(long campaignId, LocalDate today) {
        return dsl.selectFrom(COMMITMENT)
                .where(COMMITMENT.CAMPAIGN_ID.eq(campaignId),
                        COMMITMENT.STATUS.eq(org.campaigntracker.db.jooq.enums.CommitmentStatus.open),
                        COMMITMENT.DUE_ON.lt(today))
                .orderBy(COMMITMENT.DUE_ON, COMMITMENT.ID)
                .fetch(CommitmentRepository::toDomain);
    }

    private Commitment checked(long campaignId, long id, int expectedVersion, CommitmentRecord updated) {
        if (updated == null) {
            throw missingOrStale(dsl, COMMITMENT.ID, id, expectedVersion, COMMITMENT.CAMPAIGN_ID.eq(campaignId));
        }
        return toDomain(updated);
    }


    private static org.campaigntracker.db.jooq.enums.CommitmentStatus toDb(CommitmentStatus status) {
        return org.campaigntracker.db.jooq.enums.CommitmentStatus.valueOf(status.name());
    }

    public static Commitment toDomain(CommitmentRecord r) {
        return new Commitment(r.getId(), r.getCampaignId(), r.getStakeholderId(), r.getDescription(),
                r.getDemandId(), r.getInteractionId(), r.getMadeOn(), r.getDueOn(), r.getConfirmationRequestedOn(),
                r.getConfirmationReceivedOn(), CommitmentStatus.valueOf(r.getStatus().name()),
                r.getStatusChangedOn(), r.getOwnerId(), r.getVersion());
    }
}
