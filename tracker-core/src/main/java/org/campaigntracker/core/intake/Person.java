package org.campaigntracker.core.intake;

import java.util.Locale;
import org.campaigntracker.core.common.Names;

/**
 * Someone named in an invitation or an e-mail: a display name (CN, or the name of "Name" &lt;address&gt;), an
 * address, or both.
 */
public record Person(String name, String email) {

    public Person {
        name = name == null || name.isBlank() ? null : Names.clean(name.replace("\"", ""));
        email = email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
        if (name != null && email != null && name.equalsIgnoreCase(email)) {
            name = null; // "nicolas.grivel@cnaf.fr <nicolas.grivel@cnaf.fr>": no name was given
        }
    }

    /**
     * The name to match and to give a new stakeholder: the display name without a trailing "(…)", else one read from
     * the address when its local part has two words or more (nicolas.grivel@… → Nicolas Grivel); null for contact@…
     * alone.
     */
    public String bestName() {
        if (name != null) {
            // "Marie Dupont (Secours catholique)": the organisation in brackets is not part of her name.
            String bare = name.replaceFirst("\\s*\\([^()]*\\)$", "").strip();
            return bare.isEmpty() ? name : bare;
        }
        if (email == null) {
            return null;
        }
        String[] words = email.substring(0, Math.max(0, email.indexOf('@'))).split("[._-]+");
        if (words.length < 2) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            if (!w.isEmpty() && !w.chars().allMatch(Character::isDigit)) {
                b.append(b.length() == 0 ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            }
        }
        return b.length() == 0 ? null : b.toString();
    }

    /** "Nicolas Grivel <nicolas.grivel@cnaf.fr>", or whichever part there is. */
    public String label() {
        if (name == null) {
            return email;
        }
        return email == null ? name : name + " <" + email + ">";
    }

    /** Two mentions of the same person (same address, or same name key when either has no address). */
    boolean samePerson(Person other) {
        if (email != null && other.email != null) {
            return email.equals(other.email);
        }
        return bestName() != null && Names.key(bestName()).equals(Names.key(other.bestName()));
    }
}
