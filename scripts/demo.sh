#!/usr/bin/env bash
# Starts the demo on a fresh machine that has only Node 20 and npm: installs the pinned pnpm and
# the dependencies, builds the packages and the demo, then starts @samverkan/server with the five
# sample networks in PGlite (apps/demo/.samverkan-data) serving the built demo, and prints its
# address. Two browser windows are then two people in one network (sign in on the demo's
# development sign-in page). PORT and HOST choose where (4173 on 127.0.0.1 by default);
# DATA_DIR another data folder. `DEMO_MODE=static` serves the browser-only demo instead (each
# visitor keeps a private copy in IndexedDB), as a static host would.
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
if [ "${DEMO_MODE:-server}" = "static" ]; then
  echo
  echo "› Samverkan demo (browser only): http://$host:$port/  (Ctrl+C stops it)"
  echo
  exec pnpm --filter @samverkan/demo exec vite preview --outDir "dist-start/$port" --host "$host" --port "$port" --strictPort
fi
echo
HOST="$host" PORT="$port" DIST="$(pwd)/$served" exec node apps/demo/server/demo-server.mjs
