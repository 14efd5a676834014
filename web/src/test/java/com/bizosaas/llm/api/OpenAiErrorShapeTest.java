package com.bizosaas.llm.api;

import com.bizosaas.api.problem.Problem;
import com.bizosaas.api.problem.ProblemType;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.SeBootstrap;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.Variant;
import jakarta.ws.rs.ext.RuntimeDelegate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.lang.annotation.Annotation;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CompletionStage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class OpenAiErrorShapeTest {

    /** Only what {@link MediaType#valueOf} needs: there is no JAX-RS implementation on the test classpath. */
    private static final class MediaTypesOnly extends RuntimeDelegate {

        @Override
        @SuppressWarnings("unchecked")
        public <T> HeaderDelegate<T> createHeaderDelegate(Class<T> type) {
            if (type != MediaType.class) {
                throw new UnsupportedOperationException(type.getName());
            }
            return (HeaderDelegate<T>) new HeaderDelegate<MediaType>() {
                @Override
                public MediaType fromString(String value) {
                    String[] parts = value.split("/", 2);
                    return new MediaType(parts[0], parts[1]);
                }

                @Override
                public String toString(MediaType value) {
                    return value.getType() + "/" + value.getSubtype();
                }
            };
        }

        @Override
        public UriBuilder createUriBuilder() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Response.ResponseBuilder createResponseBuilder() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Variant.VariantListBuilder createVariantListBuilder() {
            throw new UnsupportedOperationException();
        }

        @Override
        public <T> T createEndpoint(Application application, Class<T> endpointType) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Link.Builder createLinkBuilder() {
            throw new UnsupportedOperationException();
        }

        @Override
        public SeBootstrap.Configuration.Builder createConfigurationBuilder() {
            throw new UnsupportedOperationException();
        }

        @Override
        public CompletionStage<SeBootstrap.Instance> bootstrap(Application application, SeBootstrap.Configuration configuration) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CompletionStage<SeBootstrap.Instance> bootstrap(Class<? extends Application> clazz,
                                                               SeBootstrap.Configuration configuration) {
            throw new UnsupportedOperationException();
        }

        @Override
        public EntityPart.Builder createEntityPartBuilder(String partName) {
            throw new UnsupportedOperationException();
        }
    }

    /** A response whose entity, annotations and media type the filter reads and replaces. */
    private static final class Captured {
        Object entity;
        final Annotation[] annotations = new Annotation[0];
        Annotation[] setAnnotations;
        MediaType mediaType;
        int entitySets;

        Captured(Object entity) {
            this.entity = entity;
        }

        ContainerResponseContext context() {
            return (ContainerResponseContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[]{ContainerResponseContext.class}, (proxy, method, args) -> switch (method.getName()) {
                        case "getEntity" -> entity;
                        case "getEntityAnnotations" -> annotations;
                        case "setEntity" -> {
                            entity = args[0];
                            if (args.length == 3) {
                                setAnnotations = (Annotation[]) args[1];
                                mediaType = (MediaType) args[2];
                            }
                            entitySets++;
                            yield null;
                        }
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }

        JsonObject json() {
            assertThat(entity).isInstanceOf(JsonObject.class);
            return (JsonObject) entity;
        }
    }

    @BeforeAll
    static void installMediaTypes() {
        RuntimeDelegate.setInstance(new MediaTypesOnly());
    }

    @AfterAll
    static void removeMediaTypes() {
        RuntimeDelegate.setInstance(null);
    }

    private static Captured filtered(Object entity) {
        Captured response = new Captured(entity);
        new OpenAiErrorShape().filter(null, response.context());
        return response;
    }

    @Test
    void leavesAnEntityThatIsNotAProblemAlone() {
        Captured response = filtered("plain answer");

        assertThat(response.entity).isEqualTo("plain answer");
        assertThat(response.entitySets).isZero();
    }

    @Test
    void leavesAResponseWithoutEntityAlone() {
        assertThat(filtered(null).entitySets).isZero();
    }

    @Test
    void writesTheProblemFieldsAndAnOpenAiErrorAsProblemJson() {
        Problem problem = Problem.of(ProblemType.INVALID_REQUEST, "messages must be a non-empty array", "/v1/chat/completions")
                .withErrors(List.of(new Problem.FieldError("messages", "must not be empty"),
                        new Problem.FieldError("model", "is required")));

        Captured response = filtered(problem);

        JsonObject json = response.json();
        assertThat(json.getString("type")).isEqualTo("/problems/invalid-request");
        assertThat(json.getString("title")).isEqualTo("The request has invalid fields");
        assertThat(json.getInt("status")).isEqualTo(400);
        assertThat(json.getString("detail")).isEqualTo("messages must be a non-empty array");
        assertThat(json.getString("instance")).isEqualTo("/v1/chat/completions");
        assertThat(json.getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field"), e -> e.getString("message"))
                .containsExactly(tuple("messages", "must not be empty"),
                        tuple("model", "is required"));
        JsonObject error = json.getJsonObject("error");
        assertThat(error.getString("message")).isEqualTo("messages must be a non-empty array");
        assertThat(error.getString("type")).isEqualTo("invalid_request_error");
        assertThat(error.getString("param")).isEqualTo("messages");
        assertThat(error.getString("code")).isEqualTo("invalid_request");
        assertThat(response.mediaType.toString()).isEqualTo(Problem.MEDIA_TYPE);
        assertThat(response.setAnnotations).isSameAs(response.annotations);
    }

    @Test
    void withoutDetailTheTitleIsTheMessageAndWithoutErrorsParamIsNull() {
        Captured response = filtered(Problem.of(ProblemType.NOT_FOUND, null, null));

        JsonObject json = response.json();
        assertThat(json).doesNotContainKeys("detail", "instance");
        assertThat(json.getJsonArray("errors")).isEmpty();
        JsonObject error = json.getJsonObject("error");
        assertThat(error.getString("message")).isEqualTo("No such resource");
        assertThat(error.get("param")).isEqualTo(JsonValue.NULL);
        assertThat(error.getString("type")).isEqualTo("not_found_error");
        assertThat(error.getString("code")).isEqualTo("not_found");
    }

    @ParameterizedTest
    @CsvSource({
            "UNAUTHORIZED, authentication_error, unauthorized",
            "FORBIDDEN, permission_error, forbidden",
            "NOT_FOUND, not_found_error, not_found",
            "TOO_MANY_REQUESTS, rate_limit_error, too_many_requests",
            "BUDGET_EXHAUSTED, rate_limit_error, budget_exhausted",
            "CONFLICT, invalid_request_error, conflict",
            "UNSUPPORTED_MEDIA_TYPE, invalid_request_error, unsupported_media_type",
            "INTERNAL_ERROR, server_error, internal_error",
            "UNAVAILABLE, server_error, unavailable"})
    void mapsEachStatusToTheOpenAiErrorTypeAndTheProblemSlugToTheCode(ProblemType type, String errorType, String code) {
        JsonObject error = filtered(Problem.of(type, "detail", null)).json().getJsonObject("error");

        assertThat(error.getString("type")).isEqualTo(errorType);
        assertThat(error.getString("code")).isEqualTo(code);
    }
}
