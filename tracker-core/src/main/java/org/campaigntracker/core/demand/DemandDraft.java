package org.campaigntracker.core.demand;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.campaigntracker.core.common.Check;
import org.campaigntracker.core.common.Names;

/**
 * A demand as a user gives it. A null code means "next code in the theme" (theme 1 → 1.1, 1.2…).
 */
public record DemandDraft(long themeId, String code, String title, String body, LocalDate retiredOn) {

    static final Pattern CODE = Pattern.compile("[0-9]+(\\.[0-9]+)+");

    public DemandDraft {
        code = code == null || code.isBlank() ? null : code.strip();
        title = Names.clean(title);
        body = body == null || body.isBlank() ? null : body.strip();
        Check.of()
                .matches("code", code, CODE, "1.2")
                .notBlank("title", title)
                .maxLength("title", title, 500)
                .maxLength("code", code, 30)
                .maxLength("body", body, Check.LONG_TEXT)
                .date("retired_on", retiredOn)
                .orThrow();
    }

    public static DemandDraft of(long themeId, String title) {
        return new DemandDraft(themeId, null, title, null, null);
    }
}
