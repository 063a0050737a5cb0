package org.campaigntracker.api.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.campaigntracker.api.json.ObjectMapperProvider;
import org.campaigntracker.api.security.CallerPrincipal;
import org.campaigntracker.core.retry.IdempotentRequests;
import org.campaigntracker.core.retry.StoredAnswer;
import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.model.Invocable;
import org.glassfish.jersey.server.spi.internal.ResourceMethodInvocationHandlerProvider;

/**
 * Runs every POST that came with an {@code Idempotency-Key} through {@link IdempotentRequests#once}: the resource
 * method is invoked inside the transaction that claims the key, so the services it calls join that transaction and
 * the write, the claim and the kept answer commit together. A retry with the same key and request gets the first
 * answer byte for byte, with {@code Idempotent-Replayed: true}, and writes nothing. The answer is serialised here,
 * with the API's own mapper, so that the first answer and a replay are the same bytes.
 */
public final class IdempotentInvocations implements ResourceMethodInvocationHandlerProvider {

    public static final String REPLAYED = "Idempotent-Replayed";
    private static final List<String> KEPT_HEADERS = List.of(HttpHeaders.LOCATION, HttpHeaders.ETAG,
            HttpHeaders.CONTENT_TYPE);

    private final IdempotentRequests retries;
    private final Provider<ContainerRequest> requests;
    private final ObjectMapper mapper = ObjectMapperProvider.shared();

    @Inject
    public IdempotentInvocations(IdempotentRequests retries, Provider<ContainerRequest> requests) {
        this.retries = retries;
        this.requests = requests;
    }

    /** Registers the provider, handing it the core service. */
    public static AbstractBinder binder(IdempotentRequests retries) {
        return new AbstractBinder() {
            @Override
            protected void configure() {
                bind(retries).to(IdempotentRequests.class);
                bindAsContract(IdempotentInvocations.class).to(ResourceMethodInvocationHandlerProvider.class)
                        .in(jakarta.inject.Singleton.class);
            }
        };
    }

    @Override
    public InvocationHandler create(Invocable invocable) {
        if (!invocable.getDefinitionMethod().isAnnotationPresent(POST.class)) {
            return null;
        }
        return (resource, method, args) -> {
            ContainerRequest request = requests.get();
            Object claimed = request.getProperty(IdempotencyKeys.CLAIM);
            if (!(claimed instanceof IdempotencyKeys.Claim claim)) {
                return method.invoke(resource, args);
            }
            long tokenId = CallerPrincipal.of(request.getSecurityContext()).tokenId();
            StoredAnswer answer;
            try {
                answer = retries.once(tokenId, claim.key(), claim.fingerprint(),
                        () -> kept(invoke(resource, method, args)));
            } catch (Failed failed) {
                throw failed.cause;
            } catch (RuntimeException e) {
                // Refusals of the key itself (reused with another request), as Jersey expects from a resource.
                throw new InvocationTargetException(e);
            }
            return replay(answer);
        };
    }

    /** The resource's own failure, carried out of the transaction (which it rolls back) unchanged. */
    private static final class Failed extends RuntimeException {
        private final transient InvocationTargetException cause;

        Failed(InvocationTargetException cause) {
            super(null, cause, false, false);
            this.cause = cause;
        }
    }

    private static Object invoke(Object resource, java.lang.reflect.Method method, Object[] args) {
        try {
            return method.invoke(resource, args);
        } catch (InvocationTargetException e) {
            throw new Failed(e);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private StoredAnswer kept(Object result) {
        Response response = result instanceof Response r ? r : Response.ok(result).build();
        Map<String, Object> answer = new LinkedHashMap<>();
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : KEPT_HEADERS) {
            String value = response.getHeaderString(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        Object entity = response.getEntity();
        if (entity != null) {
            headers.putIfAbsent(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
        }
        answer.put("headers", headers);
        try {
            answer.put("body", entity == null ? null
                    : entity instanceof String s ? s : mapper.writeValueAsString(entity));
            return new StoredAnswer(response.getStatus(), mapper.writeValueAsString(answer), false);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an answer the API made must serialise", e);
        }
    }

    private Response replay(StoredAnswer answer) {
        try {
            Map<?, ?> stored = mapper.readValue(answer.text(), Map.class);
            Response.ResponseBuilder out = Response.status(answer.status());
            ((Map<?, ?>) stored.get("headers")).forEach((name, value) -> out.header((String) name, value));
            Object body = stored.get("body");
            if (body != null) {
                out.entity(body);
            }
            if (answer.replayed()) {
                out.header(REPLAYED, "true");
            }
            return out.build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a kept answer is JSON written by this class", e);
        }
    }
}
