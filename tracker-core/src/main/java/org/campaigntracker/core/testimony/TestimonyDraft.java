package org.campaigntracker.core.testimony;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import org.campaigntracker.core.common.Check;
import org.campaigntracker.core.common.Names;

/**
 * A testimony as a user gives it. Nothing here may identify the person: their identity is given apart, as a
 * {@link TestimonyIdentity}.
 *
 * @param collectedById the member who collected it, if known
 * @param demandIds     demands the story supports
 */
public record TestimonyDraft(String pseudonym, String story, LocalDate collectedOn, Long collectedById,
                             List<Long> demandIds, List<Long> themeIds) {

    public TestimonyDraft {
        pseudonym = Names.clean(pseudonym);
        story = story == null || story.isBlank() ? null : story.strip();
        demandIds = idSet(demandIds);
        themeIds = idSet(themeIds);
        Check.of()
                .notBlank("pseudonym", pseudonym)
                .maxLength("pseudonym", pseudonym, 100)
                .notBlank("story", story)
                .maxLength("story", story, Check.LONG_TEXT)
                .maxSize("demands", demandIds, Check.MAX_LINKS)
                .maxSize("themes", themeIds, Check.MAX_LINKS)
                .required("collected_on", collectedOn)
                .date("collected_on", collectedOn)
                .orThrow();
    }

    public static TestimonyDraft of(String pseudonym, String story, LocalDate collectedOn) {
        return new TestimonyDraft(pseudonym, story, collectedOn, null, null, null);
    }

    public TestimonyDraft withLinks(Long collectedBy, List<Long> demands, List<Long> themes) {
        return new TestimonyDraft(pseudonym, story, collectedOn, collectedBy, demands, themes);
    }

    /** Sorted and without repeats, so a draft and the stored testimony compare equal. */
    static List<Long> idSet(List<Long> ids) {
        return ids == null ? List.of() : List.copyOf(new TreeSet<>(ids));
    }
}
