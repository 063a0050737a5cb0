/**
 * The resident helper: a warm {@code tracker} JVM that the launcher hands quick commands to over a loopback socket,
 * with the caller's arguments, environment and output descriptors, so they run in a fraction of a cold start.
 */
package org.campaigntracker.cli.resident;
