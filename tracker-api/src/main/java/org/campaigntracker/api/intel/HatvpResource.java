package org.campaigntracker.api.intel;

import static org.campaigntracker.api.security.CallerPrincipal.campaignId;
import static org.campaigntracker.core.access.Role.ADVISER;
import static org.campaigntracker.core.access.Role.COORDINATOR;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Locale;
import org.campaigntracker.api.http.Wire;
import org.campaigntracker.api.problem.RequestLocale;
import org.campaigntracker.api.security.Allow;
import org.campaigntracker.core.hatvp.HatvpService;
import org.campaigntracker.core.common.InvalidInputException;
import org.campaigntracker.core.hatvp.HatvpDeclaration;
import org.campaigntracker.core.hatvp.HatvpDeclaration.DecisionType;
import org.campaigntracker.core.hatvp.HatvpFormat;

/** A year of lobbying actions for the HATVP register: JSON, or CSV (one line per action) by the Accept header. */
@Path("/api/v1/campaigns/{slug}/hatvp")
public final class HatvpResource {

    private static final MediaType CSV = new MediaType("text", "csv", "utf-8");

    private final HatvpService hatvp;

    public HatvpResource(HatvpService hatvp) {
        this.hatvp = hatvp;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv; charset=utf-8"})
    @Allow({ADVISER, COORDINATOR})
    public Response declaration(@Context SecurityContext sc, @Context HttpHeaders headers,
                                @QueryParam("year") Integer year, @QueryParam("area") List<String> areas,
                                @QueryParam("decision_type") String decisionType) {
        if (year == null) {
            throw InvalidInputException.of("year", "required");
        }
        DecisionType type = decisionType == null ? DecisionType.OTHER
                : Wire.enumValue(DecisionType.class, decisionType, "decision_type");
        HatvpDeclaration d = hatvp.declaration(campaignId(sc), year, areas, type);
        Locale locale = RequestLocale.of(headers);
        return Negotiation.prefers(headers, CSV) ? Response.ok(HatvpFormat.csv(d, locale), CSV).build()
                : Response.ok(HatvpFormat.document(d, locale), MediaType.APPLICATION_JSON_TYPE).build();
    }
}
