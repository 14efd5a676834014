/**
 * MicroProfile Health checks of the platform's dependencies. They live in a library of the EAR (lib/), not
 * in the WAR or the EJB module: WildFly's health subsystem finds the checks of an EAR only among the beans
 * its top level can see (checks in sub-deployments are not registered).
 */
package com.bizosaas.platform.health;
