package com.bizosaas.workflows.control;

import com.bizosaas.workflows.entity.StepState;
import com.bizosaas.workflows.entity.StepType;
import com.bizosaas.workflows.entity.Workflow;
import com.bizosaas.workflows.entity.WorkflowRun;
import com.bizosaas.workflows.entity.WorkflowStep;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class WorkflowDiagramTest {

    private static final String FLOW_TEXT = """
            {"steps": [
              {"id": "a", "type": "task", "agent": "x<script>", "input": "i"},
              {"id": "b", "type": "task", "agent": "y", "after": ["a"], "input": "i"},
              {"id": "c", "type": "task", "agent": "z", "after": ["a"], "input": "i"},
              {"id": "gate", "type": "approval", "after": ["b", "c"]}
            ]}""";
    private static final WorkflowDefinition FLOW = WorkflowDefinition.parse(FLOW_TEXT);

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

    @Test
    void aRunIsDrawnFromTheDefinitionItStartedWithAndItsStepsStates() {
        Workflow workflow = new Workflow(UUID.randomUUID(), "flow", null, FLOW_TEXT, null, "ann", Instant.now());
        WorkflowRun run = new WorkflowRun(workflow, "input", "ann", Instant.now());
        workflow.revise("flow", null, "{\"steps\": [{\"id\": \"only\", \"type\": \"approval\"}]}", Instant.now());
        WorkflowStep a = new WorkflowStep(run, "a", 0, StepType.TASK);
        a.end(StepState.SUCCEEDED, "done", null, Instant.now());
        WorkflowStep b = new WorkflowStep(run, "b", 1, StepType.TASK);
        b.startTask(UUID.randomUUID(), Instant.now());

        assertThat(WorkflowDiagram.of(run, List.of(a, b)))
                .isEqualTo(WorkflowDiagram.of(FLOW, Map.of("a", StepState.SUCCEEDED, "b", StepState.RUNNING)));
    }
}
