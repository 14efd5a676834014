/** The JSON API's application root ({@code /api/v1}); each domain's resources live in its own {@code api} package. */
package com.bizosaas.api;
