package com.bizosaas.errors;

import java.sql.SQLException;

/** Reading PostgreSQL's verdicts out of persistence exceptions. */
public final class Constraints {

    private static final String UNIQUE_VIOLATION = "23505";

    private Constraints() {
    }

    /** Whether a unique constraint refused the write, however deeply the driver's exception is wrapped. */
    public static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
