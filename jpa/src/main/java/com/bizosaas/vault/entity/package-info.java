/** The credential vault's encrypted secrets. */
package com.bizosaas.vault.entity;
