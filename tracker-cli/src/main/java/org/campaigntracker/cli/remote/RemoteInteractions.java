package org.campaigntracker.cli.remote;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.campaigntracker.api.interaction.AgendaResource;
import org.campaigntracker.api.interaction.DoubleAskView;
import org.campaigntracker.api.interaction.InteractionRepresentation;
import org.campaigntracker.api.interaction.InteractionsResource;
import org.campaigntracker.core.interaction.AgendaEntry;
import org.campaigntracker.core.interaction.DoubleAsk;
import org.campaigntracker.core.interaction.Interaction;
import org.campaigntracker.core.interaction.InteractionDraft;
import org.campaigntracker.core.interaction.InteractionFilter;
import org.campaigntracker.core.interaction.InteractionStatus;
import org.campaigntracker.core.interaction.Interactions;
import org.campaigntracker.core.interaction.LoggedBy;
import org.campaigntracker.core.interaction.Page;

/**
 * A campaign's contact log through the API ({@code …/interactions}, {@code …/agenda}). Who logged an interaction is
 * the token's owner, as the server says; the double asks of a write come in its answer and are kept for the
 * warning that follows, so logging a meeting is one request.
 */
final class RemoteInteractions implements Interactions {

    private final RemoteSession session;
    /** The double asks of the last writes' answers, by interaction id and version. */
    private final Map<String, List<DoubleAsk>> answered = new HashMap<>();

    RemoteInteractions(RemoteSession session) {
        this.session = session;
    }

    @Override
    public Interaction log(long campaignId, InteractionDraft draft, LoggedBy by) {
        return written(campaignId, session.api().send("POST", session.path(campaignId, "/interactions"),
                InteractionRepresentation.of(draft), null, InteractionRepresentation.class));
    }

    @Override
    public Interaction update(long campaignId, long interactionId, int expectedVersion, InteractionDraft draft) {
        return written(campaignId, session.api().send("PUT", session.path(campaignId, "/interactions/"
                + interactionId), InteractionRepresentation.of(draft), expectedVersion,
                InteractionRepresentation.class));
    }

    @Override
    public Interaction reject(long campaignId, long interactionId, int expectedVersion, String reason) {
        return written(campaignId, session.api().send("PUT", session.path(campaignId, "/interactions/"
                + interactionId + "/rejection"), new InteractionsResource.RejectionBody(reason), expectedVersion,
                InteractionRepresentation.class));
    }

    @Override
    public Interaction reinstate(long campaignId, long interactionId, int expectedVersion) {
        return written(campaignId, session.api().send("DELETE", session.path(campaignId, "/interactions/"
                + interactionId + "/rejection"), null, expectedVersion, InteractionRepresentation.class));
    }

    @Override
    public List<DoubleAsk> doubleAsks(long campaignId, Interaction interaction) {
        List<DoubleAsk> known = answered.get(interaction.id() + "/" + interaction.version());
        if (known != null) {
            return known;
        }
        // Not written in this run: the API tells a plan's double asks in the agenda of its day; it tells a held
        // meeting's only in the answer to the write that made it so.
        return agenda(campaignId, interaction.occurredOn(), interaction.occurredOn()).stream()
                .filter(e -> e.interaction().id() == interaction.id()).findFirst()
                .map(AgendaEntry::doubleAsks).orElse(List.of());
    }

    @Override
    public List<AgendaEntry> agenda(long campaignId, LocalDate from, LocalDate to) {
        AgendaResource.Agenda agenda = session.api().get(session.path(campaignId, "/agenda"
                + new Query().add("from", from).add("to", to)), AgendaResource.Agenda.class);
        if (agenda.entries().isEmpty()) {
            return List.of();
        }
        // The agenda names targets for reading; the interactions themselves come from the log, in one list.
        Map<Long, Interaction> planned = list(campaignId, new InteractionFilter(null, null, null, from, to,
                InteractionStatus.PLANNED, null, null, null), new Page(Page.MAX_LIMIT, 0)).stream()
                .collect(Collectors.toMap(Interaction::id, Function.identity()));
        return agenda.entries().stream().filter(e -> planned.containsKey(e.id()))
                .map(e -> new AgendaEntry(planned.get(e.id()), e.organisation(),
                        e.doubleAsks().stream().map(DoubleAskView::toDomain).toList()))
                .toList();
    }

    @Override
    public Interaction get(long campaignId, long interactionId) {
        return session.api().get(session.path(campaignId, "/interactions/" + interactionId),
                InteractionRepresentation.class).toDomain(campaignId);
    }

    @Override
    public List<Interaction> list(long campaignId, InteractionFilter f, Page page) {
        Query q = new Query().add("kind", f.kind() == null ? null : f.kind().code())
                .add("stakeholder", f.stakeholderId()).add("demand", f.demandId()).add("from", f.from())
                .add("to", f.to()).add("status", f.status() == null ? null : f.status().code())
                .add("organisation", f.organisationId()).add("contributed", f.contributed())
                .add("rejected", f.rejected());
        return session.api().list(session.path(campaignId, "/interactions" + q), InteractionRepresentation.class,
                page.offset(), page.limit()).stream().map(i -> i.toDomain(campaignId)).toList();
    }

    private Interaction written(long campaignId, InteractionRepresentation answer) {
        Interaction i = answer.toDomain(campaignId);
        answered.put(i.id() + "/" + i.version(), answer.doubleAsksToDomain());
        return i;
    }
}
