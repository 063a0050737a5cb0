package org.campaigntracker.cli.output;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.campaigntracker.core.common.Labels;
import org.campaigntracker.core.common.Names;
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

    private static List<String> words(Enum<?> e) {
        return List.of(Names.key(code(e)), Names.key(Labels.of(e, Locale.ENGLISH)),
                Names.key(Labels.of(e, Locale.FRENCH)));
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
        // The value in words, in English or French, accents and case aside ("prévue", "planned", "annulee"), or the
        // start of exactly one of them ("prev").
        String key = Names.key(value);
        E started = null;
        int starts = 0;
        for (E e : type.getEnumConstants()) {
            for (String word : words(e)) {
                if (word.equals(key)) {
                    return e;
                }
                if (key.length() >= 3 && word.startsWith(key) && started != e) {
                    started = e;
                    starts++;
                }
            }
        }
        if (starts == 1) {
            return started;
        }
        // picocli prefixes this with "Invalid value for option '--kind': " and exits with the usage error code.
        throw new TypeConversionException("expected one of " + String.join(", ", codes()) + " but was '" + value + "'");
    }
}
