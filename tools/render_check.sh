#!/usr/bin/env bash
# Renders corpus documents with `newsnlp annotate --format html` and takes a screenshot with
# headless Chromium, to check the page renders for a person. Needs Debian's chromium package
# (apt-get install -y chromium). Usage: bash tools/render_check.sh [OUTPUT.png]
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-/tmp/newsnlp-render.png}"
page="$(mktemp -d)/newsnlp.html"
swift build --product newsnlp >/dev/null
.build/debug/newsnlp annotate Corpus/004_05f039a81f3996cc.txt Corpus/wordpress-default-comments.html --format html > "$page"
browser="$(command -v chromium || command -v chromium-browser || true)"
if [ -z "$browser" ]; then
  echo "render_check: chromium is not installed (apt-get install -y chromium)" >&2
  exit 1
fi
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1100,2400 \
  --screenshot="$out" "file://$page" >/dev/null 2>&1
size=$(stat -c %s "$out")
if [ "$size" -lt 20000 ]; then
  echo "render_check: the screenshot is only $size bytes; the page did not render" >&2
  exit 1
fi
echo "render_check: $page rendered to $out ($size bytes)"
