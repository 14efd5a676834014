package com.bizosaas.bench;

import com.bizosaas.launcher.Launcher;
import com.bizosaas.launcher.Platform;
import com.bizosaas.launcher.Settings;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Starts the platform the way the run command does (fresh data directory, embedded PostgreSQL), then:
 * <ol>
 *   <li>cold boot: first start, including database initialisation and schema migration;</li>
 *   <li>warm boot: a second start on the same data, from server process start to deployed and ready;</li>
 *   <li>idle resident memory of the server JVM, after it has served a warm-up and rested;</li>
 *   <li>read throughput and latency of {@code GET /api/v1/platform/announcements} under concurrent load on
 *       loopback (client and server share this machine's cores).</li>
 * </ol>
 * Options (system properties): {@code bench.threads} (16), {@code bench.seconds} (30), {@code bench.warmup} (10).
 */
public final class PlatformBenchmark {

    private static final HttpClient HTTP = Load.HTTP;

    private PlatformBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Launcher.quietLibraryLogging();
        int threads = Integer.getInteger("bench.threads", 16);
        int seconds = Integer.getInteger("bench.seconds", 30);
        int warmup = Integer.getInteger("bench.warmup", 10);
        Settings settings = freshPlatform("bench-data", 3000, "230.0.77.3");
        URI base = URI.create("http://127.0.0.1:" + settings.httpPort() + "/");

        System.out.printf("BizOSaaS platform benchmark on %d cores, %s, Java %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"), System.getProperty("java.version"));

        Duration cold;
        try (Platform platform = Platform.start(settings, Optional.empty())) {
            cold = platform.bootToReady();
            String token = signIn(base, "admin@bizoholic.com", "Demo-Password-2026"); // the demo super-admin
            for (int i = 0; i < 50; i++) {
                post(base.resolve("api/v1/platform/announcements"), token, "{\"title\":\"Benchmark notice " + i
                        + "\",\"body\":\"Seed data for the read benchmark.\",\"severity\":\"INFO\"}");
            }
        }

        try (Platform platform = Platform.start(settings, Optional.empty())) {
            Duration warm = platform.bootToReady();
            URI read = base.resolve("api/v1/platform/announcements?size=20");
            Load.run(Load.get(read), threads, Duration.ofSeconds(warmup)); // JIT warm-up, not reported
            TimeUnit.SECONDS.sleep(15);                     // let it go idle
            long rssKb = residentKb(platform.server().process().toHandle());
            Load.Result result = Load.run(Load.get(read), threads, Duration.ofSeconds(seconds));

            System.out.println();
            System.out.printf("cold boot to deployed and ready (first start, new database): %6.1f s%n", cold.toMillis() / 1000.0);
            System.out.printf("warm boot to deployed and ready:                              %6.1f s   (target <= 30 s)%n", warm.toMillis() / 1000.0);
            System.out.printf("idle resident memory of the server JVM:                       %6d MB  (target <= 1024 MB)%n", rssKb / 1024);
            System.out.printf("GET /api/v1/platform/announcements?size=20, %d threads, %d s on loopback:%n", threads, seconds);
            System.out.printf("  throughput %8.0f requests/s, %d requests, %d errors%n",
                    result.perSecond(), result.latencies().count(), result.errors());
            System.out.printf("  latency    p50 %6.2f ms   p95 %6.2f ms   p99 %6.2f ms%n",
                    result.latencies().percentileMillis(50), result.latencies().percentileMillis(95),
                    result.latencies().percentileMillis(99));
        }
    }

    static String signIn(URI base, String email, String password) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(base.resolve("api/v1/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("sign-in failed with " + response.statusCode());
        }
        return response.body().replaceFirst(".*\"access_token\":\"([^\"]+)\".*", "$1");
    }

    private static void post(URI uri, String token, String json) throws IOException, InterruptedException {
        HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("seeding failed with " + response.statusCode());
        }
    }

    /** VmRSS of the server's JVM: the java process among the server script's descendants. */
    private static long residentKb(ProcessHandle server) throws IOException {
        ProcessHandle jvm = server.descendants()
                .filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false))
                .findFirst().orElseThrow(() -> new IllegalStateException("no server JVM found"));
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(jvm.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IllegalStateException("no VmRSS for " + jvm.pid());
    }

    /**
     * Settings for a benchmark's own platform: the project as built, a fresh data directory under
     * {@code bench/target}, its own ports and cluster address so benchmarks and tests never meet.
     */
    static Settings freshPlatform(String dataDir, int portOffset, String clusterAddress) throws IOException {
        Path project = Path.of(System.getProperty("bench.project.dir", ".")).toAbsolutePath().normalize();
        Path data = project.resolve("bench/target").resolve(dataDir);
        deleteRecursively(data);
        return Settings.fromEnvironment(Map.of(
                "BIZOSAAS_PROJECT_DIR", project.toString(),
                "BIZOSAAS_DATA_DIR", data.toString(),
                "BIZOSAAS_PORT_OFFSET", String.valueOf(portOffset),
                "BIZOSAAS_CLUSTER_ADDRESS", clusterAddress), project);
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
