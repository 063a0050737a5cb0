package org.campaigntracker.core.transfer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.campaigntracker.core.common.CampaignDates;
import org.campaigntracker.core.interaction.InteractionKind;
import org.campaigntracker.core.sheet.Sheet;
import org.campaigntracker.core.sheet.SheetRow;
import org.campaigntracker.core.transfer.ImportRejectedException.LineError;

/** Sheet rows turned into checked interaction lines: dates, kinds in words, names and demands still as typed. */
final class InteractionRows {

    static final List<String> FIELDS = List.of("date", "kind", "with", "title", "summary", "demands", "place");

    static final Columns.Aliases ALIASES = new Columns.Aliases(FIELDS)
            .alias("date", "jour", "day", "quand", "when", "date de la rencontre")
            .alias("kind", "type", "nature", "canal", "channel", "type d'échange", "type d'action")
            .alias("with", "avec", "with whom", "avec qui", "participants", "interlocuteurs", "interlocuteur",
                    "stakeholders", "parties prenantes", "personnes rencontrées", "qui", "who", "contacts")
            .alias("title", "titre", "objet", "subject", "sujet")
            .alias("summary", "résumé", "resume", "compte rendu", "compte-rendu", "cr", "notes", "description",
                    "details", "détails")
            .alias("demands", "demandes", "demand", "demande", "revendications", "revendication")
            .alias("place", "lieu", "location", "where", "où");

    /** Words for kinds besides those {@link org.campaigntracker.core.common.Labels} shows, normalised. */
    private static final Map<String, InteractionKind> SYNONYMS = Map.ofEntries(
            Map.entry("reunion", InteractionKind.MEETING), Map.entry("rendezvous", InteractionKind.MEETING),
            Map.entry("rdv", InteractionKind.MEETING), Map.entry("rencontre", InteractionKind.MEETING),
            Map.entry("visio", InteractionKind.MEETING), Map.entry("entretien", InteractionKind.MEETING),
            Map.entry("appel", InteractionKind.CALL), Map.entry("telephone", InteractionKind.CALL),
            Map.entry("phone", InteractionKind.CALL), Map.entry("phonecall", InteractionKind.CALL),
            Map.entry("courrier", InteractionKind.LETTER_SENT), Map.entry("lettre", InteractionKind.LETTER_SENT),
            Map.entry("letter", InteractionKind.LETTER_SENT), Map.entry("mail", InteractionKind.EMAIL_SENT),
            Map.entry("email", InteractionKind.EMAIL_SENT), Map.entry("courriel", InteractionKind.EMAIL_SENT),
            Map.entry("reponse", InteractionKind.WRITTEN_RESPONSE),
            Map.entry("response", InteractionKind.WRITTEN_RESPONSE), Map.entry("audition", InteractionKind.HEARING),
            Map.entry("evenement", InteractionKind.PUBLIC_EVENT), Map.entry("event", InteractionKind.PUBLIC_EVENT),
            Map.entry("manifestation", InteractionKind.PUBLIC_EVENT));

    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            pattern("d/M/uuuu"), pattern("d.M.uuuu"), pattern("d-M-uuuu"), pattern("uuuu/M/d"));

    /** One row: its values checked, the people and demands it names resolved later against the campaign. */
    record Line(SheetRow row, LocalDate on, InteractionKind kind, List<String> with, String title, String summary,
                List<String> demands, String place) {

        boolean empty() {
            return on == null;
        }
    }

    record Read(Columns.Layout layout, List<Line> lines) {
    }

    private InteractionRows() {
    }

    static Read read(Sheet sheet, Map<String, String> mapping) {
        Columns.Layout layout = Columns.find(sheet, ALIASES, mapping, "date");
        if (layout.column("kind") < 0 || layout.column("with") < 0) {
            throw new ImportFileException("transfer.interaction_columns", layout.headers());
        }
        List<Line> lines = new ArrayList<>();
        List<LineError> errors = new ArrayList<>();
        for (SheetRow row : layout.body(sheet)) {
            Map<String, String> v = Columns.values(layout, row);
            RowCheck check = new RowCheck(layout, row, errors);
            Line line = v.isEmpty() ? new Line(row, null, null, List.of(), null, null, List.of(), null)
                    : line(check, row, v);
            if (!check.failed()) {
                lines.add(line);
            }
        }
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors);
        }
        return new Read(layout, lines);
    }

    private static Line line(RowCheck check, SheetRow row, Map<String, String> v) {
        LocalDate on = check.cell("date", () -> date(v.get("date")));
        InteractionKind kind = check.cell("kind", () -> kind(v.get("kind")));
        return new Line(row, on, kind, split(v.get("with")), v.get("title"), v.get("summary"),
                split(v.get("demands")), v.get("place"));
    }

    static LocalDate date(String text) {
        if (text == null) {
            throw new ImportFileException("transfer.no_date");
        }
        for (DateTimeFormatter f : DATES) {
            try {
                return CampaignDates.require("date", LocalDate.parse(text.strip(), f));
            } catch (DateTimeException e) {
                // next format
            }
        }
        throw new ImportFileException("transfer.bad_date", text);
    }

    static InteractionKind kind(String text) {
        if (text == null) {
            throw new ImportFileException("transfer.no_kind");
        }
        InteractionKind synonym = SYNONYMS.get(Columns.key(text));
        return synonym != null ? synonym : Words.value(InteractionKind.class, "kind", text);
    }

    /** Names or demands, several to a cell, separated by ";" or ",". */
    static List<String> split(String cell) {
        if (cell == null) {
            return List.of();
        }
        return Arrays.stream(cell.split("[;,\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static DateTimeFormatter pattern(String p) {
        return DateTimeFormatter.ofPattern(p).withResolverStyle(ResolverStyle.STRICT);
    }
}
