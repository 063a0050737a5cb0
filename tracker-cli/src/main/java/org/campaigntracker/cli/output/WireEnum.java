package org.campaigntracker.cli.output;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The values of an enum option spelled as the API spells them: lower snake case ({@code letter_sent}). Left to
 * itself, picocli lists the Java constant names ({@code LETTER_SENT}) in help ({@code ${COMPLETION-CANDIDATES}}),
 * in the completion script and in "expected one of" errors. Names in any case, and with dashes for underscores,
 * are still accepted, as they were, so existing scripts keep working.
 *
 * <p>A subclass per enum is both the option's converter and its completion candidates:
 * {@code @Option(names = "--kind", converter = Kinds.class, completionCandidates = Kinds.class)}.
 * {@code WireEnumOptionsTest} fails for an enum option that does not use one.
 */
public abstract class WireEnum<E extends Enum<E>> implements ITypeConverter<E>, Iterable<String> {

    private final Class<E> type;

    protected WireEnum(Class<E> type) {
        this.type = type;
    }

    public Class<E> type() {
        return type;
    }

    /** The wire spelling of a constant: its name in lower case. */
    public static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** Every wire value, in declaration order. */
    public List<String> codes() {
        return Arrays.stream(type.getEnumConstants()).map(WireEnum::code).toList();
    }

    @Override
    public Iterator<String> iterator() {
        return codes().iterator();
    }

    @Override
    public E convert(String value) {
        String wanted = value.strip().replace('-', '_');
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(wanted)) {
                return e;
            }
        }
        // picocli prefixes this with "Invalid value for option '--kind': " and exits with the usage error code.
        throw new TypeConversionException("expected one of " + String.join(", ", codes()) + " but was '" + value + "'");
    }
}
