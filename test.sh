#!/usr/bin/env bash
# The test command: unit tests, then integration tests against a real WildFly, PostgreSQL and Artemis,
# and browser tests in a real headless Chromium. The browser and its driver are Debian's packages
# (chromium, chromium-driver); they are installed here when missing, which needs root or sudo.
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    echo "test.sh: installing Debian's chromium and chromium-driver for the browser tests"
    SUDO=$([ "$(id -u)" = 0 ] && echo "" || echo "sudo")
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
fi

exec mvn -B verify
