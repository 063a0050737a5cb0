package org.campaigntracker.core.stakeholder;

import java.util.List;

/**
 * What a front door asks of a stakeholder's contact points: {@link ContactPointService} answers over the database
 * (sealing the values), the CLI's remote mode over the HTTP API.
 */
public interface ContactPoints {

    ContactPoint add(long campaignId, long stakeholderId, ContactPointDraft draft);

    /** The stakeholder's contact points, the primary one first. */
    List<ContactPoint> list(long campaignId, long stakeholderId);
}
