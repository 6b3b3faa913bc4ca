#!/usr/bin/env bash
# Runs the benchmarks and prints their Markdown sections (paste them into docs/performance.md).
#   bench/run.sh            every benchmark
#   bench/run.sh tenants    one of them (tenants, search, mail)
#   bench/run.sh directory [departments] [people] [rounds]                  typeahead in process
#   bench/run.sh directory http [departments] [people] [seconds] [conns]    typeahead over HTTP under wrk
#   bench/run.sh mail --mailboxes 10000 --messages 100 --folder 10000       as root: real Postfix + Dovecot
#   bench/run.sh soak [--minutes 10] [--connections 64]                     demo province under wrk, RSS sampled
#   bench/run.sh hr [work-lists|import|rollup] [args]                          HR: work lists over 5,000 records, import of 10,000, province roll-up 200 × 500
#   bench/run.sh learning [catalogue|scorm|quiz] [args]                      e-learning: catalogue under wrk, 200 concurrent SCORM commits, grading 1,000 quiz attempts
set -euo pipefail
cd "$(dirname "$0")/.."
[ "$(id -u)" -eq 0 ] && bash scripts/deps/bench.sh
if [ "$(id -u)" -eq 0 ] && { [ $# -eq 0 ] || [ "${1,,}" = mail ]; }; then bash scripts/deps/mail.sh; fi
dotnet build Intranet.sln -c Release -nologo -v q
for project in bench/Intranet.Bench.*/; do
  name=$(basename "$project"); short=${name#Intranet.Bench.}
  if [ $# -gt 0 ] && [ "${1,,}" != "${short,,}" ]; then continue; fi
  echo "== $name" >&2
  dotnet run -c Release --no-build --project "$project" -- "${@:2}"
done
