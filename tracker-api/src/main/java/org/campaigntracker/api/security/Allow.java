package org.campaigntracker.api.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.campaigntracker.core.access.Role;

/**
 * The roles that may call a resource method. A method under /api/v1 without it is refused to everyone (fail
 * closed), and the authorization matrix test fails, so a new route cannot go out unprotected by accident.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Allow {
    Role[] value();
}
