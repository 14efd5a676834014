package com.bizosaas.workflows.control;

import com.bizosaas.workflows.entity.StepState;
import com.bizosaas.workflows.entity.StepType;
import com.bizosaas.workflows.entity.WorkflowRun;
import com.bizosaas.workflows.entity.WorkflowStep;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A workflow drawn as SVG, left to right: each step a box in the column of its longest chain of prerequisites (so
 * parallel branches sit one above the other), an arrow from each prerequisite, and — for a run — each box coloured
 * by its step's state. Every text is escaped: step ids, agent slugs and event types come from users.
 */
public final class WorkflowDiagram {

    private static final int WIDTH = 190;
    private static final int HEIGHT = 62;
    private static final int COLUMN_GAP = 56;
    private static final int ROW_GAP = 22;
    private static final int MARGIN = 12;
    private static final Map<StepState, String> FILL = Map.of(
            StepState.PENDING, "#f4f5f7", StepState.RUNNING, "#dbeafe", StepState.AWAITING_APPROVAL, "#fef3c7",
            StepState.AWAITING_EVENT, "#ede9fe", StepState.SUCCEEDED, "#dcfce7", StepState.SKIPPED, "#e5e7eb",
            StepState.FAILED, "#fee2e2", StepState.REJECTED, "#fee2e2", StepState.CANCELLED, "#e5e7eb");

    private WorkflowDiagram() {
    }

    /** The definition alone: every step drawn as not yet run. */
    public static String of(WorkflowDefinition definition) {
        return of(definition, Map.of());
    }

    /**
     * A run as it stands: the definition it started with (not the workflow as edited since), each of its steps
     * coloured by its state. The console's run page and the API's run diagram both draw it this way.
     */
    public static String of(WorkflowRun run, List<WorkflowStep> steps) {
        Map<String, StepState> states = new LinkedHashMap<>();
        steps.forEach(s -> states.put(s.getKey(), s.getState()));
        return of(WorkflowDefinition.parse(run.getDefinition()), states);
    }

    /** A run: each step coloured and labelled with its state (a step missing from {@code states} is PENDING). */
    public static String of(WorkflowDefinition definition, Map<String, StepState> states) {
        Map<String, Integer> column = columns(definition);
        Map<Integer, Integer> rowsInColumn = new HashMap<>();
        Map<String, int[]> at = new HashMap<>();
        for (WorkflowDefinition.Step step : definition.steps()) {
            int c = column.get(step.id());
            int r = rowsInColumn.merge(c, 1, Integer::sum) - 1;
            at.put(step.id(), new int[] {MARGIN + c * (WIDTH + COLUMN_GAP), MARGIN + r * (HEIGHT + ROW_GAP)});
        }
        int columns = column.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        int rows = rowsInColumn.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        int width = 2 * MARGIN + columns * WIDTH + (columns - 1) * COLUMN_GAP;
        int height = 2 * MARGIN + rows * HEIGHT + (rows - 1) * ROW_GAP;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"workflow-diagram\" role=\"img\" width=\"")
                .append(width).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width)
                .append(' ').append(height).append("\" aria-label=\"workflow of ").append(definition.steps().size())
                .append(" steps\">")
                .append("<defs><marker id=\"wf-arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\""
                        + " markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#6b7280\"/></marker></defs>");
        for (WorkflowDefinition.Step step : definition.steps()) {
            int[] to = at.get(step.id());
            for (String before : step.after()) {
                int[] from = at.get(before);
                int x1 = from[0] + WIDTH;
                int y1 = from[1] + HEIGHT / 2;
                int x2 = to[0];
                int y2 = to[1] + HEIGHT / 2;
                int bend = (x2 - x1) / 2;
                svg.append("<path class=\"wf-edge\" data-from=\"").append(escape(before)).append("\" data-to=\"")
                        .append(escape(step.id())).append("\" d=\"M").append(x1).append(',').append(y1).append(" C")
                        .append(x1 + bend).append(',').append(y1).append(' ').append(x2 - bend).append(',').append(y2)
                        .append(' ').append(x2).append(',').append(y2)
                        .append("\" fill=\"none\" stroke=\"#6b7280\" stroke-width=\"1.5\" marker-end=\"url(#wf-arrow)\"/>");
            }
        }
        for (WorkflowDefinition.Step step : definition.steps()) {
            box(svg, step, at.get(step.id()), states.get(step.id()));
        }
        return svg.append("</svg>").toString();
    }

    private static void box(StringBuilder svg, WorkflowDefinition.Step step, int[] at, StepState state) {
        StepState shown = state == null ? StepState.PENDING : state;
        svg.append("<g class=\"wf-step\" data-step=\"").append(escape(step.id())).append("\" data-state=\"")
                .append(shown).append("\"><rect x=\"").append(at[0]).append("\" y=\"").append(at[1])
                .append("\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" rx=\"").append(step.type() == StepType.TASK ? 8 : 20).append("\" fill=\"")
                .append(FILL.get(shown)).append("\" stroke=\"").append(stroke(step.type())).append('"')
                .append(step.type() == StepType.EVENT ? " stroke-dasharray=\"5 3\"" : "")
                .append(" stroke-width=\"1.5\"/>");
        text(svg, at[0] + 10, at[1] + 18, "font-weight=\"600\"", step.id());
        text(svg, at[0] + 10, at[1] + 35, "fill=\"#374151\"", what(step));
        if (state != null) {
            text(svg, at[0] + 10, at[1] + 52, "fill=\"#111827\" font-size=\"11\"",
                    shown.name().toLowerCase(Locale.ROOT).replace('_', ' '));
        }
        svg.append("</g>");
    }

    private static String what(WorkflowDefinition.Step step) {
        return switch (step.type()) {
            case TASK -> "task: " + step.agent();
            case APPROVAL -> "approval gate";
            case CONDITION -> "if " + step.condition().step() + (step.condition().contains() ? " has \"" : " lacks \"")
                    + step.condition().text() + "\"";
            case EVENT -> "wait for " + step.event();
        };
    }

    private static String stroke(StepType type) {
        return switch (type) {
            case TASK -> "#2563eb";
            case APPROVAL -> "#d97706";
            case CONDITION -> "#7c3aed";
            case EVENT -> "#6d28d9";
        };
    }

    private static void text(StringBuilder svg, int x, int y, String style, String text) {
        String shown = text.length() > 28 ? text.substring(0, 27) + "…" : text;
        svg.append("<text x=\"").append(x).append("\" y=\"").append(y).append("\" font-family=\"sans-serif\""
                + " font-size=\"12\" ").append(style).append("><title>").append(escape(text)).append("</title>")
                .append(escape(shown)).append("</text>");
    }

    /** Each step's column: 0 for steps with no prerequisite, else one more than its furthest prerequisite's. */
    static Map<String, Integer> columns(WorkflowDefinition definition) {
        Map<String, Integer> column = new HashMap<>();
        List<WorkflowDefinition.Step> left = new ArrayList<>(definition.steps());
        while (!left.isEmpty()) {
            // the definition has no cycle, so each pass places at least one step
            left.removeIf(step -> {
                if (!column.keySet().containsAll(step.after())) {
                    return false;
                }
                column.put(step.id(), step.after().stream().mapToInt(column::get).map(c -> c + 1).max().orElse(0));
                return true;
            });
        }
        return column;
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
