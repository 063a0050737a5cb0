package org.campaigntracker.core.transfer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.campaigntracker.core.common.InvalidInputException;
import org.campaigntracker.core.common.Names;
import org.campaigntracker.core.common.TrackerException;
import org.campaigntracker.core.stakeholder.StakeholderCategory;
import org.campaigntracker.core.stakeholder.StakeholderDraft;
import org.campaigntracker.core.stakeholder.StakeholderKind;
import org.campaigntracker.core.transfer.CsvRows.Row;
import org.campaigntracker.core.transfer.ImportRejectedException.LineError;

/** CSV rows turned into checked stakeholder lines: header mapping, numbers, enums, drafts validated per row. */
final class StakeholderRows {

    static final List<String> FIELDS = List.of("name", "organisation", "function", "kind", "category", "power",
            "stance", "notes", "email", "phone");

    /** Header names recognised without --map, normalised (accents and case ignored). */
    private static final Map<String, String> KNOWN = new LinkedHashMap<>();

    static {
        alias("name", "name", "nom", "full name", "nom complet");
        alias("organisation", "organisation", "organization", "org", "organisme", "structure", "institution");
        alias("function", "function", "fonction", "title", "poste", "role", "rôle");
        alias("kind", "kind", "type");
        alias("category", "category", "catégorie", "categorie");
        alias("power", "power", "pouvoir", "influence");
        alias("stance", "stance", "position", "attitude");
        alias("notes", "notes", "note", "remarques", "commentaire");
        alias("email", "email", "e-mail", "mail", "courriel");
        alias("phone", "phone", "téléphone", "telephone", "tel", "tél");
    }

    /** One checked row. */
    record Line(int number, String name, String organisation, String function, StakeholderKind kind,
                StakeholderCategory category, Integer power, Integer stance, String notes, String email, String phone) {

        StakeholderDraft draft(Long organisationId) {
            return new StakeholderDraft(kind, name, function, organisationId, category, power, stance, notes);
        }
    }

    record Read(List<Line> lines, List<String> ignoredColumns) {
    }

    private StakeholderRows() {
    }

    private static void alias(String field, String... names) {
        for (String n : names) {
            KNOWN.put(Names.key(n), field);
        }
    }

    static Read read(List<Row> rows, Map<String, String> mapping) {
        if (rows.isEmpty()) {
            throw new ImportFileException("transfer.empty");
        }
        List<String> headers = rows.get(0).cells();
        String[] fieldOfColumn = columns(headers, mapping);
        List<String> ignored = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            if (fieldOfColumn[i] == null && !headers.get(i).isBlank()) {
                ignored.add(headers.get(i).strip());
            }
        }
        if (!java.util.Arrays.asList(fieldOfColumn).contains("name")) {
            throw new ImportFileException("transfer.no_name_column", String.join(", ", headers));
        }
        List<Line> lines = new ArrayList<>();
        List<LineError> errors = new ArrayList<>();
        for (Row row : rows.subList(1, rows.size())) {
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < fieldOfColumn.length && i < row.cells().size(); i++) {
                String v = row.cells().get(i).strip();
                if (fieldOfColumn[i] != null && !v.isEmpty()) {
                    values.put(fieldOfColumn[i], v);
                }
            }
            try {
                lines.add(line(row.line(), values));
            } catch (TrackerException e) {
                errors.add(new LineError(row.line(), e));
            }
        }
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors);
        }
        return new Read(lines, ignored);
    }

    private static String[] columns(List<String> headers, Map<String, String> mapping) {
        String[] result = new String[headers.size()];
        for (int i = 0; i < headers.size(); i++) {
            result[i] = KNOWN.get(Names.key(headers.get(i)));
        }
        mapping.forEach((header, field) -> {
            String f = field.strip().toLowerCase(Locale.ROOT);
            if (!FIELDS.contains(f)) {
                throw new ImportFileException("transfer.unknown_field", field, String.join(", ", FIELDS));
            }
            int column = -1;
            for (int i = 0; i < headers.size(); i++) {
                if (Names.key(headers.get(i)).equals(Names.key(header))) {
                    column = i;
                }
            }
            if (column < 0) {
                throw new ImportFileException("transfer.unknown_header", header);
            }
            for (int i = 0; i < result.length; i++) {
                if (f.equals(result[i])) {
                    result[i] = null; // the explicit mapping wins over a recognised header
                }
            }
            result[column] = f;
        });
        return result;
    }

    private static Line line(int number, Map<String, String> v) {
        String name = v.get("name");
        StakeholderKind kind = v.containsKey("kind") ? kind(v.get("kind")) : StakeholderKind.person;
        StakeholderCategory category = v.containsKey("category")
                ? Importer.value(StakeholderCategory.class, "category", v.get("category").replace('-', '_')
                        .replace(' ', '_')) : null;
        Integer power = number("power", v.get("power"));
        Integer stance = number("stance", v.get("stance"));
        // Validate the row now (the draft's checks), so every bad row is listed before anything is written.
        new StakeholderDraft(kind, name, v.get("function"), null, category, power, stance, v.get("notes"));
        if (v.containsKey("email")) {
            org.campaigntracker.core.stakeholder.ContactPointDraft.of(
                    org.campaigntracker.core.stakeholder.ContactKind.email, v.get("email"));
        }
        return new Line(number, name, v.get("organisation"), v.get("function"), kind, category, power, stance,
                v.get("notes"), v.get("email"), v.get("phone"));
    }

    private static StakeholderKind kind(String text) {
        String k = Names.key(text);
        if (k.equals("personne") || k.equals("person")) {
            return StakeholderKind.person;
        }
        if (k.equals("organisation") || k.equals("organization")) {
            return StakeholderKind.organisation;
        }
        throw InvalidInputException.of("kind", "unknown_value", text, "person, organisation");
    }

    private static Integer number(String field, String text) {
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text.replace("+", ""));
        } catch (NumberFormatException e) {
            throw new ImportFileException("transfer.bad_number", field, text);
        }
    }
}
