#!/usr/bin/env bash
# Browser tests drive Debian's Chromium through Playwright (no Playwright browser download);
# Noto fonts render Vietnamese diacritics in screenshots.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
packages=(chromium fonts-noto-core fonts-dejavu-core)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
