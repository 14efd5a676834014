/** Tool definitions and argument checks, the sandbox, and the real HTTP connectors: plain Java, unit-tested. */
package com.bizosaas.connectors.control;
