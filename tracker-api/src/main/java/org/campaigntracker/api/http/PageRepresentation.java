package org.campaigntracker.api.http;

import java.util.List;

/**
 * One page of a list: the items and the address of the next page (absent on the last one). The same link is in a
 * {@code Link: <…>; rel="next"} header.
 */
public record PageRepresentation<T>(List<T> items, String next) {
}
