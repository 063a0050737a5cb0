package org.campaigntracker.api.interaction;

import static org.campaigntracker.api.security.CallerPrincipal.campaignId;
import static org.campaigntracker.core.access.Role.COORDINATOR;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.campaigntracker.api.security.CallerPrincipal;
import org.campaigntracker.api.security.Allow;
import org.campaigntracker.core.intake.IntakeFile;
import org.campaigntracker.core.intake.IntakeFileException;
import org.campaigntracker.core.intake.IntakeFormat;
import org.campaigntracker.core.intake.IntakePlan;
import org.campaigntracker.core.intake.IntakeService;
import org.campaigntracker.core.intake.PlannedInteraction.Outcome;

/**
 * Uploads of a calendar invitation ({@code text/calendar}) or an e-mail ({@code message/rfc822}) for the phone form
 * and partners' programs: {@code ?dryRun=true} answers the plan and writes nothing; otherwise what is new is logged,
 * all or nothing. Nobody is offered as a new stakeholder here: people nobody matched are listed in the answer. Any
 * Content-Type reaches the method, so a partner is told 403 whatever it sends; the method answers 415 itself.
 */
@Path("/api/v1/campaigns/{slug}/interactions/import")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.WILDCARD)
public final class InteractionImportResource {

    /** How the body is named in messages about it. */
    static final String BODY = "request body";

    private final IntakeService intake;

    public InteractionImportResource(IntakeService intake) {
        this.intake = intake;
    }

    @POST
    @Allow(COORDINATOR)
    public Response upload(@Context SecurityContext sc, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                           @QueryParam("dryRun") boolean dryRun, byte[] body) {
        IntakeFormat format = IntakeFormat.ofMediaType(contentType)
                .orElseThrow(() -> IntakeFileException.unknownFormat(BODY));
        List<IntakeFile> files = List.of(new IntakeFile(BODY, format, body == null ? new byte[0] : body));
        if (dryRun) {
            return Response.ok(ImportRepresentation.from(intake.plan(campaignId(sc), files), true)).build();
        }
        IntakePlan done = intake.importFiles(campaignId(sc), files, List.of(),
                org.campaigntracker.core.interaction.LoggedBy.member(CallerPrincipal.of(sc).memberId()));
        // 201 only when something was created: a second upload of the same invitation writes nothing.
        return Response.status(done.count(Outcome.LOG) > 0 ? 201 : 200)
                .entity(ImportRepresentation.from(done, false)).build();
    }
}
