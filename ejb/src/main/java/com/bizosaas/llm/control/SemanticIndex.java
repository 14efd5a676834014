package com.bizosaas.llm.control;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The semantic cache's nearest-neighbour index: Lucene's HNSW graph over unit-length embeddings, in memory,
 * filtered to one tenant and one partition. It holds ids, not answers; PostgreSQL (under row-level security)
 * holds the answers, and a node that starts without the index rebuilds it from there. Thread-safe.
 */
public final class SemanticIndex implements AutoCloseable {

    /** The nearest acceptable entry: its id and cosine similarity. */
    public record Match(UUID id, double similarity) {
    }

    private static final String ID = "id";
    private static final String SCOPE = "scope";
    private static final String TENANT = "tenant";
    private static final String FACTS = "facts";
    private static final String EXPIRES = "expires";
    private static final String VECTOR = "vector";
    /** Neighbours examined per lookup: more than one, because the nearest may have other key facts. */
    private static final int CANDIDATES = 16;

    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private final SearcherManager searchers;

    public SemanticIndex() {
        try {
            // every lookup searches every segment's graph: merge eagerly (few segments per tier) so that an index
            // grown one answer at a time stays as fast to search as one loaded at once
            TieredMergePolicy merges = new TieredMergePolicy().setSegmentsPerTier(4);
            writer = new IndexWriter(directory, new IndexWriterConfig().setRAMBufferSizeMB(64).setMergePolicy(merges));
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One entry to index. */
    public record Entry(UUID tenant, String partition, UUID id, float[] unitVector, String keyFacts, Instant expiresAt) {
    }

    public void add(UUID tenant, String partition, UUID id, float[] unitVector, String keyFacts, Instant expiresAt) {
        addAll(List.of(new Entry(tenant, partition, id, unitVector, keyFacts, expiresAt)));
    }

    /** Adds many entries, then makes them searchable at once (a refresh per entry would be slow). */
    public void addAll(Iterable<Entry> entries) {
        update(() -> {
            for (Entry entry : entries) {
                writer.addDocument(document(entry.tenant(), entry.partition(), entry.id(), entry.unitVector(),
                        entry.keyFacts(), entry.expiresAt()));
            }
        });
    }

    private static Document document(UUID tenant, String partition, UUID id, float[] unitVector, String keyFacts,
                                     Instant expiresAt) {
        Document doc = new Document();
        doc.add(new StringField(ID, id.toString(), Field.Store.YES));
        doc.add(new StringField(SCOPE, scope(tenant, partition), Field.Store.NO));
        doc.add(new StringField(TENANT, tenant.toString(), Field.Store.NO));
        doc.add(new StoredField(FACTS, keyFacts));
        doc.add(new LongPoint(EXPIRES, expiresAt.toEpochMilli()));
        doc.add(new StoredField(EXPIRES, expiresAt.toEpochMilli()));
        doc.add(new KnnFloatVectorField(VECTOR, unitVector, VectorSimilarityFunction.DOT_PRODUCT));
        return doc;
    }

    /**
     * The most similar live entry of this tenant and partition with exactly these key facts, if its similarity
     * reaches the threshold.
     */
    public Optional<Match> nearest(UUID tenant, String partition, float[] unitVector, String keyFacts,
                                   double threshold, Instant now) {
        // expiry is checked on the few candidates, not in the filter: a range over every entry costs more than the search
        Query filter = new TermQuery(new Term(SCOPE, scope(tenant, partition)));
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                TopDocs top = searcher.search(new KnnFloatVectorQuery(VECTOR, unitVector, CANDIDATES, filter), CANDIDATES);
                for (ScoreDoc hit : top.scoreDocs) {
                    // Lucene scores a dot product of unit vectors as (1 + cos) / 2
                    double cosine = 2.0 * hit.score - 1.0;
                    if (cosine < threshold) {
                        break;
                    }
                    Document doc = searcher.storedFields().document(hit.doc);
                    if (keyFacts.equals(doc.get(FACTS)) && doc.getField(EXPIRES).numericValue().longValue() > now.toEpochMilli()) {
                        return Optional.of(new Match(UUID.fromString(doc.get(ID)), cosine));
                    }
                }
                return Optional.empty();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void remove(UUID id) {
        update(() -> writer.deleteDocuments(new Term(ID, id.toString())));
    }

    /** Forgets every entry of a tenant (invalidation, offboarding). */
    public void removeTenant(UUID tenant) {
        update(() -> writer.deleteDocuments(new Term(TENANT, tenant.toString())));
    }

    /** Drops expired entries; PostgreSQL keeps its own copy until its sweep. */
    public void removeExpired(Instant now) {
        update(() -> writer.deleteDocuments(LongPoint.newRangeQuery(EXPIRES, Long.MIN_VALUE, now.toEpochMilli())));
    }

    /** Waits for the background merges under way, and makes their result searchable. */
    public void awaitMerges() {
        try {
            if (writer.getConfig().getMergeScheduler() instanceof ConcurrentMergeScheduler merges) {
                merges.sync();
            }
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Segments a lookup searches, one graph each: fewer is faster. */
    public int segments() {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.getIndexReader().leaves().size();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int size() {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.getIndexReader().numDocs();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface IndexChange {
        void apply() throws IOException;
    }

    private void update(IndexChange change) {
        try {
            change.apply();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String scope(UUID tenant, String partition) {
        return tenant + "/" + partition;
    }

    /** Scales a vector to unit length, as the dot-product similarity requires. */
    public static float[] unit(float[] vector) {
        double sum = 0;
        for (float v : vector) {
            sum += v * v;
        }
        float norm = (float) Math.sqrt(sum);
        float[] unit = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            unit[i] = norm == 0 ? 0 : vector[i] / norm;
        }
        return unit;
    }

    public static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
