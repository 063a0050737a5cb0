package org.campaigntracker.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.campaigntracker.api.ApiServer;
import org.campaigntracker.client.api.StakeholdersApi;
import org.campaigntracker.client.api.ThemesApi;
import org.campaigntracker.client.model.Problem;
import org.campaigntracker.client.model.PublicStakeholder;
import org.campaigntracker.client.model.Stakeholder;
import org.campaigntracker.client.model.StakeholderPage;
import org.campaigntracker.client.model.StakeholderView;
import org.campaigntracker.client.model.Theme;
import org.campaigntracker.client.model.ThemePage;
import org.campaigntracker.client.model.ThemePatch;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.access.Role;
import org.campaigntracker.core.campaign.CampaignDraft;
import org.campaigntracker.db.testing.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Java client openapi-generator makes from the contract (library native), used as a partner's program would
 * against a running server: typed pages, reads, creation, conditional replacement, merge patch, deletion (whose
 * Accept is problem+json alone), a retried creation under one Idempotency-Key, and a refusal read as a Problem.
 */
class GeneratedClientSmokeTest {

    private static final String SLUG = "caf-2023";
    private static Tracker tracker;
    private static ApiServer server;
    private static ApiClient coordinator;
    private static ApiClient partner;

    @BeforeAll
    static void start() {
        tracker = Tracker.over(TestPostgres.freshDatabase().simpleDataSource());
        long campaign = tracker.campaigns().create(new CampaignDraft(SLUG, "Remettre l’humain au cœur des CAF", null,
                LocalDate.of(2023, 7, 1), null, "fr")).id();
        server = ApiServer.start(tracker, "127.0.0.1", 0);
        coordinator = client(tracker.tokens().create(campaign, Role.COORDINATOR, "client test", null).value());
        partner = client(tracker.tokens().create(campaign, Role.PARTNER, "client test", null).value());
    }

    @AfterAll
    static void stop() {
        server.close();
        tracker.close();
    }

    private static ApiClient client(String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(server.baseUri().toString().replaceAll("/$", ""));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    @Test
    void aThemeGoesThroughItsWholeLifeWithTheGeneratedClient() throws ApiException {
        ThemesApi themes = new ThemesApi(coordinator);
        ApiResponse<Theme> created = themes.createThemeWithHttpInfo(SLUG, new Theme().title("Accès aux droits"), null);
        assertThat(created.getStatusCode()).isEqualTo(201);
        long id = created.getData().getId();

        ThemePage page = themes.listThemes(SLUG, 100, 0);
        List<Theme> items = page.getItems();
        assertThat(items).extracting(Theme::getTitle).contains("Accès aux droits");

        ApiResponse<Theme> read = themes.getThemeWithHttpInfo(SLUG, id, null);
        String etag = read.getHeaders().get("ETag").get(0);
        assertThat(read.getData().getTitle()).isEqualTo("Accès aux droits");

        ApiResponse<Theme> replaced = themes.updateThemeWithHttpInfo(etag, SLUG, id,
                new Theme().title("Accès aux droits sociaux").position(7));
        assertThat(replaced.getData().getPosition()).isEqualTo(7);
        ApiException stale = catchThrowableOfType(ApiException.class,
                () -> themes.updateTheme(etag, SLUG, id, new Theme().title("Trop tard")));
        assertThat(stale.getCode()).isEqualTo(412);
        assertThat(problem(stale).getStatus()).isEqualTo(412);

        String current = replaced.getHeaders().get("ETag").get(0);
        ApiResponse<Theme> patched = themes.patchThemeWithHttpInfo(current, SLUG, id,
                new ThemePatch().description("Le non-recours coûte plus cher que le recours."));
        assertThat(patched.getData().getTitle()).isEqualTo("Accès aux droits sociaux");
        assertThat(patched.getData().getPosition()).isEqualTo(7);
        assertThat(patched.getData().getDescription()).startsWith("Le non-recours");

        themes.deleteTheme(patched.getHeaders().get("ETag").get(0), SLUG, id);
        ApiException gone = catchThrowableOfType(ApiException.class, () -> themes.getTheme(SLUG, id, null));
        assertThat(problem(gone).getStatus()).isEqualTo(404);
    }

    @Test
    void aRetriedCreationWithTheSameKeyWritesOnce() throws ApiException {
        ThemesApi themes = new ThemesApi(coordinator);
        String key = UUID.randomUUID().toString();
        int before = themes.listThemes(SLUG, 100, 0).getItems().size();
        Theme first = themes.createTheme(SLUG, new Theme().title("Contrôles"), key);
        ApiResponse<Theme> again = themes.createThemeWithHttpInfo(SLUG, new Theme().title("Contrôles"), key);
        assertThat(again.getData().getId()).isEqualTo(first.getId());
        assertThat(again.getHeaders().get("Idempotent-Replayed")).containsExactly("true");
        assertThat(themes.listThemes(SLUG, 100, 0).getItems()).hasSize(before + 1);

        ApiException reused = catchThrowableOfType(ApiException.class,
                () -> themes.createTheme(SLUG, new Theme().title("Autre chose"), key));
        assertThat(problem(reused).getStatus()).isEqualTo(422);
    }

    @Test
    void aPartnerGetsTypedPublicViewsAndATypedRefusal() throws ApiException {
        StakeholdersApi asCoordinator = new StakeholdersApi(coordinator);
        asCoordinator.createStakeholder(SLUG, new Stakeholder().kind(Stakeholder.KindEnum.PERSON).name("Nicolas Grivel")
                .function("Directeur général").power(5), null);

        StakeholderPage page = new StakeholdersApi(partner).listStakeholders(SLUG, null, null, null, null, null);
        StakeholderView seen = page.getItems().get(0);
        assertThat(seen.getActualInstance()).isInstanceOf(PublicStakeholder.class);
        PublicStakeholder view = seen.getPublicStakeholder();
        assertThat(view.getFunction()).isEqualTo("Directeur général");
        assertThat(view.getName()).isNull();

        ApiException refused = catchThrowableOfType(ApiException.class,
                () -> new ThemesApi(partner).createTheme(SLUG, new Theme().title("Pas pour un partenaire"), null));
        Problem problem = problem(refused);
        assertThat(problem.getStatus()).isEqualTo(403);
        assertThat(problem.getType()).endsWith("/forbidden");
        assertThatThrownBy(() -> new ThemesApi(partner).createTheme(SLUG, new Theme().title("Non"), null))
                .isInstanceOf(ApiException.class);
    }

    private static Problem problem(ApiException e) {
        try {
            return coordinator.getObjectMapper().readValue(e.getResponseBody(), Problem.class);
        } catch (IOException io) {
            throw new AssertionError("not a problem: " + e.getResponseBody(), io);
        }
    }
}
