#!/usr/bin/env bash
# Why: both README commands must work on a fresh clone of a fresh machine: install npm dependencies when
# node_modules is missing or stale, and Debian's chromium when a browser is needed (Playwright cannot download one).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "[deps] installing npm dependencies (npm ci)"
  npm ci --no-audit --no-fund
fi

if [ "${1:-}" = "--browser" ] && ! command -v chromium >/dev/null 2>&1; then
  echo "[deps] installing Debian package chromium for the e2e tests"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends chromium
fi
