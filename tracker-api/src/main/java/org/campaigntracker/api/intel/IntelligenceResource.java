package org.campaigntracker.api.intel;

import static org.campaigntracker.api.security.CallerPrincipal.campaignId;
import static org.campaigntracker.core.access.Role.ADVISER;
import static org.campaigntracker.core.access.Role.COORDINATOR;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import org.campaigntracker.api.security.Allow;
import java.time.Clock;
import org.campaigntracker.core.coverage.CoverageService;
import org.campaigntracker.core.ledger.LedgerService;
import org.campaigntracker.core.status.StatusService;
import org.campaigntracker.core.coverage.CoverageReport;
import org.campaigntracker.core.ledger.LedgerMatrix;
import org.campaigntracker.core.status.CampaignStatus;

/**
 * The read models that are JSON as they are: core builds them as immutable view records with nothing internal in
 * them, so a wire copy would repeat them field for field. One root resource per path: Jersey picks a root resource
 * by its path alone, so two sharing {@code /api/v1/campaigns/{slug}} would hide each other's routes.
 */
public final class IntelligenceResource {

    private IntelligenceResource() {
    }

    /** The demand × direct-target matrix, per-theme rollups and the timeline of changes. */
    @Path("/api/v1/campaigns/{slug}/ledger")
    @Produces(MediaType.APPLICATION_JSON)
    public static final class Ledger {
        private final LedgerService ledger;

        public Ledger(LedgerService ledger) {
            this.ledger = ledger;
        }

        @GET
        @Allow({ADVISER, COORDINATOR})
        public LedgerMatrix get(@Context SecurityContext sc) {
            return ledger.ledger(campaignId(sc));
        }
    }

    /**
     * Press coverage per theme and demand, over {@code from}–{@code to} (at most ten years apart; by default the
     * campaign's press, its latest ten years when longer). The answer's {@code window} says which days counted and
     * how many items fell outside.
     */
    @Path("/api/v1/campaigns/{slug}/coverage")
    @Produces(MediaType.APPLICATION_JSON)
    public static final class Coverage {
        private final CoverageService coverage;

        public Coverage(CoverageService coverage) {
            this.coverage = coverage;
        }

        @GET
        @Allow({ADVISER, COORDINATOR})
        public CoverageReport get(@Context SecurityContext sc, @QueryParam("from") LocalDate from,
                                  @QueryParam("to") LocalDate to) {
            return coverage.report(campaignId(sc), from, to);
        }
    }

    /** The campaign at a glance, as {@code tracker status}: overdue commitments, the lobbying threshold… */
    @Path("/api/v1/campaigns/{slug}/status")
    @Produces(MediaType.APPLICATION_JSON)
    public static final class Status {
        private final StatusService status;
        private final Clock clock;

        public Status(StatusService status, Clock clock) {
            this.status = status;
            this.clock = clock;
        }

        @GET
        @Allow({ADVISER, COORDINATOR})
        public CampaignStatus get(@Context SecurityContext sc, @QueryParam("days") Integer days) {
            return status.status(campaignId(sc), LocalDate.now(clock), days == null ? 60 : days);
        }
    }
}
