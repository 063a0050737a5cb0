/** {@code tracker status}: the campaign at a glance, rendered from core's status service. */
package org.campaigntracker.cli.status;
