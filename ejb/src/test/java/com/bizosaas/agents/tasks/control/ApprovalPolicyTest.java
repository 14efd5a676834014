package com.bizosaas.agents.tasks.control;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ApprovalPolicyTest {

    private static final BigDecimal ABOVE = new BigDecimal("1000");
    private static final List<String> ADS = List.of("facebook_ads_list_ad_sets", "facebook_ads_create_ad_set",
            "facebook_ads_update_budget");
    private static final List<String> EMAIL = List.of("sendgrid_list_contacts", "sendgrid_send_email");

    @Test
    void amountsWithACurrencyAreFoundAndTheLargestCounts() {
        assertThat(ApprovalPolicy.largestAmount("Raise the budget to 2,500 USD, then 300 USD more")).contains(new BigDecimal("2500"));
        assertThat(ApprovalPolicy.largestAmount("refund $1,200.50 to order A-7")).contains(new BigDecimal("1200.50"));
        assertThat(ApprovalPolicy.largestAmount("pay €90 and EUR 4000")).contains(new BigDecimal("4000"));
        assertThat(ApprovalPolicy.largestAmount("order 4711 has 3 items")).as("numbers without a currency").isEmpty();
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
}
