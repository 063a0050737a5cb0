package org.campaigntracker.core.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.campaigntracker.core.common.InvalidInputException;
import org.junit.jupiter.api.Test;

class PublicKindTest {

    @Test
    void namesPluralsCollectionsAndFrenchWordsAreUnderstood() {
        assertThat(PublicKind.parse("commitment")).isEqualTo(PublicKind.commitment);
        assertThat(PublicKind.parse("Commitments")).isEqualTo(PublicKind.commitment);
        assertThat(PublicKind.parse("engagement")).isEqualTo(PublicKind.commitment);
        assertThat(PublicKind.parse("press-items")).isEqualTo(PublicKind.press);
        assertThat(PublicKind.parse("presse")).isEqualTo(PublicKind.press);
        assertThat(PublicKind.parse("Jalons")).isEqualTo(PublicKind.milestone);
        assertThat(PublicKind.parse("prise de position")).isEqualTo(PublicKind.position);
    }

    @Test
    void anythingElseNamesTheKinds() {
        assertThatThrownBy(() -> PublicKind.parse("petition")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("position, commitment, press, milestone");
        assertThatThrownBy(() -> PublicKind.parse(null)).isInstanceOf(InvalidInputException.class);
    }
}
