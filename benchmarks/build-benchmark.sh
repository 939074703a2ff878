#!/usr/bin/env bash
# Whole-build benchmark: times `guide build` on the sample guide, on a synthetic ~150-page guide and on
# a synthetic ~250-page book (20 modules, one language), prints the PDF time per language with its
# breakdown (browser start; each pass's load, print and measuring; each post-processing step), and
# typesets the same print HTML with WeasyPrint (if installed) for comparison.
# Usage: benchmarks/build-benchmark.sh [RUNS]
#        benchmarks/build-benchmark.sh site [OPTIONS]   the site build against Hugo (benchmarks/site-benchmark.py --help)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = site ]; then shift; exec python3 benchmarks/site-benchmark.py "$@"; fi
runs=${1:-3}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
benchmarks/publish-tool.sh "$work/bin"
guide="$work/bin/guide"
python3 benchmarks/make-synthetic-guide.py "$work/synthetic" >/dev/null
python3 benchmarks/make-synthetic-guide.py "$work/book250" 20 11 >/dev/null

measure() { # name content formats
  local name=$1 content=$2 formats=$3
  echo "== $name ($formats), $runs runs"
  for run in $(seq "$runs"); do
    local start end
    start=$(date +%s.%N)
    $guide build --content "$content" --out "$work/out-$name" --formats "$formats" --keep-print-html "$work/html-$name" -v > "$work/log" 2>&1
    end=$(date +%s.%N)
    printf '  run %s: %.2f s total\n' "$run" "$(echo "$end - $start" | bc)"
  done
  grep -E "Starting browser|PDF [a-z]+ |Rendering Markdown|Writing" "$work/log" | sed 's/^ *[-✓] */    /'
  for pdf in "$work/out-$name"/pdf/*.pdf; do
    [ -e "$pdf" ] && printf '    %s: %s pages, %s KB\n' "$(basename "$pdf")" "$(pdfinfo "$pdf" | awk '/^Pages/ {print $2}')" "$(( $(stat -c %s "$pdf") / 1024 ))"
  done
  if command -v weasyprint >/dev/null 2>&1; then
    for html in "$work/html-$name"/*.html; do
      local start end
      start=$(date +%s.%N)
      weasyprint -q "$html" "$work/weasy.pdf" 2>/dev/null || true
      end=$(date +%s.%N)
      printf '    WeasyPrint on %s: %.2f s (one pass, no tabs)\n' "$(basename "$html")" "$(echo "$end - $start" | bc)"
    done
  fi
}

measure sample guide-content pdf
measure sample-all guide-content site,ebox,pdf
measure synthetic "$work/synthetic" pdf
measure book250 "$work/book250" pdf
