/** {@code tracker agenda}: the meetings planned across the coalition, who goes, and double asks. */
package org.campaigntracker.cli.agenda;
