/**
 * The HTTP/1.1 layer under Jersey, set up to face clients directly without a proxy in front: only the methods the
 * API serves, one unambiguous body length per request (no request smuggling), bodies read whole before a worker
 * thread is given the request and only at a minimum rate, a bound on connections per client address, and every
 * answer this layer makes itself in problem+json without stack trace or server version.
 */
package org.campaigntracker.api.http.grizzly;
