#!/usr/bin/env bash
# The tests need programs from Debian: xmllint (manifest validation), chromium (browser tests),
# and LibreOffice Writer with poppler's pdfinfo/pdftotext and Carlito (the exported Word
# document printed by a real word processor). Installs them when missing and running as root;
# otherwise says what to install.
set -euo pipefail
missing=()
command -v xmllint >/dev/null 2>&1 || missing+=(libxml2-utils)
[ -x /usr/bin/chromium ] || missing+=(chromium)
dpkg -s libreoffice-writer-nogui >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
dpkg -s fonts-crosextra-carlito >/dev/null 2>&1 || missing+=(fonts-crosextra-carlito)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "Please install: sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
