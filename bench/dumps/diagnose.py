#!/usr/bin/env python3
"""Per-page precision/recall of a predictions file, worst first, to tune the text-dump classifier.
Usage: diagnose.py PRED.json [N]"""
import json
import subprocess
import sys
from pathlib import Path

here = Path(__file__).resolve().parent
shared = here.parent.parent.parent / "shared"
if not shared.is_dir():
    shared = Path("/work/shared")
score = shared / "bench/extraction/score.py"
r = subprocess.run([sys.executable, str(score), sys.argv[1], "--json", "--per-page", "--n-bootstrap", "1"],
                   capture_output=True, text=True, check=True)
res = json.loads(r.stdout)
res = res if "per_page" in res else next(iter(res.values()))
rows = sorted(res["per_page"].items(), key=lambda kv: (kv[1]["precision"] or 0) + (kv[1]["recall"] or 0))
n = int(sys.argv[2]) if len(sys.argv) > 2 else 25
for pid, v in rows[:n]:
    p = v["precision"]
    rc = v["recall"]
    print(f"{pid[:16]}  P={p if p is None else round(p, 3)}  R={rc if rc is None else round(rc, 3)}")
print(f"F1={res['f1']:.4f} P={res['precision']:.4f} R={res['recall']:.4f}")
