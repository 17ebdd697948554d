#!/usr/bin/env bash
# Ingest throughput: generates N realistic documents (bench/make-ingest-corpus), ingests them
# into a fresh store with a release build, and prints documents/second and peak RSS.
# Usage: bash bench/ingest.sh [COUNT]   (default 100000; targets: >= 5000 docs/s, < 1 GB RSS)
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-100000}"
work=".bench/ingest"
corpus="$work/corpus-$count"
mkdir -p "$work"

echo "== building release"
swift build -c release --product storyline 2>&1 | { grep -E "error|warning:|Compiling Storyline|Build complete" || true; } | tail -3
bin="$(swift build -c release --show-bin-path)/storyline"

if [ ! -f "$corpus/.done" ]; then
  echo "== generating $count documents into $corpus"
  rm -rf "$corpus"
  python3 bench/make-ingest-corpus --count "$count" --out "$corpus" --seed 1
  touch "$corpus/.done"
fi
corpus="$(readlink -f "$corpus")"  # a symlinked corpus (shared between worktrees) is read where it lives
files=$(find "$corpus" -type f ! -name .done | wc -l)
bytes=$(du -sb "$corpus" | cut -f1)

db="$work/bench.sqlite"
rm -f "$db" "$db-wal" "$db-shm"
echo "== ingesting ($files files, $((bytes / 1048576)) MB) into a fresh store"
/usr/bin/time -v "$bin" ingest "$corpus" --db "$db" 2> "$work/time.txt" || true
grep -E "^ingested" "$work/time.txt" || { cat "$work/time.txt"; exit 1; }

python3 - "$work/time.txt" "$db" "$count" <<'PY'
import re, sqlite3, sys
text = open(sys.argv[1]).read()
def field(name):
    m = re.search(r"\s*" + re.escape(name) + r": (.+)", text)
    return m.group(1).strip() if m else None
wall = field("Elapsed (wall clock) time (h:mm:ss or m:ss)")
parts = [float(p) for p in wall.split(":")]
seconds = parts[-1] + 60 * parts[-2] + (3600 * parts[-3] if len(parts) > 2 else 0)
cpu = float(field("User time (seconds)")) + float(field("System time (seconds)"))
rss_mb = int(field("Maximum resident set size (kbytes)")) / 1024
docs = sqlite3.connect(sys.argv[2]).execute("select count(*) from document").fetchone()[0]
origins = sqlite3.connect(sys.argv[2]).execute("select count(*) from origin").fetchone()[0]
print(f"documents stored      {docs}  (origins {origins}, generated {sys.argv[3]})")
print(f"wall time             {seconds:.1f} s   (CPU {cpu:.1f} s on {cpu / max(seconds, 1e-9):.1f} cores)")
print(f"throughput            {docs / seconds:,.0f} documents/s   (target >= 5,000)")
print(f"CPU cost              {docs / max(cpu, 1e-9):,.0f} documents per CPU-second   (machine-load independent; 2,500 = the target on 2 idle cores)")
print(f"peak RSS              {rss_mb:,.0f} MB   (target < 1,024)")
import os
size = sum(os.path.getsize(sys.argv[2] + suffix) for suffix in ("", "-wal") if os.path.exists(sys.argv[2] + suffix))
print(f"store size            {size / 1048576:,.0f} MB   (database file and its write-ahead log)")
PY
