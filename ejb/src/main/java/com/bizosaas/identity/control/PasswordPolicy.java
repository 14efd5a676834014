package com.bizosaas.identity.control;

import java.util.Locale;
import java.util.Optional;

/**
 * What a password must be: at least 12 characters, three of the four kinds (lower, upper, digit, other),
 * and not built on the user's own email name.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;

    private PasswordPolicy() {
    }

    /** @return why the password is refused, or empty if it is acceptable */
    public static Optional<String> check(String password, String email) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("must be at least " + MIN_LENGTH + " characters long");
        }
        if (password.length() > 200) {
            return Optional.of("must be at most 200 characters long");
        }
        int kinds = 0;
        kinds += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
        kinds += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
        kinds += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
        kinds += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
        if (kinds < 3) {
            return Optional.of("must mix at least three of: lower-case letters, upper-case letters, digits, symbols");
        }
        if (email != null && email.contains("@")) {
            String name = email.substring(0, email.indexOf('@')).toLowerCase(Locale.ROOT);
            if (name.length() >= 4 && password.toLowerCase(Locale.ROOT).contains(name)) {
                return Optional.of("must not contain the name of the email address");
            }
        }
        return Optional.empty();
    }
}
