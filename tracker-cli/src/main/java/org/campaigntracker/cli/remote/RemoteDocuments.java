package org.campaigntracker.cli.remote;

import java.time.LocalDate;
import java.util.Locale;
import org.campaigntracker.core.brief.BriefingFormat;
import org.campaigntracker.core.brief.Briefings;
import org.campaigntracker.core.campaign.Campaign;
import org.campaigntracker.core.document.ResourceDocuments;

/**
 * The generated documents as the server renders them ({@code …/stakeholders/{id}/briefing},
 * {@code …/resource-document}): the format is asked for by Accept, the language by Accept-Language (the session's),
 * the day by {@code as_of}.
 */
final class RemoteDocuments {

    private RemoteDocuments() {
    }

    static String accept(BriefingFormat format) {
        return format == BriefingFormat.HTML ? "text/html" : "text/markdown";
    }

    static final class Briefing implements Briefings {
        private final RemoteSession session;

        Briefing(RemoteSession session) {
            this.session = session;
        }

        @Override
        public String render(Campaign campaign, long stakeholderId, LocalDate today, Locale locale,
                             BriefingFormat format) {
            return session.api().text(session.path(campaign.id(), "/stakeholders/" + stakeholderId + "/briefing"
                    + new Query().add("as_of", today)), accept(format));
        }
    }

    static final class Resource implements ResourceDocuments {
        private final RemoteSession session;

        Resource(RemoteSession session) {
            this.session = session;
        }

        @Override
        public String render(Campaign campaign, LocalDate today, Locale locale, BriefingFormat format) {
            return session.api().text(session.path(campaign.id(), "/resource-document"
                    + new Query().add("as_of", today)), accept(format));
        }
    }
}
