#!/usr/bin/env bash
# Makes every icon the installers and the window use from the one source, microtower.svg.
# The results are committed, so building the installers needs none of these tools; run this
# after changing the SVG. Needs librsvg2-bin (rsvg-convert), imagemagick (convert) and
# icnsutils (png2icns): apt-get install -y librsvg2-bin imagemagick icnsutils
set -euo pipefail
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for size in 16 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" microtower.svg -o "$tmp/$size.png"
done
cp "$tmp/512.png" microtower.png # jpackage's Linux icon and the desktop entry's
# the window's icons: the title bar takes the small one, task switchers the large one
window=../../src/main/resources/dev/microtower/icon
mkdir -p "$window"
for size in 16 32 48 64 128 256; do cp "$tmp/$size.png" "$window/microtower-$size.png"; done
convert "$tmp/16.png" "$tmp/32.png" "$tmp/48.png" "$tmp/64.png" "$tmp/128.png" "$tmp/256.png" microtower.ico
png2icns microtower.icns "$tmp/16.png" "$tmp/32.png" "$tmp/128.png" "$tmp/256.png" "$tmp/512.png" >/dev/null
ls -l microtower.png microtower.ico microtower.icns "$window"
