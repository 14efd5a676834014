package com.bizosaas.workflows.control;

import com.bizosaas.agents.entity.Agent;
import com.bizosaas.agents.entity.AgentSettings;
import com.bizosaas.errors.Refusal;
import com.bizosaas.tenancy.entity.Tier;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkflowRulesTest {

    private static final Agent MAILER = new Agent("sendgrid-operations", "SendGrid Operations Agent", "Email Marketing",
            "SendGrid", 2, "Operations", "send campaigns", "You work for {{tenant}}.",
            List.of("sendgrid_list_contacts", "sendgrid_send_email"), "balanced", "TIER_2");
    private static final Agent TRADER = new Agent("quant-trader", "Quant Trading Agent", "Trading", "Alpaca", 4,
            "Trader", "trade", "You trade for {{tenant}}.", List.of(), "premium", "TIER_3");

    private static final Function<String, Optional<Agent>> CATALOGUE =
            slug -> List.of(MAILER, TRADER).stream().filter(a -> a.getSlug().equals(slug)).findFirst();

    private static WorkflowDefinition sending(String tool, String arguments) {
        return WorkflowDefinition.parse("""
                {"steps": [
                  {"id": "ask", "type": "approval"},
                  {"id": "send", "type": "task", "agent": "sendgrid-operations", "after": ["ask"], "input": "Send it"%s}
                ]}""".formatted(tool == null ? "" : ", \"tool\": {\"name\": \"" + tool + "\", \"arguments\": " + arguments + "}"));
    }

    private static AgentSettings settings(boolean enabled, List<String> tools) {
        return new AgentSettings(enabled, "Be brief.", tools, "cheap", BigDecimal.ONE, 800);
    }

    @Test
    void aDefinitionOfCataloguedAgentsWithinTheTierPasses() {
        assertThatCode(() -> WorkflowRules.checkAgents(sending(null, null), Tier.TIER_2, true, CATALOGUE, AgentSettings::of))
                .doesNotThrowAnyException();
        assertThat(WorkflowRules.inTier(Tier.TIER_2)).isTrue();
    }

    @Test
    void aTierWithoutWorkflowsIsForbiddenWhateverTheSteps() {
        assertRefused(() -> WorkflowRules.checkAgents(sending(null, null), Tier.TIER_1, false, CATALOGUE, AgentSettings::of),
                Refusal.Kind.FORBIDDEN, null, "does not include workflows");
        assertRefused(() -> WorkflowRules.refuseIfTierLacks(Tier.TIER_1), Refusal.Kind.FORBIDDEN, null, "TIER_1");
    }

    @Test
    void anAgentOutOfTheCatalogueOrAboveTheTierIsNamedByItsStep() {
        WorkflowDefinition ghost = WorkflowDefinition.parse("""
                {"steps": [{"id": "a", "type": "task", "agent": "ghost-agent", "input": "x"}]}""");
        assertRefused(() -> WorkflowRules.checkAgents(ghost, Tier.TIER_2, false, CATALOGUE, AgentSettings::of),
                Refusal.Kind.INVALID, "steps[0].agent", "there is no agent ghost-agent");
        WorkflowDefinition trading = WorkflowDefinition.parse("""
                {"steps": [{"id": "a", "type": "approval"}, {"id": "b", "type": "task", "agent": "quant-trader", "input": "x"}]}""");
        assertRefused(() -> WorkflowRules.checkAgents(trading, Tier.TIER_2, false, CATALOGUE, AgentSettings::of),
                Refusal.Kind.INVALID, "steps[1].agent", "Quant Trading Agent needs TIER_3");
    }

    @Test
    void aDisabledAgentMayBeSavedInADefinitionButStopsARunFromStarting() {
        Function<Agent, AgentSettings> disabled = agent -> settings(false, agent.getTools());
        assertThatCode(() -> WorkflowRules.checkAgents(sending(null, null), Tier.TIER_2, false, CATALOGUE, disabled))
                .doesNotThrowAnyException();
        assertRefused(() -> WorkflowRules.checkAgents(sending(null, null), Tier.TIER_2, true, CATALOGUE, disabled),
                Refusal.Kind.CONFLICT, "steps[1].agent", "step send: SendGrid Operations Agent is disabled");
    }

    @Test
    void aToolCallMustBeOneTheTenantsConfigurationAllows() {
        assertThatCode(() -> WorkflowRules.checkAgents(sending("sendgrid_list_contacts", "{\"limit\": 5}"), Tier.TIER_2,
                true, CATALOGUE, AgentSettings::of)).doesNotThrowAnyException();
        assertRefused(() -> WorkflowRules.checkAgents(sending("sendgrid_list_contacts", "{\"to\": \"a@b.example\"}"),
                Tier.TIER_2, true, CATALOGUE, AgentSettings::of), Refusal.Kind.INVALID, "steps[1].tool.arguments.to",
                "step send: sendgrid_list_contacts takes no argument \"to\"");
        Function<Agent, AgentSettings> listingOnly = agent -> settings(true, List.of("sendgrid_list_contacts"));
        assertRefused(() -> WorkflowRules.checkAgents(sending("sendgrid_send_email", "{}"), Tier.TIER_2, true, CATALOGUE,
                listingOnly), Refusal.Kind.INVALID, "steps[1].tool.name", "step send: not a tool of SendGrid Operations Agent");
    }

    private static void assertRefused(Runnable check, Refusal.Kind kind, String field, String message) {
        assertThatThrownBy(check::run).isInstanceOfSatisfying(Refusal.class, r -> {
            assertThat(r.kind()).isEqualTo(kind);
            assertThat(r.field()).isEqualTo(field);
            assertThat(r.getMessage()).contains(message);
        });
    }
}
