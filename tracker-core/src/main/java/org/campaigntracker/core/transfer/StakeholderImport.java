package org.campaigntracker.core.transfer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.campaigntracker.core.common.Names;
import org.campaigntracker.core.seal.Sealer;
import org.campaigntracker.core.sheet.Sheet;
import org.campaigntracker.core.stakeholder.ContactKind;
import org.campaigntracker.core.stakeholder.Stakeholder;
import org.campaigntracker.core.stakeholder.StakeholderDraft;
import org.campaigntracker.core.stakeholder.StakeholderKind;
import org.campaigntracker.core.transfer.SheetImportReport.Detail;
import org.campaigntracker.core.transfer.SheetImportReport.RowResult;
import org.campaigntracker.core.transfer.SheetImportRepository.Contact;
import org.campaigntracker.core.transfer.SheetImportRepository.Fill;
import org.campaigntracker.core.transfer.StakeholderRows.Line;
import org.jooq.DSLContext;

/**
 * Stakeholders from a sheet. Each row is matched against the campaign by e-mail first, then by name (accents,
 * case, spaces and titles such as "Mme" or "Dr" aside, in a compatible organisation). A row that matches fills only
 * the blank fields of the stakeholder found (function, notes, organisation, a first e-mail or phone): an import never
 * overwrites what someone typed. A row with nothing new is skipped, as is a row repeating an earlier row; every
 * outcome is reported with its reason. Writes are a few multi-row statements, all or nothing.
 */
public final class StakeholderImport {

    private final StakeholderRows.Read read;
    private final String sheet;

    private StakeholderImport(StakeholderRows.Read read, String sheet) {
        this.read = read;
        this.sheet = sheet;
    }

    /**
     * Maps and checks the rows; throws {@link ImportFileException} for a sheet that cannot be read as stakeholders
     * and {@link ImportRejectedException} naming every bad cell.
     *
     * @param mapping extra header → field pairs ("Nom complet" → name)
     */
    public static StakeholderImport parse(Sheet sheet, Map<String, String> mapping) {
        return new StakeholderImport(StakeholderRows.read(sheet, mapping), sheet.name());
    }

    public int size() {
        return read.lines().size();
    }

    private record Update(Line line, Stakeholder found, boolean function, boolean notes, boolean organisation,
                          boolean email, boolean phone) {
    }

    SheetImportReport run(DSLContext dsl, Sealer sealer, List<Stakeholder> existing, long campaignId, boolean dryRun) {
        SheetImportRepository repo = new SheetImportRepository(dsl, sealer);
        Map<String, Long> byEmail = new HashMap<>();
        Set<String> hasContact = new HashSet<>();
        for (Contact c : repo.contacts(campaignId)) {
            hasContact.add(c.stakeholderId() + c.kind().name());
            if (c.kind() == ContactKind.email) {
                byEmail.putIfAbsent(c.value().toLowerCase(java.util.Locale.ROOT), c.stakeholderId());
            }
        }
        Map<Long, Stakeholder> byId = new HashMap<>();
        Map<String, List<Stakeholder>> byName = new HashMap<>();
        Map<String, Stakeholder> organisations = new HashMap<>();
        for (Stakeholder s : existing) {
            byId.put(s.id(), s);
            byName.computeIfAbsent(Words.person(s.name()), k -> new ArrayList<>()).add(s);
            if (s.isOrganisation()) {
                organisations.putIfAbsent(Names.key(s.name()), s);
            }
        }
        Set<String> organisationRows = new HashSet<>();
        read.lines().stream().filter(l -> !l.empty() && l.kind() == StakeholderKind.organisation)
                .forEach(l -> organisationRows.add(Names.key(l.name())));
        Map<String, String> newOrganisations = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        Map<Long, Integer> touched = new HashMap<>();
        List<RowResult> results = new ArrayList<>();
        List<Line> creates = new ArrayList<>();
        List<Update> updates = new ArrayList<>();
        for (Line line : read.lines()) {
            if (line.empty()) {
                results.add(new RowResult(line.number(), ImportOutcome.skip, "", Detail.of("transfer.skip.empty")));
                continue;
            }
            String nameKey = Words.person(line.name()) + "|" + Names.key(line.organisation());
            Integer earlier = line.email() != null && seen.containsKey(line.email()) ? seen.get(line.email())
                    : seen.get(nameKey);
            if (earlier != null) {
                results.add(new RowResult(line.number(), ImportOutcome.skip, line.name(),
                        Detail.of("transfer.skip.same_row", earlier)));
                continue;
            }
            seen.put(nameKey, line.number());
            if (line.email() != null) {
                seen.put(line.email(), line.number());
            }
            Stakeholder found = line.email() == null ? null : byId.get(byEmail.get(line.email()));
            Detail by = Detail.of("transfer.by.email");
            if (found == null) {
                found = byName.getOrDefault(Words.person(line.name()), List.of()).stream()
                        .filter(s -> compatible(s, line)).findFirst().orElse(null);
                by = Detail.of("transfer.by.name");
            }
            if (found != null && touched.containsKey(found.id())) {
                results.add(new RowResult(line.number(), ImportOutcome.skip, line.name(),
                        Detail.of("transfer.skip.same_row", touched.get(found.id()))));
                continue;
            }
            String organisationKey = Names.key(line.organisation());
            boolean newOrganisation = line.organisation() != null && !organisations.containsKey(organisationKey)
                    && !organisationRows.contains(organisationKey);
            if (found == null) {
                creates.add(line);
                if (newOrganisation) {
                    newOrganisations.putIfAbsent(organisationKey, line.organisation());
                }
                results.add(new RowResult(line.number(), ImportOutcome.create, line.name(), newOrganisation
                        ? Detail.of("transfer.create.new_organisation", line.organisation()) : Detail.NONE));
                continue;
            }
            touched.put(found.id(), line.number());
            Update u = new Update(line, found, found.function() == null && line.function() != null,
                    found.notes() == null && line.notes() != null,
                    !found.isOrganisation() && found.organisationId() == null && line.organisation() != null,
                    line.email() != null && !hasContact.contains(found.id() + ContactKind.email.name()),
                    line.phone() != null && !hasContact.contains(found.id() + ContactKind.phone.name()));
            List<String> filled = filled(u);
            if (filled.isEmpty()) {
                results.add(new RowResult(line.number(), ImportOutcome.skip, line.name(),
                        Detail.of("transfer.skip.existing", found.label(), by)));
                continue;
            }
            if (u.organisation() && newOrganisation) {
                newOrganisations.putIfAbsent(organisationKey, line.organisation());
            }
            updates.add(u);
            results.add(new RowResult(line.number(), ImportOutcome.update, line.name(),
                    Detail.of("transfer.update.fills", String.join(", ", filled), found.label(), by)));
        }
        if (!dryRun) {
            write(repo, campaignId, creates, updates, newOrganisations, organisations);
        }
        return new SheetImportReport(dryRun, sheet, results, List.copyOf(newOrganisations.values()),
                read.ignoredColumns());
    }

    /** Organisations first (new ones and organisation rows), then people, contact points and filled fields. */
    private static void write(SheetImportRepository repo, long campaignId, List<Line> creates, List<Update> updates,
                              Map<String, String> newOrganisations, Map<String, Stakeholder> existing) {
        Map<String, Long> organisationIds = new HashMap<>();
        existing.forEach((k, s) -> organisationIds.put(k, s.id()));
        List<StakeholderDraft> organisations = new ArrayList<>();
        newOrganisations.values().forEach(n -> organisations.add(StakeholderDraft.organisation(n, null)));
        creates.stream().filter(l -> l.kind() == StakeholderKind.organisation).forEach(l -> organisations.add(
                l.draft(null)));
        repo.insertStakeholders(campaignId, organisations).forEach((identity, id) ->
                organisationIds.putIfAbsent(identity.substring(0, identity.indexOf('|')), id));
        List<StakeholderDraft> people = new ArrayList<>();
        List<Line> peopleLines = new ArrayList<>();
        for (Line l : creates) {
            if (l.kind() != StakeholderKind.organisation) {
                people.add(l.draft(organisationIds.get(Names.key(l.organisation()))));
                peopleLines.add(l);
            }
        }
        Map<String, Long> ids = repo.insertStakeholders(campaignId, people);
        List<Contact> contacts = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            StakeholderDraft d = people.get(i);
            long id = ids.get(SheetImportRepository.identity(Names.key(d.name()), d.organisationId()));
            addContacts(contacts, id, peopleLines.get(i), true, true);
        }
        for (Line l : creates) {
            if (l.kind() == StakeholderKind.organisation) {
                addContacts(contacts, organisationIds.get(Names.key(l.name())), l, true, true);
            }
        }
        List<Fill> fills = new ArrayList<>();
        for (Update u : updates) {
            Line l = u.line();
            if (u.function() || u.notes() || u.organisation()) {
                fills.add(new Fill(u.found().id(), u.function() ? l.function() : null, u.notes() ? l.notes() : null,
                        u.organisation() ? organisationIds.get(Names.key(l.organisation())) : null));
            }
            addContacts(contacts, u.found().id(), l, u.email(), u.phone());
        }
        repo.fill(campaignId, fills);
        repo.insertContacts(contacts);
    }

    private static void addContacts(List<Contact> contacts, long id, Line l, boolean email, boolean phone) {
        if (email && l.email() != null) {
            contacts.add(new Contact(id, ContactKind.email, l.email()));
        }
        if (phone && l.phone() != null) {
            contacts.add(new Contact(id, ContactKind.phone, l.phone()));
        }
    }

    /** The headers of the file whose cells the update copies, as the user named them. */
    private List<String> filled(Update u) {
        List<String> headers = new ArrayList<>();
        addHeader(headers, u.function(), "function");
        addHeader(headers, u.notes(), "notes");
        addHeader(headers, u.organisation(), "organisation");
        addHeader(headers, u.email(), "email");
        addHeader(headers, u.phone(), "phone");
        return headers;
    }

    private void addHeader(List<String> headers, boolean filled, String field) {
        if (filled) {
            headers.add(read.layout().header().cell(read.layout().column(field)));
        }
    }

    /** The same person when either side has no organisation or both name the same one. */
    private static boolean compatible(Stakeholder s, Line line) {
        return line.organisation() == null || s.organisationName() == null
                || Names.key(s.organisationName()).equals(Names.key(line.organisation()))
                || s.isOrganisation() && line.kind() == StakeholderKind.organisation;
    }
}
