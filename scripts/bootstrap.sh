#!/usr/bin/env bash
# Prepares a fresh machine that has only Node 20 and npm: installs the pinned pnpm and the
# workspace's dependencies. With --browser it also installs Debian's Chromium, which the
# browser tests drive (no tool here downloads a browser of its own), and poppler-utils, whose
# pdftotext and pdfinfo read back the PDFs @samverkan/ui's print tests print; with --postgres, Debian's
# PostgreSQL server, which @samverkan/server's tests start in a temporary directory of their own
# (the programs only: no system-wide cluster is created or started).
set -euo pipefail
cd "$(dirname "$0")/.."

want_pnpm=$(node -p "require('./package.json').packageManager.split('@')[1]")
if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version)" != "$want_pnpm" ]; then
  echo "› installing pnpm $want_pnpm"
  npm install --global --no-fund --no-audit "pnpm@$want_pnpm"
fi

want_browser=false
want_postgres=false
for arg in "$@"; do
  case "$arg" in
    --browser) want_browser=true ;;
    --postgres) want_postgres=true ;;
    *) echo "bootstrap.sh: unknown option $arg (known: --browser, --postgres)" >&2; exit 2 ;;
  esac
done

apt_packages=()
if $want_browser && [ ! -x /usr/bin/chromium ]; then apt_packages+=(chromium); fi
if $want_browser && [ ! -x /usr/bin/pdftotext ]; then apt_packages+=(poppler-utils); fi
# initdb, pg_ctl and postgres under /usr/lib/postgresql/<version>/bin.
if $want_postgres && ! compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null; then apt_packages+=(postgresql); fi
if [ "${#apt_packages[@]}" -gt 0 ]; then
  echo "› installing Debian's ${apt_packages[*]}"
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  if [[ " ${apt_packages[*]} " == *" postgresql "* ]] && [ ! -e /etc/postgresql-common/createcluster.conf ]; then
    # Debian's package would create and start a system-wide cluster on port 5432; the tests need
    # only the programs.
    $sudo_cmd mkdir -p /etc/postgresql-common
    echo 'create_main_cluster = false' | $sudo_cmd tee /etc/postgresql-common/createcluster.conf >/dev/null
  fi
  $sudo_cmd apt-get update -q
  # confold: keep a configuration file already there (the one above) without asking.
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -q -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold "${apt_packages[@]}"
fi

echo "› installing dependencies"
if [ -n "${CI:-}" ]; then
  pnpm install --frozen-lockfile
else
  pnpm install
fi
