package org.campaigntracker.api.map;

import java.time.LocalDate;
import java.util.List;
import org.campaigntracker.api.http.Wire;
import org.campaigntracker.core.map.StakeholderMap;

/** The map as JSON: nodes with their scores, edges, and gaps. */
public record MapRepresentation(LocalDate asOf, int staleDays, List<NodeJson> nodes, List<EdgeJson> edges,
                                GapsJson gaps) {

    /** A stakeholder with the scores the page draws: power, stance, engagement, influence, fade. */
    public record NodeJson(long id, String kind, String name, String label, String function, Long organisationId,
                           String organisationName, String category, int power, int stance, int engagement,
                           int influence, LocalDate lastContact, boolean faded, List<Long> themeIds) {
    }

    public record EdgeJson(long id, long from, long to, String type, int strength, LocalDate since, LocalDate until,
                           boolean active) {
    }

    public record StaleJson(long stakeholderId, LocalDate lastContact, Long days) {
    }

    public record DemandJson(long id, String code, String title) {
    }

    public record GapsJson(int minPower, List<StaleJson> notContacted, List<Long> unreachable,
                           List<DemandJson> unsupportedDemands) {
    }

    static MapRepresentation from(StakeholderMap m) {
        return new MapRepresentation(m.asOf(), m.staleDays(),
                m.nodes().stream().map(n -> new NodeJson(n.id(), Wire.code(n.kind()), n.name(), n.label(),
                        n.function(), n.organisationId(), n.organisationName(), Wire.code(n.category()), n.power(),
                        n.stance(), n.engagement(), n.influence(), n.lastContact(), n.faded(), n.themeIds())).toList(),
                m.edges().stream().map(e -> new EdgeJson(e.id(), e.fromId(), e.toId(), Wire.code(e.type()),
                        e.strength(), e.since(), e.until(), e.active())).toList(),
                new GapsJson(m.gaps().minPower(),
                        m.gaps().notContacted().stream().map(s -> new StaleJson(s.stakeholderId(), s.lastContact(),
                                s.days())).toList(),
                        m.gaps().unreachable(),
                        m.gaps().unsupportedDemands().stream().map(d -> new DemandJson(d.demandId(), d.code(),
                                d.title())).toList()));
    }
}
