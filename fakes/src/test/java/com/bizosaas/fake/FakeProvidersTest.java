package com.bizosaas.fake;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.InvalidRequestException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.anthropic.AnthropicStreamingChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.ollama.OllamaEmbeddingModel;
import dev.langchain4j.model.ollama.OllamaStreamingChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiEmbeddingModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import dev.langchain4j.model.output.FinishReason;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Proves the fake providers speak the protocols the real clients expect: LangChain4j's own OpenAI, Anthropic
 * and Ollama clients, unchanged, chat, stream, call tools, embed and fail against them.
 */
class FakeProvidersTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    static ToolSpecification refundTool() {
        return ToolSpecification.builder()
                .name("create_refund")
                .description("Refunds an order")
                .parameters(JsonObjectSchema.builder()
                        .addStringProperty("order_id")
                        .addNumberProperty("amount_usd")
                        .required("order_id", "amount_usd")
                        .build())
                .build();
    }

    /** Collects a streamed answer the way an application would. */
    static final class Collector implements StreamingChatResponseHandler {
        final List<String> partials = new CopyOnWriteArrayList<>();
        final CompletableFuture<ChatResponse> done = new CompletableFuture<>();

        @Override
        public void onPartialResponse(String partial) {
            partials.add(partial);
        }

        @Override
        public void onCompleteResponse(ChatResponse response) {
            done.complete(response);
        }

        @Override
        public void onError(Throwable error) {
            done.completeExceptionally(error);
        }

        ChatResponse response() throws Exception {
            return done.get(TIMEOUT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
        }

        Throwable error() throws Exception {
            try {
                ChatResponse response = response();
                throw new AssertionError("the stream completed instead of failing: " + response);
            } catch (ExecutionException e) {
                return e.getCause();
            }
        }
    }

    static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    static HttpResponse<String> post(String url, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    // ================================================================================================== OpenAI

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OpenAi {

        FakeOpenAi fake;

        @BeforeAll
        void start() {
            fake = new FakeOpenAi().start();
        }

        @AfterAll
        void stop() {
            fake.close();
        }

        @BeforeEach
        void reset() {
            fake.healthy().resetRequests();
        }

        ChatModel chatModel(Duration timeout) {
            return OpenAiChatModel.builder()
                    .baseUrl(fake.baseUrl())
                    .apiKey("test-key")
                    .modelName("gpt-4o-mini")
                    .timeout(timeout)
                    .maxRetries(0)
                    .build();
        }

        StreamingChatModel streamingModel(Duration timeout) {
            return OpenAiStreamingChatModel.builder()
                    .baseUrl(fake.baseUrl())
                    .apiKey("test-key")
                    .modelName("gpt-4o-mini")
                    .timeout(timeout)
                    .build();
        }

        @Test
        void chat() {
            ChatResponse response = chatModel(TIMEOUT).chat(UserMessage.from("hello there"));

            assertThat(response.aiMessage().text()).isEqualTo("fake-openai: hello there");
            assertThat(response.aiMessage().hasToolExecutionRequests()).isFalse();
            assertThat(response.finishReason()).isEqualTo(FinishReason.STOP);
            assertThat(response.modelName()).isEqualTo("gpt-4o-mini");
            assertThat(response.id()).startsWith("chatcmpl-fake-");
            assertThat(response.tokenUsage().inputTokenCount()).isEqualTo(2);
            assertThat(response.tokenUsage().outputTokenCount()).isEqualTo(3);
            assertThat(response.tokenUsage().totalTokenCount()).isEqualTo(5);
            assertThat(fake.requests()).isEqualTo(1);
            assertThat(fake.lastApiKey()).isEqualTo("test-key");
            assertThat(json(fake.lastRequestBody()).getString("model")).isEqualTo("gpt-4o-mini");
        }

        @Test
        void streaming() throws Exception {
            Collector collector = new Collector();
            streamingModel(TIMEOUT).chat(ChatRequest.builder().messages(UserMessage.from("stream me please")).build(), collector);

            ChatResponse response = collector.response();
            assertThat(collector.partials).hasSizeGreaterThan(2);
            assertThat(String.join("", collector.partials)).isEqualTo("fake-openai: stream me please");
            assertThat(response.aiMessage().text()).isEqualTo("fake-openai: stream me please");
            assertThat(response.finishReason()).isEqualTo(FinishReason.STOP);
            assertThat(response.modelName()).isEqualTo("gpt-4o-mini");
            assertThat(response.tokenUsage().inputTokenCount()).isEqualTo(3);
            assertThat(response.tokenUsage().outputTokenCount()).isEqualTo(4);
            assertThat(json(fake.lastRequestBody()).getBoolean("stream")).isTrue();
        }

        @Test
        void toolCallThenToolResult() {
            ChatModel model = chatModel(TIMEOUT);
            UserMessage question = UserMessage.from("Please refund order A-1001 for 25.50 USD");

            ChatResponse call = model.chat(ChatRequest.builder().messages(question).toolSpecifications(refundTool()).build());

            assertThat(call.finishReason()).isEqualTo(FinishReason.TOOL_EXECUTION);
            assertThat(call.aiMessage().toolExecutionRequests()).hasSize(1);
            ToolExecutionRequest request = call.aiMessage().toolExecutionRequests().get(0);
            assertThat(request.id()).startsWith("call_fake_");
            assertThat(request.name()).isEqualTo("create_refund");
            JsonObject arguments = json(request.arguments());
            assertThat(arguments.getString("order_id")).isEqualTo("A-1001");
            assertThat(arguments.getJsonNumber("amount_usd").doubleValue()).isEqualTo(25.5);

            ChatResponse answer = model.chat(ChatRequest.builder()
                    .messages(question, call.aiMessage(), ToolExecutionResultMessage.from(request, "refund R-7 created"))
                    .toolSpecifications(refundTool())
                    .build());
            assertThat(answer.aiMessage().text()).isEqualTo("fake-openai: tool result: refund R-7 created");
            assertThat(answer.finishReason()).isEqualTo(FinishReason.STOP);
        }

        @Test
        void toolNotNamedMeansPlainAnswer() {
            ChatResponse response = chatModel(TIMEOUT).chat(ChatRequest.builder()
                    .messages(UserMessage.from("what is the weather?"))
                    .toolSpecifications(refundTool())
                    .build());

            assertThat(response.aiMessage().hasToolExecutionRequests()).isFalse();
            assertThat(response.aiMessage().text()).isEqualTo("fake-openai: what is the weather?");
        }

        @Test
        void streamedToolCall() throws Exception {
            Collector collector = new Collector();
            streamingModel(TIMEOUT).chat(ChatRequest.builder()
                    .messages(UserMessage.from("call create_refund for order B-2 of 3 USD"))
                    .toolSpecifications(refundTool())
                    .build(), collector);

            ChatResponse response = collector.response();
            assertThat(response.finishReason()).isEqualTo(FinishReason.TOOL_EXECUTION);
            assertThat(response.aiMessage().toolExecutionRequests()).singleElement().satisfies(request -> {
                assertThat(request.name()).isEqualTo("create_refund");
                assertThat(json(request.arguments()).getString("order_id")).isEqualTo("B-2");
                assertThat(json(request.arguments()).getJsonNumber("amount_usd").doubleValue()).isEqualTo(3.0);
            });
        }

        @Test
        void embeddings() {
            EmbeddingModel model = OpenAiEmbeddingModel.builder()
                    .baseUrl(fake.baseUrl())
                    .apiKey("test-key")
                    .modelName("text-embedding-3-small")
                    .maxRetries(0)
                    .timeout(TIMEOUT)
                    .build();

            List<Embedding> embeddings = model.embedAll(List.of(TextSegment.from("alpha"), TextSegment.from("beta"))).content();

            assertThat(embeddings).hasSize(2);
            assertThat(embeddings).allSatisfy(e -> {
                assertThat(e.dimension()).isEqualTo(FakeOpenAi.DEFAULT_EMBEDDING_DIMENSIONS);
                double norm = 0;
                for (float f : e.vector()) {
                    norm += f * f;
                }
                assertThat(norm).isCloseTo(1.0, within(1e-4));
            });
            assertThat(embeddings.get(0).vector()).isNotEqualTo(embeddings.get(1).vector());
            assertThat(model.embed("alpha").content().vector()).isEqualTo(embeddings.get(0).vector());
        }

        @Test
        void embeddingDimensionsAndBase64() throws Exception {
            EmbeddingModel model = OpenAiEmbeddingModel.builder()
                    .baseUrl(fake.baseUrl())
                    .apiKey("test-key")
                    .modelName("text-embedding-3-small")
                    .dimensions(16)
                    .maxRetries(0)
                    .build();
            float[] floats = model.embed("alpha").content().vector();
            assertThat(floats).hasSize(16);

            // the official SDKs ask for base64: little-endian float32
            HttpResponse<String> response = post(fake.baseUrl() + "/embeddings",
                    "{\"model\":\"m\",\"input\":[\"alpha\"],\"dimensions\":16,\"encoding_format\":\"base64\"}");
            assertThat(response.statusCode()).isEqualTo(200);
            byte[] bytes = Base64.getDecoder().decode(json(response.body()).getJsonArray("data").getJsonObject(0).getString("embedding"));
            java.nio.FloatBuffer decoded = java.nio.ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN).asFloatBuffer();
            float[] fromBase64 = new float[decoded.remaining()];
            decoded.get(fromBase64);
            assertThat(fromBase64).isEqualTo(floats);
        }

        @Test
        void models() throws Exception {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(fake.baseUrl() + "/models")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(200);
            JsonObject body = json(response.body());
            assertThat(body.getString("object")).isEqualTo("list");
            assertThat(body.getJsonArray("data").getValuesAs(JsonObject.class))
                    .extracting(m -> m.getString("id"))
                    .containsExactlyElementsOf(FakeOpenAi.MODELS);
        }

        @Test
        void rawStreamFormat() throws Exception {
            HttpResponse<String> response = post(fake.baseUrl() + "/chat/completions",
                    "{\"model\":\"m\",\"stream\":true,\"stream_options\":{\"include_usage\":true},"
                            + "\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"a b\"}]}]}");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("content-type")).hasValue("text/event-stream");
            List<String> data = new ArrayList<>();
            for (String line : response.body().split("\n")) {
                if (line.startsWith("data: ")) {
                    data.add(line.substring(6));
                }
            }
            assertThat(data.get(data.size() - 1)).isEqualTo("[DONE]");
            JsonObject first = json(data.get(0));
            assertThat(first.getString("object")).isEqualTo("chat.completion.chunk");
            assertThat(first.getJsonArray("choices").getJsonObject(0).getJsonObject("delta").getString("role")).isEqualTo("assistant");
            JsonObject finish = json(data.get(data.size() - 3));
            assertThat(finish.getJsonArray("choices").getJsonObject(0).getString("finish_reason")).isEqualTo("stop");
            JsonObject usage = json(data.get(data.size() - 2));
            assertThat(usage.getJsonArray("choices")).isEmpty();
            assertThat(usage.getJsonObject("usage").getInt("total_tokens")).isEqualTo(2 + 3);
        }

        @Test
        void badRequests() throws Exception {
            HttpResponse<String> noModel = post(fake.baseUrl() + "/chat/completions", "{\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}");
            assertThat(noModel.statusCode()).isEqualTo(400);
            assertThat(json(noModel.body()).getJsonObject("error").getString("type")).isEqualTo("invalid_request_error");

            HttpResponse<String> notJson = post(fake.baseUrl() + "/chat/completions", "not json");
            assertThat(notJson.statusCode()).isEqualTo(400);

            HttpResponse<String> unknown = post(fake.baseUrl() + "/nothing-here", "{}");
            assertThat(unknown.statusCode()).isEqualTo(404);
            assertThat(json(unknown.body()).getJsonObject("error").getString("message")).contains("/v1/nothing-here");
        }

        @Test
        void failingServerMakesTheClientThrow() throws Exception {
            fake.failing(500);

            assertThatThrownBy(() -> chatModel(TIMEOUT).chat(UserMessage.from("hi")))
                    .isInstanceOf(InternalServerException.class)
                    .hasMessageContaining("fake-openai is failing with 500")
                    .cause().isInstanceOfSatisfying(HttpException.class, e -> assertThat(e.statusCode()).isEqualTo(500));
            assertThat(fake.requests()).isEqualTo(1);

            HttpResponse<String> raw = post(fake.baseUrl() + "/chat/completions", "{}");
            assertThat(raw.statusCode()).isEqualTo(500);
            JsonObject error = json(raw.body()).getJsonObject("error");
            assertThat(error.getString("type")).isEqualTo("server_error");
            assertThat(error.getString("message")).isNotBlank();
            assertThat(error.containsKey("code")).isTrue();

            Collector collector = new Collector();
            streamingModel(TIMEOUT).chat(ChatRequest.builder().messages(UserMessage.from("hi")).build(), collector);
            assertThat(collector.error()).isInstanceOf(InternalServerException.class);

            fake.healthy();
            assertThat(chatModel(TIMEOUT).chat("hi")).isEqualTo("fake-openai: hi");
        }

        @Test
        void rateLimitedServerMakesTheClientThrow() throws Exception {
            fake.rateLimited();

            assertThatThrownBy(() -> chatModel(TIMEOUT).chat(UserMessage.from("hi")))
                    .isInstanceOf(RateLimitException.class)
                    .cause().isInstanceOfSatisfying(HttpException.class, e -> assertThat(e.statusCode()).isEqualTo(429));
            HttpResponse<String> raw = post(fake.baseUrl() + "/chat/completions", "{}");
            assertThat(raw.statusCode()).isEqualTo(429);
            assertThat(raw.headers().firstValue("retry-after")).hasValue("1");
            assertThat(json(raw.body()).getJsonObject("error").getString("code")).isEqualTo("rate_limit_exceeded");
        }

        @Test
        void slowServerMakesTheClientTimeOut() throws Exception {
            fake.slow(Duration.ofSeconds(2));
            long start = System.nanoTime();

            assertThatThrownBy(() -> chatModel(Duration.ofMillis(500)).chat(UserMessage.from("hi")))
                    .isInstanceOf(TimeoutException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1900));

            Collector collector = new Collector();
            streamingModel(Duration.ofMillis(500)).chat(ChatRequest.builder().messages(UserMessage.from("hi")).build(), collector);
            assertThat(collector.error()).isInstanceOf(TimeoutException.class);
        }

        @Test
        void retriesAreCountedAsRequests() {
            fake.failing(503);
            ChatModel retrying = OpenAiChatModel.builder()
                    .baseUrl(fake.baseUrl())
                    .apiKey("test-key")
                    .modelName("gpt-4o-mini")
                    .maxRetries(2)
                    .build();

            assertThatThrownBy(() -> retrying.chat("hi")).isInstanceOf(InternalServerException.class);
            assertThat(fake.requests()).isEqualTo(3);
        }

        @Test
        void otherStatusesMapToTheirExceptions() {
            fake.failing(401);
            assertThatThrownBy(() -> chatModel(TIMEOUT).chat("hi")).isInstanceOf(AuthenticationException.class);
            fake.failing(400);
            assertThatThrownBy(() -> chatModel(TIMEOUT).chat("hi")).isInstanceOf(InvalidRequestException.class);
        }

        @Test
        void slowButPatientClientGetsTheAnswer() {
            fake.slow(Duration.ofMillis(300));
            long start = System.nanoTime();

            assertThat(chatModel(TIMEOUT).chat("wait")).isEqualTo("fake-openai: wait");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        }

        @Test
        void concurrentClientsAreAllAnsweredAndCounted() throws Exception {
            int clients = 16;
            int each = 50;
            ChatModel model = chatModel(TIMEOUT);
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            try {
                List<Future<Integer>> results = new ArrayList<>();
                for (int c = 0; c < clients; c++) {
                    int client = c;
                    results.add(pool.submit(() -> {
                        int ok = 0;
                        for (int i = 0; i < each; i++) {
                            if (model.chat("c" + client + " n" + i).equals("fake-openai: c" + client + " n" + i)) {
                                ok++;
                            }
                        }
                        return ok;
                    }));
                }
                int ok = 0;
                for (Future<Integer> result : results) {
                    ok += result.get();
                }
                assertThat(ok).isEqualTo(clients * each);
                assertThat(fake.requests()).isEqualTo(clients * each);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    // ================================================================================================== Anthropic

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Anthropic {

        FakeAnthropic fake;

        @BeforeAll
        void start() {
            fake = new FakeAnthropic().start();
        }

        @AfterAll
        void stop() {
            fake.close();
        }

        @BeforeEach
        void reset() {
            fake.healthy().resetRequests();
        }

        ChatModel chatModel(Duration timeout) {
            return AnthropicChatModel.builder()
                    .baseUrl(fake.baseUrl())
                    .apiKey("test-key")
                    .modelName("claude-haiku-4-5")
                    .maxTokens(256)
                    .timeout(timeout)
                    .maxRetries(0)
                    .build();
        }

        StreamingChatModel streamingModel(Duration timeout) {
            return AnthropicStreamingChatModel.builder()
                    .baseUrl(fake.baseUrl())
                    .apiKey("test-key")
                    .modelName("claude-haiku-4-5")
                    .maxTokens(256)
                    .timeout(timeout)
                    .build();
        }

        @Test
        void chat() {
            ChatResponse response = chatModel(TIMEOUT).chat(UserMessage.from("hello there"));

            assertThat(response.aiMessage().text()).isEqualTo("fake-anthropic: hello there");
            assertThat(response.finishReason()).isEqualTo(FinishReason.STOP);
            assertThat(response.modelName()).isEqualTo("claude-haiku-4-5");
            assertThat(response.id()).startsWith("msg_fake_");
            assertThat(response.tokenUsage().inputTokenCount()).isEqualTo(2);
            assertThat(response.tokenUsage().outputTokenCount()).isEqualTo(3);
            assertThat(fake.requests()).isEqualTo(1);
            assertThat(fake.lastApiKey()).isEqualTo("test-key");
            JsonObject sent = json(fake.lastRequestBody());
            assertThat(sent.getString("model")).isEqualTo("claude-haiku-4-5");
            assertThat(sent.getInt("max_tokens")).isEqualTo(256);
        }

        @Test
        void streaming() throws Exception {
            Collector collector = new Collector();
            streamingModel(TIMEOUT).chat(ChatRequest.builder().messages(UserMessage.from("stream me please")).build(), collector);

            ChatResponse response = collector.response();
            assertThat(collector.partials).hasSizeGreaterThan(2);
            assertThat(String.join("", collector.partials)).isEqualTo("fake-anthropic: stream me please");
            assertThat(response.aiMessage().text()).isEqualTo("fake-anthropic: stream me please");
            assertThat(response.finishReason()).isEqualTo(FinishReason.STOP);
            assertThat(response.tokenUsage().inputTokenCount()).isEqualTo(3);
            assertThat(response.tokenUsage().outputTokenCount()).isEqualTo(4);
        }

        @Test
        void toolUseThenToolResult() {
            ChatModel model = chatModel(TIMEOUT);
            UserMessage question = UserMessage.from("Please refund order A-1001 for 25.50 USD");

            ChatResponse call = model.chat(ChatRequest.builder().messages(question).toolSpecifications(refundTool()).build());

            assertThat(call.finishReason()).isEqualTo(FinishReason.TOOL_EXECUTION);
            ToolExecutionRequest request = call.aiMessage().toolExecutionRequests().get(0);
            assertThat(call.aiMessage().toolExecutionRequests()).hasSize(1);
            assertThat(request.id()).startsWith("toolu_fake_");
            assertThat(request.name()).isEqualTo("create_refund");
            assertThat(json(request.arguments()).getString("order_id")).isEqualTo("A-1001");
            assertThat(json(request.arguments()).getJsonNumber("amount_usd").doubleValue()).isEqualTo(25.5);

            ChatResponse answer = model.chat(ChatRequest.builder()
                    .messages(question, call.aiMessage(), ToolExecutionResultMessage.from(request, "refund R-7 created"))
                    .toolSpecifications(refundTool())
                    .build());
            assertThat(answer.aiMessage().text()).isEqualTo("fake-anthropic: tool result: refund R-7 created");
        }

        @Test
        void streamedToolUse() throws Exception {
            Collector collector = new Collector();
            streamingModel(TIMEOUT).chat(ChatRequest.builder()
                    .messages(UserMessage.from("call create_refund for order B-2 of 3 USD"))
                    .toolSpecifications(refundTool())
                    .build(), collector);

            ChatResponse response = collector.response();
            assertThat(response.finishReason()).isEqualTo(FinishReason.TOOL_EXECUTION);
            AiMessage message = response.aiMessage();
            assertThat(message.toolExecutionRequests()).singleElement().satisfies(request -> {
                assertThat(request.name()).isEqualTo("create_refund");
                assertThat(json(request.arguments()).getString("order_id")).isEqualTo("B-2");
                assertThat(json(request.arguments()).getJsonNumber("amount_usd").doubleValue()).isEqualTo(3.0);
            });
        }

        @Test
        void rawStreamEvents() throws Exception {
            HttpResponse<String> response = post(fake.baseUrl() + "messages",
                    "{\"model\":\"m\",\"max_tokens\":10,\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"a b\"}]}",
                    "anthropic-version", "2023-06-01", "x-api-key", "k");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("content-type")).hasValue("text/event-stream");
            List<String> events = new ArrayList<>();
            for (String line : response.body().split("\n")) {
                if (line.startsWith("event: ")) {
                    events.add(line.substring(7));
                }
            }
            assertThat(events).containsExactly("message_start", "content_block_start", "ping",
                    "content_block_delta", "content_block_delta", "content_block_delta",
                    "content_block_stop", "message_delta", "message_stop");
        }

        @Test
        void insistsOnVersionHeaderAndMaxTokens() throws Exception {
            HttpResponse<String> noVersion = post(fake.baseUrl() + "messages",
                    "{\"model\":\"m\",\"max_tokens\":10,\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}");
            assertThat(noVersion.statusCode()).isEqualTo(400);
            assertThat(json(noVersion.body()).getString("type")).isEqualTo("error");
            assertThat(json(noVersion.body()).getJsonObject("error").getString("type")).isEqualTo("invalid_request_error");

            HttpResponse<String> noMaxTokens = post(fake.baseUrl() + "messages",
                    "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}", "anthropic-version", "2023-06-01");
            assertThat(noMaxTokens.statusCode()).isEqualTo(400);
            assertThat(json(noMaxTokens.body()).getJsonObject("error").getString("message")).contains("max_tokens");
        }

        @Test
        void failingServerMakesTheClientThrow() throws Exception {
            fake.failing(500);

            assertThatThrownBy(() -> chatModel(TIMEOUT).chat(UserMessage.from("hi")))
                    .isInstanceOf(InternalServerException.class)
                    .hasMessageContaining("api_error")
                    .cause().isInstanceOfSatisfying(HttpException.class, e -> assertThat(e.statusCode()).isEqualTo(500));
            assertThat(fake.requests()).isEqualTo(1);

            Collector collector = new Collector();
            streamingModel(TIMEOUT).chat(ChatRequest.builder().messages(UserMessage.from("hi")).build(), collector);
            assertThat(collector.error()).isInstanceOf(InternalServerException.class);

            fake.healthy();
            assertThat(chatModel(TIMEOUT).chat("hi")).isEqualTo("fake-anthropic: hi");
        }

        @Test
        void rateLimitedServerMakesTheClientThrow() throws Exception {
            fake.rateLimited();

            assertThatThrownBy(() -> chatModel(TIMEOUT).chat(UserMessage.from("hi")))
                    .isInstanceOf(RateLimitException.class)
                    .hasMessageContaining("rate_limit_error");
            HttpResponse<String> raw = post(fake.baseUrl() + "messages", "{}", "anthropic-version", "2023-06-01");
            assertThat(raw.statusCode()).isEqualTo(429);
            assertThat(raw.headers().firstValue("retry-after")).hasValue("1");
        }

        @Test
        void slowServerMakesTheClientTimeOut() throws Exception {
            fake.slow(Duration.ofSeconds(2));

            assertThatThrownBy(() -> chatModel(Duration.ofMillis(500)).chat(UserMessage.from("hi")))
                    .isInstanceOf(TimeoutException.class);

            Collector collector = new Collector();
            streamingModel(Duration.ofMillis(500)).chat(ChatRequest.builder().messages(UserMessage.from("hi")).build(), collector);
            assertThat(collector.error()).isInstanceOf(TimeoutException.class);
        }
    }

    // ================================================================================================== Ollama

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Ollama {

        FakeOllama fake;

        @BeforeAll
        void start() {
            fake = new FakeOllama().start();
        }

        @AfterAll
        void stop() {
            fake.close();
        }

        @BeforeEach
        void reset() {
            fake.healthy().resetRequests();
        }

        ChatModel chatModel(Duration timeout) {
            return OllamaChatModel.builder()
                    .baseUrl(fake.baseUrl())
                    .modelName("llama3.2:latest")
                    .timeout(timeout)
                    .maxRetries(0)
                    .build();
        }

        StreamingChatModel streamingModel() {
            return OllamaStreamingChatModel.builder()
                    .baseUrl(fake.baseUrl())
                    .modelName("llama3.2:latest")
                    .timeout(TIMEOUT)
                    .build();
        }

        @Test
        void chat() {
            ChatResponse response = chatModel(TIMEOUT).chat(UserMessage.from("hello there"));

            assertThat(response.aiMessage().text()).isEqualTo("fake-ollama: hello there");
            assertThat(response.finishReason()).isEqualTo(FinishReason.STOP);
            assertThat(response.tokenUsage().inputTokenCount()).isEqualTo(2);
            assertThat(response.tokenUsage().outputTokenCount()).isEqualTo(3);
            assertThat(json(fake.lastRequestBody()).getBoolean("stream")).isFalse();
        }

        @Test
        void streaming() throws Exception {
            Collector collector = new Collector();
            streamingModel().chat(ChatRequest.builder().messages(UserMessage.from("stream me please")).build(), collector);

            ChatResponse response = collector.response();
            assertThat(collector.partials).hasSizeGreaterThan(2);
            assertThat(String.join("", collector.partials)).isEqualTo("fake-ollama: stream me please");
            assertThat(response.aiMessage().text()).isEqualTo("fake-ollama: stream me please");
            assertThat(response.tokenUsage().outputTokenCount()).isEqualTo(4);
        }

        @Test
        void toolCallThenToolResult() {
            ChatModel model = chatModel(TIMEOUT);
            UserMessage question = UserMessage.from("Please refund order A-1001 for 25.50 USD");

            ChatResponse call = model.chat(ChatRequest.builder().messages(question).toolSpecifications(refundTool()).build());

            assertThat(call.aiMessage().toolExecutionRequests()).singleElement().satisfies(request -> {
                assertThat(request.name()).isEqualTo("create_refund");
                assertThat(json(request.arguments()).getString("order_id")).isEqualTo("A-1001");
                assertThat(json(request.arguments()).getJsonNumber("amount_usd").doubleValue()).isEqualTo(25.5);
            });
            ToolExecutionRequest request = call.aiMessage().toolExecutionRequests().get(0);
            ChatResponse answer = model.chat(ChatRequest.builder()
                    .messages(question, call.aiMessage(), ToolExecutionResultMessage.from(request, "refund R-7 created"))
                    .toolSpecifications(refundTool())
                    .build());
            assertThat(answer.aiMessage().text()).isEqualTo("fake-ollama: tool result: refund R-7 created");
        }

        @Test
        void streamedToolCall() throws Exception {
            Collector collector = new Collector();
            streamingModel().chat(ChatRequest.builder()
                    .messages(UserMessage.from("call create_refund for order B-2 of 3 USD"))
                    .toolSpecifications(refundTool())
                    .build(), collector);

            assertThat(collector.response().aiMessage().toolExecutionRequests()).singleElement().satisfies(request -> {
                assertThat(request.name()).isEqualTo("create_refund");
                assertThat(json(request.arguments()).getString("order_id")).isEqualTo("B-2");
            });
        }

        @Test
        void embeddings() {
            EmbeddingModel model = OllamaEmbeddingModel.builder()
                    .baseUrl(fake.baseUrl())
                    .modelName("nomic-embed-text:latest")
                    .timeout(TIMEOUT)
                    .maxRetries(0)
                    .build();

            List<Embedding> embeddings = model.embedAll(List.of(TextSegment.from("alpha"), TextSegment.from("beta"))).content();

            assertThat(embeddings).hasSize(2).allSatisfy(e -> assertThat(e.dimension()).isEqualTo(FakeOllama.DEFAULT_EMBEDDING_DIMENSIONS));
            assertThat(embeddings.get(0).vector()).isNotEqualTo(embeddings.get(1).vector());
        }

        @Test
        void failingAndSlowServer() throws Exception {
            fake.failing(500);
            assertThatThrownBy(() -> chatModel(TIMEOUT).chat(UserMessage.from("hi")))
                    .isInstanceOf(InternalServerException.class);
            Collector collector = new Collector();
            streamingModel().chat(ChatRequest.builder().messages(UserMessage.from("hi")).build(), collector);
            assertThat(collector.error()).isInstanceOf(InternalServerException.class);

            fake.healthy().slow(Duration.ofSeconds(2));
            assertThatThrownBy(() -> chatModel(Duration.ofMillis(500)).chat(UserMessage.from("hi")))
                    .isInstanceOf(TimeoutException.class);
        }
    }

    // ================================================================================================== lifecycle

    @Test
    void givenPortAndClose() throws Exception {
        int port;
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        FakeOpenAi fake = new FakeOpenAi(port).start();
        try {
            assertThat(fake.port()).isEqualTo(port);
            assertThat(fake.baseUrl()).isEqualTo("http://127.0.0.1:" + port + "/v1");
        } finally {
            fake.close();
            fake.close();
        }
        assertThatThrownBy(() -> HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/models"))
                .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(java.io.IOException.class);
    }
}
