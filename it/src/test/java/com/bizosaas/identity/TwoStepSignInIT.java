package com.bizosaas.identity;

import com.bizosaas.it.Api;
import com.bizosaas.it.AuthenticatorApp;
import com.bizosaas.it.Deployments;
import com.bizosaas.it.TestEnvironment;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two-step sign-in and the sign-in policy on the real server (issue 14 item 6): an authenticator set up and confirmed
 * with the app's code (computed here as a phone would), tokens then needing its code — a wrong or replayed code refused
 * with the attempts left, a recovery code working once; a policy requiring it of a role, which its users cannot turn
 * off and must set up; an administrator's reset; and a network allow-list that refuses the API from another address at
 * once (the test reaches the server from 127.0.0.2, another loopback address).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TwoStepSignInIT {

    private static final String PASSWORD = "Sturdy-Passw0rd!";

    private final Api anonymous = Api.arquillianServer();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.builtEar();
    }

    @Test
    void anAuthenticatorSetUpMakesTokensNeedItsCodeOnceEachAndRecoveryCodesWorkOnce() {
        Api.Onboarded tenant = onboarded("twostep");
        Api admin = tenant.admin();
        assertThat(admin.get("api/v1/me/two-step").json().getBoolean("enrolled")).isFalse();

        Api.Reply begun = admin.postJson("api/v1/me/two-step", "");
        assertThat(begun.status()).as(begun.body()).isEqualTo(201);
        String secret = begun.json().getString("secret");
        assertThat(begun.json().getString("otpauthUri")).startsWith("otpauth://totp/BizOSaaS:")
                .contains("secret=" + secret, "issuer=BizOSaaS", tenant.slug());
        AuthenticatorApp phone = new AuthenticatorApp(secret);

        Api.Reply wrong = admin.postJson("api/v1/me/two-step/confirm", Api.jsonObject("code", wrongCode(phone)));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body()).contains("code");
        assertThat(admin.get("api/v1/me/two-step").json().getBoolean("enrolled")).as("a wrong code turns nothing on").isFalse();

        String confirmingCode = phone.code(0);
        Api.Reply confirmed = admin.postJson("api/v1/me/two-step/confirm", Api.jsonObject("code", confirmingCode));
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        List<String> recoveryCodes = confirmed.json().getJsonArray("recoveryCodes").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList();
        assertThat(recoveryCodes).hasSize(10).doesNotHaveDuplicates();
        assertThat(admin.get("api/v1/me/two-step").json().getInt("recoveryCodesLeft")).isEqualTo(10);

        // the password alone no longer gets a token: the answer says a code is needed, as a type a front end can switch on
        Api.Reply passwordOnly = anonymous.postJson("api/v1/auth/token", credentials(tenant, null));
        assertThat(passwordOnly.status()).isEqualTo(401);
        assertThat(passwordOnly.contentType()).startsWith("application/problem+json");
        assertThat(passwordOnly.json().getString("type")).endsWith("/two-step-required");

        Api.Reply wrongCode = anonymous.postJson("api/v1/auth/token", credentials(tenant, wrongCode(phone)));
        assertThat(wrongCode.status()).isEqualTo(401);
        assertThat(wrongCode.json().getString("detail")).contains("4 attempts left");
        Api.Reply replayed = anonymous.postJson("api/v1/auth/token", credentials(tenant, confirmingCode));
        assertThat(replayed.status()).as("the code that confirmed the app is spent").isEqualTo(401);
        assertThat(replayed.json().getString("detail")).contains("3 attempts left");

        Api.Reply withCode = anonymous.postJson("api/v1/auth/token", credentials(tenant, phone.code(1)));
        assertThat(withCode.status()).as(withCode.body()).isEqualTo(200);

        String recovery = recoveryCodes.get(3).toUpperCase().replace("-", " ");
        assertThat(anonymous.postJson("api/v1/auth/token", credentials(tenant, recovery)).status()).isEqualTo(200);
        assertThat(anonymous.postJson("api/v1/auth/token", credentials(tenant, recovery)).status())
                .as("a recovery code works once").isEqualTo(401);
        assertThat(admin.get("api/v1/me/two-step").json().getInt("recoveryCodesLeft")).isEqualTo(9);

        String audit = admin.get("api/v1/audit?size=100").body();
        assertThat(audit).contains("user.two-step-enrolled", "user.recovery-code-used", "wrong code", "a code already used");
        assertThat(audit).doesNotContain(secret).doesNotContain(recoveryCodes.get(3));
    }

    @Test
    void aPolicyRequiringItOfARoleKeepsItOnAndMakesItsUsersSetItUpAnAdministratorResetsIt() {
        Api.Onboarded tenant = onboarded("mfapolicy");
        Api admin = tenant.admin();
        String managerEmail = "manager@" + tenant.slug() + ".test";
        assertThat(admin.postJson("api/v1/users", Api.jsonObject("email", managerEmail, "displayName", "Manager",
                "role", "MANAGER", "password", PASSWORD)).status()).isEqualTo(201);
        Api manager = anonymous.signedInAs(managerEmail, PASSWORD);
        AuthenticatorApp phone = new AuthenticatorApp(manager.postJson("api/v1/me/two-step", "").json().getString("secret"));
        assertThat(manager.postJson("api/v1/me/two-step/confirm", Api.jsonObject("code", phone.code(0))).status()).isEqualTo(200);

        Api.Reply policy = admin.put("api/v1/sign-in-policy", "{\"twoStepRoles\": [\"MANAGER\"]}");
        assertThat(policy.status()).as(policy.body()).isEqualTo(200);
        assertThat(policy.json().getJsonArray("twoStepRoles").getString(0)).isEqualTo("MANAGER");
        assertThat(manager.get("api/v1/me/two-step").json().getBoolean("requiredForYourRole")).isTrue();

        Api.Reply off = manager.postJson("api/v1/me/two-step/removal", Api.jsonObject("code", phone.code(1)));
        assertThat(off.status()).as("required of managers: it stays on").isEqualTo(409);
        assertThat(manager.get("api/v1/me/two-step").json().getBoolean("enrolled")).isTrue();

        String managerId = manager.get("api/v1/me").json().getString("id");
        String adminId = admin.get("api/v1/me").json().getString("id");
        assertThat(manager.postJson("api/v1/users/" + adminId + "/two-step/reset", "").status())
                .as("a manager resets nobody's").isEqualTo(403);
        assertThat(admin.postJson("api/v1/users/" + adminId + "/two-step/reset", "").status())
                .as("nobody resets their own").isEqualTo(409);
        assertThat(admin.postJson("api/v1/users/" + managerId + "/two-step/reset", "").status()).isEqualTo(204);

        // reset, and required: the password proves who it is, and the answer is to set it up first
        Api.Reply mustEnrol = anonymous.postJson("api/v1/auth/token",
                Api.jsonObject("email", managerEmail, "password", PASSWORD));
        assertThat(mustEnrol.status()).isEqualTo(403);
        assertThat(mustEnrol.json().getString("detail")).contains("requires two-step sign-in");
        // another tenant's administrator cannot reach this tenant's user
        Api other = anonymous.signedInAs("admin@coreldove.com");
        assertThat(other.postJson("api/v1/users/" + managerId + "/two-step/reset", "").status()).isEqualTo(404);
        assertThat(admin.get("api/v1/audit?size=100&action=user.two-step-reset").body()).contains(managerId);
    }

    @Test
    void aPolicyThatCannotBeKeptIsRefusedByFieldAndChangesNothing() {
        Api.Onboarded tenant = onboarded("badpolicy");
        Api admin = tenant.admin();
        JsonObject before = admin.get("api/v1/sign-in-policy").json();
        assertThat(before.getString("idleTimeout")).isEqualTo("PT30M");
        assertThat(before.getJsonArray("allowedNetworks")).isEmpty();

        assertRefused(admin.put("api/v1/sign-in-policy", "{\"idleTimeout\": \"30 minutes\"}"), 400, "idleTimeout");
        assertRefused(admin.put("api/v1/sign-in-policy", "{\"idleTimeout\": \"PT13H\"}"), 400, "idleTimeout");
        assertRefused(admin.put("api/v1/sign-in-policy", "{\"idleTimeout\": \"PT0S\"}"), 400, "idleTimeout");
        assertRefused(admin.put("api/v1/sign-in-policy", "{\"twoStepRoles\": [\"OWNER\"]}"), 400, "twoStepRoles");
        assertRefused(admin.put("api/v1/sign-in-policy", "{\"allowedNetworks\": [\"office\"]}"), 400, "allowedNetworks");
        assertRefused(admin.put("api/v1/sign-in-policy", "{\"allowedNetworks\": [\"10.0.0.0/33\"]}"), 400, "allowedNetworks");
        Api.Reply shutOut = admin.put("api/v1/sign-in-policy", "{\"allowedNetworks\": [\"203.0.113.0/24\"]}");
        assertRefused(shutOut, 409, "allowedNetworks");
        assertThat(shutOut.json().getString("detail")).contains("shut you out", "127.0.0.1");

        assertThat(admin.get("api/v1/sign-in-policy").json()).as("nothing changed").isEqualTo(before);
        Api manager = managerOf(tenant);
        assertThat(manager.put("api/v1/sign-in-policy", "{\"idleTimeout\": \"PT10M\"}").status()).isEqualTo(403);
        assertThat(admin.get("api/v1/audit?size=100&action=access.refused").body()).as("the refusal is on the trail")
                .contains("SignInPolicies.change", manager.get("api/v1/me").json().getString("email"), "MANAGER is not among");
    }

    @Test
    void anAllowListRefusesTheApiAndSignInFromOtherAddressesAtOnce() throws IOException {
        Api.Onboarded tenant = onboarded("allowlist");
        Api admin = tenant.admin();
        assertThat(fromAnotherAddress("GET", "api/v1/me", admin.token(), null)).startsWith("200");

        Api.Reply listed = admin.put("api/v1/sign-in-policy", "{\"allowedNetworks\": [\"127.0.0.1/32\", \"10.0.0.0/8\"]}");
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        // the token was used from 127.0.0.2 a moment ago, and is remembered as live: the policy still applies at once
        String refused = fromAnotherAddress("GET", "api/v1/me", admin.token(), null);
        assertThat(refused).startsWith("403").contains("own networks");
        assertThat(admin.get("api/v1/me").status()).as("the allowed address goes on").isEqualTo(200);
        String signIn = fromAnotherAddress("POST", "api/v1/auth/token", null, credentials(tenant, null));
        assertThat(signIn).startsWith("401").contains("only from its own networks");
        // another tenant's users are not concerned
        assertThat(fromAnotherAddress("GET", "api/v1/me", anonymous.signedInAs("admin@coreldove.com").token(), null))
                .startsWith("200");

        assertThat(admin.put("api/v1/sign-in-policy", "{\"allowedNetworks\": []}").status()).isEqualTo(200);
        assertThat(fromAnotherAddress("GET", "api/v1/me", admin.token(), null)).startsWith("200");
    }

    private Api.Onboarded onboarded(String prefix) {
        return anonymous.signedInAs("admin@bizoholic.com").onboard(prefix, "TIER_2", PASSWORD);
    }

    private Api managerOf(Api.Onboarded tenant) {
        String email = "m." + UUID.randomUUID().toString().substring(0, 6) + "@" + tenant.slug() + ".test";
        assertThat(tenant.admin().postJson("api/v1/users", Api.jsonObject("email", email, "displayName", "Manager",
                "role", "MANAGER", "password", PASSWORD)).status()).isEqualTo(201);
        return anonymous.signedInAs(email, PASSWORD);
    }

    private static String credentials(Api.Onboarded tenant, String code) {
        return code == null ? Api.jsonObject("email", tenant.adminEmail(), "password", PASSWORD)
                : Api.jsonObject("email", tenant.adminEmail(), "password", PASSWORD, "code", code);
    }

    /** Six digits that are none of the codes the server would accept now. */
    private static String wrongCode(AuthenticatorApp phone) {
        List<String> accepted = List.of(phone.code(-1), phone.code(0), phone.code(1), phone.code(2));
        for (int n = 0; ; n++) {
            String candidate = String.format("%06d", n);
            if (!accepted.contains(candidate)) {
                return candidate;
            }
        }
    }

    private static void assertRefused(Api.Reply reply, int status, String field) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.body()).contains("\"" + field + "\"");
    }

    /**
     * A request to the server from 127.0.0.2, another address of this machine's loopback: what the server sees as a
     * client on another network. HTTP/1.1 by hand, because Java 17's HttpClient cannot choose its source address.
     * Answers the status line's code and the body.
     */
    private static String fromAnotherAddress(String method, String path, String token, String json) throws IOException {
        int port = 8080 + TestEnvironment.arquillianPortOffset();
        byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.2"), 0));
            socket.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 10_000);
            socket.setSoTimeout(30_000);
            String head = method + " /" + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAccept: application/json\r\n"
                    + (token == null ? "" : "Authorization: Bearer " + token + "\r\n")
                    + (json == null ? "" : "Content-Type: application/json\r\n")
                    + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String status = answer.substring(answer.indexOf(' ') + 1, answer.indexOf(' ') + 4);
            return status + " " + answer.substring(answer.indexOf("\r\n\r\n") + 4);
        }
    }
}
