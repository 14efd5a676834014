/** JSON-P through one provider instance, for every module (the static {@code Json} methods look the provider up on each call). */
package com.bizosaas.json;
