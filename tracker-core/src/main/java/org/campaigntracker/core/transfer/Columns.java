package org.campaigntracker.core.transfer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.campaigntracker.core.common.Names;
import org.campaigntracker.core.sheet.Sheet;
import org.campaigntracker.core.sheet.SheetRow;

/**
 * Which column of a sheet holds which field. The header row is the first row (of the first {@value #SCAN}) that
 * holds the required header, two known headers or a header given to {@code --map}, so a title or a blank line above
 * the table is passed over. Headers match their field
 * whatever their accents, case, spaces and punctuation ("E-mail", "email", "Courriel"); {@code --map} adds or
 * overrides pairs; other columns are named as ignored, with the field a near miss probably meant.
 */
final class Columns {

    static final int SCAN = 20;

    /** Header names per field, for one kind of import. */
    static final class Aliases {
        private final List<String> fields;
        private final Map<String, String> known = new LinkedHashMap<>();

        Aliases(List<String> fields) {
            this.fields = fields;
        }

        Aliases alias(String field, String... names) {
            known.put(key(field), field);
            for (String n : names) {
                known.put(key(n), field);
            }
            return this;
        }

        String field(String header) {
            return known.get(key(header));
        }

        List<String> fields() {
            return fields;
        }

        /** The known header a typo is closest to, if close enough to say so. */
        String nearest(String header) {
            String k = key(header);
            if (k.length() < 4) {
                return null;
            }
            return known.keySet().stream().filter(n -> n.length() >= 4 && Names.distance(k, n) <= 2)
                    .findFirst().map(known::get).orElse(null);
        }
    }

    /** The header row and the field of each column (null when ignored). */
    record Layout(SheetRow header, String[] fields, List<String> ignored, List<String> described) {

        /** The headers as the file has them, a near miss followed by the field it probably meant. */
        String headers() {
            return String.join(", ", described);
        }

        int column(String field) {
            for (int i = 0; i < fields.length; i++) {
                if (field.equals(fields[i])) {
                    return i;
                }
            }
            return -1;
        }

        /** The rows below the header. */
        List<SheetRow> body(Sheet sheet) {
            return sheet.rows().stream().filter(r -> r.number() > header.number()).toList();
        }
    }

    private Columns() {
    }

    /** Normalised header: accents, case, spaces and punctuation ignored. */
    static String key(String header) {
        return Names.key(header).replace(" ", "").replace(".", "");
    }

    static Layout find(Sheet sheet, Aliases aliases, Map<String, String> mapping, String required) {
        if (sheet.rows().isEmpty()) {
            throw new ImportFileException("transfer.empty");
        }
        mapping.values().forEach(f -> {
            if (!aliases.fields().contains(f.strip().toLowerCase(Locale.ROOT))) {
                throw new ImportFileException("transfer.unknown_field", f, String.join(", ", aliases.fields()));
            }
        });
        List<SheetRow> scanned = sheet.rows().subList(0, Math.min(SCAN, sheet.rows().size()));
        for (SheetRow row : scanned) {
            String[] fields = fields(row, aliases, mapping);
            long known = java.util.Arrays.stream(fields).filter(java.util.Objects::nonNull).count();
            boolean mapped = mapping.keySet().stream().anyMatch(h -> row.cells().stream()
                    .anyMatch(c -> key(c).equals(key(h))));
            if (mapped || known >= 2 || java.util.Arrays.asList(fields).contains(required)) {
                return layout(row, fields, mapping, required, aliases);
            }
        }
        SheetRow first = scanned.get(0);
        if (!mapping.isEmpty()) {
            throw new ImportFileException("transfer.unknown_header", String.join(", ", mapping.keySet()));
        }
        throw new ImportFileException("transfer.no_header_row", sheet.name(), scanned.size(),
                String.join(", ", first.cells()));
    }

    private static Layout layout(SheetRow row, String[] fields, Map<String, String> mapping, String required,
                                 Aliases aliases) {
        mapping.keySet().forEach(h -> {
            if (row.cells().stream().noneMatch(c -> key(c).equals(key(h)))) {
                throw new ImportFileException("transfer.unknown_header", h);
            }
        });
        List<String> ignored = new ArrayList<>();
        List<String> described = new ArrayList<>();
        for (int i = 0; i < row.cells().size(); i++) {
            String h = row.cell(i);
            String near = fields[i] == null && !h.isEmpty() ? aliases.nearest(h) : null;
            String d = near == null ? h : h + " (" + near + "?)";
            described.add(d);
            if (fields[i] == null && !h.isEmpty()) {
                ignored.add(d);
            }
        }
        if (!java.util.Arrays.asList(fields).contains(required)) {
            throw new ImportFileException("transfer.no_name_column", String.join(", ", described));
        }
        return new Layout(row, fields, ignored, described);
    }

    private static String[] fields(SheetRow row, Aliases aliases, Map<String, String> mapping) {
        String[] fields = new String[row.cells().size()];
        for (int i = 0; i < fields.length; i++) {
            fields[i] = aliases.field(row.cell(i));
        }
        mapping.forEach((header, field) -> {
            String f = field.strip().toLowerCase(Locale.ROOT);
            for (int i = 0; i < fields.length; i++) {
                if (key(row.cell(i)).equals(key(header))) {
                    for (int j = 0; j < fields.length; j++) {
                        if (f.equals(fields[j])) {
                            fields[j] = null; // the explicit mapping wins over a recognised header
                        }
                    }
                    fields[i] = f;
                }
            }
        });
        // Two columns for one field: the first one counts, the second is named as ignored.
        for (int i = 0; i < fields.length; i++) {
            for (int j = 0; j < i; j++) {
                if (fields[i] != null && fields[i].equals(fields[j])) {
                    fields[i] = null;
                }
            }
        }
        return fields;
    }

    /** The mapped cells of a row, by field; blank cells left out. */
    static Map<String, String> values(Layout layout, SheetRow row) {
        Map<String, String> v = new LinkedHashMap<>();
        for (int i = 0; i < layout.fields().length; i++) {
            String c = row.cell(i);
            if (layout.fields()[i] != null && !c.isEmpty()) {
                v.put(layout.fields()[i], c);
            }
        }
        return v;
    }
}
