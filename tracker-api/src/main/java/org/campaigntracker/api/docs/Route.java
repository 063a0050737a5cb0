package org.campaigntracker.api.docs;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceMethod;

/** One registered operation: an HTTP method on a path template, handled by a Java method. */
public record Route(String method, String path, Method handler) {

    private static final Set<String> IMPLICIT = Set.of("HEAD", "OPTIONS");

    public String key() {
        return method + " " + path;
    }

    /** Every operation of an application, read from Jersey's resource model, sorted by path then method. */
    public static List<Route> of(ResourceConfig application) {
        List<Route> routes = new ArrayList<>();
        List<Class<?>> classes = new ArrayList<>(application.getClasses());
        application.getInstances().forEach(i -> classes.add(i.getClass()));
        for (Class<?> type : classes) {
            if (Resource.isAcceptable(type) && type.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
                collect(Resource.from(type), "", routes);
            }
        }
        routes.sort(Comparator.comparing(Route::path).thenComparing(Route::method));
        return List.copyOf(routes);
    }

    private static void collect(Resource resource, String parent, List<Route> into) {
        String path = join(parent, resource.getPath());
        for (ResourceMethod m : resource.getResourceMethods()) {
            if (!IMPLICIT.contains(m.getHttpMethod())) {
                into.add(new Route(m.getHttpMethod(), path, m.getInvocable().getDefinitionMethod()));
            }
        }
        resource.getChildResources().forEach(child -> collect(child, path, into));
    }

    private static String join(String parent, String path) {
        String p = path == null ? "" : path;
        String joined = (parent.endsWith("/") ? parent.substring(0, parent.length() - 1) : parent)
                + (p.isEmpty() || p.startsWith("/") ? p : "/" + p);
        return joined.isEmpty() ? "/" : joined;
    }
}
