/**
 * Who is calling and what they may do: bearer tokens turned into a {@link org.campaigntracker.core.access.Caller},
 * each resource method's {@link org.campaigntracker.api.security.Allow} list of roles, and the campaign scope (a path
 * slug other than the token's campaign is answered 404, exactly as a slug that does not exist).
 */
package org.campaigntracker.api.security;
