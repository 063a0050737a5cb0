/**
 * The tracker's domain. {@link org.campaigntracker.core.Tracker} wires every feature's service over one
 * database; each feature package holds its records, service and repository.
 */
package org.campaigntracker.core;
