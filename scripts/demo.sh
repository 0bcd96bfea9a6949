#!/usr/bin/env bash
# Starts the demo on a fresh machine that has only Node 20 and npm: installs the pinned pnpm and
# the dependencies, builds the packages and the demo, then serves the built demo and prints its
# address. PORT and HOST choose where (4173 on 127.0.0.1 by default).
set -euo pipefail
cd "$(dirname "$0")/.."
export TURBO_TELEMETRY_DISABLED=1
bash scripts/bootstrap.sh
pnpm exec turbo run build --filter=@samverkan/demo... --output-logs=errors-only
host="${HOST:-127.0.0.1}"
port="${PORT:-4173}"
echo
echo "› Samverkan demo: http://$host:$port/  (Ctrl+C stops it)"
echo
exec pnpm --filter @samverkan/demo exec vite preview --host "$host" --port "$port" --strictPort
