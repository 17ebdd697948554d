#!/usr/bin/env python3
"""Differential check of Storyline's HTML parser against libxml2 (through lxml.html):
per page, the word tokens of the body text content (scripts, styles, templates left out)
of both parses; prints the mean token-shingle F1 and the pages below 0.99."""
import json
import re
import sys
from collections import Counter
from pathlib import Path

import lxml.html

WORD = re.compile(r"\w+")
SKIP = {"script", "style", "noscript", "template", "title", "noembed", "noframes", "xmp", "iframe"}


def lxml_text(html):
    try:
        root = lxml.html.document_fromstring(html)
    except Exception:
        return ""
    body = root.find("body")
    node = body if body is not None else root
    out = []

    def walk(el):
        stack = [(el, False)]
        while stack:
            e, after = stack.pop()
            if after:
                if e.tail:
                    out.append(e.tail)
                continue
            tag = e.tag if isinstance(e.tag, str) else ""
            stack.append((e, True))
            if tag.lower() in SKIP or not isinstance(e.tag, str):
                continue
            if e.text:
                out.append(e.text)
            for child in reversed(list(e)):
                stack.append((child, False))
    if node is not None:
        if node.text:
            out.append(node.text)
        for child in node:
            walk(child)
    return " ".join(out)


def f1(a, b):
    ta, tb = WORD.findall(a), WORD.findall(b)
    if not ta and not tb:
        return 1.0
    ca, cb = Counter(zip(ta, ta[1:], ta[2:])), Counter(zip(tb, tb[1:], tb[2:]))
    common = sum((ca & cb).values())
    if common == 0:
        return 0.0
    p, r = common / max(1, sum(cb.values())), common / max(1, sum(ca.values()))
    return 2 * p * r / (p + r)


def main():
    pages_dir, ours_path = Path(sys.argv[1]), Path(sys.argv[2])
    ours = json.loads(ours_path.read_text())
    scores = {}
    for page in sorted(pages_dir.glob("*.html")):
        key = page.name.split(".")[0]
        theirs = lxml_text(page.read_text(encoding="utf-8", errors="replace"))
        scores[key] = f1(theirs, ours.get(key, ""))
    mean = sum(scores.values()) / max(1, len(scores))
    low = sorted((v, k) for k, v in scores.items() if v < 0.99)
    print(f"dom text agreement with libxml2: mean F1 {mean:.4f} over {len(scores)} pages; "
          f"{len(low)} pages below 0.99")
    for v, k in low[:10]:
        print(f"  {k[:16]}  {v:.3f}")


if __name__ == "__main__":
    main()
