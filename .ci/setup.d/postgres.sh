#!/usr/bin/env bash
# PostgreSQL server binaries for the PostgreSQL pass of `make test` (tests/pg_run.py starts its own
# throw-away server with initdb + pg_ctl on loopback; no system service is used). Idempotent.
set -euo pipefail
if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "postgresql already installed: $(ls -d /usr/lib/postgresql/*/bin | tail -1)"
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y --no-install-recommends postgresql
# Debian's package may create and start a default cluster; the tests don't need it.
if command -v pg_lsclusters >/dev/null 2>&1; then
  pg_lsclusters --no-header 2>/dev/null | while read -r ver name _; do
    pg_ctlcluster "$ver" "$name" stop 2>/dev/null || true
  done
fi
ls -d /usr/lib/postgresql/*/bin
