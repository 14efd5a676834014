package com.bizosaas.console;

import com.bizosaas.it.Api;
import com.bizosaas.it.Browser;
import com.bizosaas.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The consoles' pages are default-deny: every page in the webapp folder — read from the folder, so a page added
 * tomorrow is covered — sends a visitor who is not signed in to the sign-in page, but for the two that are open;
 * a page no domain declared is refused even to the super-admin; pages that moved under their domain's folder
 * redirect from their old address, query and all.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsolePagesIT {

    private static final Set<String> OPEN = Set.of("/login.xhtml", "/invitation.xhtml");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.builtEar();
    }

    @Test
    void everyAnswerCarriesTheBrowserHardeningHeaders() {
        Api anonymous = Api.arquillianServer();
        for (Api.Reply reply : List.of(anonymous.get("login.xhtml"), anonymous.get("api/v1/platform/status"),
                anonymous.signedInAs("admin@coreldove.com").get("api/v1/agents?size=1"))) {
            // no page of the consoles may be framed by another site (clickjacking), nor load plugins or rebase links
            assertThat(reply.header("Content-Security-Policy")).as(reply.body())
                    .contains("frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'");
            assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(reply.header("Referrer-Policy")).isEqualTo("same-origin");
            // over plain HTTP (here) there is no HSTS; over HTTPS the same handler adds it, and cookies become Secure
            assertThat(reply.header("Strict-Transport-Security")).isNull();
        }
    }

    @Test
    void aPageRunsOnlyTheScriptsItsResponseVouchesFor() {
        Api.Reply login = Api.arquillianServer().get("login.xhtml");
        // PrimeFaces' CSP mode: one policy allows this origin's files and the scripts carrying this response's nonce
        String policy = String.join("; ", login.headers().allValues("Content-Security-Policy"));
        java.util.regex.Matcher nonce = java.util.regex.Pattern.compile("script-src 'self' 'nonce-([^']+)'").matcher(policy);
        assertThat(nonce.find()).as(policy).isTrue();
        assertThat(policy).doesNotContain("unsafe-inline", "unsafe-eval");
        java.util.regex.Matcher inline = java.util.regex.Pattern.compile("<script(?![^>]*\\bsrc=)([^>]*)>").matcher(login.body());
        int scripts = 0;
        while (inline.find()) {
            scripts++;
            assertThat(inline.group(1)).as("an inline script without the nonce would not run").contains("nonce=\"" + nonce.group(1) + "\"");
        }
        assertThat(scripts).as("the page's own scripts are inline, nonce'd").isPositive();
        assertThat(login.body()).as("no inline event handler (it would need 'unsafe-inline')")
                .doesNotContainPattern("<[a-z]+[^>]*\\son(click|change|submit|load|keyup|keydown)=");
        assertThat(Api.arquillianServer().get("login.xhtml").headers().allValues("Content-Security-Policy").toString())
                .as("a nonce serves one response").doesNotContain(nonce.group(1));
    }

    @Test
    void everyPageButSignInAndInvitationSendsAnAnonymousVisitorToSignIn() throws IOException {
        List<String> pages = webappPages();
        assertThat(pages).contains("/index.xhtml", "/agents/index.xhtml", "/tenancy/tenants.xhtml", "/error/forbidden.xhtml");
        try (Browser browser = new Browser()) {
            for (String page : pages) {
                browser.open(page);
                assertThat(browser.path()).as(page).isEqualTo(OPEN.contains(page) ? page : "/login.xhtml");
            }
            for (String old : List.of("/admin/tenants.xhtml", "/tenant/users.xhtml")) {
                browser.open(old);
                assertThat(browser.path()).as(old).isEqualTo("/login.xhtml");
            }
        }
    }

    @Test
    void oldAddressesRedirectAndUndeclaredPagesAreRefused() throws IOException {
        try (Browser browser = new Browser()) {
            browser.signIn("admin@bizoholic.com", Api.DEMO_PASSWORD);
            browser.awaitText("Welcome, Bizoholic Admin");
            for (var moved : List.of(List.of("/admin/tenants.xhtml", "/tenancy/tenants.xhtml"),
                    List.of("/admin/users.xhtml", "/identity/tenant-users.xhtml"), List.of("/admin/models.xhtml", "/llm/providers.xhtml"),
                    List.of("/tenant/users.xhtml", "/identity/users.xhtml"), List.of("/tenant/audit.xhtml", "/audit/trail.xhtml"),
                    List.of("/tenant/models.xhtml", "/llm/costs.xhtml"))) {
                browser.open(moved.get(0));
                assertThat(browser.path()).as(moved.get(0)).isEqualTo(moved.get(1));
            }
            browser.open("/tenant/models.xhtml?days=7");
            assertThat(browser.script("return location.pathname + location.search")).isEqualTo("/llm/costs.xhtml?days=7");

            // a page that exists but that no domain declares (the error pages are shown, never opened) is refused
            browser.open("/error/forbidden.xhtml");
            browser.awaitText("There is no page at this address");
        }
    }

    /** Every page of the webapp, as the address a browser asks for; the templates under WEB-INF are not pages. */
    private static List<String> webappPages() throws IOException {
        Path webapp = Deployments.projectDir().resolve("web/src/main/webapp");
        try (Stream<Path> files = Files.walk(webapp)) {
            return files.filter(f -> f.toString().endsWith(".xhtml"))
                    .map(f -> "/" + webapp.relativize(f).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("/WEB-INF/")).sorted().toList();
        }
    }
}
