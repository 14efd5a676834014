package com.bizosaas.connectors.control;

import com.bizosaas.fake.FakeSaasApis;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.bizosaas.connectors.control.ToolDefinitionsTest.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The five real connectors against local fakes of their APIs: paths, authentication, bodies, errors. */
class RealConnectorsTest {

    private static FakeSaasApis apis;

    @BeforeAll
    static void start() {
        apis = new FakeSaasApis().start();
    }

    @AfterAll
    static void stop() {
        apis.close();
    }

    @Test
    void stripeRefundsOncePerIdempotencyKeyInCentsAndReportsItsOwnErrors() {
        StripeConnector stripe = new StripeConnector(apis.baseUrl("stripe"));
        ToolDefinition refund = tool("stripe_create_refund", "Stripe");
        JsonObject args = ToolArguments.check(refund, json("{\"payment_id\": \"ch_9\", \"amount\": 12.5, \"reason\": \"damaged\"}"));
        int before = apis.stripeRefundsMade();
        JsonObject first = stripe.call(refund, args, FakeSaasApis.STRIPE_KEY, "task-1-1");
        JsonObject again = stripe.call(refund, args, FakeSaasApis.STRIPE_KEY, "task-1-1");
        assertThat(again.getString("id")).as("the same key gets the same refund").isEqualTo(first.getString("id"));
        assertThat(apis.stripeRefundsMade()).isEqualTo(before + 1);
        FakeSaasApis.Request sent = apis.requests("stripe", "/v1/refunds").get(0);
        assertThat(sent.form()).containsEntry("charge", "ch_9").containsEntry("amount", "1250")
                .containsEntry("metadata[reason]", "damaged");
        assertThat(sent.headers()).containsEntry("idempotency-key", "task-1-1");

        JsonObject charges = stripe.call(tool("stripe_list_charges", "Stripe"), json("{\"limit\": 3}"), FakeSaasApis.STRIPE_KEY, "k");
        assertThat(charges.getJsonArray("data")).hasSize(3);
        assertThatThrownBy(() -> stripe.call(refund, args, "sk_wrong", "k2")).isInstanceOfSatisfying(ConnectorException.class, e -> {
            assertThat(e.status()).isEqualTo(401);
            assertThat(e.getMessage()).contains("Invalid API Key provided").doesNotContain("sk_wrong");
        });
    }

    @Test
    void sendGridHubSpotTwilioAndMailchimpSpeakTheirOwnProtocols() {
        JsonObject mail = new SendGridConnector(apis.baseUrl("sendgrid"), "shop@example.com").call(tool("sendgrid_send_email", "SendGrid"),
                json("{\"to\": \"ada@example.com\", \"subject\": \"Hi\", \"message\": \"Spring sale\"}"), FakeSaasApis.SENDGRID_KEY, "t-1");
        assertThat(mail.getString("status")).isEqualTo("accepted");
        assertThat(mail.getString("message_id")).startsWith("fake-msg-");
        JsonObject sentMail = apis.requests("sendgrid", "/v3/mail/send").get(0).json();
        assertThat(sentMail.getJsonArray("personalizations").getJsonObject(0).getJsonArray("to").getJsonObject(0)
                .getString("email")).isEqualTo("ada@example.com");
        assertThat(sentMail.getJsonObject("from").getString("email")).isEqualTo("shop@example.com");

        new HubSpotConnector(apis.baseUrl("hubspot")).call(tool("hubspot_create_deal", "HubSpot"),
                json("{\"name\": \"Spring bundle\", \"amount\": 450}"), FakeSaasApis.HUBSPOT_TOKEN, "t-2");
        assertThat(apis.requests("hubspot", "/crm/v3/objects/deals").get(0).json().getJsonObject("properties")
                .getString("dealname")).isEqualTo("Spring bundle");

        String twilioSecret = FakeSaasApis.TWILIO_SID + ":" + FakeSaasApis.TWILIO_TOKEN;
        JsonObject sms = new TwilioConnector(apis.baseUrl("twilio"), "+15005550006").call(tool("twilio_send_message", "Twilio"),
                json("{\"to\": \"+4915100000\", \"message\": \"Your order shipped\"}"), twilioSecret, "t-3");
        assertThat(sms.getString("status")).isEqualTo("queued");
        assertThat(apis.requests("twilio", "/Messages.json").get(0).form()).containsEntry("Body", "Your order shipped");

        JsonObject campaign = new MailchimpConnector(apis.baseUrl("mailchimp")).call(tool("mailchimp_send_campaign", "Mailchimp"),
                json("{\"to\": \"list-1\", \"subject\": \"May\", \"message\": \"News\"}"), FakeSaasApis.MAILCHIMP_KEY, "t-4");
        assertThat(campaign.getString("status")).isEqualTo("sent");
        assertThat(apis.requests("mailchimp", "/actions/send")).hasSize(1);
        assertThatThrownBy(() -> new MailchimpConnector("").call(tool("mailchimp_list_audiences", "Mailchimp"),
                json("{}"), "no-data-centre", "t-5")).hasMessageContaining("data centre");
    }

    @Test
    void anArgumentPlacedInAVendorsPathStaysOneSegment() {
        assertThat(HttpApi.segment("../deals?x=1")).isEqualTo("..%2Fdeals%3Fx%3D1");
        assertThat(HttpApi.segment("..")).isEqualTo("%2E%2E");
        assertThat(HttpApi.segment("ada lovelace#1")).isEqualTo("ada%20lovelace%231");

        try {
            new HubSpotConnector(apis.baseUrl("hubspot")).call(tool("hubspot_update_contact", "HubSpot"),
                    json("{\"id\": \"../deals?x=1\", \"changes\": \"lifecyclestage=customer\"}"), FakeSaasApis.HUBSPOT_TOKEN, "t-6");
        } catch (ConnectorException unknownContact) {
            // the fake knows no such contact: what matters is where the request went
        }
        FakeSaasApis.Request patched = apis.requests("hubspot", "").stream().filter(r -> r.method().equals("PATCH"))
                .reduce((a, b) -> b).orElseThrow();
        assertThat(patched.rawPath()).endsWith("/crm/v3/objects/contacts/..%2Fdeals%3Fx%3D1");
        assertThat(patched.query()).as("no query smuggled in").isNull();

        try {
            new MailchimpConnector(apis.baseUrl("mailchimp")).call(tool("mailchimp_get_campaign_report", "Mailchimp"),
                    json("{\"id\": \"..\"}"), FakeSaasApis.MAILCHIMP_KEY, "t-7");
        } catch (ConnectorException unknownReport) {
            // as above
        }
        assertThat(apis.requests("mailchimp", "").get(apis.requests("mailchimp", "").size() - 1).rawPath())
                .endsWith("/3.0/reports/%2E%2E");
    }

    private static ToolDefinition tool(String name, String integration) {
        return ToolDefinitions.of(name, integration).orElseThrow();
    }
}
