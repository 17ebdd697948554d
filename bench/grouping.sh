#!/usr/bin/env bash
# Group stage bench (issue 5), one command: quality on ECB+ DEV next to the TF-IDF baseline,
# near-duplicate precision/recall, speed vs the baseline, and the seeds check.
#   bash bench/grouping.sh            (all)   |   bash bench/grouping.sh quality|neardup|speed|seeds
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=.bench/grouping
mkdir -p "$WORK"
if [ ! -x .bench/venv/bin/python ]; then python3 -m venv .bench/venv; fi
.bench/venv/bin/python -c "import sklearn" 2>/dev/null || .bench/venv/bin/pip install -q scikit-learn numpy
# Release builds of this package have been seen to keep stale cross-module code after small
# edits; touching the stage's sources makes the bench measure what is checked out.
touch Sources/StorylineGroup/*/*.swift Sources/StorylineCLI/ClusterCommand.swift
swift build -c release --product storyline 2>&1 | grep -E "error|warning" || true
BIN=.build/release/storyline
PY=.bench/venv/bin/python
what="${1:-all}"
if [ "$what" = all ] || [ "$what" = quality ]; then echo "== (a) quality"; $PY bench/grouping/quality.py $BIN $WORK; fi
if [ "$what" = all ] || [ "$what" = neardup ]; then echo "== (b) near-duplicates"; $PY bench/grouping/neardup.py $BIN $WORK; fi
if [ "$what" = all ] || [ "$what" = seeds ]; then echo "== seeds"; $PY bench/grouping/seeds.py $BIN $WORK; fi
if [ "$what" = all ] || [ "$what" = speed ]; then echo "== (c) speed"; $PY bench/grouping/speed.py $BIN $WORK ${SPEED_ARGS:-}; fi
