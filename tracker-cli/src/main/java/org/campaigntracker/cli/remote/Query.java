package org.campaigntracker.cli.remote;

import java.util.StringJoiner;

/** A query string built from the filters that are set; {@link #toString()} is "" or "?a=1&b=2". */
final class Query {

    private final StringJoiner parts = new StringJoiner("&", "?", "").setEmptyValue("");

    Query add(String name, Object value) {
        if (value != null) {
            parts.add(name + "=" + RemoteApi.encode(String.valueOf(value)));
        }
        return this;
    }

    @Override
    public String toString() {
        return parts.toString();
    }
}
