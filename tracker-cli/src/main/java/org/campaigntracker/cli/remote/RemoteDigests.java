package org.campaigntracker.cli.remote;

import java.time.LocalDate;
import java.util.Locale;
import org.campaigntracker.core.brief.BriefingFormat;
import org.campaigntracker.core.digest.Digests;

/** A member's weekly digest as the server renders it ({@code …/members/{id}/digest}). */
final class RemoteDigests implements Digests {

    private final RemoteSession session;

    RemoteDigests(RemoteSession session) {
        this.session = session;
    }

    /** The fallback language is the session's Accept-Language, which is the user's. */
    @Override
    public String render(long campaignId, long memberId, LocalDate day, Locale fallback, BriefingFormat format) {
        return session.api().text(session.path(campaignId, "/members/" + memberId + "/digest"
                + new Query().add("week", day)), RemoteDocuments.accept(format));
    }
}
