/**
 * The activity feed: what happened in a campaign, newest first, across interactions, press, positions,
 * commitments and milestones. Partners get a feed without private text (see {@link
 * org.campaigntracker.core.activity.ActivityService}). The newest entries of each campaign are kept in memory, with
 * interactions logged by this process merged in, so the pages dashboards poll cost no query.
 */
package org.campaigntracker.core.activity;
