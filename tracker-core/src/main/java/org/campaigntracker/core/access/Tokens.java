package org.campaigntracker.core.access;

import java.util.List;

/**
 * What a front door reads of the API tokens: {@link TokenService} answers over the database, the CLI's remote mode
 * over the HTTP API (coordinators only). Making, rotating and revoking tokens stays with the service.
 */
public interface Tokens {

    /** The campaign's tokens, revoked ones included; every campaign's with null. */
    List<ApiToken> list(Long campaignId);
}
