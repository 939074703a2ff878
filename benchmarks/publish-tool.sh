#!/usr/bin/env bash
# Publishes `guide` as the benchmarks measure it, and as it is best shipped for big guides: for this
# machine's platform, with the .NET runtime inside (self-contained), and compiled ahead of time
# together with that runtime into one ReadyToRun image, so a build starts without compiling anything
# (generic code over GuideBuilder's own types included). Takes a few minutes; run the tool as DIR/guide.
# Usage: benchmarks/publish-tool.sh DIR
set -euo pipefail
out=${1:?usage: benchmarks/publish-tool.sh DIR}
cd "$(dirname "$0")/.."
echo "publishing guide into $out (self-contained, one ReadyToRun image with the runtime; a few minutes)" >&2
dotnet publish src/GuideBuilder.Cli -c Release --use-current-runtime --self-contained true \
  -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true -o "$out" -v q -nologo >/dev/null
