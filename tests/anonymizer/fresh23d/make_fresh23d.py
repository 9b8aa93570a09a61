"""Blind anonymizer corpus fresh23d (helper F23D): clubs, associations and volunteer groups in a conflict with the
municipality. Seeded generator; writes fresh23d_texts.jsonl next to this file.

    python make_fresh23d.py            write the corpus
    python make_fresh23d.py --check    exit 1 if the committed file differs from what would be written
    python make_fresh23d.py --stats    counts per label, shapes, known-name documents, redraws
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

import f23d_pools as P  # noqa: E402
import f23d_shapes as S  # noqa: E402

SEED = 202617104
N_DOCS = 300
OUT = HERE / "fresh23d_texts.jsonl"
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

_spec = importlib.util.spec_from_file_location("f23d_score", HERE.parent / "corpora" / "score.py")
_score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_score)
check_doc, leaked, PARTICLES = _score.check_doc, _score.leaked, _score.PARTICLES

# every shape, registered by name (document kinds, sentence shapes, row shapes, closings, known-name sentences)
SHAPES: dict[str, str] = {**S.DOC, **S.BODY, **S.ROW, **S.CLOSE}
for _sur, _w, _s in P.KNOWN_SURNAMES:
    SHAPES["k_" + _w] = _s
for _f, _g, _w, _s in P.KNOWN_FIRSTS:
    SHAPES["k_" + _w] = _s

MONTHS = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]
MON_ABBR = ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"
DOMAINS = [
    "ziggo.nl",
    "kpnmail.nl",
    "gmail.com",
    "hotmail.com",
    "outlook.com",
    "live.nl",
    "xs4all.nl",
    "icloud.com",
    "planet.nl",
    "hetnet.nl",
]
AREA = [
    "010",
    "020",
    "030",
    "040",
    "050",
    "070",
    "013",
    "024",
    "026",
    "035",
    "038",
    "043",
    "053",
    "055",
    "058",
    "071",
    "072",
    "073",
    "075",
    "076",
    "078",
    "079",
]


# ---------------------------------------------------------------- structured values
def bsn_ok(s: str) -> bool:
    d = [int(c) for c in s]
    return len(d) == 9 and (sum(d[i] * (9 - i) for i in range(8)) - d[8]) % 11 == 0


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "").upper()
    num = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(num) % 97 == 1


def make_bsn(r: random.Random) -> str:
    while True:
        s = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(8))
        if bsn_ok(s):
            return s


def make_iban(r: random.Random) -> str:
    bank = r.choice(["ABNA", "RABO", "INGB", "ASNB", "TRIO", "SNSB", "KNAB", "BUNQ", "RBRB"])
    acct = "".join(str(r.randint(0, 9)) for _ in range(10))
    num = "".join(str(int(c, 36)) for c in bank + acct + "NL00")
    iban = f"NL{98 - int(num) % 97:02d}{bank}{acct}"
    if r.random() < 0.6:
        iban = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    return iban


def make_phone(r: random.Random) -> str:
    d = "".join(str(r.randint(0, 9)) for _ in range(8))
    if r.random() < 0.75:
        return r.choice(
            [
                f"06-{d}",
                f"06 {d[:4]} {d[4:]}",
                f"+31 6 {d}",
                f"+31 (0)6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}",
                f"0031 6 {d}",
                f"06{d}",
                f"06 - {d[:2]} {d[2:5]} {d[5:]}",
            ]
        )
    ac, d7 = r.choice(AREA), d[1:]
    return r.choice([f"{ac}-{d7}", f"({ac}) {d7[:3]} {d7[3:5]} {d7[5:]}", f"+31 {ac[1:]} {d7}"])


def make_postcode(r: random.Random) -> str:
    while True:
        letters = r.choice("ABCDEGHJKLMNPRSTVWXZ") + r.choice("ABCDEGHJKLMNPRSTVWXZ")
        if letters not in ("SA", "SD", "SS"):
            break
    return f"{r.randint(1000, 9999)}{r.choice([' ', ' ', ''])}{letters}"


def make_plate(r: random.Random) -> str:
    L = lambda n: "".join(r.choice(PLATE_LETTERS) for _ in range(n))  # noqa: E731
    D = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))  # noqa: E731
    return r.choice(
        [
            f"{D(2)}-{L(3)}-{D(1)}",
            f"{L(1)}-{D(3)}-{L(2)}",
            f"{L(2)}-{D(3)}-{L(1)}",
            f"{D(1)}-{L(3)}-{D(2)}",
            f"{L(3)}-{D(2)}-{L(1)}",
            f"{D(1)}-{L(2)}-{D(3)}",
        ]
    )


def make_case(r: random.Random) -> str:
    n = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))  # noqa: E731
    yy = r.choice(["24", "25", "26"])
    return r.choice(
        [
            f"SUB-{yy}-{n(5)}",
            f"Z/20{yy}/{n(6)}",
            f"EVV20{yy}.{n(4)}",
            f"HV-{n(4)}-{r.choice('BKMRTW')}{r.choice('ADGLPS')}",
            f"20{yy}-MO-{n(5)}",
            f"BZW {yy}.{n(4)}",
            f"GEM{n(7)}",
            f"ACC/{r.choice(['SPT', 'TUI', 'BUU', 'CUL'])}/{n(4)}",
        ]
    )


def make_dob(r: random.Random, lo: int = 1940, hi: int = 2006) -> str:
    y, m, d = r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28)
    return r.choice(
        [
            f"{d:02d}-{m:02d}-{y}",
            f"{d}-{m}-{y}",
            f"{d:02d}/{m:02d}/{y}",
            f"{y}-{m:02d}-{d:02d}",
            f"{d:02d}.{m:02d}.{y}",
            f"{d} {MONTHS[m - 1]} {y}",
            f"{d} {MON_ABBR[m - 1]} {y}",
            f"{d:02d}-{m:02d}-'{str(y)[2:]}",
        ]
    )


def ordinary_date(r: random.Random) -> str:
    y, m, d = r.choice([2025, 2026]), r.randint(1, 12), r.randint(1, 28)
    return r.choice([f"{d} {MONTHS[m - 1]} {y}", f"{d} {MONTHS[m - 1]}"])


def amount(r: random.Random) -> str:
    v = r.randint(3, 480) * 50
    s = f"{v:,}".replace(",", ".")
    return r.choice([f"€ {s}", f"€{s},-", f"EUR {s},00", f"€ {s},00"])


def ascii_fold(s: str) -> str:
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


# ---------------------------------------------------------------- persons
class Person:
    def __init__(
        self,
        r: random.Random,
        town: str,
        *,
        origin=None,
        gender=None,
        first=None,
        family=None,
        surname=None,
        dob_lo=1940,
        dob_hi=2006,
    ):
        o = origin or r.choice(P.ORIGINS)
        self.origin = o[0]
        self.g = gender or r.choice("mf")
        self.first = first or r.choice(o[1] if self.g == "m" else o[2])
        if family is not None:
            self.particle, self.core, self.sur_bare, self.sur_with = (
                family.particle,
                family.core,
                family.sur_bare,
                family.sur_with,
            )
        else:
            if surname:
                particle, core = "", surname
            elif o[0] == "Nederlands-tussenvoegsel":
                particle, core = r.choice(o[3]).strip(), r.choice(o[4])
            else:
                particle, core = "", (r.choice(o[3]) + r.choice(o[4]))
            if particle == "" and " " in core and core.split()[0] in ("Chin", "Lie", "Tjoe", "Fung"):
                pass
            self.particle, self.core = particle, core
            self.sur_with = f"{particle} {core}" if particle else core
            self.sur_bare = (particle[0].upper() + particle[1:] + " " + core) if particle else core
            if self.g == "f" and family is None and not surname and r.random() < 0.15:
                partner = Person(r, town, gender="m")
                self.sur_with = f"{self.sur_with}-{partner.sur_with}"
                self.sur_bare = f"{self.sur_bare}-{partner.sur_with}"
        self.full = f"{self.first} {self.sur_with}"
        second = r.choice("ABDEFHJKLMNPRSTW") + "." if r.random() < 0.35 else ""
        self.init = f"{self.first[0]}.{second} {self.sur_with}"
        f_ascii, s_ascii = ascii_fold(self.first).replace("-", ""), ascii_fold(self.sur_with)
        s_join = re.sub(r"[^a-z]", "", s_ascii)
        yy = str(r.randint(50, 99))
        self.email = (
            r.choice(
                [
                    f"{f_ascii}.{s_join}",
                    f"{f_ascii[0]}.{s_join}{yy}",
                    f"{s_join}.{f_ascii}",
                    f"{f_ascii}{s_join}",
                    f"{f_ascii}_{s_join[:5]}{yy}",
                ]
            )
            + "@"
            + r.choice(DOMAINS)
        )
        self.handle = f"{f_ascii}{s_join}" + r.choice(
            ["", "_", "_0" + str(r.randint(1, 9)), "." + str(r.randint(10, 99))]
        )
        self.handle = self.handle.rstrip("_")
        self.file = f"{f_ascii}-" + re.sub(r"[^a-z]+", "-", s_ascii).strip("-")
        self.street = r.choice(P.STREETS)
        num = str(r.randint(1, 240)) + r.choice(["", "", "", "a", "-2", " B"])
        self.addr = f"{self.street} {num}"
        self.pc = make_postcode(r)
        self.phone = make_phone(r)
        self.dob = make_dob(r, dob_lo, dob_hi)
        self.bsn = make_bsn(r)
        self.iban = make_iban(r)
        self.plate = make_plate(r)
        self.role = "lid"

    def poss(self) -> str:
        return self.first + ("'s" if self.first[-1] in "aeiouy" else ("'" if self.first[-1] in "sxz" else "s"))

    def get(self, attr: str):
        f = self.g == "f"
        table = {
            "full": (self.full, "PERSON"),
            "first": (self.first, "PERSON"),
            "sur": (self.sur_bare, "PERSON"),
            "init": (self.init, "PERSON"),
            "lower": (self.full.lower(), "PERSON"),
            "upper": (self.full.upper(), "PERSON"),
            "poss": (self.poss(), "PERSON"),
            "handle": (self.handle, "PERSON"),
            "file": (self.file, "PERSON"),
            "addr": (self.addr, "ADDRESS"),
            "street": (self.street, "ADDRESS"),
            "pc": (self.pc, "POSTCODE"),
            "phone": (self.phone, "PHONE"),
            "email": (self.email, "EMAIL"),
            "dob": (self.dob, "DATE_OF_BIRTH"),
            "bsn": (self.bsn, "BSN"),
            "iban": (self.iban, "IBAN"),
            "plate": (self.plate, "LICENSE_PLATE"),
            "Title": ("Mevrouw" if f else "De heer", None),
            "title": ("mevrouw" if f else "de heer", None),
            "tshort": ("mevr." if f else "dhr.", None),
            "geachte": ("mevrouw" if f else "heer", None),
            "hij": ("zij" if f else "hij", None),
            "role": (self.role, None),
            "func": (getattr(self, "func", "medewerker"), "K"),
            "rel": (getattr(self, "rel", "familielid"), None),
        }
        return table[attr]


# ---------------------------------------------------------------- document
TOKEN = re.compile(r"\{(\w+)(?:\.(\w+))?\}|\[\[(.+?)\]\]")


class Doc:
    def __init__(self):
        self.pii: list[dict] = []
        self.keep: list[str] = []
        self.shapes: list[str] = []

    def add_pii(self, text: str, label: str):
        if {"text": text, "label": label} not in self.pii:
            self.pii.append({"text": text, "label": label})

    def add_keep(self, w: str):
        if w not in self.keep:
            self.keep.append(w)

    def render(self, tpl: str, ctx: dict, persons: dict) -> str:
        tpl = tpl.replace("{topic}", ctx["topic"])
        out = []
        pos = 0
        for m in TOKEN.finditer(tpl):
            out.append(tpl[pos : m.start()])
            pos = m.end()
            if m.group(3):
                self.add_keep(m.group(3))
                out.append(m.group(3))
                continue
            key, attr = m.group(1), m.group(2)
            if attr:
                val, label = persons[key].get(attr)
            else:
                val, label = ctx[key]
            if label == "K":
                self.add_keep(val)
            elif label:
                self.add_pii(val, label)
            out.append(val)
        out.append(tpl[pos:])
        return "".join(out)


def build(i: int, r: random.Random) -> dict:
    kind = r.choice(list(P.CLUBS))
    club = r.choice(P.CLUBS[kind])
    town = r.choice(P.TOWNS)
    hf, hs, ht = r.choice(P.HIST_FIRST), r.choice(P.HIST_SUR), r.choice(P.HIST_TITLE)
    if kind == "geloof" and club in P.RELIGIOUS_FAC:
        fac = r.choice([f"het gebouw van {club}", r.choice(P.FACILITY).format(f=hf, s=hs, t=ht)])
    else:
        fac = r.choice(P.FACILITY).format(f=hf, s=hs, t=ht)
    troph = r.choice(P.TROPHY).format(f=r.choice(P.HIST_FIRST), s=r.choice(P.HIST_SUR), t=r.choice(P.HIST_TITLE))
    known = i % 4 == 1
    persons: dict[str, Person] = {}
    known_word = None
    if known:
        if r.random() < 0.8:
            sur, known_word, known_sent = r.choice(P.KNOWN_SURNAMES)
            A = Person(r, town, origin=r.choice(P.ORIGINS[:3] + [r.choice(P.ORIGINS)]), surname=sur)
        else:
            fn, g, known_word, known_sent = r.choice(P.KNOWN_FIRSTS)
            A = Person(r, town, gender=g, first=fn)
    else:
        A = Person(r, town)
    A.role = "bestuursvoorzitter" if kind == "geloof" else "voorzitter"
    persons["A"] = A
    persons["B"] = Person(r, town)
    persons["B"].role = "secretaris"
    persons["C"] = Person(r, town)
    persons["C"].role = "penningmeester"
    persons["D"] = Person(r, town)
    F = Person(r, town, family=A, origin=next(o for o in P.ORIGINS if o[0] == A.origin), dob_lo=1960, dob_hi=2010)
    F.rel = r.choice(["dochter", "echtgenote", "zus"] if F.g == "f" else ["zoon", "echtgenoot", "broer"])
    persons["F"] = F
    O = Person(r, town)
    O.func = r.choice(P.FUNCS)
    O.email = f"{ascii_fold(O.first)[0]}.{re.sub(r'[^a-z]', '', ascii_fold(O.sur_with))}@{town.lower()}.nl"
    persons["O"] = O
    M = Person(r, town)
    M.email = f"{ascii_fold(M.first)}.{re.sub(r'[^a-z]', '', ascii_fold(M.sur_with))}@mediation-oost.nl"
    persons["M"] = M
    used_firsts = set()
    for k in range(1, 7):
        while True:
            kid = Person(r, town, dob_lo=2008, dob_hi=2016)
            if kid.first not in used_firsts:
                break
        used_firsts.add(kid.first)
        persons[f"K{k}"] = kid

    tmonth = r.randint(0, 11)
    ctx = {
        "club": (club, "K"),
        "town": (town, "K"),
        "fac": (fac, "K"),
        "troph": (troph, "K"),
        "dept": (r.choice(P.DEPTS), "K"),
        "date": (ordinary_date(r), "K"),
        "date2": (ordinary_date(r), "K"),
        "wd": (r.choice(WEEKDAYS), "K"),
        "month": (MONTHS[tmonth], "K"),
        "amount": (amount(r), "K"),
        "amount2": (amount(r), "K"),
        "time": (f"{r.randint(8, 21)}.{r.choice(['00', '15', '30', '45'])}", None),
        "time2": (f"{r.randint(8, 21)}:{r.randint(10, 59)}", None),
        "time3": (f"{r.randint(8, 21)}:{r.randint(10, 59)}", None),
        "year": (str(r.choice([2026, 2027])), None),
        "year0": (str(r.randint(1995, 2024)), None),
        "team": (r.choice(P.TEAMS), "K"),
        "opp": (r.choice(P.OPPONENTS), "K"),
        "festival": (r.choice(P.FESTIVALS), "K"),
        "fstreet": (r.choice(P.FSTREETS), "K"),
        "plein": (r.choice(P.PLEINEN), "K"),
        "gmail": (f"{r.choice(['info', 'subsidies', 'evenementen', 'sport', 'vastgoed'])}@{town.lower()}.nl", "K"),
        "gphone": (
            f"14 0{r.choice(['10', '20', '30', '35', '40', '50', '53', '55', '58', '70', '71', '73', '75', '76', '78', '79'])}",
            "K",
        ),
        "Z1": (make_case(r), "CASE_NUMBER"),
        "Z2": (make_case(r), "CASE_NUMBER"),
        "topic": r.choice(P.TOPICS),
        "topicshort": (
            r.choice(["Subsidie", "Huurcontract", "Evenementenvergunning", "Veldgebruik", "Accommodatie"]),
            "K",
        ),
        "postbus": (str(r.randint(10, 9999)), None),
        "km": (str(r.randint(12, 480)), None),
        "pct": (str(r.choice([10, 15, 20, 25, 30, 40])), None),
        "plot": (str(r.randint(1, 160)), None),
        "age": (str(r.randint(19, 88)), None),
        "hist_year": (str(r.randint(1921, 1978)), None),
    }
    if ctx["Z1"][0] == ctx["Z2"][0]:
        ctx["Z2"] = (ctx["Z2"][0] + "1", "CASE_NUMBER")
    doc = Doc()

    header_name = r.choice(list(S.DOC))
    header = S.DOC[header_name]
    doc.shapes.append(header_name)
    rows_text = ""
    if "{ROWS}" in header:
        row_name = r.choice(list(S.ROW))
        doc.shapes.append(row_name)
        who = ["A", "B", "C", "D"] + (["F"] if r.random() < 0.5 else [])
        lines = []
        for n, key in enumerate(who, 1):
            sub = dict(persons)
            sub["X"] = persons[key]
            c2 = dict(ctx)
            c2["n"] = (str(n), None)
            lines.append(doc.render(S.ROW[row_name], c2, sub))
        rows_text = "\n".join(lines)
        header = header.replace("{ROWS}", "\x00")
    head = doc.render(header, ctx, persons).replace("\x00", rows_text)
    body_names = r.sample(list(S.BODY), r.randint(3, 5))
    body = []
    for bn in body_names:
        doc.shapes.append(bn)
        body.append(doc.render(S.BODY[bn], ctx, persons))
    if known:
        doc.shapes.append("k_" + known_word)
        body.insert(r.randint(0, len(body)), doc.render(known_sent, ctx, persons))
    parts = [head, " ".join(body)]
    if r.random() < 0.75:
        cn = r.choice(list(S.CLOSE))
        doc.shapes.append(cn)
        parts.append(doc.render(S.CLOSE[cn], ctx, persons))
    text = "\n\n".join(parts)
    d = {"id": f"fresh23d-{i:04d}", "text": text, "pii": doc.pii, "keep": doc.keep}
    if known:
        kn = {"names": [A.full]}
        if A.email in text:
            kn["emails"] = [A.email]
        if A.phone in text:
            kn["phones"] = [A.phone]
        d["known"] = kn
        d["_known_word"] = known_word
    d["_shapes"] = doc.shapes
    return d


# ---------------------------------------------------------------- gate
def _words(s: str) -> set[str]:
    return {w for w in re.split(r"[\s\-_.'’/@,()|:;]+", s.lower()) if len(w) > 1 and w not in PARTICLES}


def gate(doc: dict) -> str | None:
    """None when the document passes all gates, else the reason."""
    try:
        check_doc(doc)
    except AssertionError as e:
        return f"check_doc: {e}"
    for item in doc["pii"]:
        if item["label"] not in LABELS:
            return f"label {item['label']}"
        if item["label"] == "BSN" and not bsn_ok(re.sub(r"\D", "", item["text"])):
            return f"bsn {item['text']}"
        if item["label"] == "IBAN" and not iban_ok(item["text"]):
            return f"iban {item['text']}"
    if len(doc["keep"]) < 5:
        return "fewer than 5 keep words"
    name_words = set()
    for item in doc["pii"]:
        if item["label"] == "PERSON":
            name_words |= _words(item["text"])
    known_words = set()
    if "known" in doc:
        for n in doc["known"]["names"]:
            known_words |= _words(n)
    for k in doc["keep"]:
        shared = _words(k) & name_words
        if shared and not (k == k.lower() and shared <= known_words):
            return f"keep {k!r} shares {sorted(shared)} with a name"
    if "known" in doc and not any(k == k.lower() and _words(k) & known_words for k in doc["keep"]):
        return "known document without ordinary use of the name word"
    if "known" in doc:
        kw = {w for k in doc["keep"] if k == k.lower() for w in _words(k) & known_words}
        full = doc["known"]["names"][0]
        if not any(
            kw & _words(it["text"])
            for it in doc["pii"]
            if it["label"] == "PERSON"
            and it["text"] != it["text"].lower()
            and (it["text"] == full or _words(it["text"]) <= _words(full))
        ):
            return "known document without the known resident's name word"
    return None


def generate() -> tuple[list[dict], int, Counter]:
    docs, redraws, reasons = [], 0, Counter()
    for i in range(N_DOCS):
        d = build(i, random.Random(f"{SEED}-{i}"))
        attempt = 0
        while (why := gate(d)) is not None:
            reasons[why.split(":")[0].split(" ")[0]] += 1
            attempt += 1
            redraws += 1
            if attempt > 200:
                raise SystemExit(f"document {i} keeps failing: {why}")
            d = build(i, random.Random(f"{SEED}-{i}-{attempt}"))
        docs.append(d)
    return docs, redraws, reasons


def public(d: dict) -> dict:
    return {k: v for k, v in d.items() if not k.startswith("_")}


def serialise(docs: list[dict]) -> str:
    return "".join(json.dumps(public(d), ensure_ascii=False) + "\n" for d in docs)


def main(argv: list[str]) -> int:
    docs, redraws, reasons = generate()
    text = serialise(docs)
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("fresh23d_texts.jsonl is up to date" if same else "fresh23d_texts.jsonl differs from the generator")
        return 0 if same else 1
    if "--stats" in argv:
        labels = Counter(item["label"] for d in docs for item in d["pii"])
        used = Counter(s for d in docs for s in d["_shapes"])
        print(f"documents: {len(docs)}")
        for lab in LABELS:
            print(f"  {lab:<14} {labels[lab]}")
        print(f"  {'total':<14} {sum(labels.values())}")
        print(f"keep words: {sum(len(d['keep']) for d in docs)} (min per document {min(len(d['keep']) for d in docs)})")
        print(
            f"shapes registered: {len(SHAPES)} (document kinds {len(S.DOC)}, sentence shapes {len(S.BODY)}, "
            f"row shapes {len(S.ROW)}, closings {len(S.CLOSE)}, known-name sentences "
            f"{len(P.KNOWN_SURNAMES) + len(P.KNOWN_FIRSTS)}); used: {len(used)}"
        )
        print(f"origin groups in pools: {len(P.ORIGINS)}")
        print(f"known-name documents: {sum('known' in d for d in docs)}")
        print(f"redraws: {redraws} " + ", ".join(f"{k}={v}" for k, v in sorted(reasons.items())))
        print(f"gate failures in final corpus: {sum(gate(public(d)) is not None for d in docs)}")
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.name} ({redraws} redraws)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
