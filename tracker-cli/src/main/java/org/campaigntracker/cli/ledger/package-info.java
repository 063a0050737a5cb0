/** {@code tracker position …} and {@code tracker commitment …}: where targets stand on demands and what they promised. */
package org.campaigntracker.cli.ledger;
