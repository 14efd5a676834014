/** Users of a tenant and their roles. */
package com.bizosaas.identity.entity;
