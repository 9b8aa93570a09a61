# ruff: noqa: E501
"""Generator of the fresh9m corpus (helper H5, round nine), written blind: without knowledge of the anonymizer.

Two files: ``fresh9m_mail.jsonl`` (e-mail as staff, mediators and residents write it) and ``fresh9m_articles.jsonl``
(write-ups, meeting notes, learning points, tables and council memos). Standard library only, seed 9412026.

    python tests/anonymizer/fresh9m/make_fresh9m.py          # write both files
    python tests/anonymizer/fresh9m/make_fresh9m.py --check  # regenerate in memory, compare with the files

Every document passes ``problems()`` (``check_doc`` of corpora/score.py, labels, BSN eleven-test, IBAN mod-97, no
keep word sharing a word with a person's name); a failing draw is redrawn.
"""

from __future__ import annotations

import importlib.util
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 9412026
LABELS = {
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
}


def _score():
    spec = importlib.util.spec_from_file_location("corpora_score", HERE.parent / "corpora" / "score.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


SCORE = _score()

# ---------------------------------------------------------------- name pools (invented for this corpus)
FEMALE = (
    "Anne Fleur Sanne Priya Fatima Ayşe Naima Sevda Joanna Agnieszka Roos Sterre Lotte Ilse Rachida Khadija Esther "
    "Wendy Tamara Shanti Dewi Siham Noor Yara Maria Ingrid Hatice Olga Nathalie Gerdien Jolanda Marieke Aaltje Ymkje "
    "Chantal Shirley Gloria Leyla Hanna Iris Jet Merel Elif Zeynep Amal Rukiye Anouk Mirjam Trees Rianne Liesbeth "
    "Wilma Soraya Kimberley Jasmijn Ilona Viktoriia Oksana Saskia Hiba Nadia Rosita Marisol Thi Hoa Grietje Femke"
).split()
MALE = (
    "Bart Milan Mohamed Youssef Ahmet Mehmet Pieter Dirk Sjoerd Hidde Kees Henk Wouter Rajesh Anil Ricardo Jurgen "
    "Mustafa Bilal Tomasz Piotr Wei Thanh Kofi Kwame Abdi Dawit Omar Hamza Stefan Teun Daan Luuk Gerrit Klaas Freek "
    "Jeroen Marco Dennis Orlando Glenn Errol Roy Ibrahim Yusuf Hasan Ruben Jesse Finn Storm Mees Bram Joost Reinier "
    "Olaf Arjen Dmytro Andrii Tjeerd Rinus Soufiane Mauricio Dewayne Ravi Jan-Willem Kees-Jan Ad"
).split()
NEUTRAL = "Sam Robin Kim Noa Charlie Jip Alex Sasha".split()
FEMALE += ["Mei Ling", "Anne-Marie", "Marie-José"]
SURNAMES = (
    "Jansen|de Vries|van den Berg|Bakker|Visser|Smit|Meijer|de Boer|Mulder|de Groot|Bos|Vos|Peters|Hendriks|"
    "van Leeuwen|Dekker|Brouwer|de Wit|Dijkstra|Smits|de Graaf|van der Meer|van der Linden|Kok|Jacobs|de Haan|"
    "Vermeulen|van den Heuvel|van der Veen|van Dijk|Schouten|Koster|Hoekstra|Postma|Yılmaz|Kaya|Demir|Çelik|"
    "Öztürk|Şahin|El Amrani|Bouzid|El Idrissi|Benali|Azzouzi|Ait Taleb|Raghoebier|Ramdin|Jagessar|Mahabier|"
    "Sewdien|Kartosen|Pinas|Martina|Koeiman|Kowalski|Nowak|Wiśniewska|Lewandowski|Nguyen|Tran|Wang|Chen|Haile|"
    "Tesfay|Mohamud|Warsame|Al-Khatib|Haddad|Siregar|Wattimena|Tuhuteru|Pattipeilohy|Mensah|Asante|Osei|"
    "Kovalenko|Shevchenko|Cruz|Rodrigues|Fernandes|da Silva|dos Santos|van 't Hof|ter Horst|ten Brinke|"
    "in 't Veld|op den Akker|van Ruiten|Storm|Winter|Zomer|Koning|Groen|Mol|Baas|Post|Schipper|Hoek|Vink|Valk|"
    "Lam|Roos|de Jong|Boukhari|Ouali|Zwart|Wolters|Veenstra|Bosma|Sijtsma|Nijenhuis|van Ommeren|Oudshoorn|"
    "de la Cruz|Lindeboom|Kramer|Timmermans|Haverkamp|Wever|Doornbos|Kuiper|Pronk|Hofstede|van Wijk"
).split("|")
STREETS = (
    "Kerkstraat|Dorpsstraat|Stationsweg|Molenweg|Julianastraat|Tweede Oosterparkstraat|Laan van Meerdervoort|"
    "Burgemeester Hogguerstraat|Van Ostadestraat|Schoolstraat|Lindenlaan|Vlierboomstraat|Kastanjelaan|Noordsingel|"
    "Zuiderhavenweg|Prinses Irenestraat|Anjerstraat|Bilderdijkkade|Willem Barentszstraat|Akkerwinde|Merelhof|"
    "Hoge Rijndijk|Oranjeplein|Nieuwe Binnenweg|Graaf Florislaan|Marktveld|Zonnebloemstraat|Middelweg|Esdoornhof|"
    "Spoorlaan|Ketelboetersweg|Dr. Schaepmanstraat|Churchill-laan|Langestraat|Pieter de Hoochlaan"
).split("|")
TOWNS = (
    "Zaandam Tilburg Leeuwarden Almere Heerlen Delft Enschede Schiedam Emmen Nijmegen Zwolle Lelystad Vlaardingen "
    "Haarlem Deventer Assen Hoorn Roermond Gouda Helmond"
).split()
DEPTS = [
    "afdeling Publiekszaken",
    "team Schuldhulpverlening",
    "Sociaal Wijkteam Noord",
    "team Handhaving",
    "afdeling Belastingen",
    "team Leerplicht",
    "Jongerenloket",
    "team Inkomen",
    "afdeling Vergunningen",
    "Wmo-loket",
    "team Klachtbehandeling",
    "Klantcontactcentrum",
]
SCHEMES = [
    "bijzondere bijstand",
    "kwijtscheldingsregeling",
    "individuele inkomenstoeslag",
    "Stadspas",
    "energietoeslag",
    "Tozo",
    "persoonsgebonden budget",
    "bijstandsuitkering",
    "parkeervergunning",
    "Meedoenregeling",
    "huishoudelijke ondersteuning",
]
LAWS = [
    "Participatiewet",
    "Wmo 2015",
    "Jeugdwet",
    "Algemene wet bestuursrecht",
    "Wet gemeentelijke schuldhulpverlening",
    "Wet open overheid",
    "AVG",
    "Wet inburgering 2021",
]
ORGS = [
    "UWV",
    "SVB",
    "CAK",
    "Belastingdienst",
    "DUO",
    "Nationale ombudsman",
    "Humanitas",
    "SchuldHulpMaatje",
    "Stichting MEE",
    "VluchtelingenWerk",
    "Woonstichting De Key",
    "Het Juridisch Loket",
    "Veilig Thuis",
    "GGD",
    "Voedselbank",
    "Leger des Heils",
]
BODIES = [
    "college van B en W",
    "gemeenteraad",
    "Centrale Raad van Beroep",
    "rechtbank Gelderland",
    "bezwaarschriftencommissie",
    "Raad van State",
    "ombudscommissie",
]
MONTHS = "januari februari maart april mei juni juli augustus september oktober november december".split()
MON3 = "jan feb mrt apr mei jun jul aug sep okt nov dec".split()
WORDS_LIKE_NAMES = [
    "de bakker",
    "de visser",
    "storm",
    "winter",
    "zomer",
    "groen",
    "koning",
    "post",
    "hoek",
    "roos",
    "baas",
    "mol",
    "schipper",
    "kok",
]
GENERAL = ["14 020", "Postbus 1200", "www.gemeente.nl/afstemming", "Stadhuisplein 1"]


# ---------------------------------------------------------------- identifiers
def bsn(r: random.Random) -> str:
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        s = sum(x * (9 - i) for i, x in enumerate(d))
        last = s % 11
        if last <= 9:
            return "".join(map(str, d + [last]))


def bsn_ok(s: str) -> bool:
    d = [int(c) for c in re.sub(r"\D", "", s)]
    return len(d) == 9 and (sum(x * (9 - i) for i, x in enumerate(d[:8])) - d[8]) % 11 == 0


def iban_ok(s: str) -> bool:
    s = re.sub(r"\s", "", s).upper()
    num = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(num) % 97 == 1


def iban(r: random.Random) -> str:
    bank = r.choice(["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"])
    acct = "".join(str(r.randint(0, 9)) for _ in range(10))
    num = "".join(str(int(c, 36)) for c in bank + acct + "NL00")
    check = 98 - int(num) % 97
    s = f"NL{check:02d}{bank}{acct}"
    assert iban_ok(s)
    if r.random() < 0.6:
        return " ".join(s[i : i + 4] for i in range(0, len(s), 4))
    return s


def phone(r: random.Random, mobile: bool | None = None) -> str:
    if mobile is None:
        mobile = r.random() < 0.65
    if mobile:
        n = "6" + "".join(str(r.randint(0, 9)) for _ in range(8))
        return r.choice(
            [
                f"0{n[:1]}-{n[1:]}",
                f"0{n[:1]} {n[1:5]} {n[5:]}",
                f"+31 {n[0]} {n[1:5]} {n[5:]}",
                f"+316{n[1:]}",
                f"0{n}",
                f"06 {n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}",
                f"(+31) 6-{n[1:]}",
            ]
        )
    area = r.choice(["020", "010", "070", "030", "050", "040", "0570", "0594", "024", "045"])
    rest = "".join(str(r.randint(0, 9)) for _ in range(10 - len(area)))
    return r.choice([f"{area}-{rest}", f"({area}) {rest}", f"{area} {rest[:3]} {rest[3:]}", f"+31 {area[1:]} {rest}"])


def postcode(r: random.Random) -> str:
    while True:
        letters = "".join(r.choice("ABCEGHJKLMNPRTVWXZ") for _ in range(2))
        if letters not in ("SA", "SD", "SS"):
            break
    return f"{r.randint(1000, 9999)}{r.choice([' ', ' ', ''])}{letters}"


def housenr(r: random.Random) -> str:
    n = str(r.randint(1, 240))
    return n + r.choice(["", "", "", "", "a", "B", "-2", "-hs", "-III", "A"])


def address(r: random.Random) -> str:
    return f"{r.choice(STREETS)} {housenr(r)}"


def plate(r: random.Random) -> str:
    L = "BDFGHJKLNPRSTVXZ"

    def ls(k):
        return "".join(r.choice(L) for _ in range(k))

    def ds(k):
        return "".join(str(r.randint(0, 9)) for _ in range(k))

    return r.choice(
        [f"{ds(2)}-{ls(3)}-{ds(1)}", f"{ls(2)}-{ds(3)}-{ls(1)}", f"{ds(1)}-{ls(3)}-{ds(2)}", f"{ls(1)}-{ds(3)}-{ls(2)}"]
        + [f"{ls(3)}-{ds(2)}-{ls(1)}", f"{ls(2)}-{ls(2)}-{ds(2)}"]
    )


def case_nr(r: random.Random) -> str:
    return r.choice(
        [
            f"Z/26/{r.randint(100000, 999999)}",
            f"VTA-2026-{r.randint(1, 9999):04d}",
            f"2026-{r.randint(100000, 999999)}",
            f"BZ{r.randint(10000, 99999)}",
            f"ZK26.{r.randint(10000, 99999)}",
            f"OMB/{r.randint(1000, 9999)}/26",
            f"K-{r.randint(2024, 2026)}-{r.randint(100, 999)}",
        ]
    )


def dob(r: random.Random) -> str:
    y, m, dd = r.randint(1938, 2009), r.randint(1, 12), r.randint(1, 28)
    return r.choice(
        [
            f"{dd:02d}-{m:02d}-{y}",
            f"{dd}-{m}-{y}",
            f"{dd} {MONTHS[m - 1]} {y}",
            f"{dd:02d}.{m:02d}.{y}",
            f"{y}-{m:02d}-{dd:02d}",
            f"{dd}/{m}/{y}",
        ]
    )


def odate(r: random.Random) -> str:
    y, m, dd = r.choice([2025, 2026, 2026]), r.randint(1, 12), r.randint(1, 28)
    m3 = MON3[m - 1] + ("" if MON3[m - 1] == "mei" else ".")
    return r.choice([f"{dd} {MONTHS[m - 1]} {y}", f"{dd} {MONTHS[m - 1]}", f"{dd} {m3} {y}", f"{dd}-{m}-{y}"])


def amount(r: random.Random) -> str:
    v = r.randint(15, 4800)
    return r.choice([f"€ {v:,}".replace(",", ".") + ",00", f"€{v},-", f"{v} euro", f"EUR {v},{r.randint(10, 99)}"])


# ---------------------------------------------------------------- people
class P:
    def __init__(self, r: random.Random, gender: str | None = None, married: bool | None = None):
        self.g = gender or r.choice("fffmmmn" if gender is None else gender)
        pool = {"f": FEMALE, "m": MALE, "n": NEUTRAL}[self.g]
        self.first = r.choice(pool)
        sur = r.choice(SURNAMES)
        if married if married is not None else (self.g == "f" and r.random() < 0.25):
            other = r.choice([s for s in SURNAMES if s != sur])
            sur = f"{other}-{sur}"
        self.sur = sur
        self.title = {"f": "mevrouw", "m": "meneer", "n": r.choice(["mevrouw", "meneer"])}[self.g]
        self.he = "zij" if self.title == "mevrouw" else "hij"
        self.his = "haar" if self.title == "mevrouw" else "zijn"

    def Sur(self) -> str:
        return self.sur[0].upper() + self.sur[1:]

    def init(self) -> str:
        return "".join(p[0] + "." for p in re.split(r"[- ]", self.first))

    def full(self) -> str:
        return f"{self.first} {self.sur}"

    def words(self) -> set[str]:
        return {w.lower() for w in re.split(r"[\s\-]", self.full()) if w}

    def email(self, r: random.Random, domain: str | None = None) -> str:
        tr = str.maketrans("şçöüéıśğ", "scoueisg")
        f = re.sub(r"[^a-z]", "", self.first.lower().translate(tr))
        s = re.sub(r"[^a-z]", "", self.sur.lower().translate(tr))
        s = s or "x"
        dom = domain or r.choice(["gmail.com", "hotmail.com", "outlook.com", "ziggo.nl", "kpnmail.nl", "live.nl"])
        local = r.choice([f"{f}.{s}", f"{f[0]}.{s}", f"{f}{s}{r.randint(1, 99)}", f"{s}.{f[0]}", f"{f}_{s[:4]}"])
        return f"{local}@{dom}"


class Doc:
    def __init__(self, r: random.Random, did: str):
        self.r, self.id = r, did
        self.pii: list[dict] = []
        self.keep: list[str] = []
        self.people: list[P] = []
        self.known: list[str] | None = None

    def add(self, s: str, label: str) -> str:
        if s and {"text": s, "label": label} not in self.pii:
            self.pii.append({"text": s, "label": label})
        return s

    def k(self, s: str) -> str:
        if s not in self.keep:
            self.keep.append(s)
        return s

    def person(self, p: P | None = None, **kw) -> P:
        p = p or P(self.r, **kw)
        self.people.append(p)
        return p

    def nm(self, s: str) -> str:
        """Record a name form (and the halves of a hyphenated part) as PERSON."""
        self.add(s, "PERSON")
        for w in s.split():
            if "-" in w and not w.startswith("-"):
                for half in w.split("-"):
                    if len(half) > 1 and half.lower() not in SCORE.PARTICLES:
                        self.add(half, "PERSON")
        return s

    # name forms
    def full(self, p: P) -> str:
        return self.nm(p.full())

    def first(self, p: P) -> str:
        return self.nm(p.first)

    def sur(self, p: P) -> str:
        return self.nm(p.Sur())

    def titled(self, p: P, short: bool = False) -> str:
        t = p.title if not short else {"mevrouw": self.r.choice(["mw.", "mevr.", "Mw."]), "meneer": "dhr."}[p.title]
        return f"{t} {self.sur(p)}"

    def init(self, p: P) -> str:
        return self.nm(f"{p.init()} {p.sur}")

    def poss(self, p: P) -> str:
        f = p.first
        if f[-1] in "aiouy":
            self.nm(f)
            return f + "'s"
        if f[-1] in "sxz":
            self.nm(f)
            return f + "'"
        return self.nm(f + "s")

    def any(self, p: P, forms: str = "full first titled init") -> str:
        return getattr(self, self.r.choice(forms.split()))(p)

    def sig(self, p: P, staff: bool = True, dom: str = "gemeente.nl") -> str:
        r = self.r
        lines = [r.choice(["Met vriendelijke groet,", "Vriendelijke groet,", "Groet,", "Hartelijke groet,", "Mvg,"])]
        lines.append(
            r.choice([self.full(p), self.full(p), self.init(p), self.first(p), f"{self.first(p)} | {self.sur(p)}"])
        )
        if staff:
            fn = r.choice(
                [
                    "Consulent werk en inkomen",
                    "Bemiddelaar Verzoek tot Afstemming",
                    "Klachtbehandelaar",
                    "Medewerker Klantcontact",
                    "Casemanager",
                    "Beleidsadviseur",
                    "Wijkcoach",
                    "Teamleider",
                ]
            )
            lines.append(f"{fn} | {self.k(r.choice(DEPTS))}")
            if r.random() < 0.3:
                lines.append(
                    r.choice(
                        {
                            "f": ["(zij/haar)", "pronouns: she/her"],
                            "m": ["(hij/hem)", "pronouns: he/him"],
                            "n": ["Voornaamwoorden: hen/die", "(die/hen)"],
                        }[p.g]
                    )
                )
            if r.random() < 0.8:
                lines.append(
                    f"T {self.add(phone(r), 'PHONE')}" + (f" | {self.k('14 020')}" if r.random() < 0.3 else "")
                )
            if r.random() < 0.7:
                lines.append(f"E {self.add(p.email(r, dom), 'EMAIL')}")
            if r.random() < 0.5:
                lines.append(
                    r.choice(
                        [
                            "Werkdagen: ma, di en do",
                            "Ik werk op maandag, woensdag en vrijdagochtend.",
                            "Afwezig op vrijdag",
                            "Bereikbaar di t/m vr",
                        ]
                    )
                )
            if r.random() < 0.3:
                lines.append(
                    r.choice(
                        [
                            '"Samen komen we verder."',
                            "~ Luisteren is ook werk ~",
                            "Denk aan het milieu voordat u deze mail print.",
                        ]
                    )
                )
        else:
            if r.random() < 0.5:
                lines.append(self.add(phone(r, True), "PHONE"))
            if r.random() < 0.2:
                lines.append("Verzonden vanaf mijn iPhone")
        return "\n".join(lines)


def problems(d: dict) -> list[str]:
    out = []
    try:
        SCORE.check_doc(d)
    except AssertionError as e:
        out.append(f"check_doc: {e}")
    for it in d["pii"]:
        if it["label"] not in LABELS:
            out.append(f"label {it['label']}")
        if it["label"] == "BSN" and not bsn_ok(it["text"]):
            out.append(f"BSN {it['text']}")
        if it["label"] == "IBAN" and not iban_ok(it["text"]):
            out.append(f"IBAN {it['text']}")
    names = set()
    for it in d["pii"]:
        if it["label"] == "PERSON":
            names |= {w.lower() for w in re.split(r"[\s\-,.']+", it["text"]) if w}
    for k in d["keep"]:
        clash = {w.lower() for w in re.split(r"[\s\-,.']+", k) if w} & names
        if clash:
            out.append(f"keep {k!r} shares {clash} with a name")
    if "known" in d and set(d["known"]) != {"names", "emails", "phones"}:
        out.append("known keys")
    return out


def finish(doc: Doc, text: str) -> dict:
    names = set()
    for it in doc.pii:
        if it["label"] == "PERSON":
            names |= {w.lower() for w in re.split(r"[\s\-,.']+", it["text"]) if w}
    keep = [k for k in doc.keep if not ({w.lower() for w in re.split(r"[\s\-,.']+", k) if w} & names)]
    text = re.sub(
        r"(^|[.!?:]\s+|\n[-*]?\s*|\n\d+\.\s)(mevrouw|meneer)\b", lambda m: m.group(1) + m.group(2).capitalize(), text
    )
    keep = [k for k in keep if re.search(r"(?<!\w)" + re.escape(k) + r"(?!\w)", text)]
    pii = []
    for it in doc.pii:
        found = (
            re.search(r"(?<!\w)" + re.escape(it["text"]) + r"(?!\w)", text)
            if it["label"] == "PERSON"
            else it["text"] in text
        )
        if found and it not in pii:
            pii.append(it)
    d = {"id": doc.id, "text": text, "pii": pii, "keep": keep}
    if doc.known:
        d["known"] = {"names": doc.known, "emails": [], "phones": []}
    return d


# ---------------------------------------------------------------- mail pieces
def weekday(r: random.Random) -> str:
    return r.choice(["ma", "di", "wo", "do", "vr"])


def header(doc: Doc, frm: P, to: list[P], subject: str, frm_mail: str, style: str | None = None) -> str:
    r = doc.r
    style = style or r.choice(["nl", "nl", "en", "de", "gmail", "apple", "thunder", "nlcomma"])
    doc.add(frm_mail, "EMAIL")
    when_d = f"{r.randint(1, 28)} {r.choice(MONTHS)} 2026"
    hm = f"{r.randint(7, 18)}:{r.randint(0, 59):02d}"
    tos = "; ".join(doc.full(p) for p in to)
    if style == "nl":
        return f"Van: {doc.full(frm)} <{frm_mail}>\nVerzonden: {weekday(r)} {when_d} {hm}\nAan: {tos}\nOnderwerp: {subject}"
    if style == "nlcomma":
        return (
            f"Van: {doc.sur(frm)}, {doc.first(frm)}\nVerzonden: {when_d} {hm}\nAan: {tos}\n"
            f"CC: {doc.k(r.choice(DEPTS))}\nOnderwerp: {subject}"
        )
    if style == "en":
        return f"From: {doc.full(frm)} <{frm_mail}>\nSent: Thursday, {when_d} {hm}\nTo: {tos}\nSubject: {subject}"
    if style == "de":
        return f"Von: {doc.full(frm)} <{frm_mail}>\nGesendet: Montag, {when_d} {hm}\nAn: {tos}\nBetreff: {subject}"
    if style == "gmail":
        return f"Op {weekday(r)} {when_d} om {hm} schreef {doc.full(frm)} <{frm_mail}>:"
    if style == "apple":
        return f"Op {when_d} om {hm} heeft {doc.full(frm)} <{frm_mail}> het volgende geschreven:"
    return (
        f"-------- Doorgestuurd bericht --------\nOnderwerp: {subject}\nDatum: {when_d} {hm}\n"
        f"Van: {doc.full(frm)} <{frm_mail}>\nAan: {tos}"
    )


def quote(text: str, r: random.Random) -> str:
    if r.random() < 0.5:
        return "\n".join("> " + ln if ln else ">" for ln in text.split("\n"))
    return text


def resident_body(doc: Doc, res: P, r: random.Random, sloppy: bool = False) -> str:
    town = doc.k(r.choice(TOWNS))
    scheme = doc.k(r.choice(SCHEMES))
    cn = doc.add(case_nr(r), "CASE_NUMBER")
    bits = [
        r.choice(
            [
                f"ik heb op {doc.k(odate(r))} een aanvraag gedaan voor {scheme} maar ik hoor niks meer.",
                f"mijn {scheme} is stopgezet en niemand legt uit waarom.",
                f"Sinds {doc.k(odate(r))} wacht ik op antwoord over de {scheme}, dossier {cn}.",
                f"Ik heb een brief gekregen over {scheme} met kenmerk {cn} en snap er niks van.",
                f"Namens mijn moeder, {doc.titled(res)}, schrijf ik u over de {scheme} (zaak {cn}).",
                f"Sinds {doc.k(odate(r))} probeer ik al iemand te spreken over mijn {scheme}. Het nummer {doc.k('14 020')} helpt niet.",
                f"Op {doc.k(odate(r))} kreeg ik een brief van {doc.k(r.choice(ORGS))} dat ik {doc.k(amount(r))} moet terugbetalen.",
                f"Ik ben geboren op {doc.add(dob(r), 'DATE_OF_BIRTH')} en op {doc.k(odate(r))} werd mijn {scheme} ineens gestopt.",
                f"Mijn consulent {doc.full(doc.person())} is weg en nu weet niemand iets van zaak {cn}.",
            ]
        )
    ]
    if r.random() < 0.6:
        bits.append(f"Mijn adres is {doc.add(address(r), 'ADDRESS')}, {doc.add(postcode(r), 'POSTCODE')} {town}.")
    if r.random() < 0.5:
        bits.append(f"U kunt mij bellen op {doc.add(phone(r, True), 'PHONE')}.")
    if r.random() < 0.35:
        bits.append(f"Mijn BSN is {doc.add(bsn(r), 'BSN')} en mijn geboortedatum {doc.add(dob(r), 'DATE_OF_BIRTH')}.")
    if r.random() < 0.3:
        bits.append(f"Het geld mag op rekening {doc.add(iban(r), 'IBAN')} t.n.v. {doc.init(res)}.")
    if r.random() < 0.3:
        kid = doc.person(P(r))
        kid.sur = res.sur.split("-")[-1] if r.random() < 0.7 else kid.sur
        kid_w = {"f": "dochter", "m": "zoon", "n": "kind"}[kid.g]
        bits.append(
            r.choice(
                [
                    f"Mijn {kid_w} {doc.first(kid)} (geb. {doc.add(dob(r), 'DATE_OF_BIRTH')}) woont ook bij mij.",
                    f"{doc.poss(kid)} school heeft ook al gebeld.",
                    f"Mijn {kid_w} {doc.first(kid)} helpt mij met deze mail.",
                    f"Ook {doc.full(kid)}, mijn {kid_w}, heeft geen post gehad.",
                ]
            )
        )
    if r.random() < 0.2:
        bits.append(
            f"Mijn auto ({doc.add(plate(r), 'LICENSE_PLATE')}) heeft een boete gekregen, zegt {doc.k(r.choice(DEPTS))}."
        )
    text = " ".join(bits)
    if sloppy:
        before = len(doc.pii)
        text = text.lower().replace("ik ", "ik ").replace("heb ", "heb ").replace("niet", "nie").replace("  ", " ")
        text = text.replace("antwoord", "antwoort").replace("gekregen", "gekregen!!")
        for it in doc.pii[before:]:
            it["text"] = it["text"].lower()
        for it in list(doc.pii[:before]):
            low = it["text"].lower()
            if low != it["text"] and re.search(r"(?<!\w)" + re.escape(low) + r"(?!\w)", text):
                doc.add(low, it["label"])
        doc.keep = [k if k in text or k.lower() not in text else k.lower() for k in doc.keep]
    return text


def fam_reply(r: random.Random, i: int) -> dict:
    doc = Doc(r, f"fresh9m-mail-reply-{i:03d}")
    res, staff = doc.person(), doc.person()
    doc.known = [res.full()] if r.random() < 0.4 else None
    rmail = doc.add(res.email(r), "EMAIL")
    subject = r.choice(
        [
            f"RE: vraag over mijn aanvraag ({doc.sur(res)})",
            "Re: uw verzoek tot afstemming",
            f"Antw: dossier {doc.add(case_nr(r), 'CASE_NUMBER')}",
            f"RE: klacht {doc.titled(res)}",
            "Re: AW: terugbelverzoek",
        ]
    )
    greet = r.choice(
        [
            f"Beste {doc.titled(res)},",
            f"Geachte {doc.titled(res)},",
            f"Hallo {doc.first(res)},",
            f"Beste {doc.full(res)},",
        ]
    )
    sloppy = r.random() < 0.35
    orig_greet = r.choice(["Geachte heer/mevrouw,", "Beste meneer mevrouw", "hallo", "Goedemiddag,", "beste gemeente"])
    orig_close = (
        r.choice([f"groet {doc.nm(res.full().lower())}", f"gr {doc.nm(res.first.lower())}", f"mvg {doc.full(res)}"])
        if sloppy
        else doc.sig(res, staff=False)
    )
    orig = f"{orig_greet}\n\n{resident_body(doc, res, r, sloppy)}\n\n{orig_close}"
    reply = r.choice(
        [
            f"Dank voor uw bericht. Ik heb uw vraag doorgezet naar mijn collega {doc.full(doc.person())} van "
            f"{doc.k(r.choice(DEPTS))}. {r.choice(['Zij', 'Hij'])} neemt binnen vijf werkdagen contact met u op.",
            f"Ik heb uw dossier bekeken. De beslissing is genomen op grond van de {doc.k(r.choice(LAWS))}. "
            f"Wilt u een gesprek? Dan plan ik dat graag in, bijvoorbeeld op {doc.k(odate(r))}.",
            f"Excuses voor de late reactie. Uw aanvraag ligt nu bij {doc.k(r.choice(ORGS))}; ik houd u op de hoogte.",
            f"Zoals telefonisch besproken stuur ik u hierbij het verslag. U kunt binnen zes weken bezwaar maken; daarna kunt u naar de "
            f"{doc.k(r.choice(BODIES))}.",
        ]
    )
    hdr = header(doc, res, [staff], subject, rmail)
    text = f"{greet}\n\n{reply}\n\n{doc.sig(staff)}\n\n{hdr}\n\n{quote(orig, r)}"
    if r.random() < 0.3:
        text = f"Onderwerp: {subject}\n\n" + text
    return finish(doc, text)


def fam_forward(r: random.Random, i: int) -> dict:
    doc = Doc(r, f"fresh9m-mail-fwd-{i:03d}")
    res, a, b = doc.person(), doc.person(), doc.person()
    amail = a.email(r, "gemeente.nl")
    intro = r.choice(
        [
            f"Hoi {doc.first(b)},\n\nZie onderstaand. Kun jij dit oppakken? {doc.titled(res)} heeft al drie keer gebeld.",
            f"{doc.first(b)}, ter info. Dit hoort volgens mij bij jouw wijk.",
            f"Beste {doc.first(b)},\n\nIk stuur je de mail van {doc.full(res)} door. Het gaat om de "
            f"{doc.k(r.choice(SCHEMES))}; {doc.titled(res, True)} vraagt om een gesprek met een bemiddelaar.",
            f"FYI - {doc.poss(res)} vraag over de {doc.k(r.choice(SCHEMES))}. Graag voor {doc.k(odate(r))} terugbellen.",
        ]
    )
    inner = f"Beste {doc.first(a)},\n\n{resident_body(doc, res, r)}\n\n{doc.sig(res, staff=False)}"
    hdr = header(doc, a, [b], f"Doorst: {r.choice(['vraag', 'klacht', 'aanvraag'])} {doc.sur(res)}", amail, "thunder")
    if r.random() < 0.4:
        hdr = header(doc, res, [a], "verzoek", doc.add(res.email(r), "EMAIL"))
    att = ""
    if r.random() < 0.5:
        att = f"\nBijlage(n): {r.choice(['Brief', 'Verslag gesprek', 'Aanvraag'])} {doc.sur(res)} {r.randint(1, 28)}-{r.randint(1, 12)}.pdf"
    text = f"{intro}\n\nGr. {doc.first(a)}{att}\n\n{hdr}\n\n{inner}"
    return finish(doc, text)


def fam_auto(r: random.Random, i: int) -> dict:
    doc = Doc(r, f"fresh9m-mail-auto-{i:03d}")
    me, c1, c2 = doc.person(), doc.person(), doc.person()
    ret = doc.k(odate(r))
    c1m = doc.add(c1.email(r, "gemeente.nl"), "EMAIL")
    text = r.choice(
        [
            f"Automatisch antwoord: {r.choice(['Afwezig', 'Out of office', 'Niet aanwezig'])}\n\n"
            f"Bedankt voor uw bericht. Ik ben tot en met {ret} afwezig. Voor dringende zaken kunt u terecht bij mijn "
            f"collega {doc.full(c1)} ({c1m}) of bij {doc.full(c2)}, {doc.add(phone(r, False), 'PHONE')}.",
            f"Ik ben met verlof tot {ret}. Uw mail wordt niet doorgestuurd. Heeft u vragen over de "
            f"{doc.k(r.choice(SCHEMES))}? Bel dan {doc.k('14 020')} en vraag naar {doc.first(c1)} of {doc.first(c2)}.\n\n"
            f"I am on leave until {ret}. Please contact {doc.full(c1)} at {c1m}.",
            f"Beste afzender,\n\nOp woensdag werk ik niet. Voor {doc.k(r.choice(DEPTS))} kunt u mailen naar "
            f"{c1m} ({doc.first(c1)}). Spoed? Bel {doc.titled(c2)} via {doc.add(phone(r), 'PHONE')}.",
        ]
    )
    text += "\n\n" + doc.sig(me)
    return finish(doc, text)


def fam_short(r: random.Random, i: int) -> dict:
    doc = Doc(r, f"fresh9m-mail-short-{i:03d}")
    a, b = doc.person(), doc.person()
    line = r.choice(
        [
            f"Top, dank je! Groet, {doc.first(a)}",
            f"Helder. Ik bel {doc.titled(b)} morgen.\n{doc.first(a)}",
            f"Prima, zet maar in de agenda voor {doc.k(odate(r))}.\n\nGr {doc.init(a)}",
            f"Dankjewel {doc.first(b)}!\n\n-- \n{doc.full(a)}",
            f"ok, ik heb {doc.poss(b)} formulier ontvangen. {doc.first(a)}",
            f"Akkoord met het verslag. {doc.k(r.choice(DEPTS))} is geïnformeerd.\n\n{doc.first(a)}",
            f"Is gelukt hoor, groetjes {doc.nm(a.first.lower())}",
            f"Namens {doc.full(b)}: {b.he} komt donderdag niet. Mail gerust naar {(bm := doc.add(b.email(r), 'EMAIL'))} ([mail](mailto:{bm})).\n{doc.first(a)}",
            f"Heb {doc.titled(b)} net gesproken, ze gaat akkoord met {doc.k(odate(r))}. Wil jij {doc.first(b)} de bevestiging sturen?\n\nGroet,\n{doc.full(a)} (ma-do)",
            f"Graag gedaan! Succes met het gesprek met {doc.poss(b)} ouders.\n\n{doc.first(a)}\n{doc.k(r.choice(DEPTS))}",
            f"Zie bijlage: verslag {doc.sur(b)}.docx\nGroet, {doc.first(a)}",
        ]
    )
    if r.random() < 0.6:
        line += "\n\n" + header(
            doc, b, [a], r.choice(["Re: afspraak", f"RE: {doc.sur(b)}", "gesprek"]), doc.add(b.email(r), "EMAIL")
        )
        line += "\n" + quote(
            r.choice(
                [
                    f"Hoi {doc.first(a)}, lukt het om de stukken voor {doc.k(odate(r))} te sturen?",
                    f"Ik stuur je de gegevens: {doc.add(address(r), 'ADDRESS')}, {doc.add(postcode(r), 'POSTCODE')}.",
                    f"Bijgaand het formulier. Zaaknummer {doc.add(case_nr(r), 'CASE_NUMBER')}.",
                ]
            ),
            r,
        )
    return finish(doc, line)


def fam_resident(r: random.Random, i: int) -> dict:
    doc = Doc(r, f"fresh9m-mail-res-{i:03d}")
    res = doc.person()
    doc.known = [res.full()] if r.random() < 0.5 else None
    body = resident_body(doc, res, r, sloppy=r.random() < 0.7)
    opener = r.choice(["goedendag", "hallo", "Geachte gemeente,", "beste mevrouw", "aan wie het aangaat", "Hoi"])
    extra = r.choice(
        [
            f"ik ben {doc.nm(res.first.lower())} {doc.nm(res.sur.lower())} en ik woon hier al 12 jaar.",
            f"mijn naam is {doc.full(res)}.",
            f"ik heb al met meneer {doc.sur(doc.person(gender='m'))} gebeld maar die zei dat ik moest mailen.",
            f"mijn buurvrouw {doc.first(doc.person(gender='f'))} zei dat jullie kunnen helpen.",
            "",
        ]
    )
    close = r.choice(
        [
            f"groet {doc.nm(res.full().lower())}",
            f"Met vriendelijke groet,\n{doc.full(res)}",
            f"mvg {doc.init(res)}",
            f"{doc.first(res)}\n{doc.add(phone(r, True), 'PHONE')}",
            f"Hoogachtend,\n\n{doc.titled(res)}\n{doc.add(res.email(r), 'EMAIL')}",
        ]
    )
    subj = r.choice(
        [
            "",
            f"Onderwerp: hulp nodig {doc.nm(res.first.lower())}\n\n",
            "Onderwerp: URGENT!!!\n\n",
            f"Onderwerp: {doc.full(res)}\n\n",
        ]
    )
    text = f"{subj}{opener}\n{extra} {body}\n\n{close}".replace("\n ", "\n")
    return finish(doc, text)


def fam_multi(r: random.Random, i: int) -> dict:
    doc = Doc(r, f"fresh9m-mail-multi-{i:03d}")
    a, b, c, me, res = (doc.person() for _ in range(5))
    greet = r.choice(
        [
            f"Beste {doc.first(a)}, {doc.first(b)} en {doc.titled(c)},",
            f"Hoi {doc.first(a)} en {doc.first(b)},",
            f"Beste allen ({doc.first(a)}, {doc.first(b)}, {doc.first(c)}),",
            f"Geachte {doc.titled(a)}, geachte {doc.titled(b)},",
        ]
    )
    body = r.choice(
        [
            f"Hierbij de uitnodiging voor het afstemmingsgesprek met {doc.full(res)} op {doc.k(odate(r))} om 10.00 uur "
            f"in het stadskantoor in {doc.k(r.choice(TOWNS))}. {doc.first(a)} zit het gesprek voor, {doc.first(b)} notuleert.",
            f"Na het overleg van gisteren: {doc.titled(res)} wil de {doc.k(r.choice(SCHEMES))} opnieuw aanvragen. "
            f"{doc.first(c)}, kun jij checken of {doc.k(r.choice(ORGS))} al gegevens heeft gedeeld?",
            f"Kort verslag: {doc.poss(res)} bezwaar (zaak {doc.add(case_nr(r), 'CASE_NUMBER')}) is gegrond verklaard. "
            f"Het bedrag van {doc.k(amount(r))} wordt overgemaakt op {doc.add(iban(r), 'IBAN')}.",
        ]
    )
    more = r.choice(
        [
            f"\n\nAdres voor het huisbezoek: {doc.add(address(r), 'ADDRESS')} ({doc.add(postcode(r), 'POSTCODE')}). "
            f"Parkeren kan voor de deur; de auto van {doc.titled(res)} ({doc.add(plate(r), 'LICENSE_PLATE')}) staat op de oprit.",
            f"\n\n{doc.first(b)}, wil jij de broer van {doc.titled(res)}, {doc.full(doc.person(gender='m'))}, ook uitnodigen?",
            "",
        ]
    )
    cc = (
        f"Aan: {doc.full(a)}; {doc.full(b)}\nCC: {doc.add(c.email(r, 'gemeente.nl'), 'EMAIL')}\n\n"
        if r.random() < 0.5
        else ""
    )
    text = f"{cc}{greet}\n\n{body}{more}\n\n{doc.sig(me)}"
    return finish(doc, text)


def fam_mediator(r: random.Random, i: int) -> dict:
    doc = Doc(r, f"fresh9m-mail-med-{i:03d}")
    med, res, cons = doc.person(), doc.person(), doc.person()
    doc.known = [res.full()] if r.random() < 0.4 else None
    cn = doc.add(case_nr(r), "CASE_NUMBER")
    subject = r.choice(
        [
            f"Uitnodiging afstemmingsgesprek {doc.full(res)} - {cn}",
            f"Verslag gesprek {doc.titled(res)} / {doc.sur(cons)}",
            f"[{cn}] afspraak {doc.first(res)}",
        ]
    )
    mmail = med.email(r, "gemeente.nl")
    body = (
        f"Beste {doc.titled(res)},\n\n"
        + r.choice(
            [
                f"Ik ben {doc.full(med)}, bemiddelaar bij de gemeente. Op uw verzoek tot afstemming over de "
                f"{doc.k(r.choice(SCHEMES))} nodig ik u en de consulent, {doc.full(cons)}, uit voor een gesprek.",
                f"Fijn dat we elkaar vandaag spraken. Zoals afgesproken stuur ik u de samenvatting. "
                f"{doc.titled(cons)} ({doc.k(r.choice(DEPTS))}) zoekt uit of de terugvordering van "
                f"{doc.k(amount(r))} kan worden verlaagd.",
                f"Mijn collega {doc.first(cons)} gaf aan dat u liever niet op het stadhuis afspreekt. Ik kom graag "
                f"bij u langs op {doc.add(address(r), 'ADDRESS')} op {doc.k(odate(r))}.",
            ]
        )
        + f"\n\nVoor de volledigheid: uw geboortedatum staat bij ons als {doc.add(dob(r), 'DATE_OF_BIRTH')}. Klopt dat niet, laat het me weten."
        * (r.random() < 0.3)
    )
    att = r.choice(["", f"\n\nBijlagen:\n- Verslag {doc.sur(res)} {cn}.pdf\n- Brief {doc.k(r.choice(LAWS))}.pdf"])
    text = f"Onderwerp: {subject}\nVan: {doc.full(med)} <{doc.add(mmail, 'EMAIL')}>\n\n{body}\n\n{doc.sig(med)}{att}"
    return finish(doc, text)


# ---------------------------------------------------------------- article pieces
ROLES = [
    "de consulent",
    "de bemiddelaar",
    "de klachtbehandelaar",
    "de wijkcoach",
    "de teamleider",
    "de beleidsmedewerker",
]
RELS_F = [
    "haar dochter",
    "zijn dochter",
    "haar zus",
    "zijn moeder",
    "de buurvrouw",
    "haar schoonmoeder",
    "zijn ex-partner",
]
RELS_M = ["haar broer", "zijn zoon", "haar vader", "de buurman", "haar zwager", "zijn neef", "haar partner"]


def rel_phrase(doc: Doc, res: P) -> tuple[str, P]:
    r = doc.r
    rel = doc.person()
    if r.random() < 0.5:
        rel.sur = res.sur
    noun = r.choice(RELS_F if rel.g == "f" else RELS_M).split()[-1]
    word = f"de {noun}" if noun.startswith("buur") else f"{res.his} {noun}"
    return f"{word} {doc.first(rel)}", rel


def sentences(doc: Doc, res: P, staff: P, n: int) -> list[str]:
    r = doc.r
    role = r.choice(ROLES)
    out = []
    pool = [
        lambda: f"{role[0].upper() + role[1:]}, {doc.full(staff)}, sprak op {doc.k(odate(r))} met {doc.titled(res)}.",
        lambda: f"Volgens {doc.first(staff)} was de brief over de {doc.k(r.choice(SCHEMES))} onduidelijk.",
        lambda: (
            f"{doc.titled(res)} vertelde dat {res.he} al maanden wachtte: “Ik werd van het kastje naar de muur gestuurd.”"
        ),
        lambda: f"“Ik wil gewoon dat iemand luistert,” zei {doc.first(res)}.",
        lambda: f"Bij {doc.k(r.choice(ORGS))} waren de gegevens van {doc.titled(res)} niet bekend.",
        lambda: f"Tijdens het gesprek kwam ook {rel_phrase(doc, res)[0]} aan het woord.",
        lambda: f"{doc.poss(res)} fiets stond nog bij het station van {doc.k(r.choice(TOWNS))}.",
        lambda: (
            f"{doc.titled(res)} haar dochter {doc.first(doc.person(gender='f'))} hielp met het invullen van de formulieren."
            if res.g == "f"
            else f"{doc.titled(res)} zijn zoon {doc.first(doc.person(gender='m'))} was bij het gesprek aanwezig."
        ),
        lambda: (
            f"De bemiddelaar stelde voor dat {doc.first(staff)} en {doc.first(res)} samen de stukken zouden doorlopen."
        ),
        lambda: f"Met {doc.sur(staff)} is afgesproken dat de termijn van de {doc.k(r.choice(LAWS))} wordt aangehouden.",
        lambda: f"De {doc.k(r.choice(BODIES))} hoefde er uiteindelijk niet aan te pas te komen.",
        lambda: f"Een bedrag van {doc.k(amount(r))} werd kwijtgescholden.",
        lambda: (
            f"{doc.titled(res)} (geboren {doc.add(dob(r), 'DATE_OF_BIRTH')}) woont sinds {doc.k(odate(r))} op {doc.add(address(r), 'ADDRESS')}."
        ),
        lambda: (
            f"Het dossiernummer is {doc.add(case_nr(r), 'CASE_NUMBER')}; het BSN ({doc.add(bsn(r), 'BSN')}) is alleen in het systeem vastgelegd."
        ),
        lambda: f"Volgens {doc.init(staff)} klopte het rekeningnummer {doc.add(iban(r), 'IBAN')} niet met de aanvraag.",
        lambda: (
            f"Later belde {doc.first(res)} nog met {doc.sur(staff)}: {res.he} was blij dat er eindelijk duidelijkheid was."
        ),
        lambda: (
            f"De boete voor de auto met kenteken {doc.add(plate(r), 'LICENSE_PLATE')} is ingetrokken door {doc.k(r.choice(DEPTS))}."
        ),
        lambda: f"Ook {doc.full(doc.person())} en {doc.full(doc.person())} van {doc.k(r.choice(ORGS))} schoven aan.",
        lambda: f"Naar {doc.first(res)} is daarna niet meer geluisterd, aldus {doc.titled(staff)}.",
        lambda: (
            f"Zijn telefoonnummer ({doc.add(phone(r), 'PHONE')}) stond verkeerd in het systeem, waardoor niemand {doc.sur(res)} kon bereiken."
        ),
        lambda: (
            f"{res.he.capitalize()} vroeg om post te sturen naar {doc.add(postcode(r), 'POSTCODE')} {doc.k(r.choice(TOWNS))} in plaats van het oude adres."
        ),
    ]
    pool += [
        lambda: f"{doc.first(res)} vertelde dat {doc.first(rel_phrase(doc, res)[1])} {res.his} enige steun was.",
        lambda: (
            f"Aan tafel zaten {doc.full(doc.person())}, {doc.first(staff)}, {doc.titled(res)} en {doc.init(doc.person())}."
        ),
        lambda: f"Het voorstel kwam van {doc.sur(staff)}, niet van {doc.first(res)}.",
        lambda: f"Volgens het verslag van {doc.full(doc.person())} (GGZ-begeleider) was er sprake van stress.",
        lambda: f"{doc.titled(res)} gaf aan dat {res.he} “niet nog een keer alles wilde uitleggen”.",
        lambda: f"Samen met {doc.first(res)} belde {doc.first(staff)} naar {doc.k(r.choice(ORGS))}.",
        lambda: f"De mail van {doc.first(res)} ({doc.add(res.email(r), 'EMAIL')}) was in de spam beland.",
    ]
    pool.append(
        lambda: r.choice(
            [
                f"Het gesprek vond plaats in het buurthuis, naast {doc.k('de bakker')} op de {doc.k('hoek')}.",
                f"Het was volgens {doc.first(staff)} “een {doc.k('storm')} in een glas water”.",
                f"De {doc.k('post')} kwam in de {doc.k('winter')} wekenlang niet aan.",
                f"In de {doc.k('zomer')} is het loket maar drie dagen open.",
                f"Als {doc.k('kok')} in een restaurant werkte {doc.first(res)} vaak 's avonds.",
                f"{doc.first(res)} wilde niet dat de {doc.k('baas')} van het werk ervan hoorde.",
                f"De tuin was {doc.k('groen')} en netjes, zag {doc.first(staff)} bij het huisbezoek.",
                f"Een {doc.k('schipper')} uit de haven had het hele verhaal gefilmd.",
            ]
        )
    )
    idx = list(range(len(pool)))
    r.shuffle(idx)
    for j in idx[:n]:
        out.append(pool[j]())
    return out


def fam_writeup(r: random.Random, i: int) -> dict:
    doc = Doc(r, f"fresh9m-art-write-{i:03d}")
    res, staff = doc.person(), doc.person()
    doc.known = [res.full()] if r.random() < 0.4 else None
    scheme = doc.k(r.choice(SCHEMES))
    title = r.choice(
        [
            f"# Casus: {scheme} en een gemiste termijn",
            f"# Hoe {doc.first(res)} weer grip kreeg op de {scheme}",
            f"## Verzoek tot afstemming: {doc.titled(res)} en de {scheme}",
            "# Leren van een verzoek tot afstemming",
        ]
    )
    s = sentences(doc, res, staff, r.randint(4, 7))
    bullets = "\n".join(f"- {x}" for x in s[2:])
    link = f"[{doc.k(r.choice(LAWS))}](https://wetten.overheid.nl/)" if r.random() < 0.6 else ""
    text = (
        f"{title}\n\n**Datum:** {doc.k(odate(r))}  \n**Opgesteld door:** {doc.full(doc.person())}\n\n"
        f"## Aanleiding\n\n{s[0]} {s[1]}\n\n## Verloop\n\n{bullets}\n\n## Uitkomst\n\n"
        + r.choice(
            [
                f"Het verzoek is afgerond. {doc.first(res)} is tevreden; zie ook {link or 'het verslag'}.",
                f"**Afgesproken:** {doc.sur(staff)} stuurt een nieuwe beschikking. {link}",
                f"De afspraken zijn vastgelegd in zaak {doc.add(case_nr(r), 'CASE_NUMBER')}.",
            ]
        )
    )
    return finish(doc, text)


def fam_notes(r: random.Random, i: int) -> dict:
    doc = Doc(r, f"fresh9m-art-notes-{i:03d}")
    res, staff, med = doc.person(), doc.person(), doc.person()
    rel_s, rel = rel_phrase(doc, res)
    present = [
        f"{doc.full(res)} (verzoeker)",
        f"{doc.first(rel)} {doc.sur(rel)} ({rel_s.split()[0]} {rel_s.split()[1]})"
        if r.random() < 0.5
        else f"{doc.full(rel)}, ondersteuner",
        f"{doc.init(staff)}, {r.choice(ROLES)[3:]} {doc.k(r.choice(DEPTS))}",
        f"{doc.full(med)} (bemiddelaar, voorzitter)",
    ]
    r.shuffle(present)
    s = sentences(doc, res, staff, r.randint(3, 6))
    acts = [
        f"{doc.first(staff)}: nieuwe berekening {doc.k(r.choice(SCHEMES))} voor {doc.k(odate(r))}",
        f"{doc.first(med)}: verslag naar alle deelnemers",
        f"{doc.titled(res)}: bankafschriften aanleveren",
        f"{doc.poss(rel)} verklaring toevoegen aan dossier {doc.add(case_nr(r), 'CASE_NUMBER')}",
    ]
    r.shuffle(acts)
    text = (
        f"Gespreksverslag afstemmingsgesprek {doc.k(odate(r))}\n\nAanwezig:\n"
        + "\n".join(f"* {x}" for x in present)
        + "\n\nBespreking\n"
        + "\n".join(f"{n + 1}. {x}" for n, x in enumerate(s))
        + "\n\nActiepunten\n"
        + "\n".join(f"- [ ] {x}" for x in acts[: r.randint(2, 4)])
        + r.choice(["", f"\n\nVolgende afspraak: {doc.k(odate(r))}, bij {doc.first(res)} thuis."])
    )
    return finish(doc, text)


def fam_lessons(r: random.Random, i: int) -> dict:
    doc = Doc(r, f"fresh9m-art-learn-{i:03d}")
    res, staff = doc.person(), doc.person()
    dept = doc.k(r.choice(DEPTS))
    netw = rel_phrase(doc, res)[0]
    pts = [
        f"**Bel eerst.** Had {doc.first(staff)} {doc.titled(res)} meteen gebeld, dan was het bezwaar niet nodig geweest.",
        f"**Leg uit welke wet geldt.** De {doc.k(r.choice(LAWS))} laat meer ruimte dan de brief suggereerde.",
        f"**Betrek het netwerk.** {netw[0].upper() + netw[1:]} wist meer dan het dossier.",
        f"**Check de gegevens.** Het telefoonnummer {doc.add(phone(r), 'PHONE')} was van een oud-bewoner.",
        f"**Houd termijnen bij.** Bij {dept} is de termijn van {doc.k(odate(r))} verlopen.",
        f"**Wees concreet.** “Wat heeft u nodig?” vroeg {doc.sur(staff)} pas in het derde gesprek.",
        f"**Denk aan de regeling.** De {doc.k(r.choice(SCHEMES))} was voor {doc.first(res)} een uitkomst.",
    ]
    r.shuffle(pts)
    k = r.randint(3, 5)
    text = (
        f"### Leerpunten uit de casus {doc.sur(res)}\n\n"
        if r.random() < 0.5
        else f"### Leerpunten ({doc.k(r.choice(DEPTS))})\n\nBetreft: {doc.titled(res, True)}, {doc.add(case_nr(r), 'CASE_NUMBER')}\n\n"
    )
    text += "\n".join(f"{n + 1}. {p}" for n, p in enumerate(pts[:k]))
    text += r.choice(["", f"\n\n_Met dank aan {doc.full(staff)} en {doc.full(doc.person())} voor hun openheid._"])
    return finish(doc, text)


def fam_table(r: random.Random, i: int) -> dict:
    doc = Doc(r, f"fresh9m-art-table-{i:03d}")
    rows = []
    for _ in range(r.randint(3, 6)):
        res, st = doc.person(), doc.person()
        name = r.choice([doc.full(res), doc.init(res), doc.titled(res), doc.nm(res.full().upper())])
        rows.append(
            f"| {doc.add(case_nr(r), 'CASE_NUMBER')} | {name} | {doc.k(r.choice(SCHEMES))} | "
            f"{r.choice([doc.first(st), doc.full(st), doc.sur(st)])} | {r.choice(['afgerond', 'loopt', 'bezwaar', 'ingetrokken'])} |"
        )
    head = r.choice(["Overzicht verzoeken tot afstemming", "Casussen kwartaal 3", f"Stand van zaken {doc.k(odate(r))}"])
    text = (
        f"## {head}\n\n| Zaak | Verzoeker | Onderwerp | Behandelaar | Status |\n|---|---|---|---|---|\n"
        + "\n".join(rows)
        + r.choice(["", f"\n\nBron: {doc.k(r.choice(DEPTS))}, peildatum {doc.k(odate(r))}."])
    )
    return finish(doc, text)


def fam_memo(r: random.Random, i: int) -> dict:
    doc = Doc(r, f"fresh9m-art-memo-{i:03d}")
    author = doc.person()
    cases = []
    for n in range(r.randint(2, 4)):
        res, st = doc.person(), doc.person()
        cases.append(
            f"**Casus {n + 1}.** "
            + r.choice(
                [
                    f"{doc.titled(res)} uit {doc.k(r.choice(TOWNS))} kreeg een terugvordering van {doc.k(amount(r))}. "
                    f"Na bemiddeling door {doc.full(st)} is die verlaagd.",
                    f"{doc.first(res)} (zaak {doc.add(case_nr(r), 'CASE_NUMBER')}) wachtte vier maanden op de "
                    f"{doc.k(r.choice(SCHEMES))}. {doc.sur(st)} heeft {doc.k(r.choice(ORGS))} ingeschakeld.",
                    f"Voor {doc.titled(res)} en {res.his} kinderen dreigde huisuitzetting. Medewerkers van "
                    f"{doc.k(r.choice(DEPTS))} en {doc.first(st)} vonden samen een oplossing.",
                    f"{doc.full(res)} wilde in gesprek over de {doc.k(r.choice(LAWS))}; zie de bijlage "
                    f"‘Gespreksverslag {doc.sur(res)}’.",
                ]
            )
        )
    text = (
        f"**Raadsinformatiebrief**\n\nAan: de {doc.k('gemeenteraad')}\nVan: {doc.k('college van B en W')}\n"
        f"Datum: {doc.k(odate(r))}\nContactpersoon: {doc.full(author)}, {doc.add(phone(r, False), 'PHONE')}\n\n"
        f"### Aanleiding\n\nDe raad vroeg naar de werking van het Verzoek tot Afstemming. Hieronder enkele "
        f"geanonimiseerde voorbeelden uit {doc.k(r.choice(TOWNS))}.\n\n"
        + "\n\n".join(cases)
        + "\n\n### Vervolg\n\nHet college evalueert de regeling in "
        + doc.k(r.choice(["2027", "het voorjaar", "het derde kwartaal"]))
        + "."
    )
    return finish(doc, text)


def fam_story(r: random.Random, i: int) -> dict:
    doc = Doc(r, f"fresh9m-art-story-{i:03d}")
    res, staff = doc.person(), doc.person()
    doc.known = [res.full()] if r.random() < 0.5 else None
    s = sentences(doc, res, staff, r.randint(5, 8))
    rel_s, rel = rel_phrase(doc, res)
    s.insert(
        r.randint(1, len(s)),
        r.choice(
            [
                f"Volgens {rel_s} had {doc.first(res)} de brief nooit gezien.",
                f"{doc.first(rel)} zei dat {doc.poss(res)} post bij de buren terechtkwam.",
                f"Zowel {doc.first(res)}, {doc.first(rel)} als {doc.full(staff)} tekenden het verslag.",
                f"Daarna schreef {doc.first(rel)} een brief aan {doc.titled(staff)}.",
            ]
        ),
    )
    para = r.randint(2, 4)
    text = " ".join(s[:para]) + "\n\n" + " ".join(s[para:])
    if r.random() < 0.5:
        text = f"**{r.choice(['Uit de praktijk', 'Casusbeschrijving', 'Concept - niet publiceren'])}**\n\n" + text
    return finish(doc, text)


def fam_chain(r: random.Random, i: int) -> dict:
    doc = Doc(r, f"fresh9m-mail-chain-{i:03d}")
    res, c1, c2, lead = doc.person(), doc.person(), doc.person(), doc.person()
    doc.known = [res.full()] if r.random() < 0.3 else None
    cn = doc.add(case_nr(r), "CASE_NUMBER")
    m1 = r.choice(
        [
            f"{doc.first(c2)}, weet jij of {doc.titled(res)} al een beschikking heeft gehad? Zaak {cn}.",
            f"Hi {doc.first(c2)}, quick question: is {doc.poss(res)} file ({cn}) with you or with {doc.first(lead)}?",
            f"Hallo {doc.first(c2)}, de dochter van {doc.titled(res)} belde. Zij vraagt naar zaak {cn}.",
        ]
    )
    m2 = r.choice(
        [
            f"Nee, die ligt bij {doc.full(lead)} ({doc.k(r.choice(DEPTS))}). Ik zet {doc.first(lead)} in de cc.",
            f"Ja, besluit is verstuurd op {doc.k(odate(r))}. {doc.first(res)} kan bezwaar maken tot {doc.k(odate(r))}.",
            f"Geen idee, vraag het aan {doc.sur(lead)}. Hij/zij zit op {doc.add(phone(r, False), 'PHONE')}.",
        ]
    )
    m3 = r.choice(
        [
            f"Dank {doc.first(c2)}! {doc.first(lead)}, kun jij {doc.titled(res)} terugbellen op {doc.add(phone(r, True), 'PHONE')}?",
            f"Thx. @{doc.first(lead)}: graag actie, uiterlijk {doc.k(odate(r))}.",
            f"Helder, dan sluit ik mijn taak. Groetjes, {doc.first(c1)}",
        ]
    )
    s1 = header(doc, c1, [c2], f"{cn} {doc.sur(res)}", doc.add(c1.email(r, "gemeente.nl"), "EMAIL"))
    s2 = header(doc, c2, [c1, lead], f"RE: {cn} {doc.sur(res)}", doc.add(c2.email(r, "gemeente.nl"), "EMAIL"))
    text = (
        f"{m3}\n\n{s2}\n\n{quote(m2 + chr(10) + chr(10) + doc.first(c2), r)}\n\n"
        f"{quote(s1, r)}\n\n{quote(quote(m1 + chr(10) + chr(10) + doc.sig(c1), r), r)}"
    )
    return finish(doc, text)


def fam_summary(r: random.Random, i: int) -> dict:
    doc = Doc(r, f"fresh9m-art-summ-{i:03d}")
    res, staff, med = doc.person(), doc.person(), doc.person()
    doc.known = [res.full()] if r.random() < 0.5 else None
    rel_s, rel = rel_phrase(doc, res)
    town = doc.k(r.choice(TOWNS))
    fields = [
        f"**Verzoeker:** {r.choice([doc.full(res), doc.init(res), doc.sur(res) + ', ' + doc.first(res)])}",
        f"**Geboortedatum:** {doc.add(dob(r), 'DATE_OF_BIRTH')}",
        f"**Adres:** {doc.add(address(r), 'ADDRESS')}, {doc.add(postcode(r), 'POSTCODE')} {town}",
        f"**Telefoon:** {doc.add(phone(r), 'PHONE')}",
        f"**E-mail:** {doc.add(res.email(r), 'EMAIL')}",
        f"**Zaaknummer:** {doc.add(case_nr(r), 'CASE_NUMBER')}",
        f"**Regeling:** {doc.k(r.choice(SCHEMES))} ({doc.k(r.choice(LAWS))})",
        f"**Behandelaar:** {doc.full(staff)}, {doc.k(r.choice(DEPTS))}",
        f"**Bemiddelaar:** {doc.init(med)}",
        f"**Datum verzoek:** {doc.k(odate(r))}",
    ]
    keep_n = r.randint(5, len(fields))
    fields = fields[:2] + r.sample(fields[2:], keep_n - 2)
    summary = r.choice(
        [
            f"{doc.first(res)} vroeg om afstemming omdat {res.he} de {doc.k(r.choice(SCHEMES))} niet kreeg. "
            f"{rel_s[0].upper() + rel_s[1:]} ging mee naar het gesprek met {doc.first(staff)}.",
            f"In het gesprek op {doc.k(odate(r))} legde {doc.titled(staff)} uit hoe de berekening tot stand kwam. "
            f"{doc.titled(res)} begreep het, maar {doc.first(rel)} niet.",
            f"{doc.poss(res)} klacht ging over de bejegening aan de balie. Bemiddelaar {doc.sur(med)} sprak met "
            f"{doc.titled(res)} en met {doc.full(staff)}; beiden waren tevreden over de uitkomst.",
        ]
    )
    text = (
        f"# Samenvatting {r.choice(['casus', 'verzoek tot afstemming', 'dossier'])}\n\n"
        + "\n".join(f"- {x}" for x in fields)
        + f"\n\n## Samenvatting\n\n{summary}\n\n## Afspraken\n\n"
        + r.choice(
            [
                f"1. {doc.first(staff)} herberekent het bedrag ({doc.k(amount(r))}).\n2. Uitbetaling op {doc.add(iban(r), 'IBAN')}.",
                f"1. Geen verdere actie.\n2. {doc.titled(res)} krijgt een schriftelijke bevestiging.",
                f"1. Boete voor {doc.add(plate(r), 'LICENSE_PLATE')} vervalt.\n2. {doc.first(med)} belt over drie weken na.",
            ]
        )
    )
    return finish(doc, text)


MAIL = (
    (fam_reply, 40),
    (fam_chain, 25),
    (fam_forward, 30),
    (fam_auto, 20),
    (fam_short, 30),
    (fam_resident, 35),
    (fam_multi, 25),
    (fam_mediator, 25),
)
ARTICLES = (
    (fam_writeup, 45),
    (fam_notes, 35),
    (fam_lessons, 30),
    (fam_table, 25),
    (fam_memo, 25),
    (fam_story, 50),
    (fam_summary, 30),
)


def build(families: tuple, r: random.Random) -> list[dict]:
    docs = []
    for fam, count in families:
        for i in range(count):
            for _ in range(200):
                d = fam(r, i)
                if not problems(d):
                    break
            else:
                raise RuntimeError(f"no clean draw for {fam.__name__} {i}: {problems(d)}")
            docs.append(d)
    return docs


def generate() -> dict[str, str]:
    r = random.Random(SEED)
    out = {}
    for name, fams in (("fresh9m_mail.jsonl", MAIL), ("fresh9m_articles.jsonl", ARTICLES)):
        out[name] = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in build(fams, r))
    return out


def main() -> int:
    files = generate()
    if "--check" in sys.argv:
        bad = [n for n, t in files.items() if (HERE / n).read_text(encoding="utf-8") != t]
        print("mismatch: " + ", ".join(bad) if bad else "ok")
        return 1 if bad else 0
    for n, t in files.items():
        (HERE / n).write_text(t, encoding="utf-8")
        print(f"{t.count(chr(10))} documents -> {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
