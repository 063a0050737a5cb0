/**
 * The browser pages (stakeholder map, demand ledger, coverage…): static, bundled HTML and scripts that carry no data
 * themselves. A page reads the caller's token from the URL fragment (never sent to the server), keeps it in session
 * storage and fetches everything through the authenticated JSON API, so the page and the API share one access rule.
 */
package org.campaigntracker.api.web;
