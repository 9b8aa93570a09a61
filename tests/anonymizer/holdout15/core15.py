"""holdout15: name pools of the origin groups, identifiers, people and the document builder (standard library only)."""

from __future__ import annotations

import re
import unicodedata

# ---------------------------------------------------------------- origin groups
# Each origin: first names (m, f), surname prefixes and suffixes (composed), whole surnames (short or fixed), particles
# (with weights by repetition), and whether first names are also composed by joining two names at syllable edges.
O = {}


def _o(key, m, f, pre=(), suf=(), whole=(), parts=("",), fem=None, join=True):
    O[key] = dict(
        m=m.split(),
        f=f.split(),
        pre=pre.split() if isinstance(pre, str) else list(pre),
        suf=suf.split() if isinstance(suf, str) else list(suf),
        whole=whole.split() if isinstance(whole, str) else list(whole),
        parts=parts,
        fem=fem,
        join=join,
    )


_o(
    "nl",
    "Gerrit Wouter Sjoerd Maarten Ruben Thijmen Casper Lodewijk Hidde Gijsbert",
    "Geertruida Marloes Femke Annelot Jikke Wendeline Sanne Mirthe Liesbeth Tjitske",
    "Ooster Wester Hoog Nieder Bruggen Elzen Sluis Kalver Rijn Haver Koppel Brede Dorre Gors Holle Wieken",
    "kamp ink veld horst broek dijk man ing ema hof stede kate voort wijk schot",
    parts=("", "", "", "van", "van der", "van den", "de", "ter", "ten", "van 't", "in 't", "op den", "van het", "te"),
)
_o(
    "fy",
    "Sjoerd Wiebe Tsjalling Jelmer Hylke Auke",
    "Sytske Jeltje Aukje Froukje Hiske Baukje",
    "Wyn Hoek Tsj Bout Fok Jel Hid Sib Wal Okk",
    "stra sma inga ema enga ma",
    join=True,
)
_o(
    "li",
    "Sjef Harie Jos Twan Bèr Thei",
    "Mia Trui Leen Nelleke Fieke Sjaan",
    "Pee Heut Sprok Vrancke Lemm Dreuw Houb Merk",
    "ters en aerts mans kens ermans",
    parts=("", "", "van"),
)
_o(
    "be",
    "Wout Stijn Jens Brecht Korneel Lieven",
    "Lotte Elke Griet Hanne Lien Veerle",
    "Vercaut Goos Maer Claey Wauter Heyl Baet Dewae",
    "eren sens tens ens ghem le",
    parts=("", "De", "Van", "Vanden", "Vande", "Ver", "D'"),
)
_o(
    "ma",
    "Yassine Bilal Hamza Soufiane Ayoub Anouar",
    "Nisrine Houda Meryem Ikram Salma Khadija",
    "Bouz Azz Ouah Amr Benn Tahr Berr Ziz",
    "ouzi ani aoui ach idi ouchi ati",
    parts=("", "", "El", "Ait", "Ben", "Bou"),
)
_o(
    "tr",
    "Emre Burak Oğuz Serkan Volkan Barış",
    "Elif Büşra Gülşen Derya Şeyma Özlem",
    "Kara Yıl Öz Çelik Ak Tuna Demir Bay",
    "doğan taş kaya dağ soy türk gül kan",
)
_o("ku", "Rêzan Bawer Dilovan Serhat Şivan", "Berfîn Rojda Hêvî Dilan Nûdem", "Baz Zin Ber Rêş Dil", "anî o dar kî ê")
_o(
    "sh",
    "Ravi Dinesh Kishan Sunil Radjesh",
    "Sita Kavita Reshma Anjali Priya",
    "Ram Bis Jai Bal Harp Sew Chot",
    "dien sing kharan lal pal narain",
)
_o(
    "sc",
    "Ricardo Errol Glenn Romeo Dwight",
    "Marisca Gracia Roshnie Ingrid Ramona",
    "Lin Wong Ket Sand Pin Fer Zaal",
    "ger dam mijn berg wijk nam",
    whole="Tjon-A-Loi Sno Ameerali",
)
_o(
    "sj",
    "Sukiman Wagimin Pardi Sarmo",
    "Sumiati Wagiyem Sartini Painem",
    "Kar Sonto Wiro Seno Sastro",
    "dikromo redjo wirjo pawiro",
)
_o(
    "aw",
    "Jurgen Shurwin Giandro Rignald",
    "Shudaisy Jeanmarie Ruthmila Giselle",
    "Marti Mart Rosa Cel Fran",
    "na ina ijn ier ée",
    whole="Isenia Winklaar Statia",
)
_o(
    "mo",
    "Johny Ferry Ronny Elias",
    "Yolanda Nona Femmy Grace",
    "Pattir Latu Tuta Souh Manu",
    "ajawa mahu ury atu puw",
    whole="Lopies Pelupessy",
)
_o("id", "Bayu Rizky Dimas Agus", "Putri Ayu Wulan Indah", "Kusuma Santo Wija Hadi Pramu", "wardana jaya atmaja sastra")
_o("cn", "Wei Jun Hao Ming", "Mei-Ling Xiu Yan Lan", whole="Zhou Xu Guo Luo Tang Gao Lin Hu Jiang", join=False)
_o("vn", "Minh Tuan Quang Duc", "Thuy Lan Huong Ngoc", whole="Trần Phạm Hoàng Huỳnh Võ Đặng Bùi Ngô Dương", join=False)
_o(
    "pl",
    "Grzegorz Tomasz Mirosław Paweł Krzysztof",
    "Agnieszka Małgorzata Joanna Ewelina Dorota",
    "Wróbl Kowal Zieliń Szczep Grabow Lewand Mazur Dąbr",
    "ski ewski owski czyk iak ek",
    fem={"ski": "ska", "ewski": "ewska", "owski": "owska"},
)
_o(
    "ro",
    "Mihai Ionuț Cătălin Florin Răzvan",
    "Ioana Roxana Mădălina Alina Cristina",
    "Dumitr Ungur Stoic Mocan Bălan Popov",
    "escu eanu ache ilă ici",
)
_o(
    "bg",
    "Dimitar Stoyan Kaloyan Plamen",
    "Desislava Radostina Mariyana Tsvetelina",
    "Petk Stoyan Dimitr Kolev Hrist",
    "ov ev anov chev",
    fem={"ov": "ova", "ev": "eva", "anov": "anova", "chev": "cheva"},
)
_o(
    "ua",
    "Oleksandr Bohdan Taras Andriy",
    "Oksana Yulia Kateryna Iryna",
    "Shevch Bond Kovalch Tkach Melnych Savch",
    "enko uk yshyn ук".replace("ук", "uk"),
)
_o(
    "lt",
    "Mindaugas Tomas Darius Giedrius",
    "Rasa Ieva Jurgita Aušra",
    "Kazl Jank Petr Vaitk Balč",
    "auskas evičius ūnas aitis",
    fem={"auskas": "auskienė", "evičius": "evičienė", "ūnas": "ūnienė", "aitis": "aitienė"},
)
_o(
    "cz",
    "Jiří Ondřej Lukáš Vojtěch",
    "Zdeňka Lucie Markéta Tereza",
    "Dvoř Svobod Novot Procház Kučer",
    "ák ník ný ka",
    fem={"ák": "áková", "ník": "níková", "ný": "ná", "ka": "ková"},
)
_o("ba", "Edin Amir Nermin Jasmin", "Amela Lejla Selma Aida", "Hodž Mehm Beg Kovač Hasan", "ić ović agić ašević")
_o("al", "Arben Besnik Dritan Ylli", "Drita Mimoza Blerta Elona", "Hox Krasn Dush Gjok Berish", "a aj ni i")
_o(
    "gr",
    "Dimitrios Nikos Giorgos Stavros",
    "Eleni Katerina Sofia Vasiliki",
    "Papad Kara Christo Geor Vlach",
    "opoulos idis akis atos",
    fem={"opoulos": "opoulou", "idis": "idou", "akis": "aki", "atos": "atou"},
)
_o(
    "it",
    "Giuseppe Matteo Alessandro Salvatore",
    "Giulia Francesca Chiara Rosaria",
    "Russ Espos Marin Colomb Gall Serr",
    "ello one etti ucci ano",
    parts=("", "", "Di", "De", "Lo", "Del"),
)
_o(
    "es",
    "Javier Álvaro Iñigo Sergio",
    "Begoña Lucía Montserrat Nuria",
    "Fern Gonz Rodr Herr Cab Vill",
    "ández ález íguez ero anillas alba",
    parts=("", "", "de la", "del"),
)
_o(
    "pt",
    "João Gonçalo Thiago Rodrigo",
    "Conceição Fernanda Inês Luana",
    "Carv Ferr Mour Sant Barb Gonç",
    "alho eira ão os osa",
    parts=("", "dos", "da", "do", "de"),
)
_o(
    "cv",
    "Zeferino Adilson Nelson Edmilson",
    "Djamila Arlinda Celeste Ivone",
    "Tavar Semed Monteir Lop Furtad",
    "es o inho",
)
_o(
    "ar",
    "Mahmoud Khaled Omar Tarek Youssef",
    "Rasha Lina Rania Hiba Nour",
    "Haddad Khal Mans Naj Shar",
    "oun awi ani our",
    parts=("", "Al-", "Al", "Abu", "El-"),
)
_o(
    "er",
    "Tesfay Yonas Filmon Mehari",
    "Senait Helen Mebrat Yohana",
    "Tekle Gebre Habte Weldemich Berhane",
    "ab mariam ael ezgi",
)
_o(
    "et",
    "Abebe Dawit Tewodros Yared",
    "Tigist Selamawit Meron Hirut",
    "Haile Tade Gir Alem Mengist",
    "mariam sse ma u ayehu",
)
_o(
    "so",
    "Abdirahman Mohamed Abdullahi Ahmed",
    "Hodan Fadumo Ayaan Ifrah",
    "Warsame Farah Guled Osman Jama Egal",
    "",
    join=False,
)
_o(
    "af",
    "Ahmad Farid Mustafa Zabihullah",
    "Zarghuna Mariam Shabnam Freshta",
    "Popal Sult Ahmad Rahim Karz",
    "zai i yar khel",
)
_o(
    "ir",
    "Reza Babak Dariush Kourosh",
    "Shirin Parisa Nasrin Golnaz",
    "Tehr Moham Hossein Rah Karim",
    "ani adi zadeh pour i",
)
_o(
    "gh",
    "Kwame Kofi Yaw Kwabena",
    "Akosua Abena Efua Adwoa",
    "Asante Ofori Boateng Mensah Owusu Acheampong",
    "",
    join=False,
)
_o(
    "ng",
    "Chukwuemeka Tunde Oluwaseun Emeka",
    "Ngozi Chiamaka Funmilayo Adaeze",
    "Okon Adeb Ogund Eze Nwos",
    "kwo ayo ele iri u",
)
_o(
    "cd",
    "Mukendi Kabamba Tshibangu Ilunga",
    "Mbuyi Nsimba Kapinga Ngalula",
    "Kabongo Lukusa Mwamba Kasongo Tshisekedi Mutombo",
    "",
    join=False,
)
_o(
    "ta",
    "Thiruvarul Sivakumar Ganesan Kajan",
    "Tharshika Kavitha Nirosha Sumathy",
    "Thiru Sivan Kandi Rajen Selvar",
    "anathan alingam asamy ajah",
)
_o("pk", "Imran Usman Bilawal Asif", "Sadia Nabila Ayesha Rukhsana", "Chaud Qur Mal Butt Mirz", "hry eshi ik ar a")
_o(
    "ph",
    "Rodel Jomar Jericho Arnel",
    "Maricel Jonalyn Rowena Analyn",
    "Manal Bautis Dimag Mag Sant",
    "o ta iba sayo iago",
    parts=("", "", "Dela", "delos"),
)
_o(
    "ie",
    "Cathal Padraig Eoin Ciarán",
    "Siobhán Niamh Aoife Gráinne",
    "Donn Kell Sulliv Brenn Gall",
    "elly y an agh",
    parts=("O'", "Mc", "Mac", "Fitz"),
)
_o(
    "de",
    "Jörg Lutz Ansgar Dietmar",
    "Ulrike Hiltrud Sigrid Birgit",
    "Schwarz Hüb Kessl Brück Weiß Möll",
    "mann er inger haus bauer",
    parts=("", "", "von", "von der"),
)
_o("hu", "Zoltán Gábor Levente Attila", "Zsófia Erzsébet Réka Ildikó", "Szab Horv Kovács Tóth Varg", "ó áth y ai")
_o(
    "th",
    "Somchai Anan Niran Prasert",
    "Siriporn Kanokwan Ratana Wanida",
    "Srisom Chai Wong Kittis Thong",
    "bat wat sak ak porn",
)
_o("kr", "Min-jun Seo-jun Ji-ho", "Seo-yeon Ji-woo Ha-eun", whole="Kim Park Choi Jung Kang Yoon Jang", join=False)
_o("am", "Hayk Tigran Aram Gevorg", "Anahit Lusine Nare Siranush", "Grigor Hovhann Mkrtch Sarg Petros", "yan ian")
_o("eg", "Karim Sherif Mostafa Amr", "Yasmine Mona Dalia Shaimaa", "Farg Abdel Salam Ragab Shaf", "ali ek y ou")
_o(
    "in",
    "Arjun Vikram Sanjay Rohan",
    "Deepika Anushka Meera Shreya",
    "Agar Kapur Sriv Chatur Banerj",
    "wal astava vedi ee",
)
_o(
    "sd",
    "Abdelrahim Osman Elfatih Musa",
    "Amna Fatima Hawa Nafisa",
    "Elamin Babiker Elbashir Mustaf Idris",
    "",
    join=False,
)
_o("sh2", "Li Bo", "An Ye", whole="Wu Ng Ma Do Le Ye", join=False)  # very short names

ORIGINS = list(O)
WEIGHTS = {k: (5 if k == "nl" else 2 if k in ("ma", "tr", "sc", "sh", "pl", "be", "fy", "li") else 1) for k in ORIGINS}

_V = "aeiouyáàâäéèêëíìîïóòôöúùûüāēīōūăęėįųőűåøæœı"


def _join(a: str, b: str) -> str:
    """Join two names at syllable edges: the head of ``a`` up to its first vowel run, the tail of ``b`` after its own."""

    def cut(s):
        i = 0
        while i < len(s) and s[i].lower() not in _V:
            i += 1
        while i < len(s) and s[i].lower() in _V:
            i += 1
        return i

    i, j = cut(a), cut(b)
    head, tail = a[:i], b[j:]
    if not tail or not head or len(head + tail) < 3 or "-" in a or "-" in b:
        return a
    return head + tail


def fold(s: str) -> str:
    """ASCII-fold: no diacritics, ı → i, ł → l, ß → ss."""
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("ß", "ss").replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


TITLES = {"m": ["de heer", "dhr.", "Dhr.", "meneer"], "f": ["mevrouw", "mw.", "Mw.", "mevr."]}
NICK = {
    "m": ["Sjonnie", "Bolle", "Pim", "Mo", "Kiki", "Dolly", "Tito", "Bennie", "Lucky", "Moos"],
    "f": ["Noesje", "Pimmie", "Lulu", "Mimi", "Dodo", "Tanny", "Sassie", "Fifi", "Bibi", "Tootje"],
}


class Person:
    def __init__(self, r, origin=None, gender=None, sur=None, part=None):
        self.origin = origin or r.choices(ORIGINS, [WEIGHTS[k] for k in ORIGINS])[0]
        o = O[self.origin]
        self.g = gender or r.choice("mf")
        names = o[self.g]
        self.first = names[r.randrange(len(names))]
        if o["join"] and r.random() < 0.45:
            self.first = _join(self.first, r.choice(names))
        if r.random() < 0.12 and o["join"]:
            self.first2 = r.choice(names)
        else:
            self.first2 = None
        if sur is None:
            if o["pre"] and o["suf"] and (not o["whole"] or r.random() < 0.6):
                sfx = r.choice(o["suf"])
                if self.g == "f" and o["fem"] and sfx in o["fem"]:
                    sfx = o["fem"][sfx]
                sur = r.choice(o["pre"]) + sfx
                if sur[0].islower():
                    sur = sur.capitalize()
            else:
                sur = r.choice(o["whole"] or o["pre"])
            if r.random() < 0.07:  # double-barrelled across origins
                other = Person(r, gender=self.g)
                sur = sur + "-" + other.sur
        self.sur = sur
        self.part = r.choice(o["parts"]) if part is None else part
        self.nick = r.choice(NICK[self.g]) if r.random() < 0.5 else None

    # forms ------------------------------------------------------------
    @property
    def initials(self) -> str:
        firsts = [self.first] + ([self.first2] if self.first2 else [])
        out = []
        for f in firsts:
            for piece in f.split("-"):
                out.append(piece[0].upper() + ".")
        return ("-" if "-" in self.first else "").join(out) if "-" in self.first else "".join(out)

    @property
    def psur(self) -> str:  # particle + surname, particle as after a first name
        if not self.part:
            return self.sur
        if self.part.endswith("'") or self.part.endswith("-"):
            return self.part + self.sur
        return f"{self.part} {self.sur}"

    @property
    def bare(self) -> str:  # surname alone (after a title, or at a sentence start): particle capitalised
        p = self.psur
        return p[0].upper() + p[1:]

    @property
    def full(self) -> str:
        return f"{self.first} {self.psur}"

    @property
    def fullest(self) -> str:
        return f"{self.first} {self.first2} {self.psur}" if self.first2 else self.full

    @property
    def ini(self) -> str:
        return f"{self.initials} {self.psur}"

    @property
    def surfirst(self) -> str:
        tail = f" {self.part}" if self.part and not self.part.endswith(("'", "-")) else ""
        base = self.sur if tail else self.psur
        return f"{base}, {self.initials}{tail}"

    @property
    def upper(self) -> str:
        return self.psur.upper()

    @property
    def paraph(self) -> str:
        p = (
            "".join(w[0].lower() for w in self.part.replace("'t", "t").split())
            if self.part and " " in self.part or self.part in ("van", "de", "ter", "ten", "te")
            else ""
        )
        return self.initials.replace(".", "").replace("-", "") + p + fold(self.sur)[0].upper()

    @property
    def words(self) -> set:
        return set(
            w.lower()
            for w in re.split(r"[\s\-']+", f"{self.first} {self.first2 or ''} {self.psur} {self.nick or ''}")
            if len(w) > 1
        )

    def mailname(self, r) -> str:
        f, s = fold(self.first).lower().replace(" ", ""), fold(self.psur).lower().replace(" ", "").replace("'", "")
        s = s.split("-")[0] if r.random() < 0.5 else s
        return r.choice(
            [f"{f}.{s}", f"{f[0]}.{s}", f"{s}.{f}", f"{f}{s}{r.randrange(60, 99)}", f"{f}_{s}", f"{s}{f[0]}"]
        )


# ---------------------------------------------------------------- identifiers
def bsn(r) -> str:
    while True:
        d = [r.randrange(10) for _ in range(8)]
        if d[0] == 0:
            continue
        s = sum(x * (9 - i) for i, x in enumerate(d)) % 11
        if s < 10:
            return "".join(map(str, d + [s]))


def bsn_ok(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    return (sum(int(x) * (9 - i) for i, x in enumerate(d[:8])) - int(d[8])) % 11 == 0


def bsn_fmt(r, b: str) -> str:
    return r.choice(
        [
            b,
            b,
            f"{b[:4]}.{b[4:6]}.{b[6:]}",
            f"{b[:3]} {b[3:6]} {b[6:]}",
            f"{b[:3]}-{b[3:6]}-{b[6:]}",
            f"{b[:2]}.{b[2:4]}.{b[4:6]}.{b[6:]}",
        ]
    )


IBAN_SPEC = {
    "NL": ("A4", 10),
    "BE": ("", 12),
    "DE": ("", 18),
    "FR": ("", 23),
    "ES": ("", 20),
    "PT": ("", 21),
    "IT": ("A1", 22),
    "PL": ("", 24),
    "TR": ("", 22),
    "RO": ("A4", 16),
    "BG": ("A4", 14),
    "LT": ("", 16),
    "GR": ("", 23),
    "AT": ("", 16),
    "CZ": ("", 20),
    "HU": ("", 24),
    "IE": ("A4", 14),
    "MA": ("", 24),
}
NL_BANKS = "ABNA INGB RABO SNSB TRIO ASNB KNAB BUNQ RBRB FVLB HAND NWAB".split()
_A = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _check(cc: str, bban: str) -> str:
    n = int("".join(str(int(c, 36)) for c in bban + cc + "00"))
    return f"{98 - n % 97:02d}"


def iban(r, cc=None) -> str:
    cc = cc or (r.choice(list(IBAN_SPEC)) if r.random() < 0.35 else "NL")
    alpha, n = IBAN_SPEC[cc]
    head = r.choice(NL_BANKS) if cc == "NL" else "".join(r.choice(_A) for _ in range(int(alpha[1:]))) if alpha else ""
    bban = head + "".join(str(r.randrange(10)) for _ in range(n))
    return cc + _check(cc, bban) + bban


def iban_ok(s: str) -> bool:
    s = re.sub(r"[\s\-]", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1


def iban_fmt(r, i: str) -> str:
    g = " ".join(i[k : k + 4] for k in range(0, len(i), 4))
    return r.choice([g, g, i, g.lower(), i[:2] + " " + i[2:], "-".join(i[k : k + 4] for k in range(0, len(i), 4))])


def mobile(r) -> str:
    d = "6" + "".join(str(r.randrange(10)) for _ in range(8))
    a, b = d[1:], d
    return r.choice(
        [
            f"0{b}",
            f"06-{a}",
            f"06 {a[:2]} {a[2:4]} {a[4:6]} {a[6:]}",
            f"+31 6 {a[:4]} {a[4:]}",
            f"+316{a}",
            f"0031 6 {a}",
            f"06 - {a[:4]} {a[4:]}",
            f"(06) {a[:4]}-{a[4:]}",
            f"06.{a[:2]}.{a[2:4]}.{a[4:6]}.{a[6:]}",
            f"+31 (0)6 {a}",
            f"06/{a}",
            f"0{b[:3]} {b[3:6]} {b[6:]}",
        ]
    )


AREA = "010 020 023 024 026 030 033 035 036 038 040 043 045 046 050 053 055 058 070 071 072 073 074 075 076 077 078 079 0111 0113 0161 0165 0172 0180 0222 0299 0314 0318 0412 0478 0492 0511 0522 0544 0591 0597".split()
FOREIGN = [
    ("+32", 9),
    ("+49", 11),
    ("+90", 10),
    ("+212", 9),
    ("+48", 9),
    ("+40", 9),
    ("+359", 9),
    ("+380", 9),
    ("+370", 8),
    ("+597", 7),
    ("+599", 7),
    ("+297", 7),
    ("+62", 10),
    ("+86", 11),
    ("+84", 9),
    ("+30", 10),
    ("+39", 10),
    ("+34", 9),
    ("+351", 9),
    ("+238", 7),
    ("+963", 9),
    ("+291", 7),
    ("+251", 9),
    ("+252", 8),
    ("+93", 9),
    ("+98", 10),
    ("+233", 9),
    ("+234", 10),
    ("+243", 9),
    ("+94", 9),
    ("+92", 10),
    ("+63", 10),
    ("+353", 9),
    ("+36", 9),
    ("+66", 9),
    ("+82", 10),
    ("+374", 8),
    ("+20", 10),
    ("+91", 10),
    ("+249", 9),
]


def landline(r) -> str:
    a = r.choice(AREA)
    rest = "".join(str(r.randrange(1, 10) if i == 0 else r.randrange(10)) for i in range(10 - len(a)))
    return r.choice(
        [
            f"{a}-{rest}",
            f"{a} {rest}",
            f"({a}) {rest}",
            f"+31 {a[1:]} {rest}",
            f"{a}{rest}",
            f"{a} - {rest[:3]} {rest[3:]}",
        ]
    )


def foreign(r) -> str:
    cc, n = r.choice(FOREIGN)
    d = "".join(str(r.randrange(1, 10) if i == 0 else r.randrange(10)) for i in range(n))
    return r.choice([f"{cc} {d}", f"00{cc[1:]} {d}", f"{cc} {d[:3]} {d[3:6]} {d[6:]}", f"{cc}{d}"])


def phone(r) -> str:
    x = r.random()
    return mobile(r) if x < 0.6 else landline(r) if x < 0.85 else foreign(r)


_PL = "BDFGHJKLNPRSTVXZ"
SIDECODES = [
    "XX-99-99",
    "99-99-XX",
    "99-XX-99",
    "XX-99-XX",
    "XX-XX-99",
    "99-XX-XX",
    "99-XXX-9",
    "9-XXX-99",
    "XX-999-X",
    "X-999-XX",
    "XXX-99-X",
    "X-99-XXX",
    "9-XX-999",
    "999-XX-9",
]


def plate(r) -> str:
    code = r.choice(SIDECODES)
    p = "".join(r.choice(_PL) if c == "X" else str(r.randrange(10)) if c == "9" else c for c in code)
    return r.choice([p, p, p, p.replace("-", ""), p.replace("-", " "), p.lower()])


def postcode(r) -> str:
    n = r.randrange(1011, 9999)
    l = r.choice("ABCDEGHJKLMNPRSTVWXZ") + r.choice("ABCDEGHJKLMNPRSTVWXZ")
    return r.choice([f"{n} {l}", f"{n} {l}", f"{n}{l}", f"{n}  {l}", f"{n} {l.lower()}"])


def _d(r, width):
    return "".join(str(r.randrange(10)) for _ in range(width))


CASE_FORMATS = [
    lambda r: f"WMO-26-{_d(r, 5)}",
    lambda r: f"KTG/2026/{_d(r, 4)}",
    lambda r: f"JHV.26.{_d(r, 4)}-{r.choice('ABCD')}",
    lambda r: f"URG-2026-{_d(r, 4)}",
    lambda r: f"RTR26/{_d(r, 3)}",
    lambda r: f"PW-{_d(r, 6)}",
    lambda r: f"OVL/26/{_d(r, 4)}",
    lambda r: f"HRS-26.{_d(r, 5)}",
    lambda r: f"BOA-2026-{_d(r, 5)}",
    lambda r: f"MJ26-{_d(r, 4)}-{r.choice('KLMN')}",
    lambda r: f"REP{_d(r, 7)}",
    lambda r: f"WNS/2026/{_d(r, 3)}",
    lambda r: f"ZP-{_d(r, 2)}-{_d(r, 4)}",
    lambda r: f"VRZ.2026.{_d(r, 4)}",
    lambda r: f"CV-26-{_d(r, 4)}",
    lambda r: f"INB/26/{_d(r, 5)}",
    lambda r: f"LPL-26-{_d(r, 3)}",
    lambda r: f"HV2026.{_d(r, 4)}",
    lambda r: f"BBZ-{_d(r, 2)}/{_d(r, 4)}",
    lambda r: f"TRJ-2026-{_d(r, 4)}-{_d(r, 2)}",
    lambda r: f"MUT/{_d(r, 6)}",
    lambda r: f"SWT26-{_d(r, 5)}",
    lambda r: f"AFS.15.{_d(r, 5)}",
    lambda r: f"IND-{_d(r, 4)}-26",
    lambda r: f"KT/{_d(r, 2)}/26/{_d(r, 3)}",
]
CASE_CUES = [
    "zaaknummer",
    "kenmerk",
    "dossiernummer",
    "ons kenmerk",
    "uw kenmerk",
    "meldingsnummer",
    "referentie",
    "reparatieverzoek",
    "trajectnummer",
    "cliëntnummer",
    "indicatienummer",
    "huurcontractnummer",
    "registratienummer",
    "bonnummer",
    "aanvraagnummer",
    "casusnummer",
]


def case(r) -> str:
    return r.choice(CASE_FORMATS)(r)


MONTHS = "januari februari maart april mei juni juli augustus september oktober november december".split()
MON3 = "jan feb mrt apr mei jun jul aug sep okt nov dec".split()
EN = "January February March April May June July August September October November December".split()
WEEKDAYS = "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split()
DAYWORDS = [
    "een",
    "twee",
    "drie",
    "vier",
    "vijf",
    "zes",
    "zeven",
    "acht",
    "negen",
    "tien",
    "elf",
    "twaalf",
    "dertien",
    "veertien",
    "vijftien",
    "zestien",
    "zeventien",
    "achttien",
    "negentien",
    "twintig",
    "eenentwintig",
    "tweeëntwintig",
    "drieëntwintig",
    "vierentwintig",
    "vijfentwintig",
    "zesentwintig",
    "zevenentwintig",
    "achtentwintig",
]


def dob(r, lo=1936, hi=2011) -> str:
    import datetime as dt

    y, m, d = r.randrange(lo, hi), r.randrange(1, 13), r.randrange(1, 29)
    wd = WEEKDAYS[dt.date(y, m, d).weekday()]
    styles = [
        f"{d:02d}-{m:02d}-{y}",
        f"{d}-{m}-{y}",
        f"{d:02d}/{m:02d}/{y}",
        f"{d}.{m}.{y}",
        f"{d} {MONTHS[m - 1]} {y}",
        f"{d} {MON3[m - 1]}. {y}",
        f"{y}-{m:02d}-{d:02d}",
        f"{d}-{m}-'{y % 100:02d}",
        f"{d} {MONTHS[m - 1].upper()} {y}",
        f"{wd} {d} {MONTHS[m - 1]} {y}",
        f"{y}{m:02d}{d:02d}",
        f"{d:02d}{m:02d}{y}",
        f"{EN[m - 1]} {d}, {y}",
        f"{DAYWORDS[d - 1]} {MONTHS[m - 1]} {y}",
        f"{d}e {MONTHS[m - 1]} {y}",
        f"{d:02d}.{m:02d}.{y}",
    ]
    return r.choice(styles)


def plain_date(r) -> str:
    y = r.choice([2025, 2026, 2026])
    m, d = r.randrange(1, 13), r.randrange(1, 29)
    return r.choice(
        [
            f"{d} {MONTHS[m - 1]} {y}",
            f"{d}-{m}-{y}",
            f"{d:02d}-{m:02d}-{y}",
            f"{d} {MON3[m - 1]} {y}",
            f"{WEEKDAYS[r.randrange(5)]} {d} {MONTHS[m - 1]}",
            f"{y}-{m:02d}-{d:02d}",
        ]
    )


# ---------------------------------------------------------------- streets and places (this set's own parts)
ST_PRE = (
    "Agaat Basalt Jaspis Kwarts Onyx Opaal Robijn Saffier Topaas Granaat Malachiet Barnsteen Kornalijn Obsidiaan "
    "Turkoois Porfier Leisteen Albast Marmer Luit Harp Cello Hobo Fagot Schalmei Klavecimbel Tamboerijn Cither "
    "Beiaard Orgel Trombone Damast Fluweel Linnen Satijn Mohair Katoen Tweed Batist Brokaat Kant Sextant Kompas "
    "Astrolabium Passer Zandloper Gnomon Klepsydra"
).split()
ST_SUF = "straat laan weg hof plein singel kade dreef gracht pad steeg erf hage wal veld park baan plantsoen ring gaarde".split()
ST_TITLE = [
    "Burgemeester",
    "Dokter",
    "Pastoor",
    "Meester",
    "Zuster",
    "Wethouder",
    "Kanunnik",
    "Majoor",
    "Schepen",
    "Juffrouw",
]
TOWNS = (
    "Zwolle Deventer Apeldoorn Leeuwarden Heerenveen Sneek Emmen Assen Hoogeveen Almelo Hengelo Enschede Zutphen "
    "Doetinchem Tiel Culemborg Gorinchem Dordrecht Schiedam Vlaardingen Delft Zoetermeer Gouda Alphen Leiden Haarlem "
    "Purmerend Hoorn Alkmaar Den Helder Lelystad Almere Hilversum Amersfoort Veenendaal Ede Wageningen Nijmegen Oss "
    "Venlo Roermond Sittard Heerlen Maastricht Weert Helmond Eindhoven Tilburg Breda Roosendaal Bergen op Zoom Goes "
    "Middelburg Vlissingen Terneuzen"
).split(" ")
TOWNS = [
    t for t in " ".join(TOWNS).replace("Den Helder", "Den_Helder").replace("Bergen op Zoom", "Bergen_op_Zoom").split()
]
TOWNS = [t.replace("_", " ") for t in TOWNS]


def street(r, person_sur=None) -> str:
    x = r.random()
    if x < 0.12 and person_sur:
        return f"{r.choice(ST_TITLE)} {person_sur}{r.choice(['straat', 'laan', 'plein', 'weg'])}"
    if x < 0.22:
        return f"{r.choice(['Korte', 'Lange', 'Oude', 'Nieuwe'])} {r.choice(ST_PRE)}{r.choice(ST_SUF)}"
    return r.choice(ST_PRE) + r.choice(ST_SUF)


def housenr(r) -> str:
    n = r.randrange(1, 240)
    return r.choice([str(n)] * 6 + [f"{n}a", f"{n}B", f"{n}-II", f"{n}-3", f"{n} hs", f"{n} bis", f"{n}/2", f"{n}-1"])


# ---------------------------------------------------------------- builder
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
_M = re.compile(r"\x01(\d+)\x02")


class Doc:
    """Collects text with inline markers: ``d.P(x)`` etc. return a marker for an annotated item, ``d.K(x)`` for a
    keep word; ``d.build(text)`` resolves them into the document's text, pii list and keep list."""

    def __init__(self, r):
        self.r = r
        self.items: list[tuple[str, str]] = []
        self.people: list[Person] = []

    def _m(self, text, label):
        self.items.append((text, label))
        return f"\x01{len(self.items) - 1}\x02"

    def P(self, x):
        return self._m(x, "PERSON")

    def A(self, x):
        return self._m(x, "ADDRESS")

    def K(self, x):
        return self._m(x, "KEEP")

    def T(self, x, label):
        return self._m(x, label)

    def person(self, **kw) -> Person:
        p = Person(self.r, **kw)
        self.people.append(p)
        return p

    def relative(self, p: Person, gender=None) -> Person:
        q = Person(self.r, origin=p.origin, gender=gender, sur=p.sur, part=p.part)
        self.people.append(q)
        return q

    def build(self, text: str, did: str) -> dict:
        pii, keep, seen_p, seen_k = [], [], set(), set()

        def rep(m):
            t, label = self.items[int(m.group(1))]
            if label == "KEEP":
                if t not in seen_k:
                    seen_k.add(t)
                    keep.append(t)
            elif (t, label) not in seen_p:
                seen_p.add((t, label))
                pii.append({"text": t, "label": label})
            return t

        out = _M.sub(rep, text)
        return {"id": did, "text": out, "pii": pii, "keep": keep}
