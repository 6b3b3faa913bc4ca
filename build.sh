#!/usr/bin/env bash
# Intranet build entry point.
#   ./build.sh test    install what the tests need (as root), build, run every test suite
#   ./build.sh build   build everything (warnings are errors)
#   ./build.sh deps    install the system packages the tests need (Debian 12, as root)
#   ./build.sh bench   run the benchmarks in bench/ and write docs/performance.md figures
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

deps() {
  if [ "$(id -u)" -ne 0 ]; then
    echo "build.sh: not root; assuming the test prerequisites are installed (see scripts/deps/)." >&2
    return 0
  fi
  export DEBIAN_FRONTEND=noninteractive
  if [ ! -f /var/lib/apt/lists/.intranet-updated ] || [ -n "$(find /var/lib/apt/lists/.intranet-updated -mmin +720 2>/dev/null)" ]; then
    apt-get update -qq && touch /var/lib/apt/lists/.intranet-updated
  fi
  for script in scripts/deps/*.sh; do
    [ -e "$script" ] || continue
    echo "== deps: $script"
    bash "$script"
  done
}

build() {
  # A project missing from the solution would be skipped by the build and then fail
  # "dotnet test --no-build"; name it instead.
  local missing=0
  while IFS= read -r project; do
    if ! grep -qF "$(echo "${project#./}" | tr / '\\')" Intranet.sln; then
      echo "build.sh: $project is not in Intranet.sln (dotnet sln add $project)" >&2
      missing=1
    fi
  done < <(find src tests bench tools -name '*.csproj' -not -path '*/bin/*' -not -path '*/obj/*' | sort)
  [ "$missing" -eq 0 ] || return 1
  dotnet build Intranet.sln -c Release -warnaserror -nologo -v q
}

# Runs each test project given on the command line with the results in $1; returns 1 when any failed.
run_suites() {
  local results=$1; shift
  local status=0
  for project in "$@"; do
    echo "== test: $project"
    if ! dotnet test "$project" -c Release --no-build --nologo -v q --logger "trx;LogFilePrefix=r" --results-directory "$results" 2>&1 | tee -a "$results/out.txt"; then
      status=1
    fi
  done
  return $status
}

# Totals across every suite of one results folder: one closing line for CI.
summarise() {
  python3 - "$1" "$2" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
passed = failed = skipped = 0
shown = set()
for f in glob.glob(sys.argv[1] + "/*.trx"):
    # The generated suites report what they covered (endpoints, requests); show it in the log.
    for out in ET.parse(f).getroot().findall(".//{*}StdOut"):
        for line in (out.text or "").splitlines():
            if line.startswith(("Access matrix:", "Fuzzing:")) and line not in shown:
                shown.add(line)
                print(line)
    c = ET.parse(f).getroot().find(".//{*}Counters")
    if c is None: continue
    passed += int(c.get("passed", 0)); failed += int(c.get("failed", 0)) + int(c.get("error", 0)) + int(c.get("timeout", 0))
    skipped += int(c.get("notExecuted", 0))
print(f"{sys.argv[2]}: {passed} passed, {failed} failed, {skipped} skipped")
PY
}

# Every suite runs on SQLite. INTRANET_TEST_PROVIDERS="sqlite postgres" runs the integration suites (those built on
# Intranet.Testing's IntranetFactory) again on a throw-away PostgreSQL 15 (scripts/pg/start.sh), in a parallel process.
# SQLite only by default until every suite is green on PostgreSQL (docs/scale-out.md, "Status").
test_all() {
  deps
  build
  local providers="${INTRANET_TEST_PROVIDERS:-sqlite}"
  local all=(tests/*.Tests/*.csproj tests/*.BrowserTests/*.csproj)
  local integration=()
  for project in "${all[@]}"; do
    grep -q 'Intranet.Testing.csproj' "$project" && integration+=("$project")
  done
  local sqlite_results pg_results pg_dir="" pg_pid="" status=0
  sqlite_results=$(mktemp -d); pg_results=$(mktemp -d)
  local started=$SECONDS
  if [[ " $providers " == *" postgres "* ]]; then
    pg_dir=$(mktemp -d /tmp/intranet-pg.XXXXXX)
    trap 'scripts/pg/stop.sh "$pg_dir"' EXIT
    local connection; connection=$(scripts/pg/start.sh "$pg_dir" "${INTRANET_TEST_PG_PORT:-55432}")
    # Output goes to a file and is shown after the SQLite run, so the two logs do not interleave.
    ( export INTRANET_TEST_DATABASE=postgres INTRANET_TEST_POSTGRES="$connection"
      run_suites "$pg_results" "${integration[@]}" >"$pg_results/log.txt" 2>&1 ) &
    pg_pid=$!
  fi
  if [[ " $providers " == *" sqlite "* ]]; then
    run_suites "$sqlite_results" "${all[@]}" || status=1
    echo "== SQLite suites took $((SECONDS - started)) s"
  fi
  if [ -n "$pg_pid" ]; then
    wait "$pg_pid" || status=1
    echo "== PostgreSQL suites (${#integration[@]} integration projects), log:"
    cat "$pg_results/log.txt"
    echo "== both providers took $((SECONDS - started)) s"
    scripts/pg/stop.sh "$pg_dir"; trap - EXIT
  fi
  [[ " $providers " == *" sqlite "* ]] && summarise "$sqlite_results" "SQLite"
  [ -n "$pg_pid" ] && summarise "$pg_results" "PostgreSQL"
  return $status
}

case "${1:-test}" in
  deps) deps ;;
  build) build ;;
  test) test_all ;;
  bench) shift; bash bench/run.sh "$@" ;;
  *) echo "usage: ./build.sh [test|build|deps|bench]" >&2; exit 2 ;;
esac
