/** Sign-in for the API (bearer tokens), the caller's own account, invitations, a tenant's users and (super-admin) any tenant's. */
package com.bizosaas.identity.api;
