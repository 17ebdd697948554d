"""Content-word support, the same rule as Swift's `ContentWords` + `SupportChecker`
(Sources/StorylineBrief/Text): lower-cased word tokens minus function words, light stems;
a brief sentence's support is the share of its content words found in its cited sentences."""

STOPWORDS = set("""
a about above after again against all also am an and any are as at be because been before being below between both
but by can could did do does doing down during each either few for from further had has have having he her here
hers herself him himself his how i if in into is it its itself just may me might more most much must my myself no
nor not now of off on once only or other our ours ourselves out over own same shall she should so some such than
that the their theirs them themselves then there these they this those through to too under until up upon us very
was we were what when where which while who whom whose why will with would you your yours yourself mr mrs ms dr
however meanwhile moreover furthermore nevertheless nonetheless still yet thus therefore although though even ever
many several another onto within without among amid via per s t don one's
""".split())

IRREGULAR = {
    "said": "say", "says": "say", "told": "tell", "went": "go", "gone": "go", "sent": "send", "met": "meet",
    "made": "make", "took": "take", "taken": "take", "gave": "give", "given": "give", "held": "hold", "began": "begin",
    "begun": "begin", "fought": "fight", "brought": "bring", "thought": "think", "left": "leave", "won": "win",
    "lost": "lose", "saw": "see", "seen": "see", "came": "come", "knew": "know", "known": "know", "led": "lead",
    "wrote": "write", "written": "write", "children": "child", "men": "man", "women": "woman", "people": "people",
}


def _is_letter(c):
    return c.isalpha()


def _is_digit(c):
    return c.isnumeric()


def tokens(text):
    out, cur, skipping = [], [], False
    n = len(text)
    for i, c in enumerate(text):
        if _is_letter(c) or _is_digit(c):
            if not skipping:
                cur.append(c.lower())
        elif c in "'\u2019" and cur and i + 1 < n and _is_letter(text[i + 1]):
            skipping = True
        elif c in ",." and cur and _is_digit(cur[-1]) and i + 1 < n and _is_digit(text[i + 1]):
            pass
        else:
            if cur:
                out.append("".join(cur))
            cur, skipping = [], False
    if cur:
        out.append("".join(cur))
    return out


def _undouble(w):
    if len(w) >= 2 and w[-1] == w[-2] and w[-1] not in "lsz":
        return w[:-1]
    return w


def stem(w):
    if len(w) <= 3 or w[0].isnumeric():
        return w
    if w in IRREGULAR:
        return IRREGULAR[w]
    if w.endswith("ies") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith("sses"):
        w = w[:-2]
    elif w.endswith("s") and not w.endswith("ss") and not w.endswith("us") and not w.endswith("is"):
        w = w[:-1]
    if w.endswith("ing") and len(w) > 5:
        w = _undouble(w[:-3])
    elif w.endswith("ied") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith("ed") and len(w) > 4:
        w = _undouble(w[:-2])
    elif w.endswith("ly") and len(w) > 5:
        w = w[:-2]
    if w.endswith("e") and len(w) > 4:
        w = w[:-1]
    return w


def stems(text):
    out = []
    for t in tokens(text):
        if t in STOPWORDS:
            continue
        if len(t) < 2 and not t[:1].isnumeric():
            continue
        out.append(stem(t))
    return out


def support(sentence, sources):
    words = stems(sentence)
    if not words:
        return 1.0
    available = set()
    for s in sources:
        available.update(stems(s))
    return sum(1 for w in words if w in available) / len(words)
