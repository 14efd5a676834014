package com.bizosaas.access;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A role's name as a request writes it ("MANAGER"), one of {@link Role}'s but those {@link #except excepted}; the
 * refusal lists the names accepted. Null is valid (pair with {@code @NotNull}). Read from the enum, so a request's
 * check never lags behind the roles.
 */
@Constraint(validatedBy = RoleName.Check.class)
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
public @interface RoleName {

    /** Roles not accepted here (an invitation never grants SUPER_ADMIN). */
    Role[] except() default {};

    String message() default "role must be one of the platform's roles";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The check behind {@link RoleName}. */
    class Check implements ConstraintValidator<RoleName, String> {

        private List<String> accepted;

        @Override
        public void initialize(RoleName annotation) {
            List<Role> excepted = List.of(annotation.except());
            accepted = Arrays.stream(Role.values()).filter(r -> !excepted.contains(r)).map(Role::name).toList();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || accepted.contains(value)) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("role must be one of " + String.join(", ", accepted))
                    .addConstraintViolation();
            return false;
        }
    }
}
