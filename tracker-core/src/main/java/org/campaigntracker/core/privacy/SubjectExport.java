package org.campaigntracker.core.privacy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.campaigntracker.core.commitment.CommitmentService;
import org.campaigntracker.core.interaction.Interaction;
import org.campaigntracker.core.interaction.InteractionFilter;
import org.campaigntracker.core.interaction.InteractionService;
import org.campaigntracker.core.interaction.Page;
import org.campaigntracker.core.position.Position;
import org.campaigntracker.core.position.PositionService;
import org.campaigntracker.core.stakeholder.ContactPointService;
import org.campaigntracker.core.stakeholder.RelationshipService;
import org.campaigntracker.core.stakeholder.StakeholderService;
import org.campaigntracker.core.testimony.TestimonyService;

/**
 * Everything the tracker holds about one person (right of access, GDPR art. 15), as plain data a front door turns
 * into JSON: the record itself, decrypted, and every record that refers to it.
 */
public final class SubjectExport {

    private final StakeholderService stakeholders;
    private final ContactPointService contactPoints;
    private final RelationshipService relationships;
    private final InteractionService interactions;
    private final PositionService positions;
    private final CommitmentService commitments;
    private final TestimonyService testimonies;

    public SubjectExport(StakeholderService stakeholders, ContactPointService contactPoints,
                         RelationshipService relationships, InteractionService interactions,
                         PositionService positions, CommitmentService commitments, TestimonyService testimonies) {
        this.stakeholders = stakeholders;
        this.contactPoints = contactPoints;
        this.relationships = relationships;
        this.interactions = interactions;
        this.positions = positions;
        this.commitments = commitments;
        this.testimonies = testimonies;
    }

    Map<String, Object> of(long campaignId, Person person) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("person", Map.of("kind", person.kind().code(), "id", person.id()));
        if (person.kind() == Person.Kind.STAKEHOLDER) {
            stakeholder(campaignId, person.id(), out);
        } else {
            testimony(campaignId, person.id(), out);
        }
        return out;
    }

    private void stakeholder(long campaignId, long id, Map<String, Object> out) {
        out.put("stakeholder", stakeholders.get(campaignId, id));
        out.put("history", stakeholders.history(campaignId, id));
        out.put("contactPoints", contactPoints.list(campaignId, id));
        out.put("relationships", relationships.listOf(campaignId, id));
        out.put("interactions", interactions(campaignId, id));
        List<Position> positions = this.positions.current(campaignId).stream()
                .filter(p -> p.stakeholderId() == id).toList();
        out.put("positions", positions);
        out.put("commitments", commitments.list(campaignId, null, id, null));
    }

    /** Every interaction with them, planned, cancelled and rejected contributions included: all we hold. */
    private List<Interaction> interactions(long campaignId, long stakeholderId) {
        List<Interaction> all = new ArrayList<>();
        InteractionFilter theirs = InteractionFilter.all().withStakeholder(stakeholderId);
        for (InteractionFilter filter : List.of(theirs, theirs.onlyRejected())) {
            for (Page page = Page.first(Page.MAX_LIMIT); ; page = page.next()) {
                List<Interaction> slice = interactions.list(campaignId, filter, page);
                all.addAll(slice);
                if (slice.size() < page.limit()) {
                    break;
                }
            }
        }
        return all;
    }

    private void testimony(long campaignId, long id, Map<String, Object> out) {
        out.put("testimony", testimonies.get(campaignId, id));
        out.put("identity", testimonies.identity(campaignId, id).map(i -> {
            // The identity record hides itself from logs (toString); here the person asked to see it.
            Map<String, Object> identity = new LinkedHashMap<>();
            identity.put("fullName", i.fullName());
            identity.put("contact", i.contact());
            identity.put("notes", i.notes());
            return identity;
        }).orElse(null));
    }
}
