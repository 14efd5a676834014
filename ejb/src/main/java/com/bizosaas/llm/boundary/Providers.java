package com.bizosaas.llm.boundary;

import com.bizosaas.llm.control.ModelTier;
import com.bizosaas.llm.control.PriceTable;
import dev.langchain4j.http.client.jdk.JdkHttpClient;
import dev.langchain4j.http.client.jdk.JdkHttpClientBuilder;
import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import com.bizosaas.llm.entity.ProviderSetting;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The platform's model providers, from MicroProfile Config and the super-admin's console settings, and their
 * LangChain4j clients.
 * <p>
 * A provider takes part when it is configured: {@code bizosaas.llm.<provider>.api-key} (OpenAI, Anthropic) or
 * {@code bizosaas.llm.<provider>.base-url} (any OpenAI-compatible server, Ollama). {@code bizosaas.llm.providers}
 * orders the chain; each provider maps the three tiers to its models ({@code bizosaas.llm.<provider>.models.cheap}
 * …). The console may disable or enable a provider, move it in the chain, change its base URL and models
 * ({@link ProviderSettings}); a configured key is never sent to a base URL set in the console. With nothing
 * configured, the offline model answers everything. Clients are built once per provider, model and key, and
 * reused: they are thread-safe.
 */
@ApplicationScoped
public class Providers {

    public static final String OPENAI = "openai";
    public static final String ANTHROPIC = "anthropic";
    public static final String OLLAMA = "ollama";
    public static final String OFFLINE = "offline";

    private static final Map<String, String> DEFAULT_BASE_URLS = Map.of(
            OPENAI, "https://api.openai.com/v1", ANTHROPIC, "https://api.anthropic.com/v1/", OLLAMA, "http://localhost:11434");
    private static final Map<String, List<String>> DEFAULT_MODELS = Map.of(
            OPENAI, List.of("gpt-4o-mini", "gpt-4.1-mini", "gpt-4.1"),
            ANTHROPIC, List.of("claude-3-5-haiku-latest", "claude-sonnet-4-5", "claude-opus-4-1"),
            OLLAMA, List.of("llama3.2", "llama3.1", "llama3.1:70b"));

    /** One configured provider. The key, when there is one, never leaves this bean but into its client. */
    public record Provider(String name, String baseUrl, Optional<String> apiKey, Map<ModelTier, String> models,
                           boolean tenantKey) {

        public String model(ModelTier tier) {
            return models.get(tier);
        }

        /** A copy that uses a tenant's own key (from its vault) instead of the platform's. */
        public Provider withTenantKey(String key) {
            return new Provider(name, baseUrl, Optional.of(key), models, true);
        }

        @Override
        public String toString() {
            return name + (tenantKey ? " (tenant key)" : "") + " at " + baseUrl;
        }
    }

    /** How long a node keeps the merged settings before it reads the console's overrides again. */
    public static final Duration REFRESH = Duration.ofSeconds(15);
    public static final List<String> KNOWN = List.of(OPENAI, ANTHROPIC, OLLAMA);

    /** What the configuration says of one provider. */
    private record Configured(String name, Optional<String> key, Optional<String> baseUrl, Map<ModelTier, String> models,
                              int position) {

        boolean configured() {
            return key.isPresent() || baseUrl.isPresent();
        }

        String effectiveBaseUrl() {
            return baseUrl.orElse(DEFAULT_BASE_URLS.get(name));
        }
    }

    /** One provider as the console shows it: its effective settings, never its key. */
    public record Description(String name, boolean enabled, int position, String baseUrl, boolean keyConfigured,
                              Map<ModelTier, String> models, boolean fromConsole, boolean inChain) {
    }

    @Inject
    Config config;

    @EJB
    ProviderSettings settings;

    private final Map<String, ChatModel> clients = new ConcurrentHashMap<>();
    private Map<String, Configured> configured;
    private PriceTable prices;
    private Duration timeout;
    private volatile List<Provider> platform = List.of();
    private volatile List<Description> descriptions = List.of();
    private volatile long loadedAt;

    @PostConstruct
    void init() {
        timeout = config.getOptionalValue("bizosaas.llm.client-timeout", Duration.class).orElse(Duration.ofSeconds(60));
        prices = PriceTable.withOverrides(config.getOptionalValue("bizosaas.llm.prices", String.class).orElse(""));
        List<String> order = new ArrayList<>();
        for (String name : config.getOptionalValue("bizosaas.llm.providers", String.class).orElse("openai,anthropic,ollama").split(",")) {
            if (!KNOWN.contains(name.strip())) {
                throw new IllegalStateException("bizosaas.llm.providers names '" + name.strip() + "'; known: " + KNOWN);
            }
            order.add(name.strip());
        }
        Map<String, Configured> byName = new LinkedHashMap<>();
        for (String name : KNOWN) {
            Map<ModelTier, String> models = new EnumMap<>(ModelTier.class);
            for (ModelTier tier : ModelTier.values()) {
                models.put(tier, setting(name, "models." + tier.label()).orElse(DEFAULT_MODELS.get(name).get(tier.ordinal())));
            }
            int position = order.contains(name) ? order.indexOf(name) + 1 : KNOWN.size() + KNOWN.indexOf(name) + 1;
            byName.put(name, new Configured(name, setting(name, "api-key"), setting(name, "base-url"), models, position));
        }
        configured = Map.copyOf(byName);
    }

    private Optional<String> setting(String provider, String key) {
        return config.getOptionalValue("bizosaas.llm." + provider + "." + key, String.class).filter(v -> !v.isBlank());
    }

    /**
     * The providers a tenant may bring its own key for, with the models the platform uses for them. A tenant's key
     * goes only to the address the operator configured for the provider (or its public one) — never to a base URL
     * set in the console, which one super-admin's typing could point anywhere.
     */
    public List<Provider> withTenantKeySupport() {
        List<Provider> supported = new ArrayList<>();
        for (String name : List.of(OPENAI, ANTHROPIC)) {
            Configured own = configured.get(name);
            Map<ModelTier, String> models = platform().stream().filter(p -> p.name().equals(name)).findFirst()
                    .map(Provider::models).orElse(own.models());
            supported.add(new Provider(name, own.effectiveBaseUrl(), Optional.empty(), models, false));
        }
        return supported;
    }

    /** The providers in the chain, in order: the configuration merged with the console's settings. */
    public List<Provider> platform() {
        refreshIfStale();
        return platform;
    }

    /** Every known provider, in the chain or not, for the console. */
    public List<Description> descriptions() {
        refreshIfStale();
        return descriptions;
    }

    /** The console changed a setting: merge again on the next use. */
    public void refreshSoon() {
        loadedAt = 0;
    }

    private void refreshIfStale() {
        if (System.nanoTime() - loadedAt < REFRESH.toNanos() && loadedAt != 0) {
            return;
        }
        synchronized (this) {
            if (System.nanoTime() - loadedAt < REFRESH.toNanos() && loadedAt != 0) {
                return;
            }
            Map<String, ProviderSetting> overrides = new LinkedHashMap<>();
            settings.all().forEach(s -> overrides.put(s.getProvider(), s));
            List<Description> described = new ArrayList<>();
            List<Provider> chain = new ArrayList<>();
            for (Configured own : configured.values()) {
                ProviderSetting override = overrides.get(own.name());
                String baseUrl = override != null && override.getBaseUrl() != null ? override.getBaseUrl() : own.effectiveBaseUrl();
                // the configured key goes only to the address it was configured for, never to one set in the console
                Optional<String> key = baseUrl.equals(own.effectiveBaseUrl()) ? own.key() : Optional.empty();
                boolean reachable = key.isPresent() || own.baseUrl().isPresent() || (override != null && override.getBaseUrl() != null);
                boolean enabled = override != null ? override.isEnabled() : own.configured();
                Map<ModelTier, String> models = override == null ? own.models() : new EnumMap<>(Map.of(
                        ModelTier.CHEAP, override.getCheapModel(), ModelTier.BALANCED, override.getBalancedModel(),
                        ModelTier.PREMIUM, override.getPremiumModel()));
                int position = override != null ? override.getPosition() : own.position();
                described.add(new Description(own.name(), enabled, position, baseUrl, key.isPresent(), models, override != null,
                        enabled && reachable));
                if (enabled && reachable) {
                    chain.add(new Provider(own.name(), baseUrl, key, models, false));
                }
            }
            // by position; at the same position a provider placed there in the console comes first
            Comparator<Description> order = Comparator.comparing(Description::position)
                    .thenComparing(d -> d.fromConsole() ? 0 : 1).thenComparing(d -> configured.get(d.name()).position());
            described.sort(order);
            List<String> ranking = described.stream().map(Description::name).toList();
            chain.sort(Comparator.comparing(p -> ranking.indexOf(p.name())));
            platform = List.copyOf(chain);
            descriptions = List.copyOf(described);
            loadedAt = System.nanoTime();
        }
    }

    public PriceTable prices() {
        return prices;
    }

    /** Every model a caller may name: the tiers, "auto", the offline model and each configured provider's models. */
    public Map<String, String> modelsByName() {
        Map<String, String> owners = new LinkedHashMap<>();
        owners.put("auto", "bizosaas");
        for (ModelTier tier : ModelTier.values()) {
            owners.put(tier.label(), "bizosaas");
        }
        owners.put(com.bizosaas.llm.offline.OfflineModel.MODEL_NAME, "bizosaas");
        for (Provider provider : platform()) {
            provider.models().values().forEach(model -> owners.putIfAbsent(model, provider.name()));
        }
        return owners;
    }

    /** The client for a provider's model, built on first use. */
    public ChatModel client(Provider provider, String model) {
        String key = provider.name() + "|" + provider.baseUrl() + "|" + model + "|" + fingerprint(provider.apiKey().orElse(""));
        return clients.computeIfAbsent(key, k -> build(provider, model));
    }

    private ChatModel build(Provider provider, String model) {
        // retries and timeouts are the gateway's (MicroProfile Fault Tolerance), not the client's
        return switch (provider.name()) {
            case OPENAI -> OpenAiChatModel.builder().httpClientBuilder(httpClient())
                    .baseUrl(provider.baseUrl()).apiKey(provider.apiKey().orElse("none")).modelName(model)
                    .timeout(timeout).maxRetries(0).build();
            case ANTHROPIC -> AnthropicChatModel.builder().httpClientBuilder(httpClient())
                    .baseUrl(provider.baseUrl()).apiKey(provider.apiKey().orElse("none")).modelName(model)
                    .timeout(timeout).maxRetries(0).build();
            case OLLAMA -> OllamaChatModel.builder().httpClientBuilder(httpClient())
                    .baseUrl(provider.baseUrl()).modelName(model).timeout(timeout).maxRetries(0).build();
            default -> throw new IllegalArgumentException("no client for provider " + provider.name());
        };
    }

    /**
     * The JDK client, completing responses on its selector thread instead of handing each to a pool thread
     * first: one thread switch less per call (the handlers only collect a body into a string).
     */
    private static JdkHttpClientBuilder httpClient() {
        return JdkHttpClient.builder().httpClientBuilder(HttpClient.newBuilder().executor(Runnable::run));
    }

    private static String fingerprint(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
