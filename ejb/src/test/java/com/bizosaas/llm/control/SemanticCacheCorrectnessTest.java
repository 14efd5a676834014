package com.bizosaas.llm.control;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The semantic cache's decisions on real embeddings (the in-process all-MiniLM-L6-v2 model the server uses) at
 * the default threshold of 0.95: paraphrases that should be answered from the cache, and near misses — the
 * same wording about another order, amount, city or customer — that must never be. Prints the hit rate and
 * the false hits; the targets are at least 60 % hits and no false hit.
 */
class SemanticCacheCorrectnessTest {

    private static final double THRESHOLD = 0.95;
    private static final String PARTITION = CacheKeys.partition("You are CorelDove's shop assistant.", "cheap", "", null, null);

    /** Should hit: the same question, worded differently. */
    static final List<List<String>> PARAPHRASES = List.of(
            List.of("What are your opening hours?", "What are your opening hours"),
            List.of("What are your opening hours?", "what are your opening hours?"),
            List.of("What are your opening hours?", "What are the opening hours?"),
            List.of("What are your opening hours?", "Which are your opening hours?"),
            List.of("How do I reset my password?", "How can I reset my password?"),
            List.of("How do I reset my password?", "how do i reset my password"),
            List.of("How do I reset my password?", "How do I reset my password, please?"),
            List.of("Do you ship to Canada?", "Do you ship to Canada ?"),
            List.of("Do you ship to Canada?", "Do you deliver to Canada?"),
            List.of("Do you ship to Canada?", "Can you ship to Canada?"),
            List.of("What is your refund policy?", "What's your refund policy?"),
            List.of("What is your refund policy?", "What is the refund policy?"),
            List.of("What is your refund policy?", "Tell me your refund policy."),
            List.of("How much does the premium plan cost?", "How much does the premium plan cost per month?"),
            List.of("How much does the premium plan cost?", "How much is the premium plan?"),
            List.of("Can I cancel my subscription at any time?", "Can I cancel my subscription anytime?"),
            List.of("Can I cancel my subscription at any time?", "Can I cancel the subscription at any time?"),
            List.of("Where is my order?", "Where is my order??"),
            List.of("Where is my order?", "where's my order?"),
            List.of("Is there a student discount?", "Is there a discount for students?"),
            List.of("Is there a student discount?", "Do you have a student discount?"),
            List.of("Which payment methods do you accept?", "What payment methods do you accept?"),
            List.of("Which payment methods do you accept?", "Which payment methods are accepted?"),
            List.of("How long does delivery take?", "How long does the delivery take?"),
            List.of("How long does delivery take?", "How long will delivery take?"),
            List.of("Summarise the CorelDove return policy in three sentences.", "Summarize the CorelDove return policy in three sentences."),
            List.of("Write a product description for a leather wallet.", "Write a product description for a leather wallet, please."),
            List.of("Write a product description for a leather wallet.", "Please write a product description for a leather wallet."),
            List.of("Translate 'thank you for your order' into German.", "Translate 'thank you for your order' to German."),
            List.of("Give me three blog post ideas about home fitness.", "Give me 3 blog post ideas about home fitness."));

    /** Must miss: the same wording about another order, amount, date, place or customer. */
    static final List<List<String>> NEAR_MISSES = List.of(
            List.of("Refund order 1234 to the customer.", "Refund order 1235 to the customer."),
            List.of("Refund 25.50 USD on order A-1001.", "Refund 52.50 USD on order A-1001."),
            List.of("What is the status of order A-1001?", "What is the status of order A-1002?"),
            List.of("What are the opening hours of the store in Berlin?", "What are the opening hours of the store in Munich?"),
            List.of("Do you ship to Canada?", "Do you ship to Mexico?"),
            List.of("Send the invoice to anna@coreldove.com.", "Send the invoice to ben@coreldove.com."),
            List.of("Schedule the post for 2026-12-01.", "Schedule the post for 2026-12-02."),
            List.of("How much does the premium plan cost for 5 users?", "How much does the premium plan cost for 50 users?"),
            List.of("Write a welcome email for Maria.", "Write a welcome email for Mario."),
            List.of("Summarise the reviews of the Paris hotel.", "Summarise the reviews of the Rome hotel."),
            List.of("Book a table for 2 at 7 pm.", "Book a table for 4 at 7 pm."),
            List.of("Convert 100 EUR to USD.", "Convert 1000 EUR to USD."),
            List.of("What was revenue in Q1 2026?", "What was revenue in Q2 2026?"),
            List.of("Cancel the subscription of customer C-778.", "Cancel the subscription of customer C-787."),
            List.of("Translate 'thank you for your order' into German.", "Translate 'thank you for your order' into French."),
            List.of("Is the Stripe integration enabled for ThrillRing?", "Is the Stripe integration enabled for QuantTrade?"),
            List.of("Give me three blog post ideas about home fitness.", "Give me three blog post ideas about home cooking."),
            List.of("Write a product description for a leather wallet.", "Write a product description for a leather belt."),
            List.of("What is the refund policy for digital goods?", "What is the refund policy for physical goods?"),
            List.of("Reset the password of user 42.", "Reset the password of user 24."));

    private static EmbeddingModel model;
    private static SemanticIndex index;

    @BeforeAll
    static void loadModel() {
        model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        index = new SemanticIndex();
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @Test
    void paraphrasesHitAndNearMissesNeverDo() {
        int hits = 0;
        for (List<String> pair : PARAPHRASES) {
            if (cachedAnswerServes(pair.get(0), pair.get(1))) {
                hits++;
            }
        }
        int falseHits = 0;
        StringBuilder misses = new StringBuilder();
        for (List<String> pair : NEAR_MISSES) {
            if (cachedAnswerServes(pair.get(0), pair.get(1))) {
                falseHits++;
                misses.append("\n  false hit: ").append(pair);
            }
        }
        double hitRate = 100.0 * hits / PARAPHRASES.size();
        System.out.printf("semantic cache at threshold %.2f: %d of %d paraphrases hit (%.0f %%), %d of %d near misses hit (false hits)%s%n",
                THRESHOLD, hits, PARAPHRASES.size(), hitRate, falseHits, NEAR_MISSES.size(), misses);
        assertThat(falseHits).as("false hits" + misses).isZero();
        assertThat(hitRate).as("paraphrase hit rate").isGreaterThanOrEqualTo(60.0);
    }

    @Test
    void anEntryOfAnotherTenantOrPartitionIsNeverFound() {
        UUID tenant = UUID.randomUUID();
        String question = "What is your refund policy?";
        float[] vector = SemanticIndex.unit(model.embed(question).content().vector());
        UUID entry = UUID.randomUUID();
        index.add(tenant, PARTITION, entry, vector, CacheKeys.keyFacts(question), Instant.now().plusSeconds(60));

        assertThat(index.nearest(tenant, PARTITION, vector, CacheKeys.keyFacts(question), THRESHOLD, Instant.now()))
                .hasValueSatisfying(match -> assertThat(match.id()).isEqualTo(entry));
        assertThat(index.nearest(UUID.randomUUID(), PARTITION, vector, CacheKeys.keyFacts(question), THRESHOLD, Instant.now())).isEmpty();
        assertThat(index.nearest(tenant, "another-partition", vector, CacheKeys.keyFacts(question), THRESHOLD, Instant.now())).isEmpty();
        assertThat(index.nearest(tenant, PARTITION, vector, CacheKeys.keyFacts(question), THRESHOLD, Instant.now().plusSeconds(120)))
                .as("expired").isEmpty();
        index.removeTenant(tenant);
        assertThat(index.nearest(tenant, PARTITION, vector, CacheKeys.keyFacts(question), THRESHOLD, Instant.now())).isEmpty();
    }

    /** Stores the first prompt's answer, then asks whether the second prompt would be served it. */
    private static boolean cachedAnswerServes(String cached, String asked) {
        UUID tenant = UUID.randomUUID();
        index.add(tenant, PARTITION, UUID.randomUUID(), SemanticIndex.unit(model.embed(cached).content().vector()),
                CacheKeys.keyFacts(cached), Instant.now().plusSeconds(3600));
        float[] vector = SemanticIndex.unit(model.embed(asked).content().vector());
        boolean served = index.nearest(tenant, PARTITION, vector, CacheKeys.keyFacts(asked), THRESHOLD, Instant.now()).isPresent();
        System.out.printf("  %.3f %s | %s -> %s%n", SemanticIndex.cosine(model.embed(cached).content().vector(), vector),
                cached, asked, served ? "hit" : "miss");
        return served;
    }
}
