#!/usr/bin/env bash
# The run command: builds BizOSaaS, starts PostgreSQL (embedded unless BIZOSAAS_DB_URL is set) and
# WildFly, deploys the EAR with wildfly-config/deploy.cli and prints the URL. Ctrl-C stops everything.
# Data (database, broker journal) lives in ./data (or $BIZOSAAS_DATA_DIR) and survives restarts.
set -euo pipefail
cd "$(dirname "$0")"

# Build the server and the EAR; the integration tests belong to the test command, not to this one.
mvn -B -q package -pl launcher -am

exec java -cp "launcher/target/classes:$(cat launcher/target/classpath.txt)" com.bizosaas.launcher.Launcher
