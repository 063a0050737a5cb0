/**
 * The stakeholder map as a graph: who can reach a target through known relationships, and how well.
 */
package org.campaigntracker.core.map;
