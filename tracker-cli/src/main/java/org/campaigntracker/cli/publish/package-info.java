/** {@code tracker publish}: mark rows public, preview the public page, write it as static files. */
package org.campaigntracker.cli.publish;
