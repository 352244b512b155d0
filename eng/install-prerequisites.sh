#!/usr/bin/env bash
# Installs what Hfi needs on a Debian machine with the .NET 10 SDK, and only what is missing.
# Used by run.sh and test.sh; safe to run again.
set -euo pipefail

if ! command -v dotnet >/dev/null 2>&1; then
  echo "error: the .NET 10 SDK (dotnet) is not installed; install it first." >&2
  exit 1
fi

missing=()
[ -x /usr/lib/postgresql/15/bin/postgres ] || missing+=(postgresql-15)
[ -x /usr/lib/rabbitmq/bin/rabbitmq-server ] || missing+=(rabbitmq-server)
command -v setpriv >/dev/null 2>&1 || missing+=(util-linux)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
# Debian's python (not a pyenv one on PATH) runs the local mail catcher.
[ -x /usr/bin/python3 ] || missing+=(python3)
# The Planning tests read the calendar feeds back with a second, independent iCalendar parser.
/usr/bin/python3 -c 'import icalendar' >/dev/null 2>&1 || missing+=(python3-icalendar)
# test.sh checks that every web UI module parses.
command -v node >/dev/null 2>&1 || missing+=(nodejs)
# ... and type-checks them with the TypeScript compiler, which npm installs (eng/web).
command -v npm >/dev/null 2>&1 || missing+=(npm)
# The browser tests drive Debian's chromium through Playwright (which must not download a browser of its own).
[ -x /usr/bin/chromium ] || missing+=(chromium)
# The browser tests read the previewed PDFs back with pdftotext and pdftoppm.
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
# Its Norwegian resources: without them date and time fields show "05:30 PM" in the screenshots of a Norwegian UI.
# Cosmetic, so a machine where we cannot install it only gets a warning.
cosmetic=()
[ -f /usr/lib/chromium/locales/nb.pak ] || cosmetic+=(chromium-l10n)
if [ ${#cosmetic[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    missing+=("${cosmetic[@]}")
  else
    echo "warning: ${cosmetic[*]} is not installed; browser screenshots will show English date and time formats." >&2
  fi
fi

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "error: missing Debian packages: ${missing[*]} (run as root, or install them with apt-get)." >&2
    exit 1
  fi
  echo "Installing ${missing[*]} ..."
  apt-get update -qq
  # The Debian packages would start their own servers (and RabbitMQ's epmd); Hfi runs its own on its own ports.
  policy=/usr/sbin/policy-rc.d
  [ -e "$policy" ] || { printf '#!/bin/sh\nexit 101\n' > "$policy"; chmod +x "$policy"; trap 'rm -f "$policy"' EXIT; }
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# A system RabbitMQ started before (by an older install) is stopped, with the epmd its stop leaves behind; one that
# is not running is left alone, since `service ... stop` would itself start an epmd.
if pgrep -u rabbitmq -f beam.smp >/dev/null 2>&1 && command -v service >/dev/null 2>&1; then
  service rabbitmq-server stop >/dev/null 2>&1 || true
  pkill -u rabbitmq -x epmd 2>/dev/null || true
fi

cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
# The web UI's checkers (TypeScript, Prettier): npm installs them again when one is missing or not the pinned version.
stale=$(node -e "
  const wanted = require('./eng/web/package.json').devDependencies;
  const installed = name => { try { return require('./eng/web/node_modules/' + name + '/package.json').version; } catch { } };
  console.log(Object.keys(wanted).filter(name => installed(name) !== wanted[name]).join(' '));")
[ -z "$stale" ] || npm ci --prefix eng/web --no-audit --no-fund --loglevel=error >/dev/null
