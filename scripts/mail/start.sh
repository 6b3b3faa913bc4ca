#!/usr/bin/env bash
# Starts Dovecot then Postfix from a folder made by install.sh (as root), and waits until the ports answer.
#   scripts/mail/start.sh BASE
set -euo pipefail
base="$(cd "${1:?usage: $0 BASE}" && pwd)"
postfix -c "$base/postfix" check
# Dovecot first: it creates the auth and LMTP sockets in Postfix's private/ folder.
dovecot -c "$base/dovecot/dovecot.conf"
postfix -c "$base/postfix" start >/dev/null 2>&1 || postfix -c "$base/postfix" reload >/dev/null
imap_port="$(awk '/inet_listener imap \{/{f=1} f&&/port =/{print $3; exit}' "$base/dovecot/dovecot.conf")"
smtp="$(awk '$2=="inet"{print $1}' "$base/postfix/master.cf")"
for i in $(seq 1 200); do
  ok=1
  for a in $smtp "127.0.0.1:$imap_port"; do
    case "$a" in *:*) h="${a%:*}"; p="${a##*:}";; *) h=127.0.0.1; p="$a";; esac
    (exec 3<>"/dev/tcp/$h/$p") 2>/dev/null || ok=0
  done
  [ "$ok" -eq 1 ] && exit 0
  sleep 0.05
done
echo "$0: mail servers did not start; see $base/log/" >&2
exit 1
