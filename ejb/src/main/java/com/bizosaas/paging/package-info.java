/** Paging, sorting and filtering conventions shared by every list the platform shows or serves. */
package com.bizosaas.paging;
