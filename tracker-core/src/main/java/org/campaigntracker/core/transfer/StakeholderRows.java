package org.campaigntracker.core.transfer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.campaigntracker.core.common.InvalidInputException;
import org.campaigntracker.core.common.Names;
import org.campaigntracker.core.sheet.Sheet;
import org.campaigntracker.core.sheet.SheetRow;
import org.campaigntracker.core.stakeholder.ContactKind;
import org.campaigntracker.core.stakeholder.ContactPointDraft;
import org.campaigntracker.core.stakeholder.StakeholderCategory;
import org.campaigntracker.core.stakeholder.StakeholderDraft;
import org.campaigntracker.core.stakeholder.StakeholderKind;
import org.campaigntracker.core.transfer.ImportRejectedException.LineError;

/** Sheet rows turned into checked stakeholder lines: header mapping, numbers, values in words, drafts validated. */
final class StakeholderRows {

    static final List<String> FIELDS = List.of("name", "first_name", "organisation", "function", "kind", "category",
            "power", "stance", "notes", "email", "phone");

    static final Columns.Aliases ALIASES = new Columns.Aliases(FIELDS)
            .alias("name", "nom", "full name", "nom complet", "nom et prénom", "prénom nom", "last name", "surname")
            .alias("first_name", "prénom", "first name", "given name")
            .alias("organisation", "organization", "org", "organisme", "structure", "institution", "entreprise",
                    "company", "employer", "employeur")
            .alias("function", "fonction", "title", "job title", "poste", "role", "rôle", "titre")
            .alias("kind", "type")
            .alias("category", "catégorie", "categorie")
            .alias("power", "pouvoir", "influence")
            .alias("stance", "position", "attitude", "posture")
            .alias("notes", "note", "remarques", "remarque", "commentaire", "commentaires", "comments", "comment")
            .alias("email", "e-mail", "mail", "courriel", "adresse mail", "adresse électronique", "email address")
            .alias("phone", "téléphone", "telephone", "tel", "tél", "mobile", "portable", "phone number");

    /** One checked row; {@code empty} when no mapped cell holds anything. */
    record Line(SheetRow row, String name, String organisation, String function, StakeholderKind kind,
                StakeholderCategory category, Integer power, Integer stance, String notes, String email, String phone) {

        int number() {
            return row.number();
        }

        boolean empty() {
            return name == null;
        }

        StakeholderDraft draft(Long organisationId) {
            return new StakeholderDraft(kind, name, function, organisationId, category, power, stance, notes);
        }
    }

    record Read(Columns.Layout layout, List<Line> lines, List<String> ignoredColumns) {
    }

    private StakeholderRows() {
    }

    static Read read(Sheet sheet, Map<String, String> mapping) {
        Columns.Layout layout = Columns.find(sheet, ALIASES, mapping, "name");
        List<Line> lines = new ArrayList<>();
        List<LineError> errors = new ArrayList<>();
        for (SheetRow row : layout.body(sheet)) {
            Map<String, String> values = Columns.values(layout, row);
            Line line = values.isEmpty() ? new Line(row, null, null, null, null, null, null, null, null, null, null)
                    : line(new RowCheck(layout, row, errors), row, values);
            if (line != null) {
                lines.add(line);
            }
        }
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors);
        }
        return new Read(layout, lines, layout.ignored());
    }

    /** The checked line, or null when a cell is wrong (the check holds why). */
    private static Line line(RowCheck check, SheetRow row, Map<String, String> v) {
        String name = v.get("name");
        if (v.containsKey("first_name")) {
            name = name == null ? v.get("first_name") : v.get("first_name") + " " + name;
        }
        if (name == null) {
            check.cell("name", () -> {
                throw InvalidInputException.of("name", "required");
            });
        }
        StakeholderKind kind = check.cell("kind", () -> v.containsKey("kind") ? kind(v.get("kind"))
                : StakeholderKind.person);
        StakeholderCategory category = check.cell("category", () -> v.containsKey("category")
                ? Words.value(StakeholderCategory.class, "category", v.get("category")) : null);
        Integer power = check.cell("power", () -> number("power", v.get("power")));
        Integer stance = check.cell("stance", () -> number("stance", v.get("stance")));
        String email = v.get("email");
        check.cell("email", () -> {
            try {
                return email == null ? null : ContactPointDraft.of(ContactKind.email, email);
            } catch (InvalidInputException e) {
                throw new ImportFileException("transfer.bad_email", email);
            }
        });
        check.cell("phone", () -> v.get("phone") == null ? null
                : ContactPointDraft.of(ContactKind.phone, v.get("phone")));
        if (check.failed()) {
            return null;
        }
        String finalName = name;
        // The draft's own checks, so every bad row is listed before anything is written.
        check.cell(null, () -> new StakeholderDraft(kind, finalName, v.get("function"), null, category, power,
                stance, v.get("notes")));
        if (check.failed()) {
            return null;
        }
        return new Line(row, name, kind == StakeholderKind.organisation ? null : v.get("organisation"),
                v.get("function"), kind, category, power, stance, v.get("notes"),
                email == null ? null : email.toLowerCase(Locale.ROOT), v.get("phone"));
    }

    private static StakeholderKind kind(String text) {
        String k = Names.key(text);
        if (k.equals("personne") || k.equals("person") || k.equals("individu") || k.equals("individual")) {
            return StakeholderKind.person;
        }
        if (k.equals("organisation") || k.equals("organization") || k.equals("structure")
                || k.equals("institution")) {
            return StakeholderKind.organisation;
        }
        return Words.value(StakeholderKind.class, "kind", text);
    }

    static Integer number(String field, String text) {
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text.replace("+", "").strip());
        } catch (NumberFormatException e) {
            throw new ImportFileException("transfer.bad_number", field, text);
        }
    }
}
