#!/usr/bin/env bash
# Why: `npm run stack` — the whole product on local services from a fresh clone: dependencies, services,
# migrations, demo users and analytics data, a production build, then web (http://localhost:3000) and worker.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
if [ ! -f .env.local ]; then
  cp .env.example .env.local
  sed -i "s|^AUTH_SECRET=.*|AUTH_SECRET=$(node -e "console.log(require('crypto').randomBytes(33).toString('base64'))")|" .env.local
  echo "[stack] wrote .env.local with a fresh AUTH_SECRET"
fi
if ! grep -q '^MFA_ENCRYPTION_KEY=.' .env.local; then
  sed -i '/^MFA_ENCRYPTION_KEY=/d' .env.local
  echo "MFA_ENCRYPTION_KEY=$(node -e "console.log(require('crypto').randomBytes(32).toString('base64'))")" >>.env.local
  echo "[stack] added a fresh MFA_ENCRYPTION_KEY to .env.local"
fi
npm run services
npm run db:migrate
npm run seed:users
npm run seed:demo
NEXT_TELEMETRY_DISABLED=1 npx next build
echo "[stack] web on http://localhost:3000 — sign in as demo.admin / amber orchard compass 42 (see README); mail inbox on http://127.0.0.1:1080"
exec npx concurrently --kill-others-on-fail --names web,worker --prefix-colors blue,magenta \
  "NEXT_TELEMETRY_DISABLED=1 npx next start -p ${PORT:-3000}" \
  "npm run worker"
