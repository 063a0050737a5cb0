/**
 * Moving data in and out of a campaign: the whole campaign as one file ({@link
 * org.campaigntracker.core.transfer.CampaignFile}, exported and imported by {@link
 * org.campaigntracker.core.transfer.TransferService}) and stakeholders from a spreadsheet ({@link
 * org.campaigntracker.core.transfer.StakeholderImport}). Files never carry database ids: records refer to each other
 * by their position in the file, so exporting, importing elsewhere and exporting again gives the same file.
 */
package org.campaigntracker.core.transfer;
