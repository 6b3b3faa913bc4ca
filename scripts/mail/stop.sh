#!/usr/bin/env bash
# Stops Postfix and Dovecot started by start.sh from BASE (as root). Quiet when they are not running.
set -uo pipefail
base="$(cd "${1:?usage: $0 BASE}" && pwd)"
postfix -c "$base/postfix" stop >/dev/null 2>&1 || true
pidfile="$base/run/dovecot/master.pid"
if [ -s "$pidfile" ]; then
  pid="$(cat "$pidfile")"
  kill -TERM "$pid" 2>/dev/null || true
  for i in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done
fi
exit 0
