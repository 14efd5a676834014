package com.bizosaas.llm.boundary;

import com.bizosaas.access.Role;
import com.bizosaas.errors.Refusal;
import com.bizosaas.llm.control.CacheKeys;
import com.bizosaas.llm.control.Complexity;
import com.bizosaas.llm.control.ModelTier;
import com.bizosaas.llm.offline.OfflineModel;
import com.bizosaas.llm.entity.ModelCall;
import com.bizosaas.access.TenantContext;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The language-model gateway (L1-L4). For each request: refuse what is invalid or beyond its ceilings (prompt
 * characters, tools, max_tokens), hold the call's maximum cost against the tenant's budget or refuse it
 * ({@link SpendGuard}), choose the tier
 * ({@code auto}: {@link Complexity}), answer from the semantic cache when a paraphrase was answered before,
 * otherwise walk the chain — the tenant's own keys first, then the platform's providers in their configured
 * order, each behind {@link ProviderEdges} — and end at the offline model, so that no request fails only
 * because providers are down. Every answer is accounted.
 * <p>
 * No transaction is held while a provider answers (that can take seconds). The budget check is in memory
 * ({@link SpendGuard}), the cache runs its own short transactions, and the accounting is written behind the
 * answer ({@link Metering}): with the cache off, a call through the gateway waits for no database at all.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Gateway {

    private static final Logger LOG = Logger.getLogger(Gateway.class.getName());
    private static final OfflineModel OFFLINE_MODEL = new OfflineModel();
    private static final int MAX_EMBEDDING_INPUTS = 256;
    private static final int MAX_EMBEDDING_CHARS = 8192;

    /** One provider and model to try. */
    record Candidate(Providers.Provider provider, String model) {
    }

    /** The tier a request runs on and the candidates, in order, before the offline model. */
    record Route(String tier, List<Candidate> candidates) {
    }

    @Inject
    Providers providers;

    @Inject
    ProviderEdges edges;

    @Inject
    ProviderHealth health;

    @Inject
    SemanticCache cache;

    @Inject
    TenantKeys tenantKeys;

    @Inject
    Embeddings embeddings;

    @Inject
    SpendGuard spend;

    @EJB
    Metering metering;

    @Inject
    TenantContext context;

    @Inject
    @ConfigProperty(name = "bizosaas.llm.max-prompt-chars", defaultValue = "100000")
    int maxPromptChars;

    /** The most tokens a call may ask for its answer; also what is asked when a request names no max_tokens. */
    @Inject
    @ConfigProperty(name = "bizosaas.llm.max-output-tokens", defaultValue = "4096")
    int maxOutputTokens;

    /** The most tools a request may offer the model. */
    @Inject
    @ConfigProperty(name = "bizosaas.llm.max-tools", defaultValue = "64")
    int maxTools;

    public ModelAnswer chat(@NotNull @Valid ModelRequest request) {
        long started = System.nanoTime();
        requireModelUser();
        String conversation = request.messages().stream().map(Gateway::text).collect(Collectors.joining("\n"));
        if (conversation.length() > maxPromptChars) {
            throw Refusal.invalid("messages", "the prompt has " + conversation.length() + " characters; the limit is "
                    + maxPromptChars);
        }
        if (request.tools().size() > maxTools) {
            throw Refusal.invalid("tools", "the request offers " + request.tools().size() + " tools; the limit is " + maxTools);
        }
        if (request.maxTokens() != null && request.maxTokens() > maxOutputTokens) {
            throw Refusal.invalid("max_tokens", "max_tokens must be at most " + maxOutputTokens);
        }
        // with no max_tokens asked, the ceiling is sent: every call's cost has a known maximum to hold (LLM10)
        int answerTokens = request.maxTokens() != null ? request.maxTokens() : maxOutputTokens;
        Route route = route(request, conversation);
        SpendGuard.Hold hold = route.candidates().isEmpty() ? null
                : spend.reserve(context.requireTenant(), maximumCost(route, conversation, answerTokens));
        try {
            return chat(request, route, hold == null ? null : hold.status(), chatRequest(request, answerTokens), started);
        } finally {
            if (hold != null) {
                spend.release(hold);
            }
        }
    }

    /**
     * The most a call may cost: its prompt — counted generously, a token per three characters — and the most it may
     * answer, at the dearest model of the route.
     */
    private BigDecimal maximumCost(Route route, String conversation, int answerTokens) {
        int promptTokens = conversation.length() / 3 + 1;
        return route.candidates().stream().map(c -> providers.prices().cost(c.model(), promptTokens, answerTokens))
                .max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
    }

    private ModelAnswer chat(ModelRequest request, Route route, ModelBudgets.Status budget, ChatRequest chatRequest,
                             long started) {

        Optional<SemanticCache.Key> key = Optional.empty();
        if (request.useCache() && !route.candidates().isEmpty()) {
            key = Optional.of(cache.key(partition(request, route), lastUserText(request)));
            Optional<SemanticCache.Hit> hit = cache.find(key.get());
            if (hit.isPresent()) {
                return fromCache(request, route, hit.get(), started);
            }
        }

        List<String> failures = new ArrayList<>();
        for (Candidate candidate : route.candidates()) {
            long attemptStarted = System.nanoTime();
            try {
                ChatResponse response = invoke(candidate, chatRequest);
                health.succeeded(candidate.provider().name(), millisSince(attemptStarted));
                ModelAnswer answer = account(request, route, candidate.provider().name(), candidate.model(), response,
                        failures, started, budget);
                key.filter(k -> cacheable(answer)).ifPresent(k -> cache.store(k, answer.message().text(),
                        answer.provider(), answer.model(), answer.promptTokens(), answer.completionTokens(), answer.costUsd()));
                return answer;
            } catch (RuntimeException failure) {
                health.failed(candidate.provider().name(), failure);
                // the tenant is told what kind of failure and an incident id; the provider's own words stay in the log
                String incident = UUID.randomUUID().toString().substring(0, 8);
                LOG.warning(() -> "incident " + incident + ": " + candidate.provider().name() + " (" + candidate.model()
                        + ") failed: " + ProviderHealth.describe(failure));
                failures.add(candidate.provider().name() + " (" + candidate.model() + "): "
                        + ProviderHealth.kindOf(failure) + " (incident " + incident + ")");
            }
        }
        ChatResponse offline = OFFLINE_MODEL.chat(chatRequest);
        return account(request, route, Providers.OFFLINE, OfflineModel.MODEL_NAME, offline, failures, started, null);
    }

    /** Vectors computed in-process, and the tokens they are accounted as. */
    public record Embedded(List<float[]> vectors, int tokens) {
    }

    /** Embeds texts with the in-process model (no provider, no cost), accounted like any call. */
    public Embedded embed(@NotNull String model, @NotNull List<String> inputs) {
        long started = System.nanoTime();
        requireModelUser();
        if (!Embeddings.MODEL_NAME.equals(model)) {
            throw Refusal.invalid("model", "unknown embedding model '" + model + "'; this gateway embeds with "
                    + Embeddings.MODEL_NAME);
        }
        if (inputs.isEmpty() || inputs.size() > MAX_EMBEDDING_INPUTS) {
            throw Refusal.invalid("input", "input must hold 1 to " + MAX_EMBEDDING_INPUTS + " texts");
        }
        for (int i = 0; i < inputs.size(); i++) {
            String input = inputs.get(i);
            if (input == null || input.isBlank() || input.length() > MAX_EMBEDDING_CHARS) {
                throw Refusal.invalid("input[" + i + "]", "each input must be 1 to " + MAX_EMBEDDING_CHARS + " characters");
            }
        }
        List<float[]> vectors = embeddings.embedAll(inputs);
        int tokens = inputs.stream().mapToInt(text -> (text.length() + 3) / 4).sum();
        metering.record(new ModelCall(context.requireTenant(), Instant.now(), "embeddings", null, "in-process",
                Embeddings.MODEL_NAME, "embedding", tokens, 0, BigDecimal.ZERO, BigDecimal.ZERO, 0, millisSince(started),
                false, false, null), null);
        return new Embedded(vectors, tokens);
    }

    /**
     * Model calls spend the tenant's budget: the platform's own work (agents, messages) and its staff may make
     * them; a client user reads results.
     */
    private void requireModelUser() {
        context.requireTenant();
        if (context.role() == Role.CLIENT) {
            throw Refusal.forbidden("client users read results; model calls are made by managers, administrators and agents");
        }
    }

    private ChatResponse invoke(Candidate candidate, ChatRequest request) {
        var client = providers.client(candidate.provider(), candidate.model());
        return switch (candidate.provider().name()) {
            case Providers.OPENAI -> edges.openAi(client, request);
            case Providers.ANTHROPIC -> edges.anthropic(client, request);
            case Providers.OLLAMA -> edges.ollama(client, request);
            default -> throw new IllegalStateException("no edge for " + candidate.provider().name());
        };
    }

    /** Which tier, and which providers' models in which order. */
    Route route(ModelRequest request, String conversation) {
        String asked = request.model().strip();
        if (asked.equalsIgnoreCase(Providers.OFFLINE) || asked.equals(OfflineModel.MODEL_NAME)) {
            return new Route(Providers.OFFLINE, List.of());
        }
        Optional<ModelTier> tier = asked.equalsIgnoreCase("auto")
                ? Optional.of(Complexity.tierFor(Complexity.score(conversation, request.messages().size(),
                request.tools().size(), request.responseFormat() != null)))
                : ModelTier.fromLabel(asked);
        List<Providers.Provider> chain = chain();
        if (tier.isPresent()) {
            return new Route(tier.get().label(), chain.stream().map(p -> new Candidate(p, p.model(tier.get()))).toList());
        }
        for (Providers.Provider provider : chain) {
            for (var entry : provider.models().entrySet()) {
                if (entry.getValue().equals(asked)) {
                    List<Candidate> candidates = new ArrayList<>();
                    candidates.add(new Candidate(provider, asked));
                    chain.stream().filter(p -> p != provider).forEach(p -> candidates.add(new Candidate(p, p.model(entry.getKey()))));
                    return new Route(entry.getKey().label(), candidates);
                }
            }
        }
        throw Refusal.invalid("model", "unknown model '" + asked + "'; use auto, cheap, balanced, premium, "
                + OfflineModel.MODEL_NAME + " or a model of GET /v1/models");
    }

    /** The tenant's own keys first, then the platform's providers. */
    private List<Providers.Provider> chain() {
        List<Providers.Provider> chain = new ArrayList<>();
        for (Providers.Provider provider : providers.withTenantKeySupport()) {
            tenantKeys.key(provider.name()).ifPresent(key -> chain.add(provider.withTenantKey(key)));
        }
        chain.addAll(providers.platform());
        return chain;
    }

    private ModelAnswer fromCache(ModelRequest request, Route route, SemanticCache.Hit hit, long started) {
        var entry = hit.entry();
        ModelAnswer answer = new ModelAnswer(answerId(), AiMessage.from(entry.getAnswer()), FinishReason.STOP,
                entry.getProvider(), entry.getModel(), route.tier(), entry.getPromptTokens(), entry.getCompletionTokens(),
                BigDecimal.ZERO.setScale(6), true, false, List.of());
        metering.record(new ModelCall(context.requireTenant(), Instant.now(), request.feature(), request.agentId(),
                entry.getProvider(), entry.getModel(), route.tier(), 0, 0, BigDecimal.ZERO, entry.getCostUsd(),
                entry.getPromptTokens() + entry.getCompletionTokens(), millisSince(started), true, false, null), null);
        return answer;
    }

    private ModelAnswer account(ModelRequest request, Route route, String provider, String model, ChatResponse response,
                                List<String> failures, long started, ModelBudgets.Status budget) {
        TokenUsage usage = response.tokenUsage();
        int promptTokens = usage == null || usage.inputTokenCount() == null ? 0 : usage.inputTokenCount();
        int completionTokens = usage == null || usage.outputTokenCount() == null ? 0 : usage.outputTokenCount();
        BigDecimal cost = providers.prices().cost(model, promptTokens, completionTokens);
        boolean fallback = !failures.isEmpty();
        metering.record(new ModelCall(context.requireTenant(), Instant.now(), request.feature(), request.agentId(),
                provider, model, route.tier(), promptTokens, completionTokens, cost, BigDecimal.ZERO, 0, millisSince(started),
                false, fallback, fallback ? String.join("; ", failures) : null), budget);
        FinishReason finish = response.finishReason() != null ? response.finishReason()
                : response.aiMessage().hasToolExecutionRequests() ? FinishReason.TOOL_EXECUTION : FinishReason.STOP;
        return new ModelAnswer(answerId(), response.aiMessage(), finish, provider, model, route.tier(), promptTokens,
                completionTokens, cost, false, fallback, List.copyOf(failures));
    }

    private static boolean cacheable(ModelAnswer answer) {
        return !answer.offline() && !answer.message().hasToolExecutionRequests() && answer.message().text() != null
                && answer.finishReason() == FinishReason.STOP;
    }

    private static String partition(ModelRequest request, Route route) {
        String system = request.messages().stream().filter(SystemMessage.class::isInstance).map(Gateway::text)
                .collect(Collectors.joining("\n"));
        // earlier turns change what the last question means: they belong to the partition too
        List<ChatMessage> history = request.messages().subList(0, lastUserIndex(request));
        String earlier = history.stream().filter(m -> !(m instanceof SystemMessage))
                .map(m -> m.type() + ":" + text(m)).collect(Collectors.joining("\n"));
        String tools = request.tools().stream().map(Object::toString).sorted().collect(Collectors.joining("\n"));
        String asked = request.model().strip().toLowerCase();
        return CacheKeys.partition(system + "\n--\n" + earlier, asked + "/" + route.tier(), tools, request.temperature(),
                request.responseFormat() == null ? null : request.responseFormat().toString());
    }

    private static int lastUserIndex(ModelRequest request) {
        for (int i = request.messages().size() - 1; i >= 0; i--) {
            if (request.messages().get(i) instanceof UserMessage) {
                return i;
            }
        }
        return request.messages().size();
    }

    private static String lastUserText(ModelRequest request) {
        int last = lastUserIndex(request);
        return last < request.messages().size() ? text(request.messages().get(last)) : "";
    }

    private static ChatRequest chatRequest(ModelRequest request, int answerTokens) {
        ChatRequest.Builder builder = ChatRequest.builder().messages(request.messages()).maxOutputTokens(answerTokens);
        if (!request.tools().isEmpty()) {
            builder.toolSpecifications(request.tools());
        }
        if (request.temperature() != null) {
            builder.temperature(request.temperature());
        }
        if (request.responseFormat() != null) {
            builder.responseFormat(request.responseFormat());
        }
        return builder.build();
    }

    /** A message's text, whatever its kind. */
    static String text(ChatMessage message) {
        if (message instanceof SystemMessage system) {
            return system.text();
        }
        if (message instanceof UserMessage user) {
            return user.hasSingleText() ? user.singleText() : user.contents().toString();
        }
        if (message instanceof AiMessage ai) {
            return ai.text() != null ? ai.text() : String.valueOf(ai.toolExecutionRequests());
        }
        if (message instanceof ToolExecutionResultMessage result) {
            return result.text();
        }
        return String.valueOf(message);
    }

    private static String answerId() {
        return "chatcmpl-" + UUID.randomUUID().toString().replace("-", "");
    }

    private static int millisSince(long nanoTime) {
        return (int) ((System.nanoTime() - nanoTime) / 1_000_000);
    }
}
