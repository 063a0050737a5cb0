/**
 * The {@code tracker} command: picocli commands, one package per feature, thin over core services.
 * {@link org.campaigntracker.cli.Main} wires them; tests call {@link org.campaigntracker.cli.Main#commandLine}.
 * A command declares the services it uses as fields marked {@link org.campaigntracker.cli.Uses}, which
 * {@link org.campaigntracker.cli.CommandWiring} fills just before it runs.
 */
package org.campaigntracker.cli;
