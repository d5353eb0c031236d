#!/usr/bin/env bash
# The tests need two programs from Debian: xmllint (manifest validation) and chromium (browser
# tests). Installs them when missing and running as root; otherwise says what to install.
set -euo pipefail
missing=()
command -v xmllint >/dev/null 2>&1 || missing+=(libxml2-utils)
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "Please install: sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
