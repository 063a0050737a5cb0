package org.campaigntracker.core.store;

import java.util.function.Supplier;

/**
 * Several writes a command makes together. Over the database they are one transaction ({@link Transactions}); a
 * remote client has no transaction across requests, so its writes run one after the other and the command must have
 * checked what it can before the first.
 */
public interface UnitOfWork {

    <T> T together(Supplier<T> writes);
}
