/**
 * Testimonies over HTTP. Advisers and coordinators read them whole (story, consents); partners read only those a
 * "public" consent allows today, without anything that identifies the witness. The identity is its own sub-resource,
 * for advisers and coordinators only. Every read and change is audited.
 */
package org.campaigntracker.api.testimony;
