/**
 * {@code tracker testimony add|list|show|edit}, {@code consent give|withdraw} and {@code identity set|show}. Reads
 * of a story or an identity, and every change, are audited.
 */
package org.campaigntracker.cli.testimony;
