package org.campaigntracker.cli;

import org.campaigntracker.cli.remote.LocalOnlyException;
import org.campaigntracker.cli.remote.RemoteAuthException;
import org.campaigntracker.cli.remote.RemoteProblemException;
import org.campaigntracker.cli.remote.RemoteRedirectException;
import org.campaigntracker.cli.remote.RemoteUnreachableException;
import org.campaigntracker.core.common.ForbiddenException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.campaigntracker.core.backup.BackupToolException;
import org.campaigntracker.core.common.AmbiguousNameException;
import org.campaigntracker.core.common.ConflictException;
import org.campaigntracker.core.common.InvalidInputException;
import org.campaigntracker.core.common.NotFoundException;
import org.campaigntracker.core.common.StaleVersionException;
import org.campaigntracker.core.common.TrackerException;
import org.campaigntracker.core.intake.IntakeFileException;
import org.campaigntracker.core.seal.DataKeyException;
import org.campaigntracker.core.transfer.ImportFileException;
import org.campaigntracker.core.transfer.ImportRejectedException;
import org.campaigntracker.db.DatabaseUnavailableException;
import org.campaigntracker.db.InvalidDatabaseConfigException;
import org.campaigntracker.db.SchemaMigrationException;
import org.campaigntracker.db.embedded.EmbeddedPostgresException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Every failure becomes one line on stderr and a documented exit code; the stack trace only with --verbose. */
final class ErrorHandler implements IExecutionExceptionHandler {

    private final CliContext context;

    ErrorHandler(CliContext context) {
        this.context = context;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = context.err();
        CliMessages messages = context.messages();
        int code = exitCode(e);
        if (e instanceof ImportRejectedException rejected) {
            // One line per bad row, so the user can fix them all in one pass.
            rejected.lines(context.locale()).forEach(line -> err.println("tracker: " + oneLine(line)));
            err.println("tracker: " + messages.get("error.nothing_imported"));
            err.flush();
            return code;
        }
        String text = describe(e, messages);
        err.println("tracker: " + oneLine(text));
        if (context.verbose()) {
            e.printStackTrace(err);
        } else if (code == ExitCode.SOFTWARE) {
            err.println(messages.get("error.rerun_verbose"));
        }
        err.flush();
        return code;
    }

    private String describe(Exception e, CliMessages messages) {
        if (e instanceof TrackerException t) {
            return t.message(context.locale());
        }
        if (e instanceof NoCampaignChosenException n) {
            return messages.get(n.noneExists() ? "error.no_campaign" : "error.choose_campaign");
        }
        if (e instanceof DatabaseUnavailableException || e instanceof EmbeddedPostgresException
                || e instanceof SchemaMigrationException) {
            return messages.get("error.database", e.getMessage());
        }
        if (e instanceof InvalidDatabaseConfigException) {
            return messages.get("error.config", e.getMessage());
        }
        if (e instanceof UncheckedIOException) {
            return messages.get("error.io", e.getMessage());
        }
        if (e instanceof Prompter.PromptCancelledException) {
            return messages.get("error.cancelled");
        }
        if (e instanceof RemoteProblemException p) {
            return p.getMessage();
        }
        if (e instanceof RemoteUnreachableException u) {
            return messages.get("error.remote_unreachable", u.getMessage());
        }
        if (e instanceof RemoteAuthException a) {
            return messages.get("error.remote_auth", a.url());
        }
        if (e instanceof RemoteRedirectException r) {
            return messages.get("error.remote_redirect", r.url(), r.location());
        }
        if (e instanceof LocalOnlyException l) {
            return messages.get("error.remote_only_local", l.command());
        }
        return messages.get("error.unexpected", String.valueOf(e));
    }

    static int exitCode(Exception e) {
        if (e instanceof RemoteProblemException p) {
            return remoteExitCode(p.status());
        }
        if (e instanceof RemoteUnreachableException || e instanceof RemoteRedirectException) {
            return ExitCode.DATABASE_UNAVAILABLE;
        }
        if (e instanceof RemoteAuthException) {
            return ExitCode.NOT_LOGGED_IN;
        }
        if (e instanceof ForbiddenException) {
            return ExitCode.FORBIDDEN;
        }
        if (e instanceof LocalOnlyException) {
            return ExitCode.USAGE;
        }
        if (e instanceof NotFoundException) {
            return ExitCode.NOT_FOUND;
        }
        if (e instanceof AmbiguousNameException || e instanceof ConflictException || e instanceof StaleVersionException) {
            return ExitCode.CONFLICT;
        }
        if (e instanceof InvalidInputException || e instanceof UncheckedIOException
                || e instanceof ImportRejectedException || e instanceof ImportFileException
                || e instanceof IntakeFileException
                || e instanceof Prompter.PromptCancelledException) {
            return ExitCode.INVALID_INPUT;
        }
        if (e instanceof NoCampaignChosenException) {
            return ExitCode.USAGE;
        }
        if (e instanceof DataKeyException) {
            return ExitCode.DATA_KEY;
        }
        if (e instanceof BackupToolException) {
            return ExitCode.BACKUP_TOOL;
        }
        if (e instanceof DatabaseUnavailableException || e instanceof EmbeddedPostgresException
                || e instanceof SchemaMigrationException || e instanceof InvalidDatabaseConfigException) {
            return ExitCode.DATABASE_UNAVAILABLE;
        }
        return ExitCode.SOFTWARE;
    }

    /** A problem the server answered, coded as the same failure is in local mode. */
    static int remoteExitCode(int status) {
        return switch (status) {
            case 400, 413, 415, 422 -> ExitCode.INVALID_INPUT;
            case 403 -> ExitCode.FORBIDDEN;
            case 404, 410 -> ExitCode.NOT_FOUND;
            case 409, 412, 428 -> ExitCode.CONFLICT;
            case 429, 502, 503, 504 -> ExitCode.DATABASE_UNAVAILABLE;
            default -> ExitCode.SOFTWARE;
        };
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
