package org.campaigntracker.api.http;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.function.Function;
import org.campaigntracker.core.common.Check;
import org.campaigntracker.core.interaction.Page;

/**
 * Offset pagination over a stably sorted list: {@code ?limit=} (1–100, default 50) and {@code ?offset=}
 * (0–10,000,000). Every list the API serves is sorted on a unique key last (the id), so pages neither overlap nor
 * skip rows.
 */
public record Paging(int limit, int offset) {

    public static final int MAX = 100;
    public static final int DEFAULT = 50;
    /** Far past any campaign's lists, and far enough from the int range that offset + limit cannot overflow. */
    public static final int MAX_OFFSET = 10_000_000;

    public Paging {
        Check.of().range("limit", limit, 1, MAX).range("offset", offset, 0, MAX_OFFSET).orThrow();
    }

    public static Paging of(Integer limit, Integer offset) {
        return new Paging(limit == null ? DEFAULT : limit, offset == null ? 0 : offset);
    }

    /** One row more than the page, so the answer knows whether a next page exists without counting. */
    public Page probe() {
        return new Page(limit + 1, offset);
    }

    /** A page from a list fetched with {@link #probe()}. */
    public <D, W> Response respond(UriInfo uri, List<D> probed, Function<D, W> toWire) {
        boolean more = probed.size() > limit;
        List<W> items = probed.stream().limit(limit).map(toWire).toList();
        String next = more ? uri.getRequestUriBuilder().replaceQueryParam("offset", offset + limit)
                .replaceQueryParam("limit", limit).build().toString() : null;
        Response.ResponseBuilder ok = Response.ok(new PageRepresentation<>(items, next));
        return (next == null ? ok : ok.header("Link", "<" + next + ">; rel=\"next\"")).build();
    }

    /** A page cut from a whole list held in memory (lists core returns entire, sized per campaign). */
    public <D, W> Response slice(UriInfo uri, List<D> all, Function<D, W> toWire) {
        int from = Math.min(offset, all.size());
        int to = Math.min(all.size(), offset + limit + 1);
        return respond(uri, all.subList(from, to), toWire);
    }
}
