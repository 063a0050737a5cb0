package org.campaigntracker.core.mobilisation;

import java.util.Locale;
import org.campaigntracker.core.common.Labels;

/** What kind of pressure a mobilisation is; each name is the database value in upper case. */
public enum MobilisationKind {
    PETITION,
    JOINT_APPEAL,
    LETTER_CAMPAIGN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind in words for people ("joint appeal", « appel commun »), never the code. */
    public String words(Locale locale) {
        return Labels.of(this, locale);
    }
}
