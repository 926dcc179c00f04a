#!/usr/bin/env bash
# Installs the Debian packages Radix needs when they are absent. Safe to run again: it installs nothing
# when everything is there. Needs root (or sudo) only when something is missing.
#
#   scripts/install-deps.sh          what building and rendering need (make render, make bench)
#   scripts/install-deps.sh test     that, and what the tests need too: headless Chromium for the
#                                    batch gallery's browser test and the editable SVG's look, librsvg2-bin
#                                    (rsvg-convert) and poppler-utils (pdftoppm, pdfinfo) to read SVG and
#                                    PDF figures back (make test, and so CI)
set -euo pipefail
packages=(pkg-config libcairo2-dev libpango1.0-dev libisal-dev fonts-dejavu-core)
case "${1:-render}" in
  render) ;;
  # chromium's own dependencies bring the libraries headless mode loads (GTK, NSS, ALSA …); the fonts
  # above are enough for the gallery's text.
  test) packages+=(chromium librsvg2-bin poppler-utils) ;;
  *) echo "usage: $0 [render|test]" >&2; exit 2 ;;
esac
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
