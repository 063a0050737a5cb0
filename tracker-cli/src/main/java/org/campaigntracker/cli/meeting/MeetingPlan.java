package org.campaigntracker.cli.meeting;

import org.campaigntracker.cli.CliContext;
import picocli.CommandLine.Command;

/**
 * {@code tracker meeting plan}: the options of {@code meeting log}, for a meeting still to come. It joins the agenda
 * (planned, never counted as contact) until {@code meeting held} or {@code meeting cancel}; the date is required, the
 * notes are not.
 */
@Command(name = "plan", mixinStandardHelpOptions = true)
final class MeetingPlan extends MeetingLog {

    MeetingPlan(CliContext context) {
        super(context);
    }

    @Override
    boolean planning() {
        return true;
    }
}
