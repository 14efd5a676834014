package com.bizosaas.llm;

import com.bizosaas.it.Api;
import com.bizosaas.it.Deployments;
import com.bizosaas.it.TestEnvironment;
import com.bizosaas.fake.FakeAnthropic;
import com.bizosaas.fake.FakeOpenAi;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The language-model gateway on the real server, its providers being fakes that speak the Anthropic and
 * OpenAI wire protocols (the server's chain: Anthropic, then OpenAI, then the offline model; timeouts 1.5 s,
 * circuit breakers that wait 3 s before trying again — see arquillian.xml).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GatewayIT {

    private final Api anonymous = Api.arquillianServer();
    private final FakeAnthropic anthropic = TestEnvironment.anthropic();
    private final FakeOpenAi openAi = TestEnvironment.openAi();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.builtEar();
    }

    /** Each test starts with both providers healthy and both circuits closed, whatever the test before did. */
    @BeforeEach
    void providersAreHealthyAndTheirCircuitsClosed() {
        anthropic.healthy();
        openAi.healthy();
        Api corelDove = anonymous.signedInAs("admin@coreldove.com");
        awaitAnswerFrom(corelDove, "claude-haiku-4-5", "anthropic");
        awaitAnswerFrom(corelDove, "gpt-4o-mini", "openai");
    }

    @AfterEach
    void providersAreHealthy() {
        anthropic.healthy();
        openAi.healthy();
    }

    @Test
    void aProviderAnswersThroughTheOpenAiCompatibleApiAndTheOfflineModelIsLabelled() {
        Api corelDove = anonymous.signedInAs("admin@coreldove.com");
        awaitAnthropicAnswers(corelDove);

        JsonObject answer = chat(corelDove, chatBody("cheap", "Say hello to the CorelDove team " + unique()).add("cache", false));
        assertThat(answer.getString("object")).isEqualTo("chat.completion");
        assertThat(answer.getString("model")).isEqualTo("claude-haiku-4-5");
        assertThat(content(answer)).startsWith("fake-anthropic");
        assertThat(answer.getJsonObject("usage").getInt("total_tokens")).isPositive();
        assertThat(answer.getJsonObject("bizosaas").getString("provider")).isEqualTo("anthropic");
        assertThat(answer.getJsonObject("bizosaas").getBoolean("offline")).isFalse();
        assertThat(anthropic.lastApiKey()).isEqualTo("it-anthropic-key");

        JsonObject offline = chat(corelDove, chatBody("bizosaas-offline", "Summarise: the shop opens at nine. It closes at six. Parking is free."));
        assertThat(offline.getString("model")).isEqualTo("bizosaas-offline");
        assertThat(offline.getJsonObject("bizosaas").getBoolean("offline")).isTrue();
        assertThat(content(offline)).isNotBlank();

        JsonArray models = corelDove.get("v1/models").json().getJsonArray("data");
        assertThat(models.stream().map(m -> m.asJsonObject().getString("id")))
                .contains("auto", "cheap", "balanced", "premium", "bizosaas-offline", "claude-haiku-4-5", "gpt-4o-mini", "all-minilm-l6-v2-q");
    }

    @Test
    void aSlowProviderIsPassedOverWithinItsTimeoutAndTheNextOneAnswers() {
        Api corelDove = anonymous.signedInAs("admin@coreldove.com");
        awaitAnthropicAnswers(corelDove);
        anthropic.slow(Duration.ofSeconds(6));

        long started = System.nanoTime();
        JsonObject answer = chat(corelDove, chatBody("cheap", "Which plan suits a bakery? " + unique()).add("cache", false));
        long elapsedMs = (System.nanoTime() - started) / 1_000_000;

        assertThat(answer.getJsonObject("bizosaas").getString("provider")).isEqualTo("openai");
        assertThat(answer.getJsonObject("bizosaas").getBoolean("fallback_used")).isTrue();
        // the tenant is told the kind of failure and an incident id, never the provider's own words or address
        assertThat(answer.getJsonObject("bizosaas").getJsonArray("failures").getString(0))
                .contains("anthropic", "timed out", "(incident ").doesNotContain("127.0.0.1", "http://", "Exception");
        assertThat(content(answer)).startsWith("fake-openai");
        // the timeout is 1.5 s and a timed-out call is not retried; the rest is OpenAI's answer and our work
        assertThat(elapsedMs).isLessThan(4_000);
    }

    @Test
    void theCircuitOpensAfterRepeatedFailuresAndClosesWhenTheProviderRecovers() {
        Api corelDove = anonymous.signedInAs("admin@coreldove.com");
        awaitAnthropicAnswers(corelDove);
        anthropic.failing(500);
        anthropic.resetRequests();

        for (int i = 0; i < 8; i++) {
            JsonObject answer = chat(corelDove, chatBody("cheap", "Status report " + i + " " + unique()).add("cache", false));
            assertThat(answer.getJsonObject("bizosaas").getString("provider")).isEqualTo("openai");
        }
        // 8 calls, at most 2 attempts each while the circuit is closed: once open, calls no longer reach Anthropic
        assertThat(anthropic.requests()).isLessThan(8);
        assertThat(providerState(corelDove, "anthropic")).isEqualTo("circuit open");

        anthropic.healthy();
        // after the breaker's delay (3 s here) a trial call goes through, succeeds, and the circuit closes
        awaitAnthropicAnswers(corelDove);
        assertThat(providerState(corelDove, "anthropic")).isEqualTo("up");
    }

    @Test
    void whenEveryProviderIsDownTheOfflineModelAnswers() {
        Api corelDove = anonymous.signedInAs("admin@coreldove.com");
        anthropic.failing(503);
        openAi.failing(503);

        JsonObject answer = chat(corelDove, chatBody("balanced",
                "Classify this ticket into billing, technical, sales: my invoice shows a double charge").add("cache", false));

        assertThat(answer.getString("model")).isEqualTo("bizosaas-offline");
        assertThat(answer.getJsonObject("bizosaas").getBoolean("offline")).isTrue();
        assertThat(answer.getJsonObject("bizosaas").getBoolean("fallback_used")).isTrue();
        assertThat(answer.getJsonObject("bizosaas").getJsonArray("failures")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(answer.getJsonObject("bizosaas").getJsonArray("failures").toString())
                .contains("answered HTTP 503", "(incident ").doesNotContain("127.0.0.1", "http://", "Exception");
        assertThat(content(answer).toLowerCase()).contains("billing");
    }

    @Test
    void streamingSendsTheAnswerAsServerSentEventsEndingWithDone() {
        Api corelDove = anonymous.signedInAs("admin@coreldove.com");
        awaitAnthropicAnswers(corelDove);
        String question = "Write a welcome line for new ThrillRing members, please " + unique();

        Api.Reply stream = corelDove.postJson("v1/chat/completions", chatBody("cheap", question)
                .add("stream", true).add("stream_options", Json.createObjectBuilder().add("include_usage", true)).build().toString());

        assertThat(stream.status()).as(stream.body()).isEqualTo(200);
        assertThat(stream.contentType()).startsWith("text/event-stream");
        List<JsonObject> chunks = new ArrayList<>();
        String[] events = stream.body().split("\n\n");
        assertThat(events[events.length - 1]).isEqualTo("data: [DONE]");
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < events.length - 1; i++) {
            assertThat(events[i]).startsWith("data: ");
            JsonObject chunk = Json.createReader(new StringReader(events[i].substring(6))).readObject();
            chunks.add(chunk);
            assertThat(chunk.getString("object")).isEqualTo("chat.completion.chunk");
            if (!chunk.getJsonArray("choices").isEmpty()) {
                JsonObject delta = chunk.getJsonArray("choices").getJsonObject(0).getJsonObject("delta");
                if (delta.containsKey("content")) {
                    text.append(delta.getString("content"));
                }
            }
        }
        assertThat(chunks.size()).isGreaterThan(3);
        assertThat(chunks.get(chunks.size() - 1).getJsonObject("usage").getInt("total_tokens")).isPositive();
        // the same question again, whole: the same answer (now from the cache)
        assertThat(content(chat(corelDove, chatBody("cheap", question)))).isEqualTo(text.toString());
    }

    @Test
    void toolCallsPassThroughAndTheOfflineModelChoosesAToolAndFillsItsArguments() {
        Api corelDove = anonymous.signedInAs("admin@coreldove.com");
        awaitAnthropicAnswers(corelDove);
        JsonObjectBuilder body = chatBody("cheap", "Please refund order A-1001 for 25.50 USD")
                .add("tools", refundAndWeatherTools()).add("cache", false);

        JsonObject viaProvider = chat(corelDove, body);
        JsonObject choice = viaProvider.getJsonArray("choices").getJsonObject(0);
        assertThat(choice.getString("finish_reason")).isEqualTo("tool_calls");
        assertThat(choice.getJsonObject("message").getJsonArray("tool_calls").getJsonObject(0)
                .getJsonObject("function").getString("name")).isEqualTo("create_refund");

        JsonObject offline = chat(corelDove, chatBody("bizosaas-offline", "Please refund order A-1001 for 25.50 USD")
                .add("tools", refundAndWeatherTools()));
        JsonObject call = offline.getJsonArray("choices").getJsonObject(0).getJsonObject("message")
                .getJsonArray("tool_calls").getJsonObject(0).getJsonObject("function");
        assertThat(call.getString("name")).isEqualTo("create_refund");
        JsonObject arguments = Json.createReader(new StringReader(call.getString("arguments"))).readObject();
        assertThat(arguments.getString("order_id")).isEqualTo("A-1001");
        assertThat(arguments.getJsonNumber("amount_usd").doubleValue()).isEqualTo(25.50);
    }

    @Test
    void badInputIsRefusedInTheOpenAiErrorShapeAndNothingIsBilled() throws Exception {
        Api corelDove = anonymous.signedInAs("admin@coreldove.com");
        String tenant = corelDove.get("api/v1/me").json().getString("tenantId");
        awaitAccounted(corelDove);
        long callsBefore = count("select count(*) from bizosaas.model_call where tenant_id = ?::uuid", tenant);

        assertRefused(corelDove.postJson("v1/chat/completions", chatBody("no-such-model", "hello").build().toString()), 400, "model");
        assertRefused(corelDove.postJson("v1/chat/completions", Json.createObjectBuilder().add("model", "auto")
                .add("messages", Json.createArrayBuilder()).build().toString()), 400, "messages");
        assertRefused(corelDove.postJson("v1/chat/completions", "{\"model\": \"auto\", \"messages\": ["), 400, null);
        assertRefused(corelDove.postJson("v1/chat/completions", chatBody("auto", "hello")
                .add("tools", Json.createArrayBuilder().add(Json.createObjectBuilder().add("type", "function")
                        .add("function", Json.createObjectBuilder().add("name", "broken")
                                .add("parameters", Json.createObjectBuilder().add("type", "object")
                                        .add("properties", Json.createObjectBuilder().add("x", Json.createObjectBuilder().add("type", "tuple"))))))).build().toString()),
                400, "tools[0].function.parameters.properties.x.type");
        assertRefused(corelDove.postJson("v1/chat/completions", chatBody("auto", "x".repeat(100_001)).build().toString()), 400, "messages");
        assertRefused(corelDove.postJson("v1/embeddings", "{\"model\": \"no-such-embedder\", \"input\": \"hi\"}"), 400, "model");
        assertRefused(anonymous.postJson("v1/chat/completions", chatBody("auto", "hello").build().toString()), 401, null);
        assertRefused(anonymous.signedInAs("client@coreldove.com").postJson("v1/chat/completions",
                chatBody("auto", "hello").build().toString()), 403, null);
        assertRefused(anonymous.withToken("not-a-token").postJson("v1/chat/completions", chatBody("auto", "hello").build().toString()), 401, null);

        awaitAccounted(corelDove);
        assertThat(count("select count(*) from bizosaas.model_call where tenant_id = ?::uuid", tenant))
                .as("a refused request is not billed").isEqualTo(callsBefore);
    }

    @Test
    void aTenantOverItsBudgetIsRefusedAnotherIsNotAndTheAccountsAddUp() throws Exception {
        Api thrillRing = anonymous.signedInAs("admin@thrillring.com");
        Api quantTrade = anonymous.signedInAs("admin@quanttrade.com");
        awaitAnthropicAnswers(thrillRing);
        String tenant = thrillRing.get("api/v1/me").json().getString("tenantId");
        Api.Reply set = thrillRing.put("api/v1/llm/budget", "{\"dailyUsd\": 0.2, \"monthlyUsd\": 5}");
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        // sums the budget cannot hold are refused by field, never a 500, and change nothing
        assertProblem(thrillRing.put("api/v1/llm/budget", "{\"dailyUsd\": 12345678901234567890, \"monthlyUsd\": 5}"), 400, "dailyUsd");
        assertProblem(thrillRing.put("api/v1/llm/budget", "{\"dailyUsd\": 1, \"monthlyUsd\": 12345678901234567890}"), 400, "monthlyUsd");
        assertProblem(thrillRing.put("api/v1/llm/budget", "{\"dailyUsd\": 0.005, \"monthlyUsd\": 5}"), 400, "dailyUsd");
        // a tenant administrator stays within the tier's budget ($25 a month for ThrillRing's), the daily within the monthly
        assertProblem(thrillRing.put("api/v1/llm/budget", "{\"dailyUsd\": 1, \"monthlyUsd\": 26}"), 400, "monthlyUsd");
        assertProblem(thrillRing.put("api/v1/llm/budget", "{\"dailyUsd\": 6, \"monthlyUsd\": 5}"), 400, "dailyUsd");
        assertThat(thrillRing.get("api/v1/llm/budget").json().getJsonNumber("dailyUsd").bigDecimalValue()).isEqualByComparingTo("0.2");

        Api.Reply refused = null;
        for (int i = 0; i < 200 && refused == null; i++) {
            Api.Reply reply = thrillRing.postJson("v1/chat/completions", chatBody("cheap",
                    "Draft a long promotional paragraph about roller coasters number " + i + " " + "and more ".repeat(40))
                    .add("max_tokens", 100).add("cache", false).build().toString());
            if (reply.status() == 429) {
                refused = reply;
            } else {
                assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            }
        }
        assertThat(refused).as("the budget must run out").isNotNull();
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().getString("type")).endsWith("/budget-exhausted");
        assertThat(refused.json().getJsonObject("error").getString("message")).contains("daily model budget");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 86_400L);

        awaitAccounted(thrillRing);
        long callsAfterRefusal = count("select count(*) from bizosaas.model_call where tenant_id = ?::uuid", tenant);
        assertThat(thrillRing.postJson("v1/chat/completions", chatBody("cheap", "one more " + unique()).add("cache", false)
                .build().toString()).status()).isEqualTo(429);
        awaitAccounted(thrillRing);
        assertThat(count("select count(*) from bizosaas.model_call where tenant_id = ?::uuid", tenant)).isEqualTo(callsAfterRefusal);
        // what costs nothing is still served
        assertThat(thrillRing.postJson("v1/chat/completions", chatBody("bizosaas-offline", "hello").build().toString()).status()).isEqualTo(200);
        // another tenant is not affected
        JsonObject other = chat(quantTrade, chatBody("balanced", "Market summary " + unique()).add("cache", false));
        assertThat(other.getJsonObject("bizosaas").getBoolean("offline")).isFalse();

        JsonObject usage = thrillRing.get("api/v1/llm/usage?days=1").json();
        BigDecimal reported = usage.getJsonObject("totals").getJsonNumber("costUsd").bigDecimalValue();
        BigDecimal calls = money("select coalesce(sum(cost_usd), 0) from bizosaas.model_call where tenant_id = ?::uuid", tenant);
        BigDecimal days = money("select coalesce(sum(cost_usd), 0) from bizosaas.model_spend_day where tenant_id = ?::uuid", tenant);
        assertThat(calls).isPositive().isEqualByComparingTo(days).isEqualByComparingTo(reported);
        // each call's maximum was held before it was made: the budget is used up to its last calls, never beyond
        assertThat(calls).isLessThanOrEqualTo(new BigDecimal("0.2")).isGreaterThan(new BigDecimal("0.16"));
        assertThat(usage.getJsonObject("budget").getJsonNumber("dailyUsd").bigDecimalValue()).isEqualByComparingTo("0.2");

        // the 80 % alert went out once for the day, as a domain event on the topic
        Api superAdmin = anonymous.signedInAs("admin@bizoholic.com");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                superAdmin.get("api/v1/platform/events?type=llm.budget.alert&size=100").body()).contains(tenant, "\\\"period\\\":\\\"day\\\""));

        // raising the budget lifts the refusal at once
        assertThat(thrillRing.put("api/v1/llm/budget", "{\"dailyUsd\": 2.5, \"monthlyUsd\": 25}").status()).isEqualTo(200);
        assertThat(thrillRing.postJson("v1/chat/completions", chatBody("cheap", "back again " + unique()).add("cache", false)
                .build().toString()).status()).isEqualTo(200);
    }

    @Test
    void everyCallIsAccountedOnceThoughTheAnswerDoesNotWaitForItsRow() throws Exception {
        Api manager = anonymous.signedInAs("manager@coreldove.com");
        String tenant = manager.get("api/v1/me").json().getString("tenantId");
        awaitAccounted(manager);
        long rowsBefore = count("select count(*) from bizosaas.model_call where tenant_id = ?::uuid", tenant);
        long daysBefore = count("select coalesce(sum(calls), 0) from bizosaas.model_spend_day where tenant_id = ?::uuid", tenant);

        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> replies = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String body = chatBody("bizosaas-offline", "Summarise order " + i + " for the customer.").build().toString();
            replies.add(pool.submit(() -> manager.postJson("v1/chat/completions", body).status()));
        }
        for (Future<Integer> reply : replies) {
            assertThat(reply.get()).isEqualTo(200);
        }
        pool.shutdown();

        awaitAccounted(manager);
        assertThat(count("select count(*) from bizosaas.model_call where tenant_id = ?::uuid", tenant))
                .as("one row per answered call, none lost, none twice").isEqualTo(rowsBefore + 60);
        assertThat(count("select coalesce(sum(calls), 0) from bizosaas.model_spend_day where tenant_id = ?::uuid", tenant))
                .as("the day's count moved with the rows").isEqualTo(daysBefore + 60);
    }

    @Test
    void theSemanticCacheAnswersTheSameQuestionButNotANearMissAnotherPartitionOrAnotherTenant() {
        Api corelDove = anonymous.signedInAs("admin@coreldove.com");
        Api quantTrade = anonymous.signedInAs("admin@quanttrade.com");
        awaitAnthropicAnswers(corelDove);
        // a fresh database per run: nothing answered this before; the paraphrase's similarity is 0.96
        String question = "What are the opening hours of the CorelDove store in Berlin?";

        Api.Reply first = corelDove.postJson("v1/chat/completions", chatBody("cheap", question).build().toString());
        assertThat(first.header("X-BizOSaaS-Cache")).isEqualTo("miss");
        int upstream = anthropic.requests();

        Api.Reply again = corelDove.postJson("v1/chat/completions", chatBody("cheap",
                "What are the opening hours of the CorelDove shop in Berlin?").build().toString());
        assertThat(again.header("X-BizOSaaS-Cache")).as(again.body()).isEqualTo("hit");
        assertThat(content(again.json())).isEqualTo(content(first.json()));
        assertThat(again.json().getJsonObject("bizosaas").getBoolean("cache_hit")).isTrue();
        assertThat(anthropic.requests()).as("a hit does not reach the provider").isEqualTo(upstream);

        assertThat(corelDove.postJson("v1/chat/completions", chatBody("cheap", question.replace("Berlin", "Munich"))
                .build().toString()).header("X-BizOSaaS-Cache")).as("another city is another question").isEqualTo("miss");
        assertThat(corelDove.postJson("v1/chat/completions", Json.createObjectBuilder().add("model", "cheap")
                .add("messages", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("role", "system").add("content", "Answer in French."))
                        .add(Json.createObjectBuilder().add("role", "user").add("content", question)))
                .build().toString()).header("X-BizOSaaS-Cache")).as("another system prompt").isEqualTo("miss");
        assertThat(corelDove.postJson("v1/chat/completions", chatBody("premium", question).build().toString())
                .header("X-BizOSaaS-Cache")).as("another tier").isEqualTo("miss");
        assertThat(corelDove.postJson("v1/chat/completions", chatBody("cheap", question).add("cache", false).build().toString())
                .header("X-BizOSaaS-Cache")).as("opted out").isEqualTo("miss");
        assertThat(quantTrade.postJson("v1/chat/completions", chatBody("cheap", question).build().toString())
                .header("X-BizOSaaS-Cache")).as("another tenant").isEqualTo("miss");

        JsonObject totals = corelDove.get("api/v1/llm/usage?days=1").json().getJsonObject("totals");
        assertThat(totals.getJsonNumber("cacheHits").longValue()).isPositive();
        assertThat(totals.getJsonNumber("savedUsd").bigDecimalValue()).isPositive();

        Api.Reply cleared = corelDove.delete("api/v1/llm/cache");
        assertThat(cleared.status()).as(cleared.body()).isEqualTo(200);
        assertThat(cleared.json().getInt("removed")).isPositive();
        assertThat(corelDove.postJson("v1/chat/completions", chatBody("cheap", question).build().toString())
                .header("X-BizOSaaS-Cache")).as("after invalidation").isEqualTo("miss");
        assertThat(anonymous.signedInAs("client@coreldove.com").delete("api/v1/llm/cache").status()).isEqualTo(403);
    }

    @Test
    void fiftyCallsAtOnceOfATenantWithBudgetForFiveBillAtMostFiveTheRestAre429() throws Exception {
        // a new tenant: nothing spent today. Its daily $0.20 holds five calls of max_tokens 180 (at the test prices,
        // 9 prompt tokens at $100/M and 180 answer tokens at $200/M: $0.0369 each), not six
        awaitAnthropicAnswers(anonymous.signedInAs("admin@coreldove.com"));
        Api.Onboarded spender = anonymous.signedInAs("admin@bizoholic.com").onboard("spend", "TIER_2", "Sturdy-Passw0rd!");
        String tenant = spender.tenantId();
        Api owner = spender.admin();
        assertThat(owner.put("api/v1/llm/budget", "{\"dailyUsd\": 0.2, \"monthlyUsd\": 5}").status()).isEqualTo(200);
        // a too-large answer or too many tools are refused by field before anything is held
        assertProblem(owner.postJson("v1/chat/completions", chatBody("cheap", "hi").add("max_tokens", 100_000).build().toString()),
                400, "max_tokens");

        anthropic.slow(Duration.ofMillis(1000)); // all fifty are in flight together
        ExecutorService callers = Executors.newFixedThreadPool(50);
        List<Future<Api.Reply>> replies = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String body = chatBody("cheap", String.format("Budget probe %02d", i)).add("max_tokens", 180).add("cache", false)
                    .build().toString();
            replies.add(callers.submit(() -> owner.postJson("v1/chat/completions", body)));
        }
        int answered = 0;
        for (Future<Api.Reply> reply : replies) {
            Api.Reply done = reply.get();
            if (done.status() == 200) {
                answered++;
            } else {
                assertThat(done.status()).as(done.body()).isEqualTo(429);
                assertThat(done.json().getString("type")).endsWith("/budget-exhausted");
            }
        }
        callers.shutdown();
        anthropic.healthy();
        assertThat(answered).as("the five calls the budget holds").isEqualTo(5);
        awaitAccounted(owner);
        assertThat(count("select count(*) from bizosaas.model_call where tenant_id = ?::uuid and cost_usd > 0", tenant))
                .isEqualTo(5);
        assertThat(money("select coalesce(sum(cost_usd), 0) from bizosaas.model_call where tenant_id = ?::uuid", tenant))
                .isLessThanOrEqualTo(new BigDecimal("0.2"));
    }

    @Test
    void aTenantsOwnKeyFromItsVaultGoesFirstAndOnlyForThatTenant() {
        Api superAdmin = anonymous.signedInAs("admin@bizoholic.com");
        awaitAnthropicAnswers(anonymous.signedInAs("admin@coreldove.com"));
        Api.Onboarded ownKey = superAdmin.onboard("byok", "TIER_2", "Sturdy-Passw0rd!");
        String slug = ownKey.slug();
        Api owner = ownKey.admin();
        assertThat(owner.put("api/v1/vault/llm.openai.api-key", Api.jsonObject("secret", "sk-own-key-of-" + slug)).status()).isEqualTo(200);

        JsonObject answer = chat(owner, chatBody("cheap", "Who pays for this call? " + unique()).add("cache", false));
        assertThat(provider(answer)).as("the tenant's own OpenAI key comes before the platform's Anthropic").isEqualTo("openai");
        assertThat(openAi.lastApiKey()).isEqualTo("sk-own-key-of-" + slug);
        assertThat(owner.get("api/v1/audit?action=credential.read&size=100").body()).contains("llm.openai.api-key");

        JsonObject someoneElse = chat(anonymous.signedInAs("admin@coreldove.com"), chatBody("cheap", "And this one? " + unique()).add("cache", false));
        assertThat(provider(someoneElse)).isEqualTo("anthropic");
        assertThat(anthropic.lastApiKey()).isEqualTo("it-anthropic-key");

        // a base URL set in the console never receives a tenant's own key: it goes where the operator configured OpenAI
        String models = ",\"models\": {\"cheap\": \"gpt-4o-mini\", \"balanced\": \"gpt-4o\", \"premium\": \"gpt-4o\"}}";
        try (FakeOpenAi elsewhere = new FakeOpenAi().start()) {
            assertThat(superAdmin.put("api/v1/llm/providers/openai", "{\"enabled\": true, \"position\": 1, \"baseUrl\": \""
                    + elsewhere.baseUrl() + "\"" + models).status()).isEqualTo(200);
            JsonObject moved = chat(owner, chatBody("cheap", "Where does my key go now? " + unique()).add("cache", false));
            assertThat(provider(moved)).isEqualTo("openai");
            assertThat(openAi.lastApiKey()).isEqualTo("sk-own-key-of-" + slug);
            assertThat(elsewhere.lastApiKey()).isNotEqualTo("sk-own-key-of-" + slug);
        } finally {
            superAdmin.delete("api/v1/llm/providers/openai");
        }
    }

    @Test
    void theSuperAdminReordersAndDisablesProvidersInTheConsoleSettingsAndTheChainFollows() {
        Api superAdmin = anonymous.signedInAs("admin@bizoholic.com");
        Api corelDove = anonymous.signedInAs("admin@coreldove.com");
        awaitAnthropicAnswers(corelDove);
        String models = ",\"models\": {\"cheap\": \"gpt-4o-mini\", \"balanced\": \"gpt-4o\", \"premium\": \"gpt-4o\"}}";
        String anthropicModels = ",\"models\": {\"cheap\": \"claude-haiku-4-5\", \"balanced\": \"claude-sonnet-4-5\", \"premium\": \"claude-sonnet-4-5\"}}";
        try (FakeOpenAi elsewhere = new FakeOpenAi().start()) {
            Api.Reply first = superAdmin.put("api/v1/llm/providers/openai", "{\"enabled\": true, \"position\": 1" + models);
            assertThat(first.status()).as(first.body()).isEqualTo(200);
            assertThat(provider(chat(corelDove, chatBody("cheap", "Who answers first now? " + unique()).add("cache", false)))).isEqualTo("openai");

            assertThat(superAdmin.put("api/v1/llm/providers/anthropic", "{\"enabled\": false, \"position\": 2" + anthropicModels).status()).isEqualTo(200);
            assertThat(providerState(corelDove, "anthropic")).isEqualTo("not in the chain");
            openAi.failing(503);
            assertThat(provider(chat(corelDove, chatBody("cheap", "And if OpenAI fails? " + unique()).add("cache", false))))
                    .as("a disabled provider is no fallback").isEqualTo("offline");
            openAi.healthy();

            // a base URL set in the console never receives the key configured for another address
            assertThat(superAdmin.put("api/v1/llm/providers/openai", "{\"enabled\": true, \"position\": 1, \"baseUrl\": \""
                    + elsewhere.baseUrl() + "\"" + models).status()).isEqualTo(200);
            awaitAnswerFrom(corelDove, "cheap", "openai"); // OpenAI's circuit may still be open from the failures above
            assertThat(elsewhere.requests()).isPositive();
            assertThat(elsewhere.lastApiKey()).isNotEqualTo("it-openai-key");

            assertProblem(superAdmin.put("api/v1/llm/providers/mistral", "{\"enabled\": true, \"position\": 1" + models), 404, null);
            assertProblem(superAdmin.put("api/v1/llm/providers/openai", "{\"enabled\": true, \"position\": 0" + models), 400, "position");
            assertProblem(superAdmin.put("api/v1/llm/providers/openai", "{\"enabled\": true, \"position\": 1, \"baseUrl\": \"ftp://x\"" + models), 400, "baseUrl");
            assertProblem(corelDove.put("api/v1/llm/providers/openai", "{\"enabled\": true, \"position\": 1" + models), 403, null);
            assertThat(superAdmin.get("api/v1/audit?action=llm.provider.changed&size=50").body()).contains("provider:openai", "provider:anthropic");
        } finally {
            superAdmin.delete("api/v1/llm/providers/openai");
            superAdmin.delete("api/v1/llm/providers/anthropic");
        }
        assertThat(provider(chat(corelDove, chatBody("cheap", "Back to the configuration? " + unique()).add("cache", false)))).isEqualTo("anthropic");
    }

    private static String provider(JsonObject completion) {
        return completion.getJsonObject("bizosaas").getString("provider");
    }

    // --- helpers -----------------------------------------------------------------------------------------

    private static JsonObjectBuilder chatBody(String model, String userText) {
        return Json.createObjectBuilder().add("model", model)
                .add("messages", Json.createArrayBuilder().add(Json.createObjectBuilder().add("role", "user").add("content", userText)));
    }

    private static JsonObject chat(Api api, JsonObjectBuilder body) {
        Api.Reply reply = api.postJson("v1/chat/completions", body.build().toString());
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static String content(JsonObject completion) {
        JsonObject message = completion.getJsonArray("choices").getJsonObject(0).getJsonObject("message");
        return message.isNull("content") ? null : message.getString("content");
    }

    private static void assertRefused(Api.Reply reply, int status, String param) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        JsonObject error = reply.json().getJsonObject("error");
        assertThat(error.getString("message")).isNotBlank();
        assertThat(error.getString("type")).isNotBlank();
        if (param != null) {
            assertThat(error.getString("param")).isEqualTo(param);
        }
    }

    /** A platform API problem; {@code fieldPart}, when given, must appear in the named field. */
    private static void assertProblem(Api.Reply reply, int status, String fieldPart) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        if (fieldPart != null) {
            assertThat(reply.json().getJsonArray("errors").getJsonObject(0).getString("field")).contains(fieldPart);
        }
    }

    /** Waits until Anthropic, first in the chain, answers again (its circuit may be waiting to close). */
    private static void awaitAnthropicAnswers(Api api) {
        awaitAnswerFrom(api, "cheap", "anthropic");
    }

    /** Waits until asking for {@code model} is answered by {@code provider} (a circuit may be waiting to close). */
    private static void awaitAnswerFrom(Api api, String model, String provider) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500)).until(() ->
                provider.equals(chat(api, chatBody(model, "ping " + unique()).add("cache", false))
                        .getJsonObject("bizosaas").getString("provider")));
    }

    private static String providerState(Api api, String provider) {
        Api.Reply reply = api.get("api/v1/llm/providers");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonArray providers = Json.createReader(new StringReader(reply.body())).readArray();
        return providers.stream().map(p -> p.asJsonObject()).filter(p -> p.getString("name").equals(provider))
                .findFirst().orElseThrow().getString("state");
    }

    private static JsonArray refundAndWeatherTools() {
        return Json.createArrayBuilder()
                .add(tool("create_refund", "Refund an order to the customer", Json.createObjectBuilder()
                        .add("order_id", Json.createObjectBuilder().add("type", "string").add("description", "the order to refund"))
                        .add("amount_usd", Json.createObjectBuilder().add("type", "number").add("description", "amount in USD")), "order_id", "amount_usd"))
                .add(tool("lookup_weather", "Current weather for a city", Json.createObjectBuilder()
                        .add("city", Json.createObjectBuilder().add("type", "string")), "city"))
                .build();
    }

    private static JsonObjectBuilder tool(String name, String description, JsonObjectBuilder properties, String... required) {
        var requiredArray = Json.createArrayBuilder();
        for (String r : required) {
            requiredArray.add(r);
        }
        return Json.createObjectBuilder().add("type", "function").add("function", Json.createObjectBuilder()
                .add("name", name).add("description", description)
                .add("parameters", Json.createObjectBuilder().add("type", "object").add("properties", properties).add("required", requiredArray)));
    }

    /**
     * Accounting is written behind the answers; a report waits until this node wrote every call it answered,
     * so after one the tables can be counted directly.
     */
    private static void awaitAccounted(Api api) {
        assertThat(api.get("api/v1/llm/usage?days=1").status()).isEqualTo(200);
    }

    private static long count(String sql, String tenant) throws Exception {
        return money(sql, tenant).longValue();
    }

    private static BigDecimal money(String sql, String tenant) throws Exception {
        try (Connection db = TestEnvironment.asSuperuser(); PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, tenant);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getBigDecimal(1);
            }
        }
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
