package org.campaigntracker.api.member;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.campaigntracker.api.http.Wire;
import org.campaigntracker.core.member.Member;
import org.campaigntracker.core.member.MemberDraft;
import org.campaigntracker.core.member.MemberKind;

/**
 * A member on the wire, in and out ({@code id}, {@code leftOn} and {@code version} are ignored on the way in:
 * leaving is its own step, {@code POST …/members/{id}/leave}, because it also revokes the member's tokens).
 */
public record MemberRepresentation(Long id, String name, String kind, Long organisationId, String language,
                                   String notes, String contact, LocalDate leftOn, OffsetDateTime updatedAt,
                                   Integer version) {

    /** The same member without the coordinators' notes, for advisers (who read how to reach the team). */
    MemberRepresentation withoutNotes() {
        return new MemberRepresentation(id, name, kind, organisationId, language, null, contact, leftOn, updatedAt,
                version);
    }

    static MemberRepresentation from(Member m) {
        return new MemberRepresentation(m.id(), m.displayName(), Wire.code(m.kind()), m.organisationId(),
                m.language(), m.notes(), m.contact(), m.leftOn(), m.updatedAt(), m.version());
    }

    /** The body of a create or update: what a draft says, nothing read-only. */
    public static MemberRepresentation of(MemberDraft d) {
        return new MemberRepresentation(null, d.displayName(), Wire.code(d.kind()), d.organisationId(), d.language(),
                d.notes(), d.contact(), null, null, null);
    }

    /** The member this answer describes (a client's view: the server's fields, as core holds them). */
    public Member toDomain(long campaignId) {
        return new Member(id, campaignId, name, Wire.enumValue(MemberKind.class, kind, "kind"), organisationId, notes,
                language, leftOn, updatedAt, version, contact);
    }

    MemberDraft toDraft() {
        return new MemberDraft(name, Wire.enumValue(MemberKind.class, kind, "kind"), organisationId, notes, language,
                contact);
    }

    /** The body of {@code POST …/members/{id}/leave}: the day they left. */
    public record Leaving(LocalDate on) {
    }
}
