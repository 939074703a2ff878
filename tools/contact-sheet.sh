#!/usr/bin/env bash
# Renders every page of a PDF and lays them out on one PNG, to look at a whole book at once.
# Usage: tools/contact-sheet.sh book.pdf sheet.png [columns] [dpi]
set -euo pipefail
pdf=$(realpath "$1"); out=$(realpath -m "$2"); columns=${3:-8}; dpi=${4:-30}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
pdftoppm -png -r "$dpi" "$pdf" "$work/page"
{
  echo "<!DOCTYPE html><html><head><style>body{margin:8px;background:#888;font:10px sans-serif}"
  echo ".grid{display:grid;grid-template-columns:repeat($columns,auto);gap:6px;justify-content:start}"
  echo "figure{margin:0;background:#fff}figcaption{text-align:center;background:#888;color:#fff}</style></head><body><div class=grid>"
  n=0; for page in "$work"/page-*.png; do n=$((n+1)); echo "<figure><img src=\"$(basename "$page")\"><figcaption>$n</figcaption></figure>"; done
  echo "</div></body></html>"
} > "$work/sheet.html"
pages=$(ls "$work"/page-*.png | wc -l)
first=$(ls "$work"/page-*.png | head -1)
width=$(( ( $(file "$first" | grep -oE '[0-9]+ x' | grep -oE '[0-9]+') + 6 ) * columns + 16 ))
height=$(( ( $(file "$first" | grep -oE 'x [0-9]+' | grep -oE '[0-9]+') + 22 ) * ( (pages + columns - 1) / columns ) + 16 ))
browser=${GUIDE_BROWSER:-/usr/lib/chromium/chromium}
"$browser" --headless --no-sandbox --disable-gpu --disable-background-networking --no-first-run --hide-scrollbars \
  --window-size="$width,$height" --screenshot="$out" "file://$work/sheet.html" 2>/dev/null
echo "$out: $pages pages"
