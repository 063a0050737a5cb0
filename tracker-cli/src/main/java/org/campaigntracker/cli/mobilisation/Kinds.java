package org.campaigntracker.cli.mobilisation;

import java.util.List;
import java.util.Locale;
import org.campaigntracker.cli.output.WireEnum;
import org.campaigntracker.core.common.Labels;
import org.campaigntracker.core.common.Names;
import org.campaigntracker.core.mobilisation.MobilisationKind;
import picocli.CommandLine.TypeConversionException;

/** {@code --kind}: the code ({@code joint_appeal}) or the words of either language ("joint appeal", "appel commun"). */
final class Kinds extends WireEnum<MobilisationKind> {

    Kinds() {
        super(MobilisationKind.class);
    }

    @Override
    public MobilisationKind convert(String value) {
        String wanted = Names.key(value);
        for (MobilisationKind kind : MobilisationKind.values()) {
            for (Locale language : List.of(Locale.ENGLISH, Locale.FRENCH)) {
                if (Names.key(Labels.of(kind, language)).equals(wanted) || Names.key(kind.code()).equals(wanted)) {
                    return kind;
                }
            }
        }
        throw new TypeConversionException("expected one of " + String.join(", ", codes()) + " but was '" + value
                + "'");
    }
}
