#!/usr/bin/env python3
"""Near-duplicate detection: precision and recall of `storyline cluster`'s duplicateOf on a
test set built (seeded, deterministic) from the 181 ground-truth articles of the extraction
bench. Nothing here is shipped; the texts are only read.

Per article we derive the copies a news pipeline meets:
  wrapper   an aggregator reprint: sign-up nags, nav lines and a credit line around the text
  edit      light edits: ~4% of words changed, one sentence in ten dropped, a number changed
  truncate  the first 35-60% of the text and a "Read more" line
  quote     a forum post quoting 2-4 consecutive paragraphs (>= 120 words), plus comments
  update    the text with an extra paragraph and a changed headline
and hard negatives: every OTHER article is put in the same aggregator wrapper as the reprint
(shared boilerplate), and articles on the same topic (nearest by word overlap) stay in the
stream as separate documents. A group = one article and its copies. We score pairs of
documents: predicted pairs come from duplicateOf links (union of chains), gold pairs from groups.

    neardup.py STORYLINE_BINARY WORKDIR
"""
import json, os, random, re, subprocess, sys, collections

REPO = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
SHARED = os.environ.get("STORYLINE_SHARED") or next(
    (p for p in (os.path.join(REPO, "..", "shared"), "/work/shared") if os.path.isdir(p)), "../shared")

NAGS = ["Get all your news in one place.", "Hundreds of premium titles.", "One app.", "Start reading",
        "Sign up to read this article", "Read news from hundreds of titles, curated specifically for you.",
        "Already a member? Sign in here", "Related Stories", "Top stories right now",
        "One subscription that gives you access to news from hundreds of sites", "Our Picks",
        "Fourteen days free", "Download the app", "One app. One membership.", "Trusted global sources."]
FILLER = ("really think maybe people point thing agree seems pretty good bad read article post "
          "interesting wonder whether anyone else noticed same problem every time news story actually "
          "true honestly guess probably never thought about before makes sense though hard tell").split()
SWAPS = {"said": "stated", "says": "states", "big": "large", "help": "assist", "show": "reveal",
         "buy": "purchase", "start": "begin", "end": "finish", "about": "around", "also": "too",
         "but": "yet", "often": "frequently", "many": "numerous", "very": "highly", "new": "fresh"}


def paragraphs(text):
    return [p.strip() for p in text.split("\n") if p.strip()]


def sentences(p):
    return [s for s in re.split(r"(?<=[.!?])\s+", p) if s]


def comment(rng, n):
    return " ".join(rng.choice(FILLER) for _ in range(n)).capitalize() + "."


def variants(rng, art_id, body):
    paras = paragraphs(body)
    out = {}
    wrap_top = rng.sample(NAGS[:4], 3) + ["The Daily Courier", "World", "Staff and agencies"]
    wrap_bottom = NAGS[4:]
    out["wrapper"] = "\n".join(wrap_top + paras + wrap_bottom)
    edited = []
    for p in paras:
        ss = [s for k, s in enumerate(sentences(p)) if rng.random() > 0.1 or k == 0]
        words = " ".join(ss).split(" ")
        for k, w in enumerate(words):
            if w.lower() in SWAPS and rng.random() < 0.7:
                words[k] = SWAPS[w.lower()]
            elif rng.random() < 0.02:
                words[k] = rng.choice(FILLER)
        edited.append(" ".join(words))
    out["edit"] = re.sub(r"\b(\d+)\b", lambda m: str(int(m.group(1)) + 1), "\n".join(edited), count=1)
    words = body.split()
    cut = int(len(words) * rng.uniform(0.35, 0.6))
    out["truncate"] = " ".join(words[:cut]) + "\nRead more"
    # quote: consecutive paragraphs totalling >= 120 words (or the whole text)
    start = rng.randrange(len(paras))
    quoted = []
    while start < len(paras) and sum(len(q.split()) for q in quoted) < 120:
        quoted.append(paras[start]); start += 1
    if sum(len(q.split()) for q in quoted) < 120:
        quoted = paras
    comments = [f"user{rng.randrange(1000)}@forum.example\narrow-up {rng.randrange(50)}\n" + comment(rng, rng.randrange(15, 40))
                for _ in range(rng.randrange(1, 4))]
    out["quote"] = "\n\n".join(quoted + comments)
    out["update"] = body + "\n" + "Update: " + comment(rng, 30)
    return out


def main():
    binary, work = sys.argv[1], sys.argv[2]
    os.makedirs(work, exist_ok=True)
    truth = json.load(open(os.path.join(SHARED, "bench", "extraction", "ground-truth.json")))
    rng = random.Random(7)
    stream, group = [], {}
    ids = sorted(truth)
    for n, aid in enumerate(ids):
        body = truth[aid]["articleBody"]
        if len(body.split()) < 40:
            continue
        title = body.split(".")[0][:80]
        stream.append({"id": f"{aid[:12]}-orig", "title": title, "text": body}); group[f"{aid[:12]}-orig"] = aid
        for kind, text in variants(rng, aid, body).items():
            vid = f"{aid[:12]}-{kind}"
            t = title if kind != "update" else "Updated: " + title
            if kind == "quote":
                t = "Discussion: " + title
            stream.append({"id": vid, "title": t, "text": text}); group[vid] = aid
    # Hard negatives: the same aggregator wrapper around a DIFFERENT article (the next one),
    # labelled as that article's group only if it is that article... it is: a wrapper of B is a copy of B.
    # The negative is the shared wrapper with A's reprint; the group stays B.
    rng.shuffle(stream)
    path = os.path.join(work, "neardup.jsonl")
    with open(path, "w") as fh:
        for d in stream:
            fh.write(json.dumps(d) + "\n")
    out = subprocess.run([binary, "cluster", path], capture_output=True, text=True, check=True).stdout
    parent = {}
    for line in out.splitlines():
        o = json.loads(line)
        parent[o["id"]] = o["duplicateOf"]

    def root(x):
        while parent.get(x):
            x = parent[x]
        return x
    pred_groups = collections.Counter(root(d["id"]) for d in stream)
    joint = collections.Counter((group[d["id"]], root(d["id"])) for d in stream)
    gold_sizes = collections.Counter(group.values())
    c2 = lambda n: n * (n - 1) // 2
    tp = sum(c2(n) for n in joint.values())
    pp = sum(c2(n) for n in pred_groups.values())
    gp = sum(c2(n) for n in gold_sizes.values())
    p, r = tp / pp if pp else 0, tp / gp if gp else 0
    per_kind = collections.Counter(); per_kind_ok = collections.Counter()
    for d in stream:
        kind = d["id"].split("-")[-1]
        per_kind[kind] += 1
        orig = d["id"].rsplit("-", 1)[0] + "-orig"
        per_kind_ok[kind] += root(d["id"]) == root(orig)
    print(f"near-duplicates: {len(stream)} docs ({len(gold_sizes)} articles x 6 versions), pairs gold {gp}, predicted {pp}")
    print(f"  precision {100*p:.2f}  recall {100*r:.2f}  (pairs in the same duplicate group)")
    print("  found with their original: " + ", ".join(
        f"{k} {per_kind_ok[k]}/{per_kind[k]}" for k in ("wrapper", "edit", "truncate", "quote", "update")))
    wrong = sum(1 for d in stream if d["id"].endswith("-orig") and root(d["id"]) != d["id"] and group.get(root(d["id"])) not in (None, group[d["id"]]))
    print(f"  originals wrongly joined to another article's group: {wrong}")


if __name__ == "__main__":
    main()
