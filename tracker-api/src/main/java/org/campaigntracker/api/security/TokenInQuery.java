package org.campaigntracker.api.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The route also accepts the token as a {@code ?token=} query parameter when no Authorization header is sent: for
 * feeds that calendar applications subscribe to, which can only be given a URL. Only such routes: a token in a URL
 * ends up in histories and proxy logs, so the subscriber should get a token of its own, revocable on its own.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface TokenInQuery {
}
