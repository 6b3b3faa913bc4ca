#!/usr/bin/env bash
# Starts a throw-away PostgreSQL 15 for a test run: a new cluster in a temporary folder, run as the postgres user
# (initdb refuses root), listening on 127.0.0.1 only, durability off (tests only). Prints the connection string.
#   scripts/pg/start.sh DIR [PORT]     DIR is created (must not exist or be empty); PORT defaults to 55432
# Stop it with scripts/pg/stop.sh DIR (by the postmaster's pid).
set -euo pipefail
dir="${1:?usage: $0 DIR [PORT]}"
port="${2:-55432}"
bin=/usr/lib/postgresql/15/bin
[ -x "$bin/initdb" ] || { echo "$0: PostgreSQL 15 is not installed (scripts/deps/postgres.sh)" >&2; exit 1; }
mkdir -p "$dir"
dir="$(cd "$dir" && pwd)"
run() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [ "$(id -u)" -eq 0 ]; then chown postgres: "$dir"; fi
# Other users' processes (the tests run as root) connect over TCP; the socket folder stays private to the cluster.
run "$bin/initdb" -D "$dir/data" -E UTF8 --locale=C.UTF-8 -A trust -U postgres >"$dir/initdb.log" 2>&1 \
  || { cat "$dir/initdb.log" >&2; exit 1; }
run "$bin/pg_ctl" -D "$dir/data" -l "$dir/pg.log" -w -t 60 start -o \
  "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300 -c shared_buffers=128MB" \
  >/dev/null || { cat "$dir/pg.log" >&2; exit 1; }
echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
