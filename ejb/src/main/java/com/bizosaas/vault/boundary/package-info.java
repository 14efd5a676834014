/** The credential vault (T6): store, list masked, reveal (audited) for connectors, rotate. */
package com.bizosaas.vault.boundary;
