/**
 * The activity feed: what happened in a campaign, newest first, across interactions, press, positions,
 * commitments and milestones. Partners get a feed without private text (see {@link
 * org.campaigntracker.core.activity.ActivityService}).
 */
package org.campaigntracker.core.activity;
