/** What the integration tests share: the PostgreSQL of the run and small HTTP/JSON helpers. */
package com.bizosaas.it;
