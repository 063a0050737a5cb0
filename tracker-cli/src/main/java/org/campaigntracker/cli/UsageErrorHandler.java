package org.campaigntracker.cli;

import org.campaigntracker.core.common.TrackerException;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;

/** A mistyped command line: one line saying what is wrong and how to get help, exit code 2. */
final class UsageErrorHandler implements IParameterExceptionHandler {

    private final CliContext context;

    UsageErrorHandler(CliContext context) {
        this.context = context;
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        if (e.getCause() instanceof TrackerException t) {
            // A value that parsed as text but breaks a rule (a bad date): invalid input, not a usage error.
            context.err().println("tracker: " + t.message(context.locale()));
            context.err().flush();
            return ErrorHandler.exitCode(t);
        }
        context.err().println("tracker: " + e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, context.err());
        context.err().println(context.messages().get("error.see_help", cl.getCommandSpec().qualifiedName()));
        context.err().flush();
        return ExitCode.USAGE;
    }
}
