package com.bizosaas.access;

import com.bizosaas.errors.Refusal;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.interceptor.InvocationContext;
import org.junit.jupiter.api.Test;

import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Declared authorization without a server: who {@link AllowedRoles} lets through, and what a refusal says. */
class AllowedRolesTest {

    @Allowed(RoleSet.ADMINISTRATORS)
    static class Budgets {

        void set() {
        }

        @Allowed(RoleSet.SUPER_ADMIN)
        void setForAnotherTenant() {
        }
    }

    static class Catalogue {

        void read() {
        }
    }

    private final TenantContext context = new TenantContext();
    private final AllowedRoles check = new AllowedRoles();
    private final List<AccessRefused> refused = new ArrayList<>();

    AllowedRolesTest() {
        check.context = context;
        check.refusals = new Recorded(refused);
    }

    @Test
    void theClassDeclarationHoldsForItsMethodsAndAMethodsOwnWins() throws Exception {
        signedInAs(Role.TENANT_ADMIN);
        assertThat(check.check(call(Budgets.class, "set"))).isEqualTo("done");
        assertThatThrownBy(() -> check.check(call(Budgets.class, "setForAnotherTenant")))
                .isInstanceOfSatisfying(Refusal.class, refusal -> {
                    assertThat(refusal.kind()).isEqualTo(Refusal.Kind.FORBIDDEN);
                    assertThat(refusal.getMessage()).isEqualTo("only the super-admin (SUPER_ADMIN) may do this; you are TENANT_ADMIN");
                });
        assertThat(refused).as("the refusal is told, for the audit trail")
                .containsExactly(new AccessRefused("Budgets.setForAnotherTenant", RoleSet.SUPER_ADMIN, Role.TENANT_ADMIN));
        signedInAs(Role.SUPER_ADMIN);
        assertThat(check.check(call(Budgets.class, "setForAnotherTenant"))).isEqualTo("done");
        assertThat(refused).as("nothing told of what was allowed").hasSize(1);
    }

    @Test
    void aManagerAndThePlatformItselfAreNoAdministrators() throws Exception {
        signedInAs(Role.MANAGER);
        assertThatThrownBy(() -> check.check(call(Budgets.class, "set"))).isInstanceOf(Refusal.class);
        context.enterAsPlatform(UUID.randomUUID(), "timer", null);
        assertThatThrownBy(() -> check.check(call(Budgets.class, "set"))).hasMessage("only administrators (SUPER_ADMIN, TENANT_ADMIN) may do this");
    }

    @Test
    void whatDeclaresNothingIsNotChecked() throws Exception {
        context.enterAsPlatform(UUID.randomUUID(), "timer", null);
        assertThat(check.check(call(Catalogue.class, "read"))).isEqualTo("done");
    }

    @Test
    void roleSetsNameTheirRoles() {
        assertThat(RoleSet.OPERATORS.roles()).containsExactlyInAnyOrder(Role.SUPER_ADMIN, Role.TENANT_ADMIN, Role.MANAGER);
        assertThat(RoleSet.MEMBERS.roles()).containsExactlyInAnyOrder(Role.values());
        assertThat(RoleSet.ADMINISTRATORS.includes(null)).isFalse();
        assertThat(RoleSet.MEMBERS.describe()).isEqualTo("signed-in users");
    }

    private void signedInAs(Role role) {
        context.enter(UUID.randomUUID(), UUID.randomUUID(), role.name().toLowerCase() + "@example.com", role, null);
    }

    private static InvocationContext call(Class<?> type, String method) throws NoSuchMethodException {
        Method invoked = type.getDeclaredMethod(method);
        return new InvocationContext() {
            public Object getTarget() {
                return null;
            }

            public Object getTimer() {
                return null;
            }

            public Method getMethod() {
                return invoked;
            }

            public Constructor<?> getConstructor() {
                return null;
            }

            public Object[] getParameters() {
                return new Object[0];
            }

            public void setParameters(Object[] params) {
            }

            public Map<String, Object> getContextData() {
                return Map.of();
            }

            public Object proceed() {
                return "done";
            }
        };
    }

    /** The events fired, kept for the test (the container's Event is not here). */
    private record Recorded(List<AccessRefused> into) implements Event<AccessRefused> {

        @Override
        public void fire(AccessRefused event) {
            into.add(event);
        }

        @Override
        public <U extends AccessRefused> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends AccessRefused> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Event<AccessRefused> select(Annotation... qualifiers) {
            return this;
        }

        @Override
        public <U extends AccessRefused> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends AccessRefused> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }
}
