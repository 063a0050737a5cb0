package org.campaigntracker.core.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.campaigntracker.core.interaction.Interaction;
import org.campaigntracker.core.interaction.LoggedBy;
import org.campaigntracker.core.interaction.InteractionKind;
import org.campaigntracker.core.interaction.InteractionDraft;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.common.TrackerException;
import org.campaigntracker.core.demand.Demand;
import org.campaigntracker.core.demand.DemandDraft;
import org.campaigntracker.core.demand.Theme;
import org.campaigntracker.core.demand.ThemeDraft;
import org.campaigntracker.core.demo.DemoLoader;
import org.campaigntracker.core.member.Member;
import org.campaigntracker.core.member.MemberDraft;
import org.campaigntracker.core.member.MemberKind;
import org.campaigntracker.core.press.PressFilter;
import org.campaigntracker.core.publish.PublicKind;
import org.campaigntracker.core.publish.PublicView;
import org.campaigntracker.core.publish.PublishService;
import org.campaigntracker.core.seal.DataKey;
import org.campaigntracker.core.seal.DataKeyException;
import org.campaigntracker.core.privacy.Person;
import org.campaigntracker.core.seal.Sealer;
import org.campaigntracker.core.stakeholder.Stakeholder;
import org.campaigntracker.core.stakeholder.StakeholderDraft;
import org.campaigntracker.core.testimony.Testimony;
import org.campaigntracker.core.transfer.CampaignFile.ConsentData;
import org.campaigntracker.core.transfer.CampaignFile.PressData;
import org.campaigntracker.core.transfer.CampaignFile.TestimonyData;
import org.campaigntracker.db.jooq.DefaultSchema;
import org.campaigntracker.db.testing.TestPostgres;
import org.jooq.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A whole campaign through a file, on the reference campaign of the demo (testimonies with consents and sealed
 * identities, trainings) plus wording, role and stance histories: the file carries everything, sealed where the
 * database seals, and nothing is written when the file cannot be imported whole.
 */
class TransferServiceTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
    private static final String SLUG = "caf-cog-2023";

    private final Sealer sealer = Sealer.of(DataKey.generate());
    private Tracker source;
    private final List<Tracker> opened = new ArrayList<>();

    @BeforeEach
    void loadDemoWithHistories() {
        source = open(sealer);
        DemoLoader.load(source);
        addHistories(source, source.campaigns().get(SLUG).id());
    }

    @AfterEach
    void close() {
        opened.forEach(Tracker::close);
    }

    @Test
    void exportImportIntoAnEmptyDatabaseAndExportAgainGivesTheSameCampaign() {
        CampaignFile first = source.transfer().export(campaign(source));
        assertThat(first.format()).isEqualTo(2);
        assertThat(first.testimonies()).extracting(TestimonyData::pseudonym)
                .contains("Isabelle", "Valentin", "Sandrine", "Karim");
        assertThat(first.testimonies()).flatExtracting(TestimonyData::consents).extracting(ConsentData::withdrawnOn)
                .contains(LocalDate.of(2022, 12, 1));
        assertThat(first.press()).anySatisfy(p -> assertThat(p.testimonies()).isNotEmpty());
        assertThat(first.trainings()).isNotEmpty().allSatisfy(t -> assertThat(t.attendees()).isNotEmpty());
        assertThat(first.themes()).anySatisfy(t -> assertThat(t.history()).hasSize(1));
        assertThat(first.demands()).anySatisfy(d -> assertThat(d.history()).hasSize(2));
        assertThat(first.stakeholders()).anySatisfy(s -> assertThat(s.history()).hasSize(1));
        assertThat(first.members()).anySatisfy(m -> assertThat(m.language()).isEqualTo("fr"))
                .anySatisfy(m -> assertThat(m.leftOn()).isEqualTo(LocalDate.of(2023, 6, 30)));
        assertThat(first.stewardship()).anySatisfy(s -> assertThat(s.cadenceDays()).isEqualTo(30))
                .allSatisfy(s -> assertThat(s.owner()).isNotNull());
        assertThat(first.access()).extracting(CampaignFile.AccessData::score).contains(2, 4, 5);
        assertThat(first.interactions()).anySatisfy(i -> assertThat(i.rejectionReason()).startsWith("Même rencontre"))
                .anySatisfy(i -> assertThat(i.status()).isEqualTo("planned"))
                .anySatisfy(i -> assertThat(i.organisation()).isNotNull())
                .anySatisfy(i -> assertThat(i.loggedByMember()).isNotNull())
                .anySatisfy(i -> assertThat(i.loggedByOrganisation()).isNotNull());
        assertThat(first.campaign().doubleAskDays()).isEqualTo(14);
        assertThat(first.members()).anySatisfy(m -> assertThat(m.contact()).startsWith("ct1:")
                .doesNotContain("changerdecap"));

        Tracker target = open(sealer);
        TransferService.Imported imported = target.transfer().importCampaign(first);
        assertThat(imported.erasedAgain()).isEmpty();
        assertThat(target.transfer().export(imported.campaignId())).isEqualTo(first);

        // The imported campaign is alive: identities open, and the next edit keeps the next version of the wording.
        long c = imported.campaignId();
        Testimony isabelle = target.testimonies().find(c, "Isabelle");
        assertThat(target.testimonies().identity(c, isabelle.id()).orElseThrow().fullName())
                .isEqualTo("Isabelle Morel");
        Demand d = target.demands().findDemand(c, "1.1");
        target.demands().updateDemand(c, d.id(), d.version(), new DemandDraft(d.themeId(), d.code(), "Encore",
                d.body(), null));
        assertThat(target.demands().demandHistory(c, d.id())).hasSize(3).last()
                .satisfies(r -> assertThat(r.version()).isEqualTo(3));
    }

    @Test
    void whatIsPublishedTravelsAndThePublicPageComesBackTheSame() {
        long c = campaign(source);
        PublishService publish = source.publish();
        for (PublicKind kind : PublicKind.values()) {
            Set<Long> ids = switch (kind) {
                case position -> Set.of(source.positions().all(c).get(0).id());
                case commitment -> Set.of(source.commitments().list(c, null, null, null).get(0).id());
                case press -> Set.of(source.press().list(c, PressFilter.all()).get(0).id());
                case milestone -> Set.of(source.plan().milestones(c).get(0).id());
                case mobilisation -> Set.of(source.mobilisations().list(c).get(0).id());
            };
            ids.forEach(id -> publish.mark(c, kind, id, true));
        }
        publish.publish(c);
        CampaignFile file = source.transfer().export(c);
        assertThat(file.campaign().published()).isNotNull();
        assertThat(file.positions()).filteredOn(CampaignFile.PositionData::published).hasSize(1);
        assertThat(file.commitments()).filteredOn(CampaignFile.CommitmentData::published).hasSize(1);
        assertThat(file.press()).filteredOn(PressData::published).hasSize(1);
        assertThat(file.milestones()).filteredOn(CampaignFile.MilestoneData::published).hasSize(1);
        assertThat(file.mobilisations()).filteredOn(CampaignFile.MobilisationData::published).hasSize(1);

        Tracker target = open(sealer);
        long imported = target.transfer().importCampaign(file).campaignId();
        assertThat(target.transfer().export(imported)).isEqualTo(file);
        assertThat(target.publish().publishedAt(imported)).isEqualTo(publish.publishedAt(c));
        PublicView before = publish.preview(c);
        PublicView after = target.publish().preview(imported);
        for (var part : List.<java.util.function.Function<PublicView, List<?>>>of(PublicView::positions,
                PublicView::commitments, PublicView::press, PublicView::milestones)) {
            assertThat(part.apply(after)).hasSize(1);
            assertThat(withoutIds(part.apply(after))).isEqualTo(withoutIds(part.apply(before)));
        }
    }

    private static String withoutIds(List<?> views) {
        return views.toString().replaceAll("[iI]d=[0-9]+", "");
    }

    @Test
    void theFileHoldsPersonalDataOnlySealed() {
        CampaignFile file = source.transfer().export(campaign(source));
        List<String> sealed = new ArrayList<>();
        file.stakeholders().forEach(s -> s.contacts().forEach(p -> sealed.add(p.value())));
        file.testimonies().forEach(t -> {
            sealed.add(t.story());
            if (t.identity() != null) {
                sealed.add(t.identity().fullName());
                sealed.add(t.identity().contact());
            }
        });
        assertThat(sealed).isNotEmpty().allSatisfy(v -> assertThat(v).satisfiesAnyOf(
                x -> assertThat(x).isNull(), x -> assertThat(x).startsWith("ct1:" + sealer.current().id() + ":")));
        assertThat(file.toString()).doesNotContain("Isabelle Morel", "karim.benali@example.org", "27 mois");
    }

    @Test
    void anEntryBreakingARuleFailsNamingItAndLeavesNoRow() {
        CampaignFile file = source.transfer().export(campaign(source));
        List<TestimonyData> testimonies = new ArrayList<>(file.testimonies());
        TestimonyData third = testimonies.get(2);
        List<ConsentData> consents = new ArrayList<>(third.consents());
        ConsentData c = consents.get(0);
        consents.set(0, new ConsentData("sometimes", c.naming(), c.givenOn(), c.expiresOn(), c.withdrawnOn(),
                c.recordedBy()));
        testimonies.set(2, new TestimonyData(third.pseudonym(), third.story(), third.collectedOn(),
                third.collectedBy(), third.demands(), third.themes(), consents, third.identity()));
        Tracker target = open(sealer);
        Map<String, Integer> before = rowCounts(target);

        assertThatThrownBy(() -> target.transfer().importCampaign(withTestimonies(file, testimonies)))
                .isInstanceOf(ImportFileException.class)
                .satisfies(e -> assertThat(((TrackerException) e).message(Locale.ENGLISH))
                        .startsWith("testimonies #3: use does not accept “sometimes”")
                        .endsWith("nothing was imported"))
                .satisfies(e -> assertThat(((TrackerException) e).message(Locale.FRENCH))
                        .startsWith("testimonies n° 3 : "));
        assertThat(rowCounts(target)).isEqualTo(before);
    }

    @Test
    void aPressItemDatedOutsideTheCampaignRangeRefusesTheWholeFile() {
        CampaignFile file = source.transfer().export(campaign(source));
        List<PressData> press = new ArrayList<>(file.press());
        PressData p = press.get(1);
        press.set(1, new PressData(p.outlet(), p.medium(), LocalDate.of(9999, 12, 31), p.title(), p.url(),
                p.journalist(), p.reach(), p.tone(), p.summary(), p.themes(), p.demands(), p.quoted(),
                p.testimonies(), p.published()));
        CampaignFile bad = new CampaignFile(file.format(), file.campaign(), file.themes(), file.demands(),
                file.stakeholders(), file.relationships(), file.members(), file.interactions(), press,
                file.positions(), file.commitments(), file.milestones(), file.followUps(), file.trainings(),
                file.testimonies(), file.mobilisations(), file.outreach(), file.stewardship(), file.access());
        Tracker target = open(sealer);
        Map<String, Integer> before = rowCounts(target);

        assertThatThrownBy(() -> target.transfer().importCampaign(bad))
                .isInstanceOf(ImportFileException.class)
                .satisfies(e -> assertThat(((TrackerException) e).message(Locale.ENGLISH))
                        .startsWith("press #2: published_on must be between 1900-01-01 and 2100-12-31")
                        .endsWith("nothing was imported"));
        assertThat(rowCounts(target)).isEqualTo(before);
    }

    @Test
    void withoutTheDataKeyTheImportFailsAndWritesNothing() {
        CampaignFile file = source.transfer().export(campaign(source));
        Tracker otherKey = open(Sealer.of(DataKey.generate()));
        Map<String, Integer> before = rowCounts(otherKey);

        assertThatThrownBy(() -> otherKey.transfer().importCampaign(file))
                .isInstanceOf(DataKeyException.class)
                .hasMessageContaining("sealed with data key " + sealer.current().id())
                .hasMessageContaining("Nothing was imported");
        assertThat(rowCounts(otherKey)).isEqualTo(before);

        // A retired key is enough: the values are re-sealed with the current one.
        Tracker rotated = open(new Sealer(DataKey.generate(), List.of(sealer.current())));
        long c = rotated.transfer().importCampaign(file).campaignId();
        Testimony karim = rotated.testimonies().find(c, "Karim");
        assertThat(rotated.testimonies().identity(c, karim.id()).orElseThrow().contact())
                .isEqualTo("karim.benali@example.org");
        assertThat(rotated.transfer().export(c).testimonies()).allSatisfy(t -> assertThat(t.story())
                .startsWith("ct1:" + rotated.sealer().current().id() + ":"));
    }

    @Test
    void aForgottenPersonStaysForgottenAfterImportingAnOlderExport() {
        long caf = campaign(source);
        CampaignFile older = source.transfer().export(caf);
        Stakeholder grivel = source.stakeholders().find(caf, "grivel");
        source.privacy().forget(caf, new Person(Person.Kind.STAKEHOLDER, grivel.id(), grivel.name()));
        Testimony isabelle = source.testimonies().find(caf, "Isabelle");
        source.privacy().forget(caf, new Person(Person.Kind.TESTIMONY, isabelle.id(), isabelle.pseudonym()));
        source.campaigns().delete(SLUG, source.campaigns().get(SLUG).version());

        TransferService.Imported again = source.transfer().importCampaign(older);

        long c = again.campaignId();
        assertThat(again.erasedAgain()).extracting(Person::label).containsExactlyInAnyOrder(grivel.name(), "Isabelle");
        assertThat(source.testimonies().identity(c, source.testimonies().find(c, "Isabelle").id())).isEmpty();
        assertThat(source.testimonies().identity(c, source.testimonies().find(c, "Valentin").id())).isPresent();
        CampaignFile now = source.transfer().export(c);
        assertThat(now.toString()).doesNotContain("Grivel");
        assertThat(now.stakeholders()).anySatisfy(s -> assertThat(s.name()).startsWith("[erased person #"))
                .allSatisfy(s -> assertThat(s.name()).isNotEqualTo(grivel.name()));
        // The new ids are in the ledger too, so a restore of an older backup erases them again.
        assertThat(source.privacy().ledger()).filteredOn(e -> e.campaignId() == c).hasSize(2);
    }

    @Test
    void aFormatOneFileStillImportsAndAnUnknownFormatIsRefused() {
        CampaignFile v1 = new CampaignFile(1, new CampaignFile.CampaignData("ancien", "Ancien format", null, null,
                null, "fr", null, null), null, null, List.of(new CampaignFile.StakeholderData("person", "Claire Hédon",
                "Défenseure des droits", null, "intermediate_target", 4, 1, null,
                List.of(new CampaignFile.ContactData("email", "claire.hedon@example.org", null, true)), null)),
                null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        Tracker target = open(sealer);
        long c = target.transfer().importCampaign(v1).campaignId();
        Stakeholder hedon = target.stakeholders().find(c, "hedon");
        assertThat(target.contactPoints().list(c, hedon.id())).singleElement()
                .satisfies(p -> assertThat(p.value()).isEqualTo("claire.hedon@example.org"));
        CampaignFile exported = target.transfer().export(c);
        assertThat(exported.format()).isEqualTo(2);
        assertThat(exported.stakeholders().get(0).contacts().get(0).value()).startsWith("ct1:");

        CampaignFile future = new CampaignFile(3, v1.campaign(), null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null);
        assertThatThrownBy(() -> target.transfer().importCampaign(future)).isInstanceOf(ImportFileException.class)
                .hasMessageStartingWith("this file is in format 3");
    }

    private Tracker open(Sealer key) {
        Tracker t = Tracker.over(TestPostgres.freshDatabase().simpleDataSource(), NOW, key);
        opened.add(t);
        return t;
    }

    private static long campaign(Tracker t) {
        return t.campaigns().get(SLUG).id();
    }

    /** The coalition rewords a theme once and a demand twice, and Grivel's stance changes after a meeting. */
    private static void addHistories(Tracker t, long c) {
        // A member with a language, and one who left: both travel.
        Member valerie = t.members().find(c, "valerie");
        valerie = t.members().update(c, valerie.id(), valerie.version(), new MemberDraft(valerie.displayName(),
                valerie.kind(), valerie.organisationId(), valerie.notes(), "fr", "valerie@changerdecap.example"));
        Member gone = t.members().add(c, new MemberDraft("Bénévole partie", MemberKind.volunteer, null, null, "en"));
        t.members().leave(c, gone.id(), gone.version(), LocalDate.of(2023, 6, 30));
        Theme theme = t.demands().findTheme(c, "2");
        t.demands().updateTheme(c, theme.id(), theme.version(), new ThemeDraft(theme.code(), theme.position(),
                theme.title() + " (révisé)", theme.description(), null));
        Demand d = t.demands().findDemand(c, "1.1");
        d = t.demands().updateDemand(c, d.id(), d.version(), new DemandDraft(d.themeId(), d.code(),
                d.title() + " (v2)", d.body(), null));
        t.demands().updateDemand(c, d.id(), d.version(), new DemandDraft(d.themeId(), d.code(), d.title() + " (v3)",
                d.body(), null));
        Stakeholder grivel = t.stakeholders().find(c, "grivel");
        // Who logged a meeting, and a partner's contribution the coordinators rejected: both travel.
        t.interactions().log(c, InteractionDraft.of(InteractionKind.CALL, LocalDate.of(2023, 2, 2),
                "Appel au cabinet du directeur", List.of(grivel.id())), LoggedBy.member(valerie.id()));
        Interaction contributed = t.interactions().contribute(c, t.stakeholders().find(c, "Fondation Abbé Pierre").id(),
                InteractionDraft.of(InteractionKind.MEETING, LocalDate.of(2023, 2, 3), "Rencontre en double",
                        List.of(grivel.id())));
        t.interactions().reject(c, contributed.id(), contributed.version(), "Même rencontre que celle du 17 janvier");
        StakeholderDraft s = grivel.toDraft();
        t.stakeholders().update(c, grivel.id(), grivel.version(), new StakeholderDraft(s.kind(), s.name(),
                s.function(), s.organisationId(), s.category(), s.power(), 1, s.notes()));
    }

    private static CampaignFile withTestimonies(CampaignFile f, List<TestimonyData> testimonies) {
        return new CampaignFile(f.format(), f.campaign(), f.themes(), f.demands(), f.stakeholders(),
                f.relationships(), f.members(), f.interactions(), f.press(), f.positions(), f.commitments(),
                f.milestones(), f.followUps(), f.trainings(), testimonies, f.mobilisations(),
                f.outreach(), f.stewardship(), f.access());
    }

    private static Map<String, Integer> rowCounts(Tracker t) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            if (!table.getName().startsWith("databasechangelog") && !table.getName().equals("schema_stamp")) {
                counts.put(table.getName(), t.dsl().fetchCount(table));
            }
        }
        return counts;
    }
}
