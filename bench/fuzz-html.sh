#!/usr/bin/env bash
# Mutational fuzzing of the HTML tokenizer, tree builder and extractor: takes the benchmark
# pages and the test fixtures, mutates them (byte flips, splices of markup fragments, cuts,
# deep nesting, huge attributes) and runs `storyline extract` on each with a time limit.
# Any crash (non-zero exit other than 1) or timeout is reported and kept under .bench/fuzz/.
# Usage: bash bench/fuzz-html.sh [ROUNDS]   (default 300 mutated pages)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
ROUNDS="${1:-300}"
OUT="$ROOT/.bench/fuzz"
mkdir -p "$OUT/cases" "$OUT/failures"
swift build -c release --product storyline 2>&1 | grep -E "error|warning: " >&2 || true
BIN="$ROOT/.build/release/storyline"
DATA="$ROOT/../shared/bench/extraction/html"
[ -d "$DATA" ] || DATA=/work/shared/bench/extraction/html

python3 - "$OUT/cases" "$ROUNDS" "$DATA" "$ROOT/Tests/Fixtures/extract/html" <<'PY'
import gzip, os, random, sys
out, rounds, data, fixtures = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
seeds = []
for d in (data, fixtures):
    if os.path.isdir(d):
        for name in sorted(os.listdir(d))[:60]:
            path = os.path.join(d, name)
            raw = gzip.open(path).read() if name.endswith(".gz") else open(path, "rb").read()
            seeds.append(raw[:400_000])
frags = [b"<", b">", b"</", b"<!--", b"-->", b"<script>", b"</script>", b"<style>", b"<title>", b"<textarea>",
         b"<plaintext>", b"<table><tr><td>", b"<svg><path/>", b"&", b"&#", b"&#x1F600;", b"&amp", b"\x00",
         b"<p>", b"<li>", b"<select><option>", b"<frameset>", b"<body>", b"<html>", b"\"", b"'", b"=",
         b"<a href='", b"<!DOCTYPE", b"<![CDATA[", b"\xff\xfe", b"<div class=\"comments\">", b"<math>"]
rng = random.Random(1234)
for k in range(rounds):
    page = bytearray(rng.choice(seeds)) if seeds else bytearray(b"<p>x</p>")
    for _ in range(rng.randint(1, 40)):
        op = rng.random()
        pos = rng.randrange(len(page) + 1)
        if op < 0.35:
            page[pos:pos] = rng.choice(frags)
        elif op < 0.55 and page:
            page[pos:pos + rng.randint(1, 200)] = b""
        elif op < 0.75 and page:
            for _ in range(rng.randint(1, 20)):
                i = rng.randrange(len(page)); page[i] = rng.randrange(256)
        elif op < 0.85:
            tag = rng.choice([b"div", b"span", b"b", b"p", b"li", b"td", b"a", b"svg"])
            n = rng.choice([100, 5000, 100_000])
            page[pos:pos] = (b"<" + tag + b">") * n
        elif op < 0.95 and page:
            j = rng.randrange(len(page)); page[pos:pos] = page[j:j + rng.randint(1, 5000)]
        else:
            page[pos:pos] = b"<p " + b"a=" * rng.randint(1, 50000) + b">"
    with open(os.path.join(out, "case%05d.html" % k), "wb") as fh:
        fh.write(page)
PY

fail=0; n=0
for f in "$OUT"/cases/*.html; do
  n=$((n + 1))
  set +e
  timeout 20 "$BIN" extract "$f" --format text > /dev/null 2>&1
  rc=$?
  set -e
  if [ $rc -ne 0 ] && [ $rc -ne 1 ]; then
    fail=$((fail + 1)); cp "$f" "$OUT/failures/"
    echo "FAIL rc=$rc $(basename "$f")"
  fi
done
echo "fuzz: $n mutated pages, $fail crashes or timeouts (cases kept in .bench/fuzz/failures)"
[ $fail -eq 0 ]
