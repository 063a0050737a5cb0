/**
 * The stakeholder map written for other tools: GEXF 1.3 for Gephi (relationship dates as time intervals), GraphML,
 * and an SVG of the power × stance grid for slides. Spreadsheet CSV is written by the CLI's own CSV writer.
 */
package org.campaigntracker.core.map.export;
