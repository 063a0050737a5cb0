/**
 * Meetings and letters from the files coordinators already have: calendar invitations (RFC 5545, read by ical4j)
 * and e-mails (RFC 5322 / MIME, read by Apache mime4j). Each event or message becomes a planned interaction whose
 * people are matched to stakeholders (e-mail first, then name) or recognised as our own members; a plan can be shown
 * (dry run) or logged all or nothing, and an event or message already imported is recognised by its UID or Message-ID.
 */
package org.campaigntracker.core.intake;
