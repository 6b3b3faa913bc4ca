#!/usr/bin/env bash
# System packages for the Mail module's tests and deployment (Debian 12, run as root, idempotent, quiet).
# Postfix is preseeded with "No configuration" so no default instance exists; the test fixture and
# scripts/mail/start.sh run Postfix and Dovecot from their own config folder (no systemd needed).
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
packages=(postfix postfix-sqlite dovecot-core dovecot-imapd dovecot-lmtpd dovecot-sqlite dovecot-sieve
  dovecot-managesieved swaks sqlite3 python3)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo 'postfix postfix/main_mailer_type select No configuration' | debconf-set-selections
  echo 'postfix postfix/mailname string mail.test.invalid' | debconf-set-selections
  # Debian would start the default Dovecot on 143/993 on a systemd host; keep apt from starting services.
  policy_added=0
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod 0755 /usr/sbin/policy-rc.d && policy_added=1
  fi
  apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  if [ "$policy_added" -eq 1 ]; then rm -f /usr/sbin/policy-rc.d; fi
fi
# The mail store's owner and the group that may read (and, for SQLite WAL, write the -shm of) mail.db.
id vmail >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin vmail
getent group mailsql >/dev/null || groupadd --system mailsql
for u in postfix dovecot; do
  id -nG "$u" | tr ' ' '\n' | grep -qx mailsql || usermod -aG mailsql "$u"
done
