package org.campaigntracker.cli;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.campaigntracker.core.common.AmbiguousNameException;
import org.campaigntracker.core.common.InvalidInputException;
import org.campaigntracker.core.common.NotFoundException;
import org.campaigntracker.core.demand.Demand;
import org.campaigntracker.core.demand.Demands;
import org.campaigntracker.core.demand.Theme;
import org.campaigntracker.core.member.Member;
import org.campaigntracker.core.member.Members;
import org.campaigntracker.core.stakeholder.Stakeholder;
import org.campaigntracker.core.stakeholder.Stakeholders;

/**
 * Forgiving names on the command line: core finds the one record a partial name means; when several match and
 * someone is at the terminal, they pick one from the candidates; otherwise the ambiguity is the error.
 */
public final class Finder {

    private final CliContext context;
    private final long campaignId;
    private final Stakeholders stakeholders;
    private final Demands demands;
    private final Members members;

    public Finder(CliContext context, long campaignId, Stakeholders stakeholders, Demands demands,
            Members members) {
        this.context = context;
        this.campaignId = campaignId;
        this.stakeholders = stakeholders;
        this.demands = demands;
        this.members = members;
    }

    public Stakeholder stakeholder(String query) {
        return pick(() -> stakeholders.find(campaignId, query), () -> stakeholders.list(campaignId),
                Stakeholder::label);
    }

    public Stakeholder organisation(String query) {
        return pick(() -> stakeholders.findOrganisation(campaignId, query),
                () -> stakeholders.list(campaignId).stream().filter(Stakeholder::isOrganisation).toList(),
                Stakeholder::label);
    }

    public Demand demand(String query) {
        return pick(() -> demands.findDemand(campaignId, query), () -> demands.demands(campaignId), Demand::label);
    }

    public Theme theme(String query) {
        return pick(() -> demands.findTheme(campaignId, query), () -> demands.themes(campaignId),
                t -> t.code() + " " + t.title());
    }

    public Member member(String query) {
        return pick(() -> members.find(campaignId, query), () -> members.list(campaignId), Member::displayName);
    }

    /**
     * Whose records a list shows: the member {@code --owner} names, or with {@code --mine} the one {@code tracker
     * member use} saved; null for everyone's.
     */
    public Long whose(String owner, boolean mine) {
        if (mine && owner != null) {
            throw InvalidInputException.of("owner", "not_with", "--mine");
        }
        if (mine) {
            return member(context.savedMember().orElseThrow(() -> InvalidInputException.of("mine", "needs",
                    "tracker member use <name>"))).id();
        }
        return owner == null ? null : member(owner).id();
    }

    /**
     * The member {@code tracker member use} saved, to record who logged something; null when none is saved or the
     * saved name no longer matches exactly one member (logging never fails for it).
     */
    public Long currentMemberId() {
        return context.savedMember().flatMap(name -> {
            try {
                return java.util.Optional.of(members.find(campaignId, name).id());
            } catch (org.campaigntracker.core.common.TrackerException unknown) {
                return java.util.Optional.empty();
            }
        }).orElse(null);
    }

    public List<Stakeholder> stakeholders(List<String> queries) {
        return queries.stream().map(this::stakeholder).distinct().toList();
    }

    public List<Demand> demands(List<String> queries) {
        return queries.stream().map(this::demand).distinct().toList();
    }

    /**
     * The record core's {@code find} designates; when several match and someone is at the terminal, the one they
     * pick among {@code all} (labelled as core lists the candidates). For features whose names this class does not
     * know (a mobilisation's title).
     */
    public <T> T pick(Supplier<T> find, Supplier<List<T>> all, Function<T, String> label) {
        try {
            return find.get();
        } catch (NotFoundException e) {
            return closest(e, all, label);
        } catch (AmbiguousNameException e) {
            Prompter prompter = context.prompter().orElseThrow(() -> e);
            List<T> candidates = all.get().stream().filter(c -> e.candidates().contains(label.apply(c))).toList();
            if (candidates.isEmpty()) {
                throw e;
            }
            int i = prompter.choose(e.message(context.locale()),
                    candidates.stream().map(label).toList());
            return candidates.get(i);
        }
    }

    /**
     * A name that matched nothing but is close to one: on a terminal, "Did you mean Nicolas Grivel (CNAF)? [Y/n]"
     * (or a choice among the closest, with "none of these"), so what was typed so far is not lost; otherwise, or
     * when the answer is no, the not-found error.
     */
    private <T> T closest(NotFoundException e, Supplier<List<T>> all, Function<T, String> label) {
        Prompter prompter = context.prompter().orElse(null);
        if (prompter == null || e.suggestions().isEmpty()) {
            throw e;
        }
        List<T> candidates = all.get();
        List<T> close = e.suggestions().stream().flatMap(name -> candidates.stream()
                .filter(c -> label.apply(c).equals(name)).limit(1)).toList();
        if (close.isEmpty()) {
            throw e;
        }
        if (close.size() == 1) {
            if (prompter.confirm(context.messages().get("prompt.did_you_mean", label.apply(close.get(0))), true)) {
                return close.get(0);
            }
            throw e;
        }
        List<String> options = new java.util.ArrayList<>(close.stream().map(label).toList());
        options.add(context.messages().get("prompt.none_of_these"));
        int i = prompter.choose(e.message(context.locale()), options);
        if (i == close.size()) {
            throw e;
        }
        return close.get(i);
    }
}
