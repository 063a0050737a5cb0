package org.campaigntracker.core.transfer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.campaigntracker.core.common.Labels;
import org.campaigntracker.core.common.Names;
import org.campaigntracker.core.demand.Demand;
import org.campaigntracker.core.interaction.InteractionDraft;
import org.campaigntracker.core.interaction.InteractionService;
import org.campaigntracker.core.seal.Sealer;
import org.campaigntracker.core.sheet.Sheet;
import org.campaigntracker.core.stakeholder.ContactKind;
import org.campaigntracker.core.stakeholder.Stakeholder;
import org.campaigntracker.core.transfer.ImportRejectedException.LineError;
import org.campaigntracker.core.transfer.InteractionRows.Line;
import org.campaigntracker.core.transfer.SheetImportReport.Detail;
import org.campaigntracker.core.transfer.SheetImportReport.RowResult;
import org.jooq.DSLContext;

/**
 * Interactions from a sheet: the people named are found among the campaign's stakeholders (by e-mail, or by name
 * as in the stakeholder import), the demands by code ("1.2") or title. A row equal to an interaction already in the
 * campaign (same date, kind, stakeholders and summary) is skipped as already imported, so importing the same sheet
 * twice writes nothing the second time. All or nothing.
 */
public final class InteractionImport {

    private final InteractionRows.Read read;
    private final String sheet;

    private InteractionImport(InteractionRows.Read read, String sheet) {
        this.read = read;
        this.sheet = sheet;
    }

    public static InteractionImport parse(Sheet sheet, Map<String, String> mapping) {
        return new InteractionImport(InteractionRows.read(sheet, mapping), sheet.name());
    }

    public int size() {
        return read.lines().size();
    }

    SheetImportReport run(DSLContext dsl, Sealer sealer, List<Stakeholder> stakeholders, List<Demand> demands,
                          InteractionService interactions, long campaignId, boolean dryRun) {
        SheetImportRepository repo = new SheetImportRepository(dsl, sealer);
        Map<String, List<Stakeholder>> people = new HashMap<>();
        Map<Long, Stakeholder> byId = new HashMap<>();
        for (Stakeholder s : stakeholders) {
            byId.put(s.id(), s);
            people.computeIfAbsent(Words.person(s.name()), k -> new ArrayList<>()).add(s);
            people.computeIfAbsent(Names.key(s.label()), k -> new ArrayList<>()).add(s);
        }
        repo.contacts(campaignId).stream().filter(c -> c.kind() == ContactKind.email).forEach(c -> people
                .computeIfAbsent(c.value().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(byId.get(
                        c.stakeholderId())));
        Map<String, Long> demandIds = new HashMap<>();
        demands.forEach(d -> {
            demandIds.put(d.code(), d.id());
            demandIds.putIfAbsent(Names.key(d.title()), d.id());
        });
        Map<String, Long> logged = new HashMap<>();
        repo.interactions(campaignId).forEach(i -> logged.put(identity(i.on().toString(), i.kind(),
                i.participants(), i.summary()), i.id()));
        Map<String, Integer> seen = new HashMap<>();
        List<RowResult> results = new ArrayList<>();
        List<InteractionDraft> drafts = new ArrayList<>();
        List<LineError> errors = new ArrayList<>();
        for (Line line : read.lines()) {
            if (line.empty()) {
                results.add(new RowResult(line.row().number(), ImportOutcome.skip, "",
                        Detail.of("transfer.skip.empty")));
                continue;
            }
            InteractionDraft draft = draft(new RowCheck(read.layout(), line.row(), errors), line, people, demandIds);
            if (draft == null) {
                continue;
            }
            String name = draft.occurredOn() + " " + draft.title();
            String key = identity(draft.occurredOn().toString(), draft.kind().code(), draft.participantIds(),
                    draft.summary());
            if (logged.containsKey(key)) {
                results.add(new RowResult(line.row().number(), ImportOutcome.skip, name,
                        Detail.of("transfer.skip.imported", logged.get(key))));
            } else if (seen.containsKey(key)) {
                results.add(new RowResult(line.row().number(), ImportOutcome.skip, name,
                        Detail.of("transfer.skip.same_row", seen.get(key))));
            } else {
                seen.put(key, line.row().number());
                drafts.add(draft);
                results.add(new RowResult(line.row().number(), ImportOutcome.create, name, Detail.of(
                        "transfer.create.with", String.join(", ", draft.participantIds().stream()
                                .map(id -> byId.get(id).label()).toList()))));
            }
        }
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors);
        }
        if (!dryRun) {
            drafts.forEach(d -> interactions.log(campaignId, d));
        }
        return new SheetImportReport(dryRun, sheet, results, List.of(), read.layout().ignored());
    }

    /** The row's draft, or null when a name, a demand or the draft's own checks fail (the check holds why). */
    private static InteractionDraft draft(RowCheck check, Line line, Map<String, List<Stakeholder>> people,
                                          Map<String, Long> demandIds) {
        List<Long> with = check.cell("with", () -> line.with().stream().map(n -> stakeholder(people, n).id())
                .toList());
        List<Long> demands = check.cell("demands", () -> line.demands().stream().map(d -> {
            Long id = demandIds.getOrDefault(d, demandIds.get(Names.key(d)));
            if (id == null) {
                throw new ImportFileException("transfer.unknown_demand", d);
            }
            return id;
        }).toList());
        if (check.failed()) {
            return null;
        }
        String title = line.title() != null ? line.title() : title(line);
        return check.cell("with", () -> new InteractionDraft(line.kind(), line.on(), title, line.summary(), null,
                null, line.place(), with, null, demands));
    }

    /** No title column: the summary's first line, else the kind in words (the campaign's language is unknown). */
    private static String title(Line line) {
        if (line.summary() != null) {
            String first = line.summary().strip().lines().findFirst().orElse("");
            return first.length() <= 120 ? first : first.substring(0, 119) + "…";
        }
        return Labels.of(line.kind(), Locale.ENGLISH);
    }

    private static Stakeholder stakeholder(Map<String, List<Stakeholder>> people, String typed) {
        List<Stakeholder> found = people.get(typed.contains("@") ? typed.toLowerCase(Locale.ROOT)
                : Words.person(typed));
        if (found == null) {
            found = people.get(Names.key(typed));
        }
        if (found == null) {
            // A surname or a first name alone ("Grivel", "M. Grivel") when it names one person only.
            String part = Words.person(typed);
            found = people.entrySet().stream().filter(e -> e.getKey().endsWith(" " + part)
                    || e.getKey().startsWith(part + " ")).flatMap(e -> e.getValue().stream()).distinct().toList();
        }
        if (found == null || found.isEmpty()) {
            throw new ImportFileException("transfer.unknown_stakeholder", typed);
        }
        List<Stakeholder> distinct = found.stream().distinct().toList();
        if (distinct.size() > 1) {
            List<String> labels = distinct.stream().map(Stakeholder::label).sorted().toList();
            throw new ImportFileException("transfer.ambiguous_stakeholder", typed, String.join("; ",
                    labels.size() <= 5 ? labels : List.of(String.join("; ", labels.subList(0, 5)), "…")));
        }
        return distinct.get(0);
    }

    private static String identity(String on, String kind, List<Long> participants, String summary) {
        return on + "|" + kind + "|" + new TreeSet<>(participants) + "|" + Names.clean(summary == null ? "" : summary);
    }

}
