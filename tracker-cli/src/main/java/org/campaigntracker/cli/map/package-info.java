/**
 * The stakeholder map in the terminal: {@code tracker map} (power × stance grid and gaps), {@code tracker map export}
 * (GEXF, GraphML, CSV, SVG) and {@code tracker path} (influence paths in words).
 */
package org.campaigntracker.cli.map;
