package com.bizosaas.workflows.control;

import com.bizosaas.workflows.entity.StepState;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class WorkflowDiagramTest {

    private static final WorkflowDefinition FLOW = WorkflowDefinition.parse("""
            {"steps": [
              {"id": "a", "type": "task", "agent": "x<script>", "input": "i"},
              {"id": "b", "type": "task", "agent": "y", "after": ["a"], "input": "i"},
              {"id": "c", "type": "task", "agent": "z", "after": ["a"], "input": "i"},
              {"id": "gate", "type": "approval", "after": ["b", "c"]}
            ]}""");

    @Test
    void parallelBranchesShareAColumnAndJoinAfterIt() {
        assertThat(WorkflowDiagram.columns(FLOW)).isEqualTo(Map.of("a", 0, "b", 1, "c", 1, "gate", 2));
        String svg = WorkflowDiagram.of(FLOW);
        assertThat(Pattern.compile("class=\"wf-step\"").matcher(svg).results().count()).isEqualTo(4);
        assertThat(Pattern.compile("class=\"wf-edge\"").matcher(svg).results().count()).isEqualTo(4);
        assertThat(svg).contains("data-from=\"b\" data-to=\"gate\"").contains("data-from=\"c\" data-to=\"gate\"");
        // b and c: same x, different y
        assertThat(svg).contains("<rect x=\"258\" y=\"12\"").contains("<rect x=\"258\" y=\"96\"");
    }

    @Test
    void aRunColoursEachStepByItsStateAndUserTextIsEscaped() {
        String svg = WorkflowDiagram.of(FLOW, Map.of("a", StepState.SUCCEEDED, "b", StepState.RUNNING));
        assertThat(svg).contains("data-step=\"a\" data-state=\"SUCCEEDED\"").contains("data-step=\"b\" data-state=\"RUNNING\"")
                .contains("data-step=\"gate\" data-state=\"PENDING\"").contains(">succeeded<");
        assertThat(svg).doesNotContain("<script>").contains("x&lt;script&gt;");
    }
}
