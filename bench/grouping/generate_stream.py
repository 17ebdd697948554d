#!/usr/bin/env python3
"""Writes a synthetic news stream for the speed bench: N documents (JSON Lines with id,
title, text, date, source, cluster) in publication order. Vocabulary is generated from
syllables (no copied text). The world has topics (event types, each with its own words);
events of a topic share those words but have their own names, places, numbers and a few
words of their own; each event runs for days to weeks and is covered by many outlets in
paraphrased variants (sentences drawn and reworded from the event's pool), some of them
reprints of an earlier document with a wrapper.

    generate_stream.py N OUT.jsonl [--seed 1]
"""
import json, random, sys, datetime as dt

FUNCTION = ("the a of to in and on for with at by from that this as is was were has have had it its "
            "after before over under about into their they he she his her which who while also but").split()
SYL = ["ka", "lo", "mi", "ren", "tas", "vo", "dri", "sel", "pan", "tor", "bel", "gu", "sha", "nim", "ox",
       "ter", "val", "qui", "zen", "ar", "mo", "lis", "ped", "cra", "fen", "hol", "jin", "wer", "yul", "bri"]


def word(rng, n=None):
    return "".join(rng.choice(SYL) for _ in range(n or rng.randint(2, 3)))


def name(rng):
    return word(rng).capitalize()


class World:
    def __init__(self, rng, topics=120):
        self.rng = rng
        self.common = [word(rng) for _ in range(3000)]            # everyday content words
        self.topics = [[word(rng) for _ in range(60)] for _ in range(topics)]  # event-type words
        self.outlets = [f"{word(rng)}.example" for _ in range(300)]

    def event(self, eid, start):
        rng = self.rng
        topic = rng.randrange(len(self.topics))
        return {
            "id": eid, "topic": topic, "start": start,
            "days": rng.choice([1, 2, 3, 5, 8, 14, 30]),
            "size": int(rng.paretovariate(1.3) * 4) + 1,
            "people": [f"{name(rng)} {name(rng)}" for _ in range(rng.randint(2, 4))],
            "places": [name(rng) for _ in range(rng.randint(1, 3))],
            "orgs": [f"{name(rng)} {rng.choice(['Council', 'Agency', 'Group', 'Ministry', 'Party'])}" for _ in range(rng.randint(1, 2))],
            "words": [word(rng) for _ in range(12)],
            "numbers": [str(rng.choice([rng.randint(2, 99), rng.randint(100, 5000)])) for _ in range(3)],
        }

    def sentence(self, ev):
        rng = self.rng
        parts = []
        for _ in range(rng.randint(8, 16)):
            r = rng.random()
            if r < 0.30:
                parts.append(rng.choice(FUNCTION))
            elif r < 0.50:
                parts.append(rng.choice(self.topics[ev["topic"]]))
            elif r < 0.62:
                parts.append(rng.choice(ev["words"]))
            elif r < 0.70:
                parts.append(rng.choice(ev["people"] + ev["places"] + ev["orgs"]))
            elif r < 0.73:
                parts.append(rng.choice(ev["numbers"]))
            else:
                parts.append(rng.choice(self.common))
        s = " ".join(parts)
        return s[0].upper() + s[1:] + "."

    def document(self, ev, k):
        rng = self.rng
        title = " ".join([rng.choice(ev["people"] + ev["places"]), rng.choice(self.topics[ev["topic"]]),
                          rng.choice(ev["words"]), rng.choice(FUNCTION), rng.choice(ev["places"]),
                          rng.choice(self.common)])
        paras = []
        for _ in range(rng.randint(3, 6)):
            paras.append(" ".join(self.sentence(ev) for _ in range(rng.randint(2, 4))))
        return title, "\n".join(paras)


def main():
    n, out = int(sys.argv[1]), sys.argv[2]
    seed = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else 1
    rng = random.Random(seed)
    world = World(rng)
    t0 = dt.datetime(2024, 1, 1)
    docs_per_day = 500
    pending = []  # (time, doc)
    written = 0
    day = 0
    ev_id = 0
    recent = []
    with open(out, "w") as fh:
        while written < n:
            # new events today, enough to keep ~docs_per_day documents flowing
            budget = docs_per_day
            todays = []
            while budget > 0:
                ev = world.event(ev_id, day); ev_id += 1
                budget -= ev["size"]
                for k in range(ev["size"]):
                    when = day + min(ev["days"], rng.expovariate(1 / max(ev["days"] / 3, 0.3))) + rng.random()
                    todays.append((when, ev, k))
            pending.extend(todays)
            pending.sort(key=lambda x: (x[0], x[1]["id"], x[2]))
            while pending and pending[0][0] < day + 1 and written < n:
                when, ev, k = pending.pop(0)
                if recent and rng.random() < 0.05:
                    src = rng.choice(recent)
                    title, text = src["title"], "Get all your news in one place.\n" + src["text"] + "\nSign up to read more."
                    cluster = src["cluster"]
                else:
                    title, text = world.document(ev, k)
                    cluster = ev["id"]
                d = {"id": f"d{written}", "title": title, "text": text,
                     "date": (t0 + dt.timedelta(days=when)).strftime("%Y-%m-%dT%H:%M:%S"),
                     "source": rng.choice(world.outlets), "cluster": cluster}
                fh.write(json.dumps(d) + "\n")
                recent.append(d); recent = recent[-200:]
                written += 1
            day += 1


if __name__ == "__main__":
    main()
