#!/usr/bin/env bash
# Text-dump extraction quality: the 181 benchmark pages turned into naive visible-text dumps
# (bench/make-dumps: style/script contents kept, one line per block), extracted by
# `storyline extract`, scored with ../shared/bench/extraction/score.py against the same ground
# truth. Prints OUR F1, trafilatura's F1 on the same dumps, the "all text" baseline (the dump
# scored as-is) and the ratio. Target: dump F1 >= 0.90.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=../shared
[ -d "$SHARED/bench" ] || SHARED=/work/shared
SCORE="$SHARED/bench/extraction/score.py"
OUT=.bench/dumps-run
mkdir -p "$OUT"

swift build -c release --product storyline 2>&1 | grep -E "error|warning" || true
BIN=$(swift build -c release --product storyline --show-bin-path)/storyline

python3 bench/make-dumps "$SHARED/bench/extraction/html" .bench/dumps
python3 bench/dumps/preds.py "$BIN" .bench/dumps "$OUT/storyline.json"
cp "$OUT/storyline.baseline.json" "$OUT/all-text.json"

if [ ! -x .bench/venv/bin/python ]; then python3 -m venv .bench/venv; fi
if ! .bench/venv/bin/python -c "import trafilatura" 2>/dev/null; then
  .bench/venv/bin/pip install -q "trafilatura==2.3.*" lxml_html_clean >/dev/null 2>&1 || echo "trafilatura install failed; peer skipped"
fi
PEERS=("$OUT/all-text.json")
if .bench/venv/bin/python -c "import trafilatura" 2>/dev/null; then
  .bench/venv/bin/python bench/dumps/trafilatura_dumps.py .bench/dumps "$OUT/trafilatura.json"
  PEERS+=("$OUT/trafilatura.json")
fi

python3 "$SCORE" "$OUT/storyline.json" "${PEERS[@]}" --json --n-bootstrap 200 > "$OUT/scores.json"
python3 - "$OUT/scores.json" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
ours = s["storyline"]["f1"]
print(f"text dumps (181 pages): storyline F1 {ours:.3f}  (P {s['storyline']['precision']:.3f}, R {s['storyline']['recall']:.3f})")
for name in [k for k in s if k != "storyline"]:
    f1 = s[name]["f1"]
    print(f"  peer {name}: F1 {f1:.3f}  (P {s[name]['precision']:.3f}, R {s[name]['recall']:.3f})  ratio ours/peer {ours / f1 if f1 else float('inf'):.2f}")
print("target dump F1 >= 0.90:", "MET" if ours >= 0.90 else "NOT MET")
PY
