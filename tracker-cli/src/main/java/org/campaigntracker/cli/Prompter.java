package org.campaigntracker.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Questions to the person at the terminal. Only built when someone can answer (a console, no --yes), so commands
 * never block a script. End of input (Ctrl-D) cancels the command without writing anything.
 */
public final class Prompter {

    private final BufferedReader in;
    private final PrintWriter out;
    private final CliMessages messages;

    Prompter(BufferedReader in, PrintWriter out, CliMessages messages) {
        this.in = in;
        this.out = out;
        this.messages = messages;
    }

    /** The answer, or {@code defaultValue} (may be null) when the answer is blank. */
    public String ask(String question, String defaultValue) {
        // "Date [04/12/2026]: ", in French "Date [04/12/2026] : " (a space before the colon).
        out.print(messages.labelled(defaultValue == null || defaultValue.isEmpty() ? question
                : question + " [" + defaultValue + "]", ""));
        out.flush();
        String line = readLine();
        return line.isBlank() ? defaultValue : line.strip();
    }

    /** A non-blank answer, asked again until one is given. */
    public String require(String question) {
        String answer = ask(question, null);
        while (answer == null) {
            answer = ask(question, null);
        }
        return answer;
    }

    /**
     * An answer {@code read} turns into a value; when it refuses the answer (a date that is no date), the reason is
     * said and the question asked again, so what was typed at the earlier questions is not lost. A blank answer gives
     * {@code defaultValue} (or null) to {@code read}. The third refusal ends the command, as a wrong option would.
     */
    public <T> T ask(String question, String defaultValue, java.util.function.Function<String, T> read) {
        for (int attempt = 1; ; attempt++) {
            String answer = ask(question, defaultValue);
            try {
                return read.apply(answer);
            } catch (org.campaigntracker.core.common.InvalidInputException refused) {
                if (attempt == 3) {
                    throw refused;
                }
                say("  " + refused.message(messages.locale()));
            }
        }
    }

    /** The index of the option picked by number; asked again on a wrong number. */
    public int choose(String question, List<String> options) {
        out.println(question);
        for (int i = 0; i < options.size(); i++) {
            out.println("  " + (i + 1) + ") " + options.get(i));
        }
        while (true) {
            String answer = ask(messages.get("prompt.pick", options.size()), null);
            try {
                int n = answer == null ? -1 : Integer.parseInt(answer);
                if (n >= 1 && n <= options.size()) {
                    return n - 1;
                }
            } catch (NumberFormatException ignored) {
                // asked again below
            }
        }
    }

    public boolean confirm(String question, boolean defaultYes) {
        String answer = ask(question + " " + messages.get(defaultYes ? "prompt.default_yes" : "prompt.default_no"), "");
        if (answer == null || answer.isBlank()) {
            return defaultYes;
        }
        String a = answer.strip().toLowerCase(java.util.Locale.ROOT);
        return a.startsWith("y") || a.startsWith("o");
    }

    public void say(String line) {
        out.println(line);
        out.flush();
    }

    private String readLine() {
        try {
            String line = in.readLine();
            if (line == null) {
                out.println();
                throw new PromptCancelledException();
            }
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The user closed the input instead of answering. */
    public static final class PromptCancelledException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        PromptCancelledException() {
            super("cancelled", null, false, false);
        }
    }
}
