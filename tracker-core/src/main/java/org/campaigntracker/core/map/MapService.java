package org.campaigntracker.core.map;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.campaigntracker.core.interaction.InteractionService;
import org.campaigntracker.core.stakeholder.RelationshipService;
import org.campaigntracker.core.stakeholder.Stakeholder;
import org.campaigntracker.core.stakeholder.StakeholderCategory;
import org.campaigntracker.core.stakeholder.StakeholderService;
import org.jooq.DSLContext;

/** Influence paths over a campaign's map. */
public final class MapService {

    /** Our side: where routes start. */
    public static final Set<StakeholderCategory> OUR_SIDE =
            EnumSet.of(StakeholderCategory.coalition_member, StakeholderCategory.ally);

    /** A route with its explanation. */
    public record ExplainedPath(InfluencePaths.Path path, Stakeholder source, String explanation) {
    }

    private final StakeholderService stakeholders;
    private final RelationshipService relationships;
    private final InteractionService interactions;

    public MapService(DSLContext dsl) {
        this.stakeholders = new StakeholderService(dsl);
        this.relationships = new RelationshipService(dsl);
        this.interactions = new InteractionService(dsl);
    }

    /** The best routes from coalition members and allies to the target, explained in the given language. */
    public List<ExplainedPath> pathsTo(long campaignId, long targetId, LocalDate today, int limit, Locale locale) {
        stakeholders.get(campaignId, targetId);
        Map<Long, Stakeholder> all = stakeholders.list(campaignId).stream()
                .collect(Collectors.toMap(Stakeholder::id, Function.identity()));
        Map<Long, LocalDate> lastContact = interactions.lastContact(campaignId, today);
        Map<Long, String> labels = all.values().stream().collect(Collectors.toMap(Stakeholder::id, Stakeholder::label));
        List<Long> sources = all.values().stream().filter(s -> OUR_SIDE.contains(s.category()))
                .map(Stakeholder::id).toList();
        return new InfluencePaths(relationships.list(campaignId), lastContact, today)
                .toTarget(targetId, sources, limit).stream()
                .map(p -> new ExplainedPath(p, all.get(p.sourceId()),
                        PathExplanation.explain(p, labels, lastContact, today, locale)))
                .toList();
    }
}
