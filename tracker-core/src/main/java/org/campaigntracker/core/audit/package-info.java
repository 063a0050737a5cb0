/**
 * The audit trail: who read or changed personal data (testimonies, identities, contact points, exports, erasures,
 * backups), when, and through which API route or CLI command. It records identifiers only (token id and label, the
 * operating-system account, record ids), never the values read, so the trail itself is not personal data to protect.
 */
package org.campaigntracker.core.audit;
