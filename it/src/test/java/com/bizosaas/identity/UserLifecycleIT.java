package com.bizosaas.identity;

import com.bizosaas.it.Api;
import com.bizosaas.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A user's lifecycle (T2) on the real server: disabled and enabled again, another role, a password set by an
 * administrator and one changed by its user — each ends the user's API tokens at once (a token that was just used,
 * and so trusted for a while, included), is audited, and the rules hold: nobody acts on their own account, the
 * organisation keeps an active administrator, a manager or another tenant cannot, and the tier's user limit counts
 * open invitations.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UserLifecycleIT {

    private static final String PASSWORD = "Sturdy-Passw0rd!";

    private final Api anonymous = Api.arquillianServer();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.builtEar();
    }

    @Test
    void disablingAUserEndsTheirTokensAtOnceAndSignInUntilEnabled() {
        Api admin = anonymous.signedInAs("admin@coreldove.com");
        String email = newUser(admin, "MANAGER");
        Api user = anonymous.signedInAs(email, PASSWORD);
        assertThat(user.get("api/v1/me").status()).isEqualTo(200); // used: this node now trusts the token for a while
        String id = user.get("api/v1/me").json().getString("id");

        Api.Reply disabled = admin.postJson("api/v1/users/" + id + "/disable", "{}");
        assertThat(disabled.status()).as(disabled.body()).isEqualTo(200);
        assertThat(disabled.json().getBoolean("disabled")).isTrue();
        assertThat(user.get("api/v1/me").status()).as("the token ends at once").isEqualTo(401);
        Api.Reply refused = anonymous.postJson("api/v1/auth/token", Api.jsonObject("email", email, "password", PASSWORD));
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().getString("detail")).contains("disabled");
        // a wrong password still gets the one generic answer: "disabled" is said only to whoever proved the password
        assertThat(anonymous.postJson("api/v1/auth/token", Api.jsonObject("email", email, "password", "Not-The-One-1"))
                .json().getString("detail")).doesNotContain("disabled");

        assertThat(admin.postJson("api/v1/users/" + id + "/enable", "{}").json().getBoolean("disabled")).isFalse();
        assertThat(anonymous.signedInAs(email, PASSWORD).get("api/v1/me").status()).isEqualTo(200);
        assertThat(user.get("api/v1/me").status()).as("the old token stays ended").isEqualTo(401);
        assertThat(admin.get("api/v1/audit?size=100&action=user.disabled").body()).contains(id, "token(s) revoked");
        assertThat(admin.get("api/v1/audit?size=100&action=user.enabled").body()).contains(id);
    }

    @Test
    void anotherRoleOrAPasswordSetByAnAdministratorEndsTheUsersTokens() {
        Api admin = anonymous.signedInAs("admin@coreldove.com");
        String email = newUser(admin, "MANAGER");
        Api user = anonymous.signedInAs(email, PASSWORD);
        String id = user.get("api/v1/me").json().getString("id");

        Api.Reply demoted = admin.put("api/v1/users/" + id + "/role", "{\"role\": \"CLIENT\"}");
        assertThat(demoted.status()).as(demoted.body()).isEqualTo(200);
        assertThat(demoted.json().getString("role")).isEqualTo("CLIENT");
        assertThat(user.get("api/v1/me").status()).as("a token of the old role ends").isEqualTo(401);
        Api client = anonymous.signedInAs(email, PASSWORD);
        assertThat(client.get("api/v1/me").json().getString("role")).isEqualTo("CLIENT");
        assertThat(admin.get("api/v1/audit?size=100&action=user.role-changed").body()).contains("MANAGER → CLIENT");

        Api.Reply weak = admin.postJson("api/v1/users/" + id + "/password", "{\"password\": \"short\"}");
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.body()).contains("password");
        assertThat(client.get("api/v1/me").status()).as("a refused reset changes nothing").isEqualTo(200);
        String fresh = "Another-Sturdy-Passw0rd!";
        assertThat(admin.postJson("api/v1/users/" + id + "/password", Api.jsonObject("password", fresh)).status()).isEqualTo(200);
        assertThat(client.get("api/v1/me").status()).isEqualTo(401);
        assertThat(anonymous.postJson("api/v1/auth/token", Api.jsonObject("email", email, "password", PASSWORD)).status())
                .isEqualTo(401);
        assertThat(anonymous.signedInAs(email, fresh).get("api/v1/me").status()).isEqualTo(200);
        assertThat(admin.get("api/v1/audit?size=100&action=user.password-reset").body()).contains(id);

        // unknown roles and bodies are refused by field; another tenant's user reads as absent; a manager may not
        assertThat(admin.put("api/v1/users/" + id + "/role", "{\"role\": \"OWNER\"}").status()).isEqualTo(400);
        assertThat(admin.put("api/v1/users/" + id + "/role", "{\"role\": \"SUPER_ADMIN\"}").status()).isEqualTo(400);
        assertThat(anonymous.signedInAs("admin@quanttrade.com").postJson("api/v1/users/" + id + "/disable", "{}").status())
                .isEqualTo(404);
        assertThat(anonymous.signedInAs("manager@coreldove.com").postJson("api/v1/users/" + id + "/disable", "{}").status())
                .isEqualTo(403);
        assertThat(admin.get("api/v1/users/" + id).json().getBoolean("disabled")).isFalse();
    }

    @Test
    void aUserChangesTheirOwnPasswordWithTheCurrentOneAndEverySessionOfTheirsEnds() {
        Api admin = anonymous.signedInAs("admin@coreldove.com");
        String email = newUser(admin, "CLIENT");
        Api first = anonymous.signedInAs(email, PASSWORD);
        Api second = anonymous.signedInAs(email, PASSWORD);
        assertThat(second.get("api/v1/me").status()).isEqualTo(200);

        Api.Reply wrong = first.postJson("api/v1/me/password",
                Api.jsonObject("currentPassword", "Not-The-One-1", "newPassword", "Brand-New-Passw0rd!"));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body()).contains("currentPassword");
        Api.Reply weak = first.postJson("api/v1/me/password", Api.jsonObject("currentPassword", PASSWORD, "newPassword", "abc"));
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.body()).contains("newPassword");
        assertThat(second.get("api/v1/me").status()).as("refusals change nothing").isEqualTo(200);

        Api.Reply changed = first.postJson("api/v1/me/password",
                Api.jsonObject("currentPassword", PASSWORD, "newPassword", "Brand-New-Passw0rd!"));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(second.get("api/v1/me").status()).isEqualTo(401);
        assertThat(first.get("api/v1/me").status()).isEqualTo(401);
        assertThat(anonymous.signedInAs(email, "Brand-New-Passw0rd!").get("api/v1/me").status()).isEqualTo(200);
        assertThat(admin.get("api/v1/audit?size=100&action=user.password-changed").body())
                .contains("password changed by its user", "refused: the current password was wrong");
    }

    @Test
    void nobodyChangesTheirOwnAccessAndOpenInvitationsCountAgainstTheTiersUsers() {
        Api.Onboarded solo = anonymous.signedInAs("admin@bizoholic.com").onboard("solo", "TIER_1", PASSWORD);
        String slug = solo.slug();
        String adminEmail = solo.adminEmail();
        Api admin = solo.admin();
        String adminId = admin.get("api/v1/me").json().getString("id");

        Api.Reply self = admin.postJson("api/v1/users/" + adminId + "/disable", "{}");
        assertThat(self.status()).isEqualTo(409);
        assertThat(self.body()).contains("your own account");
        assertThat(admin.put("api/v1/users/" + adminId + "/role", "{\"role\": \"MANAGER\"}").status()).isEqualTo(409);

        // with a second administrator the first may be given another role — by the second, who is then the last
        String second = newUser(admin, "TENANT_ADMIN");
        Api secondAdmin = anonymous.signedInAs(second, PASSWORD);
        assertThat(secondAdmin.put("api/v1/users/" + adminId + "/role", "{\"role\": \"MANAGER\"}").status()).isEqualTo(200);
        String secondId = secondAdmin.get("api/v1/me").json().getString("id");
        assertThat(anonymous.signedInAs(adminEmail, PASSWORD).postJson("api/v1/users/" + secondId + "/disable", "{}").status())
                .as("a manager now").isEqualTo(403);
        assertThat(secondAdmin.put("api/v1/users/" + secondId + "/role", "{\"role\": \"CLIENT\"}").status()).isEqualTo(409);

        // Tier 1 allows 5 users: two exist; three open invitations fill it; the next invitation is refused
        for (int i = 0; i < 3; i++) {
            assertThat(secondAdmin.postJson("api/v1/invitations", Api.jsonObject("email", "guest" + i + "@" + slug + ".test",
                    "role", "CLIENT")).status()).isEqualTo(201);
        }
        Api.Reply full = secondAdmin.postJson("api/v1/invitations", Api.jsonObject("email", "one-more@" + slug + ".test",
                "role", "CLIENT"));
        assertThat(full.status()).isEqualTo(409);
        assertThat(full.body()).contains("TIER_1 allows 5 users", "3 open invitation(s)");
    }

    /** A new user of the admin's tenant with {@link #PASSWORD}; returns the address. */
    private static String newUser(Api admin, String role) {
        String email = "life." + UUID.randomUUID().toString().substring(0, 8) + "@"
                + admin.get("api/v1/me").json().getString("email").replaceFirst(".*@", "");
        Api.Reply created = admin.postJson("api/v1/users", Api.jsonObject("email", email, "displayName", "Life Cycle",
                "role", role, "password", PASSWORD));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return email;
    }
}
