package org.campaigntracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.campaigntracker.cli.output.WireEnum;
import org.campaigntracker.core.interaction.InteractionKind;
import org.campaigntracker.core.press.PressMedium;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * Enumerated values are spelled as on the wire (lower snake case: {@code letter_sent}) in help, completion and
 * errors, for every enum option of the command tree; the Java names (LETTER_SENT) are still accepted.
 */
class WireEnumOptionsTest {

    private static final Pattern WIRE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");

    @Test
    void everyEnumOptionOffersAndConvertsTheWireSpelling() {
        List<ArgSpec> enums = new ArrayList<>();
        for (CommandLine command : CommandTree.all(root("en"))) {
            for (ArgSpec arg : command.getCommandSpec().args()) {
                String where = command.getCommandSpec().qualifiedName() + " " + name(arg);
                if (arg.auxiliaryTypes()[0].isEnum()) {
                    enums.add(arg);
                    assertThat(arg.converters()).as(where + ": converter").hasSize(1)
                            .hasOnlyElementsOfType(WireEnum.class);
                    WireEnum<?> converter = (WireEnum<?>) arg.converters()[0];
                    assertThat(converter.type()).as(where).isEqualTo(arg.auxiliaryTypes()[0]);
                    assertThat(arg.completionCandidates()).as(where + ": candidates")
                            .containsExactlyElementsOf(converter.codes());
                }
                if (arg.completionCandidates() != null) {
                    assertThat(arg.completionCandidates()).as(where + ": candidates").allMatch(c -> WIRE.matcher(c).matches());
                }
            }
        }
        assertThat(enums).as("enum options found").hasSizeGreaterThan(10);
    }

    @Test
    void helpShowsNoOtherSpellingOfAnEnumValueInEitherLanguage() {
        Set<String> wrong = new LinkedHashSet<>();
        for (CommandLine command : CommandTree.all(root("en"))) {
            for (ArgSpec arg : command.getCommandSpec().args()) {
                if (arg.completionCandidates() != null) {
                    for (String code : arg.completionCandidates()) {
                        wrong.add(code.toUpperCase(Locale.ROOT));
                        if (code.contains("_")) {
                            wrong.add(code.replace('_', '-'));
                        }
                    }
                }
            }
        }
        assertThat(wrong).contains("LETTER_SENT", "TV", "resource-document", "first-name");
        for (String lang : List.of("en", "fr")) {
            for (CommandLine command : CommandTree.all(root(lang))) {
                String help = command.getUsageMessage();
                for (String w : wrong) {
                    // As a value: after an option (examples), in a list, or alone; prose such as "direct-target
                    // ledger" is left alone.
                    String before = w.contains("-") ? "(?:--[\\w-]+[ =]|, |: |or |ou )" : "(?<![\\w-])";
                    assertThat(Pattern.compile(before + Pattern.quote(w) + "(?![\\w-])").matcher(help).find())
                            .as("'%s' in the %s help of %s:%n%s", w, lang, command.getCommandSpec().qualifiedName(), help)
                            .isFalse();
                }
            }
        }
        String kindHelp = root("en").getSubcommands().get("meeting").getSubcommands().get("log").getUsageMessage();
        assertThat(kindHelp.replaceAll("\\s+", " "))
                .contains("meeting, call, letter_sent, email_sent, written_response, public_event, hearing");
    }

    @Test
    void theOldUpperCaseAndDashedSpellingsAreStillAccepted() {
        assertThat(kind("LETTER_SENT")).isEqualTo(InteractionKind.LETTER_SENT);
        assertThat(kind("letter_sent")).isEqualTo(InteractionKind.LETTER_SENT);
        assertThat(kind("Letter-Sent")).isEqualTo(InteractionKind.LETTER_SENT);
        assertThat(kind(null)).as("the default").isEqualTo(InteractionKind.MEETING);
        ParseResult press = root("en").parseArgs("press", "list", "--medium", "TV");
        assertThat(press.subcommand().subcommand().matchedOptionValue("--medium", (PressMedium) null))
                .isEqualTo(PressMedium.TV);
    }

    @Test
    void aValueInWordsInEitherLanguageOrItsStartIsAcceptedAccentsAndCaseAside() {
        assertThat(kind("letter sent")).isEqualTo(InteractionKind.LETTER_SENT);
        assertThat(kind("Réponse écrite")).isEqualTo(InteractionKind.WRITTEN_RESPONSE);
        assertThat(kind("reponse")).as("the start of one value").isEqualTo(InteractionKind.WRITTEN_RESPONSE);
        assertThat(kind("audition")).isEqualTo(InteractionKind.HEARING);
        ParseResult status = root("fr").parseArgs("meeting", "list", "--status", "prévue");
        assertThat(status.subcommand().subcommand().matchedOptionValue("--status",
                (org.campaigntracker.core.interaction.InteractionStatus) null))
                .isEqualTo(org.campaigntracker.core.interaction.InteractionStatus.PLANNED);
        // "courrier envoyé" and "courriel envoyé" both start so: not a guess.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> kind("cour"))
                .hasMessageContaining("expected one of");
    }

    @Test
    void aWrongValueIsAUsageErrorListingTheWireValues() {
        StringWriter err = new StringWriter();
        CliContext context = new CliContext(Map.of(), new PrintWriter(new StringWriter(), true),
                new PrintWriter(err, true));
        String[] args = {"meeting", "log", "--kind", "visit"};
        int exit = Main.commandLine(context, args).execute(args);
        assertThat(exit).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString().lines().findFirst()).hasValue("tracker: Invalid value for option '--kind': expected one of "
                + "meeting, call, letter_sent, email_sent, written_response, public_event, hearing but was 'visit'");
    }

    @Test
    void theCompletionScriptOffersTheWireValues() {
        StringWriter out = new StringWriter();
        CliContext context = new CliContext(Map.of(), new PrintWriter(out, true), new PrintWriter(new StringWriter()));
        assertThat(Main.commandLine(context, "completion", "bash").execute("completion", "bash")).isZero();
        assertThat(out.toString()).contains("letter_sent").contains("resource_document").contains("committed_verbally")
                .doesNotContain("LETTER_SENT").doesNotContain("\"TV\"");
    }

    private static InteractionKind kind(String value) {
        String[] args = value == null ? new String[] {"meeting", "log"} : new String[] {"meeting", "log", "--kind", value};
        ParseResult parsed = root("en").parseArgs(args);
        return parsed.subcommand().subcommand().matchedOptionValue("--kind", InteractionKind.MEETING);
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel();
    }

    private static CommandLine root(String lang) {
        CliContext context = new CliContext(Map.of(), new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()));
        return Main.commandLine(context, "--lang", lang);
    }

}
