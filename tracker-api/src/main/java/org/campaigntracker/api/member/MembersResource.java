package org.campaigntracker.api.member;

import static org.campaigntracker.api.security.CallerPrincipal.campaignId;
import static org.campaigntracker.core.access.Role.ADVISER;
import static org.campaigntracker.core.access.Role.COORDINATOR;

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
import org.campaigntracker.api.http.Etags;
import org.campaigntracker.api.http.MergePatch;
import org.campaigntracker.api.http.Paging;
import org.campaigntracker.api.http.Wire;
import org.campaigntracker.api.security.Allow;
import org.campaigntracker.api.security.CallerPrincipal;
import org.campaigntracker.core.access.Role;
import org.campaigntracker.core.member.Member;
import org.campaigntracker.core.member.MemberService;

/**
 * The coalition's members. Advisers and coordinators read them; partners never (names of private people and their
 * notes). Members who left are listed only with {@code all=true}; one who leaves stays in the history their meetings
 * and trainings make ({@code …/leave}), while DELETE is for a member recorded by mistake.
 */
@Path("/api/v1/campaigns/{slug}/members")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class MembersResource {

    private final MemberService members;

    public MembersResource(MemberService members) {
        this.members = members;
    }

    /** A member's notes are personal data (how to reach them, their situation): coordinators only read them. */
    private static MemberRepresentation forReader(SecurityContext sc, Member m) {
        MemberRepresentation r = MemberRepresentation.from(m);
        return CallerPrincipal.of(sc).role() == Role.COORDINATOR ? r : r.withoutNotes();
    }

    @GET
    @Allow({ADVISER, COORDINATOR})
    public Response list(@Context SecurityContext sc, @Context UriInfo uri, @QueryParam("limit") Integer limit,
                         @QueryParam("offset") Integer offset, @QueryParam("all") boolean all) {
        return Paging.of(limit, offset).slice(uri, members.list(campaignId(sc)).stream()
                .filter(m -> all || m.active()).toList(), m -> forReader(sc, m));
    }

    @POST
    @Allow(COORDINATOR)
    public Response create(@Context SecurityContext sc, @Context UriInfo uri, MemberRepresentation body) {
        Member m = members.add(campaignId(sc), Wire.body(body).toDraft());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(m.id())).build())
                .entity(MemberRepresentation.from(m)).tag(Etags.of(m.version(), false)).build();
    }

    @GET
    @Path("{id}")
    @Allow({ADVISER, COORDINATOR})
    public Response get(@Context SecurityContext sc, @Context Request request, @PathParam("id") long id) {
        Member m = members.get(campaignId(sc), id);
        return Etags.item(request, forReader(sc, m), Etags.of(m.version(), false));
    }

    @PUT
    @Path("{id}")
    @Allow(COORDINATOR)
    public Response update(@Context SecurityContext sc, @Context HttpHeaders headers, @PathParam("id") long id,
                           MemberRepresentation body) {
        int expected = Etags.expectedVersion(headers, "member", id, () -> members.get(campaignId(sc), id).version());
        Member m = members.update(campaignId(sc), id, expected, Wire.body(body).toDraft());
        return Response.ok(MemberRepresentation.from(m)).tag(Etags.of(m.version(), false)).build();
    }

    /** Changes only the fields the merge patch names (RFC 7396), under the same rules as {@code PUT}. */
    @PATCH
    @Path("{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Allow(COORDINATOR)
    public Response patch(@Context SecurityContext sc, @Context HttpHeaders headers, @PathParam("id") long id,
                          JsonNode patch) throws JsonProcessingException {
        Member current = members.get(campaignId(sc), id);
        return update(sc, MergePatch.pinned(headers, "member", id, current.version()), id,
                MergePatch.apply(MemberRepresentation.from(current), patch));
    }

    /** The member leaves on the day given; every token they hold is revoked in the same transaction. */
    @POST
    @Path("{id}/leave")
    @Allow(COORDINATOR)
    public Response leave(@Context SecurityContext sc, @Context HttpHeaders headers, @PathParam("id") long id,
                          MemberRepresentation.Leaving body) {
        int expected = Etags.expectedVersion(headers, "member", id, () -> members.get(campaignId(sc), id).version());
        Member m = members.leave(campaignId(sc), id, expected, Wire.body(body).on());
        return Response.ok(MemberRepresentation.from(m)).tag(Etags.of(m.version(), false)).build();
    }

    /** The member is back: they count as active again (their revoked tokens stay revoked). */
    @DELETE
    @Path("{id}/leave")
    @Allow(COORDINATOR)
    public Response rejoin(@Context SecurityContext sc, @Context HttpHeaders headers, @PathParam("id") long id) {
        int expected = Etags.expectedVersion(headers, "member", id, () -> members.get(campaignId(sc), id).version());
        Member m = members.rejoin(campaignId(sc), id, expected);
        return Response.ok(MemberRepresentation.from(m)).tag(Etags.of(m.version(), false)).build();
    }

    /** For a member recorded by mistake: their trainings forget them and their tokens lose their owner. */
    @DELETE
    @Path("{id}")
    @Allow(COORDINATOR)
    public Response delete(@Context SecurityContext sc, @Context HttpHeaders headers, @PathParam("id") long id) {
        members.delete(campaignId(sc), id, Etags.expectedVersion(headers, "member", id,
                () -> members.get(campaignId(sc), id).version()));
        return Response.noContent().build();
    }
}
