package com.bizosaas.bench;

import com.bizosaas.launcher.Launcher;
import com.bizosaas.launcher.Platform;
import com.bizosaas.launcher.Settings;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Agent tasks end to end on the platform as the run command starts it (no model provider: the offline model; no
 * credentials: the sandbox): each task asks HubSpot's Analytics agent for one sandbox tool call
 * ({@code hubspot_search_contacts}) and a report on it, through the API, the AgentTasks queue, the message-driven
 * bean, the tool-call record and the gateway.
 * <ol>
 *   <li>warm-up: rounds of 1,000 tasks for two minutes and until the rate settles (the JIT is busy for the first
 *       minute or more);</li>
 *   <li>throughput: {@code bench.tasks} (2000) tasks submitted by {@code bench.threads} (8) clients as fast as they
 *       are accepted; tasks/s from the first submission to the last task finished;</li>
 *   <li>queue-to-done latency at half that rate for {@code bench.seconds} (20): each task's {@code queuedAt} to its
 *       {@code finishedAt}, as the server recorded them;</li>
 *   <li>each half on its own: with the message-driven bean's delivery stopped (a management operation), the same
 *       number of tasks accepted with nothing else running; then, delivery started, that backlog worked off;</li>
 *   <li>then, with the platform stopped, the raw broker's persistent send-and-receive rate ({@link RawBroker}).</li>
 * </ol>
 */
public final class AgentTaskBenchmark {

    private static final Pattern TOTAL = Pattern.compile("\"totalItems\":(\\d+)");
    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

    private AgentTaskBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Launcher.quietLibraryLogging();
        int tasks = Integer.getInteger("bench.tasks", 2000);
        int threads = Integer.getInteger("bench.threads", 8);
        int seconds = Integer.getInteger("bench.seconds", 20);
        Settings settings = PlatformBenchmark.freshPlatform("bench-tasks", 3200, "230.0.77.5");
        URI base = URI.create("http://127.0.0.1:" + settings.httpPort() + "/");
        System.out.printf("BizOSaaS agent-task benchmark on %d cores, %s, Java %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"), System.getProperty("java.version"));

        try (Platform platform = Platform.start(settings, Optional.empty(),
                Map.of("BIZOSAAS_API_REQUESTS_PER_MINUTE", "100000000"))) {
            platform.bootToReady();
            String token = PlatformBenchmark.signIn(base, "manager@coreldove.com", "Demo-Password-2026");
            String agents = get(base.resolve("api/v1/agents?integration=HubSpot&size=10"), token);
            String agent = agentId(agents, "Analytics");
            URI submit = base.resolve("api/v1/agents/" + agent + "/tasks");
            String body = "{\"input\": \"Find our contacts called Ada\", \"tool\": {\"name\": \"hubspot_search_contacts\","
                    + " \"arguments\": {\"query\": \"Ada\", \"limit\": 3}}}";

            // warm-up: the JIT compiles for a minute or more under this load (more than a core's worth at first), so
            // rounds of 1,000 tasks run for bench.warmup.seconds (120) and then until a round's rate is within 10 %
            // of the one before
            long warmUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(Integer.getInteger("bench.warmup.seconds", 120));
            double previous = 0;
            for (int round = 1; round <= 30; round++) {
                long done = finished(base, token);
                long roundStarted = System.nanoTime();
                List<String> warm = submitAll(submit, token, body, 1000, threads);
                awaitFinished(base, token, done + warm.size());
                double rate = warm.size() / ((System.nanoTime() - roundStarted) / 1e9);
                System.out.printf("warm-up round %d: %.0f tasks/s%n", round, rate);
                if (System.nanoTime() > warmUntil && Math.abs(rate - previous) / previous < 0.10) {
                    break;
                }
                previous = rate;
            }

            long before = finished(base, token);
            long started = System.nanoTime();
            List<String> accepted = submitAll(submit, token, body, tasks, threads);
            double acceptSeconds = (System.nanoTime() - started) / 1e9;
            awaitFinished(base, token, before + accepted.size());
            double allSeconds = (System.nanoTime() - started) / 1e9;
            double throughput = accepted.size() / allSeconds;

            // latency at half the rate: one submission every 1/rate seconds, open loop
            double rate = throughput / 2;
            long paced = finished(base, token);
            List<String> ids = submitPaced(submit, token, body, rate, seconds);
            awaitFinished(base, token, paced + ids.size());
            Latencies queueToDone = new Latencies();
            int failed = 0;
            for (String id : ids) {
                String task = get(base.resolve("api/v1/agents/tasks/" + id), token);
                if (!task.contains("\"state\":\"SUCCEEDED\"")) {
                    failed++;
                    continue;
                }
                Instant queued = Instant.parse(field(task, "queuedAt"));
                Instant finishedAt = Instant.parse(field(task, "finishedAt"));
                queueToDone.add(Duration.between(queued, finishedAt).toNanos() / 1000);
            }

            // each half alone: accepting with no task being worked on, then working off the backlog
            String listener = "/deployment=bizosaas.ear/subdeployment=bizosaas-ejb.jar/subsystem=ejb3"
                    + "/message-driven-bean=AgentTaskListener";
            platform.server().cliCommand(listener + ":stop-delivery");
            long beforeBacklog = finished(base, token);
            long acceptStarted = System.nanoTime();
            int backlog = submitAll(submit, token, body, tasks, threads).size();
            double acceptOnly = backlog / ((System.nanoTime() - acceptStarted) / 1e9);
            platform.server().cliCommand(listener + ":start-delivery");
            long drainStarted = System.nanoTime();
            long doneAtStart = finished(base, token) - beforeBacklog;
            awaitFinished(base, token, beforeBacklog + backlog);
            double drain = (backlog - doneAtStart) / ((System.nanoTime() - drainStarted) / 1e9);

            System.out.println();
            System.out.printf("throughput: %d tasks (one sandbox tool call and an offline-model report each), %d clients%n",
                    accepted.size(), threads);
            System.out.printf("  accepted  %8.0f tasks/s (202 with the task id)%n", accepted.size() / acceptSeconds);
            System.out.printf("  finished  %8.0f tasks/s end to end, first submission to last finished   (target >= 500)%n", throughput);
            System.out.printf("queue-to-done at half that rate (%.0f tasks/s for %d s, %d tasks, %d not succeeded):%n",
                    rate, seconds, ids.size(), failed);
            System.out.printf("  p50 %7.1f ms   p95 %7.1f ms   p99 %7.1f ms%n", queueToDone.percentileMillis(50),
                    queueToDone.percentileMillis(95), queueToDone.percentileMillis(99));
            System.out.printf("each half alone (%d tasks): accepted with delivery stopped %6.0f tasks/s; that backlog"
                    + " worked off %6.0f tasks/s%n", backlog, acceptOnly, drain);
        }
        // with the platform stopped, the same machine's raw broker
        RawBroker.Result broker = RawBroker.sendAndReceive(settings.dataDir().resolveSibling("bench-broker"),
                Integer.getInteger("bench.broker.messages", 20_000), threads, 4);
        System.out.printf("raw broker for comparison (Artemis embedded, persistent NIO journal, in-VM; %d producers and 4"
                + " consumers, a commit per message each side): %.0f messages/s sent and received (%d messages)%n",
                threads, broker.perSecond(), broker.messages());
    }

    private static List<String> submitAll(URI submit, String token, String body, int count, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger left = new AtomicInteger(count);
        List<Future<List<String>>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                List<String> mine = new ArrayList<>();
                while (left.getAndDecrement() > 0) {
                    mine.add(submitOne(submit, token, body));
                }
                return mine;
            }));
        }
        List<String> all = new ArrayList<>();
        for (Future<List<String>> f : futures) {
            all.addAll(f.get());
        }
        pool.shutdown();
        return all;
    }

    private static List<String> submitPaced(URI submit, String token, String body, double rate, int seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<String>> futures = new ArrayList<>();
        long interval = (long) (1e9 / rate);
        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(seconds);
        for (long next = start; next < end; next += interval) {
            long wait = next - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            futures.add(pool.submit(() -> submitOne(submit, token, body)));
        }
        List<String> ids = new ArrayList<>();
        for (Future<String> f : futures) {
            ids.add(f.get());
        }
        pool.shutdown();
        return ids;
    }

    private static String submitOne(URI submit, String token, String body) throws Exception {
        HttpResponse<String> response = Load.HTTP.send(Load.postJson(submit, token, body), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 202) {
            throw new IllegalStateException("task refused: " + response.statusCode() + " " + response.body());
        }
        Matcher id = ID.matcher(response.body());
        if (!id.find()) {
            throw new IllegalStateException("no task id in " + response.body());
        }
        return id.group(1);
    }

    /** Tasks of the tenant that finished, either way. */
    private static long finished(URI base, String token) throws Exception {
        return total(get(base.resolve("api/v1/agents/tasks?state=SUCCEEDED&size=1"), token))
                + total(get(base.resolve("api/v1/agents/tasks?state=FAILED&size=1"), token));
    }

    private static void awaitFinished(URI base, String token, long count) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(15);
        while (finished(base, token) < count) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("tasks did not finish within 15 minutes");
            }
            TimeUnit.MILLISECONDS.sleep(250); // each look counts the tenant's tasks: not too often
        }
    }

    private static String get(URI uri, String token) throws Exception {
        HttpResponse<String> response = Load.HTTP.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(uri + " answered " + response.statusCode());
        }
        return response.body();
    }

    private static long total(String page) {
        Matcher m = TOTAL.matcher(page);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    private static String agentId(String page, String role) {
        for (String item : page.split("\\},\\{")) {
            if (item.contains("\"role\":\"" + role + "\"")) {
                Matcher id = ID.matcher(item);
                if (id.find()) {
                    return id.group(1);
                }
            }
        }
        throw new IllegalStateException("no " + role + " agent in " + page);
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }
}
