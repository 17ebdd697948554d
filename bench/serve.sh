#!/usr/bin/env bash
# Load test of `storyline serve`: fills a store with the ECB+ dev documents (and their stories
# and briefs when `storyline run` is available), serves it on 127.0.0.1 from a release build,
# and runs wrk for 30 s per page: the story page and /api/stories/{id} (or, without stories, a
# document page and /api/documents/{id}) and the story list. Prints requests/s, p99 latency and
# errors per page against the target (p99 < 20 ms, no errors), then validates the OpenAPI
# document and live API responses with openapi-spec-validator and jsonschema. Each page is
# measured twice: with --no-cache (every request rendered from the store: the cold cost) and
# with the default server, which keeps rendered responses until the store changes.
# Usage: bash bench/serve.sh [SECONDS]   (default 30)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-30}"
work=".bench/serve"
shared="${STORYLINE_SHARED:-../shared}"
[ -d "$shared/bench" ] || shared="/work/shared"   # from a worktree, ../shared is not beside the repo
data="$shared/bench/clustering/ecbplus_dev.jsonl.gz"
mkdir -p "$work"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }

echo "== building release"
{ swift build -c release --product storyline 2>&1 || true; } | { grep -E "error|Build complete|Compiling Storyline" || true; } | tail -3
bin="$(swift build -c release --show-bin-path)/storyline"

echo "== filling a fresh store with the ECB+ dev documents"
gunzip -c "$data" > "$work/ecbplus_dev.jsonl"
db="$work/store.sqlite"
rm -f "$db" "$db-wal" "$db-shm"
{ "$bin" ingest "$work/ecbplus_dev.jsonl" --db "$db" 2>&1 || true; } | tail -1  # exit 1: some records have no text
if "$bin" run "$work/ecbplus_dev.jsonl" --db "$db" --out "$work/briefs" > "$work/run.log" 2>&1; then
  echo "storyline run: done"
else
  echo "storyline run: not available in this build ($(tail -1 "$work/run.log"))"
fi

python3 - "$db" > "$work/ids.txt" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
story = db.execute("SELECT s.id FROM story s JOIN story_document d ON d.story_id = s.id GROUP BY s.id ORDER BY COUNT(*) DESC, s.id LIMIT 1").fetchone()
briefs = db.execute("SELECT COUNT(*) FROM brief").fetchone()[0]
stories = db.execute("SELECT COUNT(*) FROM story").fetchone()[0]
doc = db.execute("SELECT id FROM document ORDER BY length(extracted) DESC LIMIT 1 OFFSET 100").fetchone()
docs = db.execute("SELECT COUNT(*) FROM document").fetchone()[0]
print(story[0] if story else "")
print(doc[0])
print(f"{docs} documents, {stories} stories, {briefs} briefs")
PY
story=$(sed -n 1p "$work/ids.txt"); document=$(sed -n 2p "$work/ids.txt")
echo "store: $(sed -n 3p "$work/ids.txt")"

server=""
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true' EXIT
# Starts `storyline serve` with extra flags and sets $url.
start_server() {
  "$bin" serve --db "$db" --host 127.0.0.1 --port 0 "$@" 2> "$work/serve.log" &
  server=$!
  url=""
  for _ in $(seq 1 100); do
    url=$(grep -oE "http://127\.0\.0\.1:[0-9]+" "$work/serve.log" | head -1 || true)
    [ -n "$url" ] && break
    sleep 0.1
  done
  [ -n "$url" ] || { cat "$work/serve.log"; exit 1; }
}
stop_server() { kill $server 2>/dev/null || true; wait $server 2>/dev/null || true; server=""; }

enc() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$1"; }
declare -a names paths
if [ -n "$story" ]; then
  names=("story page" "/api/stories/{id}" "story list")
  paths=("/stories/$(enc "$story")" "/api/stories/$(enc "$story")" "/")
  echo "measuring story $story"
else
  echo "no stories in the store: only document and list pages are measured"
  names=("document page" "/api/documents/{id}" "story list" "/api/stories")
  paths=("/documents/$(enc "$document")" "/api/documents/$(enc "$document")" "/" "/api/stories")
fi

# Runs wrk on every path against the running server; $1 labels the mode.
measure() {
  printf "\n%-22s %12s %10s %10s %8s  %s\n" "page ($1)" "requests/s" "p50 ms" "p99 ms" "errors" "target p99 < 20 ms"
  for i in "${!paths[@]}"; do
    code=$(curl -s -o /dev/null -w "%{http_code}" "$url${paths[$i]}")
    [ "$code" = 200 ] || { echo "${paths[$i]} answered $code"; exit 1; }
    wrk -t1 -c8 -d"${seconds}s" --latency "$url${paths[$i]}" > "$work/wrk-$i.txt" 2>&1
    python3 - "$work/wrk-$i.txt" "${names[$i]}" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
def ms(label):
    m = re.search(r"^\s*" + label + r"\s+([\d.]+)(us|ms|s)\s*$", text, re.M)
    if not m: return float("nan")
    return float(m.group(1)) * {"us": 0.001, "ms": 1, "s": 1000}[m.group(2)]
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", text))
m = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
errors += int(m.group(1)) if m else 0
p99 = ms("99%")
verdict = "ok" if p99 < 20 and errors == 0 else "MISSED"
print(f"{sys.argv[2]:<22} {rps:12,.0f} {ms('50%'):10.2f} {p99:10.2f} {errors:8d}  {verdict} (p99/target {p99 / 20:.2f})")
PY
  done
}

# Cold rendering first (every request rendered from the store), then the default server,
# which keeps rendered responses until the store changes. The target applies to the default.
start_server --no-cache
echo "serving at $url (--no-cache: every request rendered)"
measure "no cache"
stop_server
start_server
echo
echo "serving at $url (default)"
measure "default"

echo
echo "== OpenAPI document and live responses"
venv="$work/venv"
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/pip" install -q jsonschema openapi-spec-validator >/dev/null
"$venv/bin/python" bench/serve/validate_openapi.py "$url" "$story" "$document" "earthquake"
