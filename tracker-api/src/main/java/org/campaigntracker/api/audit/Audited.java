package org.campaigntracker.api.audit;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The route reads or changes personal data: {@link AuditFilter} records who did it, once it succeeded. */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Audited {

    /** What was touched: testimony, testimony_identity, testimony_consent… */
    String value();

    /** read, create, update, delete. */
    String action() default "read";
}
