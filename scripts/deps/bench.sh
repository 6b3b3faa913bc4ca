#!/usr/bin/env bash
# wrk for HTTP benchmarks (bench/), from Debian's packages.
set -euo pipefail
command -v wrk >/dev/null 2>&1 || apt-get install -y -q --no-install-recommends wrk
