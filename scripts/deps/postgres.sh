#!/usr/bin/env bash
# PostgreSQL 15 for the tests on PostgreSQL and for deployments that use it (Debian 12, run as root, idempotent, quiet).
# Only the server binaries are needed: scripts/pg/start.sh runs its own cluster in a temporary folder, so Debian's
# default cluster (created by the package's postinst) is neither used nor started here.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
packages=(postgresql-15 postgresql-client-15)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  # Keep apt from starting Debian's default cluster on :5432 on a host with an init system.
  policy_added=0
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod 0755 /usr/sbin/policy-rc.d && policy_added=1
  fi
  apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  if [ "$policy_added" -eq 1 ]; then rm -f /usr/sbin/policy-rc.d; fi
fi
id postgres >/dev/null 2>&1 || { echo "$0: no postgres user after installing postgresql-15" >&2; exit 1; }
