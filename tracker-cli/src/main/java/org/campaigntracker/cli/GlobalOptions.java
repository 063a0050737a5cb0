package org.campaigntracker.cli;

import picocli.CommandLine.Option;

/**
 * Options accepted by every command, wherever they appear on the line. Mixed into each command; the values go
 * to the one {@link CliContext} of the run.
 */
public final class GlobalOptions {

    private final CliContext context;

    public GlobalOptions(CliContext context) {
        this.context = context;
    }

    @Option(names = "--campaign", paramLabel = "<slug>", descriptionKey = "option.campaign")
    void campaign(String slug) {
        context.overrideCampaign(slug);
    }

    @Option(names = "--lang", paramLabel = "<fr|en>", descriptionKey = "option.lang")
    void lang(String language) {
        context.setLanguage(language);
    }

    @Option(names = {"-y", "--yes"}, descriptionKey = "option.yes")
    void yes(boolean yes) {
        context.assumeYes(yes);
    }

    @Option(names = "--verbose", descriptionKey = "option.verbose")
    void verbose(boolean verbose) {
        context.setVerbose(verbose);
    }
}
