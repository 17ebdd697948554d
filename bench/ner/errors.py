#!/usr/bin/env python3
"""Where the entity tagger loses F1 on GUM dev: micro PER+ORG+LOC per genre (with each genre's
text licence, i.e. whether the model may train on that genre), and every wrong span sorted
into one kind of error. Exact-span matching, as the bench's score.py counts it.

    storyline ner ../shared/bench/ner/gum-dev.bio > pred.bio
    python3 bench/ner/errors.py pred.bio [--list GENRE]

Error kinds, for a predicted span that is not gold (FP) or a gold span not predicted (FN):
  type confusion      same tokens, another of PERSON/ORG/LOC (one FP and one FN)
  boundary            overlaps a span of the other side, different tokens
  FP, gold MISC/NORP  whole span is something GUM calls MISC or NORP (events, works, sites...)
  FP, gold O          whole span is no name in GUM
  FN, predicted O     missed outright
  FN, predicted MISC/NORP
--list GENRE prints that genre's wrong spans with the other side's tags.
"""
import argparse, collections, os, sys

REPO = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
SHARED = os.environ.get("STORYLINE_SHARED") or next(
    (p for p in (os.path.join(REPO, "..", "shared"), "/work/shared") if os.path.isdir(p)), "../shared")
DATA = os.path.join(SHARED, "bench", "ner")
TYPES = ("PERSON", "ORG", "LOC")


def sentences(path):
    out, cur = [], []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line:
                if cur:
                    out.append(cur)
                    cur = []
            else:
                token, _, tag = line.partition("\t")
                cur.append((token, tag))
    if cur:
        out.append(cur)
    return out


def spans(sentence, types=TYPES):
    """(start, end, type) of each BIO span of one of `types`."""
    out, i = set(), 0
    while i < len(sentence):
        tag = sentence[i][1]
        if tag.startswith("B-"):
            kind, j = tag[2:], i + 1
            while j < len(sentence) and sentence[j][1] == "I-" + kind:
                j += 1
            if kind in types:
                out.add((i, j, kind))
            i = j
        else:
            i += 1
    return out


def overlaps(i, j, others):
    return any(not (b <= i or a >= j) for a, b in others)


def error_kind(side, i, j, other_at, other):
    """What kind of error a wrong span (i, j) is, judged against the other side's spans and tags:
    gold's for a false span (FP), the prediction's for a missed one (FN)."""
    if (i, j) in other_at:
        return "type confusion"
    if overlaps(i, j, other_at):
        return f"{side}, boundary"
    if all(tag == "O" for _, tag in other[i:j]):
        return "FP, gold O" if side == "FP" else "FN, predicted O"
    return "FP, gold MISC/NORP" if side == "FP" else "FN, predicted MISC/NORP"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pred")
    ap.add_argument("--gold", default=os.path.join(DATA, "gum-dev.bio"))
    ap.add_argument("--docs", default=os.path.join(DATA, "gum-dev.docs.tsv"))
    ap.add_argument("--list", metavar="GENRE")
    args = ap.parse_args()
    gold, pred = sentences(args.gold), sentences(args.pred)
    if len(gold) != len(pred) or any(len(g) != len(p) for g, p in zip(gold, pred)):
        sys.exit("the prediction does not have the gold file's sentences and tokens")
    genre_of, licence = {}, {}
    with open(args.docs, encoding="utf-8") as fh:
        header = fh.readline().rstrip("\n").split("\t")
        col = {name: k for k, name in enumerate(header)}
        for line in fh:
            row = line.rstrip("\n").split("\t")
            genre = row[col["genre"]]
            licence[genre] = row[col["text_license"]]
            first, count = int(row[col["first_sentence"]]), int(row[col["n_sentences"]])
            for s in range(first, first + count):
                genre_of[s] = genre
    per_genre = collections.defaultdict(lambda: [0, 0, 0])
    kinds = collections.Counter()
    listing = []
    for s, (g, p) in enumerate(zip(gold, pred)):
        genre = genre_of.get(s, "?")
        gs, ps = spans(g), spans(p)
        counts = per_genre[genre]
        counts[0] += len(gs & ps)
        counts[1] += len(ps - gs)
        counts[2] += len(gs - ps)
        gold_at = {(i, j): t for i, j, t in gs}
        pred_at = {(i, j): t for i, j, t in ps}
        text = lambda i, j: " ".join(tok for tok, _ in g[i:j])
        for side, wrong, other_at, other in (("FP", ps - gs, gold_at, g), ("FN", gs - ps, pred_at, p)):
            for i, j, t in sorted(wrong):
                kind = error_kind(side, i, j, other_at, other)
                if side == "FP" or kind != "type confusion":  # a type confusion counts once, as its FP
                    kinds[kind] += 1
                listing.append((genre, side, t, text(i, j), [tag for _, tag in other[i:j]], kind))

    def f1(tp, fp, fn):
        return 2 * tp / (2 * tp + fp + fn) if tp else 0.0

    print(f"{'genre':14}{'tp':>5}{'fp':>5}{'fn':>5}{'F1':>8}  text licence")
    total = [0, 0, 0]
    for genre, (tp, fp, fn) in sorted(per_genre.items()):
        total = [total[0] + tp, total[1] + fp, total[2] + fn]
        print(f"{genre:14}{tp:5}{fp:5}{fn:5}{f1(tp, fp, fn):8.3f}  {licence.get(genre, '?')}")
    print(f"{'all':14}{total[0]:5}{total[1]:5}{total[2]:5}{f1(*total):8.3f}")
    print("\nwrong spans by kind (a type confusion is one FP and one FN, counted once):")
    for kind, n in kinds.most_common():
        print(f"{n:6}  {kind}")
    if args.list:
        print(f"\n{args.list}: side, our/gold type, span, the other side's tags, kind")
        for genre, side, t, span, tags, kind in listing:
            if genre == args.list:
                print(f"{side} {t:7} {span!r:40} {' '.join(tags):30} {kind}")


if __name__ == "__main__":
    main()
