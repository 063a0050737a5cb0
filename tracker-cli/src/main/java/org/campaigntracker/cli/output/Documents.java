package org.campaigntracker.cli.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.campaigntracker.cli.CliContext;

/** Generated documents (briefings, the resource document, exports) go to the terminal or to a file. */
public final class Documents {

    private Documents() {
    }

    /** Prints {@code text}, or writes it to {@code file} and says so with {@code writtenKey} (argument: the file). */
    public static void deliver(CliContext context, String text, Path file, String writtenKey) {
        if (file == null) {
            context.out().print(text);
            context.out().flush();
            return;
        }
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
        context.out().println(context.messages().get(writtenKey, file));
        context.out().flush();
    }
}
