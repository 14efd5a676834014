package com.bizosaas.agents.tasks.control;

import com.bizosaas.agents.catalogue.control.AgentCatalogue;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SensitiveToolsTest {

    @Test
    void movingMoneyPublishingAndSendingAreSensitiveReadingIsNot() {
        assertThat(List.of("stripe_create_refund", "paypal_refund_capture", "stripe_create_payment_link",
                "facebook_meta_publish_post", "sendgrid_send_email", "twilio_create_call", "google_ads_update_bids",
                "facebook_ads_update_budget", "shopify_update_price")).allMatch(SensitiveTools::isSensitive);
        assertThat(List.of("stripe_list_charges", "hubspot_get_deal_analytics", "pinterest_update_board",
                "google_search_console_list_sitemaps", "slack_list_channels", "razorpay_list_payments",
                "amazon_ses_get_send_statistics"))
                .noneMatch(SensitiveTools::isSensitive);
    }

    @Test
    void inTheCatalogueAnalyticsAgentsNeverWaitAndEveryAgentThatRefundsPublishesOrSendsDoes() {
        var definitions = AgentCatalogue.definitions();
        assertThat(definitions).filteredOn(d -> d.role().equals("Analytics"))
                .isNotEmpty().allMatch(d -> SensitiveTools.among(d.tools()).isEmpty());
        assertThat(definitions).filteredOn(d -> d.tools().stream()
                        .anyMatch(t -> !t.matches(".*_(list|get)_.*") && t.matches(".*_(refund|publish_|send_).*")))
                .hasSizeGreaterThan(10).allMatch(d -> !SensitiveTools.among(d.tools()).isEmpty());
        assertThat(definitions).filteredOn(d -> d.category().equals("Payments"))
                .anyMatch(d -> !SensitiveTools.among(d.tools()).isEmpty());
        long waiting = definitions.stream().filter(d -> !SensitiveTools.among(d.tools()).isEmpty()).count();
        assertThat(waiting).as("some agents wait for approval, most do not").isBetween(10L, (long) definitions.size() / 2 + 10);
    }
}
