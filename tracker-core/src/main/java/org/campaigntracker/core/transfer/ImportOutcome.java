package org.campaigntracker.core.transfer;

/** What a spreadsheet import does with one row; the words are in core's messages ({@code value.ImportOutcome.*}). */
public enum ImportOutcome {
    create,
    update,
    skip
}
