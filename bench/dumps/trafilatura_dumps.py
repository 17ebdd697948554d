#!/usr/bin/env python3
"""trafilatura on the same text dumps, for comparison (it expects HTML; a dump is given to it
as-is, which is what a user with only the text would do). Usage: trafilatura_dumps.py DUMP_DIR OUT.json"""
import json
import time
import sys
from pathlib import Path

import trafilatura


def main():
    dump_dir, out = Path(sys.argv[1]), Path(sys.argv[2])
    preds = {}
    cpu = 0.0
    paths = sorted(dump_dir.glob("*.txt"))
    for path in paths:
        text = path.read_text(encoding="utf-8")
        t0 = time.process_time()
        try:
            body = trafilatura.extract(text) or ""
        except Exception:  # a page it cannot read counts as empty
            body = ""
        cpu += time.process_time() - t0
        preds[path.stem] = {"articleBody": body}
    print(f"trafilatura: {len(paths)} dumps, {1000 * cpu / max(len(paths), 1):.1f} ms CPU per dump (in-process)")
    out.write_text(json.dumps(preds, ensure_ascii=False))


if __name__ == "__main__":
    main()
