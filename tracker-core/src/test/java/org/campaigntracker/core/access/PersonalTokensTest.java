package org.campaigntracker.core.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import org.campaigntracker.core.TestTracker;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.campaign.CampaignDraft;
import org.campaigntracker.core.common.InvalidInputException;
import org.campaigntracker.core.member.Member;
import org.campaigntracker.core.member.MemberDraft;
import org.campaigntracker.core.member.MemberKind;
import org.campaigntracker.core.stakeholder.Stakeholder;
import org.campaigntracker.core.stakeholder.StakeholderCategory;
import org.campaigntracker.core.stakeholder.StakeholderDraft;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Tokens that belong to a member or a partner organisation: who they name, leaving, expiry, rotation, last use. */
class PersonalTokensTest {

    private Tracker tracker;
    private TokenService tokens;
    private long caf;
    private Member valerie;
    private Stakeholder secours;

    @BeforeEach
    void setUp() {
        tracker = TestTracker.fresh();
        tokens = tracker.tokens();
        caf = tracker.campaigns().create(CampaignDraft.of("caf", "CAF")).id();
        valerie = tracker.members().add(caf, new MemberDraft("Valérie", MemberKind.coordinator, null, null, "fr"));
        secours = tracker.stakeholders().add(caf,
                StakeholderDraft.organisation("Secours catholique", StakeholderCategory.ally));
    }

    @Test
    void aTokenNamesItsOwnerAndAPartnersLastsAYear() {
        IssuedToken mine = tokens.create(caf, Role.COORDINATOR, TokenOwner.member(valerie.id()), "laptop", null);
        assertThat(mine.token().owner()).isEqualTo("Valérie");
        assertThat(mine.token().who()).isEqualTo("Valérie");
        assertThat(mine.token().label()).isEqualTo("laptop");
        assertThat(mine.token().expiresAt()).isNull();

        IssuedToken partner = tokens.create(caf, Role.PARTNER, TokenOwner.organisation(secours.id()), null, null);
        assertThat(partner.token().owner()).isEqualTo("Secours catholique");
        assertThat(partner.token().label()).as("the owner's name by default").isEqualTo("Secours catholique");
        assertThat(Duration.between(partner.token().createdAt(), partner.token().expiresAt()))
                .isEqualTo(TokenService.PARTNER_DEFAULT_VALIDITY);
        assertThat(tokens.authenticate(partner.value())).isPresent();
    }

    @Test
    void aMemberWhoLeavesLosesEveryTokenAtOnceAndGetsNoNewOne() {
        IssuedToken laptop = tokens.create(caf, Role.COORDINATOR, TokenOwner.member(valerie.id()), "laptop", null);
        IssuedToken phone = tokens.create(caf, Role.COORDINATOR, TokenOwner.member(valerie.id()), "phone", null);
        IssuedToken other = tokens.create(caf, Role.ADVISER, "adviser", null);

        Member left = tracker.members().leave(caf, valerie.id(), valerie.version(), LocalDate.of(2023, 6, 30));
        assertThat(left.leftOn()).isEqualTo(LocalDate.of(2023, 6, 30));
        assertThat(left.active()).isFalse();
        assertThat(tokens.authenticate(laptop.value())).isEmpty();
        assertThat(tokens.authenticate(phone.value())).isEmpty();
        assertThat(tokens.authenticate(other.value())).as("someone else's token").isPresent();
        assertThatThrownBy(() -> tokens.create(caf, Role.COORDINATOR, TokenOwner.member(valerie.id()), null, null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("member");
        assertThat(tracker.members().list(caf)).extracting(Member::displayName).contains("Valérie");
    }

    @Test
    void deletingAMemberOrAnOrganisationRevokesTheirTokensRatherThanLeavingThemOwnerless() {
        IssuedToken mine = tokens.create(caf, Role.COORDINATOR, TokenOwner.member(valerie.id()), "laptop", null);
        IssuedToken theirs = tokens.create(caf, Role.PARTNER, TokenOwner.organisation(secours.id()), null, null);
        IssuedToken other = tokens.create(caf, Role.ADVISER, "adviser", null);

        tracker.members().delete(caf, valerie.id(), valerie.version());
        Stakeholder org = tracker.stakeholders().get(caf, secours.id());
        tracker.stakeholders().delete(caf, org.id(), org.version());

        assertThat(tokens.authenticate(mine.value())).as("a deleted member's token").isEmpty();
        assertThat(tokens.authenticate(theirs.value())).as("a deleted organisation's token").isEmpty();
        assertThat(tokens.authenticate(other.value())).as("someone else's token").isPresent();
        assertThat(tokens.list(caf)).filteredOn(t -> t.revokedAt() == null).extracting(ApiToken::label)
                .containsExactly("adviser");
    }

    @Test
    void aCampaignWithMembersAndOrganisationsHoldingTokensCanStillBeDeleted() {
        tokens.create(caf, Role.COORDINATOR, TokenOwner.member(valerie.id()), "laptop", null);
        tokens.create(caf, Role.PARTNER, TokenOwner.organisation(secours.id()), null, null);
        var campaign = tracker.campaigns().get(caf);
        tracker.campaigns().delete(campaign.slug(), campaign.version());
        assertThat(tokens.list(caf)).isEmpty();
    }

    @Test
    void aTokenOfNoOneNeedsALabelAndAnOrganisationMustBeOne() {
        assertThatThrownBy(() -> tokens.create(caf, Role.ADVISER, TokenOwner.NONE, " ", null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("label");
        Stakeholder person = tracker.stakeholders().add(caf, StakeholderDraft.person("Nicolas Grivel",
                "Directeur général", null, StakeholderCategory.direct_target));
        assertThatThrownBy(() -> tokens.create(caf, Role.PARTNER, TokenOwner.organisation(person.id()), null, null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("organisation");
        assertThat(tokens.list(caf)).isEmpty();
    }

    @Test
    void rotationGivesANewSecretAndTheOldOneWorksOnlyForTheGracePeriod() {
        IssuedToken old = tokens.create(caf, Role.PARTNER, TokenOwner.organisation(secours.id()), null,
                Duration.ofDays(90));
        IssuedToken next = tokens.rotate(old.token().id(), Duration.ofHours(2));
        assertThat(next.value()).isNotEqualTo(old.value());
        assertThat(next.token().owner()).isEqualTo("Secours catholique");
        assertThat(next.token().role()).isEqualTo(Role.PARTNER);
        assertThat(Duration.between(next.token().createdAt(), next.token().expiresAt())).isEqualTo(Duration.ofDays(90));
        assertThat(tokens.authenticate(old.value())).as("within the grace period").isPresent();
        assertThat(tokens.authenticate(next.value())).isPresent();
        ApiToken oldNow = tokens.list(caf).stream().filter(t -> t.id() == old.token().id()).findFirst().orElseThrow();
        assertThat(Duration.between(next.token().createdAt(), oldNow.expiresAt())).isEqualTo(Duration.ofHours(2));

        IssuedToken cut = tokens.rotate(next.token().id(), Duration.ZERO);
        assertThat(tokens.authenticate(next.value())).as("no grace: stopped at once").isEmpty();
        assertThat(tokens.authenticate(cut.value())).isPresent();
    }

    @Test
    void aUseIsWrittenAtMostEveryTenMinutes() {
        IssuedToken t = tokens.create(caf, Role.ADVISER, "dashboard", null);
        tokens.used(t.token().id());
        var first = tokens.list(caf).get(0).lastUsedAt();
        assertThat(first).isNotNull();
        tokens.used(t.token().id());
        assertThat(tokens.list(caf).get(0).lastUsedAt()).isEqualTo(first);
    }
}
