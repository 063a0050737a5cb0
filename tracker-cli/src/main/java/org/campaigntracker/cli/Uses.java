package org.campaigntracker.cli;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A service a command (or its mixin) uses: {@link CommandWiring} fills the field with the service of its type just
 * before picocli runs the command, never for help or parsing, so a command that declares none never opens the
 * database. A {@code Supplier<Service>} field gets the service on its first {@code get()} instead, for a command that
 * must do something before the database opens (see {@code RestoreCommand}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Uses {
}
