package org.campaigntracker.core.common;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Input that breaks one or more rules; nothing was written. */
public final class InvalidInputException extends TrackerException {
    private static final long serialVersionUID = 1L;

    private final transient List<FieldViolation> violations;

    public InvalidInputException(List<FieldViolation> violations) {
        this(violations, null);
    }

    InvalidInputException(List<FieldViolation> violations, Throwable cause) {
        super("error.invalid", List.of(join(violations, Locale.ENGLISH)), cause);
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an invalid-input error needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public static InvalidInputException of(String field, String rule, Object... args) {
        return new InvalidInputException(List.of(new FieldViolation(field, rule, List.of(args))));
    }

    public List<FieldViolation> violations() {
        return violations;
    }

    @Override
    public String message(Locale locale) {
        return join(violations, locale);
    }

    private static String join(List<FieldViolation> violations, Locale locale) {
        return violations.stream().map(v -> v.message(locale)).collect(Collectors.joining("; "));
    }
}
