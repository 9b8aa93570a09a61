"""Document kinds and sentence shapes of fresh34a: residents, couples, witnesses and families dealing with the
municipality on civil ceremonies and names. Every shape is registered in SHAPES (name -> function)."""

from __future__ import annotations

import people34a as pp
from names34a import KNOWN, PLACES

SHAPES: dict = {}
DOC_KINDS: list = []
EXTRAS: list = []


def doc(f):
    SHAPES["doc:" + f.__name__] = f
    DOC_KINDS.append(f)
    return f


def extra(f):
    SHAPES["zin:" + f.__name__] = f
    EXTRAS.append(f)
    return f


DEPTS = [
    "Burgerzaken",
    "Publiekszaken",
    "Burgerlijke Stand",
    "Klantcontactcentrum",
    "Juridische Zaken",
    "Dienstverlening",
    "Facilitaire Zaken",
    "Financiën",
]
FUNCS = [
    "ambtenaar burgerlijke stand",
    "teamleider Burgerzaken",
    "medewerker Publiekszaken",
    "coördinator ceremonies",
    "juridisch adviseur",
    "senior medewerker Burgerlijke Stand",
    "klantadviseur",
    "afdelingshoofd Dienstverlening",
]


class Ctx:
    def __init__(self, r, i, known):
        self.r, self.i = r, i
        self.pii, self.keep, self.used = [], [], []
        self.city = r.choice(PLACES)
        self.known = None
        self.known_emails, self.known_phones = [], []
        if known:
            word, where, uses = KNOWN[r.randrange(len(KNOWN))]
            self.known_use = (word, uses)
            if where == "first":
                grp = "chinees" if word == "Mei" else r.choice(["nederlands", "fries"])
                a = pp.make_person(r, group=grp, sex="f")
                a.first = word
            else:
                a = pp.make_person(r, group=r.choice(["nederlands", "fries", "surinaams_creools", "moluks"]))
                a.core = word
                a.particle = r.choice(["", "", "de"]) if word not in ("Lange", "Hoop") else "de"
            self.known = a
            self.a = a
        else:
            self.a = pp.make_person(r)
        self.b = pp.make_person(r, sex="m" if self.a.sex == "f" and r.random() < 0.8 else r.choice("fm"))
        self.wd, self.date, self.month = pp.ceremony_date(r)

    # -- registration
    def P(self, text, label):
        if not any(x["text"] == text and x["label"] == label for x in self.pii):
            self.pii.append({"text": text, "label": label})
        return text

    def K(self, *words):
        for w in words:
            if w not in self.keep:
                self.keep.append(w)

    # -- names
    def nm(self, p, style="full"):
        r = self.r
        if p is self.known and style == "lower":
            style = "full"  # a lower-case known name would read as the ordinary word
        if style == "full":
            return self.P(p.full, "PERSON")
        if style in ("title", "Title"):
            t = r.choice(pp.TITLES[p.sex])
            if style == "Title":
                t = t[0].upper() + t[1:]
            return f"{t} {self.P(p.sur, 'PERSON')}"
        if style == "tfull":
            t = r.choice(pp.TITLES[p.sex])
            return f"{t} {self.P(p.full, 'PERSON')}"
        if style == "init":
            return self.P(f"{p.initials} {p.sur_after}", "PERSON")
        if style == "first":
            return self.P(p.first, "PERSON")
        if style == "sur":
            return self.P(p.sur, "PERSON")
        if style == "lower":
            return self.P(p.full.lower(), "PERSON")
        if style == "upper":
            return f"{self.P(p.sur.upper(), 'PERSON')}, {self.P(p.first, 'PERSON')}"
        if style == "poss":
            return self.P(p.poss(p.first), "PERSON")
        if style == "poss_sur":
            t = r.choice(pp.TITLES[p.sex])
            return f"{t} {self.P(p.poss(p.sur), 'PERSON')}"
        raise ValueError(style)

    def any_nm(self, p):
        return self.nm(p, self.r.choice(["full", "full", "title", "tfull", "init"]))

    # -- data
    def addr(self, with_pc=True, lower=False):
        r = self.r
        s = f"{pp.street(r)} {pp.housenr(r)}"
        s = self.P(s.lower() if lower else s, "ADDRESS")
        if with_pc:
            return f"{s}, {self.P(pp.postcode(r), 'POSTCODE')} {self.city}"
        return s

    def phone(self, p=None, kind=None):
        x = self.P(pp.phone(self.r, kind), "PHONE")
        if p is not None and p is self.known:
            self.known_phones.append(x)
        return x

    def email(self, p, partner=None):
        x = self.P(pp.email_for(self.r, p, partner=partner), "EMAIL")
        if p is self.known:
            self.known_emails.append(x)
        return x

    def dob(self, p=None):
        ymd = None
        if p is not None:
            if not hasattr(p, "ymd"):
                p.ymd = (self.r.randint(1950, 2005), self.r.randint(1, 12), self.r.randint(1, 28))
            ymd = p.ymd
        return self.P(pp.dob(self.r, ymd), "DATE_OF_BIRTH")

    @staticmethod
    def ze(p, cap=False):
        w = "ze" if p.sex == "f" else "hij"
        return w.capitalize() if cap else w

    def bsn(self):
        x = pp.bsn(self.r)
        if self.r.random() < 0.3:
            x = f"{x[:4]}.{x[4:6]}.{x[6:]}"
        return self.P(x, "BSN")

    def iban(self):
        return self.P(pp.iban(self.r), "IBAN")

    def case(self):
        return self.P(pp.case_number(self.r), "CASE_NUMBER")

    def plate(self):
        return self.P(pp.plate(self.r), "LICENSE_PLATE")

    def official(self):
        o = pp.make_person(self.r)
        return o, self.r.choice(FUNCS)

    def extras(self, n):
        out = []
        for f in self.r.sample(EXTRAS, n):
            self.used.append("zin:" + f.__name__)
            out.append(f(self))
        return out


# =============================================================== sentence shapes (extras)


@extra
def trouwauto(c):
    c.K("Stadhuisplein", "ontheffing")
    return (
        f"De trouwauto met kenteken {c.plate()} mag volgens {c.nm(c.b, 'title')} een half uur op het "
        f"Stadhuisplein staan; de ontheffing is nog niet binnen."
    )


@extra
def leges_terug(c):
    c.K("leges", "terugbetaald")
    amt = c.r.choice(["395,00", "512,50", "287,00", "634,00"])
    c.K(amt)
    return f"De leges van € {amt} worden terugbetaald op {c.iban()} ten name van {c.nm(c.a, 'init')}."


@extra
def getuige_regel(c):
    w = pp.make_person(c.r)
    c.K("Getuige")
    return f"Getuige 2: {c.nm(w)}, geboren {c.dob()}, wonend {c.addr(with_pc=False)} in {c.city}."


@extra
def moeder_bruid(c):
    m = pp.relative(c.r, c.a, sex="f")
    c.K("moeder")
    return (
        f"De moeder van {c.nm(c.a, 'first')}, {c.nm(m)}, belt namens de familie omdat "
        f"{c.nm(c.a, 'first')} zelf in het buitenland werkt ({c.phone(m, 'abroad')})."
    )


@extra
def babs_vriend(c):
    v = pp.make_person(c.r)
    c.K("beëdigd", "rechtbank")
    return (
        f"{c.nm(v)} wil voor één dag als trouwambtenaar worden beëdigd; de verklaring omtrent het gedrag "
        f"ligt al bij de rechtbank."
    )


@extra
def naam_akte_fout(c):
    c.K("huwelijksakte", "verbetering")
    wrong = c.a.sur.replace("ş", "s").replace("ł", "l").replace("ë", "e").replace("ç", "c").replace("ı", "i")
    if wrong == c.a.sur:
        w = c.a.sur
        k = len(w) - 3
        wrong = w[:k] + w[k + 1] + w[k] + w[k + 2 :]
    return (
        f"In de huwelijksakte staat {c.P(wrong, 'PERSON')} in plaats van {c.nm(c.a, 'sur')}; "
        f"het verzoek om verbetering ligt bij de afdeling."
    )


@extra
def tolk(c):
    t = pp.make_person(c.r)
    c.K("tolk", "Wbtv")
    return (
        f"Omdat {c.nm(c.b, 'first')} geen Nederlands spreekt, is {c.nm(t, 'tfull')} als beëdigd tolk "
        f"geregeld (ingeschreven in het register Wbtv)."
    )


@extra
def telefoon_terugbel(c):
    c.K("Terugbellen", "voorkeur", "ochtend")
    return f"Terugbellen op {c.phone(c.a)}, bij voorkeur in de ochtend."


@extra
def apostille_zin(c):
    c.K("apostille", "geboorteakte", "Rabat")
    return f"De geboorteakte van {c.nm(c.b)} uit Rabat is gelegaliseerd, maar de apostille ontbreekt volgens de balie."


@extra
def bsn_zin(c):
    c.K("Basisregistratie", "Personen")
    return f"In de Basisregistratie Personen staat {c.nm(c.a, 'init')} met BSN {c.bsn()} nog als ongehuwd."


@extra
def datum_geweigerd(c):
    c.K("geweigerd", c.wd, c.month)
    return (
        f"De gewenste datum, {c.wd} {c.date}, werd geweigerd omdat de trouwzaal dan voor een "
        f"raadsvergadering is gereserveerd."
    )


@extra
def gratis_trouwen(c):
    c.K("Gratis", "maandagochtend", "getuigen")
    return (
        "Gratis trouwen kan alleen op maandagochtend om negen uur, met hooguit twee getuigen, "
        f"schreef {c.nm(c.a, 'title')} verbaasd."
    )


@extra
def ondertrouw_termijn(c):
    c.K("melding", "termijn", "minimaal")
    return (
        f"De melding voorgenomen huwelijk moet minimaal twee weken van tevoren binnen zijn, "
        f"maar {c.nm(c.b, 'title')} heeft die termijn volgens de gemeente gemist."
    )


@extra
def kenmerk_zin(c):
    c.K("Zaaknummer", "vermelden")
    return f"Zaaknummer {c.case()} graag vermelden bij alle post."


@extra
def schoonvader(c):
    s = pp.relative(c.r, c.b, sex="m")
    c.K("Schoonvader", "rolstoel", "lift")
    return f"Schoonvader {c.nm(s)} zit in een rolstoel; de lift naar de raadzaal was op de proefdag buiten gebruik."


@extra
def kinderen_naam(c):
    k = pp.make_person(c.r, group=c.b.group, core=c.b.core, particle=c.b.particle)
    c.K("naamskeuze", "kinderen")
    return (
        f"Bij de naamskeuze kozen ze de achternaam van {c.nm(c.b, 'first')}, zodat de kinderen "
        f"{c.P(k.first + ' ' + k.sur_after, 'PERSON')} en later zijn broertjes dezelfde naam dragen."
    )


@extra
def erkenning_kort(c):
    c.K("erkenning", "ongeboren", "verloskundige")
    return (
        f"De erkenning van het ongeboren kind gebeurt vóór week 24; de verloskundige heeft "
        f"{c.nm(c.a, 'poss')} echo al gestuurd."
    )


@extra
def instagram(c):
    f1, f2 = c.a.first.split()[0].lower(), c.b.first.split()[0].lower()
    c.P(f1, "PERSON")
    c.P(f2, "PERSON")
    c.K("foto's", "Instagram")
    return f"De foto's van de ceremonie staan al op Instagram onder @{f1}.{f2}.{c.r.choice(['2027', 'trouwen', 'jawoord'])}."


@extra
def bestand_bijlage(c):
    fn = (c.b if c.a is c.known else c.a).core.lower().replace(" ", "")
    c.P(fn, "PERSON")
    c.K("Bijlage", "onleesbaar", "balie")
    return f"Bijlage: paspoort_{c.r.choice(['scan', 'kopie'])}-{fn}.pdf (onleesbaar volgens de balie)."


@extra
def buren_klacht(c):
    n = pp.make_person(c.r)
    c.K("buurvrouw", "tuinfeest", "geluid")
    return (
        f"De buurvrouw, {c.nm(n, 'tfull')} van {c.addr(with_pc=False)}, klaagde over het geluid van "
        f"het tuinfeest na de ceremonie."
    )


@extra
def bemiddelaar_afspraak(c):
    m = pp.make_person(c.r)
    c.K("Bemiddelaar", "afspraak", "werkdagen")
    return (
        f"Bemiddelaar {c.nm(m, 'init')} maakte de afspraak dat Burgerzaken binnen vijf werkdagen "
        f"een nieuwe datum voorstelt."
    )


@extra
def verhuizing(c):
    c.K("verhuisd", "adreswijziging")
    return f"{c.nm(c.a, 'Title')} is net verhuisd naar {c.addr()}; de adreswijziging is nog niet verwerkt."


@extra
def partner_geboren(c):
    c.K("Partner", "Geboorteplaats")
    return f"Partner: {c.nm(c.b, 'upper')} — geb. {c.dob(c.b)} — Geboorteplaats: Paramaribo."


@extra
def naamgebruik_kort(c):
    combo = c.P(f"{c.b.sur}-{c.a.sur}", "PERSON")
    c.K("naamgebruik", "voortaan")
    return f"{c.ze(c.a, True)} wil voortaan als {combo} worden aangeschreven; het naamgebruik is gewijzigd in de BRP."


@extra
def paraaf(c):
    o, f = c.official()
    c.K("Akkoord", "paraaf")
    return f"Akkoord, paraaf {c.nm(o, 'init')} ({f})."


@extra
def mail_zin(c):
    c.K("bevestiging", "spam")
    return f"De bevestiging ging naar {c.email(c.a)}, maar kwam in de map spam terecht."


@extra
def getuige_ziek(c):
    w = pp.make_person(c.r)
    w2 = pp.make_person(c.r)
    c.K("vervangen", "kopie")
    return (
        f"Getuige {c.nm(w, 'full')} is ziek en wordt vervangen door {c.nm(w2, 'tfull')}; "
        f"een kopie van het paspoort volgt."
    )


@extra
def uitnodiging_zin(c):
    c.K("Trouwzaal", c.wd)
    return (
        f"Op de uitnodiging staat {c.wd} {c.date}, Trouwzaal, om 14.30 uur; {c.nm(c.a, 'first')} en "
        f"{c.nm(c.b, 'first')} rekenen op tachtig gasten."
    )


@extra
def vrije_locatie(c):
    c.K("vrije", "locatie", "Handhaving")
    return (
        f"De schuur aan de {c.P(pp.street(c.r), 'ADDRESS')} is geen vrije locatie, zegt Handhaving; "
        f"{c.nm(c.b, 'title')} had het anders begrepen."
    )


@extra
def ongehuwdverklaring(c):
    c.K("verklaring", "ongehuwdheid", "consulaat")
    return f"Voor {c.nm(c.b, 'first')} ontbreekt nog een verklaring van ongehuwdheid van het consulaat in Den Haag."


@extra
def rekening_fout(c):
    c.K("dubbel", "afgeschreven")
    return f"Het bedrag is dubbel afgeschreven van rekening {c.iban()}, schreef {c.nm(c.a, 'title')}."


@extra
def kenmerk_tussen_haakjes(c):
    c.K("reactie", "herinnering")
    return f"Na een herinnering (ons kenmerk {c.case()}) kwam er nog steeds geen reactie."


@extra
def geb_datum_bron(c):
    c.K("paspoort", "afwijkende")
    return (
        f"In het paspoort staat als geboortedatum {c.dob(c.b)}, in de BRP een afwijkende datum; "
        f"{c.nm(c.b, 'title')} wil dat rechtgezet zien."
    )


@extra
def fotograaf(c):
    f = pp.make_person(c.r)
    c.K("fotograaf", "filmen", "raadzaal")
    return f"De fotograaf, {c.nm(f, 'full')}, mocht volgens de bode niet filmen in de raadzaal."


@extra
def ringdrager(c):
    n = pp.relative(c.r, c.a)
    c.K("Ringdrager", "neefje")
    return f"Ringdrager wordt neefje {c.nm(n, 'first')} (7), de zoon van {c.nm(pp.relative(c.r, c.a, 'f'), 'tfull')}."


@extra
def id_verlopen(c):
    c.K("identiteitsbewijs", "verlopen", c.month)
    return f"Het identiteitsbewijs van {c.nm(c.b, 'full')} is op {c.date} verlopen; een nieuwe afspraak kan pas in {c.month}."


@extra
def schijnhuwelijk(c):
    c.K("schijnhuwelijk", "onderzoek", "Vreemdelingenpolitie")
    return (
        f"Omdat de Vreemdelingenpolitie een onderzoek naar een schijnhuwelijk startte, voelt "
        f"{c.nm(c.a, 'title')} zich gewantrouwd."
    )


@extra
def geboren_buitenland(c):
    c.K("Asmara", "beëdigde", "verklaring")
    return (
        f"{c.nm(c.b, 'full')} werd op {c.dob(c.b)} in Asmara geboren; in plaats van een geboorteakte "
        f"volstaat een beëdigde verklaring."
    )


@extra
def dob_zonder_cue(c):
    w = pp.make_person(c.r)
    c.K("treedt", "tweede")
    return f"{c.nm(w)} ({c.dob()}) treedt op als tweede getuige."


@extra
def vertaler(c):
    v = pp.make_person(c.r)
    c.K("vertaler", "Arabisch", "akte")
    return f"De beëdigd vertaler {c.nm(v, 'init')} vertaalde de akte uit het Arabisch voor {c.nm(c.b, 'title')}."


@extra
def afzegging(c):
    c.K("ziekte", "afgezegd", c.wd)
    return (
        f"Op {c.wd} {c.date} heeft {c.nm(c.a, 'title')} de ceremonie wegens ziekte afgezegd; "
        f"de leges worden niet terugbetaald."
    )


@extra
def concept_toespraak(c):
    o = pp.make_person(c.r)
    c.K("concept", "toespraak", "trouwambtenaar")
    return f"De trouwambtenaar {c.nm(o, 'init')} stuurde een concept van de toespraak naar {c.email(c.a)}."


@extra
def trouwboekje(c):
    c.K("trouwboekje", "32,50", "extra")
    return f"Het trouwboekje kost € 32,50 extra; {c.nm(c.b, 'first')} dacht dat het bij de leges hoorde."


@extra
def taxi_boete(c):
    oom = pp.make_person(c.r)
    c.K("busbaan", "boete", "oom")
    return f"De taxi van oom {c.nm(oom, 'full')} ({c.plate()}) stond op de busbaan; de boete loopt nog."


@extra
def waardering(c):
    c.K("wachttijd", "cijfer")
    return f"{c.nm(c.a, 'first')} gaf de ceremonie een 9, maar de wachttijd bij de balie een 3 als cijfer."


@extra
def naam_moeder_kind(c):
    c.K("Zonder", "achternaam", "moeder")
    return f"Zonder naamskeuze krijgt het kind de achternaam van de moeder, {c.nm(c.a, 'sur')}."


@extra
def gecombineerde_naam(c):
    combo = c.P(f"{c.b.sur} {c.a.sur}", "PERSON")
    c.K("gecombineerde", "wet")
    return f"Ze wilden een gecombineerde naam als '{combo}', maar de wet stond dat toen niet toe."


@extra
def oma_vooraan(c):
    oma = pp.relative(c.r, c.a, "f")
    c.K("Oma", "vooraan", "plek")
    return f"Oma {c.nm(oma)}, geboren {c.dob()}, krijgt een plek vooraan in de zaal."


@extra
def commissie_bezwaar(c):
    c.K("commissie", "bezwaarschriften", "gehoord")
    return f"Het bezwaar komt op {c.date} in de commissie bezwaarschriften; {c.nm(c.a, 'title')} wil gehoord worden."


@extra
def wachtlijst(c):
    c.K("wachtlijst", "stellen", c.month)
    return f"Er staan volgens de balie nog veertien stellen op de wachtlijst voor {c.month}, ook {c.nm(c.a, 'init')}."


@extra
def ambtenaar_mail(c):
    o, f = c.official()
    dom = c.city.lower()
    c.K(f"burgerzaken@{dom}.nl", f)
    return f"{c.nm(o, 'init')} ({f}) schreef vanaf burgerzaken@{dom}.nl dat de zaal toch vrij is."


@extra
def kcc_generiek(c):
    nr = c.r.choice(["14 020", "14 075", "14 058", "14 038", "14 053"])
    c.K(nr, f"info@{c.city.lower()}.nl")
    return f"Voor vragen kon {c.nm(c.a, 'title')} bellen met {nr} of mailen naar info@{c.city.lower()}.nl."


@extra
def digid(c):
    c.K("DigiD", "inloggen")
    return f"{c.nm(c.a, 'first')} kon niet inloggen met DigiD, omdat BSN {c.bsn()} niet bij het adres paste."


@extra
def ondertekend(c):
    c.K("Ondertekend")
    return f"Ondertekend te {c.city}, {c.date}: {c.nm(c.a, 'init')}."


@extra
def getuige_email(c):
    w = pp.make_person(c.r)
    c.K("kopie", "stukken")
    return f"Getuige {c.nm(w, 'tfull')} wil een kopie van de stukken via {c.email(w)}."


@extra
def naam_bezittelijk(c):
    c.K("aanvraag", "zoekgeraakt")
    x = c.nm(c.a, "poss_sur")
    return f"{x[0].upper() + x[1:]} aanvraag is volgens de balie zoekgeraakt."


@extra
def vader_erkent(c):
    v = pp.relative(c.r, c.b, "m")
    c.K("erkennen", "notaris")
    return f"Vader {c.nm(v)} wil het kind eerst erkennen; de notaris adviseerde het anders."


@extra
def adres_kaart(c):
    c.K("Trouwkaarten", "retour")
    return f"Trouwkaarten kwamen retour van {c.addr()}, het oude adres van {c.nm(c.b, 'title')}."


# =============================================================== document kinds


def _ending(c):
    return c.r.choice(["Met vriendelijke groet,", "Groet,", "Hartelijke groet,", "Vriendelijke groeten,"])


@doc
def intake_notitie(c):
    a, b = c.a, c.b
    c.K("Intake", "Burgerzaken", "trouwdatum", c.wd)
    lines = [
        f"Intake {c.case()} — kanaal: telefoon",
        f"{c.nm(a, 'tfull')} en {c.nm(b)} willen op {c.wd} {c.date} trouwen in {c.city}, maar Burgerzaken "
        f"gaf de trouwdatum niet vrij.",
        *c.extras(3),
        f"Afspraak: {c.nm(a, 'title')} wordt teruggebeld op {c.phone(a)}.",
    ]
    return "\n".join(lines)


@doc
def mail_aanvraag(c):
    a, b = c.a, c.b
    c.K("Beste", "Burgerzaken", "ceremonie", "Stadhuis")
    body = (
        f"Beste medewerker van Burgerzaken,\n\nMijn verloofde {c.nm(b)} en ik willen graag een ceremonie "
        f"in het Stadhuis van {c.city}. " + " ".join(c.extras(2)) + f"\n\n{_ending(c)}\n{c.nm(a)}\n"
        f"{c.addr()}\n{c.phone(a)}"
    )
    return body


@doc
def melding_formulier(c):
    a, b = c.a, c.b
    c.K("Melding", "Partner", "Geboortedatum", "Adres", "BSN")
    lines = [
        "Melding voorgenomen huwelijk / partnerschap",
        f"Partner 1 — Naam: {c.nm(a, 'upper')}",
        f"Geboortedatum: {c.dob(a)}   BSN: {c.bsn()}",
        f"Adres: {c.addr()}",
        f"Partner 2 — Naam: {c.nm(b, 'upper')}",
        f"Geboortedatum: {c.dob(b)}   BSN: {c.bsn()}",
        f"Gewenste datum: {c.date}",
        *c.extras(1),
    ]
    return "\n".join(lines)


@doc
def getuigenlijst(c):
    c.K("Getuigen", "Telefoon", "huwelijk")
    ws = [pp.make_person(c.r) for _ in range(c.r.randint(2, 4))]
    lines = [f"Getuigen bij het huwelijk van {c.nm(c.a, 'full')} en {c.nm(c.b, 'full')}:"]
    for k, w in enumerate(ws, 1):
        lines.append(f"{k}. {c.nm(w)} (geb. {c.dob()}), {c.addr(with_pc=False)} — Telefoon {c.phone(w)}")
    lines += c.extras(1)
    return "\n".join(lines)


@doc
def babs_aanvraag(c):
    v = pp.make_person(c.r)
    c.K("Aanvraag", "buitengewoon", "ambtenaar", "Rechtbank", "beëdiging")
    return (
        f"Aanvraag buitengewoon ambtenaar van de burgerlijke stand voor één dag ({c.case()}).\n"
        f"{c.nm(c.a)} vraagt of vriendin of vriend {c.nm(v)}, geboren {c.dob()}, het huwelijk met "
        f"{c.nm(c.b)} mag sluiten. De beëdiging bij de Rechtbank kost volgens {c.nm(c.a, 'title')} te veel tijd. "
        + " ".join(c.extras(2))
        + f"\nContact: {c.email(v)}"
    )


@doc
def naamskeuze_brief(c):
    a, b = c.a, c.b
    kid = pp.relative(c.r, b)
    c.K("Naamskeuze", "Geachte", "akte", "eerste")
    return (
        f"Geachte {c.nm(a, 'title')},\n\nU en {c.nm(b, 'tfull')} hebben bij de Naamskeuze gekozen voor de "
        f"achternaam {c.nm(b, 'sur')}. Uw eerste kind, {c.P(kid.first + ' ' + kid.sur_after, 'PERSON')}, "
        f"krijgt die naam in de akte. "
        + " ".join(c.extras(2))
        + f"\n\nKenmerk: {c.case()}\n{_ending(c)}\nteam Burgerlijke Stand"
    )


@doc
def naamgebruik_formulier(c):
    a, b = c.a, c.b
    combo1 = c.P(f"{b.sur}-{a.sur}", "PERSON")
    combo2 = c.P(f"{a.first} {b.sur_after}-{a.sur}", "PERSON")
    c.K("Naamgebruik", "Keuze", "eigen", "achternaam")
    return (
        f"Naamgebruik na huwelijk — {c.case()}\nAanvrager: {c.nm(a, 'full')}, BSN {c.bsn()}\n"
        f"Keuze: [ ] eigen achternaam  [x] achternaam partner gevolgd door eigen naam ({combo1})\n"
        f"Aanhef op post: '{combo2}'\n" + "\n".join(c.extras(2))
    )


@doc
def erkenning_afspraak(c):
    a, b = c.a, c.b
    c.K("Erkenning", "afspraak", "balie", "zwangerschap")
    return (
        f"Erkenning ongeboren vrucht — afspraak op {c.wd} {c.date} om 10.15 uur aan de balie.\n"
        f"Moeder: {c.nm(a, 'full')}, geb. {c.dob(a)}. Erkenner: {c.nm(b, 'full')}, geb. {c.dob(b)}.\n"
        f"Bij 20 weken zwangerschap. " + " ".join(c.extras(2))
    )


@doc
def apostille_klacht(c):
    a, b = c.a, c.b
    c.K("legalisatie", "ministerie", "Buitenlandse", "Zaken", "maanden")
    return (
        f"{c.nm(a, 'Title')} meldt dat de legalisatie van de stukken van {c.nm(b, 'first')} al drie "
        f"maanden duurt. Het ministerie van Buitenlandse Zaken zegt dat de gemeente eerst moet reageren. "
        + " ".join(c.extras(3))
        + f" Kenmerk {c.case()}."
    )


@doc
def toespraak(c):
    a, b = c.a, c.b
    m = pp.relative(c.r, a, sex="f")
    c.K("Lieve", "jaren", "Vandaag", "samen")
    return (
        f"Lieve {c.nm(a, 'first')}, lieve {c.nm(b, 'first')},\n\nZes jaren geleden stond {c.nm(b, 'first')} "
        f"met een verkeerde taart bij {c.nm(m, 'tfull')} op de stoep. Vandaag staan jullie hier samen. "
        f"{c.nm(b, 'poss')} ouders konden niet komen, maar kijken mee via de livestream.\n" + " ".join(c.extras(1))
    )


@doc
def uitnodiging(c):
    a, b = c.a, c.b
    c.K("Wij", "trouwen", "Graag", "Receptie", c.wd.capitalize())
    return (
        f"Wij gaan trouwen!\n{c.nm(a, 'first')} & {c.nm(b, 'first')}\n{c.wd.capitalize()} {c.date}, "
        f"Trouwzaal {c.city}\nReceptie vanaf 16.00 uur\nGraag antwoord vóór 1 {c.r.choice(['maart', 'april', 'juni'])} "
        f"aan {c.email(a, partner=b)} of {c.phone(a)}"
    )


@doc
def leges_bezwaar(c):
    a = c.a
    amt = c.r.choice(["1.140,00", "845,50", "690,00", "1.325,00"])
    c.K("Bezwaar", "leges", "trouwlocatie", amt, "Financiën")
    return (
        f"Bezwaar tegen leges trouwlocatie\n\n{c.nm(a, 'Title')} betaalde € {amt} voor een ceremonie op "
        f"een trouwlocatie die op de dag zelf niet beschikbaar was. Financiën verwijst naar de "
        f"legesverordening. " + " ".join(c.extras(2)) + f"\nRekening voor terugbetaling: {c.iban()}"
    )


@doc
def chat_transcript(c):
    a, b = c.a, c.b
    c.K("Bemiddelaar", "formulier", "ingevuld")
    f1 = a.first.split()[0]
    return "\n".join(
        [
            f"[09:12] {c.nm(a, 'first')}: hoi, wij hebben het formulier al 2x ingevuld",
            f"[09:13] Bemiddelaar: Dag {f1}, wat is het zaaknummer?",
            f"[09:15] {f1}: {c.case()} denk ik. mijn vriend {c.nm(b, 'lower')} is ook al langs geweest",
            "[09:16] Bemiddelaar: Dank je. " + c.extras(1)[0],
        ]
    )


@doc
def telefoonnotitie(c):
    a, b = c.a, c.b
    c.K("Telefoonnotitie", "Beller", "Onderwerp", "Actie")
    o, f = c.official()
    return (
        f"Telefoonnotitie {c.date}\nBeller: {c.nm(a, 'tfull')} ({c.phone(a)})\n"
        f"Onderwerp: omzetting geregistreerd partnerschap met {c.nm(b)} naar huwelijk\n"
        f"Actie: {c.nm(o, 'full')}, {f}, belt terug. " + " ".join(c.extras(2))
    )


@doc
def afspraak_verslag(c):
    a = c.a
    o, f = c.official()
    c.K("Afspraak", "uiterlijk", "Verslag")
    return (
        f"Verslag afstemming {c.case()}\n{c.nm(o, 'full')} ({f}) en {c.nm(a, 'tfull')} spraken af dat "
        f"de gemeente uiterlijk {c.date} een nieuwe datum voor de ceremonie aanbiedt. "
        + " ".join(c.extras(2))
        + " Afspraak vastgelegd door de bemiddelaar."
    )


@doc
def kcc_ticket(c):
    a = c.a
    c.K("Status", "Categorie", "Huwelijk", "Omschrijving")
    return "\n".join(
        [
            f"Ticket: {c.case()}",
            "Categorie: Huwelijk / partnerschap",
            "Status: in behandeling",
            f"Klant: {c.nm(a, 'upper')}  |  {c.email(a)}  |  {c.phone(a)}",
            "Omschrijving: " + " ".join(c.extras(2)),
        ]
    )


@doc
def ontbinding_naam(c):
    a, b = c.a, c.b
    combo = c.P(f"{b.sur}-{a.sur}", "PERSON")
    c.K("ontbinding", "partnerschap", "weer")
    return (
        f"Na de ontbinding van het partnerschap wil {c.nm(a, 'full')} niet langer als {combo} door het leven; "
        f"{c.ze(a)} heet weer {c.nm(a, 'sur')}. " + " ".join(c.extras(2))
    )


@doc
def trouwagenda(c):
    c.K("Trouwagenda", "Raadzaal", "geannuleerd", c.wd.capitalize())
    rows = [f"Trouwagenda {c.wd.capitalize()} {c.date}"]
    for t in ("10.00", "11.30", "14.00")[: c.r.randint(2, 3)]:
        x, y = pp.make_person(c.r), pp.make_person(c.r)
        babs = pp.make_person(c.r)
        zaal = c.r.choice(["Raadzaal", "Trouwkamer"])
        c.K(zaal)
        rows.append(f"{t} | {c.nm(x, 'init')} & {c.nm(y, 'init')} | BABS {c.nm(babs, 'full')} | {zaal}")
    rows.append(
        f"{c.r.choice(['14.45', '15.30'])} | {c.nm(c.a, 'init')} & {c.nm(c.b, 'init')} | geannuleerd | Raadzaal"
    )
    return "\n".join(rows + c.extras(1))


@doc
def briefje_informeel(c):
    a, b = c.a, c.b
    c.K("trouwen", "formulier", "nummer", "woon")
    return (
        f"hallo ik ben {c.nm(a, 'lower')} en ik wil trouwen met {c.nm(b, 'lower')} maar het formulier "
        f"doet het niet. mijn nummer is {c.phone(a)} en ik woon {c.addr(with_pc=False, lower=True)} "
        f"... " + " ".join(c.extras(2))
    )


@doc
def naamswijziging_justis(c):
    a = c.a
    new = pp.make_person(c.r, group=a.group, sex=a.sex)
    c.K("Justis", "naamswijziging", "besluit", "Koninklijk")
    return (
        f"Het Koninklijk besluit over de naamswijziging is binnen: {c.nm(a, 'full')} heet voortaan "
        f"{c.P(a.first + ' ' + new.sur_after, 'PERSON')}. Justis stuurde het besluit naar {c.addr()}. "
        + " ".join(c.extras(2))
    )


@doc
def csv_export(c):
    c.K("naam", "geboortedatum", "rol")
    rows = ["naam;geboortedatum;rol;telefoon"]
    rows.append(f"{c.nm(c.a)};{c.dob(c.a)};partner;{c.phone(c.a)}")
    rows.append(f"{c.nm(c.b)};{c.dob(c.b)};partner;{c.phone(c.b)}")
    w = pp.make_person(c.r)
    rows.append(f"{c.nm(w)};{c.dob()};getuige;{c.phone(w)}")
    return "\n".join(rows) + "\n" + " ".join(c.extras(2))


@doc
def raadsvraag_afwijzing(c):
    a = c.a
    c.K("weigering", "woensdag", "Dienstverlening", "ambtenaren")
    o, f = c.official()
    return (
        f"{c.nm(o, 'full')}, {f}, legde uit dat de weigering voortkomt uit een tekort aan ambtenaren op "
        f"woensdag. {c.nm(a, 'Title')} vindt dat Dienstverlening dat eerder had moeten zeggen. " + " ".join(c.extras(3))
    )


@doc
def familie_van_buiten(c):
    a = c.a
    br = pp.relative(c.r, a)
    c.K("visum", "familie", "ambassade")
    return (
        f"De familie van {c.nm(a, 'first')} komt uit het buitenland; voor broer {c.nm(br)} is een visum "
        f"nodig en de ambassade wil een uitnodiging met het adres {c.addr()}. " + " ".join(c.extras(2))
    )


@doc
def omzetting_partnerschap(c):
    a, b = c.a, c.b
    c.K("Omzetting", "partnerschap", "huwelijk", "Burgerlijke")
    return (
        f"Omzetting van het geregistreerd partnerschap van {c.nm(a, 'init')} en {c.nm(b, 'init')} in een "
        f"huwelijk ({c.case()}) staat bij de Burgerlijke Stand nog op 'wacht op stukken'. " + " ".join(c.extras(3))
    )


def known_sentence(c):
    word, uses = c.known_use
    a = c.known
    bare = a.first if word == a.first else a.sur
    c.P(bare, "PERSON")
    t = c.r.choice(pp.TITLES[a.sex])
    tpl = c.r.choice(uses)
    c.used.append("zin:known_" + ("a" if tpl == uses[0] else "b"))
    c.K(word.lower())
    return tpl.format(S=bare, T=t, T_=t[0].upper() + t[1:])


SHAPES["zin:known_a"] = known_sentence
SHAPES["zin:known_b"] = known_sentence
