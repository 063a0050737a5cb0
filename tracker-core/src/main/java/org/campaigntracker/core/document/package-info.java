/**
 * The resource document for decision makers: the campaign's themes and demands, key figures, sources, and the
 * testimonies whose consent allows this use, named only as that consent says (never by full name). Regenerated
 * from the data at any time, as Markdown or printable HTML.
 */
package org.campaigntracker.core.document;
