/** {@code tracker export hatvp}: a year of lobbying actions for the HATVP register's activity declaration. */
package org.campaigntracker.cli.hatvp;
