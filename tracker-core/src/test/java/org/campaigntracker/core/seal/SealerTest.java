package org.campaigntracker.core.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SealerTest {

    private final DataKey key = DataKey.generate();
    private final Sealer sealer = Sealer.of(key);

    @Test
    void aSealedValueOpensAndShowsNoPlaintext() {
        String sealed = sealer.seal("testimony.story", "Isabelle, RSA coupé 27 mois");
        assertThat(sealed).startsWith("ct1:" + key.id() + ":").doesNotContain("Isabelle").doesNotContain("RSA");
        assertThat(sealer.open("testimony.story", sealed)).isEqualTo("Isabelle, RSA coupé 27 mois");
    }

    @Test
    void theSameValueSealsDifferentlyEachTimeSoEqualValuesCannotBeSpotted() {
        assertThat(sealer.seal("contact_point.value", "a@b.org")).isNotEqualTo(sealer.seal("contact_point.value",
                "a@b.org"));
    }

    @Test
    void aValueCopiedIntoAnotherColumnDoesNotOpen() {
        String sealed = sealer.seal("testimony_identity.full_name", "Isabelle Morel");
        assertThatThrownBy(() -> sealer.open("testimony.story", sealed)).isInstanceOf(DataKeyException.class)
                .hasMessageContaining("testimony.story");
    }

    @Test
    void anAlteredValueDoesNotOpen() {
        String sealed = sealer.seal("contact_point.value", "+33 6 00 00 00 42");
        String altered = sealed.substring(0, sealed.length() - 2) + (sealed.endsWith("A") ? "BB" : "AA");
        assertThatThrownBy(() -> sealer.open("contact_point.value", altered)).isInstanceOf(DataKeyException.class);
    }

    @Test
    void anotherKeyCannotOpenButARetiredKeyCan() {
        String sealed = sealer.seal("contact_point.value", "x@y.org");
        DataKey next = DataKey.generate();
        assertThatThrownBy(() -> Sealer.of(next).open("contact_point.value", sealed))
                .isInstanceOf(DataKeyException.class).hasMessageContaining(key.id());
        Sealer rotated = new Sealer(next, List.of(key));
        assertThat(rotated.open("contact_point.value", sealed)).isEqualTo("x@y.org");
        String resealed = rotated.reseal("contact_point.value", sealed);
        assertThat(resealed).startsWith("ct1:" + next.id() + ":");
        assertThat(Sealer.of(next).open("contact_point.value", resealed)).isEqualTo("x@y.org");
    }

    @Test
    void plaintextFromBeforeEncryptionIsReadAndSealedByReseal() {
        assertThat(sealer.open("contact_point.value", "old@plain.org")).isEqualTo("old@plain.org");
        assertThat(sealer.isCurrent("old@plain.org")).isFalse();
        assertThat(sealer.reseal("contact_point.value", "old@plain.org")).startsWith("ct1:");
        assertThat(sealer.seal("x", null)).isNull();
    }

    @Test
    void aKeyMustBe32BytesOfBase64() {
        assertThatThrownBy(() -> DataKey.fromBase64("c2hvcnQ=")).isInstanceOf(DataKeyException.class)
                .hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> DataKey.fromBase64("not base64!")).isInstanceOf(DataKeyException.class)
                .hasMessageContaining("openssl rand -base64 32");
        assertThat(DataKey.fromBase64(key.toBase64()).id()).isEqualTo(key.id());
    }
}
