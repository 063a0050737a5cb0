/** {@code tracker export} and {@code tracker import}: a whole campaign as JSON, stakeholders from CSV. */
package org.campaigntracker.cli.transfer;
