package org.campaigntracker.api.map;

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
import jakarta.ws.rs.core.SecurityContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.campaigntracker.api.http.Wire;
import org.campaigntracker.api.problem.RequestLocale;
import org.campaigntracker.api.security.Allow;
import org.campaigntracker.core.common.Check;
import org.campaigntracker.core.map.MapService;

/** The stakeholder map of the caller's campaign; see the package documentation for who may read it. */
@Path("/api/v1/campaigns/{slug}/map")
@Produces(MediaType.APPLICATION_JSON)
public final class MapResource {

    private final MapService maps;
    private final Clock clock;

    public MapResource(MapService maps, Clock clock) {
        this.maps = maps;
        this.clock = clock;
    }

    @GET
    @Allow({ADVISER, COORDINATOR})
    public MapRepresentation map(@Context SecurityContext sc,
                                 @QueryParam("stale_days") Integer stale, @QueryParam("min_power") Integer power,
                                 @QueryParam("as_of") LocalDate asOf) {
        return MapRepresentation.from(maps.map(campaignId(sc), asOf == null ? LocalDate.now(clock) : asOf,
                stale == null ? MapService.DEFAULT_STALE_DAYS : stale, power == null ? MapService.DEFAULT_GAP_POWER : power));
    }

    @GET
    @Path("paths")
    @Allow({ADVISER, COORDINATOR})
    public List<PathRepresentation> paths(@Context SecurityContext sc, @Context HttpHeaders headers,
                                          @QueryParam("to") Long to,
                                          @QueryParam("limit") Integer limit) {
        Check.of().range("limit", limit, 1, 20).orThrow();
        return maps.pathsTo(campaignId(sc), Wire.required(to, "to"), LocalDate.now(clock), limit == null ? 3 : limit,
                RequestLocale.of(headers)).stream().map(PathRepresentation::from).toList();
    }

    @GET
    @Path("stakeholders/{id}")
    @Allow({ADVISER, COORDINATOR})
    public CardRepresentation card(@Context SecurityContext sc, @PathParam("id") long id) {
        return CardRepresentation.from(maps.card(campaignId(sc), id, 5));
    }
}
