"""Generate H1's own anonymizer corpora in shapes other than the shared dev files.

    .venv/bin/python tests/anonymizer/corpora/make_corpora.py   # writes shapes.jsonl and known.jsonl here

Names of many origins in the Dutch population (Dutch, Frisian, Turkish, Moroccan, Surinamese, Antillean,
Moluccan, Chinese, Polish, Ukrainian, Syrian, Eritrean, Somali, Afghan, Ghanaian, Vietnamese, Bulgarian)
are written here by hand; any name part that is a gold PERSON part of a shared dev file is dropped, so
these corpora never repeat a dev name. Shapes: e-mail signatures, minutes, CSV and Markdown tables,
quotes, informal chat in lower case, ALL-CAPS headings, possessives, surname-first lists with initials,
names beside a department, bare surnames opening a sentence, streets without a number, structured
identifiers in many notations; public numbers, sites and service mailboxes that must stay.
Format per line (as the shared corpora): {"id", "text", "pii": [{"text", "label"}], "keep": [...], "known"?}.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[3] / "shared" / "data"

FIRST = {
    "nl": "Bram Ilse Joost Marieke Thijs Femke Ruud Annelies Wouter Lotte Hanneke Teun Roel Merel Guus Wilma "
    "Corrie Gerrit Jolien Maarten Sietske Douwe Baukje Geertje Tjeerd",
    "tr": "Kübra Yusuf Zeynep Hakan Orhan Gülsen Serkan Ayşe Tuğba Cem Ömer Büşranur",
    "ma": "Rachid Naima Khadija Soufiane Bilal Imane Zakaria Hafsa Mohamed Samira Ilias Loubna",
    "sr": "Sunil Reshma Anand Kavita Rajiv Shanti Devika Ravindra Glenn Marisol Rignald Chantal Xiomara Shurwin",
    "mol": "Johannes Yohanna Dewi Ferry Semuel",
    "cn": "Xiaoming Jing Hui Jun Yan Qiang",
    "pl": "Krzysztof Agnieszka Paweł Joanna Marek Ewa Zbigniew",
    "ua": "Olena Mykola Bohdan Svitlana Andriy Oleksandr",
    "sy": "Yara Omar Rami Lina Hussam Nour",
    "er": "Senait Yonatan Mussie Selam Tsegay",
    "so": "Abdirahman Hodan Faisal Ayaan",
    "af": "Farid Mariam Zahra Ahmad",
    "gh": "Kwabena Akosua Kofi Yaw",
    "vn": "Thanh Minh Linh Huong",
    "bg": "Georgi Mihaela Stoyan Radka",
}
LAST = {
    "nl": "Verbeek Hendriks Vermeulen Kuipers Postma Hoekstra Verhagen Timmermans Geerts Willems Boersma "
    "Wouters Huisman Peeters Bosman Dijkema Sikkema Feenstra Haringsma Scholten Veldkamp Oosterhuis",
    "nlp": "de Bruijn|van der Linden|van Leeuwen|van Vliet|van Rijn|ter Horst|van den Akker|de Vries-Oosting|"
    "van 't Hek|in den Bosch",
    "tr": "Yılmaz Demir Kaya Arslan Doğan Koç Aydoğan Kılıç Polat Karataş",
    "ma": "El Amrani|Boukhari|Ouali|Benali|El Idrissi|Bouzerda|Tahiri|Aarab|Lahlou|Ait Ouarab",
    "sr": "Ramlal Bhagwandin Sewnath Kalpoe Mahabier Ramautar Jhinkoe Kross Winklaar Martis Maduro Pinedo "
    "Wijngaarde Sabajo",
    "mol": "Pattiradjawane Tahapary Sahetapy Lewerissa Manuhutu",
    "cn": "Zhang Wang Liu Huang Zhou",
    "pl": "Nowak Lewandowski Zieliński Kamińska Szymański Dąbrowska",
    "ua": "Bondarenko Tkachenko Melnyk Kravchuk Shevchuk",
    "sy": "Al-Masri Darwish Kassab Hamdan Sabbagh",
    "er": "Tesfamariam Gebremariam Kidane Weldemichael",
    "so": "Warsame Abdi Farah Hirsi",
    "af": "Rahimi Sultani Karimi Noori",
    "gh": "Owusu Boateng Asante Acheampong",
    "vn": "Nguyen Tran Pham",
    "bg": "Petrov Ivanova Georgieva Dimitrov",
}
# Residents whose surname is also an ordinary Dutch word, with a sentence that uses the word itself.
WORD_SURNAMES = [
    ("Kok", "de kok van het buurthuis", "kok"),
    ("Vos", "een vos in de achtertuin", "vos"),
    ("Winter", "deze winter", "winter"),
    ("Zwart", "zwart op wit", "zwart"),
    ("Schipper", "de schipper van de pont", "schipper"),
    ("Koster", "de koster van de kerk", "koster"),
    ("Baas", "de baas van het bedrijf", "baas"),
    ("Wolf", "een wolf op de hei", "wolf"),
    ("Post", "de post van vandaag", "post"),
    ("Molenaar", "de molenaar van de korenmolen", "molenaar"),
    ("Brouwer", "de brouwer van het bier", "brouwer"),
    ("Visser", "een visser aan de kade", "visser"),
    ("Koning", "de koning op televisie", "koning"),
    ("Bos", "het bos achter de wijk", "bos"),
    ("Groen", "groen licht", "groen"),
    ("Prins", "prins carnaval", "prins"),
    ("Timmer", "timmer de kast dicht", "timmer"),
    ("Hoorn", "de hoorn van de telefoon", "hoorn"),
    ("Smid", "de smid van het dorp", "smid"),
    ("Veen", "het veen in de polder", "veen"),
]
ROLES = ["consulent", "klantmanager", "wijkcoach", "handhaver", "medewerker", "teamleider", "jurist"]
DEPTS = [
    "Leerplicht",
    "Schuldhulpverlening",
    "Wonen",
    "Vergunningen",
    "Werk en Inkomen",
    "Sociaal Domein",
    "Parkeren",
    "Belastingen",
    "Jeugd",
    "Publiekszaken",
]
PLACES = [
    "Utrecht",
    "Zwolle",
    "Deventer",
    "Leeuwarden",
    "Tilburg",
    "Almere",
    "Amersfoort",
    "Nijmegen",
    "Enschede",
    "Apeldoorn",
    "Breda",
    "Alkmaar",
]
STREETS = [
    "Oudegracht",
    "Vismarkt",
    "Lange Voorhout",
    "Breestraat",
    "Haarlemmerdijk",
    "Looiersgracht",
    "Coolsingel",
    "Witte de Withstraat",
    "Oude Ebbingestraat",
    "Mariaplaats",
    "Ganzenmarkt",
    "Zuiderpark",
    "Hooglandse Kerkgracht",
    "Tolsteegsingel",
    "Vredenburgkade",
    "Nachtegaallaan",
]
BARE_STREETS = ["Rokin", "Spui", "Damrak", "Neude", "Binnenrotte", "Noordeinde", "Westeinde", "Drieharingstraat"]


def _pii_parts() -> set[str]:
    """Gold PERSON name parts of the shared dev files (lower case), to be avoided."""
    out: set[str] = set()
    for f in ("pii_dev.jsonl", "pii_dev2.jsonl", "pii_known_dev.jsonl"):
        path = SHARED / f
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            for item in json.loads(line)["pii"]:
                if item["label"] == "PERSON":
                    out.update(p.lower().replace("ı", "i") for p in re.split(r"[\s\-]+", item["text"]) if len(p) > 1)
    return out


AVOID = _pii_parts()


def _pool(table: dict[str, str], sep: str = " ") -> list[str]:
    names = []
    for val in table.values():
        for n in val.split("|" if "|" in val else sep):
            n = n.strip()
            parts = [
                p.lower()
                for p in re.split(r"[\s\-]+", n)
                if p.lower() not in ("van", "de", "der", "den", "ter", "el", "ait", "al", "in", "'t")
            ]
            if n and not any(p in AVOID or p.replace("ı", "i") in AVOID for p in parts):
                names.append(n)
    return names


WORD_SURNAMES = [w for w in WORD_SURNAMES if w[0].lower() not in AVOID]
FIRSTS = _pool(FIRST)
LASTS = _pool(LAST)


def bsn(r: random.Random) -> str:
    while True:
        d = [r.randint(0, 9) for _ in range(8)]
        if d[0] == 0:
            continue
        total = sum(x * w for x, w in zip(d, (9, 8, 7, 6, 5, 4, 3, 2), strict=True))
        last = total % 11
        if last < 10:
            return "".join(map(str, d)) + str(last)


def _iban(cc: str, bban: str) -> str:
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    return f"{cc}{98 - int(num) % 97:02d}{bban}"


def iban(r: random.Random) -> str:
    kind = r.random()
    if kind < 0.6:
        raw = _iban(
            "NL",
            r.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "BUNQ", "KNAB", "ASNB"])
            + "".join(str(r.randint(0, 9)) for _ in range(10)),
        )
    elif kind < 0.8:
        raw = _iban("BE", "".join(str(r.randint(0, 9)) for _ in range(12)))
    else:
        raw = _iban("DE", "".join(str(r.randint(0, 9)) for _ in range(18)))
    style = r.random()
    if style < 0.4:
        return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
    if style < 0.6:
        return raw.lower()
    return raw


def phone(r: random.Random) -> str:
    d8 = "".join(str(r.randint(0, 9)) for _ in range(8))
    area = r.choice(["30", "20", "10", "50", "40", "58", "38", "76"])
    d7 = "".join(str(r.randint(0, 9)) for _ in range(7))
    return r.choice(
        [
            f"06-{d8}",
            f"06 {d8[:4]} {d8[4:]}",
            f"06{d8}",
            f"+31 6 {d8}",
            f"+31 (0)6-{d8}",
            f"00316{d8}",
            f"0{area}-{d7}",
            f"(0{area}) {d7[:3]} {d7[3:5]} {d7[5:]}",
            f"0{area} - {d7[:3]} {d7[3:]}",
            f"+32 470 {d8[:2]} {d8[2:4]} {d8[4:6]}",
            f"0032 47{d8[:7]}",
            f"+49 151 {d8}",
            f"0049 160 {d8[:7]}",
            f"+90 532 {d7[:3]} {d7[3:5]} {d7[5:]}",
            f"+212 6 {d8[:2]} {d8[2:4]} {d8[4:6]} {d8[6:]}",
            f"+44 7700 {d8[:6]}",
            f"+597 8{d7[:6]}",
            f"00 44 7700 {d8[:6]}",
        ]
    )


def postcode(r: random.Random, lower: bool = False) -> str:
    letters = "".join(r.choice("ABCEGHJKLMNPRTVWXZ") for _ in range(2))
    pc = f"{r.randint(1000, 9999)}{r.choice([' ', ''])}{letters}"
    return pc.lower() if lower else pc


def plate(r: random.Random) -> str:
    def L(n: int) -> str:
        return "".join(r.choice("BDFGHJKLNPRSTVXZ") for _ in range(n))

    def D(n: int) -> str:
        return "".join(str(r.randint(0, 9)) for _ in range(n))

    return r.choice(
        [
            f"{D(2)}-{L(3)}-{D(1)}",
            f"{L(2)}-{D(3)}-{L(1)}",
            f"{D(1)}-{L(3)}-{D(2)}",
            f"{L(3)}-{D(2)}-{L(1)}",
            f"{L(1)}-{D(3)}-{L(2)}",
            f"{D(2)}-{L(2)}-{L(2)}",
        ]
    )


def case_no(r: random.Random) -> str:
    y = r.randint(2019, 2026)
    n = r.randint(10000, 999999)
    return r.choice(
        [
            f"Z/{y % 100}/{n}",
            f"ZK{y % 100}-{n:06d}",
            f"{y}-{n:07d}",
            f"BZ.{y % 100}.{n}",
            f"INC-{y}-{n % 10000:04d}",
            f"W{y}.{n}",
            f"DOS-{n}",
            f"{y}/{n}",
        ]
    )


def dob(r: random.Random) -> str:
    y, m, d = r.randint(1935, 2008), r.randint(1, 12), r.randint(1, 28)
    months = [
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
    return r.choice(
        [
            f"{d:02d}-{m:02d}-{y}",
            f"{d}-{m}-{y}",
            f"{d:02d}/{m:02d}/{y}",
            f"{d:02d}.{m:02d}.{y}",
            f"{y}-{m:02d}-{d:02d}",
            f"{d} {months[m - 1]} {y}",
            f"{d} {['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'][m - 1]} {y}",
        ]
    )


class Doc:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pii: list[dict] = []
        self.keep: list[str] = []

    def add(self, text: str, pii: list[tuple[str, str]] = (), keep: list[str] = ()) -> None:
        self.parts.append(text)
        self.pii += [{"text": t, "label": lab} for t, lab in pii]
        self.keep += list(keep)


def person(r: random.Random) -> tuple[str, str]:
    return r.choice(FIRSTS), r.choice(LASTS)


def _cap_last(last: str) -> str:
    return last[0].upper() + last[1:]


def initials(r: random.Random) -> str:
    return "".join(f"{r.choice('ABCDEFGHJKLMNPRSTW')}." for _ in range(r.randint(1, 3)))


def seg_signature(r: random.Random, d: Doc) -> None:
    f, last = person(r)
    place, dept, role = r.choice(PLACES), r.choice(DEPTS), r.choice(ROLES)
    ph = phone(r)
    email = f"{f[0].lower()}.{re.sub(r'[^a-z]', '', last.lower())}@{place.lower()}.nl"
    d.add(
        f"Met vriendelijke groet,\n\n{f} {last}\n{role.capitalize()} {dept}\nGemeente {place}\nT {ph}\nE {email}\n",
        [(f"{f} {last}", "PERSON"), (ph, "PHONE"), (email, "EMAIL")],
        [dept, f"Gemeente {place}"],
    )


def seg_minutes(r: random.Random, d: Doc) -> None:
    (a1, a2), (b1, b2), (c1, c2) = person(r), person(r), person(r)
    dept = r.choice(DEPTS)
    d.add(
        f"Verslag overleg\nAanwezig: {a1} {a2} (bewoner), {b1} {b2} (team {dept}), de bemiddelaar.\n"
        f"Afwezig: {c1} {c2}.\nActiepunt: {b1} belt {a1} voor vrijdag over de uitkomst.\n",
        [(f"{a1} {a2}", "PERSON"), (f"{b1} {b2}", "PERSON"), (f"{c1} {c2}", "PERSON")],
        ["Aanwezig", "bemiddelaar", "Actiepunt", dept],
    )


def seg_csv(r: random.Random, d: Doc) -> None:
    rows, pii = [], []
    for _ in range(r.randint(1, 3)):
        f, last = person(r)
        b, pc = dob(r), postcode(r, lower=r.random() < 0.4)
        rows.append(f"{last};{f};{b};{pc};{r.choice(PLACES)}")
        pii += [(f"{f} {last}", "PERSON"), (b, "DATE_OF_BIRTH"), (pc, "POSTCODE")]
    d.add("achternaam;voornaam;geboortedatum;postcode;woonplaats\n" + "\n".join(rows) + "\n", pii, ["woonplaats"])


def seg_table(r: random.Random, d: Doc) -> None:
    f, last = person(r)
    st, no, ph = r.choice(STREETS), r.randint(1, 240), phone(r)
    b = dob(r)
    d.add(
        f"| Naam | Adres | Telefoon | Geboren |\n|---|---|---|---|\n| {f} {last} | {st} {no} | {ph} | {b} |\n",
        [(f"{f} {last}", "PERSON"), (f"{st} {no}", "ADDRESS"), (ph, "PHONE"), (b, "DATE_OF_BIRTH")],
        ["Adres", "Telefoon"],
    )


def seg_comma_line(r: random.Random, d: Doc) -> None:
    f, last = person(r)
    st, no, b = r.choice(STREETS), r.randint(1, 240), dob(r)
    pc = postcode(r)
    d.add(
        f"Betrokkene: {f} {last}, {b}, {st} {no}, {pc} {r.choice(PLACES)}.",
        [(f"{f} {last}", "PERSON"), (b, "DATE_OF_BIRTH"), (f"{st} {no}", "ADDRESS"), (pc, "POSTCODE")],
        ["Betrokkene"],
    )


def seg_quote(r: random.Random, d: Doc) -> None:
    f, last = person(r)
    verb = r.choice(["zegt", "vertelt", "zucht", "legt uit"])
    d.add(
        f'"We wachten al maanden op een antwoord," {verb} {f} {last}. {_cap_last(last)} wil vooral duidelijkheid.',
        [(f"{f} {last}", "PERSON")],
        ["antwoord", "duidelijkheid"],
    )


def seg_chat(r: random.Random, d: Doc) -> None:
    (f, last), (f2, _l2) = person(r), person(r)
    ph = phone(r)
    rel = r.choice(["man", "vrouw", "zoon", "dochter", "buurman", "buurvrouw"])
    d.add(
        f"hallo, met {f.lower()} {last.lower()} hier. mijn {rel} {f2.lower()} heeft gisteren gebeld maar "
        f"niemand nam op. bel aub terug op {ph} groetjes {f.lower()}",
        [(f"{f.lower()} {last.lower()}", "PERSON"), (f2.lower(), "PERSON"), (ph, "PHONE")],
        ["gisteren", "terug"],
    )


def seg_caps(r: random.Random, d: Doc) -> None:
    f, last = person(r)
    head = r.choice(["DOSSIER FAM.", "GESPREKSVERSLAG MET DHR.", "NOTITIE BETREFFENDE MEVROUW", "ONDERWERP:"])
    d.add(f"{head} {f.upper()} {last.upper()}\n", [(f"{f.upper()} {last.upper()}", "PERSON")], [])


def seg_possessive(r: random.Random, d: Doc) -> None:
    f, last = person(r)
    if r.random() < 0.5:
        form = f"{f}'s" if f[-1] in "aeiouy" else (f"{f}'" if f[-1] in "sxz" else f"{f}s")
        d.add(
            f"{form} aanvraag voor bijzondere bijstand werd afgewezen.",
            [(f, "PERSON")],
            ["aanvraag", "bijzondere bijstand"],
        )
    else:
        c = _cap_last(last)
        form = f"{c}'" if c[-1] in "sxz" else f"{c}s"
        d.add(
            f"Volgens de wijkagent was {form} buurvrouw die avond niet thuis.",
            [(last, "PERSON")],
            ["wijkagent", "buurvrouw"],
        )


def seg_department(r: random.Random, d: Doc) -> None:
    f, last = person(r)
    dept = r.choice(DEPTS)
    shape = r.choice(
        [
            f"{f} {last} van {dept} belde de bewoner terug.",
            f"Een mail van {f} {last} namens {dept}.",
            f"{f} {last} (team {dept}) zegde een huisbezoek toe.",
        ]
    )
    d.add(shape, [(f"{f} {last}", "PERSON")], [dept])


def seg_surname_first(r: random.Random, d: Doc) -> None:
    items, pii = [], []
    for _ in range(2):
        _f, last = person(r)
        ini = initials(r)
        items.append(f"{_cap_last(last)}, {ini}")
        pii += [(_cap_last(last), "PERSON"), (ini, "PERSON")]
    d.add("Deelnemers: " + "; ".join(items) + ".", pii, ["Deelnemers"])


def seg_bare_surname(r: random.Random, d: Doc) -> None:
    _f, last = person(r)
    c = _cap_last(last)
    k = r.randrange(3)
    text = [
        f"{c} belde gisteren opnieuw over de beschikking.",
        f"{c} is het niet eens met het besluit.",
        f"{c} vroeg om een schriftelijke bevestiging.",
    ][k]
    d.add(text, [(c, "PERSON")], [["beschikking", "besluit", "bevestiging"][k]])


def seg_street_noun(r: random.Random, d: Doc) -> None:
    st = r.choice(BARE_STREETS + STREETS)
    prep = r.choice(["langs het", "op de hoek van de", "achter de", "tegenover het"])
    d.add(f"Bewoners {prep} {st} klagen over fietsen op de stoep.", [(st, "ADDRESS")], ["fietsen", "stoep"])


def seg_structured(r: random.Random, d: Doc) -> None:
    b, ib, pl, cn = bsn(r), iban(r), plate(r), case_no(r)
    d.add(
        f"Gegevens: BSN {b}; rekening {ib}; kenteken {pl}; ons kenmerk {cn}.",
        [(b, "BSN"), (ib, "IBAN"), (pl, "LICENSE_PLATE"), (cn, "CASE_NUMBER")],
        ["rekening", "kenmerk"],
    )


def seg_dob_cue(r: random.Random, d: Doc) -> None:
    f, last = person(r)
    b = dob(r)
    cue = r.choice(["geb.", "geboren", "geboren op", "geboortedatum:", "°"])
    d.add(f"Het gaat om {f} {last} ({cue} {b}).", [(f"{f} {last}", "PERSON"), (b, "DATE_OF_BIRTH")], ["gaat"])


def seg_public(r: random.Random, d: Doc) -> None:
    place = r.choice(PLACES).lower()
    num = r.choice(["14 030", "14 020", "0800-1351", "0900-8844", "088-1234567"])
    d.add(
        f"Bel de gemeente op {num} of kijk op www.{place}.nl en mail naar info@{place}.nl.",
        [],
        [num, f"www.{place}.nl", f"info@{place}.nl"],
    )


def seg_email(r: random.Random, d: Doc) -> None:
    f, last = person(r)
    email = f"{re.sub(r'[^a-z]', '', f.lower())}{r.randint(1, 99)}@{r.choice(['hotmail.com', 'gmail.com', 'ziggo.nl'])}"
    d.add(f"Reactie graag naar {email}.", [(email, "EMAIL")], ["Reactie"])


def seg_initials(r: random.Random, d: Doc) -> None:
    _f, last = person(r)
    ini = initials(r)
    hon = r.choice(["dhr.", "mevr.", "De heer", "Mevrouw", "Mw."])
    d.add(
        f"{hon} {ini} {last} heeft bezwaar gemaakt tegen de aanslag.",
        [(f"{ini} {last}", "PERSON")],
        ["bezwaar", "aanslag"],
    )


SEGMENTS = [
    seg_signature,
    seg_minutes,
    seg_csv,
    seg_table,
    seg_comma_line,
    seg_quote,
    seg_chat,
    seg_caps,
    seg_possessive,
    seg_department,
    seg_surname_first,
    seg_bare_surname,
    seg_street_noun,
    seg_structured,
    seg_dob_cue,
    seg_public,
    seg_email,
    seg_initials,
]


def shapes(n: int, seed: int = 7) -> list[dict]:
    r = random.Random(seed)
    docs = []
    for i in range(n):
        d = Doc()
        for seg in r.sample(SEGMENTS, r.randint(2, 4)):
            seg(r, d)
        docs.append({"id": f"h1-shapes-{i:04d}", "text": "\n".join(d.parts), "pii": d.pii, "keep": sorted(set(d.keep))})
    return docs


def known(n: int, seed: int = 11) -> list[dict]:
    r = random.Random(seed)
    docs = []
    for i in range(n):
        first = r.choice(FIRSTS)
        last, phrase, word = r.choice(WORD_SURNAMES)
        email = f"{first.lower()}.{last.lower()}{r.randint(1, 99)}@gmail.com"
        ph = phone(r)
        shape = r.randint(0, 4)
        if shape == 0:
            text = f"{first} {last} belde over {phrase}. Mevrouw {last} wil een gesprek. Ze is bereikbaar via {email}."
            pii = [(f"{first} {last}", "PERSON"), (last, "PERSON"), (email, "EMAIL")]
        elif shape == 1:
            text = f"Volgens {last} gaat het om {phrase}; {last} vindt de boete onterecht. Telefoon: {ph}."
            pii = [(last, "PERSON"), (ph, "PHONE")]
        elif shape == 2:
            text = f"hoi, ik ben {first.lower()} {last.lower()} en ik bel over mijn aanslag. groet {first.lower()}"
            pii = [(f"{first.lower()} {last.lower()}", "PERSON")]
        elif shape == 3:
            text = f"{last.upper()}, {first.upper()} - melding over {phrase}. De heer {last} is boos."
            pii = [(f"{first.upper()} {last.upper()}", "PERSON"), (last, "PERSON")]
        else:
            text = f"In het gesprek met {first} ging het over {phrase}. {first} {last} kreeg gelijk."
            pii = [(f"{first} {last}", "PERSON")]
        keep = [word, *phrase.split()[-1:]] if shape != 2 else ["aanslag"]
        docs.append(
            {
                "id": f"h1-known-{i:04d}",
                "text": text,
                "known": {"names": [f"{first} {last}"], "emails": [email], "phones": [ph]},
                "pii": [{"text": t, "label": lab} for t, lab in pii],
                "keep": keep,
            }
        )
    return docs


def main() -> None:
    for name, docs in (("shapes.jsonl", shapes(400)), ("known.jsonl", known(150))):
        with open(HERE / name, "w", encoding="utf-8") as fh:
            for doc in docs:
                fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
        print(name, len(docs))


if __name__ == "__main__":
    main()
