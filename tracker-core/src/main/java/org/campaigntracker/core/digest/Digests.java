package org.campaigntracker.core.digest;

import java.time.LocalDate;
import java.util.Locale;
import org.campaigntracker.core.brief.BriefingFormat;

/**
 * A member's weekly digest: {@link DigestService} builds it over the database, the CLI's remote mode reads the one the
 * server renders. The answer is the rendered text, the one thing both can give alike.
 */
public interface Digests {

    /** The week holding {@code day}, in the member's language, else {@code fallback}, in the format given. */
    String render(long campaignId, long memberId, LocalDate day, Locale fallback, BriefingFormat format);
}
