package org.campaigntracker.api.interaction;

import static org.campaigntracker.api.security.CallerPrincipal.campaignId;
import static org.campaigntracker.core.access.Role.ADVISER;
import static org.campaigntracker.core.access.Role.COORDINATOR;
import static org.campaigntracker.core.access.Role.PARTNER;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.campaigntracker.api.http.Etags;
import org.campaigntracker.api.http.MergePatch;
import org.campaigntracker.api.http.Paging;
import org.campaigntracker.api.http.Wire;
import org.campaigntracker.api.security.Allow;
import org.campaigntracker.api.security.CallerPrincipal;
import org.campaigntracker.core.access.Role;
import org.campaigntracker.core.access.Caller;
import org.campaigntracker.core.common.Check;
import org.campaigntracker.core.common.ForbiddenException;
import org.campaigntracker.core.common.NotFoundException;
import org.campaigntracker.core.common.StaleVersionException;
import org.campaigntracker.core.interaction.Interaction;
import org.campaigntracker.core.interaction.InteractionFilter;
import org.campaigntracker.core.interaction.InteractionKind;
import org.campaigntracker.core.interaction.InteractionService;
import org.campaigntracker.core.interaction.InteractionStatus;
import org.campaigntracker.core.interaction.LoggedBy;
import org.campaigntracker.core.member.MemberService;
import org.campaigntracker.core.stakeholder.StakeholderService;

/**
 * Interactions, newest first; filters: kind, stakeholder, demand, from, to (days included), status, organisation,
 * contributed, rejected. Partners read them without what is personal, and write their own organisation's.
 */
@Path("/api/v1/campaigns/{slug}/interactions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class InteractionsResource {

    // No stakeholder has this id: a filter on it lists nothing.
    private static final long NO_ORGANISATION = -1L;

    private final InteractionService interactions;
    private final StakeholderService stakeholders;
    private final MemberService members;

    public InteractionsResource(InteractionService interactions, StakeholderService stakeholders,
                                MemberService members) {
        this.interactions = interactions;
        this.stakeholders = stakeholders;
        this.members = members;
    }

    @GET
    @Allow({PARTNER, ADVISER, COORDINATOR})
    public Response list(@Context SecurityContext sc, @Context UriInfo uri, @QueryParam("limit") Integer limit,
                         @QueryParam("offset") Integer offset, @QueryParam("kind") String kind,
                         @QueryParam("stakeholder") Long stakeholder, @QueryParam("demand") Long demand,
                         @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
                         @QueryParam("status") String status, @QueryParam("organisation") Long organisation,
                         @QueryParam("contributed") Boolean contributed, @QueryParam("rejected") Boolean rejected) {
        Caller caller = CallerPrincipal.of(sc);
        Paging paging = Paging.of(limit, offset);
        boolean onlyRejected = Boolean.TRUE.equals(rejected);
        // A partner sees rejections of its own organisation's contributions only: they carry a coordinator's reason.
        Long org = organisation;
        if (onlyRejected && caller.role() == PARTNER) {
            long own = ownOrganisation(caller);
            org = organisation == null || organisation == own ? own : NO_ORGANISATION;
        }
        InteractionFilter filter = new InteractionFilter(Wire.enumValue(InteractionKind.class, kind, "kind"),
                stakeholder, demand, from, to, Wire.enumValue(InteractionStatus.class, status, "status"), org,
                Boolean.TRUE.equals(contributed) ? Boolean.TRUE : null, onlyRejected ? Boolean.TRUE : null);
        return paging.respond(uri, interactions.list(caller.campaignId(), filter, paging.probe()), view(caller));
    }

    /** A coordinator logs for the coalition (or on behalf of a partner); a partner logs what its organisation did. */
    @POST
    @Allow({PARTNER, COORDINATOR})
    public Response create(@Context SecurityContext sc, @Context UriInfo uri, InteractionRepresentation body) {
        Caller caller = CallerPrincipal.of(sc);
        Interaction i = caller.role() == PARTNER
                ? interactions.contribute(caller.campaignId(), ownOrganisation(caller), Wire.body(body).toDraft())
                : interactions.log(caller.campaignId(), Wire.body(body).toDraft(), loggedBy(caller));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(i.id())).build())
                .entity(written(caller, i)).tag(tag(caller, i)).build();
    }

    @GET
    @Path("{id}")
    @Allow({PARTNER, ADVISER, COORDINATOR})
    public Response get(@Context SecurityContext sc, @Context Request request, @PathParam("id") long id) {
        Caller caller = CallerPrincipal.of(sc);
        Interaction i = visible(caller, id);
        return Etags.item(request, view(caller).apply(i), tag(caller, i));
    }

    @PUT
    @Path("{id}")
    @Allow({PARTNER, COORDINATOR})
    public Response update(@Context SecurityContext sc, @Context HttpHeaders headers, @PathParam("id") long id,
                           InteractionRepresentation body) {
        Caller caller = CallerPrincipal.of(sc);
        int expected = expectedVersion(caller, headers, id);
        Interaction i = caller.role() == PARTNER
                ? interactions.amendContribution(caller.campaignId(), ownOrganisation(caller), id, expected,
                        Wire.body(body).toDraft())
                : interactions.update(caller.campaignId(), id, expected, Wire.body(body).toDraft());
        return Response.ok(written(caller, i)).tag(tag(caller, i)).build();
    }

    /** Changes only the fields the merge patch names (RFC 7396), under the same rules as {@code PUT}. */
    @PATCH
    @Path("{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Allow({PARTNER, COORDINATOR})
    public Response patch(@Context SecurityContext sc, @Context HttpHeaders headers, @PathParam("id") long id,
                          JsonNode patch) throws JsonProcessingException {
        Caller caller = CallerPrincipal.of(sc);
        Interaction current = visible(caller, id);
        Integer ownTag = ownTagVersion(caller, headers);
        if (ownTag != null && ownTag != current.version()) {
            throw new StaleVersionException("interaction", id, ownTag);
        }
        // A partner's own tag names the very version merged into; update() checks it again in the write.
        HttpHeaders pinned = ownTag != null ? headers
                : MergePatch.pinned(headers, "interaction", id, current.version());
        if (caller.role() == PARTNER && !InteractionService.ownedBy(current, ownOrganisation(caller))) {
            throw new ForbiddenException("rule.not_your_organisation");
        }
        return update(sc, pinned, id, MergePatch.apply(InteractionRepresentation.from(current, names(caller)), patch));
    }

    @DELETE
    @Path("{id}")
    @Allow(COORDINATOR)
    public Response delete(@Context SecurityContext sc, @Context HttpHeaders headers, @PathParam("id") long id) {
        interactions.delete(campaignId(sc), id,
                Etags.expectedVersion(headers, "interaction", id,
                () -> interactions.get(campaignId(sc), id).version()));
        return Response.noContent().build();
    }

    /** A coordinator rejects a partner's contribution with a reason the partner reads. */
    @PUT
    @Path("{id}/rejection")
    @Allow(COORDINATOR)
    public Response reject(@Context SecurityContext sc, @Context HttpHeaders headers, @PathParam("id") long id,
                           RejectionBody body) {
        Caller caller = CallerPrincipal.of(sc);
        int expected = Etags.expectedVersion(headers, "interaction", id,
                () -> interactions.get(caller.campaignId(), id).version());
        String reason = Wire.body(body).reason();
        Check.of().required("reason", reason == null || reason.isBlank() ? null : reason).orThrow();
        Interaction i = interactions.reject(caller.campaignId(), id, expected, body.reason());
        return Response.ok(view(caller).apply(i)).tag(tag(caller, i)).build();
    }

    /** The rejection as a merge patch: only {@code reason} can change, under the same rules as {@code PUT}. */
    @PATCH
    @Path("{id}/rejection")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Allow(COORDINATOR)
    public Response patchRejection(@Context SecurityContext sc, @Context HttpHeaders headers,
                                   @PathParam("id") long id, JsonNode patch) throws JsonProcessingException {
        Interaction current = interactions.get(campaignId(sc), id);
        return reject(sc, MergePatch.pinned(headers, "interaction", id, current.version()), id,
                MergePatch.apply(new RejectionBody(current.rejectionReason()), patch));
    }

    /** Takes a rejected contribution back into the log. */
    @DELETE
    @Path("{id}/rejection")
    @Allow(COORDINATOR)
    public Response reinstate(@Context SecurityContext sc, @Context HttpHeaders headers, @PathParam("id") long id) {
        Caller caller = CallerPrincipal.of(sc);
        int expected = Etags.expectedVersion(headers, "interaction", id,
                () -> interactions.get(caller.campaignId(), id).version());
        Interaction i = interactions.reinstate(caller.campaignId(), id, expected);
        return Response.ok(view(caller).apply(i)).tag(tag(caller, i)).build();
    }

    /** The body of a rejection. */
    public record RejectionBody(String reason) {
    }

    // Another organisation's rejected contribution is none of a partner's business, not even that it exists.
    private Interaction visible(Caller caller, long id) {
        Interaction i = interactions.get(caller.campaignId(), id);
        if (caller.role() == PARTNER && i.rejected() && !InteractionService.ownedBy(i, caller.organisationId())) {
            throw new NotFoundException("interaction", id);
        }
        return i;
    }

    private Object written(Caller caller, Interaction i) {
        java.util.List<DoubleAskView> asks = DoubleAskView.all(interactions.doubleAsks(caller.campaignId(), i));
        return caller.role().seesPersonalData()
                ? InteractionRepresentation.from(i, names(caller)).withDoubleAsks(asks)
                : PublicInteraction.from(i, caller.organisationId(), names(caller)).withDoubleAsks(asks);
    }

    private Names names(Caller caller) {
        return new Names(caller.campaignId(), stakeholders, members);
    }

    private Function<Interaction, Object> view(Caller caller) {
        Names names = names(caller);
        return caller.role().seesPersonalData() ? i -> InteractionRepresentation.from(i, names)
                : i -> PublicInteraction.from(i, caller.organisationId(), names);
    }

    // A partner's view differs with its organisation (its own private notes), so its tag says which it got.
    private static jakarta.ws.rs.core.EntityTag tag(Caller caller, Interaction i) {
        if (caller.role().seesPersonalData()) {
            return Etags.of(i.version(), false);
        }
        return InteractionService.ownedBy(i, caller.organisationId())
                ? new jakarta.ws.rs.core.EntityTag("v" + i.version() + "-own") : Etags.of(i.version(), true);
    }

    /**
     * The version If-Match names. A partner writes its own organisation's interactions, whose view it got tagged
     * {@code "vN-own"}: that tag names version N for it (and for nobody else, as If-Match compares strongly).
     */
    private int expectedVersion(Caller caller, HttpHeaders headers, long id) {
        Integer own = ownTagVersion(caller, headers);
        return own != null ? own : Etags.expectedVersion(headers, "interaction", id,
                () -> interactions.get(caller.campaignId(), id).version());
    }

    private static Integer ownTagVersion(Caller caller, HttpHeaders headers) {
        String ifMatch = headers.getHeaderString(HttpHeaders.IF_MATCH);
        if (caller.role() != PARTNER || ifMatch == null) {
            return null;
        }
        Matcher m = OWN_TAG.matcher(ifMatch.strip());
        return m.matches() ? Integer.valueOf(m.group(1)) : null;
    }

    private static final Pattern OWN_TAG = Pattern.compile("\"v([0-9]{1,9})-own\"");

    static long ownOrganisation(Caller caller) {
        if (caller.organisationId() == null) {
            throw new ForbiddenException("rule.token_without_organisation");
        }
        return caller.organisationId();
    }

    // Only a partner's token contributes; a coordinator's is its member's (or nobody known, a program's token).
    private static LoggedBy loggedBy(Caller caller) {
        return LoggedBy.member(caller.memberId());
    }
}
