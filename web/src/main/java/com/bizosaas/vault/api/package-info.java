/** The vault's API: secrets go in, only masks come out. */
package com.bizosaas.vault.api;
