package com.bizosaas.llm.offline;

import dev.langchain4j.agent.tool.ToolSpecification;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides whether a request asks for one of the offered tools, by lexical similarity.
 * <p>
 * Each tool is a weighted bag of terms: the words of its name count 2 (createRefund gives "create", "refund"), the
 * words of its description 1, added up when a word is in both. Every weight is multiplied by the term's idf
 * across the offered tools, ln(1 + tools / tools having the term), so that a word every tool shares decides
 * nothing. The request is the set of its terms that appear in at least one tool — words no tool knows are usually
 * argument values ("A-1001", "Paris") and say nothing about which tool is meant — each weighted by the same idf.
 * The score is the cosine of the two vectors; the best tool is called when it reaches {@value #THRESHOLD}.
 */
final class ToolSelection {

    static final double THRESHOLD = 0.3;

    static final double NAME_WEIGHT = 2.0;
    static final double DESCRIPTION_WEIGHT = 1.0;

    /** A tool and how well the request matches it, in [0, 1]. */
    record Scored(ToolSpecification tool, double score) {
    }

    private ToolSelection() {
    }

    /** Every tool with its score, in the order offered. */
    static List<Scored> score(List<ToolSpecification> tools, String request) {
        List<Map<String, Double>> bags = new ArrayList<>(tools.size());
        Map<String, Integer> toolsHaving = new HashMap<>();
        for (ToolSpecification tool : tools) {
            Map<String, Double> bag = new HashMap<>();
            for (String term : Terms.nameTerms(tool.name() == null ? "" : tool.name())) {
                bag.merge(term, NAME_WEIGHT, ToolSelection::nameOnce);
            }
            if (tool.description() != null) {
                for (String term : Terms.termSet(tool.description())) {
                    bag.merge(term, DESCRIPTION_WEIGHT, Double::sum);
                }
            }
            bags.add(bag);
            for (String term : bag.keySet()) {
                toolsHaving.merge(term, 1, Integer::sum);
            }
        }
        Set<String> asked = new HashSet<>(Terms.terms(request));
        asked.retainAll(toolsHaving.keySet());
        Map<String, Double> idf = new HashMap<>();
        double askedNorm = 0;
        for (String term : toolsHaving.keySet()) {
            double weight = Math.log(1 + tools.size() / (double) toolsHaving.get(term));
            idf.put(term, weight);
            if (asked.contains(term)) {
                askedNorm += weight * weight;
            }
        }
        askedNorm = Math.sqrt(askedNorm);
        List<Scored> scored = new ArrayList<>(tools.size());
        for (int i = 0; i < tools.size(); i++) {
            Map<String, Double> bag = bags.get(i);
            double dot = 0;
            double norm = 0;
            for (Map.Entry<String, Double> entry : bag.entrySet()) {
                double weight = entry.getValue() * idf.get(entry.getKey());
                norm += weight * weight;
                if (asked.contains(entry.getKey())) {
                    dot += weight * idf.get(entry.getKey());
                }
            }
            double score = askedNorm == 0 || norm == 0 ? 0 : dot / (askedNorm * Math.sqrt(norm));
            scored.add(new Scored(tools.get(i), score));
        }
        return scored;
    }

    /** A word repeated in a name ("getUserByUser") counts once. */
    private static Double nameOnce(Double existing, Double added) {
        return existing;
    }

    /**
     * The tool to call: the best score at or above the threshold, or, when a tool is required, the best score
     * whatever it is. Ties go to the tool offered first. Null when no tool should be called.
     */
    static Scored choose(List<ToolSpecification> tools, String request, boolean required) {
        Scored best = null;
        for (Scored candidate : score(tools, request)) {
            if (best == null || candidate.score() > best.score()) {
                best = candidate;
            }
        }
        if (best == null) {
            return null;
        }
        return required || best.score() >= THRESHOLD ? best : null;
    }
}
