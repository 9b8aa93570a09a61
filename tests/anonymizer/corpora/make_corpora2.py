"""Generate H1's second set of anonymizer corpora: whole documents in shapes the first set lacks.

    .venv/bin/python tests/anonymizer/corpora/make_corpora2.py   # writes threads.jsonl and fresh.jsonl here

Needs ``faker`` (a dev dependency) only to regenerate. Shapes: e-mail threads with quoted replies (">"),
meeting minutes with "Aanwezig:"/"Afwezig:" lists and "Actie: <naam>" lines, WhatsApp-like chat, phone notes
("tel. notitie"), letters with salutations and closings, comma-separated tables, JSON-ish fragments and
``key=value`` records. Names of many origins (faker nl_NL, tr_TR, pl_PL, uk_UA transliterated, zh_CN romanised,
id_ID, plus hand-written Moroccan, Syrian, Surinamese-Hindustani, Surinamese-Creole, Antillean, Eritrean and
Somali names), double-barrelled and particle names in every case, hyphenated first names, initials in every
spelling, names that are ordinary Dutch words; streets named after people (an ADDRESS, not a PERSON);
departments, teams and schemes that look like names and public contact data of the municipality (kept).

Two corpora from disjoint name pools (split by a hash of the name) and different seeds: ``threads.jsonl`` to
look at failures, ``fresh.jsonl`` (other names, and sentence templates of its own) to check a fix is general.
Any name part that is a gold PERSON part of a shared dev file is dropped (as in ``make_corpora.py``).
Every document is self-checked: each gold item and keep word occurs in its text.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
from pathlib import Path

from tests.anonymizer.corpora.make_corpora import AVOID, bsn, case_no, dob, iban, phone, plate, postcode

HERE = Path(__file__).resolve().parent

_UA = dict(
    zip(
        "абвгґдеєжзиіїйклмнопрстуфхцчшщьюяʼ",
        "a b v h g d e ie zh z y i i i k l m n o p r s t u f kh ts ch sh shch _ iu ia _".split(),
        strict=True,
    )
)


def _translit_ua(name: str) -> str:
    out = "".join(_UA.get(c.lower(), c.lower()) for c in name).replace("_", "")
    return out[:1].upper() + out[1:]


# Hand-written names of origins faker has no Latin-script locale for (invented combinations).
HAND_FIRST = (
    "Mounia Abdelilah Oussama Siham Youness Hajar Nassim Wiam Marwa Anass Ikram Reda "  # Moroccan
    "Ghaith Rasha Tareq Bushra Mais Qusai Razan Wissam "  # Syrian
    "Radjesh Shaira Vishaal Anjali Sharmila Ravish Nandini Jairam "  # Surinamese-Hindustani
    "Romano Jurgen Dewayne Shireen Ruthmila Quincy Roxanne Gilmar "  # Surinamese-Creole
    "Jeandro Shurandy Jhoelvienne Rignaldo Curtley Shudaisy "  # Antillean
    "Filmon Yohannes Semhar Daniel Luwam Merhawi Abrehet "  # Eritrean
    "Abdiqani Faadumo Hamse Sahra Mahad "  # Somali
    "Jan-Willem Anne-Marie Klaas-Jan Marie-Louise Jan-Pieter Eva-Lotte"  # hyphenated
).split()
HAND_LAST = (
    "Ouazzani|Bouchikhi|El Khattabi|Ait Benhaddou|Zerrouki|Haddouchi|"
    "Al-Halabi|Haddad|Shamma|Qassab|"
    "Ramkisoensing|Jagessar|Autar|Baldewsingh|Soekhlal|Mangroe|Doekhie|"
    "Kanhai|Wongsodikromo|Amatdjais|Pinas|Vyent|Hooghart|Sordam|"
    "Rosaria|Isenia|Martina|Cijntje|Statia|"
    "Tewelde|Habtemichael|Ghebreyesus|Berhane|"
    "Jama|Guled|Samatar|"
    "Jansen-de Wit|van Dam-Kok|Smulders-van Beek|Bakker-Yilmaz"
).split("|")
# Surnames and first names that are also ordinary Dutch words (kept apart to be used in every case).
WORD_NAMES_LAST = "Koopman|Pauw|Meijer|de Haas|Kuiper|Schilder|van Dam|Bakker|Kramer|Wever|Boer|Mulder|Slot|Snoek|Haan"
WORD_NAMES_FIRST = "Roos Iris Bas Hanna Merel Sterre Fleur Jasper Storm Dirk".split()

STREETS_PEOPLE = [
    "Willem de Zwijgerlaan",
    "Johan de Wittstraat",
    "Prins Hendrikkade",
    "Anne Frankplein",
    "Marie Curiestraat",
    "Graaf Florislaan",
    "Karel Doormanstraat",
    "Jan Pieterszoon Coenstraat",
    "Majoor Kampweg",
    "Burgemeester de Monchyplein",
    "Pater van den Elsenlaan",
    "Koningin Julianaweg",
]
# Departments, teams, schemes and bodies that look like names: every one must be kept.
KEPT_BODIES = [
    "Team Schuldhulp",
    "Wijkteam Noord",
    "Sociaal Team De Brug",
    "Buurtteam Oost",
    "Team Jeugd en Gezin",
    "Stadsloket",
    "Meedoenregeling",
    "Regeling Mantelzorgwaardering",
    "Het Juridisch Loket",
    "Vluchtelingenwerk",
    "Humanitas",
    "Voedselbank",
    "Team Leefbaarheid",
    "Bureau Sociaal Raadslieden",
    "Belastingsamenwerking",
    "Ombudsteam",
]
ROLES = ["consulent", "klantmanager", "wijkcoach", "handhaver", "casemanager", "teamleider", "beleidsmedewerker"]
TOWNS = ["Zaanstad", "Haarlemmermeer", "Dordrecht", "Zoetermeer", "Westland", "Emmen", "Hengelo", "Venlo"]


def _bucket(name: str) -> int:
    return hashlib.sha1(name.encode()).digest()[0] % 2


def _clean(names: list[str]) -> list[str]:
    out = []
    for n in names:
        parts = [p.lower().replace("ı", "i") for p in re.split(r"[\s\-]+", n) if len(p) > 1]
        parts = [p for p in parts if p not in ("van", "de", "der", "den", "ter", "ten", "el", "al", "ait", "in")]
        if n and parts and not any(p in AVOID for p in parts) and re.fullmatch(r"[^\W\d_][\w'\- ]+", n):
            out.append(n)
    return sorted(set(out))


def _faker_pools() -> tuple[list[str], list[str]]:
    from faker import Faker

    firsts: list[str] = []
    lasts: list[str] = []
    for loc, k in (("nl_NL", 160), ("tr_TR", 50), ("pl_PL", 40), ("uk_UA", 30), ("zh_CN", 20), ("id_ID", 30)):
        f = Faker(loc)
        f.seed_instance(4242)
        for _ in range(k):
            if loc == "zh_CN":
                firsts.append(f.first_romanized_name())
                lasts.append(f.last_romanized_name())
            elif loc == "uk_UA":
                firsts.append(_translit_ua(f.first_name()))
                lasts.append(_translit_ua(f.last_name()))
            else:
                firsts.append(f.first_name())
                lasts.append(f.last_name())
    return firsts + HAND_FIRST, lasts + HAND_LAST


class Names:
    """A pool of first names and surnames for one corpus."""

    def __init__(self, bucket: int) -> None:
        firsts, lasts = _faker_pools()
        self.firsts = [n for n in _clean(firsts) if _bucket(n) == bucket]
        self.lasts = [n for n in _clean(lasts) if _bucket(n) == bucket]
        self.word_lasts = [n for n in _clean(WORD_NAMES_LAST.split("|")) if _bucket(n) == bucket]
        self.word_firsts = [n for n in _clean(WORD_NAMES_FIRST) if _bucket(n) == bucket]


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _initials(r: random.Random, first: str) -> str:
    """Initials in every spelling: "J.P.", "JP", "J. P.", "j.p."."""
    letters = [first[0].upper()] + [r.choice("ABCDEFGHJKLMNPRSTW") for _ in range(r.randint(0, 2))]
    style = r.randrange(4)
    if style == 0:
        return "".join(c + "." for c in letters)
    if style == 1 and len(letters) > 1:
        return "".join(letters)
    if style == 2:
        return " ".join(c + "." for c in letters)
    return "".join(c.lower() + "." for c in letters) if style == 3 else letters[0] + "."


def _email_of(r: random.Random, first: str, last: str, domain: str) -> str:
    f = re.sub(r"[^a-z]", "", first.lower()) or "x"
    la = re.sub(r"[^a-z]", "", last.lower()) or "y"
    return r.choice([f"{f}.{la}", f"{f[0]}.{la}", f"{f}{la}{r.randint(1, 99)}", f"{la}.{f[0]}"]) + "@" + domain


class Doc:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.pii: list[tuple[str, str]] = []
        self.keep: list[str] = []

    def add(self, text: str, pii: list[tuple[str, str]] = (), keep: list[str] = ()) -> None:
        self.lines.append(text)
        self.pii += list(pii)
        self.keep += list(keep)


class Gen:
    """Segment writers; ``fresh`` switches to a second set of sentence templates."""

    def __init__(self, r: random.Random, names: Names, fresh: bool) -> None:
        self.r, self.n, self.fresh = r, names, fresh

    # -- names -------------------------------------------------------------------------------------
    def person(self) -> tuple[str, str]:
        r = self.r
        first = r.choice(self.n.word_firsts) if r.random() < 0.12 and self.n.word_firsts else r.choice(self.n.firsts)
        last = r.choice(self.n.word_lasts) if r.random() < 0.2 and self.n.word_lasts else r.choice(self.n.lasts)
        return first, last

    def full(self) -> tuple[str, str, str]:
        """(written name, first, last), the surname sometimes with a capital particle or initials first."""
        first, last = self.person()
        k = self.r.random()
        if k < 0.15:
            return f"{_initials(self.r, first)} {last}", first, last
        if k < 0.25 and last[:1].islower():
            return f"{first} {_cap(last)}", first, _cap(last)
        return f"{first} {last}", first, last

    def dept(self) -> str:
        return self.r.choice(KEPT_BODIES)

    def town(self) -> str:
        return self.r.choice(TOWNS)

    # -- segments ----------------------------------------------------------------------------------
    def email_thread(self, d: Doc) -> None:
        r = self.r
        (res, rf, rl), (off, of, ol) = self.full(), self.full()
        town, dept = self.town(), self.dept()
        rmail = _email_of(r, rf, rl, r.choice(["gmail.com", "hotmail.nl", "kpnmail.nl", "outlook.com"]))
        omail = _email_of(r, of, ol, f"{town.lower()}.nl")
        body = r.choice(
            [
                "Ik heb nog steeds geen reactie op mijn aanvraag gekregen.",
                "Sinds de verhuizing krijg ik de aanslag op het oude adres.",
                "Mijn uitkering is deze maand niet overgemaakt.",
            ]
        )
        if not self.fresh:
            hdr = (
                f"Van: {off} <{omail}>\nVerzonden: dinsdag 4 maart 2025 10:12\nAan: {rmail}\nOnderwerp: RE: aanvraag\n"
            )
            reply = (
                f"Beste {rf},\n\nDank voor uw bericht. {dept} neemt contact met u op.\n\n"
                f"Met vriendelijke groet,\n{off}\n{_cap(r.choice(ROLES))} | {dept}\n"
            )
            quoted = (
                f"> Op 3 mrt. 2025 om 09:14 schreef {res} <{rmail}>:\n"
                f"> Geachte heer/mevrouw,\n> {body}\n> Groet,\n> {rf}\n"
            )
        else:
            hdr = f"From: {rmail}\nTo: {omail}\nSubject: Fw: bezwaar\nDate: 12-06-2025 16:40\n"
            reply = (
                f"Hoi {rf}!\n\nIk zet het door naar {dept}.\n\n"
                f"Groet, {of}\n--\n{off} · {r.choice(ROLES)} · gemeente {town}\n"
            )
            quoted = f"-----Oorspronkelijk bericht-----\n>> {body}\n>> mvg {res}\n"
        pii = [(off, "PERSON"), (res, "PERSON"), (rmail, "EMAIL"), (omail, "EMAIL"), (rf, "PERSON")]
        if self.fresh:
            pii.append((of, "PERSON"))
        d.add(hdr + "\n" + reply + "\n" + quoted, pii, [dept, "bericht"])

    def minutes(self, d: Doc) -> None:
        ppl = [self.full() for _ in range(4)]
        dept = self.dept()
        if not self.fresh:
            text = (
                f"Notulen afstemmingsoverleg\nAanwezig: {ppl[0][0]} (inwoner), {ppl[1][0]} ({dept}), "
                f"{ppl[2][0]} (bemiddelaar)\nAfwezig: {ppl[3][0]} (met kennisgeving)\n"
                f"1. Opening\nDe bemiddelaar opent de vergadering.\n"
                f"Actie: {ppl[1][1]} stuurt de beschikking na.\nActie: {ppl[2][0]}\n"
            )
            pii = [(p[0], "PERSON") for p in ppl] + [(ppl[1][1], "PERSON")]
        else:
            text = (
                f"VERSLAG KEUKENTAFELGESPREK\naanwezig: {ppl[0][0]}; {ppl[1][0]} namens {dept}\n"
                f"afwezig: {ppl[3][0]}\nnotulist: {ppl[2][1]}\n"
                f"actiepunten:\n- {ppl[1][1]} belt de verhuurder (wk 12)\n- [ ] {ppl[0][1]} levert de loonstroken aan\n"
            )
            pii = [(ppl[0][0], "PERSON"), (ppl[1][0], "PERSON"), (ppl[3][0], "PERSON"), (ppl[2][1], "PERSON")]
            pii += [(ppl[1][1], "PERSON"), (ppl[0][1], "PERSON")]
        d.add(text, pii, [dept, "vergadering" if not self.fresh else "verhuurder"])

    def chat(self, d: Doc) -> None:
        r = self.r
        (f1, l1), (f2, _l2) = self.person(), self.person()
        ph = phone(r)
        if not self.fresh:
            text = (
                f"[12-03-2025 14:22] {f1} {l1}: hoi, is mijn aanvraag al binnen?\n"
                f"[12-03-2025 14:25] Gemeente {self.town()}: Ja, {f1.lower()}. {f2} van {self.dept()} belt u morgen.\n"
                f"[12-03-2025 14:26] {f1} {l1}: top! bel me op {ph} 👍\n"
            )
            pii = [(f"{f1} {l1}", "PERSON"), (f1.lower(), "PERSON"), (f2, "PERSON"), (ph, "PHONE")]
        else:
            text = (
                f"03/04/25, 09:01 - {f1.lower()}: goedemorgen\n03/04/25, 09:02 - {f1.lower()}: "
                f"mijn buurvrouw {f2.lower()} zegt dat de container weer niet geleegd is\n"
                f"03/04/25, 09:10 - {f1.lower()}: nummer is {ph}\n"
            )
            pii = [(f1.lower(), "PERSON"), (f2.lower(), "PERSON"), (ph, "PHONE")]
        d.add(text, pii, ["aanvraag" if not self.fresh else "container"])

    def phone_note(self, d: Doc) -> None:
        r = self.r
        (name, _first, last), (col, cf, _cl) = self.full(), self.full()
        ph, b = phone(r), dob(r)
        hon = r.choice(["dhr.", "mevr.", "mw.", "meneer", "mevrouw"])
        if not self.fresh:
            text = (
                f"Tel. notitie 14-3: {hon} {last} belde ({ph}) over de aanslag. Geb. {b}. "
                f"Terugbelverzoek voor collega {cf}.\n"
            )
            pii = [(last, "PERSON"), (ph, "PHONE"), (b, "DATE_OF_BIRTH"), (cf, "PERSON")]
        else:
            text = (
                f"telefoonnotitie – {name} ({b}) heeft gebeld, graag terugbellen op {ph}. "
                f"Heeft eerder gesproken met {col} van {self.dept()}.\n"
            )
            pii = [(name, "PERSON"), (ph, "PHONE"), (b, "DATE_OF_BIRTH"), (col, "PERSON")]
        d.add(text, pii, ["aanslag" if not self.fresh else "terugbellen"])

    def letter(self, d: Doc) -> None:
        r = self.r
        (name, first, last), (off, of, _ol) = self.full(), self.full()
        st, no, pc = r.choice(STREETS_PEOPLE), r.randint(1, 300), postcode(r)
        town = self.town()
        hon = r.choice(["heer", "mevrouw"])
        cn = case_no(r)
        if not self.fresh:
            text = (
                f"{name}\n{st} {no}\n{pc} {town}\n\nOns kenmerk: {cn}\n\nGeachte {hon} {last},\n\n"
                f"Op uw verzoek hebben wij uw situatie opnieuw bekeken. U kunt contact opnemen met "
                f"{self.dept()} via telefoonnummer 14 0{r.randint(10, 99)}.\n\n"
                f"Hoogachtend,\n\n{off}\n{r.choice(ROLES)}\n"
            )
            pii = [(name, "PERSON"), (last, "PERSON"), (f"{st} {no}", "ADDRESS"), (pc, "POSTCODE"), (cn, "CASE_NUMBER")]
            pii.append((off, "PERSON"))
        else:
            text = (
                f"Aan: {name}, {st} {no}, {pc} {town}\nBetreft: uw melding {cn}\n\nBeste {first},\n\n"
                f"Bedankt voor je mail. Kijk ook eens op www.{town.lower()}.nl of mail info@{town.lower()}.nl.\n\n"
                f"Groetjes,\n{of}\n"
            )
            pii = [
                (name, "PERSON"),
                (first, "PERSON"),
                (f"{st} {no}", "ADDRESS"),
                (pc, "POSTCODE"),
                (cn, "CASE_NUMBER"),
            ]
            pii.append((of, "PERSON"))
        d.add(
            text,
            pii,
            ["situatie" if not self.fresh else f"www.{town.lower()}.nl", "Bedankt" if self.fresh else "verzoek"],
        )

    def csv(self, d: Doc) -> None:
        r = self.r
        rows, pii = [], []
        for _ in range(r.randint(2, 4)):
            first, last = self.person()
            ph, st, no = phone(r), r.choice(STREETS_PEOPLE), r.randint(1, 99)
            if not self.fresh:
                rows.append(f'"{_cap(last)}, {first}",{st} {no},{self.town()},{ph}')
                pii += [(f"{first} {_cap(last)}", "PERSON"), (f"{st} {no}", "ADDRESS"), (ph, "PHONE")]
            else:
                rows.append(f"{first},{last},{ph},{self.dept()}")
                pii += [(f"{first} {last}", "PERSON"), (ph, "PHONE")]
        head = "naam,adres,woonplaats,telefoon" if not self.fresh else "voornaam,achternaam,telefoon,team"
        d.add(head + "\n" + "\n".join(rows) + "\n", pii, ["woonplaats" if not self.fresh else "achternaam"])

    def json_record(self, d: Doc) -> None:
        r = self.r
        (name, first, last) = self.full()
        ph, b, ib = phone(r), dob(r), iban(r)
        em = _email_of(r, first, last, "ziggo.nl")
        if not self.fresh:
            text = (
                f'{{"naam": "{name}", "geboortedatum": "{b}", "telefoon": "{ph}", '
                f'"email": "{em}", "afdeling": "{self.dept()}"}}\n'
            )
        else:
            text = f"naam={name}; tel={ph}; geb={b}; iban={ib}; mail={em}\n"
        pii = [(name, "PERSON"), (b, "DATE_OF_BIRTH"), (ph, "PHONE"), (em, "EMAIL")]
        if self.fresh:
            pii.append((ib, "IBAN"))
        d.add(text, pii, ["afdeling" if not self.fresh else "naam"])

    def cases(self, d: Doc) -> None:
        """Particle names and initials in every case, written by residents and officials."""
        r = self.r
        first, last = self.person()
        if " " not in last:
            last = r.choice([p for p in self.n.lasts if " " in p] or [last])
        variants = [last, last.lower(), last.upper(), _cap(last)]
        form = r.choice(variants)
        ini = _initials(r, first)
        if not self.fresh:
            text = f"Gesprek met {ini} {form} over de kwijtschelding. Daarna sprak {first} {form} met de wijkcoach."
            pii = [(f"{ini} {form}", "PERSON"), (f"{first} {form}", "PERSON")]
            keep = ["kwijtschelding", "wijkcoach"]
        else:
            text = f"dossier {form}, {ini} – aanvrager meldt dat {first.lower()} {form.lower()} niet thuis was."
            pii = [(f"{ini} {form}", "PERSON"), (f"{first.lower()} {form.lower()}", "PERSON")]
            keep = ["aanvrager", "thuis"]
        d.add(text, pii, keep)

    def word_names(self, d: Doc) -> None:
        """Names that are also ordinary Dutch words, beside the word itself used ordinarily."""
        r = self.r
        if not self.n.word_lasts:
            return
        last = r.choice(self.n.word_lasts)
        first = r.choice(self.n.firsts)
        if not self.fresh:
            text = f"Mevrouw {_cap(last)} vertelde dat haar zoon {first} ziek is. {first} {last} komt later langs."
            pii = [(_cap(last), "PERSON"), (first, "PERSON"), (f"{first} {last}", "PERSON")]
        else:
            text = f"Volgens {first} {_cap(last)} klopt de rekening niet; {_cap(last)} heeft bezwaar gemaakt."
            pii = [(f"{first} {_cap(last)}", "PERSON"), (_cap(last), "PERSON")]
        d.add(text, pii, ["ziek" if not self.fresh else "rekening"])

    def streets(self, d: Doc) -> None:
        """Streets named after people: an address, whose words are no person of the text."""
        r = self.r
        st, no = r.choice(STREETS_PEOPLE), r.randint(1, 200)
        if not self.fresh:
            text = f"De melding betreft een losliggende stoeptegel voor {st} {no}."
            pii = [(f"{st} {no}", "ADDRESS")]
        else:
            text = f"Op de hoek van de {st} staat al weken een kapotte lantaarnpaal."
            pii = [(st, "ADDRESS")]
        d.add(text, pii, ["stoeptegel" if not self.fresh else "lantaarnpaal"])

    def bodies(self, d: Doc) -> None:
        """Departments, teams, schemes and the municipality's own contact data: all kept."""
        r = self.r
        a, b = r.sample(KEPT_BODIES, 2)
        town = self.town()
        num = r.choice([f"14 0{r.randint(10, 99)}", "0800-8051", "0900-1234"])
        if not self.fresh:
            text = (
                f"{a} verwees de inwoner naar {b}. Vragen? Bel {num} of mail info@{town.lower()}.nl "
                f"(www.{town.lower()}.nl/contact)."
            )
        else:
            text = f"Via {a} kwam de aanvraag bij {b} terecht; het algemene nummer {num} bleek onbereikbaar."
        keep = [a, b, num] + ([f"info@{town.lower()}.nl", f"www.{town.lower()}.nl"] if not self.fresh else [])
        d.add(text, [], keep)

    def structured(self, d: Doc) -> None:
        r = self.r
        b, ib, pl, cn = bsn(r), iban(r), plate(r), case_no(r)
        if not self.fresh:
            text = f"Zaak {cn} | BSN: {b} | IBAN: {ib} | auto {pl}"
        else:
            text = f"burgerservicenummer {b}, rekeningnummer {ib}, kenteken {pl.lower()}, dossiernummer {cn}"
            pl = pl.lower()
        d.add(
            text,
            [(b, "BSN"), (ib, "IBAN"), (pl, "LICENSE_PLATE"), (cn, "CASE_NUMBER")],
            ["auto" if not self.fresh else "kenteken"],
        )

    SEGMENTS = (
        "email_thread",
        "minutes",
        "chat",
        "phone_note",
        "letter",
        "csv",
        "json_record",
        "cases",
        "word_names",
        "streets",
        "bodies",
        "structured",
    )


def _check(doc: dict) -> None:
    """Every gold item and keep word occurs in the text; no keep word is part of a gold item."""
    for item in doc["pii"]:
        if item["label"] == "PERSON":  # "Bakker, Jan" is gold "Jan Bakker": each part must be there
            assert all(p in doc["text"] for p in item["text"].split()), (doc["id"], item)
        else:
            assert item["text"] in doc["text"], (doc["id"], item)
    low = doc["text"].lower()
    for w in doc["keep"]:
        assert w.lower() in low, (doc["id"], w)


def build(n: int, seed: int, bucket: int, fresh: bool, prefix: str) -> list[dict]:
    r = random.Random(seed)
    g = Gen(r, Names(bucket), fresh)
    docs = []
    for i in range(n):
        d = Doc()
        for seg in r.sample(Gen.SEGMENTS, r.randint(2, 4)):
            getattr(g, seg)(d)
        pii, seen = [], set()
        for t, lab in d.pii:
            if (t, lab) not in seen:
                seen.add((t, lab))
                pii.append({"text": t, "label": lab})
        doc = {"id": f"{prefix}-{i:04d}", "text": "\n".join(d.lines), "pii": pii, "keep": sorted(set(d.keep))}
        _check(doc)
        docs.append(doc)
    return docs


def main() -> None:
    for name, docs in (
        ("threads.jsonl", build(300, seed=21, bucket=0, fresh=False, prefix="h1-threads")),
        ("fresh.jsonl", build(300, seed=77, bucket=1, fresh=True, prefix="h1-fresh")),
    ):
        with open(HERE / name, "w", encoding="utf-8") as fh:
            for doc in docs:
                fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
        print(name, len(docs))


if __name__ == "__main__":
    main()
