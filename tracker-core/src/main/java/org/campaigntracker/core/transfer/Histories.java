package org.campaigntracker.core.transfer;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.campaigntracker.core.common.Check;
import org.campaigntracker.core.common.InvalidInputException;
import org.campaigntracker.core.stakeholder.StakeholderCategory;
import org.campaigntracker.core.transfer.CampaignFile.DemandData;
import org.campaigntracker.core.transfer.CampaignFile.DemandWording;
import org.campaigntracker.core.transfer.CampaignFile.StakeholderData;
import org.campaigntracker.core.transfer.CampaignFile.StakeholderState;
import org.campaigntracker.core.transfer.CampaignFile.ThemeData;
import org.campaigntracker.core.transfer.CampaignFile.ThemeWording;
import org.jooq.DSLContext;

/**
 * Earlier wordings of themes and demands and earlier roles, power and stance of stakeholders, which database triggers
 * keep on every edit. An import writes them back as rows (an edit would record "now" instead of when each wording
 * held), then moves each record's version past its last kept one so the next edit keeps a new version.
 */
final class Histories {

    private final TransferRepository repo;

    Histories(DSLContext dsl) {
        this.repo = new TransferRepository(dsl);
    }

    Map<Long, List<ThemeWording>> themes(long campaignId) {
        return grouped(repo.themeHistory(campaignId), TransferRepository.ThemeRevisionRow::owner,
                TransferRepository.ThemeRevisionRow::wording);
    }

    Map<Long, List<DemandWording>> demands(long campaignId, Refs themes) {
        return grouped(repo.demandHistory(campaignId), TransferRepository.DemandRevisionRow::owner, r -> {
            DemandWording w = r.wording();
            return new DemandWording(w.version(), themes.ref(r.themeId()), w.code(), w.title(), w.body(),
                    w.retiredOn(), w.validFrom(), w.validUntil());
        });
    }

    Map<Long, List<StakeholderState>> stakeholders(long campaignId, Refs stakeholders) {
        return grouped(repo.stakeholderHistory(campaignId), TransferRepository.StakeholderRevisionRow::owner, r -> {
            StakeholderState s = r.state();
            return new StakeholderState(s.version(), s.function(), stakeholders.ref(r.organisationId()),
                    s.category(), s.power(), s.stance(), s.validFrom(), s.validUntil());
        });
    }

    /** Writes the histories of the file's records, once every record they refer to exists. */
    void restore(CampaignFile file, Refs themes, Refs demands, Refs stakeholders) {
        String list = "themes";
        int entry = 0;
        try {
            for (entry = 1, list = "themes"; entry <= file.themes().size(); entry++) {
                restore(file.themes().get(entry - 1), themes.id(entry));
            }
            for (entry = 1, list = "demands"; entry <= file.demands().size(); entry++) {
                restore(file.demands().get(entry - 1), demands.id(entry), themes);
            }
            for (entry = 1, list = "stakeholders"; entry <= file.stakeholders().size(); entry++) {
                restore(file.stakeholders().get(entry - 1), stakeholders.id(entry), stakeholders);
            }
        } catch (InvalidInputException e) {
            throw new ImportFileException(list, entry, e);
        }
    }

    private void restore(ThemeData t, long id) {
        int last = 0;
        for (ThemeWording w : t.history()) {
            last = checked(last, w.version(), w.validFrom(), w.validUntil(), w.title());
            repo.insertThemeRevision(id, w);
        }
        if (last > 0) {
            repo.continueThemeHistory(id, last, t.history().get(t.history().size() - 1).validUntil());
        }
    }

    private void restore(DemandData d, long id, Refs themes) {
        int last = 0;
        for (DemandWording w : d.history()) {
            last = checked(last, w.version(), w.validFrom(), w.validUntil(), w.title());
            repo.insertDemandRevision(id, Importer.ref(themes, "theme", w.theme()), w);
        }
        if (last > 0) {
            repo.continueDemandHistory(id, last, d.history().get(d.history().size() - 1).validUntil());
        }
    }

    private void restore(StakeholderData s, long id, Refs stakeholders) {
        int last = 0;
        for (StakeholderState state : s.history()) {
            last = checked(last, state.version(), state.validFrom(), state.validUntil(), "-");
            Importer.value(StakeholderCategory.class, "category", state.category());
            Check.of().range("power", state.power(), 1, 5).range("stance", state.stance(), -2, 2).orThrow();
            repo.insertStakeholderRevision(id, Importer.optionalRef(stakeholders, "organisation",
                    state.organisation()), state);
        }
        if (last > 0) {
            repo.continueStakeholderHistory(id, last, s.history().get(s.history().size() - 1).validUntil());
        }
    }

    /** Versions go up, each kept state says when it held; returns the version. */
    private static int checked(int previous, int version, OffsetDateTime from, OffsetDateTime until, String title) {
        Check.of()
                .that(version > previous, "version", "not_before", previous + 1)
                .required("valid_from", from)
                .required("valid_until", until)
                .that(from == null || until == null || !until.isBefore(from), "valid_until", "not_before",
                        "valid_from")
                .notBlank("title", title)
                .orThrow();
        return version;
    }

    private static <R, V> Map<Long, List<V>> grouped(List<R> rows, Function<R, Long> owner, Function<R, V> value) {
        return rows.stream().collect(Collectors.groupingBy(owner, LinkedHashMap::new,
                Collectors.mapping(value, Collectors.toList())));
    }
}
