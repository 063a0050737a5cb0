/** The API's description: its routes read from Jersey's model, the OpenAPI document, and the human docs page. */
package org.campaigntracker.api.docs;
