# Sourced by bench/ingest.sh and bench/ingest-ab.sh: `ingest_corpus COUNT` makes sure the generated
# corpus of COUNT documents exists (bench/make-ingest-corpus, seed 1, generated once under
# .bench/ingest/), reads it once untimed, and sets `corpus` to its real path.
# The untimed read: this VM keeps its page cache small (kdamond reclaims idle pages), and the first
# pass after a pause was the slowest (2,962 and 3,631 docs/s where the passes after it ran at
# 4,362-4,863), so no timed run should depend on whether the files are still cached.
ingest_corpus() {
  local count="$1"
  corpus=".bench/ingest/corpus-$count"
  mkdir -p .bench/ingest
  if [ ! -f "$corpus/.done" ]; then
    echo "== generating $count documents into $corpus"
    rm -rf "$corpus"
    python3 bench/make-ingest-corpus --count "$count" --out "$corpus" --seed 1
    touch "$corpus/.done"
  fi
  corpus="$(readlink -f "$corpus")"  # a symlinked corpus (shared between worktrees) is read where it lives
  find "$corpus" -type f -exec cat {} + > /dev/null
}
