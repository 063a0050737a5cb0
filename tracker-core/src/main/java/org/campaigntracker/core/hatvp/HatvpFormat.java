package org.campaigntracker.core.hatvp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.campaigntracker.core.common.InvalidInputException;
import org.campaigntracker.core.common.Messages;

/**
 * The declaration as the register's form reads it, each code with its label in one language (French is what the
 * HATVP's form uses): a JSON-ready tree, or CSV with one line per action. Shared by the CLI and the API.
 */
public enum HatvpFormat {
    JSON, CSV;

    /** A register value: a stable code and its label. */
    public record Labelled(String code, String label) {
    }

    public record Declared(LocalDate on, Labelled actionType, List<Labelled> officials, List<String> demands) {
    }

    /** The JSON document; field names follow the register's form in English. */
    public record Document(int year, String subject, List<String> policyAreas, List<Labelled> decisions,
                           List<String> decisionDescriptions, List<Labelled> officialsTargeted,
                           List<Labelled> actionTypes, int actionCount, List<Declared> actions) {
    }

    public static HatvpFormat parse(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "json" -> JSON;
            case "csv" -> CSV;
            default -> throw InvalidInputException.of("format", "one_of", "json, csv");
        };
    }

    public static Document document(HatvpDeclaration d, Locale locale) {
        return new Document(d.year(), d.subject(), d.policyAreas(),
                d.decisions().stream().map(x -> label(locale, "decision", x.type().code())).toList(),
                d.decisions().stream().map(HatvpDeclaration.Decision::description).toList(),
                d.officials().stream().map(o -> label(locale, "official", o.code())).toList(),
                d.actionTypes().stream().map(a -> label(locale, "action", a.code())).toList(),
                d.actions().size(),
                d.actions().stream().map(a -> new Declared(a.on(), label(locale, "action", a.type().code()),
                        a.officials().stream().map(o -> label(locale, "official", o.code())).toList(),
                        a.demandCodes())).toList());
    }

    /** One line per action, after a header; multi-valued cells are joined with " | ". */
    public static String csv(HatvpDeclaration d, Locale locale) {
        Document doc = document(d, locale);
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("year", "subject", "policy_areas", "decision_type", "decision", "date", "action_type",
                "officials", "demands"));
        String decisionTypes = doc.decisions().stream().map(Labelled::label).collect(Collectors.joining(" | "));
        String decisions = String.join(" | ", doc.decisionDescriptions());
        for (Declared a : doc.actions()) {
            rows.add(List.of(String.valueOf(d.year()), d.subject(), String.join(" | ", d.policyAreas()), decisionTypes,
                    decisions, a.on().toString(), a.actionType().label(),
                    a.officials().stream().map(Labelled::label).collect(Collectors.joining(" | ")),
                    String.join(" | ", a.demands())));
        }
        return rows.stream().map(r -> r.stream().map(HatvpFormat::cell).collect(Collectors.joining(",")))
                .collect(Collectors.joining("\n", "", "\n"));
    }

    private static Labelled label(Locale locale, String kind, String code) {
        return new Labelled(code, Messages.format(locale, "hatvp." + kind + "." + code));
    }

    private static String cell(String value) {
        return value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")
                ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
