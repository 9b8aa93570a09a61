"""Generator of the blind anonymizer corpus fresh18a: paper that was scanned or photographed and run through OCR,
pasted into the case file without correction (hand-filled forms, handwritten letters, stamped copies, faxes,
photographed notices and receipts, ID-card copies with a machine-readable zone, envelopes).

Usage (from the repository root, PYTHONPATH=.):
    python tests/anonymizer/fresh18a/make_fresh18a.py            write fresh18a_texts.jsonl
    python tests/anonymizer/fresh18a/make_fresh18a.py --check    exit 1 if the committed file differs
    python tests/anonymizer/fresh18a/make_fresh18a.py --stats    counts per label, shapes, known names, redraws
"""

from __future__ import annotations

import importlib.util
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import f18a_kinds as K  # noqa: E402
import f18a_parts as P  # noqa: E402

SEED = 20261411
N_DOCS = 300
OUT = HERE / "fresh18a_texts.jsonl"
LABELS = (
    "PERSON",
    "ADDRESS",
    "POSTCODE",
    "PHONE",
    "EMAIL",
    "BSN",
    "IBAN",
    "LICENSE_PLATE",
    "CASE_NUMBER",
    "DATE_OF_BIRTH",
)
PARTICLES = {"van", "de", "der", "den", "het", "'t", "ter", "te", "ten", "in", "op", "la", "le", "du"}


def _load_score():
    path = HERE.parent / "corpora" / "score.py"
    spec = importlib.util.spec_from_file_location("f18a_score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


SCORE = _load_score()

# every shape: the document kinds, their line templates, the known-word lines and the objection reasons
SHAPES = (
    [f"kind:{k}" for k in K.KINDS]
    + [f"line:{k}/{j}" for k, v in K.KINDS.items() for j in range(len(v))]
    + [f"kw:{j}" for j in range(len(K.KW_LINES))]
    + [f"bzr:{j}" for j in range(len(K.BZR))]
)


def fold(s: str) -> str:
    return (
        "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
        .replace("ı", "i")
        .replace("ł", "l")
        .replace("Ł", "L")
        .replace("ß", "ss")
        .replace("đ", "d")
        .replace("Đ", "D")
    )


# ---------------------------------------------------------------- people and values


def person(r, origin=None, gender=None, sur=None, first=None):
    origin = origin or r.choice(list(P.ORIGINS))
    fem, mal, pre, suf = P.ORIGINS[origin]
    gender = gender or r.choice("fm")
    first = first or r.choice(fem if gender == "f" else mal)
    if sur is None:
        core = r.choice(pre) if suf is None else r.choice(pre) + r.choice(suf)
        part = r.choice(P.PARTICLE_SETS) if origin == "Nederlands" and r.random() < 0.6 else ""
        sur = f"{part} {core}" if part else core
    return {"first": first, "sur": sur, "g": gender, "origin": origin}


def core(p):
    return p["sur"].split()[-1]


def sur_t(p):
    s = p["sur"]
    return s[0].upper() + s[1:]


def full(p):
    return f"{p['first']} {p['sur']}"


def initials(p):
    return "".join(x[0] + "." for x in re.split(r"[ \-]", p["first"]) if x)


def street(r):
    return r.choice(P.STREET_A) + r.choice(P.STREET_B)


def house(r):
    n = str(r.randint(1, 240))
    x = r.random()
    return n + ("-" + r.choice("ABC") if x < 0.15 else r.choice("abc") if x < 0.25 else "")


def postcode(r):
    return f"{r.randint(1000, 9999)} {r.choice('ABCDEGHJKLMNPRSTVWXZ')}{r.choice('ABCDEGHJKLMNPRSTVWXZ')}"


def phone(r):
    if r.random() < 0.6:
        d = "6" + "".join(str(r.randint(0, 9)) for _ in range(8))
        return r.choice(
            [
                f"0{d[:1]}-{d[1:]}",
                f"0{d[:1]} {d[1:5]} {d[5:]}",
                f"+31 6 {d[1:]}",
                f"0{d[:1]} {d[1:3]} {d[3:5]} {d[5:7]} {d[7:]}",
                f"+31 (0)6 {d[1:5]} {d[5:]}",
            ]
        )
    area = r.choice(["570", "38", "521", "591", "50", "77", "475", "344", "183", "229", "320", "341", "318", "543"])
    rest = "".join(str(r.randint(1, 9)) for _ in range(9 - len(area)))
    return r.choice([f"0{area}-{rest}", f"(0{area}) {rest}", f"0{area} {rest[:3]} {rest[3:]}"])


def email(r, p):
    f = fold(p["first"]).lower().replace(" ", "").replace("'", "")
    s = fold(p["sur"]).lower().replace(" ", "").replace("'", "")
    local = r.choice(
        [f"{f}.{s}", f"{f[0]}{s}", f"{s}{r.randint(60, 99)}", f"{f}_{s}", f"{f}{s[:1]}{r.randint(1, 9)}", f"{s}.{f[0]}"]
    )
    return f"{local}@{r.choice(P.PROVIDERS)}"


def plate(r):
    L = lambda n: "".join(r.choice(P.PLATE_LET) for _ in range(n))  # noqa: E731
    D = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))  # noqa: E731
    return r.choice(
        [
            f"{L(2)}-{D(2)}-{D(2)}",
            f"{D(2)}-{L(2)}-{D(2)}",
            f"{D(2)}-{L(3)}-{D(1)}",
            f"{D(1)}-{L(3)}-{D(2)}",
            f"{L(2)}-{D(3)}-{L(1)}",
            f"{L(1)}-{D(3)}-{L(2)}",
            f"{L(3)}-{D(2)}-{L(1)}",
        ]
    )


def casenr(r, k):
    yy = r.choice(["25", "26"])
    n = lambda m: "".join(str(r.randint(0, 9)) for _ in range(m))  # noqa: E731
    return [
        f"VTA-{yy}-{n(5)}",
        f"AFS/20{yy}/{n(4)}-{r.choice('ABCD')}",
        f"Z.20{yy}.{n(6)}",
        f"BZW{yy}.{n(5)}",
        f"DOS {n(3)}-{n(4)}",
        f"WMO-{n(6)}-{yy}",
        f"KC{yy}{r.choice('BGHK')}{n(5)}",
    ][k]


def fmt_dob(r, d, style=None):
    m = P.MONTHS[d.month - 1]
    styles = [
        f"{d:%d-%m-%Y}",
        f"{d:%d.%m.%Y}",
        f"{d:%d/%m/%Y}",
        f"{d.day} {m} {d.year}",
        f"{d:%d} {P.MON3[d.month - 1]} {d.year}",
        f"{d:%Y-%m-%d}",
        f"{d.day}-{d.month}-'{d:%y}",
        f"{d:%d %m %Y}",
        f"{d.day} {m[:3]}. {d.year}",
        "|" + "|".join(f"{d:%d%m%Y}") + "|",
    ]
    return styles[style if style is not None else r.randrange(len(styles))]


def ordinary_date(r, upper=False):
    y, mo, da = r.choice([2025, 2026]), r.randint(1, 12), r.randint(1, 28)
    if upper:
        return f"{da:02d} {P.MON3[mo - 1]} {y}"
    return r.choice([f"{da:02d}-{mo:02d}-{y}", f"{da} {P.MONTHS[mo - 1]} {y}", f"{da}/{mo}/{y}"])


def amount(r):
    v = r.randint(12, 2400)
    c = r.randint(0, 99)
    return r.choice(
        [
            f"€ {v:,},{c:02d}".replace(",", "X", 1).replace("X", ".") if v >= 1000 else f"€ {v},{c:02d}",
            f"EUR {v},{c:02d}",
            f"€{v},-",
        ]
    )


def mrz(r, p, d, sex):
    def nm(s):
        return re.sub(r"[^A-Z<]", "", fold(s).upper().replace(" ", "<").replace("-", "<"))

    exp = f"{r.randint(27, 35)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
    l1 = "I<NLD" + "X" * 9 + "<" * 16
    dob = f"{d:%y%m%d}"
    l2_tail = f"{r.randint(0, 9)}{sex}{exp}{r.randint(0, 9)}NLD" + "<" * 11 + str(r.randint(0, 9))
    segs = [(l1 + "\n", None), (dob, "DATE_OF_BIRTH"), (l2_tail + "\n", None)]
    name_parts = nm(p["sur"]).split("<")
    for i, part in enumerate(name_parts):
        if i:
            segs.append(("<", None))
        segs.append((part, None if part.lower() in PARTICLES else "PERSON"))
    segs.append(("<<", None))
    for i, part in enumerate(nm(p["first"]).split("<")):
        if i:
            segs.append(("<", None))
        segs.append((part, "PERSON"))
    segs.append(("<" * r.randint(3, 9), None))
    return segs


# ---------------------------------------------------------------- OCR damage


def ocr_plain(s, r, q):
    out = []
    for w in re.split(r"( )", s):
        if w == " ":
            x = r.random()
            out.append("  " if x < q * 0.15 else r.choice([" | ", " _ ", " ~ ", " . "]) if x < q * 0.22 else " ")
            continue
        if len(w) > 3 and r.random() < q * 0.35:
            w = P.damage(w, r)
        if len(w) >= 9 and w.isalpha() and r.random() < q * 0.15:
            i = r.randint(3, len(w) - 3)
            w = w[:i] + "-\n" + w[i:]
        out.append(w)
    s = "".join(out)
    if r.random() < q * 0.4:  # a dropped space between two plain words
        idx = [m.start() for m in re.finditer(r"(?<=[a-z]) (?=[a-z])", s)]
        if idx:
            i = r.choice(idx)
            s = s[:i] + s[i + 1 :]
    return s


def ocr_pii(s, label, r, q):
    if r.random() >= q:
        return s
    if label in ("PERSON", "ADDRESS"):
        if label == "PERSON" and len(s) > 9 and r.random() < 0.12:
            i = s.rfind(" ")
            w = s[i + 1 :]
            if len(w) >= 6 and w.isalpha():
                j = r.randint(3, len(w) - 3)
                return s[: i + 1] + w[:j] + "-\n" + w[j:]
        d = P.damage(s, r)
        return d
    if label in ("BSN", "IBAN", "PHONE", "EMAIL"):
        if label == "EMAIL":
            return P.damage(s, r, subs=[("o", "0"), ("l", "1"), ("m", "rn"), ("e", "c"), (".", ","), ("@", "©")], n=1)
        if " " in s and r.random() < 0.5:
            i = r.choice([m.start() for m in re.finditer(" ", s)])
            return s[:i] + s[i + 1 :]
        i = r.randrange(1, len(s))
        return s[:i] + " " + s[i:] if s[i - 1] != " " and s[i] != " " else s
    return P.damage(s, r, subs=P.SUBS_DIGIT, n=1)


# ---------------------------------------------------------------- one document


def make_ctx(r, i):
    known = i % 4 == 1
    ctx = {"known": None}
    if known:
        word = r.choice(sorted(P.KNOWN_WORDS))
        kind, phrase = P.KNOWN_WORDS[word]
        if kind == "first":
            res = person(
                r,
                origin=r.choice(["Nederlands", "Fries", "Surinaams-Creools", "Vlaams", "Duits"]),
                gender="f",
                first=word,
            )
        else:
            part = r.choice(["", "", "", "de ", "van der ", "van den ", "van ", "ter "])
            res = person(r, sur=part + word)
        ctx["known"] = (word, phrase)
    else:
        res = person(r)
    ctx["res"] = res
    fam = person(r, origin=res["origin"], sur=res["sur"])
    fam2 = person(r, origin=res["origin"], sur=res["sur"])
    while fam2["first"] in (fam["first"], res["first"]) or fam["first"] == res["first"]:
        fam = person(r, origin=res["origin"], sur=res["sur"])
        fam2 = person(r, origin=res["origin"], sur=res["sur"])
    ctx.update(
        fam=fam, fam2=fam2, nb=person(r), nb2=person(r), nb3=person(r), off=person(r), med=person(r), doc=person(r)
    )
    ctx["city"] = r.choice(P.CITIES)
    st = street(r)
    ctx.update(
        street=st,
        addr=f"{st} {house(r)}",
        addr2=f"{street(r)} {house(r)}",
        nbaddr=f"{st} {house(r)}",
        n2addr=f"{st} {house(r)}",
        n3addr=f"{st} {house(r)}",
        pc=postcode(r),
        pc2=postcode(r),
    )
    ctx.update(
        phone=phone(r),
        fphone=phone(r),
        email=email(r, res),
        bsn=P.bsn(r),
        iban=P.iban(r),
        iban2=P.iban(r),
        plate=plate(r),
        plate2=plate(r),
        dob=P.dob(r),
        fdob=P.dob(r),
        f2dob=P.dob(r).replace(year=r.randint(2010, 2019)),
    )
    k1, k2 = r.sample(range(7), 2)
    ctx.update(
        z=casenr(r, k1),
        z2=casenr(r, k2),
        q=r.uniform(0.08, 0.4),
        dept=r.choice(P.DEPTS),
        odept=r.choice(P.DEPTS),
        ofunc=r.choice(P.FUNCS),
        sch=r.choice(P.SCHEMES),
        slug=fold(ctx["city"]).lower().replace(" ", ""),
    )
    ctx["phone2"] = phone(r)
    return ctx


def title(r, g, abbr=False):
    if g == "f":
        return r.choice(["Mevr.", "Mw.", "mevr."] if abbr else ["mevrouw", "mevr.", "Mw.", "Mevrouw"])
    return r.choice(["Dhr.", "dhr.", "De heer"] if abbr else ["de heer", "dhr.", "meneer", "De heer"])


def resolve(key, ctx, r):
    """Segments [(text, tag)] for one placeholder; tag None = plain, 'K' = keep, else a label."""
    res, q = ctx["res"], ctx["q"]

    def pii(text, label, damage=True):
        return [(ocr_pii(text, label, r, q) if damage else text, label)]

    fams = {
        "F": ctx["fam"],
        "F2": ctx["fam2"],
        "N": ctx["nb"],
        "N2": ctx["nb2"],
        "N3": ctx["nb3"],
        "O": ctx["off"],
        "HA": ctx["doc"],
    }
    if key == "R":
        return pii(full(res), "PERSON")
    if key == "RU":
        return pii(full(res).upper(), "PERSON")
    if key == "RS":
        s = sur_t(res)
        if r.random() < 0.2:
            s = s + ("'" if s[-1] in "sxz" else "'s")
        return pii(s, "PERSON")
    if key == "RSU":
        return pii(res["sur"].upper(), "PERSON")
    if key == "RF":
        return pii(res["first"], "PERSON")
    if key == "RFU":
        return pii(res["first"].upper(), "PERSON")
    if key == "RI":
        return pii(f"{initials(res)} {res['sur']}", "PERSON")
    if key in ("SIG", "SIGF"):
        p = res if key == "SIG" else ctx["fam"]
        s = r.choice([full(p), f"{initials(p)} {core(p)}", core(p), f"{p['first'][0]}.{core(p).lower()}"])
        return [(P.damage(s, r) if r.random() < 0.6 else s, "PERSON")]
    if key in fams:
        return pii(full(fams[key]), "PERSON")
    if key in ("FF", "F2F"):
        return pii(ctx["fam"]["first"], "PERSON")
    if key == "FU":
        return pii(full(ctx["fam"]).upper(), "PERSON")
    if key in ("OI", "MI"):
        p = ctx["off"] if key == "OI" else ctx["med"]
        return pii(f"{initials(p)} {p['sur']}", "PERSON")
    if key == "OS":
        return pii(sur_t(ctx["off"]), "PERSON")
    if key == "OE":
        o = ctx["off"]
        local = f"{fold(o['first'])[0]}.{fold(o['sur']).replace(' ', '').replace(chr(39), '')}".lower()
        return pii(f"{local}@{ctx['slug']}.nl", "EMAIL")
    if key == "A":
        return pii(ctx["addr"], "ADDRESS")
    if key == "AU":
        return pii(ctx["addr"].upper(), "ADDRESS")
    if key == "A2":
        return pii(ctx["addr2"], "ADDRESS")
    if key in ("NA", "N2A", "N3A"):
        return pii(ctx[{"NA": "nbaddr", "N2A": "n2addr", "N3A": "n3addr"}[key]], "ADDRESS")
    if key == "ST":
        return pii(ctx["street"], "ADDRESS")
    if key == "PC":
        return pii(ctx["pc"], "POSTCODE")
    if key == "PCN":
        return pii(ctx["pc"].replace(" ", ""), "POSTCODE")
    if key == "PC2":
        return pii(ctx["pc2"], "POSTCODE")
    if key == "T":
        return pii(ctx["phone"], "PHONE")
    if key == "T2":
        return pii(ctx["phone2"], "PHONE")
    if key == "TF":
        return pii(ctx["fphone"], "PHONE")
    if key == "E":
        return pii(ctx["email"], "EMAIL")
    if key == "BSN":
        b = ctx["bsn"]
        b = r.choice(
            [b, f"{b[:4]}.{b[4:6]}.{b[6:]}", f"{b[:3]} {b[3:6]} {b[6:]}", f"{b[:2]} {b[2:4]} {b[4:6]} {b[6:]}"]
        )
        return pii(b, "BSN")
    if key in ("IBAN", "IBAN2"):
        b = ctx["iban" if key == "IBAN" else "iban2"]
        b = r.choice([b, " ".join(b[j : j + 4] for j in range(0, 18, 4)), f"{b[:2]} {b[2:4]} {b[4:8]} {b[8:]}"])
        return pii(b, "IBAN")
    if key in ("KEN", "KEN2"):
        return pii(ctx["plate" if key == "KEN" else "plate2"], "LICENSE_PLATE")
    if key in ("Z", "Z2"):
        return pii(ctx["z" if key == "Z" else "z2"], "CASE_NUMBER")
    if key in ("DOB", "DOBF", "DOBF2"):
        d = ctx[{"DOB": "dob", "DOBF": "fdob", "DOBF2": "f2dob"}[key]]
        return pii(fmt_dob(r, d), "DATE_OF_BIRTH")
    if key == "DOBID":
        return pii(fmt_dob(r, ctx["dob"], 4), "DATE_OF_BIRTH")
    if key == "MRZ":
        return mrz(r, res, ctx["dob"], "F" if res["g"] == "f" else "M")
    if key == "FILE":
        c = fold(core(res)).lower()
        return [
            (f"scan-{r.randint(100, 999)}-", None),
            (c, "PERSON"),
            (r.choice(["-bezwaar.pdf", "_aanvraag.tif", "-brief.pdf", ".jpg"]), None),
        ]
    # keep values
    keepv = {
        "CITY": lambda: ctx["city"],
        "CITYU": lambda: ctx["city"].upper(),
        "DATE": lambda: ordinary_date(r),
        "DATE2": lambda: ordinary_date(r),
        "DATE3": lambda: ordinary_date(r),
        "DATEU": lambda: ordinary_date(r, True),
        "AMT": lambda: amount(r),
        "AMT2": lambda: amount(r),
        "AMT3": lambda: amount(r),
        "GT": lambda: f"14 0{r.randint(100, 999)}",
        "GM": lambda: f"info@{ctx['slug']}.nl",
        "WD": lambda: r.choice(P.WEEKDAYS),
        "MON": lambda: r.choice(P.MONTHS),
        "SCH": lambda: ctx["sch"],
        "DEPT": lambda: ctx["dept"],
        "OF": lambda: ctx["ofunc"],
        "OD": lambda: ctx["odept"],
        "RSN": lambda: r.choice(["WASMACHINE", "KOELKAST", "BRIL", "TANDARTS", "VERHUISKOSTEN", "MATRAS", "FORNUIS"]),
        "MERK": lambda: r.choice(["Volkswagen", "Opel", "Toyota", "Peugeot", "Renault", "Kia"]),
        "DOCU": lambda: r.choice(["PASPOORT", "RIJBEWIJS", "UITTREKSEL BRP", "IDENTITEITSKAART"]),
        "ZONE": lambda: r.choice(["Binnenstad", "Centrum-Oost", "Stationsgebied", "Schilderswijk", "Havenkwartier"]),
        "BANK": lambda: r.choice(["Rabobank", "ASN Bank", "Triodos", "SNS"]),
        "CRED": lambda: r.choice(["Essent", "Vattenfall", "Zilveren Kruis", "Vodafone", "Waterschap"]),
        "DOCT": lambda: r.choice(["Bezwaarschrift", "Aanvraag", "Ingebrachte stukken", "Klachtbrief"]),
    }
    if key in keepv:
        return [(keepv[key](), "K")]
    plain = {
        "SL": lambda: r.choice(["  |  ", " | ", " _ ", " ~ ", "   ", " ||  "]),
        "SP": lambda: r.choice(["   ", "  ", " | ", "\n"]),
        "RUN": lambda: r.choice([": ", ":", " :", "|", ".:", "; ", "..: "]),
        "TB": lambda: r.choice(["[x]", "[X]", "|X|", "[v]", "(x)", "[×]"]),
        "TO": lambda: r.choice(["[ ]", "[_]", "| |", "( )", "[]"]),
        "TIME": lambda: f"{r.randint(8, 17)}:{r.choice(['00', '15', '30', '45', '07', '52'])}",
        "PG": lambda: str(r.randint(2, 5)),
        "NUM": lambda: str(r.randint(1, 12)),
        "NUM4": lambda: str(r.randint(1000, 9999)),
        "RT": lambda: title(r, res["g"]),
        "RTA": lambda: title(r, res["g"], True),
        "OT": lambda: title(r, ctx["off"]["g"]),
        "OTG": lambda: "mevrouw" if ctx["off"]["g"] == "f" else "heer",
        "NREL": lambda: "buurvrouw" if ctx["nb"]["g"] == "f" else "buurman",
        "FREL": lambda: r.choice(
            ["dochter", "zus", "echtgenote", "partner"]
            if ctx["fam"]["g"] == "f"
            else ["zoon", "broer", "echtgenoot", "partner"]
        ),
    }
    if key in plain:
        return [(plain[key](), None)]
    raise KeyError(key)


TOKEN = re.compile(r"\{(@?\w+)\}|\[\[(.+?)\]\]")


def parse(tpl, ctx, r, shapes):
    segs, pos = [], 0
    for m in TOKEN.finditer(tpl):
        if m.start() > pos:
            segs.append((tpl[pos : m.start()], None))
        if m.group(2):
            segs.append((m.group(2), "K"))
        elif m.group(1) == "@BZR":
            j = r.randrange(len(K.BZR))
            shapes.append(f"bzr:{j}")
            segs += parse(K.BZR[j], ctx, r, shapes)
        elif m.group(1) == "KW":
            word, phrase = ctx["known"]
            a, b = phrase.split("{w}")
            segs += [(a, None), (word.lower(), "K"), (b, None)]
        else:
            segs += resolve(m.group(1), ctx, r)
        pos = m.end()
    if pos < len(tpl):
        segs.append((tpl[pos:], None))
    return segs


def make_doc(i, r):
    ctx = make_ctx(r, i)
    kind = r.choice(sorted(K.KINDS))
    shapes = [f"kind:{kind}"]
    lines = []
    for j, tpl in enumerate(K.KINDS[kind]):
        if tpl.startswith("?"):
            if r.random() > 0.7:
                continue
            tpl = tpl[1:]
        shapes.append(f"line:{kind}/{j}")
        lines.append(tpl)
    if ctx["known"]:
        j = r.randrange(len(K.KW_LINES))
        shapes.append(f"kw:{j}")
        lines.insert(r.randint(1, len(lines)), K.KW_LINES[j])
    q = ctx["q"]
    upper_runs = r.random() < 0.35
    text, pii, keep = "", [], []
    for n, tpl in enumerate(lines):
        if n:
            text += r.choice(["\n", "\n", "\n\n", "\n \n"])
        for s, tag in parse(tpl, ctx, r, shapes):
            if tag is None:
                if s.strip():
                    lead = len(s) - len(s.lstrip(" "))
                    trail = len(s) - len(s.rstrip(" "))
                    mid = s[lead : len(s) - trail]
                    mid = ocr_plain(mid, r, q)
                    if upper_runs and r.random() < 0.3:
                        mid = mid.upper()
                    s = s[:lead] + mid + s[len(s) - trail :]
                text += s
            elif tag == "K":
                if s.isalpha() and len(s) >= 7 and r.random() < q * 0.3:
                    s = P.damage(s, r, n=1)
                text += s
                if s not in keep:
                    keep.append(s)
            else:
                text += s
                item = {"text": s, "label": tag}
                if item not in pii:
                    pii.append(item)
    doc = {"id": f"fresh18a-{i:04d}", "text": text, "pii": pii, "keep": keep}
    if ctx["known"]:
        kn = {"names": [full(ctx["res"])]}
        if any(it["label"] == "EMAIL" and it["text"] == ctx["email"] for it in pii):
            kn["emails"] = [ctx["email"]]
        if any(
            it["label"] == "PHONE" and re.sub(r"\D", "", it["text"]) == re.sub(r"\D", "", ctx["phone"]) for it in pii
        ):
            kn["phones"] = [ctx["phone"]]
        doc["known"] = kn
    return doc, shapes


# ---------------------------------------------------------------- gate


def _words(s):
    return [w for w in re.findall(r"\w+", s.lower()) if w not in PARTICLES and len(w) > 1]


def gate(doc: dict) -> str | None:
    """None when the document passes all gates, else the reason."""
    try:
        SCORE.check_doc(doc)
    except AssertionError as e:
        return f"check_doc: {e}"
    for it in doc["pii"]:
        if it["label"] not in LABELS:
            return f"label {it['label']}"
        if it["label"] == "BSN" and not P.bsn_ok(it["text"]):
            return f"bsn {it['text']}"
        if it["label"] == "IBAN" and not P.iban_ok(it["text"]):
            return f"iban {it['text']}"
    if len(doc["keep"]) < 5:
        return "fewer than 5 keep words"
    names = set()
    for it in doc["pii"]:
        if it["label"] == "PERSON":
            names.update(_words(it["text"]))
    known_words = set()
    for n in doc.get("known", {}).get("names", []):
        known_words.update(_words(n))
    for k in doc["keep"]:
        for w in re.findall(r"\w+", k):
            lw = w.lower()
            if lw in PARTICLES or len(lw) <= 1 or lw not in names:
                continue
            if w == lw and lw in known_words:
                continue
            return f"keep {k!r} shares {w!r} with a name"
    return None


# ---------------------------------------------------------------- corpus


def generate():
    docs, shapes, redraws, reasons = [], Counter(), 0, Counter()
    for i in range(N_DOCS):
        r = random.Random(f"{SEED}-{i}")
        attempt = 0
        while True:
            doc, sh = make_doc(i, r)
            why = gate(doc)
            if why is None:
                break
            attempt += 1
            redraws += 1
            reasons[why.split(":")[0].split(" ")[0]] += 1
            if attempt > 200:
                raise RuntimeError(f"document {i} keeps failing: {why}")
            r = random.Random(f"{SEED}-{i}-{attempt}")
        docs.append(doc)
        shapes.update(set(sh))
    return docs, shapes, redraws, reasons


def render(docs):
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv):
    docs, shapes, redraws, reasons = generate()
    data = render(docs)
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == data
        print("fresh18a_texts.jsonl is up to date" if same else "fresh18a_texts.jsonl differs from the generator")
        return 0 if same else 1
    if "--stats" in argv:
        labels = Counter(it["label"] for d in docs for it in d["pii"])
        print(f"documents: {len(docs)}")
        for lab in LABELS:
            print(f"  {lab:14s} {labels[lab]}")
        print(f"  pii items total {sum(labels.values())}; keep words {sum(len(d['keep']) for d in docs)}")
        kinds = sum(1 for s in shapes if s.startswith("kind:"))
        print(
            f"shapes used: {len(shapes)} of {len(SHAPES)} registered ({kinds} document kinds, "
            f"{len(shapes) - kinds} line and sentence shapes)"
        )
        print(f"known-name documents: {sum('known' in d for d in docs)}")
        origins = len(P.ORIGINS)
        print(f"origin groups in the name parts: {origins}")
        print(f"redraws: {redraws} ({', '.join(f'{k} {v}' for k, v in sorted(reasons.items())) or 'none'})")
        return 0
    OUT.write_text(data, encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
