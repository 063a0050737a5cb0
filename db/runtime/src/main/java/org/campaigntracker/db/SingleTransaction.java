package org.campaigntracker.db;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;

/**
 * The connection Liquibase migrates through, so that a whole update is one PostgreSQL transaction.
 *
 * <p>Liquibase 4.x commits a changeset's DDL, then records the changeset in {@code databasechangelog} and commits
 * again: a process killed between the two leaves DDL applied but unrecorded, and every later start fails on
 * "relation already exists". Through this view Liquibase's commits and rollbacks become savepoints of one
 * transaction that only the {@link Migrator} commits, with the records and the schema stamp: a migration that
 * dies or fails at any point leaves the database exactly as it was.
 *
 * <p>A Liquibase commit releases the savepoint and sets a new one; a Liquibase rollback returns to it. Liquibase
 * rolls back defensively when it believes nothing is pending (before taking and releasing its lock), so a real
 * rollback there would silently discard the changesets already applied. Auto-commit cannot be switched on: a
 * changeset declaring {@code runInTransaction:false} is refused, as it cannot be part of the transaction.
 */
final class SingleTransaction implements InvocationHandler {

    private final Connection connection;
    private Savepoint lastCommit;

    private SingleTransaction(Connection connection) throws SQLException {
        this.connection = connection;
        this.lastCommit = connection.setSavepoint();
    }

    /** A view of the given connection, whose auto-commit must be off; closing the view leaves it open. */
    static Connection over(Connection connection) throws SQLException {
        if (connection.getAutoCommit()) {
            throw new IllegalStateException("a single transaction needs auto-commit off");
        }
        return (Connection) Proxy.newProxyInstance(SingleTransaction.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new SingleTransaction(connection));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        int arity = args == null ? 0 : args.length;
        switch (method.getName() + "/" + arity) {
            case "getAutoCommit/0":
                return false;
            case "setAutoCommit/1":
                refuseAutoCommit((Boolean) args[0]);
                return null;
            case "commit/0":
                connection.releaseSavepoint(lastCommit);
                lastCommit = connection.setSavepoint();
                return null;
            case "rollback/0":
                connection.rollback(lastCommit);
                return null;
            case "close/0":
                return null; // the Migrator commits, then its caller closes
            case "equals/1":
                return proxy == args[0];
            case "hashCode/0":
                return System.identityHashCode(proxy);
            case "toString/0":
                return "single transaction over " + connection;
            default:
                return forward(method, args);
        }
    }

    private static void refuseAutoCommit(boolean autoCommit) throws SQLException {
        if (autoCommit) {
            throw new SQLException("a changeset declares runInTransaction:false; the tracker applies a migration as "
                    + "one transaction, so that a killed migration leaves nothing behind: write the change so that it "
                    + "runs in a transaction (no CREATE INDEX CONCURRENTLY, VACUUM or ALTER TYPE ... ADD VALUE)");
        }
    }

    private Object forward(Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(connection, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
