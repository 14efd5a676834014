package com.bizosaas.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop load generator on loopback: {@code threads} clients each send the same request again as soon as
 * the previous answer is read, for a while; latencies of successful answers are kept, other answers counted as
 * errors. Client and server share the machine's cores, which the figures include.
 */
final class Load {

    /**
     * HTTP/1.1, as the OpenAI SDKs and most API clients speak it (and the fake providers answer it): the JDK
     * client would otherwise upgrade to HTTP/2 with WildFly but not with a fake, and compare unlike with unlike.
     */
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** What a run measured. */
    record Result(Latencies latencies, long errors, Duration duration) {

        double perSecond() {
            return latencies.count() / (duration.toMillis() / 1000.0);
        }
    }

    private Load() {
    }

    static HttpRequest get(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build();
    }

    static HttpRequest postJson(URI uri, String bearer, String json) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + bearer).POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    static Result run(HttpRequest request, int threads, Duration duration) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long deadline = System.nanoTime() + duration.toNanos();
        AtomicLong errors = new AtomicLong();
        List<Future<Latencies>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                Latencies mine = new Latencies();
                while (System.nanoTime() < deadline) {
                    long started = System.nanoTime();
                    try {
                        HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        if (response.statusCode() != 200) {
                            errors.incrementAndGet();
                            continue;
                        }
                    } catch (IOException e) {
                        errors.incrementAndGet();
                        continue;
                    }
                    mine.add((System.nanoTime() - started) / 1000);
                }
                return mine;
            }));
        }
        Latencies all = new Latencies();
        for (Future<Latencies> f : futures) {
            all.addAll(f.get());
        }
        pool.shutdown();
        return new Result(all, errors.get(), duration);
    }
}
