/** {@link com.bizosaas.connectors.boundary.Connectors}: runs a tool for the caller's tenant, for real or in the sandbox. */
package com.bizosaas.connectors.boundary;
