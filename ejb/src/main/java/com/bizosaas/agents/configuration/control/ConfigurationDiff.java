package com.bizosaas.agents.configuration.control;

import com.bizosaas.agents.entity.AgentSettings;

import java.util.ArrayList;
import java.util.List;

/**
 * Two versions of an agent's configuration side by side (A2): each setting with its value on the left and on the
 * right, and the prompt template line by line — lines only on the left were removed, only on the right added, and a
 * run of removed lines followed by added ones is shown as those lines changed.
 */
public final class ConfigurationDiff {

    /** One setting in both versions. */
    public record Setting(String name, String left, String right, boolean changed) {

        Setting(String name, String left, String right) {
            this(name, left, right, !left.equals(right));
        }
    }

    /** How a prompt line differs. */
    public enum Kind { SAME, CHANGED, REMOVED, ADDED }

    /** One row of the side-by-side prompt: a line number and text per side, blank (0, "") where a side has none. */
    public record Line(Kind kind, int leftNumber, String left, int rightNumber, String right) {
    }

    /** The whole comparison. */
    public record Comparison(List<Setting> settings, List<Line> prompt) {

        /** The settings that differ, as "name: left → right", for the audit trail and messages. */
        public List<String> changes() {
            List<String> changes = new ArrayList<>();
            for (Setting s : settings) {
                if (s.changed()) {
                    changes.add(s.name().equals("prompt template") ? "prompt template edited"
                            : s.name() + ": " + s.left() + " → " + s.right());
                }
            }
            return changes;
        }
    }

    private ConfigurationDiff() {
    }

    public static Comparison between(AgentSettings left, AgentSettings right) {
        List<Setting> settings = List.of(
                new Setting("enabled", yesNo(left.enabled()), yesNo(right.enabled())),
                new Setting("model tier", left.modelTier(), right.modelTier()),
                new Setting("temperature", left.temperature().toPlainString(), right.temperature().toPlainString()),
                new Setting("max tokens", String.valueOf(left.maxTokens()), String.valueOf(right.maxTokens())),
                new Setting("tools", tools(left.tools()), tools(right.tools())),
                new Setting("prompt template", left.promptTemplate(), right.promptTemplate()));
        return new Comparison(settings, lines(left.promptTemplate(), right.promptTemplate()));
    }

    /** Line diff from the longest common subsequence of lines (prompts are short: quadratic is fine). */
    static List<Line> lines(String left, String right) {
        String[] a = left.split("\n", -1);
        String[] b = right.split("\n", -1);
        int[][] common = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Line> rows = new ArrayList<>();
        List<Integer> removed = new ArrayList<>();
        List<Integer> added = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                flush(rows, a, b, removed, added);
                rows.add(new Line(Kind.SAME, i + 1, a[i], j + 1, b[j]));
                i++;
                j++;
            } else if (j < b.length && (i == a.length || common[i][j + 1] >= common[i + 1][j])) {
                added.add(j++);
            } else {
                removed.add(i++);
            }
        }
        flush(rows, a, b, removed, added);
        return rows;
    }

    /** Pairs the pending removed and added lines: as many as both have are changes, the rest removals or additions. */
    private static void flush(List<Line> rows, String[] a, String[] b, List<Integer> removed, List<Integer> added) {
        int paired = Math.min(removed.size(), added.size());
        for (int k = 0; k < Math.max(removed.size(), added.size()); k++) {
            if (k < paired) {
                rows.add(new Line(Kind.CHANGED, removed.get(k) + 1, a[removed.get(k)], added.get(k) + 1, b[added.get(k)]));
            } else if (k < removed.size()) {
                rows.add(new Line(Kind.REMOVED, removed.get(k) + 1, a[removed.get(k)], 0, ""));
            } else {
                rows.add(new Line(Kind.ADDED, 0, "", added.get(k) + 1, b[added.get(k)]));
            }
        }
        removed.clear();
        added.clear();
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }

    private static String tools(List<String> tools) {
        return tools.isEmpty() ? "(none)" : String.join(", ", tools);
    }
}
