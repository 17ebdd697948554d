#!/usr/bin/env bash
# Briefs bench (issue 6): runs `storyline run` over the seeds, examples/ (when present), the
# ECB+ dev stories and the 181 extraction-benchmark pages; reports documents/second and peak
# RSS of the run against the 300 docs/s target, then checks faithfulness and coverage with
# bench/briefs/check.py. Needs python3 (standard library only).
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED="${STORYLINE_SHARED:-../shared}"
[ -d "$SHARED/bench" ] || SHARED="/work/shared"   # from a worktree, ../shared is not beside the repo
WORK=.bench/briefs
rm -rf "$WORK" && mkdir -p "$WORK/inputs/pages" "$WORK/out" "$WORK/seeds-out"

swift build -c release --product storyline 2>&1 | grep -E "error|warning" | grep -v "unhandled" || true
BIN=.build/release/storyline

# Inputs: ECB+ dev as plain JSON Lines, benchmark pages un-gzipped.
gzip -dc "$SHARED/bench/clustering/ecbplus_dev.jsonl.gz" > "$WORK/inputs/ecbplus_dev.jsonl"
for f in "$SHARED"/bench/extraction/html/*.html.gz; do
  gzip -dc "$f" > "$WORK/inputs/pages/$(basename "${f%.gz}")"
done
INPUTS=("$SHARED/seeds" "$WORK/inputs/ecbplus_dev.jsonl" "$WORK/inputs/pages")
[ -d examples ] && INPUTS+=(examples)
DOCS=$(( $(wc -l < "$WORK/inputs/ecbplus_dev.jsonl") + $(ls "$WORK/inputs/pages" | wc -l) + $(ls "$SHARED/seeds" | wc -l) ))
[ -d examples ] && DOCS=$(( DOCS + $(find examples -type f | wc -l) ))

# The seeds alone, for the coverage checks.
"$BIN" run "$SHARED/seeds" --out "$WORK/seeds-out" > /dev/null

# The full run, timed (wall clock, CPU and peak RSS); min of 3 passes for the rate. The CPU
# time (user + system, all threads) is what to compare when other work shares the machine.
best=""
bestcpu=""
rss=0
for pass in 1 2 3; do
  rm -rf "$WORK/out" && mkdir -p "$WORK/out"
  /usr/bin/time -f "%e %M %U %S" -o "$WORK/time.txt" "$BIN" run "${INPUTS[@]}" --out "$WORK/out" --timings > /dev/null 2> "$WORK/run.log" || {
    echo "storyline run exited non-zero (see $WORK/run.log)"; tail -5 "$WORK/run.log"; }
  read -r secs kb user sys < "$WORK/time.txt"
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN{print u + s}')
  if [ -z "$best" ] || awk "BEGIN{exit !($secs < $best)}"; then best=$secs; fi
  if [ -z "$bestcpu" ] || awk "BEGIN{exit !($cpu < $bestcpu)}"; then bestcpu=$cpu; cp "$WORK/run.log" "$WORK/stages.log"; fi
  [ "$kb" -gt "$rss" ] && rss=$kb
done
awk -v d="$DOCS" -v s="$best" -v r="$rss" -v c="$bestcpu" 'BEGIN {
  rate = (s > 0) ? d / s : 0
  printf "documents: %d  best wall time: %.2f s  ours: %.1f docs/s  target: 300 docs/s  ratio: %.2f  peak RSS: %.1f MB\n",
    d, s, rate, rate / 300, r / 1024
  printf "cpu (user+sys, all threads): %.2f s  = %.1f docs per cpu-second; on 2 idle cores at best %.1f docs/s\n",
    c, d / c, 2 * d / c }'
echo "stages of the least-cpu pass (wall, cpu):"
grep '^time ' "$WORK/stages.log" | sed 's/^/  /'
echo "load while measuring: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "briefs written: $(ls "$WORK/out"/*.json 2>/dev/null | wc -l)"

# Quotes are checked against the text the run extracted (its store), per SPEC.
python3 bench/briefs/check.py --bin "$BIN" --out "$WORK/out" --seeds-out "$WORK/seeds-out" --store "$WORK/out/storyline.sqlite" \
  --extractive "${INPUTS[@]}"
