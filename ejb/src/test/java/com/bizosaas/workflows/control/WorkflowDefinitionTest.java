package com.bizosaas.workflows.control;

import com.bizosaas.errors.Refusal;
import com.bizosaas.workflows.entity.StepType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkflowDefinitionTest {

    private static final String CAMPAIGN = """
            {"steps": [
              {"id": "research", "type": "task", "agent": "hubspot-analytics", "input": "Leads for {{input}}"},
              {"id": "stats", "type": "task", "agent": "sendgrid-analytics", "input": "Email stats"},
              {"id": "review", "type": "approval", "after": ["research", "stats"], "reason": "A person checks"},
              {"id": "big", "type": "condition", "after": ["review"], "step": "research", "contains": "deal"},
              {"id": "paid", "type": "event", "after": ["big"], "event": "payment.received", "timeout": "PT48H"},
              {"id": "send", "type": "task", "agent": "sendgrid-operations", "after": ["paid"],
               "input": "Write to {{ steps.research.result }} as {{input}}",
               "tool": {"name": "sendgrid_send_email", "arguments": {"to": "a@b.example"}}}
            ]}""";

    @Test
    void readsEveryKindOfStepAndWritesItBackTheSame() {
        WorkflowDefinition definition = WorkflowDefinition.parse(CAMPAIGN);
        assertThat(definition.steps()).extracting(WorkflowDefinition.Step::type).containsExactly(StepType.TASK,
                StepType.TASK, StepType.APPROVAL, StepType.CONDITION, StepType.EVENT, StepType.TASK);
        assertThat(definition.step("big").condition()).isEqualTo(new WorkflowDefinition.Condition("research", true, "deal"));
        assertThat(definition.step("send").tool().getString("name")).isEqualTo("sendgrid_send_email");
        assertThat(definition.step("paid").timeout()).isEqualTo(java.time.Duration.ofDays(2));
        assertThat(definition.upstreamOf("send")).containsExactlyInAnyOrder("paid", "big", "review", "research", "stats");
        assertThat(WorkflowDefinition.parse(definition.toJson())).isEqualTo(definition);
    }

    @Test
    void aConditionHoldsOnTheResultIgnoringCaseAndLacksIsItsOpposite() {
        WorkflowDefinition.Condition contains = new WorkflowDefinition.Condition("x", true, "Deal");
        WorkflowDefinition.Condition lacks = new WorkflowDefinition.Condition("x", false, "deal");
        assertThat(contains.holds("an open DEAL worth 5k")).isTrue();
        assertThat(lacks.holds("an open DEAL worth 5k")).isFalse();
        assertThat(contains.holds(null)).isFalse();
        assertThat(lacks.holds("nothing here")).isTrue();
    }

    @Test
    void aTaskInputQuotesTheRunInputAndEarlierResults() {
        WorkflowDefinition definition = WorkflowDefinition.parse(CAMPAIGN);
        String input = WorkflowDefinition.inputFor(definition.step("send"), "ACME $5", Map.of("research", "Ada, Bob"));
        assertThat(input).isEqualTo("Write to Ada, Bob as ACME $5");
        String longResult = "x".repeat(WorkflowDefinition.MAX_INPUT + 10);
        assertThat(WorkflowDefinition.inputFor(definition.step("send"), "i", Map.of("research", longResult)))
                .hasSize("Write to  as i".length() + WorkflowDefinition.MAX_INPUT);
    }

    @Test
    void aCycleIsRefusedAndSpelledOut() {
        assertRefused("""
                {"steps": [
                  {"id": "a", "type": "approval", "after": ["c"]},
                  {"id": "b", "type": "approval", "after": ["a"]},
                  {"id": "c", "type": "approval", "after": ["b"]}
                ]}""", "steps", "the steps form a cycle: a after c after b after a");
        assertRefused("{\"steps\": [{\"id\": \"a\", \"type\": \"approval\", \"after\": [\"a\"]}]}", "steps[0].after",
                "a cannot come after itself");
    }

    @Test
    void aMissingStepIsNamed() {
        assertRefused("""
                {"steps": [{"id": "a", "type": "approval"}, {"id": "b", "type": "approval", "after": ["a", "ghost"]}]}""",
                "steps[1].after", "there is no step ghost");
    }

    @Test
    void badShapesAreRefusedNamingTheField() {
        assertRefused("not json", "definition", "not valid JSON");
        assertRefused("[1]", "definition", "a JSON object");
        assertRefused("{\"steps\": []}", "steps", "1 to 30 steps");
        assertRefused("{\"steps\": [{\"id\": \"A b\", \"type\": \"approval\"}]}", "steps[0].id", "lower-case");
        assertRefused("{\"steps\": [{\"id\": \"a\", \"type\": \"loop\"}]}", "steps[0].type", "not loop");
        assertRefused("{\"steps\": [{\"id\": \"a\", \"type\": \"approval\"}, {\"id\": \"a\", \"type\": \"approval\"}]}",
                "steps[1].id", "two steps are called a");
        assertRefused("{\"steps\": [{\"id\": \"a\", \"type\": \"task\", \"agent\": \"x\"}]}", "steps[0].input", "required");
        assertRefused("{\"steps\": [{\"id\": \"a\", \"type\": \"approval\", \"afer\": [\"b\"]}]}", "steps[0].afer",
                "has no field \"afer\"");
        assertRefused("{\"steps\": [{\"id\": \"a\", \"type\": \"event\", \"event\": \"Paid\"}]}", "steps[0].event",
                "dotted lower-case");
        assertRefused("{\"steps\": [{\"id\": \"a\", \"type\": \"event\", \"event\": \"a.b\", \"timeout\": \"forever\"}]}",
                "steps[0].timeout", "ISO-8601 duration from PT1S to P30D");
        assertRefused("{\"steps\": [{\"id\": \"a\", \"type\": \"event\", \"event\": \"a.b\", \"timeout\": \"P90D\"}]}",
                "steps[0].timeout", "P90D");
        assertRefused("{\"steps\": [{\"id\": \"a\", \"type\": \"approval\", \"timeout\": \"PT1H\"}]}",
                "steps[0].timeout", "has no field");
        assertRefused("{\"steps\": [{\"id\": \"a\", \"type\": \"task\", \"agent\": \"x\", \"input\": \"i\", \"tool\": 3}]}",
                "steps[0].tool", "{\"name\"");
    }

    @Test
    void aConditionAndAnInputReadOnlyStepsDoneBeforeThem() {
        assertRefused("""
                {"steps": [{"id": "a", "type": "task", "agent": "x", "input": "i"},
                           {"id": "b", "type": "condition", "step": "a", "contains": "yes"}]}""",
                "steps[1].step", "a is not among b's prerequisites");
        assertRefused("""
                {"steps": [{"id": "a", "type": "task", "agent": "x", "input": "i"},
                           {"id": "b", "type": "task", "agent": "x", "input": "{{steps.a.result}}"}]}""",
                "steps[1].input", "not done before this one");
        assertRefused("{\"steps\": [{\"id\": \"a\", \"type\": \"task\", \"agent\": \"x\", \"input\": \"{{secret}}\"}]}",
                "steps[0].input", "{{secret}} is not something an input can quote");
        assertRefused("""
                {"steps": [{"id": "a", "type": "task", "agent": "x", "input": "i"},
                           {"id": "b", "type": "condition", "after": ["a"], "step": "a", "contains": "x", "lacks": "y"}]}""",
                "steps[1].contains", "either");
    }

    private static void assertRefused(String json, String field, String message) {
        assertThatThrownBy(() -> WorkflowDefinition.parse(json)).isInstanceOfSatisfying(Refusal.class, r -> {
            assertThat(r.field()).isEqualTo(field);
            assertThat(r.getMessage()).contains(message);
        });
    }
}
