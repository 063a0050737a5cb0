package org.campaigntracker.core.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonTest {

    @Test
    void theNameToMatchIsTheDisplayNameWithoutItsOrganisationElseOneReadFromTheAddress() {
        assertThat(new Person("Marie Dupont (Secours catholique)", "m.dupont@x.org").bestName())
                .isEqualTo("Marie Dupont");
        assertThat(new Person("\"BLIN David\"", null).bestName()).isEqualTo("BLIN David");
        assertThat(new Person(null, "Nicolas.Grivel@CNAF.fr").bestName()).isEqualTo("Nicolas Grivel");
        assertThat(new Person(null, "jean-marc_dupont2@x.org").bestName()).isEqualTo("Jean Marc Dupont2");
        assertThat(new Person(null, "contact@secours-catholique.org").bestName()).isNull();
        assertThat(new Person("valerie@changerdecap.net", "valerie@changerdecap.net").label())
                .as("an address repeated as the name is no name").isEqualTo("valerie@changerdecap.net");
    }
}
