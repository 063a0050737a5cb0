package org.campaigntracker.api.http;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import java.util.Set;
import org.campaigntracker.api.security.AuthFilter;
import org.campaigntracker.core.access.Caller;
import org.campaigntracker.core.revision.RevisionWatch;

/**
 * After a write through this server, its in-memory read models of the caller's campaign are dropped before the
 * client hears back, so the client's next read here shows its write even if PostgreSQL's notification of the same
 * commit is still on its way. Other servers learn of it from that notification.
 */
public final class LocalChanges implements ContainerResponseFilter {

    private static final Set<String> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    private final RevisionWatch watch;

    public LocalChanges(RevisionWatch watch) {
        this.watch = watch;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!READS.contains(request.getMethod()) && request.getProperty(AuthFilter.CALLER) instanceof Caller caller) {
            watch.changed(caller.campaignId());
        }
    }
}
