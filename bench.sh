#!/usr/bin/env bash
# The benchmarks (figures, not tests). Builds first.
#   ./bench.sh          platform: boot time, idle memory, API read throughput and latency
#   ./bench.sh rls      row-level security: the same query mix through RLS and through a bypassing role
# Options go in JAVA_OPTS, e.g. JAVA_OPTS="-Dbench.threads=32 -Dbench.seconds=60" ./bench.sh
set -euo pipefail
cd "$(dirname "$0")"
mvn -B -q package -pl bench -am
case "${1:-platform}" in
    platform) main=com.bizosaas.bench.PlatformBenchmark ;;
    rls)      main=com.bizosaas.bench.RlsOverheadBenchmark ;;
    *) echo "usage: ./bench.sh [platform|rls]" >&2; exit 2 ;;
esac
exec java ${JAVA_OPTS:-} -cp "bench/target/classes:$(cat bench/target/classpath.txt)" "$main"
