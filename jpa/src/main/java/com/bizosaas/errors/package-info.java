/** The refusals a boundary answers with; see {@link com.bizosaas.errors.Refusal}. */
package com.bizosaas.errors;
