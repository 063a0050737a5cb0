package org.campaigntracker.core.privacy;

import org.campaigntracker.core.retry.IdempotentRequests;
import org.campaigntracker.core.seal.Sealer;
import org.campaigntracker.core.seal.DataKey;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.campaigntracker.core.audit.AuditService;
import org.campaigntracker.core.common.InvalidInputException;
import org.campaigntracker.core.stakeholder.ContactPoint;
import org.campaigntracker.core.stakeholder.ContactPointService;
import org.campaigntracker.core.stakeholder.Stakeholder;
import org.campaigntracker.core.stakeholder.StakeholderService;
import org.campaigntracker.core.testimony.Testimony;
import org.campaigntracker.core.testimony.TestimonyIdentity;
import org.campaigntracker.core.testimony.TestimonyService;
import org.campaigntracker.core.store.Transactions;
import org.jooq.DSLContext;

/**
 * The rights of the people the tracker holds data about: access ({@link #export}), erasure ({@link #forget}, kept
 * in a ledger and re-applied after a restore), retention ({@link #sweep}), and the data key's rotation.
 */
public final class PrivacyService {

    /** What replaces an erased name or contact in free text. */
    public static final String REDACTED = "[erased]";

    private final Transactions transactions;
    private final Sealer sealer;
    private final Clock clock;
    private final StakeholderService stakeholders;
    private final ContactPointService contactPoints;
    private final TestimonyService testimonies;
    private final AuditService audit;
    private final SubjectExport subjects;
    private final IdempotentRequests retries;

    public PrivacyService(Transactions transactions, Sealer sealer, Clock clock, StakeholderService stakeholders,
                          ContactPointService contactPoints, TestimonyService testimonies, AuditService audit,
                          SubjectExport subjects, IdempotentRequests retries) {
        this.transactions = transactions;
        this.sealer = sealer;
        this.clock = clock;
        this.stakeholders = stakeholders;
        this.contactPoints = contactPoints;
        this.testimonies = testimonies;
        this.audit = audit;
        this.subjects = subjects;
        this.retries = retries;
    }

    /** A person on the map (by name, as {@code stakeholder find} matches it) or a witness (pseudonym or id). */
    public Person person(long campaignId, Person.Kind kind, String reference) {
        if (kind == Person.Kind.STAKEHOLDER) {
            Stakeholder s = stakeholders.find(campaignId, reference);
            if (s.isOrganisation()) {
                throw InvalidInputException.of("person", "kind", "person");
            }
            return new Person(kind, s.id(), s.name());
        }
        Testimony t = testimonies.find(campaignId, reference);
        return new Person(kind, t.id(), t.pseudonym());
    }

    public Map<String, Object> export(long campaignId, Person person) {
        return transactions.transaction(tx -> subjects.of(campaignId, person));
    }

    /**
     * Erases the person's identity and contact points, redacts their name and contacts from the campaign's free
     * text, and records the erasure in the ledger. What is not identifying stays: the rows, their links, the counts.
     */
    public ErasureReport forget(long campaignId, Person person) {
        return transactions.write(campaignId, tx -> {
            ErasureReport report = erase(tx.dsl(), campaignId, person);
            String fingerprint = sealer.current().fingerprint(person.label());
            new PrivacyRepository(tx.dsl()).record(campaignId, person.kind(), person.id(), fingerprint, "forget");
            return report;
        });
    }

    public List<ErasureEntry> ledger() {
        return transactions.read(tx -> new PrivacyRepository(tx.dsl()).ledger());
    }

    /** Erases again everything the ledger lists (after restoring an older backup); returns how many records. */
    public int reapplyLedger() {
        return transactions.transaction(tx -> {
            int n = 0;
            for (ErasureEntry e : new PrivacyRepository(tx.dsl()).ledger()) {
                Person.Kind kind = Person.Kind.fromCode(e.subject());
                if (stillHolds(tx.dsl(), e.campaignId(), kind, e.subjectId())) {
                    erase(tx.dsl(), e.campaignId(), new Person(kind, e.subjectId(), ""));
                    tx.changed(e.campaignId());
                    n++;
                }
            }
            return n;
        });
    }

    /**
     * For a campaign just created from an export file: erases again whoever the ledger says was forgotten in a
     * campaign since deleted, matched by the fingerprint of their name (a witness: of the pseudonym) under every key
     * this tracker holds, and records them under their new ids. Called inside the import's unit of work, it joins it.
     */
    public List<Person> reapplyToImported(long campaignId) {
        List<DataKey> keys = sealer.keys();
        return transactions.write(campaignId, tx -> {
            PrivacyRepository repo = new PrivacyRepository(tx.dsl());
            List<Person> erased = new ArrayList<>();
            for (Person.Kind kind : Person.Kind.values()) {
                java.util.Set<String> gone = repo.fingerprintsOfDeletedCampaigns(kind);
                for (Person p : gone.isEmpty() ? List.<Person>of() : people(campaignId, kind)) {
                    if (keys.stream().anyMatch(k -> gone.contains(k.fingerprint(p.label())))) {
                        forget(campaignId, p);
                        erased.add(p);
                    }
                }
            }
            return erased;
        });
    }

    private List<Person> people(long campaignId, Person.Kind kind) {
        return kind == Person.Kind.STAKEHOLDER
                ? stakeholders.list(campaignId).stream().filter(s -> !s.isOrganisation())
                        .map(s -> new Person(kind, s.id(), s.name())).toList()
                : testimonies.list(campaignId).stream()
                        .map(t -> new Person(kind, t.id(), t.pseudonym())).toList();
    }

    /** Applies the retention rules; a dry run only reports. */
    public SweepReport sweep(RetentionRules rules, boolean dryRun) {
        LocalDate today = LocalDate.now(clock);
        OffsetDateTime auditLimit = OffsetDateTime.now(clock).minusDays(rules.auditDays());
        return transactions.transaction(tx -> {
            PrivacyRepository repo = new PrivacyRepository(tx.dsl());
            List<Long> expired = repo.identitiesWithoutConsentSince(today.minusDays(rules.identityDays()));
            if (dryRun) {
                return new SweepReport(true, expired, audit.countBefore(auditLimit));
            }
            for (long testimonyId : expired) {
                long campaignId = repo.campaignOfTestimony(testimonyId);
                erase(tx.dsl(), campaignId, new Person(Person.Kind.TESTIMONY, testimonyId, ""));
                tx.changed(campaignId);
                // The pseudonym's fingerprint lets an import of an older export recognise the witness.
                String pseudonym = testimonies.get(campaignId, testimonyId).pseudonym();
                repo.record(campaignId, Person.Kind.TESTIMONY, testimonyId,
                        sealer.current().fingerprint(pseudonym), "sweep");
            }
            return new SweepReport(false, expired, audit.prune(auditLimit));
        });
    }

    /** Re-encrypts every sealed value with {@code next}'s current key; {@code next} must open the old values. */
    public int rotateKey(Sealer next) {
        return transactions.transaction(tx -> new PrivacyRepository(tx.dsl()).reseal(next));
    }

    private boolean stillHolds(DSLContext dsl, long campaignId, Person.Kind kind, long id) {
        return kind == Person.Kind.STAKEHOLDER
                ? new PrivacyRepository(dsl).stakeholderNeedsErasure(id, erasedName(id))
                : testimonies.list(campaignId).stream().anyMatch(t -> t.id() == id)
                        && testimonies.identity(campaignId, id).isPresent();
    }

    private ErasureReport erase(DSLContext dsl, long campaignId, Person person) {
        PrivacyRepository repo = new PrivacyRepository(dsl);
        // The answers kept for retries may repeat the person's name or contacts: they go with the erasure.
        retries.forgetCampaign(campaignId);
        List<String> needles = new ArrayList<>();
        int contacts = 0;
        if (person.kind() == Person.Kind.STAKEHOLDER) {
            Stakeholder s = stakeholders.get(campaignId, person.id());
            List<ContactPoint> points = contactPoints.list(campaignId, person.id());
            contacts = points.size();
            if (!s.name().equals(erasedName(person.id()))) {
                needles.addAll(nameParts(s.name()));
            }
            points.forEach(p -> needles.add(p.value()));
            repo.eraseStakeholder(person.id(), erasedName(person.id()));
        } else {
            Testimony t = testimonies.get(campaignId, person.id());
            TestimonyIdentity identity = testimonies.identity(campaignId, t.id()).orElse(null);
            if (identity != null) {
                contacts = identity.contact() == null ? 0 : 1;
                needles.addAll(nameParts(identity.fullName()));
                needles.add(identity.contact());
            }
            repo.eraseTestimonyIdentity(t.id());
        }
        return new ErasureReport(person, contacts, repo.redact(campaignId, needles, REDACTED));
    }

    /** The full name, and the family name alone when it is long enough not to match ordinary words. */
    static List<String> nameParts(String name) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        String[] words = name.strip().split("\\s+");
        String last = words[words.length - 1];
        return words.length > 1 && last.length() >= 4 ? List.of(name.strip(), last) : List.of(name.strip());
    }

    static String erasedName(long stakeholderId) {
        return String.format(Locale.ROOT, "[erased person #%d]", stakeholderId);
    }
}
