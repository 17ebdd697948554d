#!/usr/bin/env python3
"""Seeds check: the five seed files as one cluster stream, oldest first. Each document is what the
ingest pipeline hands the Group stage: `storyline extract`'s title and paragraphs (the first
short line of the file when extraction finds no title); pass --raw to cluster the raw files. Publication dates are the ones the pages show (000: 26 Oct 2024; 003 and the
article 002 quotes: the same week; 004: 12 Nov 2024; 001: Oct 2025); pass --no-dates to drop them.
Expected: 000, 002, 003 one story; 004 and 001 other stories; all five one storyline.

    seeds.py STORYLINE_BINARY WORKDIR [--no-dates] [--raw]
"""
import glob, json, os, subprocess, sys

REPO = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
SHARED = os.environ.get("STORYLINE_SHARED") or next(
    (p for p in (os.path.join(REPO, "..", "shared"), "/work/shared") if os.path.isdir(p)), "../shared")
DATES = {"003": "2024-10-18", "000": "2024-10-26", "002": "2024-10-26", "004": "2024-11-12", "001": "2025-10-27"}


def main():
    binary, work = sys.argv[1], sys.argv[2]
    dated = "--no-dates" not in sys.argv
    os.makedirs(work, exist_ok=True)
    files = {os.path.basename(p)[:3]: p for p in glob.glob(os.path.join(SHARED, "seeds", "*.txt"))}
    path = os.path.join(work, "seeds.jsonl")
    with open(path, "w") as fh:
        for key in sorted(files, key=lambda k: (DATES[k], k)):
            text = open(files[key], encoding="utf-8").read()
            lines = [l.strip() for l in text.splitlines() if l.strip() and len(l) < 400]
            title = lines[0] if lines else ""
            if "--raw" not in sys.argv:
                ex = json.loads(subprocess.run([binary, "extract", files[key], "--format", "json"],
                                               capture_output=True, text=True, check=True).stdout)
                title = ex.get("title") or title
                text = "\n".join(ex.get("paragraphs") or [])
            fh.write(json.dumps({"id": key, "title": title, "text": text,
                                 "date": DATES[key] if dated else None}) + "\n")
    run = subprocess.run([binary, "cluster", path, "--explain", *[a for a in sys.argv[3:] if a not in ("--no-dates", "--raw")]],
                         capture_output=True, text=True, check=True)
    out = run.stdout
    print(run.stderr, end="")
    res = {o["id"]: o for o in map(json.loads, out.splitlines())}
    for k in sorted(res):
        print(f"  {k}: story {res[k]['story']}  storyline {res[k]['storyline']}  duplicateOf {res[k]['duplicateOf']}")
    s = {k: res[k]["story"] for k in res}
    checks = {
        "000, 002, 003 one story": s["000"] == s["002"] == s["003"],
        "004 its own story": s["004"] not in (s["000"], s["002"], s["003"], s["001"]),
        "001 its own story": s["001"] not in (s["000"], s["002"], s["003"], s["004"]),
        "all five one storyline": len({res[k]["storyline"] for k in res}) == 1,
    }
    for name, ok in checks.items():
        print(f"  {'PASS' if ok else 'FAIL'}  {name}")


if __name__ == "__main__":
    main()
