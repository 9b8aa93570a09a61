"""Generator of the blind anonymizer corpus fresh20c: school, compulsory education and children (helper F20C).

python tests/anonymizer/fresh20c/make_fresh20c.py            write fresh20c_texts.jsonl
python tests/anonymizer/fresh20c/make_fresh20c.py --check    exit 1 if the committed file differs
python tests/anonymizer/fresh20c/make_fresh20c.py --stats    counts per label, shapes, known-name documents, redraws
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

import names_f20c as N  # noqa: E402
import shapes_f20c as S  # noqa: E402

_spec = importlib.util.spec_from_file_location("f20c_score", HERE.parent / "corpora" / "score.py")
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)

SEED = 202615103
N_DOCS = 300
OUT = HERE / "fresh20c_texts.jsonl"
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
PARTICLES = score.PARTICLES

# every registered shape: document kinds (headers), closings, body sentence/line shapes, known-name sentences
SHAPES: dict[str, str] = {}
SHAPES.update({f"kind:{k}": v for k, v in S.HEADERS.items()})
SHAPES.update({f"close:{k}": v for k, v in S.CLOSERS.items() if v})
for _pool, _shapes in S.BODY.items():
    SHAPES.update({f"{_pool}:{k}": v for k, v in _shapes.items()})
SHAPES.update({f"known:{w}": t for _, w, t in N.KNOWN})
SHAPES["app:line"] = "\n[<TIME>] {M.f}: "

MONTHS = "januari februari maart april mei juni juli augustus september oktober november december".split()
MONTHS_SHORT = "jan feb mrt apr mei jun jul aug sep okt nov dec".split()
WEEKDAYS = "maandag dinsdag woensdag donderdag vrijdag".split()
FEMALE_ROLES = {"M", "T", "BU"}
MALE_ROLES = {"V", "S", "T2"}
CHILD_ROLES = {"C", "B", "K1", "K2", "K3", "K4", "K5", "K6"}
ADULT_STAFF = {"T", "T2", "MT", "ZC", "LP", "LP2", "JT", "DR", "CH", "CO", "GA", "BU", "MB"}
FAMILY_ADDR = {"fam", "C", "B", "M", "S"}
KNOWN_WORDS = {k for k, _, _ in N.KNOWN}
SCHOOL_WORDS = {w.lower() for s in N.SCHOOLS for w in re.split(r"[\s\-.]+", s) if w}


def _split(s: str) -> list[str]:
    return s.split("|") if "|" in s else s.split()


def ascii_(s: str) -> str:
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D").replace("ß", "ss")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum()))


# ---------------------------------------------------------------- checks used by the gate
def bsn_ok(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    return (sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])) % 11 == 0


def iban_ok(s: str) -> bool:
    t = s.replace(" ", "")
    t = t[4:] + t[:4]
    return int("".join(str(int(c, 36)) for c in t)) % 97 == 1


# ---------------------------------------------------------------- value makers
def make_bsn(r: random.Random) -> str:
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        last = sum(d[i] * (9 - i) for i in range(8)) % 11
        if last < 10:
            s = "".join(map(str, d + [last]))
            return r.choice([s, s, f"{s[:4]}.{s[4:6]}.{s[6:]}", f"{s[:3]} {s[3:6]} {s[6:]}"])


def make_iban(r: random.Random) -> str:
    bank = r.choice(["ABNA", "RABO", "INGB", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"])
    acct = "".join(str(r.randint(0, 9)) for _ in range(10))
    num = "".join(str(int(c, 36)) for c in bank + acct + "NL00")
    iban = f"NL{98 - int(num) % 97:02d}{bank}{acct}"
    return iban if r.random() < 0.4 else " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


def make_phone(r: random.Random, mobile: bool = True) -> str:
    d = "".join(str(r.randint(0, 9)) for _ in range(8))
    if mobile:
        return r.choice(
            [
                f"06-{d}",
                f"06 {d[:4]} {d[4:]}",
                f"+31 6 {d}",
                f"+31 (0)6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}",
                f"06{d}",
                f"0031 6 {d[:4]} {d[4:]}",
            ]
        )
    area = r.choice(["055", "058", "013", "036", "079", "0570", "0492", "010", "045", "0591"])
    rest = "".join(str(r.randint(0, 9)) for _ in range(10 - len(area)))
    return r.choice([f"{area}-{rest}", f"({area}) {rest}", f"{area} {rest[:3]} {rest[3:]}"])


def make_plate(r: random.Random) -> str:
    L = "BDFGHJKLNPRSTVXZ"

    def l(n):
        return "".join(r.choice(L) for _ in range(n))

    def d(n):
        return "".join(str(r.randint(1, 9)) for _ in range(n))

    return r.choice(
        [
            f"{l(2)}-{d(3)}-{l(1)}",
            f"{d(1)}-{l(3)}-{d(2)}",
            f"{l(1)}-{d(3)}-{l(2)}",
            f"{d(2)}-{l(3)}-{d(1)}",
            f"{l(3)}-{d(2)}-{l(1)}",
            f"{d(1)}-{l(2)}-{d(3)}",
        ]
    )


def make_case(r: random.Random) -> str:
    n = r.randint(100, 99999)
    return r.choice(
        [
            f"LPA/26/{n:05d}",
            f"LLV-2026-{n:05d}",
            f"JT26.{n:05d}",
            f"VRS-{n % 9999:04d}-{r.choice('ABCK')}",
            f"Z/26/{n:06d}",
            f"BZW 2026-{n:05d}",
            f"2026LV{n:05d}",
            f"RMC.{n:05d}.26",
            f"LP{n:06d}",
        ]
    )


def make_postcode(r: random.Random) -> str:
    while True:
        a, b = r.choice("ABCDEGHJKLMNPRTVWXZ"), r.choice("ABCDEGHJKLMNPRTVWXZ")
        if a + b not in ("SA", "SD", "SS"):
            break
    num = r.randint(1000, 9999)
    return r.choice([f"{num} {a}{b}", f"{num} {a}{b}", f"{num}{a}{b}"])


def make_street(r: random.Random) -> str:
    return r.choice(N.STREET_A) + r.choice(N.STREET_B)


def make_number(r: random.Random) -> str:
    n = r.randint(1, 240)
    return r.choice([str(n), str(n), f"{n}{r.choice('abc')}", f"{n}-{r.randint(1, 4)}", f"{n}-B", f"{n}A"])


def dob_value(r: random.Random, child: bool) -> tuple[int, int, int]:
    y = r.randint(2009, 2021) if child else r.randint(1968, 1996)
    return y, r.randint(1, 12), r.randint(1, 28)


def dob_text(r: random.Random, ymd: tuple[int, int, int]) -> str:
    y, m, d = ymd
    return r.choice(
        [
            f"{d} {MONTHS[m - 1]} {y}",
            f"{d:02d}-{m:02d}-{y}",
            f"{d}-{m}-{y}",
            f"{d:02d}/{m:02d}/{y}",
            f"{y}-{m:02d}-{d:02d}",
            f"{d:02d}.{m:02d}.{y}",
            f"{d} {MONTHS_SHORT[m - 1]}{'' if MONTHS_SHORT[m - 1] == MONTHS[m - 1] else '.'} {y}",
            f"{d}/{m}/{y}",
            f"{d} {MONTHS[m - 1].capitalize()} {y}",
            f"{d:02d}{m:02d}{y}",
        ]
    )


def ordinary_date(r: random.Random, later: bool = False) -> str:
    y, m, d = (2026 if later else r.choice([2025, 2026])), r.randint(1, 12), r.randint(1, 28)
    return r.choice(
        [
            f"{d} {MONTHS[m - 1]} {y}",
            f"{r.choice(WEEKDAYS)} {d} {MONTHS[m - 1]}",
            f"{d}-{m}-{y}",
            f"{d} {MONTHS[m - 1]}",
        ]
    )


# ---------------------------------------------------------------- people
class Person:
    def __init__(self, first: str, part: str, core: str, female: bool, origin: str):
        self.first, self.part, self.core, self.female, self.origin = first, part, core, female, origin

    @property
    def full(self) -> str:
        return " ".join(x for x in (self.first, self.part, self.core) if x)

    @property
    def alone(self) -> str:
        return (self.part[0].upper() + self.part[1:] + " " + self.core) if self.part else self.core

    def form(self, f: str, r: random.Random) -> tuple[str, str | None]:
        """(plain prefix, annotated item) of form f."""
        if f == "":
            return "", self.full
        if f == "f":
            return "", self.first
        if f == "l":
            return "", self.alone
        if f == "L":
            return "", self.alone.upper()
        if f == "i":
            ini = "".join(w[0] + "." for w in self.first.split())
            return "", " ".join(x for x in (ini, self.part, self.core) if x)
        if f == "inv":
            return "", f"{self.core}, {self.first}" + (f" {self.part}" if self.part else "")
        if f == "U":
            return "", self.full.upper()
        if f == "lc":
            return "", self.full.lower()
        if f == "fl":
            return "", self.first.lower()
        if f == "pos":
            fn = self.first
            return "", fn + ("'" if fn[-1] in "sxz" else "'s" if fn[-1] in "aeiouyé" else "s")
        if f == "tl":
            t = r.choice(["mevrouw", "mevrouw", "mw.", "mevr."] if self.female else ["de heer", "meneer", "dhr."])
            return t + " ", self.alone
        if f == "hij":
            return ("zij" if self.female else "hij"), None
        if f == "zijn":
            return ("haar" if self.female else "zijn"), None
        if f == "bz":
            return ("de zus" if self.female else "de broer"), None
        if f == "hz":
            return ("halfzusje" if self.female else "halfbroertje"), None
        raise KeyError(f)


def make_first(r: random.Random, origin: str, female: bool) -> str:
    fem, mal, fparts, mparts, *_ = N.ORIGINS[origin]
    parts = fparts if female else mparts
    if parts and r.random() < 0.4:
        a, b = parts[0].split(), parts[1].split()
        return r.choice(a) + r.choice(b)
    return r.choice(_split(fem if female else mal))


def make_surname(r: random.Random, origin: str) -> tuple[str, str]:
    *_, starts, ends, particles = N.ORIGINS[origin]
    st, en = _split(starts), ends.split()
    core = r.choice(st) + (r.choice(en) if en else "")
    core = " ".join(w[:1].upper() + w[1:] for w in core.split(" "))
    part = r.choice(particles) if particles and r.random() < 0.7 else ""
    return part, core


class Ctx:
    """One document's people and values, drawn lazily from the document's stream."""

    def __init__(self, r: random.Random, known: tuple | None):
        self.r = r
        self.people: dict[str, Person] = {}
        self.vals: dict[str, str] = {}
        self.dobs: dict[str, tuple] = {}
        self.pii: list[tuple[str, str]] = []
        self.keep: list[str] = []
        self.used_cores: set[str] = set()
        self.known = known
        self.known_used: dict[str, list] = {"emails": [], "phones": []}
        origins = list(N.ORIGINS)
        self.fam_origin = r.choice(origins)
        self.mother_origin = self.fam_origin if r.random() < 0.6 else r.choice(origins)
        self.school = r.choice(N.SCHOOLS)
        self.school2 = r.choice(N.SCHOOLS)
        self.city = r.choice(N.CITIES)
        self.cityslug = ascii_(self.city).lower()
        self.schoolslug = ascii_(self.school).lower()[:24]

    def _new_person(self, role: str) -> Person:
        r = self.r
        if role in FEMALE_ROLES:
            female = True
        elif role in MALE_ROLES:
            female = False
        else:
            female = r.random() < 0.5
        if role in ("C", "B", "V"):
            origin = self.fam_origin
        elif role == "M":
            origin = self.mother_origin
        else:
            origin = r.choice(list(N.ORIGINS))
        while True:
            first = make_first(r, origin, female)
            if role in ("C", "B", "V") and "FAMNAME" in self.vals:
                part, core = self.vals["FAMPART"], self.vals["FAMNAME"]
            elif role == "M" and self.known:
                part, core = "", self.known[0]
            else:
                part, core = make_surname(r, origin)
                if core in self.used_cores or core in KNOWN_WORDS:
                    continue
            words = {w.lower() for w in re.split(r"[\s\-]+", first + " " + core)}
            if words & SCHOOL_WORDS:
                continue
            if any(p.first == first for p in self.people.values()):
                continue
            break
        if role in ("C", "B", "V") and "FAMNAME" not in self.vals:
            self.vals["FAMPART"], self.vals["FAMNAME"] = part, core
        self.used_cores.add(core)
        return Person(first, part, core, female, origin)

    def person(self, role: str) -> Person:
        if role not in self.people:
            self.people[role] = self._new_person(role)
        return self.people[role]

    def add(self, text: str, label: str) -> str:
        if (text, label) not in self.pii:
            self.pii.append((text, label))
        return text

    def keepw(self, text: str) -> str:
        if text not in self.keep:
            self.keep.append(text)
        return text

    def value(self, key: str, role: str) -> str:
        r = self.r
        k = f"{key}.{role}"
        if key == "DOB":
            if role not in self.dobs:
                self.dobs[role] = dob_value(r, role in CHILD_ROLES)
            return self.add(dob_text(r, self.dobs[role]), "DATE_OF_BIRTH")
        if key == "FILE":
            p = self.person(role)
            slug = ascii_(p.part + p.core).lower()
            self.add(slug, "PERSON")
            pre = r.choice(["verzuimregistratie", "verslag_mdo", "aanvraag_llv", "OPP", "groeidocument", "scan"])
            return f"{pre}_{slug}_{r.choice(['2026', 'def', 'v2', 'okt'])}.{r.choice(['pdf', 'docx', 'xlsx'])}"
        if key == "HANDLE":
            p = self.person(role)
            h = ascii_(p.first + p.core).lower() + str(r.randint(1, 99))
            return self.add(h, "PERSON")
        if k in self.vals:
            v = self.vals[k]
            return self.add(v, self.vals[k + ":label"])
        if key in ("ADDR", "STREET", "PC"):
            arole = "fam" if role in FAMILY_ADDR else role
            sk = f"STREETNAME.{arole}"
            if sk not in self.vals:
                while True:
                    st = make_street(r)
                    if st not in self.vals.values():
                        break
                self.vals[sk] = st
                self.vals[f"NUM.{arole}"] = make_number(r)
                self.vals[f"PCV.{arole}"] = make_postcode(r)
            if key == "ADDR":
                return self.add(f"{self.vals[sk]} {self.vals['NUM.' + arole]}", "ADDRESS")
            if key == "STREET":
                return self.add(self.vals[sk], "ADDRESS")
            return self.add(self.vals[f"PCV.{arole}"], "POSTCODE")
        if key == "TEL":
            prole = "M" if role in ("fam",) else role
            v, label = make_phone(r, mobile=r.random() < 0.85), "PHONE"
            if prole == "M" and self.known:
                self.known_used["phones"].append(v)
        elif key == "MAIL":
            p = self.person(role)
            fa, ca = ascii_(p.first).lower(), ascii_(p.part + p.core).lower()
            if role in ADULT_STAFF:
                dom = r.choice([f"{self.schoolslug}.nl", f"{self.cityslug}.nl", "jeugdteam-" + self.cityslug + ".nl"])
                local = r.choice([f"{fa[0]}.{ca}", f"{fa}.{ca}", f"{fa}{ca[:3]}"])
            else:
                dom = r.choice(
                    [
                        "hotmail.com",
                        "gmail.com",
                        "outlook.com",
                        "ziggo.nl",
                        "kpnmail.nl",
                        "live.nl",
                        "icloud.com",
                        "planet.nl",
                        "hotmail.nl",
                    ]
                )
                local = r.choice(
                    [
                        f"{fa}.{ca}",
                        f"{fa[0]}{ca}{r.randint(70, 99)}",
                        f"{ca}.{fa}",
                        f"{fa}_{ca[:4]}",
                        f"mama.{fa}{r.randint(1, 30)}",
                    ]
                )
            v, label = f"{local}@{dom}", "EMAIL"
            if role == "M" and self.known:
                self.known_used["emails"].append(v)
        elif key == "BSN":
            v, label = make_bsn(r), "BSN"
        elif key == "IBAN":
            v, label = make_iban(r), "IBAN"
        elif key == "KENT":
            v, label = make_plate(r), "LICENSE_PLATE"
        elif key in ("ZAAK", "ZAAK2"):
            v, label = make_case(r), "CASE_NUMBER"
        else:
            raise KeyError(key)
        self.vals[k], self.vals[k + ":label"] = v, label
        return self.add(v, label)

    def ordinary(self, key: str) -> str:
        r = self.r
        keepit = True
        if key == "SCHOOL":
            v = self.school
        elif key == "CITY":
            v = self.city
        elif key in ("DATE", "DATE2"):
            v = ordinary_date(r, later=key == "DATE2")
        elif key == "WD":
            v = r.choice(WEEKDAYS)
        elif key == "MONTH":
            v = r.choice(MONTHS)
        elif key == "AMT":
            v = r.choice(
                [
                    f"€ {r.randint(20, 480)},{r.choice(['00', '50', '25', '75'])}",
                    f"€ {r.randint(30, 300)},-",
                    f"€ 0,{r.randint(19, 24)}",
                ]
            )
        elif key == "GEMMAIL":
            v = f"{r.choice(['leerplicht', 'leerlingenvervoer', 'info', 'jeugd'])}@{self.cityslug}.nl"
        elif key == "SCHOOLMAIL":
            v = f"info@{self.schoolslug}.nl"
        elif key == "GEMTEL":
            v = f"14 0{r.randint(10, 99)}"
        elif key == "GEMTEL2":
            v = f"088 {r.randint(100, 999)} {r.randint(1000, 9999)}"
        elif key == "GROEP":
            v = r.choice(
                [
                    f"groep {r.randint(3, 8)}",
                    f"klas {r.randint(1, 4)}{r.choice('abcd')}",
                    f"havo {r.randint(1, 5)}",
                    f"vmbo-{r.choice(['basis', 'kader'])} {r.randint(1, 4)}",
                ]
            )
        elif key == "COUNTRY":
            v = r.choice(N.COUNTRIES)
        elif key == "VERVOERDER":
            v = r.choice(N.VERVOERDERS)
        elif key == "ZORGAANBIEDER":
            v = r.choice(["Kwadraad", "De Opvoedpoli", "Kenter Jeugdhulp", "Lindenhout", "Timon"])
        else:
            keepit = False
            if key == "NUM":
                v = str(r.randint(3, 64))
            elif key == "TIME":
                v = f"{r.randint(6, 23):02d}:{r.randint(0, 59):02d}"
            elif key == "SEX":
                v = r.choice(["j", "m"])
            else:
                raise KeyError(key)
        if keepit:
            self.keepw(v)
        return v


TOKEN = re.compile(r"\{([A-Z0-9]+)(?:\.([A-Za-z0-9]+))?\}|<([A-Z0-9]+)>|\[\[([^\]]+)\]\]")
DATA_KEYS = {"DOB", "ADDR", "STREET", "PC", "TEL", "MAIL", "BSN", "IBAN", "KENT", "ZAAK", "ZAAK2", "FILE", "HANDLE"}


def render(tpl: str, ctx: Ctx) -> str:
    def sub(m: re.Match) -> str:
        a, b, c, d = m.groups()
        if d:
            return ctx.keepw(d)
        if c:
            return ctx.ordinary(c)
        if a in DATA_KEYS:
            return ctx.value(a, b or ("fam" if a in ("ADDR", "STREET", "PC", "TEL") else ""))
        p = ctx.person(a)
        pre, item = p.form(b or "", ctx.r)
        if item is None:
            return pre
        return pre + ctx.add(item, "PERSON")

    return TOKEN.sub(sub, tpl)


# ---------------------------------------------------------------- documents
KNOWN_KINDS = [k for k, h in S.HEADERS.items() if re.search(r"\{M[.}]", h)]
FORM_KINDS = {"llv_aanvraag", "lijst_klas", "lijst_vervoer", "lijst_verzuim", "overdracht"}


def draw(i: int, r: random.Random) -> tuple[dict, list[str]]:
    known = r.choice(N.KNOWN) if i % 4 == 1 else None
    ctx = Ctx(r, known)
    kind = r.choice(KNOWN_KINDS if known else list(S.HEADERS))
    pools, closers = S.KINDS[kind]
    cands = [(p, k) for p in pools for k in S.BODY[p]]
    n = min(len(cands), r.randint(2, 4))
    picks = r.sample(cands, n)
    if kind in FORM_KINDS:
        picks.sort(key=cands.index)
    shapes = [f"kind:{kind}"]
    parts = [render(S.HEADERS[kind], ctx)]
    if kind == "ouder_app":
        for j, (p, k) in enumerate(picks):
            shapes.append(f"{p}:{k}")
            if j:
                shapes.append("app:line")
                parts.append(render("\n[<TIME>] {M.f}: ", ctx))
            parts.append(render(S.BODY[p][k], ctx).strip())
    else:
        for j, (p, k) in enumerate(picks):
            if known and kind not in FORM_KINDS and j == min(1, n - 1):
                shapes.append(f"known:{known[1]}")
                parts.append(render(known[2], ctx) + " ")
            shapes.append(f"{p}:{k}")
            parts.append(render(S.BODY[p][k], ctx))
    if known and kind == "ouder_app":
        shapes.append(f"known:{known[1]}")
        parts.append(" " + render(known[2], ctx))
    elif known and kind in FORM_KINDS:
        shapes.append(f"known:{known[1]}")
        parts.append("\n" + render("[[Toelichting]]: " + known[2], ctx))
    closer = r.choice(closers)
    if S.CLOSERS[closer]:
        shapes.append(f"close:{closer}")
    parts.append(render(S.CLOSERS[closer], ctx))
    text = "".join(parts).strip()
    text = re.sub(r"[ \t]+\n", "\n", text)
    doc = {
        "id": f"fresh20c-{i:04d}",
        "text": text,
        "pii": [{"text": t, "label": lab} for t, lab in ctx.pii],
        "keep": [k for k in ctx.keep],
    }
    if known:
        doc["keep"].insert(0, known[1]) if known[1] not in doc["keep"] else None
        kn = {"names": [ctx.person("M").full]}
        if ctx.known_used["emails"]:
            kn["emails"] = sorted(set(ctx.known_used["emails"]))
        if ctx.known_used["phones"]:
            kn["phones"] = sorted(set(ctx.known_used["phones"]))
        doc["known"] = kn
    return doc, shapes


def _words(s: str) -> set[str]:
    return {w for w in re.split(r"[\s\-,.'’/()@_:]+", s.lower()) if len(w) > 1 and w not in PARTICLES}


def gate(doc: dict) -> str | None:
    """None when the document passes every gate, else the reason."""
    try:
        score.check_doc(doc)
    except AssertionError as e:
        return f"check_doc: {e}"
    text = doc["text"]
    for it in doc["pii"]:
        if it["label"] not in LABELS:
            return f"label {it['label']}"
        if it["label"] == "BSN" and not bsn_ok(it["text"]):
            return f"bsn {it['text']}"
        if it["label"] == "IBAN" and not iban_ok(it["text"]):
            return f"iban {it['text']}"
    if len(doc["keep"]) < 5:
        return "fewer than 5 keep words"
    for k in doc["keep"]:
        if not re.search(r"(?<!\w)" + re.escape(k) + r"(?!\w)", text):
            return f"keep not a whole word: {k}"
    known_words = set()
    if "known" in doc:
        for n in doc["known"]["names"]:
            known_words |= _words(n)
    name_words = set()
    for it in doc["pii"]:
        if it["label"] == "PERSON":
            name_words |= _words(it["text"])
    for k in doc["keep"]:
        shared = _words(k) & name_words
        for w in shared:
            if not (w in known_words and k == k.lower()):
                return f"keep {k!r} shares {w!r} with a name"
    if "known" in doc:
        if not all(n in text for n in doc["known"]["names"]):
            return "known name not in the text"
        if not any(k == k.lower() and _words(k) & known_words for k in doc["keep"]):
            return "known name without its ordinary use in keep"
    return None


def generate() -> tuple[list[dict], list[list[str]], int]:
    docs, shapes, redraws = [], [], 0
    for i in range(N_DOCS):
        attempt = 0
        while True:
            r = random.Random(f"{SEED}-{i}" if attempt == 0 else f"{SEED}-{i}-{attempt}")
            doc, sh = draw(i, r)
            why = gate(doc)
            if why is None:
                break
            attempt += 1
            redraws += 1
            if attempt > 200:
                raise RuntimeError(f"{doc['id']}: {why}")
        docs.append(doc)
        shapes.append(sh)
    return docs, shapes, redraws


def dump(docs: list[dict]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def stats(docs, shapes, redraws) -> str:
    c = Counter(it["label"] for d in docs for it in d["pii"])
    used = Counter(s for sh in shapes for s in sh)
    lines = [f"documents: {len(docs)}", "items per label:"]
    lines += [f"  {lab:14s} {c[lab]}" for lab in LABELS]
    lines.append(f"  {'total':14s} {sum(c.values())}")
    lines.append(f"shapes registered: {len(SHAPES)}; shapes used: {len(used)}")
    for group in ("kind", "close", "known"):
        lines.append(f"  {group}: {sum(1 for s in used if s.startswith(group + ':'))}")
    lines.append(
        f"  body (sentence/line) shapes: {sum(1 for s in used if s.split(':')[0] not in ('kind', 'close', 'known'))}"
    )
    lines.append(f"known-name documents: {sum(1 for d in docs if 'known' in d)}")
    lines.append(
        f"keep words: {sum(len(d['keep']) for d in docs)} (min per document {min(len(d['keep']) for d in docs)})"
    )
    lines.append(f"origin groups in name material: {len(N.ORIGINS)}")
    lines.append(f"redraws: {redraws}")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    docs, shapes, redraws = generate()
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == dump(docs)
        print("fresh20c_texts.jsonl is up to date" if same else "fresh20c_texts.jsonl differs from the generator")
        return 0 if same else 1
    if "--stats" in argv:
        print(stats(docs, shapes, redraws))
        return 0
    OUT.write_text(dump(docs), encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.name} ({redraws} redraws)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
