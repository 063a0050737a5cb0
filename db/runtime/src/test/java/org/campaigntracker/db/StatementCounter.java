package org.campaigntracker.db;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/** A view of a connection that counts the statements executed through it, to hold a code path to its cost. */
final class StatementCounter {

    private final Connection connection;
    private final AtomicInteger executed = new AtomicInteger();

    StatementCounter(Connection real) {
        this.connection = proxy(Connection.class, real);
    }

    Connection connection() {
        return connection;
    }

    int executed() {
        return executed.get();
    }

    private <T> T proxy(Class<T> type, T real) {
        return type.cast(Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> {
                    if (method.getName().startsWith("execute")) {
                        executed.incrementAndGet();
                    }
                    Object result = invoke(method, real, args);
                    return result instanceof Statement s ? proxy(statementType(method), s) : result;
                }));
    }

    @SuppressWarnings("unchecked")
    private static Class<Statement> statementType(Method method) {
        return (Class<Statement>) method.getReturnType();
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
