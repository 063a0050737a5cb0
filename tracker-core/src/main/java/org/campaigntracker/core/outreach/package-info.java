/**
 * Media outreach: what the campaign sent to the press (press kit, press release, pitch, op-ed offer), to which
 * journalists and outlets, under which embargo; press items name the outreach that led to them, and the report says
 * which sends led to which coverage, how many days later, and which outlets were reached or not.
 */
package org.campaigntracker.core.outreach;
