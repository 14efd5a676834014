package com.bizosaas.bench;

import com.bizosaas.fake.FakeOpenAi;
import com.bizosaas.launcher.Launcher;
import com.bizosaas.launcher.Platform;
import com.bizosaas.launcher.Settings;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * What the language-model gateway adds to a model call: the same chat request sent straight to a provider and
 * sent through the gateway's OpenAI-compatible API to that provider, in one run, against one fake upstream
 * (FakeOpenAi on loopback, which answers in microseconds, so the difference is the gateway's work: token check,
 * rate limit, routing, budget check, the call through fault tolerance, accounting, JSON). The semantic cache is
 * off for these requests ({@code "cache": false}); its lookup is measured by {@link CacheLookupBenchmark}.
 * <ol>
 *   <li>latency, one client at a time: p50 / p95 / p99 direct and through the gateway, and the difference;</li>
 *   <li>throughput, {@code bench.threads} concurrent clients: requests/s direct and through the gateway.</li>
 * </ol>
 * Options: {@code bench.threads} (16), {@code bench.seconds} (20), {@code bench.warmup} (60 s on each path: on two
 * cores the JIT is busy for the first minute or more, and a shorter warm-up measures its compiling as the gateway's
 * tail).
 */
public final class GatewayBenchmark {

    private static final String QUESTION = "Write a one-line welcome for a new customer of the shop.";

    private GatewayBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Launcher.quietLibraryLogging();
        int threads = Integer.getInteger("bench.threads", 16);
        Duration measure = Duration.ofSeconds(Integer.getInteger("bench.seconds", 20));
        Duration warmup = Duration.ofSeconds(Integer.getInteger("bench.warmup", 60));
        Settings settings = PlatformBenchmark.freshPlatform("gateway-bench-data", 3100, "230.0.77.4");
        URI base = URI.create("http://127.0.0.1:" + settings.httpPort() + "/");

        System.out.printf("BizOSaaS gateway benchmark on %d cores, Java %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        try (FakeOpenAi upstream = new FakeOpenAi().start();
             Platform platform = Platform.start(settings, Optional.empty(), Map.of(
                     "BIZOSAAS_LLM_PROVIDERS", "openai",
                     "BIZOSAAS_LLM_OPENAI_BASE_URL", upstream.baseUrl(),
                     "BIZOSAAS_LLM_OPENAI_API_KEY", "bench-upstream-key",
                     "BIZOSAAS_LLM_OPENAI_MODELS_CHEAP", "gpt-4o-mini",
                     // the benchmark's client sends far more than a tier's 1000-5000 requests a minute
                     "BIZOSAAS_API_REQUESTS_PER_MINUTE", "100000000"))) {
            String token = PlatformBenchmark.signIn(base, "admin@bizoholic.com", "Demo-Password-2026");
            HttpRequest direct = Load.postJson(URI.create(upstream.baseUrl() + "/chat/completions"), "bench-upstream-key",
                    "{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"" + QUESTION + "\"}]}");
            HttpRequest gateway = Load.postJson(base.resolve("v1/chat/completions"), token,
                    "{\"model\":\"cheap\",\"cache\":false,\"messages\":[{\"role\":\"user\",\"content\":\"" + QUESTION + "\"}]}");

            HttpRequest me = HttpRequest.newBuilder(base.resolve("api/v1/me")).header("Authorization", "Bearer " + token)
                    .timeout(Duration.ofSeconds(10)).GET().build();
            Load.run(direct, 4, warmup);   // JIT warm-up of the paths, not reported
            Load.run(gateway, 4, warmup);
            Load.run(me, 4, warmup);
            Load.Result directAlone = Load.run(direct, 1, measure);
            Load.Result gatewayAlone = Load.run(gateway, 1, measure);
            Load.Result meAlone = Load.run(me, 1, measure);
            Load.Result directLoaded = Load.run(direct, threads, measure);
            Load.Result gatewayLoaded = Load.run(gateway, threads, measure);

            System.out.println();
            System.out.printf("POST chat completion, one client at a time, %d s each:%n", measure.toSeconds());
            row("direct to the provider", directAlone);
            row("through the gateway", gatewayAlone);
            System.out.printf("  added by the gateway       p50 %6.2f ms   p95 %6.2f ms   (target: p95 <= 2 ms)%n",
                    gatewayAlone.latencies().percentileMillis(50) - directAlone.latencies().percentileMillis(50),
                    gatewayAlone.latencies().percentileMillis(95) - directAlone.latencies().percentileMillis(95));
            row("for scale: GET /api/v1/me", meAlone);
            System.out.println("  (an authenticated platform call: token check and rate-limit count in memory, the user read in a transaction)");
            System.out.printf("%d concurrent clients, %d s each:%n", threads, measure.toSeconds());
            row("direct to the provider", directLoaded);
            row("through the gateway", gatewayLoaded);
            System.out.printf("upstream saw %d requests; every gateway answer came from it (cache off)%n", upstream.requests());
        }
    }

    private static void row(String label, Load.Result result) {
        System.out.printf("  %-26s %8.0f requests/s   p50 %6.2f ms   p90 %6.2f ms   p95 %6.2f ms   p99 %6.2f ms   %d errors%n",
                label, result.perSecond(), result.latencies().percentileMillis(50), result.latencies().percentileMillis(90),
                result.latencies().percentileMillis(95), result.latencies().percentileMillis(99), result.errors());
    }
}
