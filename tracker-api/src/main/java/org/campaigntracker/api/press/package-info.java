/** Press coverage, readable by every role; partners see no journalist, summary or testimony (see PublicPressItem). */
package org.campaigntracker.api.press;
