package com.bizosaas.access;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may call a boundary's method (or every method of a class): {@link AllowedRoles} refuses anyone else with a
 * 403 before the method runs. The method's declaration wins over its class's. Declared here rather than checked
 * inside the method so that a reader — and a test — sees a bean's rights in its signatures.
 */
@Inherited
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Allowed {

    @Nonbinding
    RoleSet value();
}
