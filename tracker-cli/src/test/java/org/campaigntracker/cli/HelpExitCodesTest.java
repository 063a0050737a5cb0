package org.campaigntracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code tracker --help} lists every code of {@link ExitCode} once, with its meaning, in English and French. */
class HelpExitCodesTest {

    private static final Pattern ENTRY = Pattern.compile("^\\s{1,4}(\\d+)\\s+(\\S.*)$");

    @Test
    void theHelpListsEachExitCodeOnceWithItsMeaningInBothLanguages() throws IllegalAccessException {
        List<Integer> codes = exitCodes();
        assertThat(codes).as("ExitCode's constants").isNotEmpty().doesNotHaveDuplicates();

        Map<Integer, String> english = listed("en", "Exit codes:");
        Map<Integer, String> french = listed("fr", "Codes de sortie :");

        assertThat(english.keySet()).containsExactlyInAnyOrderElementsOf(codes);
        assertThat(french.keySet()).containsExactlyInAnyOrderElementsOf(codes);
        for (int code : codes) {
            assertThat(french.get(code)).as("meaning of %d in French", code).isNotEqualTo(english.get(code));
        }
        assertThat(english.values()).as("meanings in English").doesNotHaveDuplicates();
        assertThat(french.values()).as("meanings in French").doesNotHaveDuplicates();
    }

    @Test
    void aSubcommandsHelpHasNoEmptyExitCodeSection() {
        for (String lang : List.of("en", "fr")) {
            StringWriter out = new StringWriter();
            CliContext context = new CliContext(Map.of(), new PrintWriter(out, true), new PrintWriter(new StringWriter()));
            String[] args = {"--lang", lang, "meeting", "log", "--help"};
            assertThat(Main.commandLine(context, args).execute(args)).isZero();
            assertThat(out.toString()).contains("--kind").doesNotContain("Exit codes").doesNotContain("Codes de sortie");
        }
    }

    /** The values of ExitCode's public int constants. */
    private static List<Integer> exitCodes() throws IllegalAccessException {
        List<Integer> codes = new java.util.ArrayList<>();
        for (Field f : ExitCode.class.getDeclaredFields()) {
            if (Modifier.isPublic(f.getModifiers()) && Modifier.isStatic(f.getModifiers()) && f.getType() == int.class) {
                codes.add(f.getInt(null));
            }
        }
        return codes;
    }

    /** The exit code section of the root help: code → meaning (wrapped lines joined); fails on a code listed twice. */
    private static Map<Integer, String> listed(String lang, String heading) {
        StringWriter out = new StringWriter();
        CliContext context = new CliContext(Map.of(), new PrintWriter(out, true),
                new PrintWriter(new StringWriter(), true));
        int exit = Main.commandLine(context, "--lang", lang, "--help").execute("--lang", lang, "--help");
        assertThat(exit).isZero();
        List<String> lines = Arrays.asList(out.toString().split("\\R"));
        int start = lines.indexOf(heading);
        assertThat(start).as("heading %s in the %s help:%n%s", heading, lang, out).isNotNegative();
        Map<Integer, String> meanings = new LinkedHashMap<>();
        Integer last = null;
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.isBlank()) {
                break;
            }
            Matcher m = ENTRY.matcher(line);
            if (m.matches()) {
                last = Integer.valueOf(m.group(1));
                assertThat(meanings).as("code %d listed twice in %s", last, lang).doesNotContainKey(last);
                meanings.put(last, m.group(2).strip());
            } else {
                assertThat(last).as("a line before any code: " + line).isNotNull();
                meanings.put(last, meanings.get(last) + " " + line.strip());
            }
        }
        return meanings;
    }
}
