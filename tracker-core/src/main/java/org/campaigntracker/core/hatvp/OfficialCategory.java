package org.campaigntracker.core.hatvp;

import java.util.List;
import org.campaigntracker.core.common.Names;
import org.campaigntracker.core.stakeholder.Stakeholder;

/**
 * The categories of public officials of loi n° 2013-907, art. 18-2, 1° to 7°, as the register asks for them instead
 * of names. The tracker stores functions and organisations, not these categories, so {@link #of} infers one from
 * the words of the function and organisation; the order of the checks puts the most specific first.
 */
public enum OfficialCategory {
    /** 1°: membre du Gouvernement ou de cabinet ministériel. */
    GOVERNMENT("ministre", "cabinet", "secretaire d etat", "ministere"),
    /** 2°: député, sénateur, collaborateur parlementaire, agent des assemblées. */
    PARLIAMENT("depute", "senat", "assemblee nationale", "parlement"),
    /** 3°: collaborateur du Président de la République. */
    PRESIDENCY("elysee", "president de la republique"),
    /** 4°: dirigeant ou membre du collège d'une autorité administrative ou publique indépendante. */
    INDEPENDENT_AUTHORITY("defenseur des droits", "cnil", "haute autorite", "autorite de", "arcom", "mediateur"),
    /** 6°: titulaire d'une fonction exécutive locale. */
    LOCAL_EXECUTIVE("maire", "conseil departemental", "conseil regional", "president du departement",
            "president de region", "metropole"),
    /** 5°: emploi à la décision du Gouvernement (directeurs d'établissements publics, préfets…). */
    GOVERNMENT_APPOINTEE("directeur general", "directrice generale", "prefet", "prefete", "recteur", "ambassadeur"),
    /** 7°: autre agent public exerçant des responsabilités (the register's catch-all for public bodies). */
    PUBLIC_AGENT();

    private final List<String> words;

    OfficialCategory(String... words) {
        this.words = List.of(words);
    }

    /** The category of a public official, inferred from function, name (organisations) and organisation. */
    public static OfficialCategory of(Stakeholder s) {
        String text = " " + Names.key(String.join(" ", nullToEmpty(s.function()), s.name(),
                nullToEmpty(s.organisationName()))).replace('\'', ' ') + " ";
        for (OfficialCategory c : values()) {
            if (c.words.stream().anyMatch(w -> text.contains(" " + w))) {
                return c;
            }
        }
        return PUBLIC_AGENT;
    }

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
