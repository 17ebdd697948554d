#!/usr/bin/env bash
# Ingest A/B: this tree's build against an earlier revision's, on the same corpus, in one run.
# The shared host moves CPU time by up to a third for identical work from one minute to the next,
# so two separate bench/ingest.sh runs cannot tell a 5 % change from the host's mood. Here the two
# builds alternate run by run (old, new, old, new, ...), each into a fresh store, and the script
# prints every run, each build's best throughput and least CPU, and the ratios.
# Usage: bash bench/ingest-ab.sh REV [COUNT] [ROUNDS]   (default COUNT 100000, ROUNDS 3)
# REV is built once into .bench/ab/<commit> (a git worktree, release build, ~5 min the first time).
set -euo pipefail
cd "$(dirname "$0")/.."
rev="${1:?usage: bash bench/ingest-ab.sh REV [COUNT] [ROUNDS]}"
count="${2:-100000}"
rounds="${3:-3}"
commit="$(git rev-parse --verify "$rev^{commit}")"
work=".bench/ingest"
old_tree=".bench/ab/$commit"
mkdir -p "$work" .bench/ab

echo "== building this tree (release)"
swift build -c release --product storyline 2>&1 | { grep -E "error|warning: .*Storyline|Build of" || true; } | tail -3
new_bin="$(swift build -c release --show-bin-path)/storyline"

if [ ! -x "$old_tree/.build/release/storyline" ]; then
  echo "== building $rev ($commit) in $old_tree (release)"
  [ -d "$old_tree" ] || git worktree add --detach "$old_tree" "$commit" > /dev/null
  (cd "$old_tree" && swift build -c release --product storyline 2>&1 | { grep -E "error|Build of" || true; } | tail -3)
fi
old_bin="$(readlink -f "$old_tree/.build/release/storyline")"

source bench/ingest-corpus.sh
ingest_corpus "$count"

db="$work/ab.sqlite"
results="$work/ab-results.txt"
: > "$results"
echo "== $rounds round(s), old then new in each, $count generated documents"
for round in $(seq 1 "$rounds"); do
  for side in old new; do
    bin="$old_bin"
    [ "$side" = new ] && bin="$new_bin"
    rm -f "$db" "$db-wal" "$db-shm"
    sync
    /usr/bin/time -f "%e %U %S %M" "$bin" ingest "$corpus" --db "$db" 2> "$work/ab-time.txt" > /dev/null || true
    grep -q "^ingested" "$work/ab-time.txt" || { cat "$work/ab-time.txt"; exit 1; }
    docs=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select count(*) from document').fetchone()[0])" "$db")
    echo "$side $docs $(tail -1 "$work/ab-time.txt")" >> "$results"
  done
done

python3 - "$results" "$rev" <<'PY'
import sys
path, rev = sys.argv[1], sys.argv[2]
runs = {"old": [], "new": []}
for line in open(path):
    side, docs, wall, user, system, rss = line.split()
    runs[side].append((int(docs), float(wall), float(user) + float(system), int(rss) / 1024))
for side in ("old", "new"):
    label = f"{rev} (old)" if side == "old" else "this tree (new)"
    print(label)
    for docs, wall, cpu, rss in runs[side]:
        print(f"  {docs / wall:7,.0f} documents/s   wall {wall:5.1f} s   CPU {cpu:5.1f} s   peak RSS {rss:,.0f} MB")
best = {s: max(d / w for d, w, _, _ in runs[s]) for s in runs}
least = {s: min(c for _, _, c, _ in runs[s]) for s in runs}
print(f"best throughput   old {best['old']:,.0f}   new {best['new']:,.0f} documents/s   new/old {best['new'] / best['old']:.3f}")
print(f"least CPU         old {least['old']:.1f}   new {least['new']:.1f} s   new/old {least['new'] / least['old']:.3f}")
if len({d for s in runs for d, _, _, _ in runs[s]}) != 1:
    print("note: the two builds stored different numbers of documents")
PY
