/**
 * The campaign at a glance ({@code tracker status}): demand progress per theme with the direct targets, demands no
 * target supports yet, overdue commitments and follow-ups, the next milestones and the powerful targets nobody has
 * met for a while. Read-only: it only combines what the other features store.
 */
package org.campaigntracker.core.status;
