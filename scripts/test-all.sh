#!/usr/bin/env bash
# Why: `npm test` — every test against real services: services up, typecheck, vitest (unit + integration on
# MariaDB, Redis, FerretDB; it migrates its own fresh database), a production build, then Playwright in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh --browser
npm run services
echo "[test] typecheck"
npx tsc --noEmit -p .
echo "[test] unit + integration (vitest)"
npx vitest run
echo "[test] production build for e2e"
NEXT_TELEMETRY_DISABLED=1 npx next build
echo "[test] end-to-end (Playwright, Chromium)"
npm run test:e2e
