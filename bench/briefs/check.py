#!/usr/bin/env python3
"""Checks the briefs that `storyline run` wrote (bench/briefs.sh runs it).

Faithfulness (all briefs in --out):
  - every citation's quote appears verbatim in the extracted text (paragraphs or comments,
    from `storyline extract --format json`) of its document; the document is found by its
    content id (ContentKey: SHA-256 of the whitespace-folded, ASCII-lower-cased content,
    first 16 hex digits), else by title, else among all inputs (reported separately);
  - the share of brief sentences whose content words are >= 0.8 in their cited sentences
    (target >= 95 %, 100 % for the extractive writer).
Coverage (briefs in --seeds-out, the run over the seeds alone):
  - a troop-number disagreement with >= 2 values and >= 2 sources;
  - each publisher of a non-reprint document has a What-the-papers-say entry;
  - timelines sorted oldest first, dates well formed, each cited sentence holding a date
    expression.
Prints the figures and exits 1 when a target is missed."""
import argparse
import gzip
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

sys.dont_write_bytecode = True  # keep the repository clean
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from support import support  # noqa: E402

DATE_WORDS = re.compile(
    r"\b(1[89]\d\d|20\d\d|january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"today|yesterday|tomorrow|tonight|last|next|ago|earlier|week|month|year)\b", re.I)


def content_key(text):
    out = bytearray()
    pending = False
    started = False
    for b in text.encode("utf-8"):
        if b in (0x20, 0x09, 0x0A, 0x0D, 0x0C, 0x0B):
            pending = started
            continue
        if pending:
            out.append(0x20)
            pending = False
        started = True
        out.append(b | 0x20 if 0x41 <= b <= 0x5A else b)
    return hashlib.sha256(bytes(out)).hexdigest()[:16]


def read_text(path):
    data = open(path, "rb").read()
    if path.endswith(".gz"):
        data = gzip.decompress(data)
    return data.decode("utf-8", errors="replace")


def extract(binary, path):
    try:
        r = subprocess.run([binary, "extract", path, "--format", "json"], capture_output=True, timeout=60)
        doc = json.loads(r.stdout.decode("utf-8", errors="replace"))
    except Exception as e:  # noqa: BLE001
        print(f"warning: extract failed for {path}: {e}", file=sys.stderr)
        return None
    texts = list(doc.get("paragraphs") or []) + [c.get("text") or "" for c in doc.get("comments") or []]
    return {"title": doc.get("title"), "text": "\n\n".join(texts)}


def input_documents(binary, paths, scratch):
    """(key, title, extracted text) for every input document."""
    files, records = [], []
    for p in paths:
        if os.path.isdir(p):
            for root, _, names in os.walk(p):
                for n in sorted(names):
                    files.append(os.path.join(root, n))
        else:
            files.append(p)
    jobs = []
    for f in files:
        if f.endswith((".jsonl", ".jsonl.gz")):
            for i, line in enumerate(read_text(f).splitlines()):
                if not line.strip():
                    continue
                rec = json.loads(line)
                tmp = os.path.join(scratch, f"rec-{len(records)}.txt")
                with open(tmp, "w", encoding="utf-8") as out:
                    out.write(rec.get("text") or "")
                records.append(rec)
                jobs.append((tmp, rec.get("text") or "", rec.get("title")))
        else:
            jobs.append((f, None, None))
    docs = []

    def run(job):
        path, raw, title = job
        ex = extract(binary, path)
        if ex is None:
            return None
        content = raw if raw is not None else read_text(path)
        return (content_key(content), title or ex["title"], ex["text"])

    with ThreadPoolExecutor(max_workers=2) as pool:
        for d in pool.map(run, jobs):
            if d:
                docs.append(d)
    return docs


def store_documents(path):
    """(id, title, extracted text) of every document in the run's SQLite store: the text the
    pipeline extracted (blocks and comments), which is what SPEC says a quote must match."""
    import sqlite3
    out = []
    con = sqlite3.connect(path)
    for doc_id, title, extracted in con.execute("select id, title, extracted from document"):
        try:
            ex = json.loads(extracted)
        except ValueError:
            continue
        texts = [b.get("text") or "" for b in ex.get("blocks") or []]
        texts += [c.get("text") or "" for c in ex.get("comments") or []]
        out.append((doc_id, title, "\n\n".join(texts)))
    con.close()
    return out


def brief_sentences(b):
    for s in b.get("whatHappened", []):
        yield "whatHappened", s
    for s in b.get("behindTheHeadline", []):
        yield "behindTheHeadline", s
    for o in b.get("whatThePapersSay", []):
        for s in o.get("sentences", []):
            yield "whatThePapersSay", s
    for d in b.get("disagreements", []):
        for c in d.get("claims", []):
            yield "disagreements", c["sentence"]
    for t in b.get("howWeGotHere", []):
        yield "howWeGotHere", t["sentence"]


def all_citations(b):
    for _, s in brief_sentences(b):
        yield from s.get("citations", [])
    for q in b.get("goDeeper", []):
        yield from q.get("citations", [])


def load_briefs(folder):
    out = []
    for n in sorted(os.listdir(folder)):
        if n.endswith(".json"):
            with open(os.path.join(folder, n), encoding="utf-8") as f:
                out.append(json.load(f))
    return out


def faithfulness(briefs, docs):
    by_key = {k: t for k, _, t in docs}
    by_title = {}
    for _, title, t in docs:
        if title:
            by_title.setdefault(title.strip(), t)
    everything = "\n\u0001\n".join(t for _, _, t in docs)
    stats = {"citations": 0, "verbatim": 0, "by_id": 0, "by_title": 0, "anywhere": 0, "sentences": 0, "supported": 0,
             "no_citation": 0}
    failures = []
    for b in briefs:
        titles = {d["id"]: (d.get("title") or "").strip() for d in b.get("documents", [])}
        for c in all_citations(b):
            stats["citations"] += 1
            q = c.get("quote", "")
            text = by_key.get(c.get("document"))
            mode = "by_id"
            if text is None:
                text = by_title.get(titles.get(c.get("document"), ""))
                mode = "by_title"
            if text is None:
                text = everything
                mode = "anywhere"
            if q and q in text:
                stats["verbatim"] += 1
                stats[mode] += 1
            else:
                failures.append(f"not verbatim ({b['id']}): {q[:120]!r}")
        for section, s in brief_sentences(b):
            stats["sentences"] += 1
            cites = s.get("citations", [])
            if not cites:
                stats["no_citation"] += 1
                failures.append(f"uncited ({b['id']} {section}): {s['text'][:120]!r}")
                continue
            score = support(s["text"], [c["quote"] for c in cites])
            if score >= 0.8:
                stats["supported"] += 1
            else:
                failures.append(f"support {score:.2f} ({b['id']} {section}): {s['text'][:120]!r}")
    return stats, failures


def coverage(briefs):
    out = {"troops": None, "publishers": 0, "publishers_covered": 0, "timelines": 0, "timelines_sorted": 0,
           "events": 0, "events_dated_text": 0, "bad_dates": 0}
    for b in briefs:
        for d in b.get("disagreements", []):
            if "troop" in d["subject"].lower():
                values = {c["value"] for c in d["claims"]}
                sources = {(c.get("attributedTo") or "", c["sentence"]["citations"][0].get("publisher") or "")
                           for c in d["claims"]}
                if len(values) >= 2 and len(sources) >= 2 and (out["troops"] is None or len(values) > len(out["troops"][0])):
                    out["troops"] = (sorted(values), sorted(sources))
        covered = {o["publisher"].lower() for o in b.get("whatThePapersSay", [])}
        publishers = {(d.get("publisher") or "").lower() for d in b.get("documents", [])
                      if d.get("publisher") and not d.get("duplicateOf")}
        out["publishers"] += len(publishers)
        out["publishers_covered"] += len(publishers & covered)
        dates = [t["date"] for t in b.get("howWeGotHere", [])]
        out["timelines"] += 1
        out["timelines_sorted"] += dates == sorted(dates)
        for t in b.get("howWeGotHere", []):
            out["events"] += 1
            if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", t["date"]):
                out["bad_dates"] += 1
            if any(DATE_WORDS.search(c["quote"]) for c in t["sentence"]["citations"]):
                out["events_dated_text"] += 1
    return out


def pct(a, b):
    return 100.0 * a / b if b else 100.0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--out", required=True, help="folder of the full run")
    ap.add_argument("--seeds-out", required=True, help="folder of the run over the seeds")
    ap.add_argument("--extractive", action="store_true", help="require 100 % support")
    ap.add_argument("--store", help="the run's SQLite store: check quotes against its extracted text")
    ap.add_argument("inputs", nargs="+")
    a = ap.parse_args()
    ok = True
    briefs = load_briefs(a.out)
    if a.store and os.path.exists(a.store):
        docs = store_documents(a.store)
    else:
        with tempfile.TemporaryDirectory() as scratch:
            docs = input_documents(a.bin, a.inputs, scratch)
    stats, failures = faithfulness(briefs, docs)
    print(f"briefs: {len(briefs)}  input documents extracted: {len(docs)}")
    print(f"citations verbatim: {stats['verbatim']}/{stats['citations']} = {pct(stats['verbatim'], stats['citations']):.2f} %"
          f"  (matched by id {stats['by_id']}, by title {stats['by_title']}, among all inputs {stats['anywhere']})")
    need = 100.0 if a.extractive else 95.0
    sup = pct(stats["supported"], stats["sentences"])
    print(f"sentences supported >= 0.8: {stats['supported']}/{stats['sentences']} = {sup:.2f} % (target {need:.0f} %)")
    if stats["verbatim"] != stats["citations"] or sup < need or stats["no_citation"]:
        ok = False
    for f in failures[:15]:
        print("  " + f)
    seeds = coverage(load_briefs(a.seeds_out))
    troops = seeds["troops"]
    if troops:
        print(f"seeds troop disagreement: values {troops[0]} from {len(troops[1])} sources")
    else:
        print("seeds troop disagreement: MISSING")
        ok = False
    print(f"seeds publishers with a papers-say entry: {seeds['publishers_covered']}/{seeds['publishers']}")
    print(f"seeds timelines sorted: {seeds['timelines_sorted']}/{seeds['timelines']}; events {seeds['events']}, "
          f"well-formed dates {seeds['events'] - seeds['bad_dates']}, citing a dated sentence {seeds['events_dated_text']}")
    if seeds["publishers_covered"] != seeds["publishers"] or seeds["timelines_sorted"] != seeds["timelines"] \
            or seeds["bad_dates"] or seeds["events_dated_text"] != seeds["events"]:
        ok = False
    print("RESULT: " + ("PASS" if ok else "FAIL"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
