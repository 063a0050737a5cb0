package org.campaigntracker.core.store;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Forms of one read-model value that a front door derives from it (its JSON, compressed or not), made once on first
 * use and kept with the value: when the read model replaces the value, its renditions go with it, so a front door
 * keeps no cache of its own that could outlive the data.
 */
public final class Renditions {

    private final Map<String, Object> made = new ConcurrentHashMap<>();

    /** The rendition called {@code name}, made by {@code make} the first time it is asked for. */
    @SuppressWarnings("unchecked")
    public <R> R get(String name, Supplier<R> make) {
        return (R) made.computeIfAbsent(name, n -> make.get());
    }
}
