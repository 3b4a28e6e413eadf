# syntax=docker/dockerfile:1
# The api image: NestJS api + the built portal (/) and admin (/admin/) it serves.
# Build from the repository root (the context must be the whole monorepo):
#   docker build -f docker/api.Dockerfile -t mengyuan-api .
# docker/api.Dockerfile.dockerignore keeps node_modules, dist, .git, .data and .env out of the context.

ARG NODE_IMAGE=node:24-bookworm-slim
# package.json's "packageManager"; the npm bundled with the Node image may be older.
ARG NPM_VERSION=11.19.1

# ---- manifests: every workspace's package.json, so `npm ci` sees the same tree as the lockfile ----
FROM ${NODE_IMAGE} AS manifests
WORKDIR /app
COPY package.json package-lock.json ./
COPY apps/api/package.json apps/api/
COPY apps/portal/package.json apps/portal/
COPY apps/admin/package.json apps/admin/
COPY apps/e2e/package.json apps/e2e/
COPY packages/domain/package.json packages/domain/
COPY packages/graphql/package.json packages/graphql/
COPY packages/ui/package.json packages/ui/
COPY packages/payment-sim/package.json packages/payment-sim/
COPY packages/supplier-sim/package.json packages/supplier-sim/
COPY bench/package.json bench/

# ---- build: all dependencies, then turbo builds domain → api, portal, admin ----
FROM ${NODE_IMAGE} AS build
ARG NPM_VERSION
ENV TURBO_TELEMETRY_DISABLED=1
RUN npm install -g "npm@${NPM_VERSION}"
WORKDIR /app
COPY --from=manifests /app ./
RUN --mount=type=cache,target=/root/.npm npm ci --no-audit --no-fund
COPY . .
RUN npx turbo run build --filter=@mengyuan/api --filter=@mengyuan/portal --filter=@mengyuan/admin \
 && test -f apps/api/dist/main.js \
 && test -f apps/portal/dist/index.html \
 && test -f apps/admin/dist/index.html

# ---- prod-deps: the api's production dependencies only (no dev deps, no portal/admin deps) ----
FROM ${NODE_IMAGE} AS prod-deps
ARG NPM_VERSION
RUN npm install -g "npm@${NPM_VERSION}"
WORKDIR /app
COPY --from=manifests /app ./
RUN --mount=type=cache,target=/root/.npm \
    npm ci --omit=dev --workspace=@mengyuan/api --no-audit --no-fund

# ---- runtime ----
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    PORT=3000 \
    HOST=0.0.0.0 \
    DATA_DIR=/data \
    FILES_DIR=/data/files
WORKDIR /app
# The repository layout is kept: the api finds the apps at <repo>/apps/{portal,admin}/dist
# (REPO_ROOT in apps/api/src/config/app-config.ts) and @mengyuan/domain through the workspace link.
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=build /app/package.json ./
COPY --from=build /app/packages/domain/package.json packages/domain/
COPY --from=build /app/packages/domain/dist packages/domain/dist
# The payment gateways' sandbox: imported by the api, served only when PAYMENT_SIMULATORS is on (off in production).
COPY --from=build /app/packages/payment-sim/package.json packages/payment-sim/
COPY --from=build /app/packages/payment-sim/dist packages/payment-sim/dist
# The supplier protocol (signing, shared with upstreams) and its simulator: the api signs with it; the demo upstream is served only when the simulators are on.
COPY --from=build /app/packages/supplier-sim/package.json packages/supplier-sim/
COPY --from=build /app/packages/supplier-sim/dist packages/supplier-sim/dist
COPY --from=build /app/apps/api/package.json apps/api/
COPY --from=build /app/apps/api/dist apps/api/dist
COPY --from=build /app/apps/portal/dist apps/portal/dist
COPY --from=build /app/apps/admin/dist apps/admin/dist
# Writable state lives under /data; uploaded files go to /data/files, which must be a volume shared by
# every replica (compose.yaml mounts one). The code itself stays root-owned and read-only to the app.
RUN mkdir -p /data/files && chown -R node:node /data
USER node
WORKDIR /app/apps/api
EXPOSE 3000
# No curl in the slim image: Node's fetch does the probe. /health answers 503 when PostgreSQL does not.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/health/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Node handles SIGTERM itself (main.ts closes the app); run with `--init` (compose: init: true) to reap zombies.
# The V8 flags of `npm run start:prod`: a bounded heap is collected before it grows with a bulk import
# (bench: 100,000-code CSV import at ~280 MB peak RSS); a 16 MB young generation: scavenges cost less CPU per order.
CMD ["node", "--enable-source-maps", "--max-semi-space-size=16", "--max-old-space-size=256", "dist/main.js"]
