/**
 * The API's audit hook: resource methods marked {@link org.campaigntracker.api.audit.Audited} leave an audit event
 * (token id and label, route, record ids) once they succeeded.
 */
package org.campaigntracker.api.audit;
