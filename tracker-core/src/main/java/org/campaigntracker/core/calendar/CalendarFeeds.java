package org.campaigntracker.core.calendar;

import org.campaigntracker.core.campaign.Campaign;

/**
 * The campaign's calendar (iCalendar text): {@link CalendarFeed} builds it over the database, the CLI's remote mode
 * reads the one the server builds.
 */
public interface CalendarFeeds {

    /** Milestones, meetings and follow-ups; only one member's follow-ups when {@code memberId} is given. */
    String ics(Campaign campaign, Long memberId);
}
