/**
 * HTTP concerns shared by every resource: security headers, CORS, body size, ETags and conditional requests,
 * pagination.
 */
package org.campaigntracker.api.http;
