package org.campaigntracker.api.intel;

import static org.campaigntracker.api.security.CallerPrincipal.campaignId;
import static org.campaigntracker.core.access.Role.ADVISER;
import static org.campaigntracker.core.access.Role.COORDINATOR;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.util.Locale;
import org.campaigntracker.api.problem.RequestLocale;
import org.campaigntracker.api.security.Allow;
import java.time.Clock;
import org.campaigntracker.core.campaign.CampaignService;
import org.campaigntracker.core.document.ResourceDocumentService;
import org.campaigntracker.core.brief.BriefingDocument;
import org.campaigntracker.core.brief.BriefingFormat;
import org.campaigntracker.core.brief.BriefingService;
import org.campaigntracker.core.campaign.Campaign;
import org.campaigntracker.core.digest.DigestService;

/**
 * The generated documents, as Markdown (the default) or printable HTML by the Accept header ({@code text/markdown}
 * or {@code text/html}), in the language of Accept-Language.
 */
public final class DocumentsResource {

    static final MediaType MARKDOWN = new MediaType("text", "markdown", "utf-8");
    static final MediaType HTML = new MediaType("text", "html", "utf-8");

    private DocumentsResource() {
    }

    /** The briefing pack on one stakeholder, as of today or {@code as_of} (the CLI's {@code brief --on}). */
    @Path("/api/v1/campaigns/{slug}/stakeholders/{id}/briefing")
    public static final class Briefing {
        private final CampaignService campaigns;
        private final BriefingService briefing;
        private final Clock clock;

        public Briefing(CampaignService campaigns, BriefingService briefing, Clock clock) {
            this.campaigns = campaigns;
            this.briefing = briefing;
            this.clock = clock;
        }

        @GET
        @Produces({"text/markdown; charset=utf-8", "text/html; charset=utf-8"})
        @Allow({ADVISER, COORDINATOR})
        public Response briefing(@Context SecurityContext sc, @Context HttpHeaders headers,
                                 @PathParam("id") long id, @QueryParam("as_of") LocalDate asOf) {
            Locale locale = RequestLocale.of(headers);
            Campaign campaign = campaigns.get(campaignId(sc));
            BriefingDocument doc = BriefingDocument.of(briefing.brief(campaign, id, asOf == null ? LocalDate.now(clock) : asOf, locale),
                    locale);
            return render(headers, doc, locale);
        }
    }

    /** The resource document for decision makers, as of today or {@code as_of} (the CLI's {@code doc --on}). */
    @Path("/api/v1/campaigns/{slug}/resource-document")
    public static final class Resource {
        private final CampaignService campaigns;
        private final ResourceDocumentService documents;
        private final Clock clock;

        public Resource(CampaignService campaigns, ResourceDocumentService documents, Clock clock) {
            this.campaigns = campaigns;
            this.documents = documents;
            this.clock = clock;
        }

        @GET
        @Produces({"text/markdown; charset=utf-8", "text/html; charset=utf-8"})
        @Allow({ADVISER, COORDINATOR})
        public Response resourceDocument(@Context SecurityContext sc, @Context HttpHeaders headers,
                                         @QueryParam("as_of") LocalDate asOf) {
            Locale locale = RequestLocale.of(headers);
            Campaign campaign = campaigns.get(campaignId(sc));
            return render(headers, documents.document(campaign, asOf == null ? LocalDate.now(clock) : asOf, locale), locale);
        }
    }

    /**
     * A member's weekly digest (the CLI's {@code digest}): the week holding {@code week} (default today), in the
     * member's language, else the request's.
     */
    @Path("/api/v1/campaigns/{slug}/members/{id}/digest")
    public static final class Digest {
        private final DigestService digests;
        private final Clock clock;

        public Digest(DigestService digests, Clock clock) {
            this.digests = digests;
            this.clock = clock;
        }

        @GET
        @Produces({"text/markdown; charset=utf-8", "text/html; charset=utf-8"})
        @Allow({ADVISER, COORDINATOR})
        public Response digest(@Context SecurityContext sc, @Context HttpHeaders headers, @PathParam("id") long id,
                               @QueryParam("week") LocalDate week) {
            DigestService.Digest d = digests.digest(campaignId(sc), id, week == null ? LocalDate.now(clock) : week,
                    RequestLocale.of(headers));
            return render(headers, d.document(), d.locale());
        }
    }

    private static Response render(HttpHeaders headers, BriefingDocument doc, Locale locale) {
        boolean html = Negotiation.prefers(headers, MediaType.TEXT_HTML_TYPE);
        return Response.ok((html ? BriefingFormat.HTML : BriefingFormat.MARKDOWN).render(doc, locale),
                html ? HTML : MARKDOWN).header("Content-Language", locale.getLanguage()).build();
    }
}
