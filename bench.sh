#!/usr/bin/env bash
# The benchmarks (figures, not tests). Builds first.
#   ./bench.sh          platform: boot time, idle memory, API read throughput and latency
#   ./bench.sh rls      row-level security: the same query mix through RLS and through a bypassing role
#   ./bench.sh gateway  language-model gateway: a chat call direct to a (fake) provider and through the gateway
#   ./bench.sh cache    semantic cache: lookup latency at 100,000 cached answers of one tenant
#   ./bench.sh tasks    agent tasks end to end (offline model, a sandbox tool): tasks/s and queue-to-done latency
# Options go in JAVA_OPTS, e.g. JAVA_OPTS="-Dbench.threads=32 -Dbench.seconds=60" ./bench.sh
set -euo pipefail
cd "$(dirname "$0")"
mvn -B -q package -pl bench -am
case "${1:-platform}" in
    platform) main=com.bizosaas.bench.PlatformBenchmark ;;
    rls)      main=com.bizosaas.bench.RlsOverheadBenchmark ;;
    gateway)  main=com.bizosaas.bench.GatewayBenchmark ;;
    cache)    main=com.bizosaas.bench.CacheLookupBenchmark ;;
    tasks)    main=com.bizosaas.bench.AgentTaskBenchmark ;;
    *) echo "usage: ./bench.sh [platform|rls|gateway|cache|tasks]" >&2; exit 2 ;;
esac
exec java ${JAVA_OPTS:-} -Dai.djl.offline=true -cp "bench/target/classes:$(cat bench/target/classpath.txt)" "$main"
