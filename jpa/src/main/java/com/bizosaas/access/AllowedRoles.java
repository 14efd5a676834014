package com.bizosaas.access;

import com.bizosaas.errors.Refusal;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Enforces {@link Allowed} against the caller in the {@link TenantContext}, and tells of each refusal
 * ({@link AccessRefused}) for the audit trail. Enabled for the whole application by its
 * priority, so session beans and console beans alike are covered without a beans.xml entry per module.
 */
@Allowed(RoleSet.MEMBERS)
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class AllowedRoles {

    @Inject
    TenantContext context;

    @Inject
    Event<AccessRefused> refusals;

    @AroundInvoke
    public Object check(InvocationContext invocation) throws Exception {
        RoleSet allowed = declared(invocation);
        if (allowed != null && !context.isIn(allowed)) {
            refusals.fire(new AccessRefused(invocation.getMethod().getDeclaringClass().getSimpleName() + "."
                    + invocation.getMethod().getName(), allowed, context.role()));
            throw Refusal.forbidden("only " + allowed.describe() + " may do this"
                    + (context.role() == null ? "" : "; you are " + context.role()));
        }
        return invocation.proceed();
    }

    private static RoleSet declared(InvocationContext invocation) {
        Allowed onMethod = invocation.getMethod().getAnnotation(Allowed.class);
        if (onMethod != null) {
            return onMethod.value();
        }
        // @Inherited: the bean class's declaration is found on the container's subclass of it too
        Allowed onClass = invocation.getMethod().getDeclaringClass().getAnnotation(Allowed.class);
        return onClass == null ? null : onClass.value();
    }
}
