#!/usr/bin/env bash
# Headless Chromium for the explorer's end-to-end tests (test/explorer.e2e.test.ts drives it with
# playwright-core at /usr/bin/chromium). Debian's package, not Playwright's download: one system
# package the package manager keeps patched, and no extra binary store under the home directory.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
  echo "chromium already installed: $(/usr/bin/chromium --version 2>/dev/null || echo /usr/bin/chromium)"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends chromium fonts-dejavu-core
/usr/bin/chromium --version
