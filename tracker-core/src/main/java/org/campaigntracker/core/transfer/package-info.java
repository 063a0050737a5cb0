/**
 * Moving data in and out of a campaign: the whole campaign as one file ({@link
 * org.campaigntracker.core.transfer.CampaignFile}, exported and imported by {@link
 * org.campaigntracker.core.transfer.TransferService}) and stakeholders or interactions from a spreadsheet ({@link
 * org.campaigntracker.core.transfer.StakeholderImport}, {@link org.campaigntracker.core.transfer.InteractionImport},
 * read through {@link org.campaigntracker.core.sheet.SheetReader} and mapped by header). Files never carry database ids: records refer to each other
 * by their position in the file, so exporting, importing elsewhere and exporting again gives the same file.
 * Personal data the database seals stays sealed in the file ({@link org.campaigntracker.core.transfer.SealedValues}),
 * and an import re-applies the erasure ledger, so an older file brings nobody back.
 */
package org.campaigntracker.core.transfer;
