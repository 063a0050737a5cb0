package org.campaigntracker.cli.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campaigntracker.cli.CafData.ok;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.campaigntracker.cli.CliRun;
import org.campaigntracker.cli.ExitCode;
import org.campaigntracker.cli.output.Json;
import org.campaigntracker.db.testing.TestPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The coalition's members and their own tokens, from the terminal, on the demo campaign. */
class MemberCommandTest {

    @TempDir
    Path home;

    private CliRun cli;

    @BeforeEach
    void demo() {
        cli = new CliRun(TestPostgres.freshDatabase(), home.toString());
        assertThat(cli.run("demo", "--no-serve").exitCode()).isZero();
    }

    @Test
    void addShowEditAndLeaveWithForgivingNames() throws Exception {
        assertThat(ok(cli, "member", "add", "Amélie", "--kind", "volunteer", "--org", "secours", "--language",
                "français").out()).contains("Amélie");
        String shown = ok(cli, "member", "show", "amelie").out();
        assertThat(shown).contains("Amélie").contains("volunteer").contains("Secours catholique").contains("fr");
        assertThat(ok(cli, "--lang", "fr", "member", "show", "AMELIE").out()).contains("bénévole");
        ok(cli, "member", "edit", "amél", "--language", "en");
        assertThat(Json.mapper().readTree(ok(cli, "member", "show", "amelie", "--json").out()).get("language").asText())
                .isEqualTo("en");

        CliRun.Result typo = cli.run("member", "show", "amelei");
        assertThat(typo.exitCode()).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(typo.err().lines()).hasSize(1).first().asString().contains("Amélie");
        CliRun.Result badLanguage = cli.run("member", "add", "Zoé", "--kind", "volunteer", "--language", "de");
        assertThat(badLanguage.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(badLanguage.err().lines()).containsExactly("tracker: language must be one of: en, fr");
        assertThat(ok(cli, "member", "list", "--csv").out()).doesNotContain("Zoé");

        ok(cli, "token", "create", "--member", "amelie", "--role", "coordinator", "--label", "téléphone");
        String tokens = ok(cli, "token", "list", "--csv").out();
        assertThat(tokens.lines().findFirst().orElseThrow()).startsWith("id,role,owner,label,created,last_used,expires");
        assertThat(tokens).contains(",coordinator,Amélie,téléphone,");
        assertThat(ok(cli, "member", "leave", "amelie", "--on", "30/06/2023").out())
                .contains("Amélie left on").contains("1 token(s) revoked");
        assertThat(ok(cli, "member", "list", "--csv").out()).doesNotContain("Amélie");
        assertThat(ok(cli, "member", "list", "--all", "--csv").out()).contains("Amélie").contains("2023-06-30");
        assertThat(cli.run("token", "create", "--member", "amelie", "--role", "adviser").exitCode())
                .isEqualTo(ExitCode.INVALID_INPUT);
    }

    @Test
    void aMembersContactIsKeptSealedShownToTheTeamAndKeptByOtherEdits() throws Exception {
        ok(cli, "member", "add", "Amélie", "--kind", "volunteer", "--contact", "amelie@example.org, 06 11 22 33 44");
        assertThat(ok(cli, "member", "show", "amelie").out()).contains("amelie@example.org, 06 11 22 33 44");
        ok(cli, "member", "edit", "amelie", "--language", "fr");
        assertThat(Json.mapper().readTree(ok(cli, "member", "show", "amelie", "--json").out()).get("contact").asText())
                .as("an edit of another field keeps the contact").isEqualTo("amelie@example.org, 06 11 22 33 44");

        CliRun.Result both = cli.run("member", "edit", "amelie", "--contact", "x@example.org", "--no-contact");
        assertThat(both.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(both.err().lines()).hasSize(1);
        CliRun.Result tooLong = cli.run("member", "edit", "amelie", "--contact", "x".repeat(501));
        assertThat(tooLong.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(ok(cli, "member", "show", "amelie").out()).contains("amelie@example.org");

        ok(cli, "member", "edit", "amelie", "--no-contact");
        assertThat(Json.mapper().readTree(ok(cli, "member", "show", "amelie", "--json").out()).get("contact").isNull())
                .isTrue();
    }

    @Test
    void aPartnersTokenBelongsToItsOrganisationLastsAYearAndRotates() throws Exception {
        String created = ok(cli, "token", "create", "--org", "secours catholique", "--role", "partner").out();
        String first = created.lines().reduce((a, b) -> b).orElseThrow();
        JsonNode listed = Json.mapper().readTree(ok(cli, "token", "list", "--json").out());
        JsonNode partner = null;
        for (JsonNode t : listed) {
            if ("Secours catholique".equals(t.path("owner").asText())) {
                partner = t;
            }
        }
        assertThat(partner).isNotNull();
        assertThat(partner.get("expiresAt").isNull()).as("a year by default").isFalse();

        CliRun.Result rotated = cli.run("token", "rotate", partner.get("id").asText(), "--grace", "2h");
        assertThat(rotated.exitCode()).isZero();
        String second = rotated.out().lines().reduce((a, b) -> b).orElseThrow();
        assertThat(second).startsWith("ct_").isNotEqualTo(first);
        assertThat(rotated.out()).contains("keeps working for 2 h");
        assertThat(cli.run("token", "rotate", "99999").exitCode()).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(cli.run("token", "create", "--member", "valerie", "--org", "secours", "--role", "partner")
                .exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    }
}
