package com.bizosaas.console;

import com.bizosaas.it.Api;
import com.bizosaas.it.Browser;
import com.bizosaas.it.Deployments;
import com.bizosaas.it.TestEnvironment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The consoles in a real headless Chromium: sign in, onboard a tenant, add a user who then signs in,
 * the lock-out message after five failures, and a suspended tenant's user refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.builtEar();
    }

    @Test
    void theSuperAdminSignsInAndOnboardsATenant() throws Exception {
        String slug = "browser-" + UUID.randomUUID().toString().substring(0, 6);
        try (Browser browser = new Browser()) {
            browser.signIn("admin@bizoholic.com", Api.DEMO_PASSWORD);
            browser.awaitText("Welcome, Bizoholic Admin");
            assertThat(browser.path()).isEqualTo("/tenancy/tenants.xhtml");
            assertThat(browser.text()).contains("CorelDove", "ThrillRing", "QuantTrade", "Business Directory");

            browser.click("tenants:new");
            browser.type("create:name", "Browser " + slug);
            browser.type("create:slug", slug);
            browser.click("create:save");

            browser.awaitText("Tenant Browser " + slug + " created on TIER_1");
            browser.awaitText(slug);
            browser.click(By.xpath("//tr[contains(., '" + slug + "')]//button[@title='Edit']"));
            browser.type("edit:name", "Browser Prime " + slug);
            browser.click("edit:save");
            browser.awaitText("Browser Prime " + slug + " is now on TIER_1");
            assertThat(browser.pageSource()).doesNotContain(Api.DEMO_PASSWORD);
            browser.screenshot("super-admin-tenants");

            // an announcement from the status page, confirmed, then listed
            browser.open("/index.xhtml");
            browser.type("tabs:publish:title", "Console notice " + slug);
            browser.click("tabs:publish:submit");
            browser.click(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"));
            browser.awaitText("\"Console notice " + slug + "\" is published");
            browser.awaitText("Console notice " + slug);

            // the audited cross-tenant view of another tenant's users
            browser.open("/identity/tenant-users.xhtml");
            browser.click("tenantUsers:tenant");
            browser.type("tenantUsers:tenant_filter", "Thrill"); // the list grows with every tenant: filter it
            browser.click(By.cssSelector("li[data-label='ThrillRing']"));
            browser.awaitText("admin@thrillring.com");
        }
        assertThat(Api.arquillianServer().signedInAs("admin@bizoholic.com").get("api/v1/audit?action=cross-tenant.users.viewed&size=100")
                .body()).contains("ThrillRing");
    }

    @Test
    void aTenantAdminAddsAUserWhoThenSignsIn() throws Exception {
        String email = "colleague." + UUID.randomUUID().toString().substring(0, 6) + "@coreldove.com";
        try (Browser admin = new Browser()) {
            admin.signIn("admin@coreldove.com", Api.DEMO_PASSWORD);
            admin.awaitText("Users of CorelDove");
            admin.click("users:new");
            admin.type("create:email", email);
            admin.type("create:name", "New Colleague");
            admin.type("create:password", "weak");
            admin.click("create:save");
            admin.awaitText("password must be at least 12 characters long");

            admin.type("create:password", "Sturdy-Passw0rd!");
            admin.click("create:save");
            admin.awaitText(email + " can sign in now");
        }
        try (Browser colleague = new Browser(); Browser admin = new Browser()) {
            colleague.signIn(email, "Sturdy-Passw0rd!");
            colleague.awaitText("Welcome, New Colleague");
            colleague.open("/identity/users.xhtml");
            assertThat(colleague.text()).doesNotContain("Users of CorelDove"); // a manager is not an administrator

            // their own password, with the current one; this session goes on
            colleague.click("account:password");
            colleague.awaitText("Changing it signs you out everywhere else");
            colleague.type("password:current", "Wrong-Passw0rd!");
            colleague.type("password:chosen", "Newer-Sturdy-Passw0rd!");
            colleague.click("password:change");
            colleague.awaitText("the current password is not right");
            colleague.type("password:current", "Sturdy-Passw0rd!");
            colleague.type("password:chosen", "Newer-Sturdy-Passw0rd!");
            colleague.click("password:change");
            colleague.awaitText("Password changed");
            colleague.open("/index.xhtml");
            colleague.awaitText("New Colleague · MANAGER"); // still signed in

            // disabled by the administrator (confirmed): signed out at their next click, and refused at sign-in
            admin.signIn("admin@coreldove.com", Api.DEMO_PASSWORD);
            admin.awaitText("Users of CorelDove");
            By row = By.xpath("//form[@id='users']//tr[contains(., '" + email + "')]");
            admin.click(By.xpath("//form[@id='users']//tr[contains(., '" + email + "')]//button[contains(@id, ':disable')]"));
            admin.awaitText("They are signed out everywhere at once");
            admin.click("users:confirmYes");
            admin.awaitText(email + " is disabled");
            assertThat(admin.visible(row).getText()).contains("disabled");
            colleague.open("/index.xhtml");
            colleague.awaitText("Your session ended");
            colleague.signIn(email, "Newer-Sturdy-Passw0rd!");
            colleague.awaitText("this account is disabled");
            admin.click(By.xpath("//form[@id='users']//tr[contains(., '" + email + "')]//button[contains(@id, ':enable')]"));
            admin.awaitText(email + " is enabled");
            colleague.signIn(email, "Newer-Sturdy-Passw0rd!");
            colleague.awaitText("Welcome, New Colleague");
        }
    }

    @Test
    void anInvitedUserAcceptsTheLinkAndSignsIn() throws Exception {
        String email = "guest." + UUID.randomUUID().toString().substring(0, 6) + "@coreldove.com";
        String link;
        try (Browser admin = new Browser()) {
            admin.signIn("admin@coreldove.com", Api.DEMO_PASSWORD);
            admin.awaitText("Users of CorelDove");
            admin.click("users:invite");
            admin.type("inviteForm:email", email);
            admin.click("inviteForm:send");
            admin.awaitText("Invitation for " + email + " created");
            link = admin.visible(By.id("invitations:inviteLink")).getText();
            assertThat(admin.text()).contains(email); // in the pending list
        }
        try (Browser guest = new Browser()) {
            guest.openUrl(link);
            // the page says what the link offers before anything is typed (issue 22)
            guest.awaitText("You are invited to join CorelDove as Manager, with the address " + email);
            guest.type("accept:name", "Guest User");
            guest.type("accept:password", "Sturdy-Passw0rd!");
            guest.click("accept:submit");
            guest.awaitText("Your account is ready");
            guest.signIn(email, "Sturdy-Passw0rd!");
            guest.awaitText("Welcome, Guest User");
            guest.click("account:signOut");
            guest.openUrl(link);
            guest.awaitText("This invitation cannot be used: this invitation was already used");
            assertThat(guest.texts(By.id("accept:submit"))).as("no form for a used link").isEmpty();
        }
    }

    @Test
    void aTenantAdminCannotOpenTheSuperAdminConsoles() throws Exception {
        try (Browser admin = new Browser()) {
            admin.signIn("admin@coreldove.com", Api.DEMO_PASSWORD);
            admin.awaitText("Users of CorelDove");
            for (String page : new String[]{"/tenancy/tenants.xhtml", "/identity/tenant-users.xhtml"}) {
                admin.open(page);
                admin.awaitText("This console is not open to your role");
                assertThat(admin.text()).doesNotContain("ThrillRing", "admin@thrillring.com");
            }
        }
    }

    @Test
    void fiveFailedSignInsShowTheLockOut() throws Exception {
        String email = "locked." + UUID.randomUUID().toString().substring(0, 6) + "@coreldove.com";
        Api.Reply created = Api.arquillianServer().signedInAs("admin@coreldove.com").postJson("api/v1/users",
                Api.jsonObject("email", email, "displayName", "Soon Locked", "role", "CLIENT", "password", "Sturdy-Passw0rd!"));
        assertThat(created.status()).isEqualTo(201);
        try (Browser browser = new Browser()) {
            for (int attempt = 1; attempt <= 4; attempt++) {
                browser.signIn(email, "Wrong-Passw0rd!");
                browser.awaitText("wrong email or password");
            }
            browser.signIn(email, "Wrong-Passw0rd!");
            browser.awaitText("the account is locked for 15 minutes");
            // locked now: the right password gets the same answer, which tells nobody the account exists
            browser.signIn(email, "Sturdy-Passw0rd!");
            browser.awaitText("wrong email or password — or, after 5 failed sign-ins, the account is locked for 15 minutes");
            assertThat(browser.path()).isEqualTo("/login.xhtml");
        }
    }

    @Test
    void aSuspendedTenantsUserIsRefusedAndSignedOut() throws Exception {
        try (Browser member = new Browser(); Browser superAdmin = new Browser()) {
            member.signIn("admin@directory.bizoholic.com", Api.DEMO_PASSWORD);
            member.awaitText("Welcome, Directory Admin");

            superAdmin.signIn("admin@bizoholic.com", Api.DEMO_PASSWORD);
            superAdmin.awaitText("Business Directory");
            superAdmin.click(By.xpath("//tr[contains(., 'business-directory')]//button[@title='Suspend']"));
            superAdmin.click("tenants:confirmYes");
            superAdmin.awaitText("Business Directory is suspended");
            try {
                member.open("/identity/users.xhtml");
                member.awaitText("Your session ended");
                member.signIn("admin@directory.bizoholic.com", Api.DEMO_PASSWORD);
                member.awaitText("this account's organisation is suspended");
            } finally {
                superAdmin.click(By.xpath("//tr[contains(., 'business-directory')]//button[@title='Reactivate']"));
                superAdmin.click("tenants:confirmYes");
                superAdmin.awaitText("Business Directory is active again");
            }
            member.signIn("admin@directory.bizoholic.com", Api.DEMO_PASSWORD);
            member.awaitText("Welcome, Directory Admin");
        }
    }

    @Test
    void theSuperAdminTriesTheOfflineModelAndATenantAdminSeesItsCostsAndSetsABudget() throws Exception {
        try (Browser superAdmin = new Browser()) {
            superAdmin.signIn("admin@bizoholic.com", Api.DEMO_PASSWORD);
            superAdmin.awaitText("Tenants");
            superAdmin.open("/llm/providers.xhtml");
            superAdmin.awaitText("Model providers");
            assertThat(superAdmin.text()).contains("anthropic", "openai", "claude-haiku-4-5");
            new Select(superAdmin.visible(By.id("try:model"))).selectByVisibleText("bizosaas-offline");
            superAdmin.type("try:prompt", "Summarise: our store opens at nine. It closes at six. Parking is free for members.");
            superAdmin.click("try:send");
            superAdmin.awaitText("Answered by the offline model");
            assertThat(superAdmin.visible(By.id("try:offlineLabel")).getText()).isEqualTo("offline model");
            assertThat(superAdmin.visible(By.id("answerText")).getText()).isNotBlank();
            assertThat(superAdmin.pageSource()).doesNotContain("it-anthropic-key", "it-openai-key");
        }
        Api.arquillianServer().signedInAs("admin@coreldove.com").postJson("v1/chat/completions",
                "{\"model\": \"cheap\", \"messages\": [{\"role\": \"user\", \"content\": \"Cost dashboard probe " + UUID.randomUUID() + "\"}]}");
        try (Browser admin = new Browser()) {
            admin.signIn("admin@coreldove.com", Api.DEMO_PASSWORD);
            admin.awaitText("Users of CorelDove");
            admin.open("/llm/costs.xhtml");
            admin.awaitText("Model costs");
            assertThat(Long.parseLong(admin.visible(By.id("costs:calls")).getText())).isPositive();
            admin.visible(By.cssSelector("[id='costs:byDay'] canvas"));
            // refused next to what was typed, never quietly turned into another number (issue 22)
            admin.type("budget:daily_input", "-5");
            admin.click("budget:save");
            admin.awaitText("daily budget must not be negative");
            admin.type("budget:daily_input", "40");
            admin.click("budget:save");
            admin.awaitText("Budgets saved: $40.00 a day");
        }
    }

    /**
     * The console's part of the isolation suite: a tenant administrator forges what the console would only let the
     * super-admin send — the tenant chooser of the cost page, as a view parameter and as a form value processed with
     * the budget — and the change lands in its own tenant; the other tenant's budget is untouched.
     */
    @Test
    void forgedViewParametersAndFormValuesCannotReachAnotherTenant() throws Exception {
        UUID thrillRing = tenantId("thrillring");
        UUID corelDove = tenantId("coreldove");
        String thrillRingBudgetBefore = budgetOf(thrillRing);
        try (Browser admin = new Browser()) {
            admin.signIn("admin@coreldove.com", Api.DEMO_PASSWORD);
            admin.awaitText("Users of CorelDove");
            admin.open("/llm/costs.xhtml?tenantId=" + thrillRing + "&costs:tenant=" + thrillRing);
            admin.awaitText("Model costs");
            assertThat(admin.pageSource()).as("the chooser is the super-admin's only").doesNotContain("costs:tenant");

            // the request the save button sends (the budget field's submitted value is its hidden input), plus the
            // super-admin's chooser, all of the page processed
            admin.script("var forged = arguments[0]; $(function () {" // after the page's widgets are set up
                    + " document.getElementById('budget:daily_hinput').value = '43';"
                    + " PrimeFaces.ab({s: 'budget:save', f: 'budget', p: '@all', u: 'budget costs',"
                    + " pa: [{name: 'costs:tenant', value: forged}, {name: 'costs:tenant_input', value: forged}]}); });",
                    thrillRing.toString());
            admin.awaitText("Budgets saved: $43.00 a day");
        }
        assertThat(budgetOf(thrillRing)).as("the other tenant's budget").isEqualTo(thrillRingBudgetBefore);
        assertThat(budgetOf(corelDove)).as("the forger's own").startsWith("43.00");
    }

    @Test
    void aManagersTaskStopsBeforeSendingEmailTheAdministratorEditsAndApprovesItAndItSucceeds() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        try (Browser manager = new Browser()) {
            manager.signIn("manager@coreldove.com", Api.DEMO_PASSWORD);
            manager.awaitText("Welcome");
            manager.open("/agents/index.xhtml");
            manager.awaitText("Waiting for approval");
            filterCatalogue(manager, "SendGrid");
            manager.click(By.xpath("//tr[contains(., 'SendGrid') and not(contains(., 'Analytics'))]//button[contains(@id, ':choose')]"));
            manager.awaitText("What should it do?");
            manager.type("runForm:input", "Use sendgrid_send_email for the spring newsletter to all subscribers " + marker);
            manager.click("runForm:run");
            manager.awaitText("will wait for approval");
            assertThat(manager.text()).contains("a call it makes of sendgrid_send_email");
            // the task runs until its agent asks to send: then it waits, the call not made
            By asked = By.xpath("//form[@id='tasks']//tr[contains(., '" + marker + "')]");
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).ignoreExceptions()
                    .untilAsserted(() -> assertThat(manager.visible(asked).getText()).contains("AWAITING_APPROVAL"));
        }
        try (Browser admin = new Browser()) {
            admin.signIn("admin@coreldove.com", Api.DEMO_PASSWORD);
            admin.awaitText("Users of CorelDove");
            admin.open("/agents/index.xhtml");
            admin.awaitText(marker);
            assertThat(admin.text()).contains("sendgrid_send_email");
            admin.screenshot("agents-approval-inbox", By.id("approvals"));
            admin.click(By.xpath("//form[@id='approvals']//tr[contains(., '" + marker + "')]//button[contains(@id, ':review')]"));
            admin.awaitText("What it will do (edit before approving)");
            admin.type("decisionForm:editedInput", "Send the spring newsletter to the VIP list only " + marker);
            admin.type("decisionForm:note", "VIPs first");
            admin.click("decisionForm:approve");
            admin.awaitText("Approved: the task for");
            By row = By.xpath("//form[@id='tasks']//tr[contains(., '" + marker + "')]");
            // the task list refreshes itself every 2 s
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).ignoreExceptions()
                    .untilAsserted(() -> assertThat(admin.visible(row).getText()).contains("SUCCEEDED"));
            assertThat(admin.visible(row).getText()).contains("VIP list only").doesNotContain("all subscribers");
            admin.screenshot("agents-task-succeeded", By.id("tasks"));
        }
    }

    @Test
    void anAdministratorConfiguresAnAgentRunsATaskAManagerApprovesItItSucceedsThenTheCatalogueIsRestored() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        try (Browser admin = new Browser()) {
            admin.signIn("admin@coreldove.com", Api.DEMO_PASSWORD);
            admin.awaitText("Users of CorelDove");
            admin.open("/agents/index.xhtml");
            filterCatalogue(admin, "Mailchimp");
            admin.click(By.xpath("//tr[contains(., 'Mailchimp Unified Agent')]//*[contains(@id, ':configure')]"));
            admin.awaitText("as catalogued (version 0)");
            admin.awaitText("No version saved yet");

            // configure: a prompt of its own, one tool fewer; sending stays, so its sending still waits for approval
            admin.type("editor:prompt", "You write newsletters for {{tenant}}. Keep them under 150 words. " + marker);
            admin.click(By.xpath("//label[text()='mailchimp_update_member']"));
            admin.awaitText("Its calls of mailchimp_send_campaign wait for approval");
            admin.type("editor:note", "shorter newsletters " + marker);
            admin.click("editor:save");
            admin.awaitText("Saved as version 1");
            admin.awaitText("version 1 in force");
            admin.awaitText("shorter newsletters " + marker);

            // the version against the catalogue's definition, side by side
            admin.click("historyForm:compareCatalogue");
            admin.awaitText("Two versions side by side");
            WebElement diff = admin.visible(By.id("diffForm"));
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() ->
                    assertThat(diff.getText()).contains("Keep them under 150 words. " + marker, "mailchimp_update_member"));
            admin.script("PF('diff').hide()");

            // run a task with it, approve it, see it succeed
            admin.open("/agents/index.xhtml");
            filterCatalogue(admin, "Mailchimp");
            admin.awaitText("version 1");
            admin.click(By.xpath("//tr[contains(., 'Mailchimp Unified Agent')]//button[contains(@id, ':choose')]"));
            admin.awaitText("What should it do?");
            admin.type("runForm:input", "Send the May newsletter to the shop's audience " + marker);
            // the one tool call it is to make, with its arguments
            choose(admin, "runTool", "mailchimp_send_campaign");
            admin.type("runForm:arguments", "{\"to\": \"audience-1\", \"subject\": \"May\", \"message\": \"May news " + marker + "\"}");
            admin.click("runForm:run");
            admin.awaitText("waits for approval");
            By waiting = By.xpath("//form[@id='approvals']//tr[contains(., '" + marker + "')]");
            assertThat(admin.visible(waiting).getText()).contains("mailchimp_send_campaign", "audience-1");
            // the one who asked for it cannot approve it (the inbox says so): a manager decides, editing the audience
            assertThat(admin.visible(waiting).getText()).contains("asked by you");
            try (Browser manager = new Browser()) {
                manager.signIn("manager@coreldove.com", Api.DEMO_PASSWORD);
                manager.awaitText("Welcome");
                manager.open("/agents/index.xhtml");
                manager.click(By.xpath("//form[@id='approvals']//tr[contains(., '" + marker + "')]//button[contains(@id, ':review')]"));
                manager.awaitText("What it will do (edit before approving)");
                manager.type("decisionForm:editedArguments", "{\"to\": \"audience-vip\", \"subject\": \"May\", \"message\": \"May news " + marker + "\"}");
                manager.click("decisionForm:approve");
                manager.awaitText("Approved: the task for");
            }
            By row = By.xpath("//form[@id='tasks']//tr[contains(., '" + marker + "')]");
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).ignoreExceptions()
                    .untilAsserted(() -> assertThat(admin.visible(row).getText()).contains("SUCCEEDED", "mailchimp_send_campaign", "sandbox", "DONE"));
            assertThat(admin.visible(row).getText()).contains("audience-vip").doesNotContain("audience-1");

            // and back to the catalogue's definition, as a new version, after a confirmation
            admin.click(By.xpath("//tr[contains(., 'Mailchimp Unified Agent')]//*[contains(@id, ':configure')]"));
            admin.awaitText("version 1 in force");
            admin.click("historyForm:restoreCatalogue");
            admin.awaitText("Restore the catalogue's definition?");
            admin.click("historyForm:confirmYes");
            admin.awaitText("Version 0 restored as version 2");
            admin.awaitText("version 2 in force");
            assertThat(admin.text()).contains("restores version 0");
        }
    }

    @Test
    void anAdministratorAddsAnAlertRuleSeesItFireOnTheAgentsPageAndAcknowledgesIt() throws Exception {
        // a failed task of CorelDove's: the day's model budget is 0 while it runs
        Api api = Api.arquillianServer().signedInAs("admin@coreldove.com");
        String agent = api.get("api/v1/agents?integration=Google%20Analytics&size=10").json().getJsonArray("items")
                .getValuesAs(jakarta.json.JsonObject.class).stream().filter(a -> !a.getBoolean("requiresApproval"))
                .findFirst().orElseThrow().getString("id");
        assertThat(api.put("api/v1/llm/budget", "{\"dailyUsd\": 0, \"monthlyUsd\": 100}").status()).isEqualTo(200);
        try {
            String task = api.postJson("api/v1/agents/" + agent + "/tasks", "{\"input\": \"Weekly traffic report\"}").json().getString("id");
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() ->
                    api.get("api/v1/agents/tasks/" + task).json().getString("state").equals("FAILED"));
        } finally {
            api.put("api/v1/llm/budget", "{\"dailyUsd\": null, \"monthlyUsd\": null}");
        }
        String rule = "Any failure " + UUID.randomUUID().toString().substring(0, 6);
        try (Browser admin = new Browser()) {
            admin.signIn("admin@coreldove.com", Api.DEMO_PASSWORD);
            admin.awaitText("Users of CorelDove");
            admin.open("/agents/index.xhtml");
            admin.awaitText("Alert rules");
            admin.visible(By.cssSelector("[id='tasks:monitoringChart'] canvas"));
            admin.click("rules:addRule");
            admin.awaitText("Add an alert rule");
            admin.type("ruleForm:ruleName", rule);
            choose(admin, "ruleMetric", "FAILURES_AT_LEAST");
            // the threshold follows the metric (3 failures)…
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() ->
                    assertThat(String.valueOf(admin.script("return document.getElementById('ruleForm:ruleThreshold_input').value")))
                            .isEqualTo("3.00"));
            // …and is set to 1, as is the number of tasks it needs
            admin.script("PF('ruleThreshold').setValue(1); PF('ruleMinTasks').setValue(1)");
            admin.click("ruleForm:createRule");
            admin.awaitText("Alert rule created: " + rule);
            // the page's live part shows the alert once the rule's next check fired it
            By banner = By.xpath("//div[contains(@class, 'alert-banner') and contains(., '" + rule + "')]");
            assertThat(admin.visible(banner).getText()).contains("tasks failed");
            admin.click(By.xpath("//div[contains(@class, 'alert-banner') and contains(., '" + rule + "')]//button"));
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).ignoreExceptions().untilAsserted(() ->
                    assertThat(admin.visible(banner).getText()).contains("acknowledged by admin@coreldove.com"));
            admin.click(By.xpath("//form[@id='rules']//tr[contains(., '" + rule + "')]//button[contains(@id, ':deleteRule')]"));
            admin.awaitText("Delete the rule " + rule + "?");
            admin.click("confirmForm:confirmYes");
            admin.awaitText("Alert rule deleted: " + rule);
        }
    }

    @Test
    void theSuperAdminRevisesACatalogueEntryFromTheAgentsPage() throws Exception {
        Api api = Api.arquillianServer().signedInAs("admin@bizoholic.com");
        jakarta.json.JsonObject entry = api.get("api/v1/agents?integration=Together%20AI&size=10").json().getJsonArray("items").getJsonObject(0);
        String goal = "Run open models for overnight bulk jobs " + UUID.randomUUID().toString().substring(0, 6);
        try (Browser superAdmin = new Browser()) {
            superAdmin.signIn("admin@bizoholic.com", Api.DEMO_PASSWORD);
            superAdmin.awaitText("Welcome");
            superAdmin.open("/agents/configure.xhtml?agent=" + entry.getString("id"));
            superAdmin.awaitText("Catalogue entry — for every organisation (super-admin)");
            superAdmin.click(By.cssSelector("[id='catalogueForm'] .ui-fieldset-legend"));
            superAdmin.type("catalogueForm:catalogueGoal", goal);
            superAdmin.click("catalogueForm:reviseCatalogue");
            superAdmin.awaitText("Revise this agent for every organisation?");
            superAdmin.click("historyForm:confirmYes");
            superAdmin.awaitText("Catalogue entry revised for every organisation");
            superAdmin.awaitText(goal);
        } finally {
            api.put("api/v1/agents/" + entry.getString("id"), "{\"goal\": " + jakarta.json.Json.createValue(entry.getString("goal")) + "}");
        }
        assertThat(api.get("api/v1/audit?size=100").body()).contains("agent.catalogue.revised");
    }

    /**
     * Picks a value of a PrimeFaces select menu through its widget — as a change by the user, so its ajax behaviour
     * runs — and waits for that request. (Clicking the overlay list races its opening animation.)
     */
    private static void choose(Browser browser, String widgetVar, String value) {
        browser.script("const menu = PF(arguments[0]); menu.selectValue(arguments[1]); menu.triggerChange();", widgetVar, value);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .until(() -> Boolean.TRUE.equals(browser.script("return PrimeFaces.ajax.Queue.isEmpty();")));
    }

    /**
     * Filters the agent catalogue by name and waits until every row matches and no request is under way: the
     * filter applies while one types, so rows of a shorter prefix can show for a moment, and a button clicked
     * then would act on a different row than the one the server now has at that index.
     */
    private static void filterCatalogue(Browser browser, String name) {
        browser.type("catalogue:table:name:filter", name);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).pollInterval(java.time.Duration.ofMillis(200))
                .until(() -> Boolean.TRUE.equals(browser.script("""
                        const rows = Array.from(document.querySelectorAll('[id="catalogue:table_data"] > tr'));
                        return PrimeFaces.ajax.Queue.isEmpty() && rows.length > 0
                            && rows.every(r => r.innerText.toLowerCase().includes(arguments[0].toLowerCase()));
                        """, name)));
    }

    private static UUID tenantId(String slug) throws Exception {
        try (Connection db = TestEnvironment.asSuperuser();
             PreparedStatement query = db.prepareStatement("select id from bizosaas.tenant where slug = ?")) {
            query.setString(1, slug);
            try (ResultSet rows = query.executeQuery()) {
                assertThat(rows.next()).as("tenant " + slug).isTrue();
                return rows.getObject(1, UUID.class);
            }
        }
    }

    private static String budgetOf(UUID tenant) throws Exception {
        try (Connection db = TestEnvironment.asSuperuser();
             PreparedStatement query = db.prepareStatement("select daily_usd from bizosaas.model_budget where tenant_id = ?")) {
            query.setObject(1, tenant);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? String.valueOf(rows.getBigDecimal(1)) : "none";
            }
        }
    }

    @Test
    void aManagerRunsAnAgentFromTheCatalogueAndSeesItsTaskSucceed() throws Exception {
        try (Browser manager = new Browser()) {
            manager.signIn("manager@coreldove.com", Api.DEMO_PASSWORD);
            manager.awaitText("Welcome");
            manager.open("/agents/index.xhtml");
            manager.awaitText("Agents");
            filterCatalogue(manager, "HubSpot Analytics");
            manager.click(By.cssSelector("[id$=':choose']"));
            manager.awaitText("What should it do?");
            String marker = "Summarise: refunds rose in May. Disputes fell. " + UUID.randomUUID().toString().substring(0, 8);
            manager.type("runForm:input", marker);
            manager.click("runForm:run");
            manager.awaitText("Task queued for");
            manager.awaitRow(marker.substring(marker.length() - 8), "SUCCEEDED"); // this task, not any other
            assertThat(manager.text()).contains(marker.substring(marker.length() - 8));
            manager.awaitText("All agents"); // the monitoring table counts it
            assertThat(manager.text()).contains("HubSpot Analytics Agent", "Monitoring, last 7 days");
        }
    }

    @Test
    void anAdministratorWritesAWorkflowRunsItAManagerApprovesItsGateAndItSucceeds() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        try (Browser admin = new Browser()) {
            admin.signIn("admin@coreldove.com", Api.DEMO_PASSWORD);
            admin.awaitText("Users of CorelDove");
            admin.open("/workflows/index.xhtml");
            admin.awaitText("Lead follow-up"); // the tier's templates
            admin.click("definitions:new");
            admin.awaitText("How steps are written");

            // two agents side by side, a gate after both, then a last task quoting the first
            admin.type("editor:name", "Launch check " + marker);
            admin.type("editor:definition", """
                    {"steps": [
                      {"id": "leads", "type": "task", "agent": "hubspot-analytics", "input": "Which leads for {{input}}?"},
                      {"id": "stats", "type": "task", "agent": "sendgrid-analytics", "input": "Email figures for {{input}}"},
                      {"id": "review", "type": "approval", "after": ["leads", "stats"]},
                      {"id": "plan", "type": "task", "agent": "google-analytics-analytics", "after": ["review"],
                       "input": "Plan from {{steps.leads.result}}"}
                    ]}""");
            admin.click("editor:check");
            admin.awaitText("The definition is valid: 4 steps");
            assertThat(admin.pageSource()).contains("data-from=\"stats\" data-to=\"review\"");
            admin.click("editor:save");
            admin.awaitText("Saved \"Launch check " + marker + "\"");

            admin.open("/workflows/index.xhtml");
            admin.click(By.xpath("//form[@id='definitions']//tr[contains(., '" + marker + "')]//button[contains(@id, ':choose')]"));
            admin.awaitText("What is this run about?");
            admin.type("runForm:input", "the spring sale " + marker);
            admin.click("runForm:run");
            admin.awaitText("Run of \"Launch check " + marker + "\" started");
            admin.awaitText("AWAITING_APPROVAL"); // the page follows the run without a reload
            admin.open("/workflows/index.xhtml"); // the gate is listed with the others waiting for a decision
            admin.click(By.xpath("//form[@id='gates']//tr[contains(., 'the spring sale " + marker + "')]//a"));
            admin.awaitText("Cancel the run");
            assertThat(admin.text()).contains("“the spring sale " + marker + "”");
            assertThat(admin.pageSource()).contains("data-step=\"review\" data-state=\"AWAITING_APPROVAL\"",
                    "data-step=\"leads\" data-state=\"SUCCEEDED\"", "data-step=\"stats\" data-state=\"SUCCEEDED\"");
            admin.screenshot("workflow-run-at-gate");
            // the one who started the run cannot approve its gate: the page says so, and a manager decides
            admin.click(By.xpath("//button[contains(@id, ':approve')]"));
            admin.awaitText("lets the run go on");
            admin.click("approveForm:confirmApprove");
            admin.awaitText("the one who started a run cannot approve its gates");
            admin.script("PF('approve').hide()");
            String runPage = (String) admin.script("return location.pathname + location.search;");
            try (Browser manager = new Browser()) {
                manager.signIn("manager@coreldove.com", Api.DEMO_PASSWORD);
                manager.awaitText("Welcome");
                manager.open(runPage);
                manager.awaitText("Cancel the run");
                manager.click(By.xpath("//button[contains(@id, ':approve')]"));
                manager.awaitText("lets the run go on");
                manager.type("approveForm:note", "go ahead " + marker);
                manager.click("approveForm:confirmApprove");
                manager.awaitText("Step review approved");
            }
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).ignoreExceptions().untilAsserted(() ->
                    assertThat(admin.visible(By.id("live:state")).getText()).isEqualTo("SUCCEEDED"));
            assertThat(admin.pageSource()).contains("data-step=\"plan\" data-state=\"SUCCEEDED\"");
            assertThat(admin.text()).contains("approved by manager@coreldove.com: go ahead " + marker);

            // run it again with the same input: a new run, which waits at its own gate
            String firstRun = (String) admin.script("return new URLSearchParams(location.search).get('run');");
            admin.click("live:again");
            admin.awaitText("started again with the same input");
            admin.awaitText("AWAITING_APPROVAL");
            String secondRun = (String) admin.script("return new URLSearchParams(location.search).get('run');");
            assertThat(secondRun).isNotBlank().isNotEqualTo(firstRun);
            assertThat(admin.text()).contains("“the spring sale " + marker + "”");

            // the runs list narrowed to this workflow: exactly its two runs, not another workflow's
            Api corelDove = Api.arquillianServer().signedInAs("admin@coreldove.com");
            String other = corelDove.postJson("api/v1/workflows", "{\"name\": \"Other " + marker + "\", \"definition\":"
                    + " {\"steps\": [{\"id\": \"wait\", \"type\": \"approval\"}]}}").json().getString("id");
            String otherRun = corelDove.postJson("api/v1/workflows/" + other + "/runs", "{\"input\": \"another " + marker + "\"}")
                    .json().getString("id");
            admin.open("/workflows/index.xhtml");
            admin.awaitText("Every workflow");
            admin.awaitText("another " + marker); // the other workflow's run, listed with every workflow's
            String workflowId = (String) admin.script("return [...document.querySelectorAll('select[id$=\"runs:of_input\"] option')]"
                    + ".find(o => o.text === arguments[0]).value;", "Launch check " + marker);
            choose(admin, "runsOf", workflowId);
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).ignoreExceptions().untilAsserted(() -> {
                List<String> rows = admin.texts(By.xpath("//form[@id='runs']//tbody/tr"));
                assertThat(rows).hasSize(2).allSatisfy(row -> assertThat(row).contains("Launch check " + marker));
                assertThat(String.join("\n", rows)).contains("SUCCEEDED", "RUNNING");
            });
            corelDove.postJson("api/v1/workflows/runs/" + secondRun + "/cancel", "");
            corelDove.postJson("api/v1/workflows/runs/" + otherRun + "/cancel", "");

            // another organisation's workflow and run, forged into the view parameters, show nothing of them
            Api quantTrade = Api.arquillianServer().signedInAs("admin@quanttrade.com");
            String theirs = quantTrade.postJson("api/v1/workflows", "{\"name\": \"Private " + marker + "\", \"definition\":"
                    + " {\"steps\": [{\"id\": \"private-gate\", \"type\": \"approval\"}]}}").json().getString("id");
            String theirRun = quantTrade.postJson("api/v1/workflows/" + theirs + "/runs", "{\"input\": \"secret plan " + marker + "\"}")
                    .json().getString("id");
            admin.open("/workflows/edit.xhtml?workflow=" + theirs);
            admin.awaitText("No such workflow in this organisation");
            admin.open("/workflows/run.xhtml?run=" + theirRun);
            admin.awaitText("No such run in this organisation");
            assertThat(admin.pageSource()).doesNotContain("Private " + marker).doesNotContain("secret plan").doesNotContain("private-gate");
            quantTrade.postJson("api/v1/workflows/runs/" + theirRun + "/cancel", "");
        }
    }
}
