#!/usr/bin/env bash
# The one command that runs every check: install, lint, type-check, build, test, then the totals.
set -euo pipefail
cd "$(dirname "$0")/.."
export TURBO_TELEMETRY_DISABLED=1
bash scripts/bootstrap.sh --browser
rm -rf packages/*/test-results apps/*/test-results
pnpm exec turbo run lint typecheck build test --output-logs=errors-only --force
node scripts/test-summary.mjs
