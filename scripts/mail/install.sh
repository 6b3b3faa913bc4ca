#!/usr/bin/env bash
# Renders deploy/mail/ templates into a self-contained Postfix + Dovecot folder (run as root).
#   scripts/mail/install.sh BASE DB
# BASE: folder for configs, queue, mail store, logs. DB: the intranet's mail.db (App_Data/mail/mail.db).
# Settings from the environment (defaults suit tests on loopback):
#   MAIL_MASTER_PASSWORD (required)  the webmail's master secret (Intranet:Mail:Webmail:MasterPassword)
#   MAIL_MASTER_USER=webmail  MAIL_HOSTNAME=mail.intranet.local  MAIL_LISTEN=127.0.0.1 ('*' = all)
#   MAIL_SMTP_PORT=10025 MAIL_SUBMISSION_PORT=10587 MAIL_IMAP_PORT=10143 MAIL_IMAPS_PORT=0 MAIL_SIEVE_PORT=14190
#   MAIL_TRUSTED_NETWORKS=127.0.0.1/32 (the intranet's address: no login penalty)  MAIL_AUTH_FAILURE_DELAY='2 secs'
#   MAIL_SIEVE_ADMIN=<dir of DB>/sieve   MAIL_MESSAGE_SIZE_LIMIT=26214400
#   MAIL_TLS_CERT / MAIL_TLS_KEY     production: enables TLS (required for AUTH) on every listener
set -euo pipefail
[ "$#" -eq 2 ] || { echo "usage: $0 BASE DB" >&2; exit 2; }
[ "$(id -u)" -eq 0 ] || { echo "$0: run as root (Postfix and Dovecot switch users)" >&2; exit 1; }
: "${MAIL_MASTER_PASSWORD:?set MAIL_MASTER_PASSWORD (the webmail master secret)}"
here="$(cd "$(dirname "$0")" && pwd)"
templates="$(cd "$here/../../deploy/mail" && pwd)"
mkdir -p "$1"
base="$(cd "$1" && pwd)"
db="$(realpath -m "$2")"
dbdir="$(dirname "$db")"
sieve_admin="$(realpath -m "${MAIL_SIEVE_ADMIN:-$dbdir/sieve}")"
listen="${MAIL_LISTEN:-127.0.0.1}"
tls=no; [ -n "${MAIL_TLS_CERT:-}" ] && [ -n "${MAIL_TLS_KEY:-}" ] && tls=yes
smtp_port="${MAIL_SMTP_PORT:-10025}"; submission_port="${MAIL_SUBMISSION_PORT:-10587}"
if [ "$listen" = "*" ]; then
  inet_interfaces=all; smtp_address="$smtp_port"; submission_address="$submission_port"
else
  inet_interfaces="$listen"; smtp_address="$listen:$smtp_port"; submission_address="$listen:$submission_port"
fi

getent group mailsql >/dev/null || { echo "$0: group mailsql missing (run scripts/deps/mail.sh)" >&2; exit 1; }
id vmail >/dev/null 2>&1 || { echo "$0: user vmail missing (run scripts/deps/mail.sh)" >&2; exit 1; }

chmod 0755 "$base"
mkdir -p "$base"/{postfix,dovecot,spool,data,log,run,state/dovecot,state/last-login,vmail}
render() { # template -> destination
  local line
  sed -e "s|@BASE@|$base|g" -e "s|@DB@|$db|g" -e "s|@HOSTNAME@|${MAIL_HOSTNAME:-mail.intranet.local}|g" \
      -e "s|@LISTEN@|$listen|g" -e "s|@INET_INTERFACES@|$inet_interfaces|g" \
      -e "s|@SMTP_ADDRESS@|$smtp_address|g" -e "s|@SUBMISSION_ADDRESS@|$submission_address|g" \
      -e "s|@SMTP_PORT@|$smtp_port|g" -e "s|@IMAP_PORT@|${MAIL_IMAP_PORT:-10143}|g" \
      -e "s|@IMAPS_PORT@|${MAIL_IMAPS_PORT:-0}|g" -e "s|@SIEVE_PORT@|${MAIL_SIEVE_PORT:-14190}|g" \
      -e "s|@SIEVE_ADMIN@|$sieve_admin|g" -e "s|@MESSAGE_SIZE_LIMIT@|${MAIL_MESSAGE_SIZE_LIMIT:-26214400}|g" \
      -e "s|@TRUSTED_NETWORKS@|${MAIL_TRUSTED_NETWORKS:-127.0.0.1/32}|g" -e "s|@AUTH_FAILURE_DELAY@|${MAIL_AUTH_FAILURE_DELAY:-2 secs}|g" \
      -e "s|@TLS_CERT@|${MAIL_TLS_CERT:-}|g" -e "s|@TLS_KEY@|${MAIL_TLS_KEY:-}|g" "$1" |
  if [ "$tls" = yes ]; then sed -e 's/^#@tls //' -e '/^#@notls /d'; else sed -e 's/^#@notls //' -e '/^#@tls /d'; fi > "$2"
}
for f in "$templates"/postfix/*; do render "$f" "$base/postfix/$(basename "$f")"; done
sed -i "s|^inet_interfaces = .*|inet_interfaces = $inet_interfaces|" "$base/postfix/main.cf"
for f in "$templates"/dovecot/*; do render "$f" "$base/dovecot/$(basename "$f")"; done

hash="$(doveadm -c "$base/dovecot/dovecot.conf" pw -s BLF-CRYPT -p "$MAIL_MASTER_PASSWORD" | sed 's/^{BLF-CRYPT}//')"
printf '%s:%s\n' "${MAIL_MASTER_USER:-webmail}" "$hash" > "$base/dovecot/master-users"
chown root:dovecot "$base/dovecot/master-users"; chmod 0640 "$base/dovecot/master-users"

chown postfix "$base/data"
touch "$base/log/postfix.log" "$base/log/dovecot.log"; chown postfix "$base/log/postfix.log"
chown vmail:vmail "$base/vmail" "$base/state/last-login"; chmod 0700 "$base/vmail"; chmod 0755 "$base/state/last-login"

# mail.db is written by the intranet and read by both daemons; in WAL mode readers write the -shm file,
# so the folder and files belong to group mailsql (setgid folder: new -wal/-shm files inherit the group).
mkdir -p "$dbdir" "$sieve_admin"
chgrp mailsql "$dbdir" "$sieve_admin"; chmod 2770 "$dbdir" "$sieve_admin"
for f in "$db" "$db-wal" "$db-shm"; do [ -e "$f" ] && { chgrp mailsql "$f"; chmod 0660 "$f"; }; done
# Every folder above mail.db must be traversable by postfix and dovecot.
d="$dbdir"; while [ "$d" != "/" ]; do d="$(dirname "$d")"; chmod o+x "$d" 2>/dev/null || true; done

postfix -c "$base/postfix" check
