package org.campaigntracker.cli.remote;

import org.campaigntracker.core.calendar.CalendarFeeds;
import org.campaigntracker.core.campaign.Campaign;

/** The campaign's calendar as the server builds it ({@code …/calendar.ics}). */
final class RemoteCalendar implements CalendarFeeds {

    private final RemoteSession session;

    RemoteCalendar(RemoteSession session) {
        this.session = session;
    }

    @Override
    public String ics(Campaign campaign, Long memberId) {
        return session.api().text(session.path(campaign.id(), "/calendar.ics" + new Query().add("member", memberId)),
                "text/calendar");
    }
}
