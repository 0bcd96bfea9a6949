#!/usr/bin/env bash
# Starts the demo on a fresh machine that has only Node 20 and npm: installs the pinned pnpm and
# the dependencies, builds the packages and the demo, then serves the built demo and prints its
# address. PORT and HOST choose where (4173 on 127.0.0.1 by default).
#
# It serves a copy of apps/demo/dist in apps/demo/dist-start/<port>/, not dist/ itself: `npm test`
# rebuilds dist/ (and the E2E tests serve their own copy), so both commands can run side by side
# without pulling files from under each other.
set -euo pipefail
cd "$(dirname "$0")/.."
export TURBO_TELEMETRY_DISABLED=1
bash scripts/bootstrap.sh
pnpm exec turbo run build --filter=@samverkan/demo... --output-logs=errors-only
host="${HOST:-127.0.0.1}"
port="${PORT:-4173}"
served="apps/demo/dist-start/$port"
rm -rf "$served.tmp"
mkdir -p "$served.tmp"
cp -R apps/demo/dist/. "$served.tmp/"
rm -rf "$served"
mv "$served.tmp" "$served"
echo
echo "› Samverkan demo: http://$host:$port/  (Ctrl+C stops it)"
echo
exec pnpm --filter @samverkan/demo exec vite preview --outDir "dist-start/$port" --host "$host" --port "$port" --strictPort
