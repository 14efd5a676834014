package com.bizosaas.bench;

import com.bizosaas.llm.control.CacheKeys;
import com.bizosaas.llm.control.SemanticIndex;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The semantic cache's lookup at scale, in-process (the same {@link SemanticIndex} the server uses): one tenant
 * with {@code bench.entries} (100,000) cached answers in one partition — the worst case: partitions (system
 * prompt, tier, tools …) normally split them — beside 20 other tenants of 1,000 entries each. Then
 * {@code bench.lookups} lookups, half for a slightly perturbed stored vector (should hit), half for a random one
 * (should miss): p50 / p95 / p99 of the index lookup, how many planted neighbours were found, and, for the whole
 * lookup in the server, the time to embed a prompt with the in-process model. Vectors are random unit vectors of
 * 384 dimensions, harder for a graph index than real sentence embeddings, which cluster. The index grows in
 * steps of 1,000 entries, each made searchable before the next, as in a server that caches answer after answer.
 */
public final class CacheLookupBenchmark {

    private static final int DIMENSIONS = 384;
    private static final int GROWTH_STEP = 1_000;

    private CacheLookupBenchmark() {
    }

    public static void main(String[] args) {
        int entries = Integer.getInteger("bench.entries", 100_000);
        int lookups = Integer.getInteger("bench.lookups", 2_000);
        Random random = new Random(42);
        UUID tenant = UUID.randomUUID();
        String partition = CacheKeys.partition("You are a helpful assistant.", "cheap", "", null, null);
        Instant expires = Instant.now().plusSeconds(86_400);

        System.out.printf("BizOSaaS semantic cache lookup benchmark on %d cores, Java %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        try (SemanticIndex index = new SemanticIndex()) {
            long started = System.nanoTime();
            List<float[]> stored = new ArrayList<>(entries);
            List<SemanticIndex.Entry> batch = new ArrayList<>();
            for (int i = 0; i < entries; i++) {
                float[] vector = randomUnit(random);
                stored.add(vector);
                batch.add(new SemanticIndex.Entry(tenant, partition, UUID.randomUUID(), vector, "", expires));
                if (batch.size() == GROWTH_STEP) { // the index grows as a server's does: a refresh now and then
                    index.addAll(batch);
                    batch.clear();
                }
            }
            for (int t = 0; t < 20; t++) {
                UUID other = UUID.randomUUID();
                for (int i = 0; i < 1_000; i++) {
                    batch.add(new SemanticIndex.Entry(other, partition, UUID.randomUUID(), randomUnit(random), "", expires));
                }
            }
            index.addAll(batch);
            System.out.printf("indexed %,d entries (%,d in the measured tenant) in %.1f s; %d segments%n", index.size(), entries,
                    (System.nanoTime() - started) / 1e9, index.segments());
            Latencies whileMerging = measure(index, tenant, partition, stored, lookups / 4, random).latencies();
            index.awaitMerges();
            System.out.printf("background merges settled at %.1f s; %d segments%n",
                    (System.nanoTime() - started) / 1e9, index.segments());
            System.out.printf("index lookup while merges ran: p50 %6.2f ms   p95 %6.2f ms%n",
                    whileMerging.percentileMillis(50), whileMerging.percentileMillis(95));

            for (int i = 0; i < 500; i++) { // warm-up
                index.nearest(tenant, partition, randomUnit(random), "", 0.95, Instant.now());
            }
            Measured settled = measure(index, tenant, partition, stored, lookups, random);
            Latencies latencies = settled.latencies();
            int planted = settled.planted();
            int found = settled.found();
            int falseHits = settled.falseHits();
            System.out.printf("index lookup, %d lookups: p50 %6.2f ms   p95 %6.2f ms   p99 %6.2f ms   (target: p95 <= 5 ms)%n",
                    lookups, latencies.percentileMillis(50), latencies.percentileMillis(95), latencies.percentileMillis(99));
            System.out.printf("  planted neighbours found: %d of %d; random queries answered: %d%n", found, planted, falseHits);
        }

        EmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        Latencies embedding = new Latencies();
        for (int i = 0; i < 300; i++) {
            String prompt = "What are the opening hours of store number " + i + " in Berlin on public holidays?";
            long t0 = System.nanoTime();
            model.embed(prompt);
            if (i >= 50) {
                embedding.add((System.nanoTime() - t0) / 1000);
            }
        }
        System.out.printf("embedding a prompt in-process (all-MiniLM-L6-v2-q): p50 %6.2f ms   p95 %6.2f ms%n",
                embedding.percentileMillis(50), embedding.percentileMillis(95));
    }

    private record Measured(Latencies latencies, int planted, int found, int falseHits) {
    }

    /** Half the lookups near a stored vector (should hit), half random (should miss). */
    private static Measured measure(SemanticIndex index, UUID tenant, String partition, List<float[]> stored, int lookups,
                                    Random random) {
        Latencies latencies = new Latencies();
        int planted = 0;
        int found = 0;
        int falseHits = 0;
        for (int i = 0; i < lookups; i++) {
            boolean near = i % 2 == 0;
            float[] query = near ? perturb(stored.get(random.nextInt(stored.size())), random) : randomUnit(random);
            long t0 = System.nanoTime();
            boolean hit = index.nearest(tenant, partition, query, "", 0.95, Instant.now()).isPresent();
            latencies.add((System.nanoTime() - t0) / 1000);
            if (near) {
                planted++;
                found += hit ? 1 : 0;
            } else if (hit) {
                falseHits++;
            }
        }
        return new Measured(latencies, planted, found, falseHits);
    }

    private static float[] randomUnit(Random random) {
        float[] vector = new float[DIMENSIONS];
        for (int i = 0; i < DIMENSIONS; i++) {
            vector[i] = (float) random.nextGaussian();
        }
        return SemanticIndex.unit(vector);
    }

    /** A vector at cosine ≈ 0.99 from the original: a paraphrase. */
    private static float[] perturb(float[] original, Random random) {
        float[] noise = randomUnit(random);
        float[] vector = new float[DIMENSIONS];
        for (int i = 0; i < DIMENSIONS; i++) {
            vector[i] = original[i] + 0.14f * noise[i];
        }
        return SemanticIndex.unit(vector);
    }
}
