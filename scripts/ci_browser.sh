#!/usr/bin/env bash
# Install Debian's chromium for the HTML report's browser tests (playwright drives it by path).
set -euo pipefail
if [ ! -x /usr/bin/chromium ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update
    apt-get install -y --no-install-recommends chromium
fi
/usr/bin/chromium --version
