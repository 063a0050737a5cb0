package org.campaigntracker.core.stakeholder;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.campaigntracker.core.interaction.Page;
import org.campaigntracker.core.store.Change;
import org.campaigntracker.core.store.ChangeLog;
import org.campaigntracker.core.store.ReadModel;
import org.campaigntracker.core.store.Transactions;

/**
 * Each campaign's stakeholders in list order (name, then id), kept in memory so the pages of the unfiltered list cost
 * no query. Logging interactions and the other changes that are told ({@link Change}) leave every stakeholder row as
 * it is: the list is kept through them, and read again after anything else (stakeholder writes tell nothing).
 */
final class StakeholderDirectory {

    /** The told changes that write no stakeholder row; a kind added later is not among them until it is checked. */
    private static final Set<Change.Kind> LEAVE_STAKEHOLDERS = EnumSet.of(Change.Kind.INTERACTION_ADDED,
            Change.Kind.INTERACTION, Change.Kind.PRESS_ITEM, Change.Kind.POSITION, Change.Kind.DEMAND,
            Change.Kind.THEME, Change.Kind.MILESTONE, Change.Kind.COMMITMENT, Change.Kind.MOBILISATION);

    private final Transactions transactions;
    private final ReadModel<List<Stakeholder>> lists;

    StakeholderDirectory(Transactions transactions) {
        this.transactions = transactions;
        this.lists = new ReadModel<>(transactions);
    }

    List<Stakeholder> page(long campaignId, Page page) {
        List<Stakeholder> all = lists.get(campaignId, list -> true, kept -> refresh(campaignId, kept));
        int from = Math.min(page.offset(), all.size());
        return all.subList(from, (int) Math.min(all.size(), (long) from + page.limit()));
    }

    private ReadModel.Kept<List<Stakeholder>> refresh(long campaignId, ReadModel.Kept<List<Stakeholder>> kept) {
        if (kept != null) {
            ChangeLog.Mark mark = transactions.read(tx -> transactions.changes().mark(tx.dsl(), campaignId));
            Set<Change> changes = transactions.changesBetween(campaignId, kept.mark(), mark);
            if (changes != null && changes.stream().allMatch(c -> LEAVE_STAKEHOLDERS.contains(c.kind()))) {
                return new ReadModel.Kept<>(kept.value(), mark);
            }
        }
        return transactions.snapshot(tx -> {
            ChangeLog.Mark mark = transactions.changes().mark(tx.dsl(), campaignId);
            return new ReadModel.Kept<>(List.copyOf(new StakeholderRepository(tx.dsl())
                    .stakeholders(campaignId, StakeholderFilter.ALL)), mark);
        });
    }
}
