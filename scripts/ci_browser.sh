#!/usr/bin/env bash
# Install Debian's chromium for the HTML report's browser tests (playwright drives it by path).
# Another apt or dpkg run (an unattended upgrade on a fresh machine) holds the lock for a while:
# wait up to ten minutes for it instead of failing at once.
set -euo pipefail
if [ ! -x /usr/bin/chromium ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get -o DPkg::Lock::Timeout=600 update
    apt-get -o DPkg::Lock::Timeout=600 install -y --no-install-recommends chromium
fi
/usr/bin/chromium --version
