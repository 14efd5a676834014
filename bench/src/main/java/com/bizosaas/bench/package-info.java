/** Benchmarks of the platform as a newcomer runs it; each prints its figures and the machine it ran on. */
package com.bizosaas.bench;
