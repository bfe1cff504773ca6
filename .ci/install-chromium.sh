#!/usr/bin/env bash
# Installs Debian's Chromium for the browser tests when it is missing.
# Playwright's own browser download is not used: it needs hosts beyond the
# npm registry and Debian's mirrors.
set -euo pipefail

chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$chromium_path" ]; then
  exit 0
fi

echo "Chromium not found at $chromium_path; installing Debian's chromium package."
if [ "$(id -u)" -eq 0 ]; then
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
elif command -v sudo >/dev/null 2>&1; then
  sudo apt-get update
  sudo DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
else
  echo "Cannot install Chromium: run as root, or install Debian's chromium package, or set CHROMIUM_PATH." >&2
  exit 1
fi
