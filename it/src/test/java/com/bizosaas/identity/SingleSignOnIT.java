package com.bizosaas.identity;

import com.bizosaas.fake.FakeOidcProvider;
import com.bizosaas.it.Api;
import com.bizosaas.it.Browser;
import com.bizosaas.it.Cli;
import com.bizosaas.it.Deployments;
import com.bizosaas.it.TestEnvironment;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Single sign-on, the optional way in: the operators' {@code wildfly-config/oidc.cli} points WildFly's
 * elytron-oidc-client at an OpenID Connect provider (a fake speaking the protocol: discovery, signing keys, the
 * authorization code flow, RS256 tokens), the EAR is deployed, and in a real browser "Sign in with single sign-on"
 * goes to the provider and back, signed in as the platform's account of the address the provider vouched for; an
 * address with no account here is refused on the sign-in page; the sign-in is audited. {@code oidc-remove.cli}
 * then turns it off again, so the suite's other classes see the platform as it ships.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SingleSignOnIT {

    private static final String DEPLOYMENT = "sso";

    @ArquillianResource
    Deployer deployer;

    @Deployment(name = DEPLOYMENT, managed = false, testable = false)
    static EnterpriseArchive ear() {
        return Deployments.builtEar();
    }

    @Test
    void theProviderVouchesForAnAddressAndItsAccountIsSignedIn() throws Exception {
        try (FakeOidcProvider provider = new FakeOidcProvider().start()) {
            cli("oidc.cli", "-Doidc.provider.url=" + provider.issuer(), "-Doidc.client.id=" + FakeOidcProvider.CLIENT_ID,
                    "-Doidc.client.secret=" + FakeOidcProvider.CLIENT_SECRET);
            deployer.deploy(DEPLOYMENT);
            try (Browser browser = new Browser()) {
                provider.signInAs("manager@coreldove.com");
                browser.open("/login.xhtml");
                browser.click("ssoLogin");
                browser.awaitText("CorelDove Manager · MANAGER");
                assertThat(provider.tokensIssued()).isEqualTo(1);
                browser.click(By.id("account:signOut"));
                browser.awaitText("Sign in with single sign-on");

                provider.signInAs("stranger@elsewhere.example");
                browser.click("ssoLogin");
                browser.awaitText("Single sign-on refused: the identity provider vouched for an address that has no account here");
                assertThat(browser.text()).doesNotContain("MANAGER");

                // an address the provider has not verified signs nobody in, though it names an account here
                provider.signInAs("manager@coreldove.com", false);
                browser.click("ssoLogin");
                browser.awaitText("Single sign-on refused: the identity provider has not verified this email address");
                assertThat(browser.text()).doesNotContain("MANAGER");
            }
            assertThat(new Api(java.net.URI.create("http://127.0.0.1:" + (8080 + TestEnvironment.arquillianPortOffset()) + "/"))
                    .signedInAs("admin@coreldove.com").get("api/v1/audit?action=user.signed-in&size=100").body())
                    .contains("single sign-on through OpenID Connect");
        } finally {
            try {
                deployer.undeploy(DEPLOYMENT);
            } finally {
                cli("oidc-remove.cli");
            }
        }
    }

    private static void cli(String script, String... properties) throws Exception {
        Path wildfly = Deployments.projectDir().resolve("wildfly-config/target/wildfly");
        List<String> arguments = new java.util.ArrayList<>(List.of("--connect",
                "--controller=127.0.0.1:" + (9990 + TestEnvironment.arquillianPortOffset()), "--resolve-parameter-values",
                "--file=" + Deployments.projectDir().resolve("wildfly-config/" + script)));
        arguments.addAll(List.of(properties));
        Cli.run(wildfly, arguments);
    }
}
