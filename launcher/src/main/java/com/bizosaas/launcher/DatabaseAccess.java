package com.bizosaas.launcher;

/** How WildFly reaches PostgreSQL: the URL and the two roles (see wildfly-config/postgres-bootstrap.sql). */
record DatabaseAccess(String jdbcUrl, String appUser, String appPassword, String ownerUser, String ownerPassword) {

    @Override
    public String toString() {
        // never print a password
        return "DatabaseAccess[" + jdbcUrl + ", app=" + appUser + ", owner=" + ownerUser + "]";
    }
}
