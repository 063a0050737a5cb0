/** The activity feed of a campaign, newest first; partners get core's public feed. */
package org.campaigntracker.api.activity;
