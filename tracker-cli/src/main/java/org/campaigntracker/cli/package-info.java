/**
 * The {@code tracker} command: picocli commands, one package per feature, thin over core services.
 * {@link org.campaigntracker.cli.Main} wires them; tests call {@link org.campaigntracker.cli.Main#commandLine}.
 */
package org.campaigntracker.cli;
