/**
 * Press coverage of the campaign: which outlet published what and when, its reach and tone, the themes and demands
 * it covered, the stakeholders it quoted and the testimonies it used. It shows which demands reach the public and
 * which targets speak about them in the media.
 */
package org.campaigntracker.core.press;
