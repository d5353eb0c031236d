#!/usr/bin/env bash
# The tests need programs and fonts from Debian: xmllint (manifest validation), chromium (browser
# tests), and for the render tests LibreOffice Calc and Writer (soffice: the overview, and the
# exported Word document printed by a real word processor), poppler-utils (pdfinfo, pdftotext)
# and Carlito (Calibri's metrics; its widths are also what the committed width table is checked
# against), GNU time (/usr/bin/time -v measures the memory of the command line on zip bombs) and
# python3-uno (LibreOffice Calc builds a workbook with charts and a pivot table for the tests). Installs them when missing and running as root; otherwise says what to install.
set -euo pipefail
missing=()
command -v xmllint >/dev/null 2>&1 || missing+=(libxml2-utils)
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-calc-nogui)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
[ -f /usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf ] || missing+=(fonts-crosextra-carlito)
dpkg -s libreoffice-writer-nogui >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui)
[ -x /usr/bin/time ] || missing+=(time)
/usr/bin/python3 -c 'import uno' >/dev/null 2>&1 || missing+=(python3-uno)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "Please install: sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
