package com.bizosaas.llm.boundary;

import com.bizosaas.llm.control.ModelTier;
import com.bizosaas.llm.control.PriceTable;
import dev.langchain4j.http.client.jdk.JdkHttpClient;
import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The platform's model providers, from MicroProfile Config, and their LangChain4j clients.
 * <p>
 * A provider takes part when it is configured: {@code bizosaas.llm.<provider>.api-key} (OpenAI, Anthropic) or
 * {@code bizosaas.llm.<provider>.base-url} (any OpenAI-compatible server, Ollama). {@code bizosaas.llm.providers}
 * orders the chain; each provider maps the three tiers to its models ({@code bizosaas.llm.<provider>.models.cheap}
 * …). With nothing configured, the offline model answers everything. Clients are built once per provider,
 * model and key, and reused: they are thread-safe.
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

    @Inject
    Config config;

    private final Map<String, ChatModel> clients = new ConcurrentHashMap<>();
    private List<Provider> platform;
    private PriceTable prices;
    private Duration timeout;

    @PostConstruct
    void init() {
        timeout = config.getOptionalValue("bizosaas.llm.client-timeout", Duration.class).orElse(Duration.ofSeconds(60));
        prices = PriceTable.withOverrides(config.getOptionalValue("bizosaas.llm.prices", String.class).orElse(""));
        List<Provider> configured = new ArrayList<>();
        String order = config.getOptionalValue("bizosaas.llm.providers", String.class).orElse("openai,anthropic,ollama");
        for (String name : order.split(",")) {
            name = name.strip();
            if (!DEFAULT_MODELS.containsKey(name)) {
                throw new IllegalStateException("bizosaas.llm.providers names '" + name + "'; known: " + DEFAULT_MODELS.keySet());
            }
            Optional<String> key = setting(name, "api-key");
            Optional<String> url = setting(name, "base-url");
            if (key.isEmpty() && url.isEmpty()) {
                continue;
            }
            Map<ModelTier, String> models = new EnumMap<>(ModelTier.class);
            for (ModelTier tier : ModelTier.values()) {
                models.put(tier, setting(name, "models." + tier.label()).orElse(DEFAULT_MODELS.get(name).get(tier.ordinal())));
            }
            configured.add(new Provider(name, url.orElse(DEFAULT_BASE_URLS.get(name)), key, models, false));
        }
        platform = List.copyOf(configured);
    }

    private Optional<String> setting(String provider, String key) {
        return config.getOptionalValue("bizosaas.llm." + provider + "." + key, String.class).filter(v -> !v.isBlank());
    }

    /**
     * The providers a tenant may bring its own key for, with the platform's settings where the platform
     * configured them and the public defaults otherwise.
     */
    public List<Provider> withTenantKeySupport() {
        List<Provider> supported = new ArrayList<>();
        for (String name : List.of(OPENAI, ANTHROPIC)) {
            supported.add(platform.stream().filter(p -> p.name().equals(name)).findFirst().orElseGet(() -> {
                Map<ModelTier, String> models = new EnumMap<>(ModelTier.class);
                for (ModelTier tier : ModelTier.values()) {
                    models.put(tier, DEFAULT_MODELS.get(name).get(tier.ordinal()));
                }
                return new Provider(name, DEFAULT_BASE_URLS.get(name), Optional.empty(), models, false);
            }));
        }
        return supported;
    }

    /** The configured providers, in chain order. Empty when only the offline model serves. */
    public List<Provider> platform() {
        return platform;
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
        owners.put(com.bizosaas.llm.control.offline.OfflineModel.MODEL_NAME, "bizosaas");
        for (Provider provider : platform) {
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
            case OPENAI -> OpenAiChatModel.builder().httpClientBuilder(JdkHttpClient.builder())
                    .baseUrl(provider.baseUrl()).apiKey(provider.apiKey().orElse("none")).modelName(model)
                    .timeout(timeout).maxRetries(0).build();
            case ANTHROPIC -> AnthropicChatModel.builder().httpClientBuilder(JdkHttpClient.builder())
                    .baseUrl(provider.baseUrl()).apiKey(provider.apiKey().orElse("none")).modelName(model)
                    .timeout(timeout).maxRetries(0).build();
            case OLLAMA -> OllamaChatModel.builder().httpClientBuilder(JdkHttpClient.builder())
                    .baseUrl(provider.baseUrl()).modelName(model).timeout(timeout).maxRetries(0).build();
            default -> throw new IllegalArgumentException("no client for provider " + provider.name());
        };
    }

    private static String fingerprint(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
