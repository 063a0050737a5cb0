/**
 * The campaign's calendar as an iCalendar (RFC 5545) feed: retro-planning milestones, interactions and open
 * follow-ups, for any calendar application to import or subscribe to.
 */
package org.campaigntracker.core.calendar;
