package org.campaigntracker.core.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.campaigntracker.core.common.NameMatcher;
import org.campaigntracker.core.common.Names;
import org.campaigntracker.core.member.Member;
import org.campaigntracker.core.stakeholder.Stakeholder;

/**
 * Who is who among the people of an invitation or e-mail: a stakeholder by e-mail contact point first, then a member
 * of ours by name (members have no address in the tracker), then a stakeholder by name. Names are matched as
 * {@code meeting log --with} matches them (accents, case, word order, initials), but only on whole words or word
 * starts and only when one candidate answers: a name found inside another is no proof of identity.
 */
final class Participants {

    private static final NameMatcher<Stakeholder> STAKEHOLDERS = new NameMatcher<>("stakeholder", Stakeholder::label,
            s -> List.of(s.name()));
    private static final NameMatcher<Member> MEMBERS = new NameMatcher<>("member", Member::displayName,
            m -> List.of(m.displayName()));

    private final List<Stakeholder> stakeholders;
    private final List<Member> members;
    private final Map<String, Set<Long>> byEmail;

    Participants(List<Stakeholder> stakeholders, List<Member> members, Map<String, Set<Long>> byEmail) {
        this.stakeholders = stakeholders;
        this.members = members;
        this.byEmail = byEmail;
    }

    /** Matched people sorted out. */
    record Sorted(List<Stakeholder> theirs, List<Member> ours, List<Person> unmatched) {
    }

    Sorted sort(List<Person> people) {
        List<Stakeholder> theirs = new ArrayList<>();
        List<Member> ours = new ArrayList<>();
        List<Person> unmatched = new ArrayList<>();
        for (Person p : people) {
            Optional<Stakeholder> s = byEmail(p);
            Optional<Member> m = s.isPresent() ? Optional.empty() : one(MEMBERS, p, members);
            if (s.isEmpty() && m.isEmpty()) {
                s = one(STAKEHOLDERS, p, stakeholders);
            }
            if (s.isPresent()) {
                if (!theirs.contains(s.get())) {
                    theirs.add(s.get());
                }
            } else if (m.isPresent()) {
                if (!ours.contains(m.get())) {
                    ours.add(m.get());
                }
            } else {
                unmatched.add(p);
            }
        }
        return new Sorted(theirs, ours, unmatched);
    }

    boolean isOurs(Person p) {
        return byEmail(p).isEmpty() && one(MEMBERS, p, members).isPresent();
    }

    private Optional<Stakeholder> byEmail(Person p) {
        Set<Long> ids = p.email() == null ? Set.of() : byEmail.getOrDefault(p.email(), Set.of());
        if (ids.size() != 1) {
            return Optional.empty(); // a shared address (a secretariat) says nothing of who; the name may
        }
        long id = ids.iterator().next();
        return stakeholders.stream().filter(s -> s.id() == id).findFirst();
    }

    private static <T> Optional<T> one(NameMatcher<T> matcher, Person p, List<T> candidates) {
        String name = p.bestName();
        if (name == null || Names.key(name).isEmpty()) {
            return Optional.empty();
        }
        List<T> found = matcher.matches(name, candidates);
        if (found.size() != 1 || !wordsStart(Names.key(name), candidateName(found.get(0)))) {
            return Optional.empty();
        }
        return Optional.of(found.get(0));
    }

    /** Every word of the name starts a word of the candidate's name ("n grivel" → "nicolas grivel"). */
    private static boolean wordsStart(String key, String candidate) {
        List<String> words = List.of(Names.key(candidate).split(" "));
        for (String w : key.split(" ")) {
            if (words.stream().noneMatch(x -> x.startsWith(w))) {
                return false;
            }
        }
        return true;
    }

    private static String candidateName(Object candidate) {
        return candidate instanceof Stakeholder s ? s.name() : ((Member) candidate).displayName();
    }
}
