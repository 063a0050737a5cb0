/** The partner dashboard: GET /api/v1/campaigns/{slug}/progress, served from core's per-revision cache. */
package org.campaigntracker.api.progress;
