#!/usr/bin/env bash
# Debian's Chromium for the browser tests in tests/browser (Playwright from pip drives it through
# executable_path=/usr/bin/chromium; `playwright install` is never used). Fonts so pages render
# and screenshots look like a real desktop. Idempotent: does nothing when the browser is present.
set -euo pipefail
if [ -x /usr/bin/chromium ] && fc-list 2>/dev/null | grep -qi dejavu; then
  echo "chromium already installed: $(/usr/bin/chromium --version 2>/dev/null || echo '?')"
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core fontconfig >/dev/null
/usr/bin/chromium --version
