package com.bizosaas.llm.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The task a prompt asks for and the material it is to be done on. "Summarize this email: Hi team, ..." is the
 * instruction "Summarize this email" and the material "Hi team, ...": the instruction must not end up in its own
 * summary, nor its label list in the classified text.
 * <p>
 * In a user message only the first three and the last two sentences are read as possible instructions (that is
 * where people write them), and only the first one found counts, so that the material may use words such as
 * "summary" freely. Fenced material (``` ```, """ """, &lt;text&gt;...&lt;/text&gt;) is always material.
 */
record Instruction(Task task, String instruction, String material, Classifier.LabelList labels) {

    enum Task { SUMMARY, CLASSIFY, EXTRACT }

    private static final Pattern SUMMARY = Pattern.compile(
            "(?i)\\b(?:summari[sz]\\w*|summary|tl;?\\s?dr|sum (?:it |this |them )?up|recap|key points|main points|gist)\\b");
    private static final Pattern CLASSIFY = Pattern.compile(
            "(?i)\\b(?:classif\\w*|categori[sz]\\w*|triage\\w*|sentiment|which (?:team|department|category|label|queue))\\b"
                    + "|\\b(?:categor(?:y|ies)|labels?)\\s*:");
    private static final Pattern EXTRACT = Pattern.compile(
            "(?i)\\b(?:extract\\w*|pull out|parse out|contact details|find (?:all|the|every) (?:e-?mails?|phone|dates?|"
                    + "amounts?|urls?|links|contact)|list (?:all|the|every) (?:e-?mails?|phone numbers?|dates?|amounts?|"
                    + "urls?|links))\\b");
    private static final Pattern IMPERATIVE = Pattern.compile(
            "(?i)\\s*(?:please\\s+|kindly\\s+|(?:can|could|would) you(?: please)?\\s+)?"
                    + "(?:summari[sz]e|tl;?\\s?dr|sum up|recap|classify|categori[sz]e|triage|extract|pull out)\\b");
    private static final Pattern FENCED = Pattern.compile(
            "```[\\w-]*\\n?([\\s\\S]*?)```|\"\"\"([\\s\\S]*?)\"\"\"|<(text|document|email|ticket|input)>([\\s\\S]*?)</\\3>");

    /**
     * Whether the text opens with a task verb ("Summarize this email: ...", "Please classify ..."): such a request
     * is about the text, not an action, even when its words match a tool ("email" and sendEmail).
     */
    static boolean opensWithTask(String text) {
        return IMPERATIVE.matcher(text).lookingAt();
    }

    /** The first instruction among the sentences where a user writes one, or null. */
    static Instruction inUser(String user) {
        Fenced fenced = fenced(user);
        if (fenced != null) {
            Cue cue = earliestCue(fenced.outside(), fenced.outside());
            return cue == null ? null
                    : new Instruction(cue.task(), fenced.outside().strip(), fenced.material(), cue.labels());
        }
        List<Sentences.Sentence> sentences = Sentences.split(user);
        TreeSet<Integer> candidates = new TreeSet<>();
        for (int i = 0; i < Math.min(3, sentences.size()); i++) {
            candidates.add(i);
        }
        for (int i = Math.max(0, sentences.size() - 2); i < sentences.size(); i++) {
            candidates.add(i);
        }
        StringBuilder instructionArea = new StringBuilder();
        for (int i : candidates) {
            instructionArea.append(sentences.get(i).text()).append('\n');
        }
        for (int i : candidates) {
            Sentences.Sentence sentence = sentences.get(i);
            Cue cue = earliestCue(sentence.text(), instructionArea.toString());
            if (cue != null) {
                return new Instruction(cue.task(), sentence.text(), material(user, sentence, cue, sentences),
                        cue.labels());
            }
        }
        return null;
    }

    /** An instruction in a system message, the whole user text (or its fenced part) being the material. */
    static Instruction inSystem(String system, String user) {
        if (system.isBlank()) {
            return null;
        }
        Fenced fenced = fenced(user);
        String material = fenced == null ? user : fenced.material();
        Cue cue = earliestCue(system, system + "\n" + user.substring(0, Math.min(user.length(), 2000)));
        return cue == null ? null : new Instruction(cue.task(), system, material.strip(), cue.labels());
    }

    private record Cue(Task task, int start, int end, Classifier.LabelList labels) {
    }

    /** The earliest cue in the text; a classification cue counts only when a label list is given nearby. */
    private static Cue earliestCue(String text, String labelArea) {
        Cue best = null;
        for (Task task : Task.values()) {
            Pattern pattern = switch (task) {
                case SUMMARY -> SUMMARY;
                case CLASSIFY -> CLASSIFY;
                case EXTRACT -> EXTRACT;
            };
            Matcher m = pattern.matcher(text);
            if (!m.find()) {
                continue;
            }
            Classifier.LabelList labels = null;
            if (task == Task.CLASSIFY) {
                labels = Classifier.labelsIn(text);
                if (labels == null) {
                    labels = Classifier.labelsIn(labelArea);
                }
                if (labels == null) {
                    continue;
                }
            }
            if (best == null || m.start() < best.start()) {
                best = new Cue(task, m.start(), m.end(), labels);
            }
        }
        return best;
    }

    /**
     * The text without the instruction sentence, keeping what follows a colon in it ("Summarize: ..."), and for a
     * classification without the sentence holding the label list.
     */
    private static String material(String user, Sentences.Sentence instruction, Cue cue,
                                   List<Sentences.Sentence> sentences) {
        String sentence = instruction.text();
        Classifier.LabelList labelsInSentence = cue.labels() == null ? null : Classifier.labelsIn(sentence);
        int after = labelsInSentence == null ? cue.end() : Math.max(cue.end(), labelsInSentence.end());
        int colon = sentence.indexOf(':', Math.min(after, sentence.length()));
        String inline = colon >= 0 && !Terms.terms(sentence.substring(colon + 1)).isEmpty()
                ? sentence.substring(colon + 1).strip() : "";
        List<int[]> cuts = new ArrayList<>();
        cuts.add(new int[]{instruction.start(), instruction.end()});
        if (cue.labels() != null && labelsInSentence == null) {
            for (Sentences.Sentence other : sentences) {
                if (other != instruction && Classifier.labelsIn(other.text()) != null) {
                    cuts.add(new int[]{other.start(), other.end()});
                    break;
                }
            }
        }
        cuts.sort((a, b) -> Integer.compare(a[0], b[0]));
        StringBuilder material = new StringBuilder();
        int at = 0;
        for (int[] cut : cuts) {
            if (cut[0] > at) {
                material.append(user, at, cut[0]);
            }
            if (cut[0] == instruction.start() && !inline.isEmpty()) {
                material.append(inline).append('\n');
            }
            at = Math.max(at, cut[1]);
        }
        material.append(user.substring(Math.min(at, user.length())));
        return material.toString().strip();
    }

    private record Fenced(String outside, String material) {
    }

    private static Fenced fenced(String user) {
        if (user.indexOf('`') < 0 && !user.contains("\"\"\"") && user.indexOf('<') < 0) {
            return null;
        }
        Matcher m = FENCED.matcher(user);
        StringBuilder outside = new StringBuilder();
        StringBuilder material = new StringBuilder();
        int at = 0;
        while (m.find()) {
            outside.append(user, at, m.start()).append('\n');
            String block = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(4);
            if (!material.isEmpty()) {
                material.append("\n\n");
            }
            material.append(block.strip());
            at = m.end();
        }
        if (material.isEmpty()) {
            return null;
        }
        outside.append(user.substring(at));
        return new Fenced(outside.toString(), material.toString());
    }
}
