/** {@code tracker stakeholder …}: the stakeholder map (people and organisations), their links and contacts. */
package org.campaigntracker.cli.stakeholder;
