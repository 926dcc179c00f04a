#!/usr/bin/env bash
# Installs the Debian packages Radix needs when they are absent. Safe to run again: it installs nothing
# when everything is there. Needs root (or sudo) only when something is missing.
set -euo pipefail
packages=(pkg-config libcairo2-dev libpango1.0-dev libisal-dev fonts-dejavu-core)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "radix: installing ${missing[*]}" >&2
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
