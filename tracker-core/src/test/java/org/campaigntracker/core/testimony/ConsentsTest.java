package org.campaigntracker.core.testimony;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.campaigntracker.core.testimony.ConsentUse.BRIEFING;
import static org.campaigntracker.core.testimony.ConsentUse.PRESS;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsentsTest {

    private static final LocalDate GIVEN = LocalDate.of(2022, 11, 15);
    private static final LocalDate EXPIRES = LocalDate.of(2023, 7, 1);

    @Test
    void aConsentHoldsFromTheDayItIsGivenUntilTheDayBeforeItExpires() {
        Consent press = new Consent(1, PRESS, NamingRule.FIRST_NAME, GIVEN, EXPIRES, null, "Valérie");

        assertThat(press.allows(PRESS, GIVEN.minusDays(1))).isFalse();
        assertThat(press.allows(PRESS, GIVEN)).isTrue();
        assertThat(press.allows(PRESS, EXPIRES.minusDays(1))).isTrue();
        assertThat(press.allows(PRESS, EXPIRES)).isFalse();
        assertThat(press.allows(BRIEFING, GIVEN)).isFalse();
    }

    @Test
    void aWithdrawnConsentNoLongerHoldsFromTheDayOfWithdrawal() {
        LocalDate withdrawn = LocalDate.of(2023, 1, 10);
        Consent press = new Consent(1, PRESS, NamingRule.PSEUDONYM, GIVEN, null, withdrawn, null);

        assertThat(press.allows(PRESS, withdrawn.minusDays(1))).isTrue();
        assertThat(press.allows(PRESS, withdrawn)).isFalse();
    }

    @Test
    void theLatestConsentThatHoldsDecidesTheNaming() {
        Consents consents = new Consents(List.of(
                new Consent(1, PRESS, NamingRule.PSEUDONYM, GIVEN, null, null, null),
                new Consent(2, PRESS, NamingRule.FIRST_NAME, LocalDate.of(2023, 1, 5), EXPIRES, null, null),
                new Consent(3, BRIEFING, NamingRule.FULL_NAME, GIVEN, null, null, null)));

        assertThat(consents.allows(PRESS, GIVEN)).isTrue();
        assertThat(consents.naming(PRESS, GIVEN)).contains(NamingRule.PSEUDONYM);
        assertThat(consents.naming(PRESS, LocalDate.of(2023, 2, 1))).contains(NamingRule.FIRST_NAME);
        assertThat(consents.naming(PRESS, EXPIRES)).contains(NamingRule.PSEUDONYM);
        assertThat(consents.naming(ConsentUse.PUBLIC, EXPIRES)).isEmpty();
        assertThat(consents.allows(ConsentUse.PUBLIC, EXPIRES)).isFalse();
    }

    @Test
    void aConsentCannotExpireBeforeItIsGiven() {
        assertThatThrownBy(() -> new ConsentDraft(PRESS, null, GIVEN, GIVEN.minusDays(1), null))
                .hasMessage("expires_on must not be before given_on");
        assertThat(ConsentDraft.of(PRESS, GIVEN).naming()).isEqualTo(NamingRule.PSEUDONYM);
    }
}
