"""Document kinds and their line and sentence shapes for fresh27b (housing allocation, urgency and homelessness)."""

from __future__ import annotations

import f27b_people as P
from f27b_core import SHAPES, D, ascii_fold


def reg(name: str, desc: str) -> str:
    SHAPES[name] = desc
    return name


def pick(d: D, variants: list) -> str:
    """Choose one of ``variants`` [(shape name, thunk)], mark its shape and return its text."""
    name, fn = d.r.choice(variants)
    d.mark(name)
    return fn()


KINDS = []


def kind(name: str, desc: str):
    def deco(fn):
        reg(name, desc)
        fn.kind_name = name
        KINDS.append(fn)
        return fn

    return deco


# ---- shared sentence and line shapes ---------------------------------------------------------------------------
for _n, _d in [
    ("dob.colon_field", "form field 'Geboortedatum: <dob>'"),
    ("dob.geb_abbrev", "'geb. <dob>' after a name"),
    ("dob.paren_bare", "name followed by '(<dob>)' without cue"),
    ("dob.geboren_op_te", "'geboren op <dob> te <place>'"),
    ("dob.asterisk", "'* <dob>' genealogical style"),
    ("dob.is_van", "informal 'is van <dob>'"),
    ("dob.leeftijd_geb", "'<n> jaar, geb. <dob>'"),
    ("dob.list_dash", "list line 'name – dob – relation' without cue"),
    ("dob.gebdat", "abbreviated cue 'gebdat.'"),
    ("sig.formal_block", "closing block with name, function, department, e-mail, phone"),
    ("sig.groetjes_first", "informal closing with first name only"),
    ("sig.namens_init", "closing 'Namens ...' with initials and function"),
    ("sig.hoogachtend", "'Hoogachtend,' with title and surname"),
    ("contact.tel_mail_slash", "'Tel: ... / e-mail: ...'"),
    ("contact.bel_na", "'U kunt mij bellen op ..., liefst na ...'"),
    ("contact.nummer_veranderd", "'Mijn nummer is veranderd, het is nu ...'"),
    ("contact.bereikbaar_via", "'bereikbaar via ... of ...'"),
]:
    reg(_n, _d)

BIRTHPLACES = [
    "Paramaribo",
    "Willemstad",
    "Nador",
    "Al Hoceima",
    "Kayseri",
    "Aleppo",
    "Asmara",
    "Mogadishu",
    "Kumasi",
    "Gdańsk",
    "Kraków",
    "Surabaya",
    "Ambon",
    "Colombo",
    "Herat",
    "Teheran",
    "Lagos",
    "Praia",
    "Chennai",
    "Sneek",
    "Zutphen",
    "Kerkrade",
    "Oranjestad",
    "Nickerie",
    "Kiev",
    "Sarajevo",
    "Hongkong",
    "Wenzhou",
]


def _age_phrase(d: D, p, y0, y1) -> str:
    s = P.dob(d.r, y0, y1, "long")
    return f"{d.full(p)}, {2026 - int(s[-4:])} jaar (geb. {d.P(s, 'DATE_OF_BIRTH')})"


def dob_phrase(d: D, p, y0=1950, y1=2006, allowed=None) -> str:
    """A person with a date of birth, in one of many styles."""
    variants = [
        ("dob.geb_abbrev", lambda: f"{d.full(p)}, geb. {d.dob(y0, y1)}"),
        (
            "dob.paren_bare",
            lambda: f"{d.full(p)} ({d.dob(y0, y1, d.r.choice(['dash0', 'dots', 'slash', 'iso', 'dash']))})",
        ),
        (
            "dob.geboren_op_te",
            lambda: f"{d.full(p)}, geboren op {d.dob(y0, y1, 'long')} te {d.K(d.r.choice(BIRTHPLACES))}",
        ),
        ("dob.asterisk", lambda: f"{d.full(p)} (* {d.dob(y0, y1, d.r.choice(['dots', 'dash0', 'abbr']))})"),
        ("dob.leeftijd_geb", lambda: _age_phrase(d, p, y0, y1)),
        ("dob.gebdat", lambda: f"{d.full(p)}, gebdat. {d.dob(y0, y1, d.r.choice(['dash0', 'compact', 'dashshort']))}"),
    ]
    if allowed:
        variants = [v for v in variants if v[0] in allowed]
    return pick(d, variants)


def sig_official(d: D, p, function: str, dept: str) -> str:
    return pick(
        d,
        [
            (
                "sig.formal_block",
                lambda: (
                    f"Met vriendelijke groet,\n\n{d.full(p)}\n{d.K(function)}\n{d.K(dept)}, gemeente {d.K(d.town)}\n"
                    f"{d.email(p, official=True)} | {d.phone(p, mobile=d.r.random() < 0.5)}"
                ),
            ),
            (
                "sig.namens_init",
                lambda: (
                    f"Namens het college van burgemeester en wethouders,\n{d.init(p)}\n{d.K(function)}, {d.K(dept)}"
                ),
            ),
            ("sig.hoogachtend", lambda: f"Hoogachtend,\n\n{p.title} {d.init(p)}\n{d.K(function)}"),
        ],
    )


def contact(d: D, p) -> str:
    return pick(
        d,
        [
            ("contact.tel_mail_slash", lambda: f"Tel: {d.phone(p)} / e-mail: {d.email(p)}"),
            (
                "contact.bel_na",
                lambda: (
                    f"U kunt mij bellen op {d.phone(p)}, liefst na {d.K(d.r.choice(['15.00', '16.30', '11.00']))} uur."
                ),
            ),
            (
                "contact.nummer_veranderd",
                lambda: f"Mijn nummer is veranderd, het is nu {d.phone(p)}. Mail kan ook: {d.email(p)}",
            ),
            ("contact.bereikbaar_via", lambda: f"Bereikbaar via {d.phone(p)} of {d.email(p)}."),
        ],
    )


FUNCS = [
    ("woonconsulent", "Wonen"),
    ("medewerker woonruimteverdeling", "Team Wonen"),
    ("secretaris urgentiecommissie", "Urgentiecommissie"),
    ("casemanager", "Maatschappelijke Opvang"),
    ("consulent briefadressen", "Burgerzaken"),
    ("beleidsmedewerker huisvesting", "Sociaal Domein"),
    ("klantmanager", "Werk en Inkomen"),
    ("medewerker Centrale Toegang", "Centrale Toegang"),
    ("teamleider", "Publiekszaken"),
    ("wijkcoach", "Wijkteam"),
]
REASONS = [
    ("scheiding", "na de scheiding"),
    ("huiselijk geweld", "na huiselijk geweld"),
    ("ontruiming", "na de ontruiming"),
    ("medische noodzaak", "om medische redenen"),
    ("uitstroom", "bij uitstroom uit een instelling"),
    ("mantelzorg", "vanwege mantelzorg"),
]


def official(d: D):
    p = P.person(d.r)
    f, dept = d.r.choice(FUNCS)
    return p, f, dept


# ---- document kinds --------------------------------------------------------------------------------------------
@kind("doc.urgency_form", "urgency application form with tick boxes and household table")
def k_urgency_form(d: D) -> str:
    r, p = d.r, d.res
    kids = [d.rel(p) for _ in range(r.randint(1, 3))]
    st = P.street(r)
    lines = [
        f"{d.K('AANVRAAGFORMULIER')} {d.K('URGENTIEVERKLARING')} – gemeente {d.K(d.town)}",
        "",
        f"{d.K('Zaaknummer')} (door gemeente in te vullen): {d.case('urg')}",
        "",
        "1. Gegevens aanvrager",
        f"Achternaam: {d.sur(p)}",
        f"Voornamen: {d.first(p)}",
        f"{d.K('Geboortedatum')}: {d.dob(1960, 2004)}",
        f"BSN: {d.bsn()}",
        f"Huidig adres: {d.addr(st)}",
        f"Postcode en woonplaats: {d.pc()} {d.town}",
        f"Telefoon: {d.phone(p)}",
        f"E-mailadres: {d.email(p)}",
        "",
    ]
    d.mark("line.form_checkbox")
    d.mark("dob.colon_field")
    reason = r.choice(REASONS)
    box = "\n".join(f"[{'x' if rr[0] == reason[0] else ' '}] {rr[0]}" for rr in REASONS)
    lines += ["2. Reden van de aanvraag (aankruisen)", box, ""]
    d.K(reason[0].split()[0])
    d.mark("line.household_table")
    lines += ["3. Meeverhuizende gezinsleden", "naam | geboortedatum | relatie"]
    for k in kids:
        lines.append(f"{d.full(k)} | {d.dob(2008, 2024)} | {'dochter' if k.gender == 'f' else 'zoon'}")
    lines += [
        "",
        f"4. Toelichting: {d.K('Sinds')} {d.date()} verblijf ik {reason[1]} tijdelijk bij familie. "
        f"De kinderen slapen in één kamer. {d.kn() or ''}".strip(),
        "",
        f"{d.K('Handtekening')}: ____________ {d.K('Datum')}: {d.date(keep=False)}",
    ]
    return "\n".join(lines)


reg("line.form_checkbox", "tick-box block '[x] reason'")
reg("line.household_table", "pipe table 'naam | geboortedatum | relatie'")


@kind("doc.resident_letter_divorce", "resident's letter in distress after a divorce, first person")
def k_divorce_letter(d: D) -> str:
    r, p = d.r, d.res
    ex = P.person(r, gender="m" if p.gender == "f" else "f")
    kid = d.rel(p)
    st = P.street(r)
    opening = pick(
        d,
        [
            ("sent.beste_mensen", lambda: "Beste mensen van de gemeente,"),
            ("sent.aan_wie", lambda: f"{d.K('Aan')} wie het aangaat bij team {d.K('Wonen')},"),
        ],
    )
    body = [
        opening,
        "",
        f"Mijn naam is {d.full(p)} en ik schrijf u omdat ik echt niet meer weet waar ik heen moet. "
        f"{d.K('Sinds')} de scheiding van {d.full(ex)} woon ik met mijn {'dochter' if kid.gender == 'f' else 'zoon'} "
        f"{d.first(kid)} op een zolderkamer bij mijn moeder aan de {d.street(st)}.",
        f"{d.first(ex)} is in ons huis aan de {d.addr()} blijven wonen; het huurcontract staat op {ex.zijn} naam.",
        f"Ik sta al {r.randint(2, 9)} jaar ingeschreven bij {d.K(d.corp_kw)} (inschrijfnummer {d.case('wl')}) maar met "
        f"mijn inschrijfduur kom ik nergens. Op {d.date()} heb ik de urgentie aangevraagd.",
        d.kn("En ook:"),
        contact(d, p),
        "",
        pick(
            d,
            [
                ("sig.groetjes_first", lambda: f"Groetjes, {d.first(p)}"),
                ("sent.alvast_bedankt", lambda: f"Alvast bedankt,\n{d.full(p)}"),
            ],
        ),
    ]
    d.K("scheiding", "zolderkamer", "inschrijfduur", "urgentie")
    return "\n".join(x for x in body if x is not None)


reg("sent.beste_mensen", "letter opening 'Beste mensen van de gemeente,'")
reg("sent.aan_wie", "letter opening 'Aan wie het aangaat bij team ...'")
reg("sent.alvast_bedankt", "closing 'Alvast bedankt,' with full name")


@kind("doc.gp_letter", "GP's supporting letter for an urgency application")
def k_gp_letter(d: D) -> str:
    r, p = d.r, d.res
    gp = P.person(r)
    practice = r.choice(
        [
            "Gezondheidscentrum De Linde",
            "Huisartsenpraktijk Stadsoever",
            "Huisartsen Het Vlak",
            "Gezondheidscentrum Zuiderpark",
        ]
    )
    d.K(practice.split()[0])
    diag = r.choice(
        [
            "ernstige COPD",
            "een posttraumatische stressstoornis",
            "een heupprothese en valgevaar",
            "astma bij het jongste kind",
            "hartfalen",
        ]
    )
    lines = [
        f"{practice}",
        f"{d.K('Huisarts')} {d.full(gp)}",
        "",
        f"{d.town}, {d.date()}",
        "",
        f"{d.K('Betreft')}: {dob_phrase(d, p, 1940, 2000)}",
        f"{d.K('Adres')}: {d.addr()}, {d.pc()} {d.town}",
        "",
        "Geachte leden van de urgentiecommissie,",
        "",
        pick(
            d,
            [
                (
                    "sent.gp_hierbij_verklaar",
                    lambda: (
                        f"Hierbij verklaar ik dat {p.title} {d.sur(p)} sinds {r.randint(2003, 2022)} bij mij "
                        f"als patiënt staat ingeschreven en bekend is met {diag}."
                    ),
                ),
                (
                    "sent.gp_op_verzoek",
                    lambda: (
                        f"Op verzoek van mijn patiënt, {p.title} {d.sur(p)}, bevestig ik dat er sprake is van {diag}."
                    ),
                ),
            ],
        ),
        f"De huidige woning (portiekflat, derde verdieping, zonder lift) is medisch gezien ongeschikt. {d.kn() or ''}".strip(),
        f"Ik adviseer een gelijkvloerse woning. Voor vragen ben ik bereikbaar via de doktersassistente op {d.phone(gp, mobile=False)}.",
        "",
        "Met collegiale groet,",
        "",
        f"{d.K('drs.')} {d.init(gp)}, huisarts",
        f"AGB-code {r.randint(1000000, 9999999)}",
    ]
    d.K("urgentiecommissie", "portiekflat", "gelijkvloerse")
    return "\n".join(lines)


reg("sent.gp_hierbij_verklaar", "GP 'Hierbij verklaar ik dat ... als patiënt staat ingeschreven'")
reg("sent.gp_op_verzoek", "GP 'Op verzoek van mijn patiënt, ..., bevestig ik'")


@kind("doc.medical_advice", "independent medical adviser's advice to the urgency committee")
def k_medical_advice(d: D) -> str:
    r, p = d.r, d.res
    adv = P.person(r)
    d.K("Indicatiestelling", "Advies", "Conclusie", "Urgentiecommissie")
    lines = [
        f"MEDISCH ADVIES URGENTIE – {d.K('Indicatiestelling')} {d.K('Wonen')}",
        f"Dossier: {d.case('urg')}",
        f"Cliënt: {d.upper(p)} ({d.dob(1945, 2000, r.choice(['dash0', 'iso', 'dots']))})",
        f"Aanvraag ontvangen: {d.date()}",
        "",
        "Advies: "
        + r.choice(
            [
                "medische urgentie wordt ondersteund",
                "geen medische urgentie",
                "urgentie met zoekprofiel beneden-/benedenwoning",
            ]
        )
        + ".",
        f"Conclusie: de beperkingen van {p.title} {d.sur(p)} zijn blijvend; traplopen is niet mogelijk. {d.kn() or ''}".strip(),
        "",
        f"Opgesteld door {d.full(adv)}, {d.K('medisch adviseur')} namens de {d.K('GGD')} aan de Urgentiecommissie.",
    ]
    d.mark("line.upper_client_with_dob")
    return "\n".join(lines)


reg("line.upper_client_with_dob", "'Cliënt: SURNAME I. (dob)' in capitals")


@kind("doc.committee_minutes", "urgency committee minutes with several applications")
def k_minutes(d: D) -> str:
    r, p = d.r, d.res
    chair, sec, adv = P.person(r), P.person(r), P.person(r)
    others = [P.person(r) for _ in range(r.randint(1, 2))]
    lines = [
        f"{d.K('Verslag')} vergadering {d.K('Urgentiecommissie')} {d.town} – {d.wday()} {d.date()}",
        f"{d.K('Aanwezig')}: {d.full(chair)} (voorzitter), {d.full(sec)} (secretaris), {d.full(adv)} (medisch adviseur)",
        "",
    ]
    d.mark("line.minutes_agenda_item")
    apps = [p] + others
    r.shuffle(apps)
    for i, a in enumerate(apps, 3):
        dec = r.choice(["toegekend", "afgewezen", "aangehouden"])
        lines.append(f"{d.K('Agendapunt')} {i}: aanvraag {a.title} {d.sur(a)} ({d.case('urg')})")
        lines.append(
            pick(
                d,
                [
                    (
                        "sent.minutes_besluit_colon",
                        lambda: (
                            f"Besluit: {dec}. "
                            + (
                                f"{d.sur(sec)} stuurt de beschikking."
                                if dec != "aangehouden"
                                else "Nadere informatie opvragen bij de huisarts."
                            )
                        ),
                    ),
                    (
                        "sent.minutes_commissie_oordeelt",
                        lambda: (
                            f"De commissie oordeelt dat de situatie van {d.sur(a)} {'wel' if dec == 'toegekend' else 'niet'} buiten de eigen verantwoordelijkheid ligt; {dec}."
                        ),
                    ),
                ],
            )
        )
    lines += [
        "",
        d.kn("Opmerking van de voorzitter:") or f"{d.K('Rondvraag')}: geen.",
        f"Volgende vergadering: {d.date(keep=False)}.",
    ]
    d.K("voorzitter", "secretaris")
    return "\n".join(lines)


reg("line.minutes_agenda_item", "'Agendapunt n: aanvraag mevrouw X (case)'")
reg("sent.minutes_besluit_colon", "'Besluit: toegekend. X stuurt de beschikking.'")
reg("sent.minutes_commissie_oordeelt", "'De commissie oordeelt dat de situatie van X ... ligt'")


@kind("doc.decision_letter", "decision letter on an urgency application with objection clause")
def k_decision(d: D) -> str:
    r, p = d.r, d.res
    o, f, dept = official(d)
    granted = r.random() < 0.5
    lines = [
        f"{p.title.capitalize()} {d.init(p)}",
        f"{d.addr()}",
        f"{d.pc()} {d.town.upper()}",
        "",
        f"{d.K('Datum')}: {d.date()}",
        f"{d.K('Ons kenmerk')}: {d.case('urg')}",
        f"{d.K('Onderwerp')}: besluit op uw aanvraag urgentieverklaring",
        "",
        f"Geachte {p.title} {d.sur(p)},",
        "",
    ]
    if granted:
        lines.append(
            pick(
                d,
                [
                    (
                        "sent.dec_granted_zoekprofiel",
                        lambda: (
                            f"Wij kennen u een urgentieverklaring toe. Uw zoekprofiel: {r.choice(['driekamerwoning', 'tweekamerwoning', 'benedenwoning'])} in {d.town}, geldig tot {d.date()}."
                        ),
                    )
                ],
            )
        )
        d.K("urgentieverklaring", "zoekprofiel")
    else:
        lines.append(
            pick(
                d,
                [
                    (
                        "sent.dec_refused_eigen",
                        lambda: (
                            "Wij wijzen uw aanvraag af. Uw woonprobleem is volgens de Huisvestingsverordening niet onvoorzienbaar en niet buiten uw eigen schuld ontstaan."
                        ),
                    )
                ],
            )
        )
        d.K("Huisvestingsverordening")
    lines += [
        d.kn("U schreef ons:"),
        pick(
            d,
            [
                (
                    "sent.bezwaar_zes_weken",
                    lambda: (
                        f"Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken bezwaar maken. Zie {d.K('www.' + d.town.lower() + '.nl/bezwaar')} of bel {d.tel14()}."
                    ),
                ),
                (
                    "sent.bezwaar_awb",
                    lambda: (
                        f"Tegen dit besluit kunt u op grond van de {d.K('Algemene')} wet bestuursrecht binnen zes weken bezwaar maken bij het college."
                    ),
                ),
            ],
        ),
        "",
        sig_official(d, o, f, dept),
    ]
    d.K("bezwaar")
    return "\n".join(x for x in lines if x is not None)


reg("sent.dec_granted_zoekprofiel", "decision granted with search profile and validity")
reg("sent.dec_refused_eigen", "decision refused: not unforeseeable, own responsibility")
reg("sent.bezwaar_zes_weken", "objection clause with website and 14 number")
reg("sent.bezwaar_awb", "objection clause citing Awb")


@kind("doc.waitlist_printout", "waiting-list printout (fixed-width rows) for an offered dwelling")
def k_waitlist(d: D) -> str:
    r, p = d.r, d.res
    cands = [p] + [P.person(r) for _ in range(r.randint(2, 4))]
    r.shuffle(cands)
    off = d.addr()
    lines = [
        f"{d.K('UITDRAAI')} KANDIDATENLIJST – {d.K(d.corp)}",
        f"Advertentie {r.randint(100000, 999999)} – {off}, {d.town}",
        f"Reactietermijn gesloten op {d.date()}",
        "",
        "rang  naam                      geb.datum    inschrijfnr   inschrijfduur",
    ]
    d.mark("line.fixed_width_row")
    for i, c in enumerate(cands, 1):
        nm = d.upper(c) if r.random() < 0.6 else d.listing(c)
        lines.append(
            f"{i:>4}  {nm:<25} {d.dob(1950, 2005, r.choice(['dash0', 'dots', 'iso']))}  {d.case('wl'):<12}  {r.randint(1, 14)} jr {r.randint(0, 11)} mnd"
        )
    lines += [
        "",
        f"{d.K('Voorrang')}: kandidaat met urgentie ({d.sur(p)}) gaat voor op inschrijfduur.",
        d.kn("Notitie verhuurder:") or f"{d.K('Huurprijs')} {d.amount(550, 900)} per maand.",
    ]
    d.K("rang", "inschrijfduur", "Advertentie")
    return "\n".join(lines)


reg("line.fixed_width_row", "fixed-width waiting-list row with rank, name, dob, registration number")


@kind("doc.briefadres_application", "application for a postal address at a friend's home, with main occupant's consent")
def k_briefadres(d: D) -> str:
    r, p = d.r, d.res
    host = P.person(r)
    st = P.street(r)
    lines = [
        f"{d.K('Aanvraag')} {d.K('briefadres')} – {d.K('Basisregistratie')} Personen",
        f"Zaak: {d.case('ba')}",
        "",
        f"Aanvrager: {d.full(p)}",
        f"{d.K('Geboortedatum')}: {d.dob(1955, 2006)}",
        f"BSN: {d.bsn()}",
        f"Laatste woonadres: {d.addr()} (vertrokken op {d.date()})",
        "",
        f"{d.K('Briefadresgever')} (hoofdbewoner): {d.full(host)}",
        f"Adres briefadres: {d.addr(st)}, {d.pc()} {d.town}",
        "",
        pick(
            d,
            [
                (
                    "sent.ba_ik_verklaar_host",
                    lambda: (
                        f"Ik, {d.full(host)}, verklaar dat {d.full(p)} post mag ontvangen op mijn adres aan de {d.street(st)} en dat ik de post doorgeef."
                    ),
                ),
                (
                    "sent.ba_geen_woonadres",
                    lambda: (
                        f"{p.hij.capitalize()} heeft geen woonadres en slaapt wisselend bij vrienden; {d.first(host)} stemt in met het briefadres."
                    ),
                ),
            ],
        ),
        d.kn(),
        f"Reden: geen vaste woon- of verblijfplaats. {d.K('Handtekening')} beide partijen.",
    ]
    d.K("hoofdbewoner", "woonadres")
    return "\n".join(x for x in lines if x is not None)


reg("sent.ba_ik_verklaar_host", "main occupant's consent 'Ik, X, verklaar dat Y post mag ontvangen'")
reg("sent.ba_geen_woonadres", "'heeft geen woonadres en slaapt wisselend bij vrienden'")


@kind("doc.shelter_intake", "night-shelter intake note in telegraphic style")
def k_shelter_intake(d: D) -> str:
    r, p = d.r, d.res
    w = P.person(r)
    lines = [
        f"INTAKE {d.K(d.shelter.upper().split()[0])} – {d.K(d.shelter)}",
        f"Cliëntnr. {d.case('mo')}",
        "",
        f"Naam: {d.listing(p)}",
        f"{d.K('Geb')}.: {d.dob(1950, 2006, r.choice(['dash', 'dashshort', 'shorty', 'dots']))}  Nationaliteit: {d.K(r.choice(['Nederlandse', 'Poolse', 'Eritrese', 'Somalische', 'Surinaamse']))}",
        f"Laatst verbleven: {r.choice(['bij ex-partner', 'in de auto', 'bij een neef', 'buiten'])}, {d.street(P.street(r))}",
        "Regiobinding: "
        + ("ja" if r.random() < 0.5 else "nee, uit " + d.K(r.choice(["Utrecht", "Rotterdam", "Groningen", "Zwolle"]))),
        f"Inkomen: {d.K(r.choice(['geen', 'Participatiewet', 'WW', 'Wajong', 'AOW']))}",
        f"Verslaving: {r.choice(['nee', 'alcohol', 'niet bekend'])}",
        f"Afspraken: {d.K('melden')} om 21.00 uur, {d.K('vertrek')} om 08.30 uur.",
        d.kn("Overig:"),
        "",
        f"Intaker: {d.full(w)}, {d.K('dienstdoend')} {d.K('medewerker')} ({d.date()})",
    ]
    d.mark("line.telegraphic_fields")
    return "\n".join(x for x in lines if x is not None)


reg("line.telegraphic_fields", "telegraphic intake fields 'Inkomen: ..., Verslaving: ...'")


@kind("doc.shelter_daylog", "shelter staff day log with timed entries")
def k_daylog(d: D) -> str:
    r, p = d.r, d.res
    staff = [P.person(r) for _ in range(2)]
    guest2 = P.person(r)
    entries = [
        ("log.time_name_arrived", lambda: f"22.14 {d.first(p)} binnen, {d.K('bed')} {r.randint(1, 40)}. Rustig."),
        (
            "log.time_conflict",
            lambda: (
                f"23.40 ruzie tussen {d.sur(p)} en {d.full(guest2)} over een telefoonlader; {d.first(staff[0])} grijpt in."
            ),
        ),
        (
            "log.time_called",
            lambda: (
                f"07.15 {d.first(p)} gebeld door {d.K('Wijkteam')}: afspraak {d.wday()} om 10.00 op het {d.K('Stadskantoor')}."
            ),
        ),
        (
            "log.time_left_items",
            lambda: f"08.35 {d.full(p)} vertrokken, tas achtergelaten in kluis {r.randint(1, 60)}.",
        ),
    ]
    picked = r.sample(entries, r.randint(2, 4))
    lines = [
        f"{d.K('Dagrapportage')} {d.K(d.shelter)} – {d.date()}",
        f"{d.K('Nachtdienst')}: {d.full(staff[0])} / {d.full(staff[1])}",
        "",
    ]
    for name, fn in picked:
        d.mark(name)
        lines.append(fn())
    lines.append(d.kn("NB:"))
    return "\n".join(x for x in lines if x is not None)


for _n, _d in [
    ("log.time_name_arrived", "log line 'hh.mm First binnen, bed n'"),
    ("log.time_conflict", "log line about a quarrel between two guests"),
    ("log.time_called", "log line about a phone call and appointment"),
    ("log.time_left_items", "log line 'left, bag in locker n'"),
]:
    reg(_n, _d)


@kind("doc.sofa_surfer_texts", "text messages (WhatsApp) of a sofa-surfer with a social worker")
def k_texts(d: D) -> str:
    r, p = d.r, d.res
    sw = P.person(r)
    d.mark("line.chat_timestamp")
    fs = d.first(p)
    lines = [
        f"[{r.randint(1, 28)}-{r.randint(1, 12)} 09:{r.randint(10, 59)}] {d.full(sw)}: Goedemorgen {fs}, heb je al een plek voor vannacht?",
        f"[09:{r.randint(10, 59)}] {fs}: nee nog niet. bij mn neef kan niet meer want zijn vriendin wil het niet",
        pick(
            d,
            [
                (
                    "chat.lowercase_full_name",
                    lambda: (
                        f"[09:{r.randint(10, 59)}] {fs}: de brief van de gemeente staat op naam van {d.lower(p)} maar ik krijg geen post want geen adres"
                    ),
                ),
                (
                    "chat.send_address",
                    lambda: (
                        f"[09:{r.randint(10, 59)}] {fs}: mag ik {d.addr()} als adres opgeven? daar woont mijn tante"
                    ),
                ),
            ],
        ),
        f"[10:{r.randint(10, 59)}] {d.first(sw)}: Ik bel het {d.K('Loket')} {d.K('Briefadressen')}. {d.K('Dinsdag')} kun je langskomen op {d.K('Stadskantoor')}.",
        f"[10:{r.randint(10, 59)}] {fs}: oke dankje. mijn nieuwe nummer is {d.phone(p)}",
    ]
    kn = d.kn("[11:02] " + d.first(sw) + ": Even voor het dossier:")
    if kn:
        lines.append(kn)
    d.K("neef", "vriendin")
    return "\n".join(lines)


reg("line.chat_timestamp", "chat line '[hh:mm] Name: message'")
reg("chat.lowercase_full_name", "chat message with the writer's name in lower case")
reg("chat.send_address", "chat message proposing an aunt's address")


@kind("doc.social_worker_email", "social worker's e-mail to a housing consultant")
def k_sw_email(d: D) -> str:
    r, p = d.r, d.res
    sw, hc = P.person(r), P.person(r)
    kid = d.rel(p)
    lines = [
        f"Van: {d.full(sw)} <{d.email(sw)}>",
        f"Aan: {d.full(hc)} <{d.email(hc, official=True)}>",
        f"Onderwerp: {d.K('spoed')} – gezin {d.sur(p)}, {d.case('urg')}",
        "",
        f"Hoi {d.first(hc)},",
        "",
        pick(
            d,
            [
                (
                    "sent.sw_zoals_besproken",
                    lambda: (
                        f"Zoals besproken stuur ik je de stukken van {p.title} {d.sur(p)}. {p.hij.capitalize()} woont met {d.first(kid)} ({d.dob(2010, 2022, 'dash')}) in een kamer van 9 m² bij {d.K(d.corp_kw)}."
                    ),
                ),
                (
                    "sent.sw_kun_jij_kijken",
                    lambda: (
                        f"Kun jij kijken of de aanvraag van {d.full(p)} nog voor de {d.K('commissie')} van {d.date()} kan? Het gaat niet goed met {d.first(kid)}."
                    ),
                ),
            ],
        ),
        d.kn(),
        f"Het {d.K('Wijkteam')} heeft de schulden in beeld; de huurachterstand is {d.amount(300, 5000)}.",
        "",
        f"Groet, {d.first(sw)}",
        f"{d.K('Maatschappelijk')} werker, {d.K('Wijkteam')} {d.K(r.choice(['Noord', 'Oost', 'Centrum', 'Zuid']))}",
    ]
    d.K("schulden", "huurachterstand")
    return "\n".join(x for x in lines if x is not None)


reg("sent.sw_zoals_besproken", "'Zoals besproken stuur ik je de stukken van ...'")
reg("sent.sw_kun_jij_kijken", "'Kun jij kijken of de aanvraag van ... nog voor de commissie kan?'")


@kind("doc.care_leaver_handover", "handover note for a young person leaving youth care at 18")
def k_care_leaver(d: D) -> str:
    r, p = d.r, d.res
    mentor = P.person(r)
    mother = d.rel(p, gender="f")
    lines = [
        f"{d.K('Overdracht')} 18-/18+ – {d.K('Jeugdhulp')} De Opstap",
        f"Trajectnummer: {d.case('jz')}",
        "",
        pick(
            d,
            [
                (
                    "sent.cl_wordt_18",
                    lambda: (
                        f"{d.full(p)} wordt op {d.dob(2007, 2008, 'long')} achttien en moet dan de leefgroep verlaten."
                    ),
                ),
                (
                    "dob.is_van",
                    lambda: (
                        f"{d.first(p)} is van {d.dob(2007, 2008, r.choice(['dash', 'dash0']))} en woont sinds drie jaar op de leefgroep."
                    ),
                ),
            ],
        ),
        f"Moeder, {d.full(mother)}, woont in {d.K(r.choice(['Zwolle', 'Utrecht', 'Groningen', 'Rotterdam']))}; terugkeer naar huis is geen optie.",
        f"Mentor: {d.full(mentor)} ({d.phone(mentor)}).",
        f"{d.K('Aanmelding')} {d.K('Jongerenhuisvesting')}: {d.K('campuscontract')} aangevraagd; tot die tijd {d.K('Kamertraining')}.",
        d.kn(),
        f"{d.K('Zorgverzekering')} en {d.K('DigiD')} zijn geregeld; {d.K('bankrekening')} {d.iban()} staat op eigen naam.",
    ]
    return "\n".join(x for x in lines if x is not None)


reg("sent.cl_wordt_18", "'X wordt op <dob> achttien en moet dan de leefgroep verlaten'")


@kind("doc.eviction_notice", "housing association's announcement of an eviction with bailiff")
def k_eviction(d: D) -> str:
    r, p = d.r, d.res
    bailiff = P.person(r)
    partner = d.rel(p, gender="m" if p.gender == "f" else "f")
    a = d.addr()
    lines = [
        f"{d.K(d.corp)}",
        f"Aan de bewoners van {a}, {d.pc()} {d.town}",
        f"t.a.v. {d.full(p)} en {d.full(partner)}",
        "",
        f"{d.K('AANKONDIGING')} {d.K('ONTRUIMING')}",
        f"{d.K('Dossiernummer')} {d.case('hc')}",
        "",
        pick(
            d,
            [
                (
                    "sent.ev_vonnis_kantonrechter",
                    lambda: (
                        f"Bij vonnis van de kantonrechter van {d.date()} is de huurovereenkomst ontbonden. Wij laten de woning ontruimen op {d.wday()} {d.date()} om 09.00 uur."
                    ),
                ),
                (
                    "sent.ev_huurachterstand_bedrag",
                    lambda: (
                        f"Ondanks herhaalde aanmaningen bedraagt de huurachterstand {d.amount(1500, 9000)}. De ontruiming vindt plaats op {d.date()}."
                    ),
                ),
            ],
        ),
        f"De ontruiming wordt uitgevoerd door gerechtsdeurwaarder {d.full(bailiff)} ({d.case('dw')}).",
        f"Betaalt u vóór die datum het volledige bedrag op {d.iban()} o.v.v. {d.sur(p)}, dan kan de ontruiming worden opgeschort.",
        d.kn(),
        f"Voor hulp: {d.K('Schuldhulpverlening')} {d.town}, {d.tel14()}.",
    ]
    d.K("gerechtsdeurwaarder", "ontruiming")
    return "\n".join(x for x in lines if x is not None)


reg("sent.ev_vonnis_kantonrechter", "eviction after court judgement, date and time")
reg("sent.ev_huurachterstand_bedrag", "eviction after rent arrears with amount")


@kind("doc.temporary_contract", "excerpt of a temporary rental contract (jongeren/tijdelijk)")
def k_temp_contract(d: D) -> str:
    r, p = d.r, d.res
    o, f, dept = official(d)
    lines = [
        f"{d.K('HUUROVEREENKOMST')} {d.K('WOONRUIMTE')} – {d.K('TIJDELIJK')} (art. 7:271 BW)",
        "",
        f"{d.K('Verhuurder')}: {d.K(d.corp)}, vertegenwoordigd door {d.full(o)}",
        f"{d.K('Huurder')}: {d.full(p)}, geboren {d.dob(1995, 2006, 'long')}",
        f"{d.K('Gehuurde')}: {d.addr()}, {d.pc()} {d.town}",
        f"Artikel 3. De huur gaat in op {d.date()} en eindigt van rechtswege na vijf jaar (jongerencontract).",
        f"Artikel 4. De kale huur bedraagt {d.amount(350, 700)} per maand, te voldoen via automatische incasso van {d.iban()}.",
        d.kn("Bijzondere bepaling:"),
        "",
        f"{d.K('Paraaf')} huurder: ____",
    ]
    d.mark("line.contract_article")
    d.K("jongerencontract")
    return "\n".join(x for x in lines if x is not None)


reg("line.contract_article", "contract clause 'Artikel n. ...'")


@kind("doc.mediator_report", "mediator's report of a request for coordination about housing")
def k_mediator(d: D) -> str:
    r, p = d.r, d.res
    med = P.person(r)
    o, f, dept = official(d)
    lines = [
        f"{d.K('Verzoek')} tot {d.K('Afstemming')} – {d.K('verslag')} {d.K('bemiddelaar')}",
        f"Kenmerk: {d.case('kl')}",
        "",
        pick(
            d,
            [
                (
                    "sent.med_inwoner_meldde",
                    lambda: (
                        f"Op {d.date()} meldde {d.full(p)} zich aan de balie: de {d.K('urgentieaanvraag')} lag al {r.randint(9, 30)} weken stil."
                    ),
                ),
                (
                    "sent.med_telefonisch_verzoek",
                    lambda: (
                        f"{p.title.capitalize()} {d.sur(p)} belde {d.tel14()} en vroeg om een bemiddelaar: niemand reageerde op {p.zijn} bericht over de {d.K('nachtopvang')}."
                    ),
                ),
            ],
        ),
        f"Ik heb contact gehad met {d.full(o)} ({d.K(f)}, {d.K(dept)}).",
        pick(
            d,
            [
                (
                    "sent.med_afgesproken_dat",
                    lambda: (
                        f"Afgesproken is dat {d.sur(o)} vóór {d.date()} een besluit neemt en {d.sur(p)} daarover belt."
                    ),
                ),
                (
                    "sent.med_geen_oplossing",
                    lambda: (
                        f"Een oplossing binnen de regels is er niet; ik verwijs {d.sur(p)} naar de {d.K('klachtenprocedure')}."
                    ),
                ),
            ],
        ),
        d.kn(),
        f"{d.K('Controlevraag')} gesteld op {d.date(keep=False)}: {p.hij} is tevreden. {d.K('Bemiddelaar')}: {d.full(med)}.",
    ]
    return "\n".join(x for x in lines if x is not None)


reg("sent.med_inwoner_meldde", "mediator: 'Op <date> meldde X zich aan de balie'")
reg("sent.med_telefonisch_verzoek", "mediator: resident phoned the 14 number and asked for a mediator")
reg("sent.med_afgesproken_dat", "mediator: agreement with official before a date")
reg("sent.med_geen_oplossing", "mediator: no solution, referral to complaints procedure")


@kind("doc.phone_note", "customer contact centre phone note")
def k_phone_note(d: D) -> str:
    r, p = d.r, d.res
    agent = P.person(r)
    lines = [
        f"{d.K('TELEFOONNOTITIE')} {d.K('KCC')}",
        f"{d.K('Datum')}/tijd: {d.date()} {r.randint(8, 16)}:{r.randint(10, 59)}",
        f"{d.K('Beller')}: {d.tsur(p)}, {d.phone(p)}",
        f"{d.K('Aangenomen')} door: {d.first(agent)} ({d.K('Klantcontact')})",
        "",
        pick(
            d,
            [
                (
                    "sent.pn_belt_over",
                    lambda: (
                        f"Belt over de status van zijn/haar aanvraag {d.case('urg')}. Is op {d.date()} uit huis gezet en slaapt in de auto ({d.plate()})."
                    ),
                ),
                (
                    "sent.pn_wil_teruggebeld",
                    lambda: (
                        f"Wil teruggebeld worden door de woonconsulent. Heeft geen beltegoed; liever mailen naar {d.email(p)}."
                    ),
                ),
            ],
        ),
        d.kn(),
        f"{d.K('Terugbelverzoek')} doorgezet naar {d.K('Team')} {d.K('Wonen')}.",
    ]
    return "\n".join(x for x in lines if x is not None)


reg("sent.pn_belt_over", "phone note: 'Belt over de status ... slaapt in de auto (plate)'")
reg("sent.pn_wil_teruggebeld", "phone note: 'Wil teruggebeld worden ...'")


@kind("doc.objection", "objection letter against a refused urgency")
def k_objection(d: D) -> str:
    r, p = d.r, d.res
    lawyer = P.person(r) if r.random() < 0.5 else None
    head = f"{d.full(p)}\n{d.addr()}\n{d.pc()} {d.town}\n{d.case('urg')}\n"
    body = [
        head,
        f"Aan het college van burgemeester en wethouders van {d.K(d.town)}",
        f"{d.K('Postbus')} {r.randint(10, 9999)}",
        "",
        f"{d.town}, {d.date()}",
        "",
        f"{d.K('Betreft')}: bezwaarschrift tegen afwijzing urgentie",
        "",
        (
            pick(
                d,
                [
                    (
                        "sent.obj_namens_client",
                        lambda: f"Namens mijn cliënt, {d.full(p)}, maak ik bezwaar tegen het besluit van {d.date()}.",
                    )
                ],
            )
            if lawyer
            else pick(
                d,
                [
                    (
                        "sent.obj_hierbij_maak_ik",
                        lambda: f"Hierbij maak ik bezwaar tegen uw besluit van {d.date()}, kenmerk zoals hierboven.",
                    )
                ],
            )
        ),
        f"U stelt dat {'het' if lawyer else 'mijn'} woonprobleem voorzienbaar was. Dat is onjuist: {'cliënt' if lawyer else 'ik'} moest {r.choice(['na bedreiging door mijn ex', 'na de brand', 'na het overlijden van mijn vader'])} met spoed vertrekken.",
        d.kn(),
        "Ik verzoek u gehoord te worden.",
        "",
    ]
    if lawyer:
        body.append(
            f"{d.K('mr.')} {d.init(lawyer)}, {d.K('advocaat')} bij {d.K('Advocatenkantoor')} {d.K('Stadsoever')}"
        )
    else:
        body.append(pick(d, [("sent.alvast_bedankt", lambda: f"Alvast bedankt,\n{d.full(p)}")]))
    d.K("bezwaarschrift", "voorzienbaar")
    return "\n".join(x for x in body if x is not None)


reg("sent.obj_hierbij_maak_ik", "'Hierbij maak ik bezwaar tegen uw besluit van ...'")
reg("sent.obj_namens_client", "'Namens mijn cliënt, X, maak ik bezwaar ...'")


@kind("doc.safe_house_letter", "women's shelter letter supporting urgency after domestic violence")
def k_safe_house(d: D) -> str:
    r, p = d.r, d.res
    worker = P.person(r)
    perp = P.person(r, gender="m")
    kids = [d.rel(p) for _ in range(r.randint(1, 2))]
    lines = [
        f"{d.K('Vrouwenopvang')} De Schuilplaats – {d.K('vertrouwelijk')}",
        "",
        f"{d.K('Betreft')}: {d.full(p)} ({d.dob(1975, 2004, 'dots')}) en kinderen",
        "; ".join(dob_phrase(d, k, 2008, 2024, allowed=["dob.paren_bare", "dob.asterisk", "dob.gebdat"]) for k in kids),
        "",
        pick(
            d,
            [
                (
                    "sent.sh_verblijft_sinds",
                    lambda: (
                        f"{p.title.capitalize()} {d.sur(p)} verblijft sinds {d.date()} op een geheim adres. Er is een {d.K('huisverbod')} opgelegd aan {d.full(perp)}."
                    ),
                ),
                (
                    "sent.sh_veilig_thuis",
                    lambda: (
                        f"{d.K('Veilig')} {d.K('Thuis')} heeft op {d.date()} een melding gedaan; de politie heeft {d.full(perp)} aangehouden."
                    ),
                ),
            ],
        ),
        f"Terugkeer naar de woning aan de {d.addr()} is niet veilig omdat {d.sur(perp)} daar nog sleutels van heeft.",
        d.kn(),
        f"Wij vragen een urgentieverklaring met uitsluiting van de wijk {d.K(r.choice(['Rivierenwijk', 'Kolenkit', 'Schilderswijk', 'Hoogkamp', 'Zandweerd']))}.",
        "",
        f"{d.full(worker)}, {d.K('ambulant')} {d.K('hulpverlener')}",
    ]
    return "\n".join(x for x in lines if x is not None)


reg("sent.sh_verblijft_sinds", "'verblijft sinds <date> op een geheim adres; huisverbod'")
reg("sent.sh_veilig_thuis", "'Veilig Thuis heeft ... een melding gedaan'")


@kind("doc.home_visit", "housing consultant's home visit report (overcrowding, mould)")
def k_home_visit(d: D) -> str:
    r, p = d.r, d.res
    o = P.person(r)
    fam = [d.rel(p) for _ in range(r.randint(2, 4))]
    lines = [
        f"{d.K('Huisbezoek')} – {d.K('Woonconsulentschap')}",
        f"Adres: {d.addr()}",
        f"Datum: {d.wday()} {d.date()}",
        "",
        f"Aanwezig: {d.full(p)} en de kinderen " + ", ".join(d.first(k) for k in fam) + ".",
        pick(
            d,
            [
                (
                    "sent.hv_woning_meet",
                    lambda: (
                        f"De woning meet {r.randint(38, 60)} m² en heeft twee slaapkamers voor {len(fam) + 1} personen; er is {d.K('schimmel')} in de badkamer."
                    ),
                ),
                (
                    "sent.hv_overbewoning_vastgesteld",
                    lambda: (
                        f"Overbewoning vastgesteld: {len(fam) + 1} personen op {r.randint(30, 45)} m². {d.K('Schimmel')} op de slaapkamer van {d.first(fam[0])}."
                    ),
                ),
            ],
        ),
        d.kn(),
        f"{d.K('Advies')}: doorverwijzen naar {d.K('Urgentiecommissie')}; melding {d.K('Woningtoezicht')} gemaakt.",
        "",
        f"{d.init(o)}, {d.K('woonconsulent')}",
    ]
    return "\n".join(x for x in lines if x is not None)


reg("sent.hv_woning_meet", "'De woning meet n m² en heeft twee slaapkamers ...'")
reg("sent.hv_overbewoning_vastgesteld", "'Overbewoning vastgesteld: n personen op m²'")


@kind("doc.arrears_signal", "early-warning note on rent arrears (vroegsignalering)")
def k_arrears(d: D) -> str:
    r, p = d.r, d.res
    o = P.person(r)
    lines = [
        f"{d.K('Vroegsignalering')} – signaal {d.K(d.corp_kw)}",
        f"{d.K('Signaal')} ontvangen: {d.date()}",
        f"{d.K('Huurder')}: {d.upper(p)}, {d.addr()}, {d.pc(False)}",
        f"Achterstand: {d.amount(400, 3000)} ({r.randint(2, 5)} maanden)",
        f"Rekening huurder: {d.iban()}",
        "",
        pick(
            d,
            [
                (
                    "sent.vs_huisbezoek_niet_thuis",
                    lambda: (
                        f"Huisbezoek op {d.date()}: niet thuis, kaartje achtergelaten. Buurvrouw zegt dat {d.sur(p)} overdag werkt."
                    ),
                ),
                (
                    "sent.vs_regeling_getroffen",
                    lambda: (
                        f"{d.sur(p)} heeft een betalingsregeling getroffen van {d.amount(40, 200)} per maand; {d.K('ontruiming')} is van de baan."
                    ),
                ),
            ],
        ),
        d.kn(),
        f"Behandelaar: {d.full(o)}, {d.K('Schuldhulpverlening')}",
    ]
    return "\n".join(x for x in lines if x is not None)


reg("sent.vs_huisbezoek_niet_thuis", "arrears: home visit, not at home")
reg("sent.vs_regeling_getroffen", "arrears: payment arrangement made")


@kind("doc.sms_reminder", "short municipal text-message reminders")
def k_sms(d: D) -> str:
    r, p = d.r, d.res
    msgs = [
        (
            "sms.herinnering_afspraak",
            lambda: (
                f"{d.K('Herinnering')}: {d.first(p)}, u heeft {d.wday()} om {r.randint(9, 15)}.{r.choice(['00', '15', '30'])} een afspraak bij het {d.K('Zorgloket')}. Neem uw ID mee. Verhinderd? Bel {d.tel14()}."
            ),
        ),
        (
            "sms.woningaanbod",
            lambda: (
                f"{d.K(d.corp_kw)}: {d.first(p)}, u staat op plek {r.randint(1, 3)} voor {d.addr()}. Reageer vóór {d.date()} via Mijn {d.K(d.corp_kw)}."
            ),
        ),
        (
            "sms.briefadres_post",
            lambda: (
                f"Gemeente {d.K(d.town)}: er ligt post voor {d.upper(p)} klaar bij {d.K('Burgerzaken')} (zaak {d.case('ba')})."
            ),
        ),
    ]
    picked = r.sample(msgs, 2)
    lines = []
    for name, fn in picked:
        d.mark(name)
        lines.append(f"SMS {r.randint(8, 20)}:{r.randint(10, 59)} – " + fn())
    lines.append(f"SMS – Gemeente {d.K(d.town)}: Wij hebben uw {d.K('aanvraag')} ontvangen. Mail naar {d.info_mail()}.")
    kn = d.kn("Antwoord van de inwoner:")
    if kn:
        lines.append(kn)
    lines.append(f"Afzender: {d.K('GemeenteInfo')}")
    return "\n".join(lines)


for _n, _d in [
    ("sms.herinnering_afspraak", "text message reminder of an appointment"),
    ("sms.woningaanbod", "text message from a housing association: place on a candidate list"),
    ("sms.briefadres_post", "text message: mail waiting at civil affairs"),
]:
    reg(_n, _d)


@kind("doc.hospital_discharge", "transfer note: patient discharged without a home")
def k_discharge(d: D) -> str:
    r, p = d.r, d.res
    nurse = P.person(r)
    lines = [
        f"{d.K('Transferpunt')} {d.K(r.choice(['Isala', 'Deventer', 'Rijnstate', 'Gelre', 'Amphia']))} – {d.K('ontslag')} zonder woonadres",
        f"Patiënt: {d.listing(p)}",
        f"{d.K('Geboortedatum')}: {d.dob(1945, 1995, r.choice(['dash0', 'long', 'abbr']))}",
        f"BSN {d.bsn()}",
        "",
        pick(
            d,
            [
                (
                    "sent.td_opgenomen_na",
                    lambda: f"Opgenomen op {d.date()} na een val op straat. Medisch uitbehandeld per {d.date()}.",
                ),
                (
                    "sent.td_geen_adres_bekend",
                    lambda: f"Geen adres bekend; laatst verbleven in {d.K(d.shelter)}. Heeft wondzorg nodig.",
                ),
            ],
        ),
        d.kn(),
        f"Gevraagd: plek in {d.K('Herstelzorg')} of {d.K('Beschermd')} {d.K('Wonen')}.",
        "",
        f"{d.K('Transferverpleegkundige')}: {d.full(nurse)}, {d.phone(nurse, mobile=False)}",
    ]
    return "\n".join(x for x in lines if x is not None)


reg("sent.td_opgenomen_na", "transfer: 'Opgenomen op ... na een val op straat'")
reg("sent.td_geen_adres_bekend", "transfer: 'Geen adres bekend; laatst verbleven in ...'")


@kind("doc.police_report_homeless", "community police officer's report of a person sleeping rough or in a car")
def k_police(d: D) -> str:
    r, p = d.r, d.res
    cop = P.person(r)
    car_line = f"{d.K('Voertuig')}: {d.K(r.choice(['Opel', 'Volkswagen', 'Peugeot', 'Toyota', 'Renault']))} met kenteken {d.plate()}"
    lines = [
        f"{d.K('Melding')} {d.K('Meldpunt')} {d.K('Bijzondere')} {d.K('Zorg')}",
        f"{d.K('Melder')}: {d.K('wijkagent')} {d.full(cop)}",
        "",
        pick(
            d,
            [
                (
                    "sent.pol_aangetroffen_in_auto",
                    lambda: (
                        f"Op {d.date()} om 02.10 uur trof ik {d.full(p)} slapend aan in de auto op het parkeerterrein achter de {d.K('Jumbo')}."
                    ),
                ),
                (
                    "sent.pol_portiek",
                    lambda: (
                        f"Bewoners van de {d.street(P.street(r))} melden dat iemand in de portiek slaapt. Het gaat om {d.full(p)}."
                    ),
                ),
            ],
        ),
        car_line,
        f"Betrokkene, {dob_phrase(d, p, 1955, 2004, allowed=['dob.geb_abbrev', 'dob.gebdat'])}, wil hulp maar geen {d.K('nachtopvang')}.",
        d.kn(),
        f"Graag opvolging door {d.K('Straatteam')}.",
    ]
    return "\n".join(x for x in lines if x is not None)


reg("sent.pol_aangetroffen_in_auto", "police: 'trof ik X slapend aan in de auto'")
reg("sent.pol_portiek", "police: residents report a man sleeping in the porch")


@kind("doc.host_statement", "statement of a main occupant about a lodger (inwoning)")
def k_host(d: D) -> str:
    r, p = d.r, d.res
    host = P.person(r)
    st = P.street(r)
    lines = [
        f"{d.K('VERKLARING')} {d.K('HOOFDBEWONER')}",
        "",
        f"Ondergetekende, {dob_phrase(d, host, 1950, 1995, allowed=['dob.geboren_op_te', 'dob.geb_abbrev', 'dob.leeftijd_geb'])}, wonende {d.addr(st)} te {d.K(d.town)},",
        pick(
            d,
            [
                (
                    "sent.host_verklaart_inwoning",
                    lambda: (
                        f"verklaart dat {d.full(p)} sinds {d.date(2025)} bij mij inwoont en per {d.date()} moet vertrekken."
                    ),
                ),
                (
                    "sent.host_verklaart_slapen",
                    lambda: (
                        f"verklaart dat {d.full(p)} alleen op de bank slaapt en niet op de {d.street(st)} staat ingeschreven."
                    ),
                ),
            ],
        ),
        d.kn("Ook verklaar ik:"),
        f"{d.K('Handtekening')}: _____   {d.K('Plaats')}: {d.town}",
        f"Kopie {d.K('legitimatiebewijs')} bijgevoegd: {d.fileform(host) and ('id-' + d.fileform(host) + '.jpg') or 'id-scan.jpg'}",
    ]
    d.mark("line.attachment_filename")
    return "\n".join(x for x in lines if x is not None)


reg("sent.host_verklaart_inwoning", "host: lodger lives in since, must leave by")
reg("sent.host_verklaart_slapen", "host: lodger sleeps on the sofa, not registered")
reg("line.attachment_filename", "attachment file name containing a surname")


@kind("doc.housing_offer", "allocation offer letter for a social rental home")
def k_offer(d: D) -> str:
    r, p = d.r, d.res
    o = P.person(r)
    a = d.addr()
    lines = [
        f"{d.K(d.corp)}",
        f"{p.title.capitalize()} {d.init(p)}",
        f"p/a {d.K(d.shelter)}, {d.addr()}",
        "",
        f"{d.K('Betreft')}: woningaanbieding {a}",
        f"{d.K('Inschrijfnummer')}: {d.case('wl')}",
        "",
        pick(
            d,
            [
                (
                    "sent.offer_gefeliciteerd",
                    lambda: (
                        f"Gefeliciteerd! Op grond van uw urgentie bieden wij u de woning {a} aan, {r.randint(2, 4)} kamers, {d.K('huurprijs')} {d.amount(500, 850)}."
                    ),
                ),
                (
                    "sent.offer_bezichtiging",
                    lambda: (
                        f"U bent als eerste kandidaat geselecteerd. De bezichtiging is op {d.wday()} {d.date()} om 14.00 uur."
                    ),
                ),
            ],
        ),
        d.kn(),
        "Let op: weigert u deze woning zonder goede reden, dan vervalt uw urgentie.",
        "",
        f"{d.full(o)}, {d.K('verhuurconsulent')}",
    ]
    return "\n".join(x for x in lines if x is not None)


reg("sent.offer_gefeliciteerd", "offer: 'Gefeliciteerd! ... bieden wij u de woning aan'")
reg("sent.offer_bezichtiging", "offer: first candidate, viewing date")


@kind("doc.status_question_email", "resident's e-mail asking about status, non-native Dutch")
def k_status_email(d: D) -> str:
    r, p = d.r, d.res
    kid = d.rel(p)
    lines = [
        f"{d.K('Onderwerp')}: vraag over mijn {d.K('aanvraag')} {d.case('urg')}",
        "",
        f"{d.K('Goedendag')},",
        "",
        pick(
            d,
            [
                (
                    "sent.nn_ik_ben_wachten",
                    lambda: (
                        f"Ik ben {d.full(p)}. Ik ben wachten al {r.randint(3, 14)} maanden voor antwoord van {d.K('commissie')}. Mijn {'dochter' if kid.gender == 'f' else 'zoon'} {d.first(kid)} is ziek van de {d.K('vocht')}."
                    ),
                ),
                (
                    "sent.nn_mijn_naam_graag",
                    lambda: (
                        f"Mijn naam {d.full(p)}, geboren {d.dob(1960, 2000)}. Graag ik wil weten wanneer ik krijg {d.K('woning')}."
                    ),
                ),
            ],
        ),
        f"Mijn adres nu is {d.addr()} maar daar ik mag niet blijven na {d.date()}.",
        d.kn(),
        f"{d.K('Dank')} u wel.",
        f"{d.full(p)}",
        f"{d.phone(p)}",
    ]
    return "\n".join(x for x in lines if x is not None)


reg("sent.nn_ik_ben_wachten", "non-native: 'Ik ben wachten al n maanden'")
reg("sent.nn_mijn_naam_graag", "non-native: 'Mijn naam X, geboren ... Graag ik wil weten'")


@kind("doc.complaint_waitlist", "complaint about the registration period forwarded to the mediator")
def k_complaint(d: D) -> str:
    r, p = d.r, d.res
    son = d.rel(p, gender="m")
    o, f, dept = official(d)
    lines = [
        f"{d.K('Doorgestuurd')} bericht – {d.K('Klachtenfunctionaris')} → {d.K('bemiddelaar')}",
        f"Kenmerk {d.case('kl')}",
        "",
        f"Van: {d.full(p)} <{d.email(p)}>",
        "",
        pick(
            d,
            [
                (
                    "sent.cmp_inschrijving_vervallen",
                    lambda: (
                        f"Mijn inschrijving van {r.randint(11, 19)} jaar is vervallen omdat ik de {d.K('verlengingskosten')} van {d.amount(8, 15)} niet had betaald. Niemand heeft mij gewaarschuwd."
                    ),
                ),
                (
                    "sent.cmp_zoon_geen_kans",
                    lambda: (
                        f"Mijn zoon {d.full(son)} ({d.dob(1998, 2006, 'iso')}) woont nog thuis; met {r.randint(1, 4)} jaar inschrijving maakt hij geen kans."
                    ),
                ),
            ],
        ),
        d.kn(),
        f"Ik sprak eerder met {d.full(o)} van {d.K(dept)}, maar die zei dat er niets aan te doen was.",
        f"{d.K('Reactie')} gevraagd binnen tien {d.K('werkdagen')}.",
    ]
    return "\n".join(x for x in lines if x is not None)


reg("sent.cmp_inschrijving_vervallen", "complaint: registration lapsed over unpaid renewal fee")
reg("sent.cmp_zoon_geen_kans", "complaint: son living at home stands no chance")


@kind("doc.case_conference", "multi-party case conference notes with actions and initials")
def k_conference(d: D) -> str:
    r, p = d.r, d.res
    people = [P.person(r) for _ in range(3)]
    roles = r.sample(
        ["woonconsulent", "casemanager MO", "schuldhulpverlener", "wijkagent", "GGZ-verpleegkundige", "jeugdconsulent"],
        3,
    )
    lines = [
        f"{d.K('Casusoverleg')} {d.K('Zorg')} en {d.K('Veiligheid')} – {d.date()}",
        f"Casus: {d.full(p)} ({d.case('mo')})",
        "",
        "Aanwezig: " + "; ".join(f"{d.full(x)} ({d.K(ro)})" for x, ro in zip(people, roles, strict=False)),
        "",
    ]
    d.mark("line.action_initials")
    lines.append(f"{d.K('Acties')}:")
    for x in people:
        act = r.choice(
            [
                lambda: f"contact met {d.K(d.corp_kw)} over {d.K('huurachterstand')}",
                lambda: f"aanvraag {d.K('briefadres')} begeleiden",
                lambda: "huisbezoek plannen",
                lambda: f"{d.K('bewindvoering')} aanvragen",
            ]
        )
        lines.append(f"- {d.P(ascii_fold(x.first[0] + x.core[:2]).upper())}: " + act())
    lines += [
        d.kn("Uit het overleg:") or f"{d.K('Evaluatie')}: over zes weken.",
        f"{d.sur(p)} is op de hoogte van deze afspraken.",
    ]
    return "\n".join(x for x in lines if x is not None)


reg("line.action_initials", "action list line '- JHW: ...' with initials")


@kind("doc.caravan_parking", "note on a person living in a van, with parking fine and licence plate")
def k_caravan(d: D) -> str:
    r, p = d.r, d.res
    o = P.person(r)
    pl = d.plate()
    lines = [
        f"{d.K('Handhaving')} {d.K('Openbare')} {d.K('Ruimte')} – notitie",
        "",
        pick(
            d,
            [
                (
                    "sent.van_kampeerauto",
                    lambda: (
                        f"De kampeerauto met kenteken {pl} staat sinds {d.date()} aan de {d.street(P.street(r))}. Eigenaar {d.full(p)} woont er in."
                    ),
                ),
                (
                    "sent.van_boete_kenteken",
                    lambda: (
                        f"Op kenteken {pl} zijn {r.randint(2, 7)} naheffingen opgelegd (totaal {d.amount(90, 900)}); houder: {d.full(p)}."
                    ),
                ),
            ],
        ),
        f"{p.hij.capitalize()} heeft een {d.K('briefadres')} bij {d.K(d.shelter)} (zaak {d.case('ba')}).",
        d.kn(),
        f"{d.K('Afspraak')}: geen {d.K('wegsleepactie')} zolang de {d.K('woonbegeleiding')} loopt. – {d.init(o)}, {d.K('boa')}",
    ]
    return "\n".join(x for x in lines if x is not None)


reg("sent.van_kampeerauto", "camper with plate parked since date, owner lives in it")
reg("sent.van_boete_kenteken", "fines on plate, holder named")


@kind("doc.family_fire", "emergency housing after a fire: calamity notes for a whole family")
def k_fire(d: D) -> str:
    r, p = d.r, d.res
    partner = d.rel(p, gender="m" if p.gender == "f" else "f")
    kids = [d.rel(p) for _ in range(r.randint(1, 3))]
    lines = [
        f"{d.K('Calamiteitenregistratie')} – {d.K('Noodopvang')}",
        f"Datum: {d.date()}",
        f"{d.K('Getroffen')} adres: {d.addr()}, {d.pc()}",
        "",
        "Gezin:",
    ]
    d.mark("dob.list_dash")
    for x in [p, partner] + kids:
        lines.append(
            f"  {d.full(x)} – {d.dob(1955 if x in (p, partner) else 2007, 2003 if x in (p, partner) else 2025, r.choice(['dash0', 'long', 'slash']))} – "
            + ("ouder" if x in (p, partner) else "kind")
        )
    lines += [
        "",
        f"Opgevangen in {d.K('Hotel')} {d.K(r.choice(['Centraal', 'De Brink', 'Stadszicht']))} voor {r.randint(3, 14)} nachten; kosten voor rekening van {d.K('Bijzondere')} {d.K('Bijstand')}.",
        d.kn(),
        f"Contact gezin: {d.phone(p)}",
    ]
    return "\n".join(x for x in lines if x is not None)


def _handle(d: D, p) -> str:
    """A social-media handle built from the surname (personal), or a neutral one for a known-name resident."""
    if d.is_known(p):
        return "kamerzoeker" + str(d.r.randint(10, 99))
    return d.P(P.ascii_fold_name(p.fileform) + str(d.r.randint(10, 99)))


@kind("doc.youth_letter", "letter from a young person (17-23) to the alderman, informal")
def k_youth(d: D) -> str:
    r, p = d.r, d.res
    friend = P.person(r)
    lines = [
        f"{d.K('Beste')} {d.K('wethouder')},",
        "",
        f"ik ben {d.first(p)} en ik ben {r.randint(18, 23)}. ik heb in een {d.K('pleeggezin')} gewoond tot mijn 18e en nu heb ik niks.",
        pick(
            d,
            [
                (
                    "sent.yl_slaap_bij",
                    lambda: (
                        f"ik slaap nu bij {d.first(friend)} op de bank aan de {d.street(P.street(r))} maar dat mag maar tot {d.K(r.choice(['kerst', 'de zomer', 'oud en nieuw']))}."
                    ),
                ),
                (
                    "sent.yl_insta",
                    lambda: f"u kunt me ook een bericht sturen op insta @{_handle(d, p)} of bellen {d.phone(p)}.",
                ),
            ],
        ),
        f"op de lijst van {d.K('Jongerenhuisvesting')} sta ik op plek {r.randint(200, 900)}. ik wil gewoon een kamer.",
        d.kn(),
        "",
        f"{d.K('groetjes')}",
        d.lower(p) if r.random() < 0.5 else d.full(p),
    ]
    return "\n".join(x for x in lines if x is not None)


reg("sent.yl_slaap_bij", "youth: sleeps on a friend's sofa until ...")
reg("sent.yl_insta", "youth: social media handle built from the surname")


@kind("doc.medical_questionnaire", "medical urgency questionnaire filled in by the applicant")
def k_med_q(d: D) -> str:
    r, p = d.r, d.res
    spec = P.person(r)
    qa = [
        (
            "line.qa_numbered",
            f"{d.K('Vraag')} 1. Wat is uw aandoening? – {r.choice(['MS', 'reuma', 'COPD', 'epilepsie', 'een dwarslaesie'])}",
        ),
        (
            "line.qa_numbered",
            f"{d.K('Vraag')} 2. Wie is uw behandelaar? – {d.full(spec)}, {d.K(r.choice(['neuroloog', 'longarts', 'reumatoloog']))}, {d.K(r.choice(['Ziekenhuis', 'Medisch']))} {d.K('Centrum')}",
        ),
        ("line.qa_numbered", f"{d.K('Vraag')} 3. Welke voorzieningen zijn er al? – traplift via de {d.K('Wmo')}"),
    ]
    d.mark("line.qa_numbered")
    d.mark("dob.colon_field")
    lines = [
        f"{d.K('Vragenlijst')} {d.K('medische')} urgentie",
        f"Naam: {d.full(p)}   BSN: {d.bsn()}   {d.K('Geboortedatum')}: {d.dob(1940, 1999)}",
        "",
    ]
    lines += [q for _, q in qa]
    lines += [d.kn("Toelichting:"), f"Ingevuld op {d.date()} met hulp van {d.K('MEE')}-consulent."]
    return "\n".join(x for x in lines if x is not None)


@kind("doc.committee_secretary_mail", "committee secretary's e-mail requesting missing documents")
def k_secretary(d: D) -> str:
    r, p = d.r, d.res
    sec = P.person(r)
    lines = [
        f"Van: {d.email(sec, official=True)}",
        f"Aan: {d.email(p)}",
        f"CC: {d.info_mail()}",
        f"Onderwerp: aanvulling gevraagd – {d.case('urg')}",
        "",
        f"Geachte {p.title} {d.sur(p)},",
        "",
        pick(
            d,
            [
                (
                    "sent.sec_ontbrekende_stukken",
                    lambda: (
                        f"Voor de behandeling in de {d.K('Urgentiecommissie')} ontbreken: {d.K('inkomensverklaring')}, {d.K('echtscheidingsconvenant')} en een recent {d.K('uittreksel')} BRP."
                    ),
                ),
                (
                    "sent.sec_termijn_opgeschort",
                    lambda: (
                        f"De beslistermijn is opgeschort tot wij de stukken hebben. Stuur ze vóór {d.date()} als bijlage, bijvoorbeeld als {d.K('scan')}-{d.fileform(p) or 'aanvraag'}.pdf."
                    ),
                ),
            ],
        ),
        d.kn(),
        "",
        sig_official(d, sec, "secretaris urgentiecommissie", "Team Wonen"),
    ]
    return "\n".join(x for x in lines if x is not None)


reg("sent.sec_ontbrekende_stukken", "secretary: list of missing documents")
reg("sent.sec_termijn_opgeschort", "secretary: decision period suspended, attachment file name")


@kind("doc.shelter_bed_list", "night-shelter bed list for one night")
def k_bedlist(d: D) -> str:
    r, p = d.r, d.res
    guests = [p] + [P.person(r) for _ in range(r.randint(2, 4))]
    r.shuffle(guests)
    lines = [f"{d.K('Beddenlijst')} {d.K(d.shelter)} – nacht van {d.date()}", "bed;naam;cliëntnr;binnen"]
    d.mark("line.csv_row")
    for i, g in enumerate(guests, 1):
        lines.append(
            f"{i};{d.listing(g) if r.random() < 0.5 else d.full(g)};{d.case('mo')};{r.randint(20, 23)}:{r.randint(10, 59)}"
        )
    lines += [
        d.kn("Bijzonderheid:") or f"{d.K('Bijzonderheid')}: geen.",
        f"{d.K('Bezetting')} {len(guests)}/{r.randint(20, 40)}. {d.K('Winterregeling')} actief.",
    ]
    return "\n".join(x for x in lines if x is not None)


reg("line.qa_numbered", "numbered question with dash answer 'Vraag 1. ... – ...'")
reg("line.csv_row", "semicolon-separated bed list row")


@kind("doc.nameless_inquiry", "resident's web form with free text and drop-down answers")
def k_webform(d: D) -> str:
    r, p = d.r, d.res
    lines = [
        f"{d.K('Webformulier')} {d.K('Woonloket')} – ingediend {d.date()}",
        "",
        f"naam*: {d.full(p)}",
        f"e-mail*: {d.email(p)}",
        f"telefoon: {d.phone(p)}",
        f"postcode + huisnummer: {d.pc(False)} {r.randint(1, 200)}",
        f"onderwerp (keuzelijst): {d.K(r.choice(['Urgentie', 'Woningzoeken', 'Briefadres', 'Opvang']))}",
        pick(
            d,
            [
                (
                    "sent.wf_vraag_vrij",
                    lambda: (
                        f"vraag*: ik moet per {d.date()} uit mijn {d.K('antikraakwoning')} en heb nog niks. kan ik urgentie krijgen?"
                    ),
                ),
                (
                    "sent.wf_vraag_dakloos",
                    lambda: (
                        f"vraag*: ik ben dakloos sinds {d.date()}. waar kan ik een {d.K('briefadres')} aanvragen? mijn uitkering stopt anders."
                    ),
                ),
            ],
        ),
        d.kn("opmerking:"),
    ]
    d.mark("line.webform_star_field")
    return "\n".join(x for x in lines if x is not None)


reg("line.webform_star_field", "web form line 'naam*: value'")
reg("sent.wf_vraag_vrij", "web form question: leaving an anti-squat home")
reg("sent.wf_vraag_dakloos", "web form question: homeless, where to apply for a postal address")
