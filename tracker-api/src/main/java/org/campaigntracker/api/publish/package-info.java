/**
 * The public accountability page at {@code /p/{slug}}: its HTML in English and French, Atom feed, JSON and embeddable
 * snippet, rendered from core's {@code PublicView} alone by {@link org.campaigntracker.api.publish.PublicFiles}, which
 * both the server and {@code tracker publish --static} use, so the exported files are the served bytes.
 */
package org.campaigntracker.api.publish;
