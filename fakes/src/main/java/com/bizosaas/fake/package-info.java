/**
 * Fakes of what is outside our walls, speaking the real wire protocols: model providers (OpenAI, Anthropic,
 * Ollama) on loopback, switchable to fail, to be slow or to be rate-limited. Used by the integration tests and
 * the benchmarks; never by the application.
 */
package com.bizosaas.fake;
