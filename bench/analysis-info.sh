#!/usr/bin/env bash
# Quotes, numeric claims and dates of `storyline analyze`, scored against hand annotations
# (bench/annotations/) of 31 extraction-benchmark articles and the seeds.
# Usage: bash bench/analysis-info.sh [--details] [--seeds-via-extractor]
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product storyline 2>&1 | grep -E "error|warning" || true
python3 bench/analysis-info/score.py --binary .build/release/storyline "$@"
