/** {@code tracker training}: trainings of the coalition's members and who attended them. */
package org.campaigntracker.cli.member;
