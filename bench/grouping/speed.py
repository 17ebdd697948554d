#!/usr/bin/env python3
"""Speed: `storyline cluster` on prefixes (20k, 100k, 200k docs) of one generated stream, and
the Python baseline (`baseline_online.py run --repr tfidf`, threshold 0.25, dates on, its
default 3-day window) on the 20k prefix of the SAME stream, in this run. Reports CPU (user+sys)
docs/s, the ratio at the size both ran, and peak RSS from /usr/bin/time -v.

    speed.py STORYLINE_BINARY WORKDIR [--sizes 20000,100000,200000] [--baseline-size 20000]
"""
import json, os, re, subprocess, sys

REPO = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
SHARED = os.environ.get("STORYLINE_SHARED") or next(
    (p for p in (os.path.join(REPO, "..", "shared"), "/work/shared") if os.path.isdir(p)), "../shared")
BASELINE = os.path.join(SHARED, "bench", "clustering", "baseline_online.py")


def opt(name, default):
    return sys.argv[sys.argv.index(name) + 1] if name in sys.argv else default


def timed(cmd, out_path):
    with open(out_path, "w") as out:
        p = subprocess.run(["/usr/bin/time", "-v", *cmd], stdout=out, stderr=subprocess.PIPE, text=True)
    if p.returncode != 0:
        sys.exit(f"failed: {' '.join(cmd)}\n{p.stderr[-2000:]}")
    user = float(re.search(r"User time \(seconds\): ([\d.]+)", p.stderr).group(1))
    sys_ = float(re.search(r"System time \(seconds\): ([\d.]+)", p.stderr).group(1))
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", p.stderr).group(1))
    return user + sys_, rss


def main():
    binary, work = sys.argv[1], sys.argv[2]
    sizes = [int(x) for x in opt("--sizes", "20000,100000,200000").split(",")]
    base_n = int(opt("--baseline-size", "20000"))
    os.makedirs(work, exist_ok=True)
    full = os.path.join(work, f"stream{max(sizes)}.jsonl")
    if not os.path.exists(full):
        subprocess.run([sys.executable, os.path.join(os.path.dirname(__file__), "generate_stream.py"),
                        str(max(sizes)), full, "--seed", "1"], check=True)
    def prefix(n):
        path = os.path.join(work, f"stream_{n}.jsonl")
        if not os.path.exists(path):
            with open(full) as src, open(path, "w") as dst:
                for k, line in enumerate(src):
                    if k >= n:
                        break
                    dst.write(line)
        return path
    ours = {}
    for n in sizes:
        cpu, rss = timed([binary, "cluster", prefix(n)], os.path.join(work, f"ours_{n}.out"))
        ours[n] = (n / cpu, rss)
        print(f"storyline  {n:>7} docs  {n/cpu:9.0f} docs/s (CPU {cpu:.1f} s)  peak RSS {rss/1024:.0f} MB", flush=True)
    bpath = prefix(base_n)
    cpu, rss = timed([sys.executable, BASELINE, "run", "--fit", bpath, "--data", bpath, "--repr", "tfidf",
                      "--threshold", "0.25", "--seeds", "1"], os.path.join(work, f"baseline_{base_n}.json"))
    b_rate = base_n / cpu
    print(f"baseline   {base_n:>7} docs  {b_rate:9.0f} docs/s (CPU {cpu:.1f} s, whole process incl. fit)  peak RSS {rss/1024:.0f} MB")
    if base_n in ours:
        print(f"ratio at {base_n} docs: {ours[base_n][0]/b_rate:.1f}x (storyline / baseline docs per CPU second)")
    if len(sizes) > 1:
        print("growth: " + ", ".join(f"{n}: {ours[n][0]:.0f} docs/s" for n in sizes)
              + " (flat docs/s = linear total time)")


if __name__ == "__main__":
    main()
