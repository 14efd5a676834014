package com.bizosaas.console;

import com.bizosaas.it.Api;
import com.bizosaas.it.AuthenticatorApp;
import com.bizosaas.it.Browser;
import com.bizosaas.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two-step sign-in and the idle timeout in a real headless Chromium (issue 14 item 6): a manager whose organisation
 * requires it is held on the two-step page at sign-in, scans (reads) the secret, confirms with the code a phone would
 * show (computed here), keeps the recovery codes, and from then on signs in with password and code; a session left
 * idle past its organisation's timeout is signed out at the next click.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TwoStepBrowserIT {

    private static final String PASSWORD = "Sturdy-Passw0rd!";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.builtEar();
    }

    @Test
    void aManagerRequiredToSetUpTwoStepSignInDoesSoAndThenSignsInWithACode() throws Exception {
        Api.Onboarded tenant = Api.arquillianServer().signedInAs("admin@bizoholic.com").onboard("totp", "TIER_3", PASSWORD);
        String manager = "manager@" + tenant.slug() + ".test";
        assertThat(tenant.admin().postJson("api/v1/users", Api.jsonObject("email", manager, "displayName", "Mona Manager",
                "role", "MANAGER", "password", PASSWORD)).status()).isEqualTo(201);
        assertThat(tenant.admin().put("api/v1/sign-in-policy", "{\"twoStepRoles\": [\"MANAGER\"]}").status()).isEqualTo(200);

        try (Browser browser = new Browser()) {
            browser.signIn(manager, PASSWORD);
            browser.awaitText("Your organisation requires two-step sign-in for your role");
            assertThat(browser.path()).isEqualTo("/identity/two-step.xhtml");
            browser.open("/agents/index.xhtml");
            browser.awaitText("Your organisation requires two-step sign-in for your role");
            assertThat(browser.path()).as("nothing else until it is set up").isEqualTo("/identity/two-step.xhtml");

            browser.click("twoStep:begin");
            browser.awaitText("Scan the code with your authenticator app");
            assertThat(browser.visible(By.id("qr")).getAttribute("src")).startsWith("data:image/svg+xml;base64,");
            AuthenticatorApp phone = new AuthenticatorApp(browser.visible(By.id("twoStep:secret")).getText());
            browser.type("twoStep:code", "000000".equals(phone.code(0)) ? "111111" : "000000");
            browser.click("twoStep:confirm");
            browser.awaitText("the code is not the app's code of now");
            browser.type("twoStep:code", phone.code(0));
            browser.click("twoStep:confirm");
            browser.awaitText("Two-step sign-in is on");
            assertThat(browser.texts(By.cssSelector("#recoveryCodes li"))).hasSize(10)
                    .allMatch(code -> code.matches("[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}"));
            browser.open("/agents/index.xhtml");
            browser.awaitText("Agents");
            assertThat(browser.path()).isEqualTo("/agents/index.xhtml");
            // the menu: what a manager can use, and where they are (issue 22)
            assertThat(browser.texts(By.cssSelector("nav.console-menu a[aria-current='page']"))).singleElement()
                    .asString().contains("Agents");
            assertThat(browser.visible(By.cssSelector("nav.console-menu")).getText())
                    .contains("Platform status", "Agents", "Workflows").doesNotContain("Users of any tenant", "Model providers", "Tenant admin");
            browser.open("/identity/two-step.xhtml");
            browser.awaitText("Two-step sign-in is on since just now"); // a date as people read one

            browser.click("account:signOut");
            browser.signIn(manager, PASSWORD);
            browser.awaitText("enter the 6-digit code your authenticator app shows");
            browser.type("secondStep:code", "12345a");
            browser.click("secondStep:verify");
            browser.awaitText("4 attempts left");
            browser.type("secondStep:code", phone.code(1));
            browser.click("secondStep:verify");
            browser.awaitText("Welcome, Mona Manager");
        }
        assertThat(tenant.admin().get("api/v1/audit?size=100").body()).contains("user.two-step-enrolled", "password and a code");
    }

    @Test
    void aSessionIdleLongerThanItsOrganisationAllowsEndsAtTheNextClick() throws Exception {
        Api.Onboarded tenant = Api.arquillianServer().signedInAs("admin@bizoholic.com").onboard("idle", "TIER_3", PASSWORD);
        // the shortest timeout the test server allows (production's is a minute)
        assertThat(tenant.admin().put("api/v1/sign-in-policy", "{\"idleTimeout\": \"PT3S\"}").status()).isEqualTo(200);
        try (Browser browser = new Browser()) {
            browser.signIn(tenant.adminEmail(), PASSWORD);
            browser.awaitText("Welcome, Admin of " + tenant.slug());
            Instant lastClick = Instant.now();
            // idle: no request at all for longer than the timeout
            await().pollInterval(Duration.ofMillis(250)).atMost(Duration.ofSeconds(10))
                    .until(() -> Instant.now().isAfter(lastClick.plusSeconds(4)));
            browser.open("/identity/users.xhtml");
            browser.awaitText("You were signed out after a while without activity");
            assertThat(browser.path()).isEqualTo("/login.xhtml");
        }
    }
}
