#!/usr/bin/env bash
# The benchmark: builds, starts the platform twice (cold, warm) on a fresh data directory under
# bench/target, measures boot time, idle memory and API read throughput/latency, prints the figures,
# and stops everything. Options: -Dbench.threads=16 -Dbench.seconds=30 -Dbench.warmup=10 (as JAVA_OPTS).
set -euo pipefail
cd "$(dirname "$0")"
mvn -B -q package -pl bench -am
exec java ${JAVA_OPTS:-} -cp "bench/target/classes:$(cat bench/target/classpath.txt)" com.bizosaas.bench.PlatformBenchmark
