#!/usr/bin/env python3
"""Generate the holdout6 corpus of the anonymizer (held out: nobody tunes to it).

    python tests/anonymizer/holdout6/make_holdout6.py          # (re)write the four .jsonl files
    python tests/anonymizer/holdout6/make_holdout6.py --check  # exit 1 if the committed files differ

Deterministic (seed 4122026). Every document passes a self-check before it is written: each pii and keep
string occurs in the text, identifiers are valid (BSN eleven-test, IBAN mod-97), and with every occurrence of
every pii string removed the scorer's leak test finds nothing while every keep word survives.
"""

import json
import random
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import h6_ids as I  # noqa: E402
import h6_pools as P  # noqa: E402
import h6_shapes as S  # noqa: E402

SEED = 4122026
FILES = {
    "holdout6_dev2style.jsonl": 400,
    "holdout6_devstyle.jsonl": 200,
    "holdout6_known.jsonl": 150,
    "holdout6_structured.jsonl": 150,
}

# --- the scorer's leak test (mirrors ../shared/tools/score_anonymizer.py; the test uses the real one) ---
PARTICLES = {"van", "de", "der", "den", "het", "'t", "ter", "te", "ten", "in", "op", "la", "le", "du"}


def _norm(s: str) -> str:
    return re.sub(r"[\s.\-/()]", "", s).upper()


def _name_parts(name: str) -> list[str]:
    return [p for p in name.split() if p.lower() not in PARTICLES and len(p) > 1]


def leaked(item: dict, out: str) -> bool:
    text, label = item["text"], item["label"]
    if label in ("PERSON", "ADDRESS"):
        parts = _name_parts(text) if label == "PERSON" else [text.rsplit(" ", 1)[0] if re.search(r"\d", text) else text]
        for p in parts:
            for form in {p, p[0].upper() + p[1:]} if label == "PERSON" else {p}:
                if re.search(r"(?<![\w])" + re.escape(form) + r"(?![\w])", out):
                    return True
        return False
    if label == "EMAIL":
        return text.split("@")[0].lower() in out.lower()
    if label == "PHONE":
        return re.sub(r"\D", "", text)[-7:] in re.sub(r"\D", "", out)
    if label == "DATE_OF_BIRTH" and not re.fullmatch(r"[\d\-]+", text):
        return text.lower() in out.lower()
    return _norm(text) in _norm(out)


# --- people -------------------------------------------------------------------------------------------------
def _ascii(s: str) -> str:
    s = s.replace("ı", "i").replace("ł", "l").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def _cap(s: str) -> str:
    return s[0].upper() + s[1:] if s else s


_MUNI = [0]  # the municipality of the document being written (index into P.MUNICIPALITIES / P.MUNI_DOMAINS)


class Person:
    def __init__(self, r: random.Random, official: bool = False, first=None, particle=None, surname=None, female=None):
        self.r = r
        origin = r.choice(list(P.ORIGINS))
        fem, mal, surs = P.ORIGINS[origin]
        self.female = r.random() < 0.5 if female is None else female
        self.first = first or r.choice(fem if self.female else mal)
        if surname is None:
            sur = r.choice(surs)
            if r.random() < 0.15:  # married / double name
                other = r.choice(P.ORIGINS[r.choice(list(P.ORIGINS))][2])
                sur = f"{sur}-{other}" if r.random() < 0.5 else f"{other}-{sur}"
            m = re.match(r"^((?:van der|van den|van 't|van|de|ter|ten|in den)) (.+)$", sur)
            self.particle, self.surname = (m.group(1), m.group(2)) if m else ("", sur)
        else:
            self.particle, self.surname = particle or "", surname
        self.middle = r.choice(P.ORIGINS[origin][0] + P.ORIGINS[origin][1])[0] if r.random() < 0.3 else ""
        self.official = official
        self._mail = None
        self._tel = None

    @property
    def sur_mid(self) -> str:
        return f"{self.particle} {self.surname}" if self.particle else self.surname

    @property
    def sur_cap(self) -> str:
        return _cap(self.sur_mid)

    @property
    def full(self) -> str:
        return f"{self.first} {self.sur_mid}"

    @property
    def initials(self) -> str:
        return f"{self.first[0]}." + (f"{self.middle}." if self.middle else "")

    def mail(self) -> str:
        if self._mail is None:
            r = self.r
            f, s = _ascii(self.first).lower(), _ascii(self.surname).lower().replace(" ", "").replace("'", "")
            pt = _ascii(self.particle).lower().replace(" ", "").replace("'", "")
            local = r.choice(
                [
                    f"{f}.{pt}{s}",
                    f"{f[0]}.{pt}{s}",
                    f"{f}{s[:3]}{r.randint(60, 99)}",
                    f"{s}.{f}",
                    f"{f}_{s}",
                    f"{f}{r.randint(1, 999)}",
                    f"{pt}{s}{f[0]}",
                ]
            )
            dom = P.MUNI_DOMAINS[_MUNI[0]] if self.official and r.random() < 0.7 else r.choice(P.MAIL_DOMAINS)
            self._mail = f"{local}@{dom}"
        return self._mail

    def tel(self) -> str:
        if self._tel is None:
            self._tel = I.phone(self.r)
        return self._tel

    def form(self, kind: str, start: bool = False) -> tuple[str, list[tuple[str, str]]]:
        """Surface text and the pii items it holds."""
        r = self.r
        if kind == "full":
            s = f"{self.first} {self.middle}. {self.sur_mid}" if self.middle and r.random() < 0.3 else self.full
            return s, [(s, "PERSON")]
        if kind == "ini":
            s = f"{self.initials} {self.sur_mid}"
            return s, [(s, "PERSON")]
        if kind in ("title", "fullt"):
            pool = P.TITLES_F if self.female else P.TITLES_M
            t = r.choice(pool + P.TITLES_N) if r.random() < 0.2 else r.choice(pool)
            t = _cap(t) if start else (t if t[0].islower() else t[0].lower() + t[1:])
            if kind == "fullt":
                return f"{t} {self.full}", [(self.full, "PERSON")]
            name = self.sur_cap if r.random() < 0.5 else self.sur_mid
            return f"{t} {name}", [(name, "PERSON")]
        if kind == "sur":
            return self.sur_cap, [(self.sur_cap, "PERSON")]
        if kind == "first":
            return self.first, [(self.first, "PERSON")]
        if kind == "fposs":
            return self.first + ("'" if self.first[-1] in "sxz" else "'s"), [(self.first, "PERSON")]
        if kind == "sposs":
            if self.sur_cap[-1] in "sxz" or r.random() < 0.5:
                return self.sur_cap + ("'" if self.sur_cap[-1] in "sxz" else "'s"), [(self.sur_cap, "PERSON")]
            return self.sur_cap + "s", [(self.sur_cap + "s", "PERSON")]
        if kind == "caps":
            s = self.full.upper()
            return s, [(s, "PERSON")]
        if kind == "lower":
            s = self.full.lower()
            return s, [(s, "PERSON")]
        if kind == "flow":
            return self.first.lower(), [(self.first.lower(), "PERSON")]
        if kind == "list":
            s = (
                f"{self.surname}, {self.initials} {self.particle}"
                if self.particle and r.random() < 0.5
                else (f"{self.sur_cap}, {self.initials}")
            )
            return s, [(s, "PERSON")]
        if kind == "mail":
            m = self.mail()
            return m, [(m, "EMAIL")]
        if kind == "tel":
            t = self.tel()
            return t, [(t, "PHONE")]
        if kind == "rel":
            w = r.choice((P.RELATIONS_F if self.female else P.RELATIONS_M) * 2 + P.RELATIONS_N)
            return w, [(w, "KEEP")]
        if kind == "Zij":
            return ("Zij" if self.female else "Hij"), []
        if kind == "zij":
            return ("zij" if self.female else "hij"), []
        if kind == "haar":
            return ("haar" if self.female else "zijn"), []
        raise KeyError(kind)


# --- slots --------------------------------------------------------------------------------------------------
def _street(r: random.Random) -> str:
    pool = r.choice([P.STREETS, P.STREETS, P.PERSON_STREETS, P.BURGEMEESTER_STREETS, P.BARE_STREETS])
    return r.choice(pool)


def fill(template: str, r: random.Random, people: dict[str, Person], extra: dict[str, str] | None = None):
    """Fill a template; returns text, pii [(text,label)], keep [str]."""
    pii: list[tuple[str, str]] = []
    keep: list[str] = []
    out: list[str] = []
    pos = 0
    for m in re.finditer(r"\{([A-Za-z]+)(?:\.([A-Za-z]+))?\}|\[\[([^\]]+)\]\]", template):
        out.append(template[pos : m.start()])
        pos = m.end()
        if m.group(3):
            out.append(m.group(3))
            keep.append(m.group(3))
            continue
        name, kind = m.group(1), m.group(2)
        if kind:
            if name not in people:
                people[name] = Person(r, official=name in "BD")
            so_far = "".join(out)
            start = so_far == "" or so_far.endswith((". ", "\n", "? ", "! "))
            s, items = people[name].form(kind, start)
            out.append(s)
            pii += [it for it in items if it[1] != "KEEP"]
            keep += [it[0] for it in items if it[1] == "KEEP"]
            continue
        if extra and name in extra:
            out.append(extra[name])
            keep.append(extra[name + "_keep"])
            continue
        s, item, kp = _slot(name, r)
        out.append(s)
        if item:
            pii.append(item)
        if kp:
            keep.append(kp)
    out.append(template[pos:])
    return "".join(out), pii, keep


def _slot(name: str, r: random.Random):
    if name == "addr":
        s = f"{_street(r)} {I.house_number(r)}"
        return s, (s, "ADDRESS"), None
    if name == "street":
        s = _street(r)
        return s, (s, "ADDRESS"), None
    if name == "bstreet":
        s = r.choice(P.BARE_STREETS)
        return s, (s, "ADDRESS"), None
    simple = {
        "pc": (I.postcode, "POSTCODE"),
        "bsn": (I.bsn, "BSN"),
        "iban": (I.iban, "IBAN"),
        "tel": (I.phone, "PHONE"),
        "ftel": (I.foreign_phone, "PHONE"),
        "plate": (I.plate, "LICENSE_PLATE"),
        "case": (I.case_number, "CASE_NUMBER"),
        "dob": (I.dob, "DATE_OF_BIRTH"),
    }
    if name in simple:
        fn, label = simple[name]
        s = fn(r)
        return s, (s, label), None
    if name == "hnr":
        s = I.house_number(r)
        return s, None, None
    if name == "town":
        return r.choice(P.TOWNS), None, None
    keeps = {
        "date": lambda: I.ordinary_date(r),
        "pub": lambda: r.choice(P.PUBLIC_PHONES),
        "muni": lambda: P.MUNICIPALITIES[_MUNI[0]],
        "munimail": lambda: (
            r.choice(["info", "noreply", "klantcontact", "bezwaar", "wmo-loket"]) + "@" + P.MUNI_DOMAINS[_MUNI[0]]
        ),
        "www": lambda: "www." + P.MUNI_DOMAINS[_MUNI[0]],
        "dept": lambda: r.choice(P.DEPARTMENTS),
        "body": lambda: r.choice(P.BODIES),
        "scheme": lambda: r.choice(P.SCHEMES),
        "role": lambda: r.choice(P.ROLES),
        "rel": lambda: r.choice(P.RELATIONS),
        "amount": lambda: I.amount(r),
    }
    s = keeps[name]()
    return s, None, s


# --- documents ----------------------------------------------------------------------------------------------
def _finish(doc_id: str, parts: list[tuple[str, list, list]], sep: str, known: dict | None = None) -> dict:
    text = sep.join(p[0] for p in parts)
    pii, seen = [], set()
    for p in parts:
        for t, lab in p[1]:
            if (t, lab) not in seen:
                seen.add((t, lab))
                pii.append({"text": t, "label": lab})
    keep = []
    for p in parts:
        for k in p[2]:
            if k not in keep:
                keep.append(k)
    d = {"id": doc_id, "text": text, "pii": pii, "keep": keep}
    if known:
        d["known"] = known
    return d


def _sep(r: random.Random) -> str:
    return r.choice([" ", " ", " ", " ", "\n", "\n\n"])


def doc_dev2(r: random.Random, i: int) -> dict:
    people: dict[str, Person] = {}
    n = r.choice([1, 2, 3, 3, 4, 4, 5, 5, 6])
    parts = [fill(t, r, people) for t in r.sample(S.DEV2, n)]
    return _finish(f"h6-dev2-{i:04d}", parts, _sep(r))


def doc_dev(r: random.Random, i: int) -> dict:
    people: dict[str, Person] = {}
    n = r.choice([1, 2, 2, 3, 4, 4, 5, 6])
    parts = [fill(t, r, people) for t in r.sample(S.DEV, n)]
    return _finish(f"h6-dev-{i:04d}", parts, " ")


def doc_structured(r: random.Random, i: int) -> dict:
    people: dict[str, Person] = {}
    n = r.choice([1, 1, 1, 2])
    parts = [fill(t, r, people) for t in r.sample(S.STRUCTURED, n)]
    return _finish(f"h6-struct-{i:04d}", parts, "\n\n")


def doc_known(r: random.Random, i: int) -> dict:
    sur, particle, phrase = r.choice(P.KNOWN_SURNAMES)
    word_first = r.random() < 0.3
    if word_first:
        first, fphrase = r.choice(P.KNOWN_FIRST)
        female = first in ("Lente", "Merel", "Iris", "Linde", "Jasmijn", "Lieve", "Hoop")
    else:
        female = r.random() < 0.5
        first = r.choice(P.KNOWN_OTHER_FIRST_F if female else P.KNOWN_OTHER_FIRST_M)
        fphrase = None
    k = Person(r, first=first, particle=particle, surname=sur, female=female)
    people = {"K": k}
    word = sur.lower()
    uses = [(phrase.format(w=word), word)] + ([(fphrase.format(w=first.lower()), first.lower())] if fphrase else [])
    parts = []
    for t, (w, kw) in zip(r.sample(S.KNOWN, len(uses)), uses, strict=True):
        if not female:
            w = re.sub(r"\bhaar\b", "zijn", re.sub(r"\bze\b", "hij", w))
        parts.append(fill(t.replace("{w}", "{W}"), r, people, {"W": w, "W_keep": kw}))
    for t in r.sample(S.KNOWN_REF, r.choice([0, 1, 1, 2])):
        parts.insert(r.randint(0, len(parts)), fill(t, r, people))
    if r.random() < 0.3:
        parts.append(fill(r.choice(S.DEV), r, people))
    known = {"names": [k.full]}
    if k._mail:
        known["emails"] = [k._mail]
    if k._tel:
        known["phones"] = [k._tel]
    return _finish(f"h6-known-{i:04d}", parts, " ", known)


BUILDERS = {
    "holdout6_dev2style.jsonl": doc_dev2,
    "holdout6_devstyle.jsonl": doc_dev,
    "holdout6_known.jsonl": doc_known,
    "holdout6_structured.jsonl": doc_structured,
}


# --- self-check ---------------------------------------------------------------------------------------------
def problems(d: dict) -> list[str]:
    """Annotation faults of one document (empty list: the document is right)."""
    text, errs = d["text"], []
    for it in d["pii"]:
        if it["text"] not in text:
            errs.append(f"pii not in text: {it['label']}")
        if it["label"] == "BSN" and not I.is_bsn(it["text"]):
            errs.append("bad BSN")
        if it["label"] == "IBAN" and not I.is_iban(it["text"]):
            errs.append("bad IBAN")
    stripped = text
    for it in sorted(d["pii"], key=lambda x: -len(x["text"])):
        stripped = stripped.replace(it["text"], " [X] ")
    for it in d["pii"]:
        if leaked(it, stripped):
            errs.append(f"leak after removal: {it['label']}")
    for k in d["keep"]:
        if k not in text:
            errs.append("keep not in text")
        if k.lower() not in stripped.lower():
            errs.append("keep only inside pii")
    if "known" in d:
        for n in d["known"]["names"]:
            if not any(
                it["label"] == "PERSON" and set(_name_parts(it["text"])) & set(_name_parts(n)) for it in d["pii"]
            ):
                errs.append("known resident not in the text")
        for e in d["known"].get("emails", []) + d["known"].get("phones", []):
            if e not in text:
                errs.append("known contact not in the text")
    return errs


def build() -> dict[str, str]:
    r = random.Random(SEED)
    result = {}
    for fname, count in FILES.items():
        lines = []
        for i in range(count):
            for _attempt in range(200):
                _MUNI[0] = r.randrange(len(P.MUNI_DOMAINS))
                d = BUILDERS[fname](r, i)
                if not problems(d):
                    break
            else:
                raise RuntimeError(f"no clean document for {fname} #{i}")
            lines.append(json.dumps(d, ensure_ascii=False))
        result[fname] = "\n".join(lines) + "\n"
    return result


def main(argv: list[str]) -> int:
    data = build()
    if "--check" in argv:
        bad = [f for f, content in data.items() if not (HERE / f).exists() or (HERE / f).read_text("utf-8") != content]
        if bad:
            print("differs from the generator:", ", ".join(bad))
            return 1
        print("holdout6 files match the generator")
        return 0
    for f, content in data.items():
        (HERE / f).write_text(content, encoding="utf-8")
        print(f"wrote {f}: {content.count(chr(10))} documents")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
