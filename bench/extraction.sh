#!/usr/bin/env bash
# Extraction benchmark: Storyline vs trafilatura 2.3.1 on ../shared/bench/extraction
# (181 pages). Prints both F1 scores (score.py), both speeds (per-page minimum CPU time over
# several passes, one thread, parsing included) and the speed ratio; then the libxml2
# agreement of our parse; then the text-dump benchmark if bench/extraction-dumps.sh exists.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
DATA="$ROOT/../shared/bench/extraction"
[ -d "$DATA" ] || DATA=/work/shared/bench/extraction
WORK="$ROOT/.bench/extraction"
PASSES="${PASSES:-5}"
mkdir -p "$WORK/pages"

echo "== building (release)" >&2
swift build -c release --product storyline 2>&1 | grep -E "error|warning: " >&2 || true
BIN="$ROOT/.build/release/storyline"

if ! "$ROOT/.bench/venv/bin/python" -c "import trafilatura, lxml.html" 2>/dev/null; then
  echo "== installing trafilatura 2.3.1 into .bench/venv" >&2
  [ -x "$ROOT/.bench/venv/bin/python" ] || python3 -m venv "$ROOT/.bench/venv"
  # justext (a trafilatura dependency) needs lxml's cleaner, a separate package since lxml 5.2.
  "$ROOT/.bench/venv/bin/pip" install -q "trafilatura==2.3.1" lxml_html_clean >&2
fi
PY="$ROOT/.bench/venv/bin/python"

for f in "$DATA"/html/*.html.gz; do
  out="$WORK/pages/$(basename "$f" .gz)"
  [ -s "$out" ] || gunzip -c "$f" > "$out"
done

echo "== storyline" >&2
"$BIN" extract "$WORK"/pages/*.html --articles-json "$WORK/storyline.json" --dom-text-json "$WORK/dom.json"
OURS_SPEED=$("$BIN" extract "$WORK"/pages/*.html --timings "$PASSES")
echo "== trafilatura" >&2
THEIRS_SPEED=$("$PY" bench/extraction/run_trafilatura.py "$WORK/pages" "$WORK/trafilatura.json" "$PASSES")

score() { python3 "$DATA/score.py" "$1" --json | python3 -c 'import json,sys; print("%.3f" % json.load(sys.stdin)["f1"])'; }
pps() { echo "$1" | sed -E 's/.*pages_per_s ([0-9.]+).*/\1/'; }
OURS_F1=$(score "$WORK/storyline.json")
THEIRS_F1=$(score "$WORK/trafilatura.json")
OURS_PPS=$(pps "$OURS_SPEED")
THEIRS_PPS=$(pps "$THEIRS_SPEED")
echo
python3 "$DATA/score.py" "$WORK/storyline.json" "$WORK/trafilatura.json"
echo
echo "storyline    F1 $OURS_F1   $OURS_SPEED"
echo "trafilatura  F1 $THEIRS_F1   $THEIRS_SPEED"
python3 -c "print('speed ratio (storyline / trafilatura pages per second): %.1fx' % ($OURS_PPS / $THEIRS_PPS))"
echo
"$PY" bench/extraction/dom_agreement.py "$WORK/pages" "$WORK/dom.json"

# ---- text-dump benchmark (owned by the text-dump helper) -------------------------------
if [ -f "$ROOT/bench/extraction-dumps.sh" ]; then
  echo
  bash "$ROOT/bench/extraction-dumps.sh"
fi
