package org.campaigntracker.cli.remote;

import java.time.LocalDate;
import java.util.List;
import org.campaigntracker.api.member.MemberRepresentation;
import org.campaigntracker.core.member.Member;
import org.campaigntracker.core.member.MemberDraft;
import org.campaigntracker.core.member.Members;

/** The coalition's members through the API ({@code …/members}). */
final class RemoteMembers implements Members {

    private final RemoteSession session;

    RemoteMembers(RemoteSession session) {
        this.session = session;
    }

    @Override
    public Member add(long campaignId, MemberDraft draft) {
        return session.api().send("POST", session.path(campaignId, "/members"), MemberRepresentation.of(draft), null,
                MemberRepresentation.class).toDomain(campaignId);
    }

    @Override
    public Member update(long campaignId, long memberId, int expectedVersion, MemberDraft draft) {
        return session.api().send("PUT", session.path(campaignId, "/members/" + memberId),
                MemberRepresentation.of(draft), expectedVersion, MemberRepresentation.class).toDomain(campaignId);
    }

    @Override
    public Member leave(long campaignId, long memberId, int expectedVersion, LocalDate on) {
        return session.api().send("POST", session.path(campaignId, "/members/" + memberId + "/leave"),
                new MemberRepresentation.Leaving(on), expectedVersion, MemberRepresentation.class)
                .toDomain(campaignId);
    }

    @Override
    public Member rejoin(long campaignId, long memberId, int expectedVersion) {
        return session.api().send("DELETE", session.path(campaignId, "/members/" + memberId + "/leave"), null,
                expectedVersion, MemberRepresentation.class).toDomain(campaignId);
    }

    @Override
    public Member get(long campaignId, long memberId) {
        return session.api().get(session.path(campaignId, "/members/" + memberId), MemberRepresentation.class)
                .toDomain(campaignId);
    }

    /** Those who left too, as the local list has them. */
    @Override
    public List<Member> list(long campaignId) {
        return session.api().list(session.path(campaignId, "/members?all=true"), MemberRepresentation.class).stream()
                .map(m -> m.toDomain(campaignId)).toList();
    }
}
