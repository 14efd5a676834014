package com.bizosaas.agents.configuration.control;

import com.bizosaas.agents.entity.Agent;
import com.bizosaas.agents.entity.AgentSettings;
import com.bizosaas.errors.Refusal;
import com.bizosaas.tenancy.entity.Tier;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfigurationRulesTest {

    private static final Agent MAILER = new Agent("sendgrid-operations", "SendGrid Operations Agent", "Email Marketing",
            "SendGrid", 2, "Operations", "send campaigns", "You work for {{tenant}}.",
            List.of("sendgrid_list_contacts", "sendgrid_send_email", "sendgrid_update_contact_list"), "balanced", "TIER_2");

    private static AgentSettings settings(List<String> tools, String tier, String temperature, int maxTokens) {
        return new AgentSettings(true, "  Be brief for {{tenant}}.  ", tools, tier, new BigDecimal(temperature), maxTokens);
    }

    @Test
    void validSettingsComeBackTidied() {
        AgentSettings checked = ConfigurationRules.check(MAILER, Tier.TIER_2, false,
                settings(List.of("sendgrid_update_contact_list", "sendgrid_list_contacts", "sendgrid_list_contacts"),
                        "cheap", "0.7", 1200));
        assertThat(checked.promptTemplate()).isEqualTo("Be brief for {{tenant}}.");
        assertThat(checked.tools()).as("catalogue order, no duplicates")
                .containsExactly("sendgrid_list_contacts", "sendgrid_update_contact_list");
        assertThat(checked.temperature()).isEqualByComparingTo("0.70");
    }

    @Test
    void eachBrokenRuleIsRefusedNamingTheField() {
        assertField(settings(List.of("stripe_create_refund"), "cheap", "0.3", 800), false, "tools", "stripe_create_refund");
        assertField(settings(List.of(), "genius", "0.3", 800), false, "modelTier", "auto, cheap, balanced, premium");
        assertField(settings(List.of(), "premium", "0.3", 800), false, "modelTier", "TIER_3");
        assertField(settings(List.of(), "cheap", "1.5", 800), false, "temperature", "0 to 1");
        assertField(settings(List.of(), "cheap", "0.3", 10_000), false, "maxTokens", "64 to 4000");
        assertField(settings(List.of(), "cheap", "0.3", 10), false, "maxTokens", "64 to 4000");
        assertField(new AgentSettings(true, "   ", List.of(), "cheap", BigDecimal.ONE, 800), false, "promptTemplate", "1 to 8000");
        assertField(new AgentSettings(true, "x".repeat(8001), List.of(), "cheap", BigDecimal.ONE, 800), false,
                "promptTemplate", "1 to 8000");
    }

    @Test
    void theSuperAdminMayGoToTheModelsOwnLimitsButNotBeyondTheCatalogueTools() {
        AgentSettings wide = ConfigurationRules.check(MAILER, Tier.TIER_2, true, settings(List.of(), "premium", "1.5", 10_000));
        assertThat(wide.modelTier()).isEqualTo("premium");
        assertField(settings(List.of(), "cheap", "2.5", 800), true, "temperature", "0 to 2");
        assertField(settings(List.of("slack_send_message"), "cheap", "0.3", 800), true, "tools", "slack_send_message");
    }

    @Test
    void aTierWithoutAgentsOrBelowTheAgentsMinimumIsRefused() {
        assertThatThrownBy(() -> ConfigurationRules.refuseIfTierLacks(MAILER, Tier.TIER_1, "agents"))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.kind()).isEqualTo(Refusal.Kind.FORBIDDEN));
        ConfigurationRules.refuseIfTierLacks(MAILER, Tier.TIER_2, "agents");
    }

    private static void assertField(AgentSettings proposed, boolean superAdmin, String field, String named) {
        assertThatThrownBy(() -> ConfigurationRules.check(MAILER, Tier.TIER_2, superAdmin, proposed))
                .isInstanceOfSatisfying(Refusal.class, r -> {
                    assertThat(r.kind()).isEqualTo(Refusal.Kind.INVALID);
                    assertThat(r.field()).isEqualTo(field);
                    assertThat(r.getMessage()).contains(named);
                });
    }
}
