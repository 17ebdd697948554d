#!/usr/bin/env python3
"""Run `storyline extract` on every dump and write a predictions file for score.py.

Usage: preds.py STORYLINE_BIN DUMP_DIR OUT.json
The article body is the extracted paragraphs joined by blank lines (the title, standfirst
and metadata are separate fields, as in the benchmark's articleBody).
Also writes OUT.baseline.json: the dump itself as the "all text" baseline.
"""
import json
import resource
import subprocess
import sys
from pathlib import Path


def main():
    binary, dump_dir, out = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    preds, base = {}, {}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    paths = sorted(dump_dir.glob("*.txt"))
    for path in paths:
        pid = path.stem
        base[pid] = {"articleBody": path.read_text(encoding="utf-8")}
        r = subprocess.run([binary, "extract", str(path), "--format", "json"], capture_output=True, text=True)
        if r.returncode != 0:
            print(f"{pid}: exit {r.returncode}: {r.stderr[:200]}", file=sys.stderr)
            preds[pid] = {"articleBody": ""}
            continue
        doc = json.loads(r.stdout)
        preds[pid] = {"articleBody": "\n\n".join(doc.get("paragraphs") or []),
                      "title": doc.get("title"), "kind": doc.get("kind")}
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    print(f"storyline: {len(paths)} dumps, {1000 * cpu / max(len(paths), 1):.1f} ms CPU per dump "
          "(one process per dump, process start included)")
    out.write_text(json.dumps(preds, ensure_ascii=False))
    out.with_suffix(".baseline.json").write_text(json.dumps(base, ensure_ascii=False))


if __name__ == "__main__":
    main()
