/** {@code tracker doc resource}: the resource document for decision makers. */
package org.campaigntracker.cli.doc;
