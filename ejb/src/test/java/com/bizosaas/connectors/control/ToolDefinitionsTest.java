package com.bizosaas.connectors.control;

import com.bizosaas.agents.catalogue.control.AgentCatalogue;
import com.bizosaas.errors.Refusal;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ToolDefinitionsTest {

    @Test
    void everyToolOfTheCatalogueHasADefinitionOfItsIntegration() {
        AgentCatalogue.definitions().forEach(agent -> agent.tools().forEach(tool ->
                assertThat(ToolDefinitions.of(tool, agent.integration())).as(tool).hasValueSatisfying(d -> {
                    assertThat(d.specification().name()).isEqualTo(tool);
                    assertThat(d.description()).isNotBlank();
                })));
        // an integration whose name holds a verb: the verb after the integration's key counts
        assertThat(ToolDefinitions.of("google_search_console_query_search_analytics", "Google Search Console"))
                .hasValueSatisfying(d -> {
                    assertThat(d.verb()).isEqualTo("query");
                    assertThat(d.object()).isEqualTo("search_analytics");
                });
        assertThat(ToolDefinitions.of("stripe_create_refund", "PayPal")).as("another integration's tool").isEmpty();
        assertThat(ToolDefinitions.of("stripe_frobnicate_all", "Stripe")).as("no verb").isEmpty();
    }

    @Test
    void argumentsAreCheckedAgainstTheParametersAndNamedWhenRefused() {
        ToolDefinition refund = ToolDefinitions.of("stripe_create_refund", "Stripe").orElseThrow();
        assertThat(refund.verb()).isEqualTo("refund");
        assertThat(refund.changesSomething()).isTrue();
        JsonObject checked = ToolArguments.check(refund, json("{\"payment_id\": \" ch_1 \", \"amount\": \"20.50\"}"));
        assertThat(checked.getString("payment_id")).isEqualTo("ch_1");
        assertThat(checked.getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("20.50");

        assertRefused(refund, "{\"amount\": 20}", "arguments.payment_id", "required");
        assertRefused(refund, "{\"payment_id\": \"ch_1\", \"amount\": \"twenty\"}", "arguments.amount", "number");
        assertRefused(refund, "{\"payment_id\": \"ch_1\", \"amount\": -5}", "arguments.amount", "0.01 to 1000000");
        assertRefused(refund, "{\"payment_id\": \"ch_1\", \"to\": \"x\"}", "arguments.to", "takes no argument");
        ToolDefinition list = ToolDefinitions.of("stripe_list_charges", "Stripe").orElseThrow();
        assertRefused(list, "{\"limit\": 2.5}", "arguments.limit", "whole number");
        assertRefused(list, "{\"limit\": 500}", "arguments.limit", "1 to 100");
        // a day the connector builds its request from is read before anything leaves (it was a broken attempt)
        assertRefused(list, "{\"since\": \"fake\"}", "arguments.since", "YYYY-MM-DD");
        assertRefused(list, "{\"since\": \"2026-02-30\"}", "arguments.since", "YYYY-MM-DD");
        assertThat(ToolArguments.check(list, json("{\"since\": \" 2026-05-01 \"}")).getString("since")).isEqualTo("2026-05-01");
        ToolDefinition report = ToolDefinitions.of("sendgrid_get_email_stats", "SendGrid").orElseThrow();
        assertRefused(report, "{\"period\": \"forever\"}", "arguments.period", "last_7_days");
        assertThat(ToolArguments.check(list, null)).isEmpty();
    }

    @Test
    void theSandboxAnswersDeterministicallyInTheToolsShapeAndSaysSo() {
        UUID tenant = UUID.fromString("00000000-0000-0000-0000-000000000001");
        ToolDefinition list = ToolDefinitions.of("hubspot_search_contacts", "HubSpot").orElseThrow();
        JsonObject args = json("{\"query\": \"Ada\", \"limit\": 3}");
        JsonObject first = Sandbox.answer(tenant, list, args);
        assertThat(first.getBoolean("sandbox")).isTrue();
        assertThat(first.getJsonArray("contacts")).hasSize(3);
        assertThat(Sandbox.answer(tenant, list, args)).isEqualTo(first);
        assertThat(Sandbox.answer(UUID.randomUUID(), list, args)).as("another tenant's sandbox").isNotEqualTo(first);
        JsonObject sent = Sandbox.answer(tenant, ToolDefinitions.of("sendgrid_send_email", "SendGrid").orElseThrow(),
                json("{\"to\": \"ada@example.com\", \"message\": \"hi\"}"));
        assertThat(sent.getString("status")).isEqualTo("sent");
        assertThat(sent.getString("id")).isNotBlank();
    }

    private static void assertRefused(ToolDefinition tool, String arguments, String field, String says) {
        assertThatThrownBy(() -> ToolArguments.check(tool, json(arguments))).isInstanceOfSatisfying(Refusal.class, r -> {
            assertThat(r.field()).isEqualTo(field);
            assertThat(r.getMessage()).contains(says);
        });
    }

    static JsonObject json(String text) {
        return Json.createReader(new java.io.StringReader(text)).readObject();
    }
}
