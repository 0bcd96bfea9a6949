#!/usr/bin/env bash
# Prepares a fresh machine that has only Node 20 and npm: installs the pinned pnpm and the
# workspace's dependencies. With --browser it also installs Debian's Chromium, which the
# browser tests drive (no tool here downloads a browser of its own).
set -euo pipefail
cd "$(dirname "$0")/.."

want_pnpm=$(node -p "require('./package.json').packageManager.split('@')[1]")
if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version)" != "$want_pnpm" ]; then
  echo "› installing pnpm $want_pnpm"
  npm install --global --no-fund --no-audit "pnpm@$want_pnpm"
fi

if [ "${1:-}" = "--browser" ] && [ ! -x /usr/bin/chromium ]; then
  echo "› installing Debian's chromium"
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -q chromium
fi

echo "› installing dependencies"
if [ -n "${CI:-}" ]; then
  pnpm install --frozen-lockfile
else
  pnpm install
fi
