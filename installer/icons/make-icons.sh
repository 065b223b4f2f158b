#!/usr/bin/env bash
# Regenerates every raster icon from so-tre-em.svg (the one source of truth):
#   installer/icons/so-tre-em-<size>.png, so-tre-em.ico (Windows, all sizes in one file),
#   src/main/resources/vn/sotreem/ui/common/icons/app-<size>.png (the window icons).
# Needs ImageMagick (convert). The outputs are committed; run this only after changing the SVG.
set -euo pipefail
cd "$(dirname "$0")"

sizes=(16 32 48 64 128 256)
window_icons=../../src/main/resources/vn/sotreem/ui/common/icons
mkdir -p "$window_icons"

pngs=()
for size in "${sizes[@]}"; do
    out="so-tre-em-$size.png"
    # Rendered at a high density then scaled down, so small sizes stay crisp; -strip keeps the
    # files byte-stable (no timestamps) between runs.
    convert -background none -density 768 so-tre-em.svg -resize "${size}x${size}" \
        -depth 8 -strip "PNG32:$out"
    cp "$out" "$window_icons/app-$size.png"
    pngs+=("$out")
done
convert "${pngs[@]}" so-tre-em.ico
echo "icons written: ${pngs[*]} so-tre-em.ico, and $window_icons/app-*.png"
