#!/usr/bin/env bash
# Why: `npm run stack` — the whole product on local services from a fresh clone: dependencies, services,
# migrations, demo users and analytics data, a production build, then web (http://localhost:3000, the standalone
# server) and the compiled worker, their JSON log lines made readable by pino-pretty.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
if [ ! -f .env.local ]; then
  cp .env.example .env.local
  sed -i "s|^AUTH_SECRET=.*|AUTH_SECRET=$(node -e "console.log(require('crypto').randomBytes(33).toString('base64'))")|" .env.local
  sed -i "s|^# METRICS_TOKEN=.*|METRICS_TOKEN=$(node -e "console.log(require('crypto').randomBytes(24).toString('hex'))")|" .env.local
  echo "[stack] wrote .env.local with a fresh AUTH_SECRET and METRICS_TOKEN"
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
NEXT_TELEMETRY_DISABLED=1 npm run build
echo "[stack] web on http://localhost:3000 — sign in as demo.admin / amber orchard compass 42 (see README); mail inbox on http://127.0.0.1:1080"
METRICS_TOKEN_SET=$(sed -n 's/^METRICS_TOKEN=//p' .env.local)
if [ -n "$METRICS_TOKEN_SET" ]; then
  echo "[stack] metrics: curl -H \"Authorization: Bearer $METRICS_TOKEN_SET\" http://localhost:3000/api/metrics"
fi
PRETTY="node_modules/.bin/pino-pretty --colorize --translateTime SYS:HH:MM:ss --ignore pid,hostname --singleLine"
exec npx concurrently --kill-others-on-fail --names web,worker --prefix-colors blue,magenta \
  "NEXT_TELEMETRY_DISABLED=1 PORT=${PORT:-3000} npm run --silent start:prod | $PRETTY" \
  "npm run --silent worker:prod | $PRETTY"
