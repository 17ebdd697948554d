#!/usr/bin/env python3
"""trafilatura on the same text dumps, for comparison (it expects HTML; a dump is given to it
as-is, which is what a user with only the text would do). Usage: trafilatura_dumps.py DUMP_DIR OUT.json"""
import json
import sys
from pathlib import Path

import trafilatura


def main():
    dump_dir, out = Path(sys.argv[1]), Path(sys.argv[2])
    preds = {}
    for path in sorted(dump_dir.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        try:
            body = trafilatura.extract(text) or ""
        except Exception:  # a page it cannot read counts as empty
            body = ""
        preds[path.stem] = {"articleBody": body}
    out.write_text(json.dumps(preds, ensure_ascii=False))


if __name__ == "__main__":
    main()
