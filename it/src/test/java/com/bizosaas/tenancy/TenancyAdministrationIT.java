package com.bizosaas.tenancy;

import com.bizosaas.it.Api;
import com.bizosaas.it.Deployments;
import com.bizosaas.it.TestEnvironment;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The super-admin's and tenant-admin's work on tenants and users, its bad input, sign-in with lock-out,
 * and suspension — each refusal with its problem and nothing half-written.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TenancyAdministrationIT {

    private final Api anonymous = Api.arquillianServer();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.builtEar();
    }

    @Test
    void demoDataIsThereAndTheMasterAdminSeesItsOwnAccount() {
        JsonObject me = anonymous.signedInAs("admin@bizoholic.com").get("api/v1/me").json();

        assertThat(me.getString("role")).isEqualTo("SUPER_ADMIN");
        assertThat(me.getString("tenantId")).isEqualTo(TenantIsolationIT.tenantId("bizoholic").toString());
    }

    @Test
    void aTenantAdminSeesItsUseOfTheTier() {
        Api corelDove = anonymous.signedInAs("admin@coreldove.com");
        long users = corelDove.get("api/v1/users?size=1").json().getJsonNumber("totalItems").longValue();

        JsonObject usage = corelDove.get("api/v1/usage").json();

        assertThat(usage.getString("tier")).isEqualTo("TIER_2");
        assertThat(usage.getJsonNumber("users").longValue()).isEqualTo(users);
        assertThat(usage.getInt("maxUsers")).isEqualTo(25);
        assertThat(usage.getJsonNumber("apiCallsLastHour").longValue()).isGreaterThanOrEqualTo(2); // these two calls at least
        assertThat(anonymous.signedInAs("manager@coreldove.com").get("api/v1/usage").status()).isEqualTo(403);
    }

    @Test
    void theSuperAdminOnboardsAClientAndDuplicatesOrUnknownTiersAreRefusedWithNothingWritten() throws SQLException {
        Api superAdmin = anonymous.signedInAs("admin@bizoholic.com");
        String slug = "acme-" + UUID.randomUUID().toString().substring(0, 6);

        Api.Reply created = superAdmin.postJson("api/v1/tenants", Api.jsonObject("name", "Acme " + slug, "slug", slug, "tier", "TIER_2"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().getString("parentId")).isEqualTo(TenantIsolationIT.tenantId("bizoholic").toString());
        assertThat(created.json().getJsonObject("entitlements").getInt("maxUsers")).isEqualTo(25);
        long tenants = count("select count(*) from bizosaas.tenant");

        assertField(superAdmin.postJson("api/v1/tenants", Api.jsonObject("name", "Another " + slug, "slug", slug, "tier", "TIER_1")),
                409, "slug");
        assertField(superAdmin.postJson("api/v1/tenants", Api.jsonObject("name", "acme " + slug.toUpperCase(), "slug", slug + "-2", "tier", "TIER_1")),
                409, "name");
        assertField(superAdmin.postJson("api/v1/tenants", Api.jsonObject("name", "Tiered", "slug", "tiered", "tier", "TIER_9")),
                400, "tier");
        assertField(superAdmin.postJson("api/v1/tenants", Api.jsonObject("name", "Sluggish", "slug", "Not A Slug", "tier", "TIER_1")),
                400, "slug");
        assertThat(count("select count(*) from bizosaas.tenant")).isEqualTo(tenants);
        assertThat(superAdmin.get("api/v1/audit?action=tenant.created&size=100").body()).contains(slug);

        String id = created.json().getString("id");
        Api.Reply upgraded = superAdmin.patch("api/v1/tenants/" + id, Api.jsonObject("tier", "TIER_3", "name", "Acme Prime " + slug));
        assertThat(upgraded.status()).as(upgraded.body()).isEqualTo(200);
        assertThat(upgraded.json().getJsonObject("entitlements").getInt("maxAgents")).isEqualTo(88);
        assertField(superAdmin.patch("api/v1/tenants/" + id, Api.jsonObject("name", "CorelDove")), 409, "name");
        assertField(superAdmin.patch("api/v1/tenants/" + id, Api.jsonObject("tier", "GOLD")), 400, "tier");
        assertThat(anonymous.signedInAs("admin@coreldove.com").patch("api/v1/tenants/" + id, Api.jsonObject("tier", "TIER_3"))
                .status()).isEqualTo(403);
        assertThat(superAdmin.get("api/v1/audit?action=tenant.changed&size=100").body()).contains("tier=TIER_3");
    }

    @Test
    void badUsersAreRefusedByFieldAndNothingIsWritten() throws SQLException {
        Api corelDove = anonymous.signedInAs("admin@coreldove.com");
        long users = count("select count(*) from bizosaas.app_user");

        assertField(corelDove.postJson("api/v1/users", user("weak@coreldove.com", "MANAGER", "short")), 400, "password");
        assertField(corelDove.postJson("api/v1/users", user("not-an-email", "MANAGER", "Sturdy-Passw0rd!")), 400, "email");
        assertField(corelDove.postJson("api/v1/users", user("x@coreldove.com", "OWNER", "Sturdy-Passw0rd!")), 400, "role");
        assertField(corelDove.postJson("api/v1/users", user("admin@thrillring.com", "MANAGER", "Sturdy-Passw0rd!")), 409, "email");
        assertField(corelDove.postJson("api/v1/users", user("boss@coreldove.com", "SUPER_ADMIN", "Sturdy-Passw0rd!")), 400, "role");
        assertThat(count("select count(*) from bizosaas.app_user")).isEqualTo(users);
    }

    @Test
    void tenFailedSignInsForAnAddressMakeTheNextWaitWithA429WhetherOrNotItHasAnAccount() {
        String nobody = "nobody." + UUID.randomUUID().toString().substring(0, 8) + "@nowhere.test";
        for (int i = 0; i < 10; i++) {
            assertThat(anonymous.postJson("api/v1/auth/token", Api.jsonObject("email", nobody, "password", "Guess-" + i))
                    .status()).isEqualTo(401);
        }
        Api.Reply waits = anonymous.postJson("api/v1/auth/token", Api.jsonObject("email", nobody, "password", "Guess-10"));
        assertThat(waits.status()).isEqualTo(429);
        assertThat(waits.contentType()).startsWith("application/problem+json");
        assertThat(waits.json().getString("type")).endsWith("/too-many-requests");
        assertThat(waits.json().getString("detail")).contains("too many failed sign-ins", "try again in");
        assertThat(Long.parseLong(waits.header("Retry-After"))).isBetween(1L, 900L);
        // another address from the same client is not held back by it
        assertThat(anonymous.signedInAs("client@coreldove.com").get("api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void fiveFailedSignInsLockTheAccountAndTheLockIsAudited() {
        Api corelDove = anonymous.signedInAs("admin@coreldove.com");
        String email = "lockme." + UUID.randomUUID().toString().substring(0, 8) + "@coreldove.com";
        assertThat(corelDove.postJson("api/v1/users", user(email, "CLIENT", "Sturdy-Passw0rd!")).status()).isEqualTo(201);

        for (int attempt = 1; attempt <= 5; attempt++) {
            Api.Reply wrong = anonymous.postJson("api/v1/auth/token", Api.jsonObject("email", email, "password", "Wrong-Passw0rd!"));
            assertThat(wrong.status()).isEqualTo(401);
        }
        Api.Reply locked = anonymous.postJson("api/v1/auth/token", Api.jsonObject("email", email, "password", "Sturdy-Passw0rd!"));

        assertThat(locked.status()).isEqualTo(401);
        // the locked account, a wrong password and an address with no account get one answer: none tells who exists
        String answer = locked.json().getString("detail");
        assertThat(answer).contains("wrong email or password", "locked for 15 minutes").doesNotContain("until");
        assertThat(corelDove.get("api/v1/audit?action=user.locked-out&size=100").body()).contains("locked until");
        assertThat(anonymous.postJson("api/v1/auth/token", Api.jsonObject("email", "nobody@nowhere.test", "password", "x"))
                .json().getString("detail")).isEqualTo(answer);
        assertThat(anonymous.postJson("api/v1/auth/token", Api.jsonObject("email", "admin@coreldove.com", "password", "Not-It-1"))
                .json().getString("detail")).isEqualTo(answer);
    }

    @Test
    void aPasswordHashWeakerThanTodaysIsRenewedAtTheNextSignIn() throws Exception {
        Api corelDove = anonymous.signedInAs("admin@coreldove.com");
        String email = "oldhash." + UUID.randomUUID().toString().substring(0, 8) + "@coreldove.com";
        assertThat(corelDove.postJson("api/v1/users", user(email, "CLIENT", "Sturdy-Passw0rd!")).status()).isEqualTo(201);
        // as stored before the iteration count rose to OWASP's 600,000
        byte[] salt = new byte[16];
        byte[] derived = javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(
                new javax.crypto.spec.PBEKeySpec("Sturdy-Passw0rd!".toCharArray(), salt, 310_000, 256)).getEncoded();
        String older = "pbkdf2-sha256$310000$" + java.util.Base64.getEncoder().encodeToString(salt) + "$"
                + java.util.Base64.getEncoder().encodeToString(derived);
        try (Connection su = TestEnvironment.asSuperuser(); Statement sql = su.createStatement()) {
            sql.executeUpdate("update bizosaas.app_user set password_hash = '" + older + "' where email = '" + email + "'");
        }

        assertThat(anonymous.postJson("api/v1/auth/token", Api.jsonObject("email", email, "password", "Sturdy-Passw0rd!")).status())
                .isEqualTo(200);
        try (Connection su = TestEnvironment.asSuperuser(); Statement sql = su.createStatement();
             ResultSet stored = sql.executeQuery("select password_hash from bizosaas.app_user where email = '" + email + "'")) {
            stored.next();
            assertThat(stored.getString(1)).startsWith("pbkdf2-sha256$600000$").isNotEqualTo(older);
        }
        assertThat(corelDove.get("api/v1/audit?action=user.password-rehashed&size=100").body()).contains("600000");
        assertThat(anonymous.postJson("api/v1/auth/token", Api.jsonObject("email", email, "password", "Sturdy-Passw0rd!")).status())
                .as("the renewed hash verifies").isEqualTo(200);
    }

    @Test
    void aSuspendedTenantsTokensStopWorkingAndItsUsersCannotSignIn() {
        Api superAdmin = anonymous.signedInAs("admin@bizoholic.com");
        Api thrillRing = anonymous.signedInAs("admin@thrillring.com");
        UUID id = TenantIsolationIT.tenantId("thrillring");
        // the token is in use (this node remembers it as live) when the suspension comes
        assertThat(thrillRing.get("api/v1/me").status()).isEqualTo(200);

        assertThat(superAdmin.postJson("api/v1/tenants/" + id + "/suspend", "").json().getString("status")).isEqualTo("SUSPENDED");
        try {
            assertThat(thrillRing.get("api/v1/me").status()).isEqualTo(401);
            Api.Reply signIn = anonymous.postJson("api/v1/auth/token",
                    Api.jsonObject("email", "admin@thrillring.com", "password", Api.DEMO_PASSWORD));
            assertThat(signIn.status()).isEqualTo(401);
            assertThat(signIn.json().getString("detail")).contains("suspended");
        } finally {
            assertThat(superAdmin.postJson("api/v1/tenants/" + id + "/reactivate", "").json().getString("status")).isEqualTo("ACTIVE");
        }
        assertThat(thrillRing.get("api/v1/me").status()).isEqualTo(200);
        assertThat(superAdmin.postJson("api/v1/tenants/" + TenantIsolationIT.tenantId("bizoholic") + "/suspend", "").status())
                .as("the agency itself cannot be suspended").isEqualTo(400);
    }

    @Test
    void anInviteeAcceptsOnceWithinTheTimeAndGetsTheInvitedRoleInTheInvitingTenant() throws SQLException {
        Api corelDove = anonymous.signedInAs("admin@coreldove.com");
        String email = "invited." + UUID.randomUUID().toString().substring(0, 8) + "@coreldove.com";

        Api.Reply invited = corelDove.postJson("api/v1/invitations", Api.jsonObject("email", email, "role", "CLIENT"));
        assertThat(invited.status()).as(invited.body()).isEqualTo(201);
        String token = invited.json().getString("link").replaceFirst(".*token=", "");
        assertThat(corelDove.get("api/v1/invitations").body()).contains(email).doesNotContain(token);

        assertField(anonymous.postJson("api/v1/invitations/accept",
                Api.jsonObject("token", token, "displayName", "Invitee", "password", "weak")), 400, "password");
        Api.Reply accepted = anonymous.postJson("api/v1/invitations/accept",
                Api.jsonObject("token", token, "displayName", "Invitee", "password", "Sturdy-Passw0rd!", "role", "TENANT_ADMIN"));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        JsonObject me = anonymous.signedInAs(email, "Sturdy-Passw0rd!").get("api/v1/me").json();
        assertThat(me.getString("role")).isEqualTo("CLIENT");
        assertThat(me.getString("tenantId")).isEqualTo(TenantIsolationIT.tenantId("coreldove").toString());

        Api.Reply again = anonymous.postJson("api/v1/invitations/accept",
                Api.jsonObject("token", token, "displayName", "Invitee", "password", "Sturdy-Passw0rd!"));
        assertThat(again.status()).isEqualTo(410);
        assertThat(again.json().getString("type")).isEqualTo("/problems/gone");
        assertThat(anonymous.postJson("api/v1/invitations/accept",
                Api.jsonObject("token", "made-up", "displayName", "X", "password", "Sturdy-Passw0rd!")).status()).isEqualTo(404);
        assertField(corelDove.postJson("api/v1/invitations", Api.jsonObject("email", "x@coreldove.com", "role", "SUPER_ADMIN")), 400, "role");
        assertField(corelDove.postJson("api/v1/invitations", Api.jsonObject("email", "nope", "role", "CLIENT")), 400, "email");
        assertField(corelDove.postJson("api/v1/invitations", Api.jsonObject("email", "admin@thrillring.com", "role", "CLIENT")), 409, "email");
    }

    @Test
    void anExpiredInvitationIsGoneAndCreatesNothing() throws SQLException {
        Api corelDove = anonymous.signedInAs("admin@coreldove.com");
        String email = "late." + UUID.randomUUID().toString().substring(0, 8) + "@coreldove.com";
        String token = corelDove.postJson("api/v1/invitations", Api.jsonObject("email", email, "role", "MANAGER"))
                .json().getString("link").replaceFirst(".*token=", "");
        try (Connection su = TestEnvironment.asSuperuser(); Statement sql = su.createStatement()) {
            sql.executeUpdate("update bizosaas.invitation set expires_at = now() - interval '1 minute' where email = '" + email + "'");
        }
        long users = count("select count(*) from bizosaas.app_user");

        Api.Reply late = anonymous.postJson("api/v1/invitations/accept",
                Api.jsonObject("token", token, "displayName", "Late", "password", "Sturdy-Passw0rd!"));

        assertThat(late.status()).isEqualTo(410);
        assertThat(late.json().getString("detail")).contains("expired");
        assertThat(count("select count(*) from bizosaas.app_user")).isEqualTo(users);
    }

    private static String user(String email, String role, String password) {
        return Api.jsonObject("email", email, "displayName", "Someone", "role", role, "password", password);
    }

    private static void assertField(Api.Reply reply, int status, String field) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).contains(field);
    }

    private static long count(String query) throws SQLException {
        try (Connection su = TestEnvironment.asSuperuser(); Statement sql = su.createStatement(); ResultSet rs = sql.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
