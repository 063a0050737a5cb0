package org.campaigntracker.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamesTest {

    record Person(String name, String org) {
    }

    private final NameMatcher<Person> matcher = new NameMatcher<>("stakeholder",
            p -> p.name() + (p.org() == null ? "" : " (" + p.org() + ")"),
            p -> p.org() == null ? List.of(p.name()) : List.of(p.name(), p.name() + " " + p.org()));

    private final List<Person> people = List.of(
            new Person("Défenseur des droits", null),
            new Person("Nicolas Grivel", "CNAF"),
            new Person("CNAF", null),
            new Person("Cour des comptes", null),
            new Person("Fondation Abbé Pierre", null),
            new Person("Secours catholique", null),
            new Person("Œuvre d'Orient", null));

    @Test
    void keysFoldCaseAccentsLigaturesAndPunctuation() {
        assertThat(Names.key("  Défenseur   des DROITS ")).isEqualTo("defenseur des droits");
        assertThat(Names.key("Œuvre d’Orient")).isEqualTo("oeuvre d orient");
        assertThat(Names.key("Fondation Abbé-Pierre")).isEqualTo("fondation abbe pierre");
        assertThat(Names.key("1.2")).isEqualTo("1.2");
        assertThat(Names.key("Dr. Smith")).isEqualTo("dr smith");
    }

    @Test
    void cleanTrimsAndFoldsInnerWhiteSpaceButKeepsTheTextAsTyped() {
        assertThat(Names.clean("  Rencontre\tavec la  CNAF\n(Défenseur)  ")).isEqualTo("Rencontre avec la CNAF (Défenseur)");
        assertThat(Names.clean("1.2 Publier l’algorithme")).isEqualTo("1.2 Publier l’algorithme");
        assertThat(Names.clean(null)).isNull();
    }

    @Test
    void findsByPartialAccentlessCaselessName() {
        assertThat(matcher.find("defenseur", people).name()).isEqualTo("Défenseur des droits");
        assertThat(matcher.find("GRIVEL", people).name()).isEqualTo("Nicolas Grivel");
        assertThat(matcher.find("abbe pierre", people).name()).isEqualTo("Fondation Abbé Pierre");
        assertThat(matcher.find("oeuvre", people).name()).isEqualTo("Œuvre d'Orient");
    }

    @Test
    void anExactNameWinsOverPartialOnes() {
        // "cnaf" is a whole name and also part of "Nicolas Grivel CNAF".
        assertThat(matcher.find("cnaf", people).name()).isEqualTo("CNAF");
    }

    @Test
    void ambiguityListsTheCandidates() {
        assertThatThrownBy(() -> matcher.find("des", people))
                .isInstanceOfSatisfying(AmbiguousNameException.class, e -> assertThat(e.candidates())
                        .containsExactlyInAnyOrder("Défenseur des droits", "Cour des comptes"));
    }

    @Test
    void unknownNamesSuggestTheClosest() {
        assertThatThrownBy(() -> matcher.find("grivol", people))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("no stakeholder matches “grivol”; did you mean: Nicolas Grivel (CNAF)?");
    }

    @Test
    void distanceCountsEdits() {
        assertThat(Names.distance("grivel", "grivol")).isEqualTo(1);
        assertThat(Names.distance("", "abc")).isEqualTo(3);
    }
}
