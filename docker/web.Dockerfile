# syntax=docker/dockerfile:1
# The web image: nginx serving the built portal (/) and admin (/admin/) and proxying the api
# (/graphql with WebSocket upgrade, /health, /files) to the api replicas named in nginx.conf.
# Build from the repository root:
#   docker build -f docker/web.Dockerfile -t mengyuan-web .

ARG NODE_IMAGE=node:24-bookworm-slim
# 1.27.3+ is needed for `server … resolve` in an upstream (re-resolving replicas by DNS).
ARG NGINX_IMAGE=nginx:1.28-alpine
ARG NPM_VERSION=11.19.1

FROM ${NODE_IMAGE} AS build
ARG NPM_VERSION
ENV TURBO_TELEMETRY_DISABLED=1
RUN npm install -g "npm@${NPM_VERSION}"
WORKDIR /app
# Every workspace's manifest first, so the dependency layer is reused when only sources change.
COPY package.json package-lock.json ./
COPY apps/api/package.json apps/api/
COPY apps/portal/package.json apps/portal/
COPY apps/admin/package.json apps/admin/
COPY apps/e2e/package.json apps/e2e/
COPY packages/domain/package.json packages/domain/
COPY packages/graphql/package.json packages/graphql/
COPY packages/ui/package.json packages/ui/
COPY bench/package.json bench/
RUN --mount=type=cache,target=/root/.npm npm ci --no-audit --no-fund
COPY . .
RUN npx turbo run build --filter=@mengyuan/portal --filter=@mengyuan/admin \
 && test -f apps/portal/dist/index.html \
 && test -f apps/admin/dist/index.html

FROM ${NGINX_IMAGE} AS runtime
# nginx.conf is a template: the image's entrypoint renders /etc/nginx/templates/*.template with envsubst (only
# the MENGYUAN_ variables) into NGINX_ENVSUBST_OUTPUT_DIR before nginx starts.
ENV NGINX_ENVSUBST_OUTPUT_DIR=/etc/nginx \
    NGINX_ENVSUBST_FILTER=^MENGYUAN_ \
    MENGYUAN_API_SERVERS="server api:3000 resolve max_fails=3 fail_timeout=10s;" \
    MENGYUAN_WEB_ROOT=/srv/www \
    MENGYUAN_LOG_DIR=/var/log/nginx
COPY docker/nginx.conf /etc/nginx/templates/nginx.conf.template
COPY docker/static-headers.conf /etc/nginx/static-headers.conf
# One document root: the portal at /, the admin beneath it at /admin/ (its Vite base is /admin/).
COPY --from=build /app/apps/portal/dist /srv/www
COPY --from=build /app/apps/admin/dist /srv/www/admin
EXPOSE 80
HEALTHCHECK --interval=15s --timeout=5s --start-period=10s --retries=3 \
  CMD wget -q -O /dev/null http://127.0.0.1/nginx-health || exit 1
