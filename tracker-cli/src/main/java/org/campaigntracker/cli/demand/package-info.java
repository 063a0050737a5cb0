/** {@code tracker theme …} and {@code tracker demand …}: what the campaign asks for, with the history of wordings. */
package org.campaigntracker.cli.demand;
