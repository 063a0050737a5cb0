package org.campaigntracker.api.interaction;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.campaigntracker.api.http.Wire;
import org.campaigntracker.core.interaction.DoubleAsk;
import org.campaigntracker.core.interaction.Interaction;
import org.campaigntracker.core.interaction.InteractionDraft;
import org.campaigntracker.core.interaction.InteractionKind;
import org.campaigntracker.core.interaction.InteractionStatus;

/**
 * An interaction in full (advisers, coordinators), and the body of a create or update. {@code organisation},
 * {@code loggedBy}, {@code rejection} and {@code doubleAsks} are read-only: a body may carry them back, they are
 * ignored. {@code doubleAsks} is in the answers to writes only.
 */
public record InteractionRepresentation(Long id, String kind, LocalDate occurredOn, String title, String summary,
                                        String publicSummary, String outcome, String place,
                                        List<Long> participantIds, List<Long> attendeeIds, List<Long> demandIds,
                                        String status, Long organisationId, String organisation, LoggedByView loggedBy,
                                        Rejection rejection, List<DoubleAskView> doubleAsks,
                                        OffsetDateTime updatedAt, Integer version) {

    /** Who logged it: {@code kind} member or organisation. */
    public record LoggedByView(String kind, long id, String name) {
    }

    public record Rejection(OffsetDateTime at, String reason) {
    }

    /** Without the names of the organisation and of who logged it (their ids are there). */
    public static InteractionRepresentation from(Interaction i) {
        return from(i, Names.NONE);
    }

    static InteractionRepresentation from(Interaction i, Names names) {
        LoggedByView by = i.loggedByMemberId() != null
                ? new LoggedByView("member", i.loggedByMemberId(), names.member(i.loggedByMemberId()))
                : i.loggedByOrganisationId() != null ? organisationLogged(i, names) : null;
        return new InteractionRepresentation(i.id(), i.kind().code(), i.occurredOn(), i.title(), i.summary(),
                i.publicSummary(), i.outcome(), i.place(), i.participantIds(), i.attendeeIds(), i.demandIds(),
                i.status().code(), i.organisationId(), names.organisation(i.organisationId()), by, rejection(i), null,
                i.updatedAt(), i.version());
    }

    static LoggedByView organisationLogged(Interaction i, Names names) {
        return new LoggedByView("organisation", i.loggedByOrganisationId(),
                names.organisation(i.loggedByOrganisationId()));
    }

    static Rejection rejection(Interaction i) {
        return i.rejected() ? new Rejection(i.rejectedAt(), i.rejectionReason()) : null;
    }

    /** This body, with the double asks it raises. */
    InteractionRepresentation withDoubleAsks(List<DoubleAskView> asks) {
        return new InteractionRepresentation(id, kind, occurredOn, title, summary, publicSummary, outcome, place,
                participantIds, attendeeIds, demandIds, status, organisationId, organisation, loggedBy, rejection,
                asks, updatedAt, version);
    }

    /** The body of a create or update: what a draft says, nothing read-only. */
    public static InteractionRepresentation of(InteractionDraft d) {
        return new InteractionRepresentation(null, d.kind().code(), d.occurredOn(), d.title(), d.summary(),
                d.publicSummary(), d.outcome(), d.place(), d.participantIds(), d.attendeeIds(), d.demandIds(),
                d.status() == null ? null : d.status().code(), d.organisationId(), null, null, null, null, null, null);
    }

    /** The interaction this answer describes (a client's view: the server's fields, as core holds them). */
    public Interaction toDomain(long campaignId) {
        boolean byMember = loggedBy != null && "member".equals(loggedBy.kind());
        boolean byOrganisation = loggedBy != null && "organisation".equals(loggedBy.kind());
        return new Interaction(id, campaignId, Wire.enumValue(InteractionKind.class, kind, "kind"), occurredOn, title,
                summary, publicSummary, outcome, place, participantIds, attendeeIds, demandIds, updatedAt, version,
                Wire.enumValue(InteractionStatus.class, status, "status"), organisationId,
                byMember ? Long.valueOf(loggedBy.id()) : null, byOrganisation ? Long.valueOf(loggedBy.id()) : null,
                rejection == null ? null : rejection.at(), rejection == null ? null : rejection.reason());
    }

    /** The double asks of a write's answer, as core describes them. */
    public List<DoubleAsk> doubleAsksToDomain() {
        return doubleAsks == null ? List.of() : doubleAsks.stream().map(DoubleAskView::toDomain).toList();
    }

    InteractionDraft toDraft() {
        return new InteractionDraft(Wire.enumValue(InteractionKind.class, kind, "kind"), occurredOn, title, summary,
                publicSummary, outcome, place, participantIds, attendeeIds, demandIds,
                Wire.enumValue(InteractionStatus.class, status, "status"), organisationId);
    }
}
