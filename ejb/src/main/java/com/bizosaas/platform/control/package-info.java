/** Platform rules that need no server: what a cluster's shared secret must be. */
package com.bizosaas.platform.control;
