/**
 * The HTTP API: Jersey resources, thin over core services; JSON by Jackson; every error as RFC 9457
 * problem+json. {@link org.campaigntracker.api.ApiServer} wires it on Grizzly.
 */
package org.campaigntracker.api;
