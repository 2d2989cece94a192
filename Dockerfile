# syntax=docker/dockerfile:1
# Why: one recipe, two production images. `--target web` is Next's standalone server (only the node_modules
# `next build` traced); `--target worker` is the esbuild bundle run by plain node with production dependencies.
# `--target tools` keeps the full toolchain for one-off commands: migrations (`npm run db:migrate`), `user:create`.
ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM deps AS tools
COPY . .
ENV NEXT_TELEMETRY_DISABLED=1
RUN npx next build && node scripts/build-worker.mjs

FROM ${NODE_IMAGE} AS prod-deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund

FROM ${NODE_IMAGE} AS web
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0 UPLOADS_DIR=/data/uploads
RUN mkdir -p /data/uploads && chown node:node /data/uploads
COPY --from=tools --chown=node:node /app/.next/standalone ./
COPY --from=tools --chown=node:node /app/.next/static ./.next/static
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=5 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:3000/api/health?check=mysql').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "server.js"]

FROM ${NODE_IMAGE} AS worker
WORKDIR /app
ENV NODE_ENV=production
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=tools /app/dist/worker ./dist/worker
COPY package.json ./
USER node
CMD ["node", "--enable-source-maps", "dist/worker/index.mjs"]
