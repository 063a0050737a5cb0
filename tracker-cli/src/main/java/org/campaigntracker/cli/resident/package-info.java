/**
 * The resident helper: a warm {@code tracker} JVM that the launcher offers every command to over a loopback socket,
 * with the caller's arguments, environment and output descriptors. It runs the quick ones in a fraction of a cold
 * start and declines the rest; which ones are quick is decided in {@link org.campaigntracker.cli.resident.ResidentCommands}
 * alone, and a JVM that ran a quick command itself starts a resident for the next ones
 * ({@link org.campaigntracker.cli.resident.ResidentStart}).
 */
package org.campaigntracker.cli.resident;
