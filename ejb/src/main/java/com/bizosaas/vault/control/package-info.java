/** The vault's cipher: AES-GCM with configured, rotatable keys. */
package com.bizosaas.vault.control;
