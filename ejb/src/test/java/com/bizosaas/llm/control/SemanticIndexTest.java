package com.bizosaas.llm.control;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.within;

class SemanticIndexTest {

    private static final int DIMENSIONS = 8;
    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    private static final Instant LATER = NOW.plusSeconds(3600);
    private static final String PARTITION = "p1";
    private static final String FACTS = "1234";
    private static final double THRESHOLD = 0.95;

    private final SemanticIndex index = new SemanticIndex();
    private final UUID tenant = UUID.randomUUID();

    @AfterEach
    void close() {
        index.close();
    }

    /** A unit vector at this cosine to the first axis, turned towards the given other axis. */
    private static float[] atCosine(double cosine, int towards) {
        float[] vector = new float[DIMENSIONS];
        vector[0] = (float) cosine;
        vector[towards] = (float) Math.sqrt(1 - cosine * cosine);
        return vector;
    }

    private static float[] axis(int i) {
        float[] vector = new float[DIMENSIONS];
        vector[i] = 1;
        return vector;
    }

    private UUID add(float[] vector) {
        return add(tenant, PARTITION, vector, FACTS, LATER);
    }

    private UUID add(UUID tenant, String partition, float[] vector, String facts, Instant expiresAt) {
        UUID id = UUID.randomUUID();
        index.add(tenant, partition, id, vector, facts, expiresAt);
        return id;
    }

    private Optional<SemanticIndex.Match> nearest(float[] vector) {
        return index.nearest(tenant, PARTITION, vector, FACTS, THRESHOLD, NOW);
    }

    @Test
    void anEmptyIndexFindsNothing() {
        assertThat(nearest(axis(0))).isEmpty();
        assertThat(index.size()).isZero();
    }

    @Test
    void findsAnEntryByItsOwnVector() {
        UUID id = add(axis(0));

        assertThat(nearest(axis(0))).hasValueSatisfying(match -> {
            assertThat(match.id()).isEqualTo(id);
            assertThat(match.similarity()).isCloseTo(1.0, within(1e-6));
        });
    }

    @Test
    void reportsTheCosineSimilarityOfTheMatch() {
        add(atCosine(0.97, 1));

        assertThat(nearest(axis(0))).hasValueSatisfying(match ->
                assertThat(match.similarity()).isCloseTo(0.97, within(1e-5)));
    }

    @Test
    void findsTheMostSimilarOfSeveralEntries() {
        add(atCosine(0.96, 1));
        UUID closest = add(atCosine(0.99, 2));
        add(atCosine(0.97, 3));
        add(axis(4));

        assertThat(nearest(axis(0))).map(SemanticIndex.Match::id).hasValue(closest);
    }

    @Test
    void anEntryBelowTheThresholdIsNotAMatch() {
        add(atCosine(0.94, 1));

        assertThat(nearest(axis(0))).isEmpty();
        assertThat(index.nearest(tenant, PARTITION, axis(0), FACTS, 0.93, NOW)).isPresent();
    }

    @Test
    void anEntryJustAboveTheThresholdIsAMatch() {
        UUID id = add(atCosine(0.951, 1));

        assertThat(nearest(axis(0))).map(SemanticIndex.Match::id).hasValue(id);
    }

    @Test
    void oppositeAndOrthogonalVectorsNeverMatchAPositiveThreshold() {
        add(axis(1));
        float[] opposite = axis(0);
        opposite[0] = -1;
        add(opposite);

        assertThat(index.nearest(tenant, PARTITION, axis(0), FACTS, 0.01, NOW)).isEmpty();
    }

    @Test
    void otherKeyFactsAreNeverAMatchHoweverSimilar() {
        add(tenant, PARTITION, axis(0), "1235", LATER);

        assertThat(nearest(axis(0))).isEmpty();
    }

    @Test
    void aLessSimilarEntryWithTheSameFactsWinsOverACloserOneWithOtherFacts() {
        add(tenant, PARTITION, axis(0), "1235", LATER);
        add(tenant, PARTITION, atCosine(0.999, 1), "", LATER);
        UUID sameFacts = add(atCosine(0.96, 2));

        assertThat(nearest(axis(0))).map(SemanticIndex.Match::id).hasValue(sameFacts);
    }

    @Test
    void emptyKeyFactsMatchOnlyEmptyKeyFacts() {
        UUID none = add(tenant, PARTITION, axis(0), "", LATER);

        assertThat(nearest(axis(0))).isEmpty();
        assertThat(index.nearest(tenant, PARTITION, axis(0), "", THRESHOLD, NOW)).map(SemanticIndex.Match::id).hasValue(none);
    }

    @Test
    void anotherTenantsEntryIsNeverFound() {
        add(UUID.randomUUID(), PARTITION, axis(0), FACTS, LATER);

        assertThat(nearest(axis(0))).isEmpty();
    }

    @Test
    void anotherPartitionsEntryIsNeverFound() {
        add(tenant, "p2", axis(0), FACTS, LATER);

        assertThat(nearest(axis(0))).isEmpty();
        assertThat(index.nearest(tenant, "p2", axis(0), FACTS, THRESHOLD, NOW)).isPresent();
    }

    @Test
    void anEntryIsFoundUntilTheMomentItExpires() {
        add(tenant, PARTITION, axis(0), FACTS, NOW.plusMillis(1));
        add(tenant, PARTITION, axis(1), FACTS, NOW);

        assertThat(nearest(axis(0))).isPresent();
        assertThat(index.nearest(tenant, PARTITION, axis(0), FACTS, THRESHOLD, NOW.plusMillis(1))).isEmpty();
        assertThat(nearest(axis(1))).isEmpty();
    }

    @Test
    void anExpiredCloserEntryGivesWayToALiveOne() {
        add(tenant, PARTITION, axis(0), FACTS, NOW.minusSeconds(1));
        UUID live = add(atCosine(0.96, 1));

        assertThat(nearest(axis(0))).map(SemanticIndex.Match::id).hasValue(live);
    }

    @Test
    void addAllMakesEveryEntrySearchable() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();

        index.addAll(List.of(
                new SemanticIndex.Entry(tenant, PARTITION, a, axis(0), FACTS, LATER),
                new SemanticIndex.Entry(tenant, PARTITION, b, axis(1), FACTS, LATER)));

        assertThat(index.size()).isEqualTo(2);
        assertThat(nearest(axis(0))).map(SemanticIndex.Match::id).hasValue(a);
        assertThat(nearest(axis(1))).map(SemanticIndex.Match::id).hasValue(b);
    }

    @Test
    void addAllOfNothingChangesNothing() {
        index.addAll(List.of());

        assertThat(index.size()).isZero();
    }

    @Test
    void sizeCountsEveryEntry() {
        add(axis(0));
        add(UUID.randomUUID(), "p2", axis(1), "", LATER);
        add(tenant, PARTITION, axis(2), FACTS, NOW.minusSeconds(10));

        assertThat(index.size()).isEqualTo(3);
    }

    @Test
    void removeForgetsOnlyThatEntry() {
        UUID gone = add(axis(0));
        UUID kept = add(axis(1));

        index.remove(gone);

        assertThat(index.size()).isEqualTo(1);
        assertThat(nearest(axis(0))).isEmpty();
        assertThat(nearest(axis(1))).map(SemanticIndex.Match::id).hasValue(kept);
    }

    @Test
    void removingAnUnknownIdChangesNothing() {
        add(axis(0));

        index.remove(UUID.randomUUID());

        assertThat(index.size()).isEqualTo(1);
    }

    @Test
    void removeTenantForgetsEveryEntryOfThatTenantOnly() {
        UUID other = UUID.randomUUID();
        add(axis(0));
        add(tenant, "p2", axis(1), "", LATER);
        UUID kept = add(other, PARTITION, axis(0), FACTS, LATER);

        index.removeTenant(tenant);

        assertThat(index.size()).isEqualTo(1);
        assertThat(nearest(axis(0))).isEmpty();
        assertThat(index.nearest(other, PARTITION, axis(0), FACTS, THRESHOLD, NOW)).map(SemanticIndex.Match::id).hasValue(kept);
    }

    @Test
    void removeExpiredDropsEntriesExpiredUpToNowAndKeepsTheRest() {
        add(tenant, PARTITION, axis(0), FACTS, NOW.minusSeconds(60));
        add(tenant, PARTITION, axis(1), FACTS, NOW);
        UUID live = add(tenant, PARTITION, axis(2), FACTS, NOW.plusMillis(1));

        index.removeExpired(NOW);

        assertThat(index.size()).isEqualTo(1);
        assertThat(nearest(axis(2))).map(SemanticIndex.Match::id).hasValue(live);
    }

    @Test
    void anEntryCanBeAddedAgainAfterItWasRemoved() {
        UUID id = add(axis(0));
        index.remove(id);

        index.add(tenant, PARTITION, id, axis(0), FACTS, LATER);

        assertThat(nearest(axis(0))).map(SemanticIndex.Match::id).hasValue(id);
    }

    @Test
    void unitScalesToLengthOneAndKeepsTheDirection() {
        float[] unit = SemanticIndex.unit(new float[]{3, 4, 0, 0});

        assertThat(unit).containsExactly(new float[]{0.6f, 0.8f, 0, 0}, offset(1e-6f));
    }

    @Test
    void unitLeavesItsArgumentAlone() {
        float[] vector = {3, 4};

        SemanticIndex.unit(vector);

        assertThat(vector).containsExactly(3, 4);
    }

    @Test
    void unitOfTheZeroVectorIsTheZeroVector() {
        assertThat(SemanticIndex.unit(new float[3])).containsExactly(0, 0, 0);
    }

    @Test
    void cosineOfParallelOrthogonalAndOppositeVectors() {
        assertThat(SemanticIndex.cosine(new float[]{1, 2, 3}, new float[]{2, 4, 6})).isCloseTo(1.0, within(1e-9));
        assertThat(SemanticIndex.cosine(new float[]{1, 0}, new float[]{0, 5})).isCloseTo(0.0, within(1e-9));
        assertThat(SemanticIndex.cosine(new float[]{1, -1}, new float[]{-3, 3})).isCloseTo(-1.0, within(1e-9));
    }

    @Test
    void cosineIsIndependentOfLength() {
        float[] a = {1, 2, 2};
        float[] b = {2, 1, 2};

        assertThat(SemanticIndex.cosine(a, b)).isCloseTo(8.0 / 9.0, within(1e-9));
        assertThat(SemanticIndex.cosine(SemanticIndex.unit(a), SemanticIndex.unit(b))).isCloseTo(8.0 / 9.0, within(1e-6));
    }

    @Test
    void cosineWithAZeroVectorIsZero() {
        assertThat(SemanticIndex.cosine(new float[]{0, 0}, new float[]{1, 1})).isZero();
        assertThat(SemanticIndex.cosine(new float[]{1, 1}, new float[]{0, 0})).isZero();
    }
}
