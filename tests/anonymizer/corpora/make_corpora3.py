"""Generate H1's third anonymizer corpus, ``check.jsonl``: written after the rules were fixed on ``threads.jsonl``
and ``fresh.jsonl``, to check that the fixes are general rather than fitted.

    .venv/bin/python -m tests.anonymizer.corpora.make_corpora3   # needs faker to regenerate

Names from faker locales not used before (de_DE, fr_FR, es_ES, pt_PT, en_GB, it_IT, hu_HU, ro_RO, cs_CZ) plus
hand-written names of Cape Verdean, Ghanaian, Iranian, Kurdish and Sri Lankan Tamil origin; shapes not used
before: intake forms ("Naam aanvrager: ..."), a social-work report in the third person, a forum post, a
council question, a complaint timeline with dates and times, a bulleted contact list, a tab-separated export,
an SMS log, ALL-CAPS letter heads and an e-mail with a mobile signature. Dev name parts are avoided.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

from tests.anonymizer.corpora.make_corpora import bsn, case_no, dob, iban, phone, plate, postcode
from tests.anonymizer.corpora.make_corpora2 import KEPT_BODIES, _check, _clean

HERE = Path(__file__).resolve().parent
HAND_FIRST = (
    "Djenifer Edmilson Nilton Kwadwo Abena Efua Shirin Arash Navid Roya Rojin Baran Dilan Tharshan Nilani".split()
)
HAND_LAST = (
    "Tavares|Semedo|Fortes|Mensah|Ofori|Asamoah|Ahmadi|Moradi|Tehrani|Zagros|Barzani|Sivakumar|Pathmanathan".split("|")
)
STREETS = ["Rembrandtlaan", "Van Goghstraat", "Pieter de Hoochweg", "Sint Jorisstraat", "Dokter Lelylaan", "Esdoornhof"]
TOWNS = ["Lelystad", "Purmerend", "Heerlen", "Roosendaal", "Gouda", "Assen"]


def _pools() -> tuple[list[str], list[str]]:
    from faker import Faker

    firsts, lasts = list(HAND_FIRST), list(HAND_LAST)
    for loc in ("de_DE", "fr_FR", "es_ES", "pt_PT", "en_GB", "it_IT", "hu_HU", "ro_RO", "cs_CZ", "nl_BE"):
        f = Faker(loc)
        f.seed_instance(9090)
        for _ in range(25):
            firsts.append(f.first_name())
            lasts.append(f.last_name())
    return _clean(firsts), _clean(lasts)


class Gen:
    def __init__(self, r: random.Random) -> None:
        self.r = r
        self.firsts, self.lasts = _pools()

    def name(self) -> tuple[str, str]:
        return self.r.choice(self.firsts), self.r.choice(self.lasts)

    def intake(self, d: list) -> None:
        f, la = self.name()
        b, ph, pc, st = dob(self.r), phone(self.r), postcode(self.r), self.r.choice(STREETS)
        no = self.r.randint(1, 150)
        d.append(
            (
                f"INTAKEFORMULIER\nNaam aanvrager: {f} {la}\nAdres: {st} {no}, {pc} {self.r.choice(TOWNS)}\n"
                f"Geboortedatum: {b}\nTelefoon: {ph}\nHulpvraag: schulden en een achterstand in de huur.\n",
                [
                    (f"{f} {la}", "PERSON"),
                    (f"{st} {no}", "ADDRESS"),
                    (pc, "POSTCODE"),
                    (b, "DATE_OF_BIRTH"),
                    (ph, "PHONE"),
                ],
                ["Hulpvraag", "achterstand"],
            )
        )

    def report(self, d: list) -> None:
        (f, la), (f2, _l2) = self.name(), self.name()
        d.append(
            (
                f"Rapportage: cliënt {f} {la} woont sinds kort zelfstandig. {la} heeft moeite met de post. "
                f"Zijn zus {f2} helpt hem met formulieren. {f} wil graag een budgetcursus volgen.",
                [(f"{f} {la}", "PERSON"), (la, "PERSON"), (f2, "PERSON"), (f, "PERSON")],
                ["budgetcursus", "formulieren"],
            )
        )

    def forum(self, d: list) -> None:
        f, la = self.name()
        d.append(
            (
                f"Geplaatst door {f.lower()}_{la.lower()[:3]}: wie weet hoe je bezwaar maakt? groetjes {f.lower()}",
                [(f.lower(), "PERSON")],
                ["bezwaar"],
            )
        )

    def council(self, d: list) -> None:
        f, la = self.name()
        d.append(
            (
                f"Schriftelijke vragen van raadslid {la} over de wachtlijst bij {self.r.choice(KEPT_BODIES)}.",
                [(la, "PERSON")],
                ["wachtlijst", "raadslid"],
            )
        )

    def timeline(self, d: list) -> None:
        (f, la), (f2, l2) = self.name(), self.name()
        cn = case_no(self.r)
        d.append(
            (
                f"Tijdlijn zaak {cn}\n- 3 maart 10:15: melding door {f} {la}\n- 5 maart: {f2} {l2} neemt de zaak op\n"
                f"- 9 maart: {la} belt opnieuw; {f2} is ziek",
                [
                    (cn, "CASE_NUMBER"),
                    (f"{f} {la}", "PERSON"),
                    (f"{f2} {l2}", "PERSON"),
                    (la, "PERSON"),
                    (f2, "PERSON"),
                ],
                ["Tijdlijn", "melding", "ziek"],
            )
        )

    def contacts(self, d: list) -> None:
        rows, pii = [], []
        for _ in range(3):
            f, la = self.name()
            local = f"{re.sub(r'[^a-z]', '', f.lower())}.{re.sub(r'[^a-z]', '', la.lower())}"
            em = f"{local}@{self.r.choice(TOWNS).lower()}.nl"
            rows.append(f"• {f} {la} ({self.r.choice(KEPT_BODIES)}) – {em}")
            pii += [(f"{f} {la}", "PERSON"), (em, "EMAIL")]
        d.append(("Contactpersonen:\n" + "\n".join(rows), pii, ["Contactpersonen"]))

    def tsv(self, d: list) -> None:
        rows, pii = [], []
        for _ in range(2):
            f, la = self.name()
            b, ib = bsn(self.r), iban(self.r)
            rows.append(f"{la}\t{f}\t{b}\t{ib}")
            pii += [(f"{f} {la}", "PERSON"), (b, "BSN"), (ib, "IBAN")]
        d.append(("achternaam\tvoornaam\tbsn\tiban\n" + "\n".join(rows), pii, ["voornaam"]))

    def sms(self, d: list) -> None:
        f, la = self.name()
        ph = phone(self.r)
        d.append(
            (
                f"SMS van {ph} (12 mei): Hoi, hier {f}. Kan {la.lower()} morgen langskomen voor de sleutel?",
                [(ph, "PHONE"), (f, "PERSON")],
                ["sleutel"],
            )
        )

    def caps_head(self, d: list) -> None:
        f, la = self.name()
        pl = plate(self.r)
        d.append(
            (
                f"BEZWAARSCHRIFT VAN {f.upper()} {la.upper()} INZAKE PARKEERBOETE KENTEKEN {pl}",
                [(f"{f.upper()} {la.upper()}", "PERSON"), (pl, "LICENSE_PLATE")],
                ["PARKEERBOETE"],
            )
        )

    def mobile_mail(self, d: list) -> None:
        f, la = self.name()
        d.append(
            (
                f"Klopt, de afspraak staat.\n\nVerstuurd vanaf mijn iPhone\n{f} {la}\n{self.r.choice(KEPT_BODIES)}",
                [(f"{f} {la}", "PERSON")],
                ["afspraak", "Verstuurd"],
            )
        )

    SEGMENTS = (
        "intake",
        "report",
        "forum",
        "council",
        "timeline",
        "contacts",
        "tsv",
        "sms",
        "caps_head",
        "mobile_mail",
    )


def build(n: int = 250, seed: int = 313) -> list[dict]:
    r = random.Random(seed)
    g = Gen(r)
    docs = []
    for i in range(n):
        parts: list = []
        for seg in r.sample(Gen.SEGMENTS, r.randint(2, 4)):
            getattr(g, seg)(parts)
        pii, seen = [], set()
        for _t, items, _k in parts:
            for t, lab in items:
                if (t, lab) not in seen:
                    seen.add((t, lab))
                    pii.append({"text": t, "label": lab})
        doc = {
            "id": f"h1-check-{i:04d}",
            "text": "\n".join(t for t, _i, _k in parts),
            "pii": pii,
            "keep": sorted({k for _t, _i, ks in parts for k in ks}),
        }
        _check(doc)
        docs.append(doc)
    return docs


def main() -> None:
    docs = build()
    with open(HERE / "check.jsonl", "w", encoding="utf-8") as fh:
        for doc in docs:
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
    print("check.jsonl", len(docs))


if __name__ == "__main__":
    main()
