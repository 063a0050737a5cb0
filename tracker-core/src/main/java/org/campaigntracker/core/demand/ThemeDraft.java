package org.campaigntracker.core.demand;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.campaigntracker.core.common.Check;
import org.campaigntracker.core.common.Names;

/**
 * A theme as a user gives it. A null code or position means "next free one".
 */
public record ThemeDraft(String code, Integer position, String title, String description, LocalDate retiredOn) {

    static final Pattern CODE = Pattern.compile("[0-9]+");

    public ThemeDraft {
        code = code == null || code.isBlank() ? null : code.strip();
        title = Names.clean(title);
        description = description == null || description.isBlank() ? null : description.strip();
        Check.of()
                .matches("code", code, CODE, "3")
                .notBlank("title", title)
                .maxLength("title", title, 300)
                .maxLength("code", code, 9)
                .maxLength("description", description, Check.LONG_TEXT)
                .date("retired_on", retiredOn)
                .range("position", position, 1, 1000)
                .orThrow();
    }

    public static ThemeDraft of(String title) {
        return new ThemeDraft(null, null, title, null, null);
    }
}
