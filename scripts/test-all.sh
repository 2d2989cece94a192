#!/usr/bin/env bash
# Why: `npm test` — every test against real services: services up, typecheck, lint and format, a production build (the MariaDB
# fault test serves it with `npm run start:prod`), vitest (unit + integration on MariaDB, Redis, FerretDB; it migrates its
# own fresh database; tests/faults start private stores on TEST_LANE's ports), then Playwright in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh --browser
npm run services
echo "[test] typecheck"
npx tsc --noEmit -p .
echo "[test] lint (ESLint) and format (Prettier)"
npm run lint
echo "[test] production build (fault tests and e2e)"
NEXT_TELEMETRY_DISABLED=1 npx next build
echo "[test] unit + integration (vitest)"
npx vitest run
echo "[test] end-to-end (Playwright, Chromium)"
npm run test:e2e
