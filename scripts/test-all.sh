#!/usr/bin/env bash
# The one command that runs every check: install, lint, type-check, build, test.
set -euo pipefail
cd "$(dirname "$0")/.."
export TURBO_TELEMETRY_DISABLED=1
bash scripts/bootstrap.sh --browser
pnpm exec turbo run lint typecheck build test --output-logs=errors-only
