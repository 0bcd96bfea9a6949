#!/usr/bin/env bash
# The one command that runs every check: install, lint, type-check, build, test, the package
# checks (publint, attw, the consumer smoke test, size budgets) on the built packages, then the
# totals.
set -euo pipefail
cd "$(dirname "$0")/.."
export TURBO_TELEMETRY_DISABLED=1
bash scripts/bootstrap.sh --browser --postgres
rm -rf packages/*/test-results apps/*/test-results test-results
node scripts/check-lint-rules.mjs
pnpm exec turbo run lint typecheck build test --output-logs=errors-only --force
# The package checks run on what the build above produced. They run to the end even when one
# fails, so the totals below still print; their result decides the exit status with the tests'.
checks=0
node scripts/check-packages.mjs || checks=$?
# The runtime benchmark on a small network, so the script cannot rot and CI logs show figures
# (a figure, not a pass/fail: budgets are checked above, speed is not asserted).
BENCH_MEETINGS=100 pnpm --filter @samverkan/core bench || checks=$?
summary=0
node scripts/test-summary.mjs || summary=$?
if [ "$checks" -ne 0 ]; then
  echo "Package checks failed (see the ━━ package checks section above)." >&2
  exit "$checks"
fi
exit "$summary"
