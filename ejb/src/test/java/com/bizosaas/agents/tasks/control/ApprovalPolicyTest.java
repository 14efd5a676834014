package com.bizosaas.agents.tasks.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ApprovalPolicyTest {

    private static final BigDecimal ABOVE = new BigDecimal("1000");
    private static final List<String> ADS = List.of("facebook_ads_list_ad_sets", "facebook_ads_create_ad_set",
            "facebook_ads_update_budget");
    private static final List<String> REFUNDS = List.of("stripe_list_charges", "stripe_create_refund");
    private static final List<String> EMAIL = List.of("sendgrid_list_contacts", "sendgrid_send_email");

    @Test
    void sumsInDollarsAreReadAndTheLargestCounts() {
        assertThat(ApprovalPolicy.sumsIn("Raise the budget to 2,500 USD, then 300 USD more"))
                .isEqualTo(new ApprovalPolicy.Sums(java.util.Optional.of(new BigDecimal("2500")), List.of()));
        assertThat(ApprovalPolicy.sumsIn("refund $1,200.50 to order A-7").largest()).contains(new BigDecimal("1200.50"));
        assertThat(ApprovalPolicy.sumsIn("refund USD 25.5 for order A-1001").largest()).contains(new BigDecimal("25.5"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"order 4711 has 3 items", "refund order #4711", "credit invoice 2024-17 and ticket 88",
            "20% off for 7 days", "the charge of May 3, 2024", "refund order A-1001"})
    void identifiersDatesAndCountsAreNoSums(String text) {
        assertThat(ApprovalPolicy.sumsIn(text).unclear()).as(text).isEmpty();
        assertThat(ApprovalPolicy.sumsIn(text).largest()).as(text).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"refund 5000 to the customer", "refund JPY 900000", "refund €2.500", "refund $2.500",
            "refund 49,90 USD", "raise the budget to 5k USD", "raise the budget by 2 million", "pay €90", "pay 90 EUR",
            "refund 20"})
    void aSumThatCannotBeReadForCertainIsUnclear(String text) {
        assertThat(ApprovalPolicy.sumsIn(text).unclear()).as(text).isNotEmpty();
    }

    @Test
    void anUnclearSumNeedsTwoApprovalsNeverOne() {
        ApprovalPolicy.Requirement yen = ApprovalPolicy.forTask("Refunds", REFUNDS, "refund JPY 900000 to order A-9", ABOVE);
        assertThat(yen.approvals()).isEqualTo(2);
        assertThat(yen.reason()).contains("JPY 900000", "cannot be read for certain", "another administrator");
        assertThat(ApprovalPolicy.forTask("Refunds", REFUNDS, "refund 20", ABOVE).approvals())
                .as("a number with no currency could be anything").isEqualTo(2);
        assertThat(ApprovalPolicy.forTask("Refunds", REFUNDS, "refund 20 USD for order 4711", ABOVE).approvals()).isEqualTo(1);
        assertThat(ApprovalPolicy.forTask("Refunds", REFUNDS, "refund order 4711 in full", ABOVE).approvals())
                .as("no sum named at all").isEqualTo(1);
    }

    @Test
    void readingAgentsNeedNothingSensitiveOnesOneAndLargeSumsTwo() {
        assertThat(ApprovalPolicy.forTask("Reader", List.of("stripe_list_charges"), "look at 5,000 USD", ABOVE).approvals()).isZero();
        assertThat(ApprovalPolicy.forTask("Ads", ADS, "Raise the daily budget to 200 USD", ABOVE).approvals()).isEqualTo(1);
        ApprovalPolicy.Requirement large = ApprovalPolicy.forTask("Ads", ADS, "Raise the daily budget to 2,500 USD", ABOVE);
        assertThat(large.approvals()).isEqualTo(2);
        assertThat(large.reason()).contains("facebook_ads_update_budget", "2500", "above 1000", "another administrator");
        assertThat(ApprovalPolicy.forTask("Ads", ADS, "Raise the daily budget to exactly 1000 USD", ABOVE).approvals())
                .as("at the threshold one approval").isEqualTo(1);
        assertThat(ApprovalPolicy.forTask("Mailer", EMAIL, "Send the 5,000 USD prize announcement", ABOVE).approvals())
                .as("sending names a sum but moves no money").isEqualTo(1);
    }

    @Test
    void aCallTheAgentAskedForIsJudgedOnItsOwnAmountAndNeverNeedsLessThanOneApproval() {
        jakarta.json.JsonObject small = jakarta.json.Json.createObjectBuilder().add("payment_id", "ch_1").add("amount", 20).build();
        ApprovalPolicy.Requirement one = ApprovalPolicy.forCall("Refunds", "stripe_create_refund", small, "look at the charges", ABOVE);
        assertThat(one.approvals()).isEqualTo(1);
        assertThat(one.reason()).contains("Refunds asked to call stripe_create_refund", "\"amount\":20", "nobody has approved");
        jakarta.json.JsonObject large = jakarta.json.Json.createObjectBuilder().add("payment_id", "X").add("amount", 5000).build();
        ApprovalPolicy.Requirement two = ApprovalPolicy.forCall("Refunds", "stripe_create_refund", large, "look at the charges", ABOVE);
        assertThat(two.approvals()).isEqualTo(2);
        assertThat(two.reason()).contains("asked to call stripe_create_refund", "the task names 5000", "another administrator");
        ApprovalPolicy.Requirement deal = ApprovalPolicy.forCall("CRM", "hubspot_create_deal",
                jakarta.json.Json.createObjectBuilder().add("name", "Acme").build(), "find the contacts", ABOVE);
        assertThat(deal.approvals()).isEqualTo(1);
    }
}
