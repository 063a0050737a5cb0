package org.campaigntracker.core.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.TestTracker;
import org.campaigntracker.core.common.ConflictException;
import org.campaigntracker.core.common.InvalidInputException;
import org.campaigntracker.core.common.NotFoundException;
import org.campaigntracker.core.position.CafFixture;
import org.campaigntracker.db.jooq.enums.StakeholderCategory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The September 2022 press kit of the reference campaign and the December coverage it led to. */
class OutreachServiceTest {

    private CafFixture caf;
    private Tracker tracker;
    private OutreachService outreach;
    private long collombat;

    @BeforeEach
    void setUp() {
        caf = new CafFixture(TestTracker.fresh(), "caf");
        tracker = caf.tracker;
        outreach = tracker.outreach();
        collombat = caf.stakeholder("Benoît Collombat", StakeholderCategory.media);
    }

    @Test
    void aPressKitIsTracedToTheCoverageItLedToWithOutletsReachedAndNot() {
        Outreach kit = outreach.add(caf.campaignId, kit());
        assertThat(kit.kind().words(Locale.FRENCH)).isEqualTo("dossier de presse");
        assertThat(outreach.find(caf.campaignId, "DOSSIER").id()).isEqualTo(kit.id());
        long radioFrance = caf.pressItem("Radio France", LocalDate.of(2022, 12, 9), "Quand des algorithmes notent");
        long franceInter = caf.pressItem("france inter", LocalDate.of(2022, 12, 10), "Après le journal de 13 h");
        caf.pressItem("Le Monde", LocalDate.of(2022, 12, 11), "Sans lien");
        outreach.linkPressItem(caf.campaignId, radioFrance, kit.id());
        outreach.linkPressItem(caf.campaignId, franceInter, kit.id());

        OutreachCoverage coverage = outreach.coverage(caf.campaignId).get(0);
        assertThat(coverage.items()).extracting(OutreachCoverage.Item::id).containsExactly(radioFrance, franceInter);
        assertThat(coverage.daysToCoverage()).isEqualTo(99);
        // Outlets compared without case or accents.
        assertThat(coverage.reached()).containsExactly("Radio France", "France Inter");
        assertThat(coverage.notReached()).containsExactly("Médiapart");
        // In the feed partners read, by demand or not, but never when they ask for a journalist's activity.
        var feed = tracker.activity().feed(caf.campaignId, false, new org.campaigntracker.core.activity.ActivityFilter(
                org.campaigntracker.core.activity.ActivityKind.outreach, null, null, null, null),
                org.campaigntracker.core.interaction.Page.first(10));
        assertThat(feed).singleElement().satisfies(e -> assertThat(e.title()).isEqualTo(kit.title()));
        assertThat(tracker.activity().feed(caf.campaignId, false, new org.campaigntracker.core.activity.ActivityFilter(
                null, null, collombat, null, null), org.campaigntracker.core.interaction.Page.first(10))).isEmpty();

        // The link is part of the press item: an update that keeps it keeps it, and it travels in the campaign file.
        var item = tracker.press().get(caf.campaignId, radioFrance);
        tracker.press().update(caf.campaignId, radioFrance, item.version(), new org.campaigntracker.core.press
                .PressItemDraft(item.outlet(), item.medium(), item.publishedOn(), item.title() + " (mis à jour)",
                item.url(), item.journalist(), item.reach(), item.tone(), item.summary(), item.themeIds(),
                item.demandIds(), item.quotedStakeholderIds(), item.testimonyIds(), item.outreachId()));
        assertThat(outreach.get(caf.campaignId, kit.id()).pressItemIds()).contains(radioFrance);
        var file = tracker.transfer().export(caf.campaignId);
        assertThat(file.outreach()).singleElement().satisfies(o -> assertThat(o.press()).hasSize(2));
        Tracker target = TestTracker.fresh();
        long imported = target.transfer().importCampaign(file).campaignId();
        assertThat(target.transfer().export(imported)).isEqualTo(file);
    }

    @Test
    void badInputWritesNothing() {
        outreach.add(caf.campaignId, kit());
        assertThatThrownBy(() -> outreach.add(caf.campaignId, kit())).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> outreach.add(caf.campaignId, new OutreachDraft(null, LocalDate.of(2101, 1, 1), " ",
                null, List.of(), List.of(), List.of(), List.of()))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("kind is required").hasMessageContaining("sent_on must be between")
                .hasMessageContaining("title is required");
        assertThatThrownBy(() -> outreach.add(caf.campaignId, new OutreachDraft(OutreachKind.pitch,
                LocalDate.of(2022, 9, 1), "Autre", null, List.of(), List.of(collombat + 999), List.of(), List.of())))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("journalist_ids");
        assertThatThrownBy(() -> outreach.linkPressItem(caf.campaignId, 999_999, null))
                .isInstanceOf(NotFoundException.class);
        assertThat(outreach.list(caf.campaignId)).hasSize(1);
    }

    private OutreachDraft kit() {
        return new OutreachDraft(OutreachKind.press_kit, LocalDate.of(2022, 9, 1), "Dossier de presse (septembre 2022)",
                OffsetDateTime.parse("2022-09-05T06:00:00+02:00"), List.of(), List.of(collombat),
                List.of("Radio France", "France Inter", "Médiapart"), List.of("Dossier de presse"));
    }
}
