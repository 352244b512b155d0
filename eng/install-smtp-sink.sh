#!/usr/bin/env bash
# Installs Postfix's smtp-sink (Debian package postfix), the fast SMTP sink bench/Hfi.Notifications.Bench measures
# the e-mail fan-out against. Only the benches need it. Postfix itself is neither configured nor started: debconf
# is told "No configuration", and policy-rc.d keeps its service from starting. Safe to run again.
set -euo pipefail

[ -x /usr/sbin/smtp-sink ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "error: /usr/sbin/smtp-sink is missing (run as root, or install Debian's postfix with apt-get)." >&2
  exit 1
fi

echo "Installing postfix (for its smtp-sink) ..."
echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections
apt-get update -qq
policy=/usr/sbin/policy-rc.d
[ -e "$policy" ] || { printf '#!/bin/sh\nexit 101\n' > "$policy"; chmod +x "$policy"; trap 'rm -f "$policy"' EXIT; }
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postfix >/dev/null
