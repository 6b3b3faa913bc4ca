#!/usr/bin/env bash
# Stops the PostgreSQL started by scripts/pg/start.sh DIR (fast shutdown, by the postmaster's pid) and removes DIR.
#   scripts/pg/stop.sh DIR
set -euo pipefail
dir="${1:?usage: $0 DIR}"
pidfile="$dir/data/postmaster.pid"
if [ -f "$pidfile" ]; then
  pid="$(head -n1 "$pidfile")"
  # SIGINT is PostgreSQL's "fast" shutdown: sessions are ended, the server exits cleanly.
  kill -INT "$pid" 2>/dev/null || true
  for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  if kill -0 "$pid" 2>/dev/null; then kill -QUIT "$pid" 2>/dev/null || true; fi
fi
rm -rf "$dir"
