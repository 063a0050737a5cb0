package org.campaigntracker.core.outreach;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.campaigntracker.core.common.Check;
import org.campaigntracker.core.common.Names;
import org.campaigntracker.core.common.NotFoundException;
import org.campaigntracker.core.press.PressFilter;
import org.campaigntracker.core.press.PressItem;
import org.campaigntracker.core.press.PressService;
import org.campaigntracker.core.store.Change;
import org.campaigntracker.core.store.Transactions;

/** Use cases on the media outreach of one campaign; each public method is one unit of work. */
public final class OutreachService implements Outreaches {

    private final Transactions transactions;
    private final PressService press;

    public OutreachService(Transactions transactions, PressService press) {
        this.transactions = transactions;
        this.press = press;
    }

    @Override
    public Outreach add(long campaignId, OutreachDraft draft) {
        return transactions.write(campaignId, tx -> {
            OutreachRepository repo = new OutreachRepository(tx.dsl());
            checkReferences(repo, campaignId, draft);
            return existing(repo, campaignId, repo.insert(campaignId, draft));
        });
    }

    private static void checkReferences(OutreachRepository repo, long campaignId, OutreachDraft draft) {
        Check.of()
                .that(repo.demandsExist(campaignId, draft.demandIds()), "demand_ids", "db.reference")
                .that(repo.stakeholdersExist(campaignId, draft.journalistIds()), "journalist_ids", "db.reference")
                .orThrow();
    }

    /** Replaces the send as described, when nobody changed it since {@code expectedVersion}. */
    @Override
    public Outreach update(long campaignId, long id, int expectedVersion, OutreachDraft draft) {
        return transactions.write(campaignId, tx -> {
            OutreachRepository repo = new OutreachRepository(tx.dsl());
            existing(repo, campaignId, id);
            checkReferences(repo, campaignId, draft);
            repo.update(campaignId, id, expectedVersion, draft);
            return existing(repo, campaignId, id);
        });
    }

    public void delete(long campaignId, long id, int expectedVersion) {
        transactions.writeVoid(campaignId, tx -> new OutreachRepository(tx.dsl()).delete(campaignId, id,
                expectedVersion));
    }

    public Outreach get(long campaignId, long id) {
        return transactions.read(tx -> existing(new OutreachRepository(tx.dsl()), campaignId, id));
    }

    /** Oldest send first. */
    @Override
    public List<Outreach> list(long campaignId) {
        return transactions.read(tx -> new OutreachRepository(tx.dsl()).list(campaignId));
    }

    /** The press item was led to by this send (or, with null, by none known). */
    @Override
    public void linkPressItem(long campaignId, long pressItemId, Long outreachId) {
        transactions.writeVoid(campaignId, Change.pressItem(pressItemId), tx -> {
            OutreachRepository repo = new OutreachRepository(tx.dsl());
            if (outreachId != null) {
                existing(repo, campaignId, outreachId);
            }
            if (!repo.linkPressItem(campaignId, pressItemId, outreachId)) {
                throw new NotFoundException("press_item", pressItemId);
            }
        });
    }

    /** Press item id → the outreach that led to it. */
    public Map<Long, Long> pressLinks(long campaignId) {
        return transactions.read(tx -> new OutreachRepository(tx.dsl()).pressLinks(campaignId));
    }

    /** Outreach → coverage: for every send, the items it led to, the days to the first, outlets reached or not. */
    @Override
    public List<OutreachCoverage> coverage(long campaignId) {
        return transactions.read(tx -> {
            Map<Long, PressItem> items = press.list(campaignId, PressFilter.all()).stream()
                    .collect(Collectors.toMap(PressItem::id, Function.identity()));
            List<OutreachCoverage> report = new ArrayList<>();
            for (Outreach o : new OutreachRepository(tx.dsl()).list(campaignId)) {
                List<PressItem> led = o.pressItemIds().stream().map(items::get).toList();
                Set<String> covered = led.stream().map(p -> Names.key(p.outlet())).collect(Collectors.toSet());
                Long days = led.isEmpty() ? null : ChronoUnit.DAYS.between(o.sentOn(), led.get(0).publishedOn());
                report.add(new OutreachCoverage(o, led.stream().map(p -> new OutreachCoverage.Item(p.id(),
                        p.publishedOn(), p.outlet(), p.title())).toList(), days,
                        o.outlets().stream().filter(out -> covered.contains(Names.key(out))).toList(),
                        o.outlets().stream().filter(out -> !covered.contains(Names.key(out))).toList()));
            }
            return report;
        });
    }

    private static Outreach existing(OutreachRepository repo, long campaignId, long id) {
        return repo.find(campaignId, id).orElseThrow(() -> new NotFoundException("outreach", id));
    }
}
