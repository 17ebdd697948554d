#!/usr/bin/env python3
"""Cluster quality on the ECB+ DEV split: `storyline cluster` and the Python baseline
(`baseline_online.py --repr tfidf`, threshold 0.25 as tuned in its README) on the SAME five
seeded stream orders (seeds 0-4, the README's protocol), scored by the bench's score.py.
Dates are written as null: ECB+ has no real timestamps (the few `date` values were parsed out of
URLs for some `ecbplus` documents only), and the baseline runs with no time window, so both
sides cluster by content alone. (Passing them made our time decay split dated events: -2 F1.)

    quality.py STORYLINE_BINARY WORKDIR [extra storyline args...]
"""
import gzip, json, os, random, statistics, subprocess, sys, time

REPO = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
SHARED = os.environ.get("STORYLINE_SHARED") or next(
    (p for p in (os.path.join(REPO, "..", "shared"), "/work/shared") if os.path.isdir(p)), "../shared")
BENCH = os.path.normpath(os.path.join(SHARED, "bench", "clustering"))
sys.path.insert(0, BENCH)
import score  # noqa: E402
import baseline_online as base  # noqa: E402


def main():
    binary, work = sys.argv[1], sys.argv[2]
    extra = sys.argv[3:]
    os.makedirs(work, exist_ok=True)
    dev_path = os.path.join(BENCH, "ecbplus_dev.jsonl.gz")
    docs = base.load(dev_path)
    gold = {d["id"]: str(d["cluster"]) for d in docs}
    ours, theirs = [], []
    rep = base.make_repr("tfidf", docs)
    X = rep.encode(docs)
    for seed in range(5):
        order, _ = base.stream_order(docs, seed)
        path = os.path.join(work, f"ecb_dev_seed{seed}.jsonl")
        with open(path, "w") as fh:
            for i in order:
                d = docs[i]
                fh.write(json.dumps({"id": d["id"], "title": d.get("title"), "text": d.get("text"), "date": None}) + "\n")
        t0 = time.perf_counter()
        out = subprocess.run([binary, "cluster", path, *extra], capture_output=True, text=True, check=True).stdout
        dt = time.perf_counter() - t0
        pred = {}
        for line in out.splitlines():
            o = json.loads(line)
            pred[o["id"]] = o["story"]
        r = score.score(gold, pred)
        r["seconds"] = dt
        ours.append(r)
        bpred, _ = base.run_stream(docs, rep, 0.25, seed, 3.0, X=X)
        theirs.append(score.score(gold, bpred))

    def summary(rs):
        return {
            "pairwise_p": statistics.mean(r["pairwise"]["p"] for r in rs),
            "pairwise_r": statistics.mean(r["pairwise"]["r"] for r in rs),
            "pairwise_f1": statistics.mean(r["pairwise"]["f1"] for r in rs),
            "pairwise_f1_sd": statistics.pstdev(r["pairwise"]["f1"] for r in rs),
            "bcubed_f1": statistics.mean(r["bcubed"]["f1"] for r in rs),
            "pred_clusters": statistics.mean(r["pred_clusters"] for r in rs),
        }
    o, t = summary(ours), summary(theirs)
    print(f"ECB+ DEV ({len(docs)} docs, {ours[0]['gold_clusters']} gold events), mean of 5 stream orders")
    print(f"{'':24}{'pair P':>8}{'pair R':>8}{'pair F1':>9}{'±sd':>7}{'B3 F1':>8}{'clusters':>10}")
    for name, s in (("storyline", o), ("baseline tfidf@0.25", t)):
        print(f"{name:24}{100*s['pairwise_p']:8.2f}{100*s['pairwise_r']:8.2f}{100*s['pairwise_f1']:9.2f}"
              f"{100*s['pairwise_f1_sd']:7.2f}{100*s['bcubed_f1']:8.2f}{s['pred_clusters']:10.1f}")
    print(f"pairwise F1 difference (ours - baseline): {100*(o['pairwise_f1']-t['pairwise_f1']):+.2f} points")
    print(json.dumps({"ours": o, "baseline": t}), file=open(os.path.join(work, "quality.json"), "w"))


if __name__ == "__main__":
    main()
