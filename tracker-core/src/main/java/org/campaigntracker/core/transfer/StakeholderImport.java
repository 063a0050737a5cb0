package org.campaigntracker.core.transfer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.campaigntracker.core.common.Names;
import org.campaigntracker.core.common.TrackerException;
import org.campaigntracker.core.stakeholder.ContactKind;
import org.campaigntracker.core.stakeholder.ContactPointDraft;
import org.campaigntracker.core.stakeholder.ContactPointService;
import org.campaigntracker.core.stakeholder.Stakeholder;
import org.campaigntracker.core.stakeholder.StakeholderDraft;
import org.campaigntracker.core.stakeholder.StakeholderService;
import org.campaigntracker.core.transfer.ImportRejectedException.LineError;
import org.campaigntracker.core.transfer.StakeholderRows.Line;
import org.jooq.DSLContext;

/**
 * Stakeholders from a CSV file: headers mapped to fields (English and French names are known; {@code --map}
 * adds others), every row checked before anything is written, duplicates found on normalised name + organisation
 * (in the file and against the campaign), organisations named in the file created once. All or nothing.
 */
public final class StakeholderImport {

    /** Told after each row is written, for a progress bar. */
    @FunctionalInterface
    public interface Progress {
        void rowDone(int done, int total);

        Progress NONE = (done, total) -> { };
    }

    /** One stakeholder the import adds (or would add, on a dry run). */
    public record Added(int line, String name, String organisation, String category, int power, int stance) {
    }

    public record Result(boolean dryRun, List<Added> added, List<String> organisationsCreated,
                         List<String> ignoredColumns) {
    }

    private final List<Line> lines;
    private final List<String> ignoredColumns;

    private StakeholderImport(List<Line> lines, List<String> ignoredColumns) {
        this.lines = lines;
        this.ignoredColumns = ignoredColumns;
    }

    /**
     * Reads and checks the file; throws {@link ImportFileException} for a file that cannot be read as stakeholders
     * and {@link ImportRejectedException} listing every bad row.
     *
     * @param mapping extra header → field pairs ("Nom complet" → name)
     */
    public static StakeholderImport parse(String csv, Map<String, String> mapping) {
        StakeholderRows.Read rows = StakeholderRows.read(CsvRows.parse(csv), mapping);
        return new StakeholderImport(rows.lines(), rows.ignoredColumns());
    }

    public int size() {
        return lines.size();
    }

    Result run(StakeholderService stakeholders, ContactPointService contacts, long campaignId, boolean dryRun,
               Progress progress) {
        List<Stakeholder> existing = stakeholders.list(campaignId);
        Map<String, Stakeholder> organisations = new HashMap<>();
        existing.stream().filter(Stakeholder::isOrganisation).forEach(o -> organisations.putIfAbsent(key(o.name()), o));
        checkDuplicates(existing);
        List<Added> added = new ArrayList<>();
        List<String> created = new ArrayList<>();
        int done = 0;
        for (Line line : lines) {
            try {
                Long organisationId = null;
                if (line.organisation() != null) {
                    Stakeholder org = organisations.get(key(line.organisation()));
                    if (org == null) {
                        org = stakeholders.add(campaignId, StakeholderDraft.organisation(line.organisation(), null));
                        organisations.put(key(org.name()), org);
                        created.add(org.name());
                    }
                    organisationId = org.id();
                }
                StakeholderDraft d = line.draft(organisationId);
                Stakeholder s = stakeholders.add(campaignId, d);
                addContacts(contacts, campaignId, s.id(), line);
                added.add(new Added(line.number(), s.name(), line.organisation(), s.category().name(), s.power(),
                        s.stance()));
            } catch (TrackerException e) {
                throw new ImportRejectedException(List.of(new LineError(line.number(), e)));
            }
            progress.rowDone(++done, lines.size());
        }
        Result result = new Result(dryRun, added, created, ignoredColumns);
        if (dryRun) {
            throw new DryRun(result);
        }
        return result;
    }

    private void checkDuplicates(List<Stakeholder> existing) {
        Map<String, Stakeholder> stored = new HashMap<>();
        existing.forEach(s -> stored.put(key(s.name()) + "|" + key(s.organisationName()), s));
        Map<String, Integer> seen = new LinkedHashMap<>();
        List<LineError> errors = new ArrayList<>();
        for (Line line : lines) {
            String k = key(line.name()) + "|" + key(line.organisation());
            String label = line.organisation() == null ? line.name() : line.name() + " (" + line.organisation() + ")";
            if (stored.containsKey(k)) {
                errors.add(new LineError(line.number(), new ImportFileException("transfer.duplicate_existing",
                        stored.get(k).label())));
            } else if (seen.containsKey(k)) {
                errors.add(new LineError(line.number(), new ImportFileException("transfer.duplicate_in_file", label,
                        Integer.toString(seen.get(k)), Integer.toString(line.number()))));
            } else {
                seen.put(k, line.number());
            }
        }
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors);
        }
    }

    private static void addContacts(ContactPointService contacts, long campaignId, long stakeholderId, Line line) {
        if (line.email() != null) {
            contacts.add(campaignId, stakeholderId, new ContactPointDraft(ContactKind.email, line.email(), null, true));
        }
        if (line.phone() != null) {
            contacts.add(campaignId, stakeholderId, new ContactPointDraft(ContactKind.phone, line.phone(), null, true));
        }
    }

    private static String key(String name) {
        return Names.key(name);
    }

    /** Carries a dry run's result out of the transaction it rolls back. */
    static final class DryRun extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Result result;

        DryRun(Result result) {
            super(null, null, false, false);
            this.result = result;
        }

        Result result() {
            return result;
        }
    }
}
