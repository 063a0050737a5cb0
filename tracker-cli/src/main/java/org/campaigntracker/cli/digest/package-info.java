/** {@code tracker digest}: a member's week. */
package org.campaigntracker.cli.digest;
