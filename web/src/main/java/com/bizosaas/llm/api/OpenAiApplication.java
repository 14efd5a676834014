package com.bizosaas.llm.api;

import com.bizosaas.api.SharedJsonb;
import com.bizosaas.api.problem.EjbProblems;
import com.bizosaas.api.problem.HttpProblems;
import com.bizosaas.api.problem.InvalidParameterProblems;
import com.bizosaas.api.problem.JsonbProblems;
import com.bizosaas.api.problem.JsonpProblems;
import com.bizosaas.api.problem.MalformedBodyProblems;
import com.bizosaas.api.problem.RefusalProblems;
import com.bizosaas.api.problem.UnexpectedProblems;
import com.bizosaas.api.problem.ValidationProblems;
import com.bizosaas.identity.api.BearerAuthentication;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import java.util.Set;

/**
 * The OpenAI-compatible API (L5) at {@code /v1}: point an OpenAI SDK's base URL at {@code http://host/v1} and
 * use a BizOSaaS API token as its key. It lists its classes, so that only these resources answer here, with
 * the platform's authentication, rate limits and problems — reshaped by {@link OpenAiErrorShape} so that
 * OpenAI clients find their {@code error} object.
 */
@ApplicationPath("v1")
public class OpenAiApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(ChatCompletionsResource.class, EmbeddingsResource.class, ModelsResource.class,
                BearerAuthentication.class, OpenAiErrorShape.class, SharedJsonb.class,
                EjbProblems.class, HttpProblems.class, InvalidParameterProblems.class, JsonbProblems.class, JsonpProblems.class,
                MalformedBodyProblems.class, RefusalProblems.class, UnexpectedProblems.class, ValidationProblems.class);
    }
}
