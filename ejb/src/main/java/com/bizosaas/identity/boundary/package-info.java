/** Users, sign-in with lock-out, and API tokens. */
package com.bizosaas.identity.boundary;
