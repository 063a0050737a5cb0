/** The demand × target ledger: position statements with their evidence. */
package org.campaigntracker.api.position;
