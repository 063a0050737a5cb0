package org.campaigntracker.api.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.campaigntracker.api.problem.Problem;
import org.campaigntracker.api.problem.RequestLocale;
import org.campaigntracker.api.security.TokenInQuery;

/**
 * A query parameter the route does not take is a 400 naming the ones it takes: silently ignoring {@code ?sort=name}
 * or a misspelt {@code ?stakholder=3} would hand the client an answer to a question it did not ask. Runs after
 * authentication, so a caller without a token learns nothing here. API routes only: the browser pages read their
 * own query in the browser.
 */
@Priority(Priorities.USER)
public final class KnownQueryParameters implements ContainerRequestFilter {

    @Context
    private ResourceInfo resource;

    @Context
    private HttpHeaders headers;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        if (method == null || HttpMethod.OPTIONS.equals(request.getMethod())
                || !request.getUriInfo().getPath().startsWith("api/")) {
            return;
        }
        Set<String> taken = taken(method);
        List<String> unknown = new ArrayList<>();
        for (String name : request.getUriInfo().getQueryParameters().keySet()) {
            if (!taken.contains(name)) {
                unknown.add(name);
            }
        }
        if (!unknown.isEmpty()) {
            throw new WebApplicationException(problem(unknown, taken, RequestLocale.of(headers)).toResponse());
        }
    }

    /** The query parameters a resource method declares, and {@code token} where the token may come that way. */
    static Set<String> taken(Method method) {
        Set<String> names = new TreeSet<>();
        for (Annotation[] annotations : method.getParameterAnnotations()) {
            for (Annotation a : annotations) {
                if (a instanceof QueryParam q) {
                    names.add(q.value());
                }
            }
        }
        if (method.isAnnotationPresent(TokenInQuery.class)) {
            names.add("token");
        }
        return names;
    }

    private static Problem problem(List<String> unknown, Set<String> taken, Locale locale) {
        boolean fr = locale.getLanguage().equals("fr");
        String allowed = taken.isEmpty() ? (fr ? "cette adresse n’en prend aucun" : "this address takes none")
                : (fr ? "cette adresse prend : " : "this address takes: ") + String.join(", ", taken);
        List<Problem.FieldError> errors = unknown.stream().map(name -> new Problem.FieldError(name,
                "unknown_parameter", (fr ? "paramètre inconnu « " + name + " » ; " : "unknown query parameter “"
                        + name + "”; ") + allowed)).toList();
        String detail = (fr ? "paramètre de requête inconnu : " : "unknown query parameter: ")
                + String.join(", ", unknown) + "; " + allowed;
        return Problem.of(Response.Status.BAD_REQUEST, "unknown-parameter", detail).withErrors(errors);
    }
}
