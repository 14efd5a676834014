/** Sign-in for the API (bearer tokens), the caller's own account, and the users of a tenant. */
package com.bizosaas.identity.api;
