/**
 * The refusals a boundary answers with ({@link com.bizosaas.errors.Refusal}: conflict, invalid, forbidden, not found…,
 * each an application exception that rolls the transaction back) and reading PostgreSQL's verdicts out of persistence
 * exceptions. A foundation package: every module throws these; the API turns them into problem+json.
 */
package com.bizosaas.errors;
