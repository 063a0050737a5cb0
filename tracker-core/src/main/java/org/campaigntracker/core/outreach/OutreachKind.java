package org.campaigntracker.core.outreach;

import java.util.Locale;
import org.campaigntracker.core.common.Labels;

/** What was sent; each name is the database and wire value. */
public enum OutreachKind {
    press_kit,
    press_release,
    pitch,
    op_ed_offer;

    /** In words for people ("press kit", « dossier de presse »), never the code. */
    public String words(Locale locale) {
        return Labels.of(this, locale);
    }
}
