package org.campaigntracker.core.stakeholder;

/** A stored contact point of one stakeholder. */
public record ContactPoint(long id, long stakeholderId, ContactKind kind, String value, String label,
                           boolean primary, int version) {

    public ContactPointDraft toDraft() {
        return new ContactPointDraft(kind, value, label, primary);
    }
}
