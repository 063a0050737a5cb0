/** Press coverage: public by nature, readable by every role. */
package org.campaigntracker.api.press;
