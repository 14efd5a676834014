/**
 * What the outside calls on the platform domain: announcements, the platform status, the journal of
 * domain events, and the schema migration that runs when the application is deployed.
 */
package com.bizosaas.platform.boundary;
