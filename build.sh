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

test_all() {
  deps
  build
  local results; results=$(mktemp -d)
  local status=0
  for project in tests/*.Tests/*.csproj tests/*.BrowserTests/*.csproj; do
    echo "== test: $project"
    if ! dotnet test "$project" -c Release --no-build --nologo -v q --logger "trx;LogFilePrefix=r" --results-directory "$results" 2>&1 | tee -a "$results/out.txt"; then
      status=1
    fi
  done
  # One closing line for CI: totals across every suite.
  python3 - "$results" <<'PY'
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
print(f"{passed} passed, {failed} failed, {skipped} skipped")
PY
  return $status
}

case "${1:-test}" in
  deps) deps ;;
  build) build ;;
  test) test_all ;;
  bench) shift; bash bench/run.sh "$@" ;;
  *) echo "usage: ./build.sh [test|build|deps|bench]" >&2; exit 2 ;;
esac
