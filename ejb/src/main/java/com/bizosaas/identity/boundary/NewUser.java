package com.bizosaas.identity.boundary;

import com.bizosaas.access.RoleName;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A user a tenant administrator adds to their tenant. The password policy is checked by {@link Users}. */
public record NewUser(
        @NotBlank(message = "email is required") @Email(message = "email is not a valid address")
        @Size(max = 254, message = "email is longer than {max} characters") String email,
        @NotBlank(message = "displayName is required") @Size(max = 120, message = "displayName is longer than {max} characters") String displayName,
        @NotNull(message = "role is required")
        @RoleName String role,
        @NotNull(message = "password is required") String password) {

    @Override
    public String toString() {
        return "NewUser[" + email + ", " + role + "]"; // never the password
    }
}
