#!/usr/bin/env bash
# The test command: unit tests, then integration tests against a real WildFly, PostgreSQL and Artemis,
# and browser tests in a real headless Chromium. The browser and its driver are Debian's packages
# (chromium, chromium-driver); Node.js runs the official OpenAI npm client against the gateway. Both are
# installed here when missing, which needs root or sudo.
set -euo pipefail
cd "$(dirname "$0")"

missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v chromedriver >/dev/null || missing+=(chromium-driver)
command -v node >/dev/null || missing+=(nodejs)
command -v npm >/dev/null || missing+=(npm)
if [ ${#missing[@]} -gt 0 ]; then
    echo "test.sh: installing Debian's ${missing[*]} for the browser and OpenAI-client tests"
    SUDO=$([ "$(id -u)" = 0 ] && echo "" || echo "sudo")
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

exec mvn -B verify
