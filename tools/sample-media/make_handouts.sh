#!/bin/sh
# Print the exercise handouts of the sample guide to PDF with headless Chromium.
#
#   tools/sample-media/handouts/<exercise-id>.<lang>.html  (styled by handout.css, then <exercise-id>.css)
#     -> guide-content/media/handouts/<exercise-id>.pdf          (the default language, en)
#     -> guide-content/<lang>/media/handouts/<exercise-id>.pdf   (fr, es, ...: overrides the shared file)
#
# Any number of handouts (also none). The paper size comes from `@page` in handout.css:
# Chromium takes it from the page, not from the command line.
# The PDFs' dates are set to a fixed value after printing, so that printing the same HTML again
# gives the same bytes with the same Chromium.
#
# Usage: sh tools/sample-media/make_handouts.sh [--in DIR] [--content DIR] [--browser PATH]
#   --in       folder of the HTML handouts   (default: tools/sample-media/handouts)
#   --content  the guide-content folder      (default: guide-content of this repository)
#   --browser  Chromium binary               (default: $CHROMIUM or /usr/lib/chromium/chromium)
set -eu

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
in="$here/handouts"
content="$repo/guide-content"
browser="${CHROMIUM:-/usr/lib/chromium/chromium}"

while [ $# -gt 0 ]; do
  case "$1" in
    --in) in=$2; shift 2 ;;
    --content) content=$2; shift 2 ;;
    --browser) browser=$2; shift 2 ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    *) echo "make_handouts.sh: unknown argument '$1' (try --help)" >&2; exit 2 ;;
  esac
done

[ -x "$browser" ] || { echo "make_handouts.sh: no Chromium at $browser (apt-get install chromium, or --browser PATH)" >&2; exit 1; }
command -v python3 >/dev/null || { echo "make_handouts.sh: python3 is needed to normalise the PDFs" >&2; exit 1; }

# The default language's handouts go to the shared media folder.
default_lang=$(sed -n 's/^default-language: *["'\'']\{0,1\}\([A-Za-z-]*\).*/\1/p' "$content/guide.yml" 2>/dev/null | head -n 1)
default_lang=${default_lang:-en}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM
profile="$work/profile"
log="$work/chromium.log"

count=0
failed=0
for html in "$in"/*.html; do
  [ -e "$html" ] || continue                    # no handouts: the glob stays unexpanded
  name=$(basename "$html" .html)                # <exercise-id>.<lang>
  lang=${name##*.}
  id=${name%.*}
  if [ "$lang" = "$name" ] || [ -z "$id" ]; then
    echo "make_handouts.sh: skipping $(basename "$html"): expected <exercise-id>.<lang>.html" >&2
    failed=$((failed + 1))
    continue
  fi
  if [ "$lang" = "$default_lang" ]; then
    outdir="$content/media/handouts"
  else
    outdir="$content/$lang/media/handouts"
  fi
  mkdir -p "$outdir"
  out="$outdir/$id.pdf"
  url=$(python3 -c 'import pathlib, sys; print(pathlib.Path(sys.argv[1]).resolve().as_uri())' "$html")
  rm -f "$out"
  if ! "$browser" --headless --no-sandbox --disable-gpu --disable-background-networking \
      --disable-component-update --disable-sync --no-first-run --no-pdf-header-footer \
      --user-data-dir="$profile" --print-to-pdf="$out" "$url" >"$log" 2>&1 \
      || [ ! -s "$out" ] || [ "$(head -c 5 "$out")" != "%PDF-" ]; then
    echo "make_handouts.sh: Chromium could not print $html:" >&2
    tail -n 20 "$log" >&2
    failed=$((failed + 1))
    continue
  fi
  # Fixed dates (the only bytes that change between runs), replaced in place with digits of
  # the same length so the offsets in the PDF stay valid.
  python3 - "$out" <<'EOF'
import re, sys
path = sys.argv[1]
data = open(path, "rb").read()
data = re.sub(rb"(/(?:CreationDate|ModDate) *\(D:)[0-9]{14}", rb"\g<1>20000101000000", data)
open(path, "wb").write(data)
EOF
  echo "${out#"$content"/} ($(wc -c < "$out") bytes)"
  count=$((count + 1))
done

if [ "$count" -eq 0 ] && [ "$failed" -eq 0 ]; then
  echo "make_handouts.sh: no handouts in $in (nothing to do)"
fi
[ "$failed" -eq 0 ] || exit 1
