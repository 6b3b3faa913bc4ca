#!/usr/bin/env bash
# The certificate test (Intranet.Learning.Tests/Certs) decodes the QR code of a certificate PDF with zbarimg,
# as a phone would read it: a code that only our own code can read proves nothing.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
if ! dpkg-query -W -f='${Status}' zbar-tools 2>/dev/null | grep -q "install ok installed"; then
  apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends zbar-tools >/dev/null
fi
