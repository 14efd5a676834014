/** Identity logic that needs no server: password hashing and policy, signed tokens. */
package com.bizosaas.identity.control;
