/** {@code tracker relationships due}: the relationships past their contact cadence. */
package org.campaigntracker.cli.stewardship;
