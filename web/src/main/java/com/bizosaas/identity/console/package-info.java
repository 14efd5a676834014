/**
 * Sign-in for the consoles and the guard of every page ({@code ConsoleAccess}: the caller's tenant for the request,
 * default-deny by the domains' declarations, old addresses redirected), the console session, invitations, a tenant's
 * users and the super-admin's view of any tenant's users.
 */
package com.bizosaas.identity.console;
