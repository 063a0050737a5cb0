package org.campaigntracker.cli;

/** A command needs a campaign and none is chosen (or none exists yet). */
public final class NoCampaignChosenException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final boolean noneExists;

    NoCampaignChosenException(boolean noneExists) {
        super(noneExists ? "no campaign yet" : "no campaign chosen");
        this.noneExists = noneExists;
    }

    public boolean noneExists() {
        return noneExists;
    }
}
