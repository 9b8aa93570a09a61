"""Blind anonymizer corpus fresh33e: tenants against their housing association (repairs, damp, service costs, rent,
renovation, tenant councils, caretakers, neighbours, eviction threats), with the municipality and the mediator between.

Usage (from the worktree root, PYTHONPATH=.):
    python tests/anonymizer/fresh33e/make_fresh33e.py            write fresh33e_texts.jsonl
    python tests/anonymizer/fresh33e/make_fresh33e.py --check    exit 1 if the committed file differs
    python tests/anonymizer/fresh33e/make_fresh33e.py --stats    counts per label, shapes, known names, redraws
"""

from __future__ import annotations

import importlib.util
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import names33e as N  # noqa: E402

SEED = 20261275
N_DOCS = 300
OUT = HERE / "fresh33e_texts.jsonl"
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

_spec = importlib.util.spec_from_file_location("score33e", HERE.parent / "corpora" / "score.py")
SCORE = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(SCORE)

SHAPES: dict = {}


def S(name):
    """Register a shape (document kind, line shape or sentence shape); calling it records its use."""

    def wrap(fn):
        def run(d, c, *a):
            d.shapes.append(name)
            return fn(d, c, *a)

        SHAPES[name] = run
        return run

    return wrap


# --------------------------------------------------------------------------------------------------- document state
class D:
    def __init__(self, r):
        self.r, self.pii, self.keep, self.shapes = r, [], [], []

    def p(self, text, label):
        it = {"text": text, "label": label}
        if it not in self.pii:
            self.pii.append(it)
        return text

    def k(self, *ws):
        self.keep.extend(ws)

    def n(self, person, form="full"):
        if form == "lower_first":
            t = person.first.lower()
        elif form == "upper_last":
            t = person.last.upper()
        elif form == "upper_full":
            t = person.full.upper()
        elif form == "slug":
            t = N.slug(person.surname)
        elif form == "handle":
            t = self.r.choice(
                [
                    f"{N.slug(person.first)}_{N.slug(person.surname)[:4]}",
                    f"{N.slug(person.first)}{self.r.randint(70, 99)}",
                    f"{N.slug(person.first)[0]}.{N.slug(person.surname)}",
                ]
            )
        elif form == "first_initial":
            t = f"{person.first} {person.surname[0]}."
        else:
            t = getattr(person, form)
        return self.p(t, "PERSON")


class C:
    """What a document is about: the resident, the household, the home, the association, the people around."""

    def __init__(self, r, known):
        self.r = r
        self.assoc, self.dom = r.choice(N.ASSOCS)
        self.city, self.muni = r.choice(N.CITIES)
        self.complex = r.choice(N.COMPLEXES)
        self.contractor = r.choice(N.CONTRACTORS)
        self.street = r.choice(N.STREET_HEADS) + r.choice(N.STREET_TAILS)
        self.street2 = r.choice(N.STREET_HEADS) + r.choice(N.STREET_TAILS)
        while self.street2 == self.street:
            self.street2 = r.choice(N.STREET_HEADS) + r.choice(N.STREET_TAILS)
        self.nr = r.choice(
            [
                str(r.randint(2, 180)),
                f"{r.randint(2, 90)}-{r.choice('ABC')}",
                f"{r.randint(2, 60)}-{r.randint(1, 4)}",
                f"{r.randint(2, 120)}{r.choice(['A', 'B', 'hs'])}",
                f"{r.randint(100, 400)}",
            ]
        )
        pc = N.postcode(r)
        self.pc = pc if r.random() < 0.35 else f"{pc[:4]} {pc[4:]}"
        self.known = known
        used = set()
        if known:
            sur, part, self.known_sentence, self.known_word = known
            fi = r.randrange(len(N.KNOWN_FIRST))
            self.res = N.Person(N.KNOWN_FIRST[fi], part, sur, "nederlands", fi % 2 == 1)
        else:
            self.res = N.make_person(r)
        used.add(self.res.surname)
        self.roles = {}
        self._used = used
        self.mail = None
        self.phone = None

    def who(self, role):
        if role not in self.roles:
            while True:
                p = N.make_person(self.r)
                if p.surname not in self._used and p.first != self.res.first:
                    break
            self._used.add(p.surname)
            self.roles[role] = p
        return self.roles[role]

    def kin(self, role):
        if role not in self.roles:
            self.roles[role] = N.make_person(self.r, surname_of=self.res)
        return self.roles[role]

    def res_mail(self):
        if self.mail is None:
            f, s = N.slug(self.res.first), N.slug(self.res.surname)
            r = self.r
            local = r.choice(
                [f"{f}.{s}", f"{f[0]}{s}{r.randint(50, 99)}", f"{s}.{f}", f"{f}{s[:3]}{r.randint(1, 9)}", f"fam.{s}"]
            )
            self.mail = f"{local}@{r.choice(N.MAILHOSTS)}"
        return self.mail

    def res_phone(self):
        if self.phone is None:
            self.phone = N.mobile(self.r) if self.r.random() < 0.8 else N.landline(self.r)
        return self.phone


def odate(r, style=None):
    day, m = r.randint(1, 28), r.randint(0, 11)
    style = style if style is not None else r.randint(0, 3)
    if style == 0:
        return f"{day} {N.MONTHS[m]}", N.MONTHS[m]
    if style == 1:
        return f"{day} {N.MONTHS[m]} 2026", N.MONTHS[m]
    if style == 2:
        return f"{N.WEEKDAYS[r.randint(0, 4)]} {day} {N.MONTHS[m]}", N.MONTHS[m]
    return f"{day:02d}-{m + 1:02d}-2026", None


def dob(d, r):
    """A date of birth in one of many styles; returns the item only (cue words are the caller's)."""
    y, m, day = r.randint(1936, 2004), r.randint(1, 12), r.randint(1, 28)
    t = r.choice(
        [
            f"{day} {N.MONTHS[m - 1]} {y}",
            f"{day:02d}-{m:02d}-{y}",
            f"{day:02d}/{m:02d}/{y}",
            f"{y}-{m:02d}-{day:02d}",
            f"{day}.{m}.{y}",
            f"{day} {N.MONTHS_SHORT[m - 1]} {y}",
            f"{day}-{m}-{y}",
            f"{day:02d}{m:02d}{y}",
            f"{day} {N.MONTHS[m - 1].capitalize()} {y}",
        ]
    )
    return d.p(t, "DATE_OF_BIRTH")


def case_no(d, r, kind):
    y = r.choice(["2025", "2026", "25", "26"])
    t = {
        "ticket": f"RV-{y}-{r.randint(10000, 99999)}",
        "ticket2": f"#{r.randint(400000, 899999)}",
        "brief": f"{r.choice(['HB', 'WB', 'KC'])}/{y}/{r.randint(1000, 9999)}",
        "gemeente": f"Z{y[-2:]}.{r.randint(100000, 999999)}",
        "bwt": f"BWT-{r.randint(1000, 9999)}-{y[-2:]}",
        "hc": f"HC{y[-2:]}/{r.randint(10000, 99999)}-{r.choice('HSLV')}",
        "bem": f"VTA {y[-2:]}-{r.randint(100, 999)}",
        "sk": f"SK{r.randint(100, 999)}.{y[-2:]}.{r.randint(10, 99)}",
        "incasso": f"DOS {r.randint(200000, 799999)}/{y[-2:]}",
        "werkbon": f"WO-{r.randint(1000000, 9999999)}",
        "vroeg": f"VS-{y}-{r.choice('ABCDEFGH')}{r.randint(1000, 9999)}",
    }[kind]
    return d.p(t, "CASE_NUMBER")


def money(r, lo=5, hi=900):
    return f"{r.randint(lo, hi)},{r.choice(['00', '50', '25', '75', '40', '95', '10', '60'])}"


def addr(d, c, nr=None):
    return d.p(f"{c.street} {nr or c.nr}", "ADDRESS")


def pc(d, c):
    return d.p(c.pc, "POSTCODE")


ISSUES = [
    (
        "Lekkage",
        "lekkage",
        "Er komt water door het plafond van de badkamer zodra de bovenburen douchen.",
        ["plafond", "badkamer"],
    ),
    (
        "Vocht en schimmel",
        "schimmel",
        "Achter de kast in de slaapkamer zitten zwarte plekken die steeds groter worden.",
        ["slaapkamer", "plekken"],
    ),
    (
        "Verwarming",
        "verwarming",
        "De radiatoren in de woonkamer blijven koud, ook als de thermostaat op 21 graden staat.",
        ["radiatoren", "thermostaat"],
    ),
    (
        "Lift",
        "lift",
        "De lift staat al elf dagen stil en mijn moeder van 84 komt de flat niet meer uit.",
        ["lift", "flat"],
    ),
    (
        "Ventilatie",
        "ventilatie",
        "De mechanische ventilatie maakt een hoog fluitend geluid en zuigt niets meer af.",
        ["ventilatie", "geluid"],
    ),
    (
        "Ongedierte",
        "ongedierte",
        "Er lopen kakkerlakken in de keuken en de bestrijder is nooit teruggekomen.",
        ["kakkerlakken", "keuken"],
    ),
    (
        "Kozijnen",
        "kozijnen",
        "De houten kozijnen aan de voorkant zijn zo rot dat je er een schroevendraaier in kunt drukken.",
        ["kozijnen", "schroevendraaier"],
    ),
    (
        "Intercom",
        "intercom",
        "De intercom werkt niet, dus bezoek en de thuiszorg staan buiten in de regen.",
        ["intercom", "thuiszorg"],
    ),
    ("Warm water", "geiser", "De geiser valt steeds uit, we douchen al twee weken koud.", ["geiser", "douchen"]),
]


# --------------------------------------------------------------------------------------------------- shared sentence shapes
@S("zin_gezin_kind_astma")
def s_child(d, c):
    kid = c.kin("kind")
    d.k("longarts", "astma", "huisarts")
    return (
        f"Onze {'dochter' if kid.female else 'zoon'} {d.n(kid, 'first')} heeft astma en de longarts zegt dat het vocht "
        f"in huis daar niet bij helpt; de huisarts heeft een verklaring geschreven."
    )


@S("zin_partner_nachtdienst")
def s_partner(d, c):
    pa = c.kin("partner")
    d.k("nachtdienst", "overdag", "aannemer")
    return (
        f"Mijn partner {d.n(pa, 'full')} werkt in nachtdienst en slaapt overdag, dus een aannemer die om half acht "
        f"zonder afspraak aanbelt is voor ons een probleem."
    )


@S("zin_buren_geluid")
def s_neigh(d, c):
    nb = c.who("buur")
    nr2 = str(int(re.match(r"\d+", c.nr).group()) + 2)
    d.k("geluidsoverlast", "vloer", "laminaat")
    return (
        f"Sinds {d.n(nb, 'full')} op {addr(d, c, nr2)} laminaat op de vloer heeft gelegd, hebben wij elke avond "
        f"geluidsoverlast."
    )


@S("zin_gemeente_zaak")
def s_muni(d, c):
    off = c.who("gemeente")
    d.k("Bouw", "Woningtoezicht", "gemeente", "zaaknummer")
    return (
        f"De gemeente {c.city} heeft de klacht geregistreerd onder zaaknummer {case_no(d, c.r, 'gemeente')}; "
        f"{d.n(off, 'initials')} van Bouw- en Woningtoezicht komt kijken."
    )


@S("zin_bemiddelaar_verwijzing")
def s_med(d, c):
    med = c.who("bemiddelaar")
    d.k("Verzoek", "Afstemming", "bemiddelaar", "gebiedsmanager")
    return (
        f"Via het Verzoek tot Afstemming is bemiddelaar {d.n(med, 'full')} gevraagd een gesprek met de gebiedsmanager "
        f"te regelen."
    )


@S("zin_geboren_bijzin")
def s_dob_clause(d, c):
    d.k("Zij", "Hij", "huurder", "sinds")
    return (
        f"{'Zij' if c.res.female else 'Hij'} is {dob(d, c.r)} geboren en is al huurder sinds {c.r.randint(1975, 2012)}."
    )


@S("zin_telefoon_terugbellen")
def s_callback(d, c):
    d.k("terugbellen", "werkdagen", "Klantcontact")
    return (
        f"Klantcontact zou binnen drie werkdagen terugbellen op {d.p(c.res_phone(), 'PHONE')}, maar er belde niemand."
    )


@S("zin_bezoek_gemist")
def s_missed(d, c):
    dt, mon = odate(c.r, 2)
    if mon:
        d.k(mon)
    d.k("monteur", "briefje", "thuis")
    return f"Op {dt} zou de monteur komen; ik ben de hele dag thuis gebleven en vond 's avonds alleen een briefje."


@S("zin_huurverlaging_eis")
def s_rentcut(d, c):
    d.k("Huurcommissie", "huurverlaging", "gebreken")
    return "Als de gebreken niet voor de zomer zijn verholpen, vragen wij bij de Huurcommissie om tijdelijke huurverlaging."


@S("zin_known_gewoon")
def s_known(d, c):
    d.k(c.known_word)
    return c.known_sentence


# --------------------------------------------------------------------------------------------------- kind 1: portal ticket export
@S("ticket_kop")
def t_head(d, c, iss):
    d.k("Reparatieverzoek", "status", "categorie", iss[0].split()[0])
    return (
        f"Reparatieverzoek {case_no(d, c.r, 'ticket')} | status: {c.r.choice(['in behandeling', 'open', 'wacht op aannemer', 'heropend'])}"
        f" | categorie: {iss[0]}"
    )


@S("ticket_melder")
def t_melder(d, c, iss):
    d.k("Melder", "huurder", "Contractnr")
    return (
        f"Melder: {d.n(c.res, 'full')} (huurder) | tel. {d.p(c.res_phone(), 'PHONE')} | {d.p(c.res_mail(), 'EMAIL')} | "
        f"Contractnr. {case_no(d, c.r, 'ticket2')}"
    )


@S("ticket_adres")
def t_addr(d, c, iss):
    d.k("Object", "verdieping", c.city)
    return f"Object: {addr(d, c)}, {pc(d, c)} {c.city} ({c.r.randint(1, 9)}e verdieping, complex {c.complex})"


@S("ticket_omschrijving")
def t_desc(d, c, iss):
    d.k(*iss[3])
    return f'Omschrijving melder: "{iss[2]}"'


@S("ticket_historie")
def t_hist(d, c, iss):
    r = c.r
    opz = c.who("opzichter")
    lines = ["Historie:"]
    d.k("Historie", "opzichter", "heropend", "systeem")
    for _ in range(r.randint(2, 4)):
        dt, _m = odate(r, 3)
        lines.append(
            r.choice(
                [
                    lambda: (
                        f"{dt} {r.randint(8, 17):02d}:{r.choice(['05', '20', '41'])} systeem: doorgezet naar {c.contractor}"
                    ),
                    lambda: f"{dt} opzichter {d.n(opz, 'first_initial')}: geen toegang, niemand thuis",
                    lambda: f"{dt} huurder belt: nog steeds niet opgelost, ticket heropend",
                    lambda: f"{dt} {d.n(opz, 'initials')} (opzichter): foto's beoordeeld, urgentie verhoogd",
                ]
            )()
        )
    d.k(c.contractor.split()[0])
    return "\n".join(lines)


@S("ticket_hoofdletters")
def t_upper(d, c, iss):
    d.k("KLANTNAAM", "VESTIGING")
    return f"KLANTNAAM: {d.n(c.res, 'upper_last')} | VESTIGING: {c.city.upper()}"


def kind_ticket(d, c):
    iss = c.r.choice(ISSUES)
    parts = [t_head(d, c, iss), t_melder(d, c, iss), t_addr(d, c, iss)]
    if c.r.random() < 0.4:
        parts.append(t_upper(d, c, iss))
    if c.r.random() < 0.4:
        parts.append(t_contract(d, c, iss))
    parts.append(t_desc(d, c, iss))
    if c.known:
        parts.append("Aanvulling: " + s_known(d, c))
        d.k("Aanvulling")
    if c.r.random() < 0.5:
        parts.append("Aanvulling huurder: " + c.r.choice([s_child, s_partner, s_missed])(d, c))
        d.k("Aanvulling")
    parts.append(t_hist(d, c, iss))
    return "\n".join(parts)


# --------------------------------------------------------------------------------------------------- kind 2: letter of the association
@S("brief_adresblok")
def b_addr(d, c):
    return (
        f"{c.assoc}\nPostbus {c.r.randint(100, 9999)}\n\nDe bewoner(s) van\n{addr(d, c)}\n{pc(d, c)}  {c.city.upper()}"
    )


@S("brief_kenmerk")
def b_ref(d, c, subj):
    dt, mon = odate(c.r, 1)
    d.k("Betreft", "kenmerk", mon)
    return f"{c.city}, {dt}\nOns kenmerk: {case_no(d, c.r, 'brief')}\nBetreft: {subj}"


@S("brief_aanhef")
def b_salute(d, c):
    return f"Geachte {c.res.title(c.r)} {d.n(c.res, 'last')},"


@S("brief_huurverhoging")
def b_rent(d, c):
    d.k("huurverhoging", "huurprijs", "juli", "bezwaar")
    return (
        f"Per 1 juli stijgt uw huurprijs met {c.r.choice(['4,5', '5,8', '3,1', '6,2'])} procent naar € {money(c.r, 560, 880)} "
        f"per maand. Bent u het niet eens met de huurverhoging, dan kunt u tot 1 juli schriftelijk bezwaar maken."
    )


@S("brief_renovatie_wisselwoning")
def b_renov(d, c):
    d.k("renovatie", "wisselwoning", "verhuiskostenvergoeding", "weken")
    alt = d.p(f"{c.street2} {c.r.randint(2, 80)}", "ADDRESS")
    return (
        f"Tijdens de renovatie van uw woning, die naar verwachting {c.r.randint(6, 14)} weken duurt, kunt u terecht in "
        f"de wisselwoning aan de {alt}. U ontvangt daarnaast de wettelijke verhuiskostenvergoeding."
    )


@S("brief_aanmaning_ontruiming")
def b_evict(d, c):
    d.k("huurachterstand", "deurwaarder", "ontbinding", "huurovereenkomst")
    return (
        f"Uw huurachterstand bedraagt inmiddels € {money(c.r, 900, 4200)}. Als u niet binnen veertien dagen contact "
        f"opneemt, dragen wij het dossier over aan de deurwaarder en vragen wij de rechter om ontbinding van de "
        f"huurovereenkomst."
    )


@S("brief_overlast_gesprek")
def b_nuis(d, c):
    d.k("meldingen", "overlast", "gesprek")
    return (
        f"Wij hebben meerdere meldingen van overlast ontvangen over de woning aan de {d.p(c.street, 'ADDRESS')}. "
        f"Wij nodigen u uit voor een gesprek op ons kantoor."
    )


@S("brief_ondertekening")
def b_sign(d, c):
    off = c.who("consulent")
    fn = c.r.choice(["huurconsulent", "woonconsulent", "medewerker Incasso", "complexbeheerder"])
    d.k(*fn.split(), "groet", "Team")
    return (
        f"Met vriendelijke groet,\n\n{d.n(off, 'full')}\n{fn}, Team {c.r.choice(['Wonen Noord', 'Wonen Centrum', 'Klant en Buurt'])}\n"
        f"{c.assoc} | info@{c.dom}"
    )


def kind_letter(d, c):
    body, subj = c.r.choice(
        [
            (b_rent, "jaarlijkse huuraanpassing"),
            (b_renov, "renovatie en tijdelijke huisvesting"),
            (b_evict, "laatste aanmaning huurachterstand"),
            (b_nuis, "meldingen van overlast"),
        ]
    )
    d.k(*subj.split()[-1:])
    parts = [b_addr(d, c), b_ref(d, c, subj), b_salute(d, c), body(d, c)]
    if c.known:
        parts.append("U meldde ons eerder: " + s_known(d, c))
        d.k("meldde")
    if body is b_evict and c.r.random() < 0.7:
        d.k("Vroegsignalering", "schuldhulp")
        parts.append(
            f"De gemeente {c.city} (Vroegsignalering, dossier {case_no(d, c.r, 'vroeg')}) kan u helpen met schuldhulp; "
            f"bel {c.muni}."
        )
        d.k(c.muni)
    parts.append(b_sign(d, c))
    return "\n\n".join(parts)


# --------------------------------------------------------------------------------------------------- kind 3: WhatsApp group
@S("app_kop")
def w_head(d, c):
    d.k("Bewoners", "berichten", "versleuteld")
    return f"Bewoners {c.complex} 🏢\nBerichten en oproepen zijn end-to-end versleuteld."


@S("app_regel")
def w_line(d, c, who, msg):
    r = c.r
    return f"[{r.randint(1, 28):02d}-{r.randint(1, 12):02d} {r.randint(7, 23):02d}:{r.randint(0, 59):02d}] {who}: {msg}"


@S("app_lid_toegevoegd")
def w_sys(d, c):
    nb = c.who("buur2")
    return f"{d.n(c.res, 'full')} heeft {d.p(N.mobile(c.r), 'PHONE')} toegevoegd\n{d.n(nb, 'first')} is lid geworden"


@S("app_bericht_lift")
def w_lift(d, c):
    d.k("lift", "storing", "rollator")
    return (
        "lift weer stuk 🙄 heeft iemand de storing al doorgegeven? ik krijg de rollator van mn moeder niet naar beneden"
    )


@S("app_bericht_naam_klein")
def w_lower(d, c):
    nb = c.who("buur")
    d.k("huismeester", "sleutel", "galerij")
    return f"{d.n(nb, 'lower_first')} van de galerij heeft de sleutel van de huismeester, vraag maar"


@S("app_bericht_nummer_delen")
def w_num(d, c):
    hm = c.who("huismeester")
    d.k("huismeester", "nummer", "spoed")
    return f"nummer van {d.n(hm, 'first')} de huismeester is {d.p(N.mobile(c.r), 'PHONE')}, alleen bij spoed bellen zei hij"


@S("app_bericht_handle")
def w_handle(d, c):
    nb = c.who("buur3")
    d.k("schimmel", "foto", "bewonerscommissie")
    return f"@{d.n(nb, 'handle')} stuur jij de foto's van de schimmel door naar de bewonerscommissie?"


@S("app_bericht_aannemer_bus")
def w_van(d, c):
    d.k("aannemer", "bus", "invalidenplek")
    return f"bus van de aannemer ({d.p(N.plate(c.r), 'LICENSE_PLATE')}) staat wéér op de invalidenplek"


@S("app_bericht_servicekosten")
def w_sk(d, c):
    d.k("servicekosten", "afrekening", "schoonmaak")
    return f"wie heeft de afrekening servicekosten al? € {money(c.r, 80, 400)} bijbetalen voor schoonmaak die nooit gebeurt"


def kind_app(d, c):
    r = c.r
    n1, n2 = c.who("buur"), c.who("buur2")
    senders = [d.n(c.res, "full"), d.n(n1, "first"), d.n(n2, "first_initial")]
    msgs = [w_lift, w_lower, w_num, w_handle, w_van, w_sk]
    r.shuffle(msgs)
    parts = [w_head(d, c), w_sys(d, c)]
    for fn in msgs[: r.randint(3, 5)]:
        parts.append(w_line(d, c, r.choice(senders), fn(d, c)))
    if c.known:
        parts.append(w_line(d, c, senders[0], s_known(d, c)))
    # senders never drawn are not in the text: drop their items
    d.pii = [it for it in d.pii if it["text"] in "\n".join(parts)]
    return "\n".join(parts)


# --------------------------------------------------------------------------------------------------- kind 4: tenant council minutes
@S("notulen_kop")
def n_head(d, c):
    dt, mon = odate(c.r, 2)
    d.k("Notulen", "bewonerscommissie", "buurthuis", mon, "Huurdersvereniging")
    return (
        f"Notulen vergadering bewonerscommissie {c.complex} (aangesloten bij Huurdersvereniging {c.city} Samen), "
        f"{dt}, buurthuis De Ontmoeting"
    )


@S("notulen_aanwezig")
def n_present(d, c):
    v, s, b = c.who("voorzitter"), c.who("secretaris"), c.who("complexbeheerder")
    d.k("Aanwezig", "voorzitter", "notulist", "complexbeheerder", "namens")
    return (
        f"Aanwezig: {d.n(v, 'full')} (voorzitter), {d.n(s, 'initials')} (notulist), {d.n(c.res, 'full')}; "
        f"namens {c.assoc}: {d.n(b, 'full')} (complexbeheerder)"
    )


@S("notulen_afwezig")
def n_absent(d, c):
    p = c.who("penningmeester")
    d.k("Afwezig", "bericht", "penningmeester")
    return f"Afwezig met bericht: {d.n(p, 'full')} (penningmeester)"


@S("notulen_agendapunt_servicekosten")
def n_sk(d, c):
    b = c.who("complexbeheerder")
    d.k("Servicekosten", "glasbewassing", "voorschot")
    return (
        f"3. Servicekosten. De post glasbewassing is met {c.r.randint(20, 60)} procent gestegen. {d.n(b, 'last').capitalize() if b.particle else d.n(b, 'last')} "
        f"zegt toe de facturen te laten zien; het voorschot blijft voorlopig gelijk."
    )


@S("notulen_agendapunt_renovatie")
def n_ren(d, c):
    d.k("Renovatie", "draagvlak", "procent", "planning")
    return (
        f"4. Renovatie. Voor het renovatieplan is draagvlak van 70 procent nodig. De planning schuift volgens "
        f"{c.assoc} naar het najaar."
    )


@S("notulen_actiepunt")
def n_action(d, c):
    s = c.who("secretaris")
    dt, mon = odate(c.r, 0)
    d.k("Actiepunt", "inventariseert", "woningen", mon)
    return f"Actiepunt: {d.n(s, 'last') if not s.particle else d.n(s, 'Last')} inventariseert vóór {dt} welke woningen vochtproblemen hebben."


@S("notulen_rondvraag")
def n_round(d, c):
    d.k("Rondvraag", "brandgang", "fietsen")
    return (
        f"Rondvraag: {c.res.title(c.r)} {d.n(c.res, 'last')} ({addr(d, c)}) vraagt wie de fietsen uit de brandgang "
        f"verwijdert."
    )


def kind_minutes(d, c):
    parts = [n_head(d, c), n_present(d, c)]
    if c.r.random() < 0.6:
        parts.append(n_absent(d, c))
    parts += ["1. Opening en vaststellen agenda.", "2. Mededelingen. " + c.r.choice([s_med, s_muni])(d, c)]
    d.k("Opening", "agenda", "Mededelingen")
    parts.append(n_sk(d, c))
    parts.append(n_ren(d, c))
    if c.known:
        parts.append("Mededeling van bewoners: " + s_known(d, c))
    parts += [n_action(d, c), n_round(d, c)]
    return "\n".join(parts)


# --------------------------------------------------------------------------------------------------- kind 5: e-mail with photos
@S("mail_kop")
def m_head(d, c, iss):
    d.k("Onderwerp", "foto", iss[1])
    return (
        f"Van: {d.n(c.res, 'full')} <{d.p(c.res_mail(), 'EMAIL')}>\nAan: reparaties@{c.dom}\n"
        f"Onderwerp: foto's {iss[1]} {addr(d, c)}"
    )


@S("mail_foto_bijschrift")
def m_photo(d, c, iss, i):
    room = c.r.choice(["badkamer", "slaapkamer", "keuken", "woonkamer", "berging"])
    desc = c.r.choice(
        [
            "je ziet de zwarte rand langs het plafond",
            "de emmer staat er sinds dinsdag",
            "het behang laat los, foto genomen met flits",
            "de meter geeft 87 procent luchtvochtigheid aan",
        ]
    )
    d.k(room)
    who = d.n(c.res, "slug") if not c.known else d.p(N.slug(c.res.first) + N.slug(c.res.surname), "PERSON")
    return f"Foto {i} ({who}-{room}-{i}.jpg): {desc}."


@S("mail_afsluiting")
def m_sig(d, c):
    d.k("Groeten")
    return f"Groeten,\n{d.n(c.res, 'first')}\n{d.p(c.res_phone(), 'PHONE')}"


def kind_mail(d, c):
    iss = c.r.choice(ISSUES)
    parts = [m_head(d, c, iss), "Beste mensen,", iss[2]]
    d.k(*iss[3])
    if c.known:
        parts.append(s_known(d, c))
    parts.append("In de bijlage stuur ik foto's, zoals gevraagd door de opzichter:")
    d.k("bijlage", "opzichter")
    for i in range(1, c.r.randint(2, 4)):
        parts.append(m_photo(d, c, iss, i))
    parts.append(c.r.choice([s_child, s_callback, s_rentcut, s_neigh])(d, c))
    parts.append(m_sig(d, c))
    return "\n".join(parts)


# --------------------------------------------------------------------------------------------------- kind 6: caretaker's log
@S("logboek_kop")
def l_head(d, c):
    hm = c.who("huismeester")
    d.k("Logboek", "huismeester", "week")
    return f"Logboek huismeester {c.complex} — week {c.r.randint(2, 50)} — {d.n(hm, 'full')}"


@S("logboek_lift")
def l_lift(d, c):
    d.k("lift", "monteur", "Liftservice")
    return "08:10 lift B staat vast tussen 4 en 5, Liftservice gebeld, monteur om 10:40 ter plaatse."


@S("logboek_bewoner_klacht")
def l_res(d, c):
    d.k("klaagt", "stank", "afvoer")
    return f"09:30 {c.res.title(c.r)} {d.n(c.res, 'last')} ({addr(d, c)}) klaagt over stank uit de afvoer."


@S("logboek_busje")
def l_van(d, c):
    m = c.who("monteur")
    d.k("monteur", "busje", "brandweeringang")
    return (
        f"11:15 busje van {c.contractor} ({d.p(N.plate(c.r), 'LICENSE_PLATE')}) voor de brandweeringang, "
        f"monteur {d.n(m, 'first')} verzocht te verplaatsen."
    )


@S("logboek_buurruzie")
def l_row(d, c):
    a, b = c.who("buur"), c.who("buur2")
    d.k("ruzie", "portiek", "wijkagent")
    return f"14:00 ruzie in het portiek tussen {d.n(a, 'full')} en {d.n(b, 'last') if not b.particle else d.n(b, 'Last')}; wijkagent ingelicht."


@S("logboek_sleuteloverdracht")
def l_key(d, c):
    d.k("sleutel", "berging", "getekend")
    return f"16:45 sleutel berging 12 aan {d.n(c.kin('partner'), 'first_initial')} gegeven, voor ontvangst getekend."


def kind_log(d, c):
    fns = [l_lift, l_res, l_van, l_row, l_key]
    c.r.shuffle(fns)
    picked = sorted(fns[: c.r.randint(3, 5)], key=lambda f: [l_lift, l_res, l_van, l_row, l_key].index(f))
    parts = [l_head(d, c)] + [f(d, c) for f in picked]
    if c.known:
        parts.append("Notitie: " + s_known(d, c))
        d.k("Notitie")
    return "\n".join(parts)


# --------------------------------------------------------------------------------------------------- kind 7: mediator's report
@S("verslag_kop")
def v_head(d, c):
    d.k("Verslag", "afstemmingsgesprek", "dossier")
    return f"Verslag afstemmingsgesprek — dossier {case_no(d, c.r, 'bem')}"


@S("verslag_aanwezig")
def v_present(d, c):
    gm, med = c.who("gebiedsmanager"), c.who("bemiddelaar")
    d.k("Aanwezig", "huurder", "gebiedsmanager", "bemiddelaar")
    return (
        f"Aanwezig: {d.n(c.res, 'full')} (huurder, {addr(d, c)}), {d.n(gm, 'full')} (gebiedsmanager {c.assoc}), "
        f"{d.n(med, 'full')} (bemiddelaar)"
    )


@S("verslag_aanleiding")
def v_reason(d, c):
    iss = c.r.choice(ISSUES)
    d.k("Aanleiding", "meldingen", "maanden")
    return (
        f"Aanleiding: sinds {c.r.randint(3, 14)} maanden {iss[1]}; de huurder deed {c.r.randint(4, 11)} meldingen via "
        f"het portaal, zonder blijvend resultaat."
    )


@S("verslag_afspraak")
def v_agree(d, c):
    gm = c.who("gebiedsmanager")
    dt, mon = odate(c.r, 0)
    d.k("Afspraak", "bouwkundig", "onderzoek", mon)
    return f"Afspraak: {d.n(gm, 'last') if not gm.particle else d.n(gm, 'Last')} laat vóór {dt} een bouwkundig onderzoek doen en belt de huurder de uitslag door."


@S("verslag_controlevraag")
def v_control(d, c):
    d.k("Controlevraag", "besproken", "terugkomen")
    return (
        f"Controlevraag: is alles besproken? {d.n(c.res, 'first')} bevestigt dat, en weet dat {'zij' if c.res.female else 'hij'} "
        f"kan terugkomen als de afspraak niet wordt nagekomen."
    )


def kind_report(d, c):
    parts = [v_head(d, c), v_present(d, c), v_reason(d, c)]
    if c.known:
        parts.append("De huurder vertelde: " + s_known(d, c))
        d.k("vertelde")
    parts.append(c.r.choice([s_child, s_partner, s_dob_clause, s_muni])(d, c))
    parts += [v_agree(d, c), v_control(d, c)]
    return "\n".join(parts)


# --------------------------------------------------------------------------------------------------- kind 8: rent tribunal application
@S("hc_kop")
def hc_head(d, c):
    d.k("Verzoekschrift", "Huurcommissie", "onderhoudsgebreken")
    return f"Verzoekschrift Huurcommissie — onderhoudsgebreken — zaak {case_no(d, c.r, 'hc')}"


@S("hc_partijen")
def hc_parties(d, c):
    d.k("Huurder", "Verhuurder", "geboren")
    return (
        f"Huurder: {d.n(c.res, 'initials')}, geboren {dob(d, c.r)}, {addr(d, c)}, {pc(d, c)} {c.city}\n"
        f"Verhuurder: {c.assoc}"
    )


@S("hc_leges")
def hc_fee(d, c):
    d.k("leges", "terugstorten", "rekening")
    return f"De leges van € 25,00 graag terugstorten op rekening {d.p(N.iban(c.r), 'IBAN')} t.n.v. {d.n(c.res, 'initials')}."


@S("hc_gebreken_lijst")
def hc_list(d, c):
    iss = c.r.sample(ISSUES, 3)
    for i in iss:
        d.k(i[1])
    return "Gebreken:\n" + "\n".join(f"- {i[1]} (gemeld {odate(c.r, 3)[0]})" for i in iss)


def kind_hc(d, c):
    parts = [hc_head(d, c), hc_parties(d, c), hc_list(d, c)]
    d.k("Gebreken", "gemeld")
    if c.known:
        parts.append(s_known(d, c))
    parts.append(s_rentcut(d, c))
    parts.append(hc_fee(d, c))
    return "\n".join(parts)


# --------------------------------------------------------------------------------------------------- kind 9: service-cost dispute
@S("sk_tabelregel")
def sk_row(d, c, post):
    return f"{post:<28} voorschot € {money(c.r, 40, 300)}   werkelijk € {money(c.r, 40, 400)}"


@S("sk_bezwaar")
def sk_obj(d, c):
    d.k("bezwaar", "afrekening", "schoonmaakbedrijf")
    return (
        f"Ik maak bezwaar tegen de afrekening: het schoonmaakbedrijf is in {c.r.choice(N.MONTHS)} maar twee keer geweest. "
        f"Ik verzoek om de onderliggende facturen."
    )


@S("sk_iban_teruggave")
def sk_iban(d, c):
    d.k("teruggave", "Tenaamstelling")
    return f"Teruggave op: {d.p(N.iban(c.r), 'IBAN')} — Tenaamstelling: {d.n(c.res, 'upper_full')}"


def kind_sk(d, c):
    d.k("Afrekening", "Servicekosten", "Schoonmaak", "Glasbewassing", "Huismeester", "Tuinonderhoud")
    parts = [
        f"Afrekening Servicekosten {c.r.choice(['2024', '2025'])} — dossier {case_no(d, c.r, 'sk')}",
        f"Huurder: {d.n(c.res, 'full')}, {addr(d, c)}, {pc(d, c)} {c.city}",
    ]
    for post in c.r.sample(
        ["Schoonmaak trappenhuis", "Glasbewassing", "Huismeester", "Tuinonderhoud", "Elektra algemeen"], 3
    ):
        parts.append(sk_row(d, c, post))
    parts.append(sk_obj(d, c))
    if c.known:
        parts.append(s_known(d, c))
    parts.append(sk_iban(d, c))
    return "\n".join(parts)


# --------------------------------------------------------------------------------------------------- kind 10: renovation intake form
@S("intake_veld_regel")
def r_field(d, c, label, value):
    return f"{label:.<24} {value}"


@S("intake_gezinslid")
def r_member(d, c, role):
    m = c.kin(role)
    y = c.r.randint(2005, 2020) if role.startswith("kind") else c.r.randint(1950, 1995)
    t = d.p(
        c.r.choice(
            [
                f"{c.r.randint(1, 28):02d}-{c.r.randint(1, 12):02d}-{y}",
                f"{c.r.randint(1, 28)} {c.r.choice(N.MONTHS)} {y}",
            ]
        ),
        "DATE_OF_BIRTH",
    )
    d.k("gezinslid" if role.startswith("kind") else "partner")
    return f"  • {d.n(m, 'full')} ({'gezinslid' if role.startswith('kind') else 'partner'}), geb. {t}"


def kind_intake(d, c):
    d.k(
        "Intakeformulier",
        "renovatie",
        "Wisselwoning",
        "Huishouden",
        "Geboortedatum",
        "Naam",
        "hoofdhuurder",
        "vergoeding",
        "gewenst",
        "familie",
        "rolstoel",
    )
    parts = [
        f"Intakeformulier renovatie complex {c.complex} — {c.assoc}",
        r_field(d, c, "Naam hoofdhuurder", d.n(c.res, "full")),
        r_field(d, c, "Geboortedatum", dob(d, c.r)),
        r_field(
            d,
            c,
            "BSN",
            d.p(
                c.r.choice([N.bsn(c.r), "{0[0]}{0[1]}{0[2]}{0[3]}.{0[4]}{0[5]}.{0[6]}{0[7]}{0[8]}".format(N.bsn(c.r))]),
                "BSN",
            ),
        ),
        r_field(d, c, "Adres", f"{addr(d, c)}, {pc(d, c)}"),
        r_field(d, c, "IBAN vergoeding", d.p(N.iban(c.r), "IBAN")),
        "Huishouden:",
    ]
    for role in c.r.sample(["partner", "kind", "kind2"], c.r.randint(1, 3)):
        parts.append(r_member(d, c, role))
    parts.append(
        r_field(
            d, c, "Wisselwoning gewenst", c.r.choice(["ja, begane grond i.v.m. rolstoel", "nee, logeert bij familie"])
        )
    )
    if c.known:
        parts.append("Opmerking bewoner: " + s_known(d, c))
        d.k("Opmerking")
    return "\n".join(parts)


# --------------------------------------------------------------------------------------------------- kind 11: nuisance complaint
@S("overlast_melding_kop")
def o_head(d, c):
    d.k("Melding", "woonoverlast", "ingediend")
    return f"Melding woonoverlast — ingediend door {d.n(c.res, 'full')}, {addr(d, c)}"


@S("overlast_dagboek_regel")
def o_diary(d, c):
    dt, mon = odate(c.r, 0)
    nb = c.who("buur")
    if mon:
        d.k(mon)
    d.k("bonken", "nacht")
    return f"- {dt}, {c.r.randint(0, 3):02d}:{c.r.choice(['10', '30', '45'])} uur: bonken en schreeuwen bij {d.n(nb, 'last') if not nb.particle else d.n(nb, 'Last')}, hele nacht"


@S("overlast_hond")
def o_dog(d, c):
    nb = c.who("buur")
    d.k("hond", "galerij", "blaft")
    d.k("kinderen", "trappenhuis")
    return f"{d.n(nb, 'poss')} hond blaft uren op de galerij; de kinderen uit het trappenhuis durven er niet langs."


@S("overlast_auto_parkeren")
def o_car(d, c):
    d.k("auto", "parkeert", "stoep")
    return f"De auto met kenteken {d.p(N.plate(c.r), 'LICENSE_PLATE')} parkeert elke avond half op de stoep voor de ingang."


@S("overlast_veroorzaker_geb_zonder_cue")
def o_who(d, c, nb, nr2):
    if c.r.random() < 0.5:
        return f"Overlast door {d.n(nb, 'full')} ({dob(d, c.r)}), woont op {addr(d, c, nr2)}."
    return f"Overlast door {d.n(nb, 'full')}, woont op {addr(d, c, nr2)}."


@S("ticket_contractant_geb_zonder_cue")
def t_contract(d, c, iss):
    d.k("Contractant", "klant")
    return f"Contractant: {d.n(c.res, 'initials')} — {dob(d, c.r)} — klant sinds {c.r.randint(1988, 2020)}"


def kind_nuis(d, c):
    nb = c.who("buur")
    nr2 = str(int(re.match(r"\d+", c.nr).group()) + 1)
    d.k("Overlast", "woont", "Geluidsdagboek")
    parts = [o_head(d, c), o_who(d, c, nb, nr2), "Geluidsdagboek:"]
    for _ in range(c.r.randint(2, 3)):
        parts.append(o_diary(d, c))
    parts.append(c.r.choice([o_dog, o_car])(d, c))
    if c.known:
        parts.append(s_known(d, c))
    parts.append(s_med(d, c) if c.r.random() < 0.5 else s_callback(d, c))
    return "\n".join(parts)


# --------------------------------------------------------------------------------------------------- kind 12: arrears and payment plan
@S("regeling_kop")
def a_head(d, c):
    d.k("Betalingsregeling", "huurachterstand", "termijnen")
    return f"Betalingsregeling huurachterstand — incassodossier {case_no(d, c.r, 'incasso')}"


@S("regeling_schuldenaar")
def a_debtor(d, c):
    d.k("Schuldenaar", "burgerservicenummer")
    b = N.bsn(c.r)
    bf = c.r.choice([b, f"{b[:3]} {b[3:6]} {b[6:]}", f"{b[:4]}.{b[4:6]}.{b[6:]}"])
    return f"Schuldenaar: {d.n(c.res, 'full')} (° {dob(d, c.r)}), burgerservicenummer {d.p(bf, 'BSN')}"


@S("regeling_termijnen")
def a_terms(d, c):
    d.k("termijnen", "incasso", "maand")
    return (
        f"Het bedrag wordt in {c.r.randint(6, 24)} termijnen van € {money(c.r, 40, 180)} per maand via automatische incasso "
        f"afgeschreven van {d.p(N.iban(c.r), 'IBAN')}."
    )


@S("regeling_schuldhulp_contact")
def a_help(d, c):
    sh = c.who("schuldhulp")
    d.k("Schuldhulpverlening", "contactpersoon")
    return (
        f"Contactpersoon Schuldhulpverlening gemeente {c.city}: {d.n(sh, 'full')}, {d.p(N.landline(c.r), 'PHONE')} "
        f"(algemeen: {c.muni})."
    )


def kind_arrears(d, c):
    d.k(c.muni)
    parts = [a_head(d, c), a_debtor(d, c), a_terms(d, c)]
    if c.known:
        parts.append("Toelichting huurder: " + s_known(d, c))
        d.k("Toelichting")
    parts.append(a_help(d, c))
    return "\n".join(parts)


# --------------------------------------------------------------------------------------------------- kind 13: contractor work order
@S("werkbon_kop")
def wb_head(d, c):
    d.k("Werkbon", "opdrachtgever")
    return f"Werkbon {case_no(d, c.r, 'werkbon')} — {c.contractor} — opdrachtgever {c.assoc}"


@S("werkbon_monteur_voertuig")
def wb_tech(d, c):
    m = c.who("monteur")
    d.k("Monteur", "voertuig")
    return f"Monteur: {d.n(m, 'first_initial')} | voertuig {d.p(N.plate(c.r), 'LICENSE_PLATE')}"


@S("werkbon_uitgevoerd")
def wb_done(d, c):
    iss = c.r.choice(ISSUES)
    d.k("Uitgevoerd", "vervolgafspraak", "nodig", iss[1])
    return f"Uitgevoerd: {iss[1]} tijdelijk verholpen, vervolgafspraak nodig; onderdelen besteld."


@S("werkbon_akkoord_huurder")
def wb_sign(d, c):
    d.k("Akkoord", "handtekening")
    return f"Akkoord huurder ({d.n(c.res, 'initials')}, {addr(d, c)}): handtekening ontbreekt, huurder niet thuis."


def kind_order(d, c):
    parts = [wb_head(d, c), wb_tech(d, c), wb_done(d, c)]
    if c.known:
        parts.append("Opmerking: " + s_known(d, c))
        d.k("Opmerking")
    parts.append(wb_sign(d, c))
    if c.r.random() < 0.5:
        parts.append(s_missed(d, c))
    return "\n".join(parts)


# --------------------------------------------------------------------------------------------------- kind 14: municipal inspection report
@S("inspectie_kop")
def i_head(d, c):
    d.k("Inspectierapport", "Bouwbesluit", "Woningwet")
    return f"Inspectierapport Woningwet/Bouwbesluit — gemeente {c.city} — zaak {case_no(d, c.r, 'bwt')}"


@S("inspectie_bevinding")
def i_find(d, c):
    d.k("Bevinding", "vochtmeting", "buitenmuur")
    return f"Bevinding: vochtmeting buitenmuur woonkamer {c.r.randint(28, 60)} procent, ventilatieroosters afgeplakt."


@S("inspectie_aanschrijving")
def i_order(d, c):
    insp = c.who("inspecteur")
    d.k("aanschrijving", "eigenaar", "herstel", "inspecteur")
    return (
        f"De eigenaar ({c.assoc}) ontvangt een aanschrijving tot herstel binnen {c.r.randint(4, 12)} weken. "
        f"Behandelend inspecteur: {d.n(insp, 'full')}, {d.p(f'{N.slug(insp.first)[0]}.{N.slug(insp.surname)}@{N.slug(c.city)}.nl', 'EMAIL')}."
    )


def kind_inspect(d, c):
    d.k("Adres", "Bewoner")
    parts = [i_head(d, c), f"Adres: {addr(d, c)}, {pc(d, c)} {c.city}. Bewoner: {d.n(c.res, 'full')}", i_find(d, c)]
    if c.known:
        parts.append(s_known(d, c))
    parts.append(i_order(d, c))
    return "\n".join(parts)


KINDS = [
    ("kind_ticketexport", kind_ticket),
    ("kind_brief_corporatie", kind_letter),
    ("kind_whatsapp_flat", kind_app),
    ("kind_notulen_bewonerscommissie", kind_minutes),
    ("kind_mail_fotos", kind_mail),
    ("kind_logboek_huismeester", kind_log),
    ("kind_verslag_bemiddelaar", kind_report),
    ("kind_verzoek_huurcommissie", kind_hc),
    ("kind_servicekosten", kind_sk),
    ("kind_intake_renovatie", kind_intake),
    ("kind_overlastmelding", kind_nuis),
    ("kind_betalingsregeling", kind_arrears),
    ("kind_werkbon_aannemer", kind_order),
    ("kind_inspectierapport", kind_inspect),
]
for _name, _fn in KINDS:
    SHAPES[_name] = _fn


# --------------------------------------------------------------------------------------------------- assembly and gate
def _words(s):
    return [w for w in re.findall(r"[^\W\d_]+", s.lower()) if len(w) > 1 and w not in SCORE.PARTICLES]


def make_doc(i, stream):
    r = random.Random(stream)
    known = N.KNOWN[r.randrange(len(N.KNOWN))] if i % 4 == 1 else None
    c = C(r, known)
    d = D(r)
    kname, kfn = KINDS[(i + r.randrange(3)) % len(KINDS)] if r.random() < 0.5 else r.choice(KINDS)
    d.shapes.append(kname)
    text = kfn(d, c)
    keep = []
    for k in d.keep:
        if k and k not in keep and re.search(r"(?<!\w)" + re.escape(k) + r"(?!\w)", text):
            keep.append(k)
    doc = {"id": f"fresh33e-{i:04d}", "text": text, "pii": d.pii, "keep": keep}
    if known:
        kn = {"names": [c.res.full]}
        if c.mail and c.mail in text:
            kn["emails"] = [c.mail]
        if c.phone and c.phone in text:
            kn["phones"] = [c.phone]
        doc["known"] = kn
    return doc, d.shapes


def gate(doc: dict) -> str | None:
    try:
        SCORE.check_doc(doc)
    except AssertionError as e:
        return f"check_doc: {e}"
    for it in doc["pii"]:
        if it["label"] not in LABELS:
            return f"label {it['label']}"
        if it["label"] == "BSN" and not N.bsn_ok(it["text"]):
            return f"bsn {it['text']}"
        if it["label"] == "IBAN" and not N.iban_ok(it["text"]):
            return f"iban {it['text']}"
    if len(doc["keep"]) < 5:
        return "fewer than 5 keep words"
    name_words = {w for it in doc["pii"] if it["label"] == "PERSON" for w in _words(it["text"])}
    known_words = {w for n in doc.get("known", {}).get("names", []) for w in _words(n)}
    for k in doc["keep"]:
        for w in _words(k):
            if w in name_words and not (w in known_words and k == k.lower()):
                return f"keep {k!r} shares {w!r} with a name"
    if "known" in doc:
        if not any(k == k.lower() and set(_words(k)) & known_words for k in doc["keep"]):
            return "known name without its ordinary use in keep"
    return None


def generate():
    docs, shapes, redraws = [], Counter(), 0
    for i in range(N_DOCS):
        doc, sh = make_doc(i, f"{SEED}-{i}")
        attempt = 0
        while gate(doc) is not None:
            attempt += 1
            redraws += 1
            if attempt > 50:
                raise SystemExit(f"document {i}: no passing draw ({gate(doc)})")
            doc, sh = make_doc(i, f"{SEED}-{i}-{attempt}")
        docs.append(doc)
        shapes.update(set(sh))
    return docs, shapes, redraws


def dump(docs):
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv):
    docs, shapes, redraws = generate()
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == dump(docs)
        print("fresh33e_texts.jsonl is up to date" if same else "fresh33e_texts.jsonl differs from the generator")
        return 0 if same else 1
    if "--stats" in argv:
        labels = Counter(it["label"] for d in docs for it in d["pii"])
        print(f"documents: {len(docs)}")
        for lab in LABELS:
            print(f"  {lab:14s} {labels[lab]}")
        print(f"pii items: {sum(labels.values())}; keep words: {sum(len(d['keep']) for d in docs)}")
        print(f"shapes registered: {len(SHAPES)}; shapes used: {len(shapes)}")
        print(f"known-name documents: {sum('known' in d for d in docs)}")
        print(f"redraws: {redraws}")
        return 0
    OUT.write_text(dump(docs), encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
