package com.bizosaas.agents.tasks.control;

import com.bizosaas.agents.catalogue.control.AgentCatalogue;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SensitiveToolsTest {

    @Test
    void everyToolThatChangesSomethingAtAVendorIsSensitiveReadingIsNot() {
        assertThat(List.of("stripe_create_refund", "paypal_refund_capture", "stripe_create_payment_link",
                "facebook_meta_publish_post", "sendgrid_send_email", "twilio_create_call", "google_ads_update_bids",
                "facebook_ads_update_budget", "shopify_update_price", "hubspot_create_deal", "hubspot_update_contact",
                "mailchimp_update_member", "pinterest_update_board", "calendly_delete_scheduled_event",
                "google_search_console_create_indexing_request"))
                .allMatch(SensitiveTools::isSensitive);
        assertThat(List.of("stripe_list_charges", "hubspot_get_deal_analytics", "google_search_console_list_sitemaps",
                "google_search_console_query_search_analytics", "slack_list_channels", "razorpay_list_payments",
                "amazon_ses_get_send_statistics", "stripe_list_refunds"))
                .noneMatch(SensitiveTools::isSensitive);
    }

    @Test
    void aNameTheRuleCannotReadIsSensitive() {
        assertThat(List.of("acme_frobnicate_widget", "noverb", "acme_send")).allMatch(SensitiveTools::isSensitive);
    }

    @Test
    void movingMoneyIsTheChangingToolsThatPayRefundOrSetPrices() {
        assertThat(List.of("stripe_create_refund", "paypal_refund_capture", "stripe_create_payment_link",
                "google_ads_update_bids", "amazon_create_purchase_order")).allMatch(SensitiveTools::movesMoney);
        assertThat(List.of("razorpay_list_payments", "sendgrid_send_email", "hubspot_create_deal"))
                .noneMatch(SensitiveTools::movesMoney);
    }

    @Test
    void inTheCatalogueAnalyticsAgentsNeverWaitAndEveryAgentThatCanChangeSomethingDoes() {
        var definitions = AgentCatalogue.definitions();
        assertThat(definitions).filteredOn(d -> d.role().equals("Analytics"))
                .isNotEmpty().allMatch(d -> SensitiveTools.among(d.tools()).isEmpty());
        assertThat(definitions).filteredOn(d -> d.tools().stream()
                        .anyMatch(t -> t.matches(".*_(create|update|delete|publish|send|refund)_.*")
                                && !t.matches(".*_get_send_.*")))
                .hasSizeGreaterThan(40).allMatch(d -> !SensitiveTools.among(d.tools()).isEmpty());
        assertThat(definitions).filteredOn(d -> d.category().equals("Payments"))
                .anyMatch(d -> d.tools().stream().anyMatch(SensitiveTools::movesMoney));
    }
}
