package org.campaigntracker.cli.status;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import org.campaigntracker.cli.Action;
import org.campaigntracker.cli.CliContext;
import org.campaigntracker.cli.Uses;
import org.campaigntracker.cli.output.Dates;
import org.campaigntracker.cli.output.Json;
import org.campaigntracker.core.common.Labels;
import org.campaigntracker.core.hatvp.LobbyingThreshold;
import org.campaigntracker.core.position.Ledger;
import org.campaigntracker.core.position.PositionLevel;
import org.campaigntracker.core.status.CampaignStatus;
import org.campaigntracker.core.status.CampaignStatus.Overdue;
import org.campaigntracker.core.status.Statuses;
import org.campaigntracker.core.stewardship.RelationshipDue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tracker status [--days N] [--json]}. */
@Command(name = "status", mixinStandardHelpOptions = true)
public final class StatusCommand extends Action {

    @Option(names = "--days", defaultValue = "60", descriptionKey = "status.days")
    int days;

    @Option(names = "--json", descriptionKey = "option.json")
    boolean json;

    @Uses
    Statuses status;

    StatusCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        CampaignStatus s = status.status(campaignId(), today(), days);
        if (json) {
            Json.print(context.out(), s);
            return 0;
        }
        PrintWriter out = context.out();
        out.println(msg("status.title", s.campaign(), date(s.asOf())));
        section(out, "status.themes", s.themes().size());
        for (CampaignStatus.ThemeProgress t : s.themes()) {
            out.println("  " + t.code() + " " + t.title() + " — " + levels(t.byBestLevel(), t.demands()));
        }
        section(out, "status.unsupported", s.unsupported().size());
        s.unsupported().forEach(d -> out.println("  " + d.code() + " " + d.title() + " (" + d.best().label(context.locale()) + ")"));
        section(out, "status.overdue_commitments", s.overdueCommitments().size());
        s.overdueCommitments().forEach(o -> out.println("  " + overdue(o)));
        section(out, "status.overdue_followups", s.overdueFollowUps().size());
        s.overdueFollowUps().forEach(o -> out.println("  " + overdue(o)));
        byPerson(out, s);
        section(out, "status.milestones", s.nextMilestones().size());
        s.nextMilestones().forEach(m -> out.println("  " + date(m.on()) + "  #" + m.id() + " " + m.title()
                + (m.late() ? " [" + msg("flag.late") + "]" : "") + (m.atRisk() ? " [" + msg("flag.at_risk") + "]" : "")));
        section(out, "status.quiet", s.quietTargets().size(), s.quietDays());
        s.quietTargets().forEach(q -> out.println("  " + q.name() + " (" + msg("col.power") + " " + q.power() + ") — "
                + (q.lastContact() == null ? msg("status.never_met") : msg("status.last_met", date(q.lastContact())))));
        section(out, "status.relationships_due", s.relationshipsDue().size());
        s.relationshipsDue().forEach(d -> out.println("  " + relationship(d)));
        section(out, "status.mobilisations", s.mobilisations().size());
        s.mobilisations().forEach(m -> out.println("  " + mobilisation(m)));
        lobbying(out, s.lobbying());
        out.flush();
        return 0;
    }

    /**
     * "Late, by person: Valérie 2, Didier Minot 1, nobody 1" — the commitments each one chases, their follow-ups and
     * the relationships they hold, when late.
     */
    private void byPerson(PrintWriter out, CampaignStatus s) {
        java.util.Map<String, Integer> late = new java.util.TreeMap<>();
        s.overdueCommitments().stream().filter(o -> o.owner() != null)
                .forEach(o -> late.merge(o.owner(), 1, Integer::sum));
        s.overdueFollowUps().forEach(o -> late.merge(o.owner() == null ? msg("status.nobody") : o.owner(), 1,
                Integer::sum));
        s.relationshipsDue().forEach(d -> late.merge(d.ownerName() == null ? msg("status.nobody") : d.ownerName(), 1,
                Integer::sum));
        if (!late.isEmpty()) {
            out.println("  " + context.messages().labelled(msg("status.by_person"), String.join(", ",
                    late.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList())));
        }
    }

    /** "Nicolas Grivel (CNAF) — Valérie, every 30 days; last contact 17/01/2023 (Valérie, Didier Minot), 15 days late". */
    private String relationship(RelationshipDue d) {
        String owner = d.ownerName() == null ? msg("status.no_owner") : d.ownerName();
        String last = d.lastContactOn() == null ? msg("relationships.never")
                : msg("status.last_contact", date(d.lastContactOn()), d.lastContactBy().isEmpty() ? "—"
                        : String.join(", ", d.lastContactBy()), d.overdueDays());
        return msg("status.relationship", d.stakeholder(), owner, d.cadenceDays(), last);
    }

    /** Always shown: a coalition should know how far it is from having to register, not only once it must. */
    private void lobbying(PrintWriter out, LobbyingThreshold l) {
        out.println();
        String key = l.reached() ? "status.hatvp_reached" : l.near() ? "status.hatvp_near" : "status.hatvp";
        out.println(msg(key, l.actions(), LobbyingThreshold.THRESHOLD, date(l.since())));
    }

    private void section(PrintWriter out, String key, int count, Object... args) {
        out.println();
        Object[] all = new Object[args.length + 1];
        all[0] = count;
        System.arraycopy(args, 0, all, 1, args.length);
        out.println(msg(key, all));
    }

    private String levels(Map<PositionLevel, Integer> byLevel, int demands) {
        if (demands == 0) {
            return msg("status.no_demands");
        }
        List<String> parts = byLevel.entrySet().stream().sorted(Map.Entry.comparingByKey(Ledger.ORDER.reversed()))
                .map(e -> Labels.counted(e.getValue(), e.getKey(), context.locale())).toList();
        return context.messages().labelled(msg("status.demands", demands), String.join(", ", parts));
    }

    /** "Appel commun (joint appeal) — 95 on 10/04/2023, +15 since 01/04/2023; delivered on …, no answer yet". */
    private String mobilisation(CampaignStatus.MobilisationLine m) {
        StringBuilder line = new StringBuilder("#" + m.id() + " " + m.title() + " (" + m.kind().words(context.locale())
                + ") — ");
        line.append(m.count() == null ? msg("status.no_count") : msg("status.count", m.count(), date(m.countedOn())));
        if (m.previousCount() != null) {
            int delta = m.count() - m.previousCount();
            String signed = (delta < 0 ? "−" : "+")
                    + java.text.NumberFormat.getIntegerInstance(context.locale()).format(Math.abs(delta));
            line.append(", ").append(msg("status.growth", signed, date(m.previousOn())));
        }
        if (m.deliveredOn() != null) {
            line.append("; ").append(msg(m.answered() ? "status.delivered_answered" : "status.delivered",
                    date(m.deliveredOn())));
        }
        return line.toString();
    }

    private String overdue(Overdue o) {
        return "#" + o.id() + " " + (o.who() == null ? "" : o.who() + ": ") + o.what() + " — "
                + msg("status.late_by", date(o.dueOn()), o.daysLate());
    }

    private String date(java.time.LocalDate d) {
        return Dates.show(context.locale(), d);
    }
}
