#!/usr/bin/env bash
# The one command that runs every check: install, the lint-rule and link checks, lint,
# type-check, build and test of every package, the package checks (publint, attw, the consumer
# smoke test, size budgets) on the built packages, the API reference, the benchmark, then the
# totals.
#
# Every step runs even when one before it failed — turbo too runs every task whose
# dependencies succeeded — so one run shows everything that is wrong. Only a failed install
# stops the steps after it (nothing can run without the dependencies). The closing line
# `Tests: N passed, N failed` always prints, and the exit status is non-zero when any step or
# test failed (scripts/test-summary.mjs decides it from the reports and the steps' statuses).
set -uo pipefail
cd "$(dirname "$0")/.."
export TURBO_TELEMETRY_DISABLED=1

rm -rf packages/*/test-results apps/*/test-results test-results .turbo/runs
mkdir -p test-results
steps=test-results/steps.tsv
: >"$steps"

# step <name> <command…>: runs the command and records its exit status and duration.
step() {
  local name=$1
  shift
  echo
  echo "━━━━ $name: $*"
  local started=$SECONDS status=0
  "$@" || status=$?
  printf '%s\t%s\t%s\n' "$name" "$status" "$((SECONDS - started))" >>"$steps"
  return "$status"
}

if step install bash scripts/bootstrap.sh --browser --postgres; then
  step lint-rules node scripts/check-lint-rules.mjs
  step links node scripts/check-links.mjs
  # The tasks turbo is about to run (a dry run: no work), so the totals can name those that never
  # ran because a task they depend on failed.
  pnpm exec turbo run lint typecheck build test --dry=json >test-results/turbo-plan.json 2>/dev/null ||
    rm -f test-results/turbo-plan.json
  step turbo pnpm exec turbo run lint typecheck build test --output-logs=errors-only --force \
    --continue=dependencies-successful --summarize
  # Which turbo tasks failed or never ran, for the totals.
  summary=$(ls -t .turbo/runs/*.json 2>/dev/null | head -n 1)
  [ -n "$summary" ] && cp "$summary" test-results/turbo-run.json
  # The package checks run on what the build above produced; each check counts as a test.
  step packages node scripts/check-packages.mjs
  # The API reference from the doc comments, so it cannot rot; its checks count as tests.
  step api-docs node scripts/docs-api.mjs
  # The accessibility statement from this run's axe, story and keyboard results; it fails when
  # a report is missing or an accessibility test failed (it claims only what the tests showed).
  step accessibility-statement node scripts/accessibility-statement.mjs
  # The runtime benchmark on a small network, so the script cannot rot and CI logs show figures
  # (a figure, not a pass/fail: budgets are checked above, speed is not asserted).
  step bench env BENCH_MEETINGS=100 pnpm --filter @samverkan/core bench
fi

echo
node scripts/test-summary.mjs
