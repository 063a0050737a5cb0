package org.campaigntracker.core.common;

import java.sql.SQLException;
import java.util.List;
import java.util.function.Supplier;
import org.jooq.exception.DataAccessException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Turns a rule the database enforced (unique key, check, foreign key, not null) into the same kind of error core
 * validation raises, so a user reads "power must be between 1 and 5", never an SQL state.
 * Used by repositories only.
 */
public final class DatabaseErrors {

    private DatabaseErrors() {
    }

    /** Runs a statement, turning a rule the database refused into core's own error. */
    public static <T> T translated(Supplier<T> statement) {
        try {
            return statement.get();
        } catch (DataAccessException e) {
            throw translate(e);
        }
    }

    public static RuntimeException translate(DataAccessException e) {
        ServerErrorMessage server = serverMessage(e);
        String state = e.sqlState();
        String constraint = server == null ? null : server.getConstraint();
        String column = server == null ? null : server.getColumn();
        String table = server == null ? null : server.getTable();
        return switch (state) {
            case "23505" -> new ConflictException("constraint." + constraint, List.of(), e);
            case "23514" -> new InvalidInputException(List.of(
                    new FieldViolation(fieldOf(table, constraint), "db." + constraint, List.of())), e);
            case "23503" -> new InvalidInputException(List.of(
                    new FieldViolation(fieldOf(table, constraint), "db.reference", List.of())), e);
            case "23502" -> new InvalidInputException(List.of(
                    new FieldViolation(column == null ? "?" : column, "required", List.of())), e);
            case "23P01" -> new ConflictException("constraint." + constraint, List.of(), e);
            case "22001" -> new InvalidInputException(List.of(new FieldViolation("?", "db.too_long", List.of())), e);
            // PostgreSQL text cannot hold U+0000, which JSON and the command line can carry.
            case "22021" -> new InvalidInputException(List.of(new FieldViolation("?", "db.nul_character", List.of())), e);
            default -> e;
        };
    }

    /** ("stakeholder", "stakeholder_power_range") → "power"; ("follow_up", "follow_up_owner_fk") → "owner". */
    static String fieldOf(String table, String constraint) {
        if (constraint == null) {
            return "?";
        }
        String rest = table != null && constraint.startsWith(table + "_")
                ? constraint.substring(table.length() + 1)
                : constraint;
        for (String suffix : List.of("_id_fkey", "_fkey", "_fk", "_range", "_format", "_not_blank", "_positive",
                "_not_negative", "_check", "_key", "_order", "_date", "_needs_deadline")) {
            if (rest.endsWith(suffix) && rest.length() > suffix.length()) {
                return rest.substring(0, rest.length() - suffix.length());
            }
        }
        return rest;
    }

    private static ServerErrorMessage serverMessage(DataAccessException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PSQLException p) {
                return p.getServerErrorMessage();
            }
            if (t instanceof SQLException s && s.getNextException() instanceof PSQLException p) {
                return p.getServerErrorMessage();
            }
        }
        return null;
    }
}
