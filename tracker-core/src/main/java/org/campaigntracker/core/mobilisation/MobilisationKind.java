package org.campaigntracker.core.mobilisation;

import java.util.Locale;
import org.campaigntracker.core.common.Labels;

/** What kind of pressure a mobilisation is; each name is the database and wire value (as PositionLevel's). */
public enum MobilisationKind {
    petition,
    joint_appeal,
    letter_campaign;

    public String code() {
        return name();
    }

    /** The kind in words for people ("joint appeal", « appel commun »), never the code. */
    public String words(Locale locale) {
        return Labels.of(this, locale);
    }
}
