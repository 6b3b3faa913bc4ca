#!/usr/bin/env bash
# The résumé PDF (HR module) is drawn with DejaVu Serif, which has every Vietnamese glyph; PDFsharp reads it
# from /usr/share/fonts/truetype/dejavu. Production servers need the same package (see docs/hr.md).
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
if ! dpkg-query -W -f='${Status}' fonts-dejavu-core 2>/dev/null | grep -q "install ok installed"; then
  apt-get install -y -qq --no-install-recommends fonts-dejavu-core >/dev/null
fi
