# Image: ai-telephony-backend
#   docker build -t ai-telephony-backend .
#   docker run --rm -p 8000:8000 ai-telephony-backend        (development: SQLite file + demo tenant)
# Production: pass ENVIRONMENT=production and the variables of env.prod.example (see README,
# Deployment). The service applies its migrations at start.

# ---- build: install everything, compile TypeScript, then drop the dev dependencies ----------------
FROM node:24-bookworm-slim AS build

# better-sqlite3 is compiled from source (node-gyp): no prebuilt binary is downloaded from GitHub.
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*

ENV npm_config_update_notifier=false \
    npm_config_fund=false \
    npm_config_audit=false

WORKDIR /app

# Dependencies first, so a source change does not reinstall them. Install scripts run (no
# --ignore-scripts): package.json `allowScripts` approves better-sqlite3 and esbuild for npm 11.
# build_from_source: prebuild-install skips its download and node-gyp builds the addon (npm warns
# that it does not know this setting; prebuild-install reads it from the environment).
# nodedir: node-gyp uses the headers shipped in the image (/usr/local/include/node) instead of
# fetching them from nodejs.org.
COPY package.json package-lock.json ./
RUN npm_config_build_from_source=true npm_config_nodedir=/usr/local npm ci

COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
# The pages (dashboard, admin, widget): `npm run build` runs Vite on web/ into dist/web.
COPY web ./web
COPY scripts/build-web.mjs ./scripts/build-web.mjs

# tsc → dist/ (entry dist/main.js); then production dependencies only, without better-sqlite3's
# sources and intermediate build files; then prove the native addon loads.
RUN npm run build \
  && npm prune --omit=dev \
  && rm -rf node_modules/better-sqlite3/deps \
            node_modules/better-sqlite3/src \
            node_modules/better-sqlite3/build/deps \
            node_modules/better-sqlite3/build/Release/obj \
            node_modules/better-sqlite3/build/Release/obj.target \
            node_modules/better-sqlite3/build/Release/.deps \
            node_modules/better-sqlite3/build/Release/sqlite3.a \
            node_modules/better-sqlite3/build/Release/test_extension.node \
  && node -e "const D=require('better-sqlite3'); new D(':memory:').prepare('select 1 as x').get()"

# ---- runtime: compiled code and production node_modules, run as the unprivileged `node` user -----
FROM node:24-bookworm-slim AS runtime

LABEL org.opencontainers.image.title="ai-telephony-backend" \
      org.opencontainers.image.description="AI receptionist and lightweight CRM for small trades businesses" \
      org.opencontainers.image.licenses="MIT"

ENV NODE_ENV=production \
    NODE_OPTIONS=--enable-source-maps \
    HOST=0.0.0.0 \
    PORT=8000

WORKDIR /app

# Code and dependencies stay owned by root (read-only for the service); only data/ is writable:
# the default DATABASE_URL is sqlite:./data/app.db relative to /app. Mount a volume there to keep it.
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
RUN mkdir -p /app/data && chown 1000:1000 /app/data

# `node` (uid 1000) from the base image; numeric so Kubernetes can verify runAsNonRoot.
USER 1000:1000

EXPOSE 8000

# Slim images have no curl: probe with node's built-in fetch.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||8000)+'/healthz',{signal:AbortSignal.timeout(4000)}).then(r=>process.exit(r.status===200?0:1),()=>process.exit(1))"]

# SIGTERM (docker stop, Kubernetes) lets in-flight requests finish (SHUTDOWN_GRACE_MS) before exit.
CMD ["node", "dist/main.js"]
