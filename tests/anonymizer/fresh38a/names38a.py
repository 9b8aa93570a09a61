"""Name, street and number material for fresh38a (insolvency and the municipality). Standard library only.

Most surnames and many first names are composed from origin-typical parts, so they sit on no common list."""

from __future__ import annotations

import unicodedata


def pick(r, xs):
    return xs[r.randrange(len(xs))]


def comp(r, a, b):
    return pick(r, a) + pick(r, b)


# group -> (male first names, female first names, surname(r, gender) -> (particle, stem))
def _plain(a, b):
    return lambda r, g: ("", comp(r, a, b))


def _list(xs):
    return lambda r, g: ("", pick(r, xs))


def _dutch(r, g):
    stem = comp(
        r,
        [
            "Brink",
            "Hooge",
            "Wester",
            "Ooster",
            "Mole",
            "Esse",
            "Hulse",
            "Vlie",
            "Zand",
            "Berk",
            "Lutte",
            "Ruig",
            "Dalf",
            "Kolk",
            "Heem",
            "Wolde",
            "Ekel",
            "Twent",
        ],
        [
            "veld",
            "horst",
            "kamp",
            "link",
            "beek",
            "dijk",
            "hof",
            "ink",
            "boom",
            "water",
            "brug",
            "voort",
            "sloot",
            "lo",
        ],
    )
    part = pick(r, ["van der", "van den", "ter", "de", "van de", "in 't", "ten", "op de", "van 't", "van", "", ""])
    return part, stem


def _flemish(r, g):
    return "", comp(
        r,
        ["Vande", "Ver", "Vanden", "Ver"],
        ["putte", "haeghe", "meulebroeck", "straete", "kerckhove", "sluys", "donck"],
    )


def _slavic(a, m, f):
    return lambda r, g: ("", pick(r, a) + (pick(r, m) if g == "m" else pick(r, f)))


GROUPS = {
    "dutch": (
        ["Gerrit", "Teunis", "Roelof", "Joost", "Harm", "Evert", "Wibo", "Gijsbert", "Lammert", "Reinier"],
        ["Hendrika", "Marijke", "Aaltje", "Geertruida", "Femmy", "Jantine", "Wilma", "Lotte", "Gerdien", "Ineke"],
        _dutch,
    ),
    "frisian": (
        ["Sjoerd", "Hylke", "Durk", "Wopke", "Jelmer", "Tsjalling", "Ype"],
        ["Wytske", "Baukje", "Tjitske", "Sytske", "Aukje", "Froukje", "Jildou"],
        _plain(
            ["Wier", "Hel", "Sijt", "Tjall", "Reid", "Fok", "Gerbr", "Jell", "Sjaard", "Mink", "Hoit"],
            ["stra", "sma", "inga", "ema", "sta", "enga"],
        ),
    ),
    "flemish": (
        ["Wannes", "Lieven", "Jorik", "Stijn", "Brecht"],
        ["Griet", "Lieve", "Hanne", "Veerle", "Katrien"],
        _flemish,
    ),
    "moroccan": (
        ["Abdelkarim", "Fouad", "Hafid", "Mimoun", "Driss", "Soufiane", "Tarik"],
        ["Nezha", "Zoubida", "Latifa", "Ikram", "Houda", "Soumaya", "Malika"],
        lambda r, g: (
            "",
            pick(r, ["", "", "El ", "Ben ", "Ait "])
            + comp(
                r,
                ["Boujd", "Amrak", "Azd", "Mahj", "Ouarr", "Tahr", "Zerr", "Bakk"],
                ["aoui", "ouni", "ati", "idi", "ouchi", "ani"],
            ),
        ),
    ),
    "turkish": (
        ["Serkan", "Volkan", "Emre", "Tuncay", "Levent", "Okan", "Baran"],
        ["Hatice", "Gülsüm", "Zeynep", "Sevgül", "Esra", "Dilek", "Nurcan"],
        _plain(
            ["Kara", "Ak", "Yıldır", "Demir", "Öz", "Kay", "Tur", "Ergü", "Çelik"],
            ["taş", "soy", "kurt", "han", "oğlu", "can", "dağ", "göz", "alp"],
        ),
    ),
    "hindustani": (
        ["Rakesh", "Ravindre", "Soenil", "Dinesh", "Anand"],
        ["Shanti", "Devika", "Radjkoemarie", "Asha", "Rosita"],
        _plain(
            ["Ram", "Jai", "Bis", "Moh", "Sew", "Bal", "Kal"],
            ["sahai", "pal", "dhan", "lall", "oebier", "nandan", "karan"],
        ),
    ),
    "creole": (
        ["Errol", "Marciano", "Romeo", "Glenn", "Orlando"],
        ["Gracia", "Ruthmila", "Jerusha", "Claudette", "Ilse"],
        _plain(["Lieve", "Fort", "Wijn", "Zorg", "Slag", "Kort", "Eersel"], ["lust", "wijk", "dorp", "kom", "hoop"]),
    ),
    "antillean": (
        ["Shurandy", "Jurgen", "Roelvin", "Giandro", "Elvis"],
        ["Yasmira", "Jeanmarie", "Suhaily", "Ginette"],
        _plain(["Isen", "Cijn", "Marti", "Rosa", "Koei", "Bern", "Wi"], ["ia", "tje", "na", "lia", "man", "abela"]),
    ),
    "polish": (
        ["Grzegorz", "Bartosz", "Przemysław", "Wojciech", "Krzysztof"],
        ["Agnieszka", "Małgorzata", "Dorota", "Ewelina"],
        _slavic(
            ["Kowal", "Wiśniew", "Zieliń", "Dąbrow", "Lewandow", "Mazur", "Sobczyń"], ["ski", "ski"], ["ska", "ska"]
        ),
    ),
    "syrian": (
        ["Ghaith", "Mahmoud", "Firas", "Nizar", "Wassim"],
        ["Rasha", "Lama", "Ruba", "Dima", "Hiba"],
        _plain(["Al-Sha", "Al-Ha", "Kab", "Dar", "Al-Ta", "Nas"], ["rbi", "mmami", "wish", "bbagh", "lli", "rour"]),
    ),
    "eritrean": (
        ["Filmon", "Awet", "Tesfalem", "Robel", "Semere"],
        ["Senait", "Rahwa", "Yordanos", "Selam", "Luwam"],
        _plain(
            ["Ghebre", "Tekle", "Habte", "Wolde", "Kidane", "Berhe"],
            ["mariam", "haimanot", "michael", "selassie", "giorgis", "tsion"],
        ),
    ),
    "ethiopian": (
        ["Dawit", "Abebe", "Yonas", "Tewodros"],
        ["Tigist", "Meseret", "Hirut", "Bethlehem"],
        _plain(["Hail", "Ber", "Tes", "Mul", "Gir", "Ass"], ["u", "hanu", "faye", "ugeta", "ma", "efa"]),
    ),
    "somali": (
        ["Abdirahman", "Liban", "Abdiqani", "Mahad", "Xasan"],
        ["Hodan", "Faadumo", "Ifrah", "Sagal", "Ubah"],
        _plain(["Jaam", "Xir", "Caw", "Guul", "Waar", "Cilm"], ["ac", "si", "aale", "eed", "same", "i"]),
    ),
    "chinese": (
        [comp_ for comp_ in ["Weiming", "Zhiqiang", "Junhao", "Kaiwen"]],
        ["Xiaoling", "Meihua", "Jiawen", "Yuting", "Huijie"],
        _list(["Zhou", "Leung", "Tsang", "Cheung", "Kwok", "Xu", "Fung", "Yip"]),
    ),
    "indonesian": (
        ["Bayu", "Sutrisno", "Agus", "Hendrik", "Yopie"],
        ["Wulan", "Dewi", "Sri", "Nona", "Ratna"],
        _plain(
            ["Patti", "Latu", "Tehu", "Mana", "Sahe", "Lou", "Pel"],
            ["peilohy", "mahina", "lessy", "puttiry", "wael", "hatu", "amole"],
        ),
    ),
    "ghanaian": (
        ["Kwame", "Yaw", "Kofi", "Kwabena", "Kojo"],
        ["Akosua", "Abena", "Adwoa", "Ama", "Efua"],
        _plain(["Agye", "Fri", "Ampo", "Akwa", "Danqu", "Oppo", "Asa"], ["mang", "mpong", "fo", "ah", "kwa", "re"]),
    ),
    "nigerian": (
        ["Chukwuemeka", "Oluwaseun", "Ikenna", "Tunde"],
        ["Ngozi", "Adaeze", "Folake", "Chiamaka"],
        _plain(["Oka", "Nwo", "Ade", "Olu", "Eze", "Obi"], ["for", "su", "bayo", "wole", "chukwu", "nna"]),
    ),
    "capeverdean": (
        ["Ailton", "Odair", "Nelson", "Djoy"],
        ["Djenifer", "Elisangela", "Nilsa", "Zuleica"],
        _plain(["Tava", "For", "Sil", "Mon", "Vare", "Seme"], ["res", "tes", "veira", "teiro", "do"]),
    ),
    "afghan": (
        ["Farid", "Nasrullah", "Ahmad Shah", "Wahid"],
        ["Mursal", "Zarmina", "Freshta", "Marzia"],
        _plain(["Noor", "Sadiq", "Hakim", "Rahim", "Naz"], ["zai", "khel", "yar", "i", "ullah"]),
    ),
    "iranian": (
        ["Mehrdad", "Kourosh", "Babak", "Farhad"],
        ["Shirin", "Ladan", "Mahnaz", "Golnar"],
        _plain(["Shah", "Tehr", "Nik", "Far", "Khos", "Mir"], ["nazari", "ani", "pour", "zad", "ravi", "bagheri"]),
    ),
    "kurdish": (
        ["Rebwar", "Shirwan", "Dilshad", "Hemin"],
        ["Dilan", "Berivan", "Rojda", "Shilan"],
        _plain(["Sor", "Ker", "Dil", "Ran", "Hew", "Zan"], ["ani", "kuki", "zadeh", "ya", "ari", "baxi"]),
    ),
    "vietnamese": (
        ["Thanh Tung", "Quoc Bao", "Duc Anh", "Van Long"],
        ["Ngoc Anh", "Thi Hoa", "Minh Chau", "Kim Lien"],
        _list(["Huynh", "Luong", "Dang", "Truong", "Vo", "Quach"]),
    ),
    "bulgarian": (
        ["Stoyan", "Ivaylo", "Plamen", "Tsvetan"],
        ["Desislava", "Radka", "Tsvetelina", "Gergana"],
        _slavic(["Dimitr", "Petk", "Stoyan", "Georgi", "Hrist", "Nenk"], ["ov", "ev"], ["ova", "eva"]),
    ),
    "romanian": (
        ["Ionuț", "Mihai", "Sorin", "Cătălin"],
        ["Florentina", "Alina", "Loredana", "Roxana"],
        _plain(["Vlăd", "Mărg", "Dobr", "Cîrst", "Pătr", "Ghe"], ["escu", "eanu", "oiu", "ache"]),
    ),
    "hungarian": (
        ["Zsolt", "Bence", "Levente", "Tamás"],
        ["Erzsébet", "Ildikó", "Zsófia", "Réka"],
        _plain(["Kis", "Tót", "Bal", "Fej", "Ször", "Vár"], ["házi", "falvi", "ogh", "es", "enyi", "nagy"]),
    ),
    "german": (
        ["Jürgen", "Torsten", "Ulrich", "Dieter"],
        ["Ulrike", "Hannelore", "Gisela", "Anke"],
        _plain(["Schwarz", "Hof", "Leit", "Kranz", "Ebers", "Reich"], ["müller", "bauer", "hauser", "meier", "berger"]),
    ),
    "ukrainian": (
        ["Oleksandr", "Taras", "Bohdan", "Mykola"],
        ["Olena", "Iryna", "Oksana", "Halyna"],
        _plain(["Shevch", "Kovalen", "Bondar", "Tkach", "Lysen", "Moroz"], ["enko", "chuk", "uk", "yshyn"]),
    ),
    "pakistani": (
        ["Imran", "Usman", "Bilal", "Tahir"],
        ["Sadia", "Rabia", "Naila", "Humaira"],
        _plain(["Chau", "Qur", "Mal", "Ran", "Shaf", "Bhat"], ["dhry", "eshi", "ik", "jha", "ique", "ti"]),
    ),
    "indian": (
        ["Aditya", "Karthik", "Srinivas", "Rohan"],
        ["Priyanka", "Lakshmi", "Divya", "Meenakshi"],
        _plain(["Venkat", "Krishn", "Subram", "Ragh", "Nata"], ["araman", "amurthy", "anian", "avan", "rajan"]),
    ),
    "tamil": (
        ["Tharshan", "Kajan", "Sivakumar", "Niroshan"],
        ["Nirmala", "Tharsika", "Sharmila", "Vathani"],
        _plain(["Sivaling", "Thang", "Kanag", "Yogar", "Selvar"], ["am", "arajah", "asabai", "ajah", "atnam"]),
    ),
    "armenian": (
        ["Hovhannes", "Aram", "Vahe", "Tigran"],
        ["Anahit", "Lusine", "Nune", "Siranush"],
        _plain(["Petros", "Grigor", "Hakob", "Vardan", "Sargs", "Mkrt"], ["yan", "ian"]),
    ),
    "greek": (
        ["Stavros", "Dimitris", "Vasilis", "Kostas"],
        ["Eleni", "Despina", "Vasiliki", "Katerina"],
        _plain(["Papa", "Kara", "Christo", "Geor", "Mavro"], ["dopoulos", "giannis", "doulakis", "gakis", "idis"]),
    ),
    "italian": (
        ["Salvatore", "Gennaro", "Carmelo", "Rocco"],
        ["Giuseppina", "Concetta", "Rosaria", "Annunziata"],
        _plain(["Espo", "Ruggi", "Mar", "Cal", "Ferr", "Gall"], ["sito", "ero", "chetti", "abrese", "ante", "uzzo"]),
    ),
    "colombian": (
        ["Yeferson", "Wilmer", "Jhon Fredy", "Edwin"],
        ["Marisol", "Yuliana", "Leidy", "Sandra Milena"],
        _plain(["Bermú", "Cifu", "Echeve", "Ospi", "Quin"], ["dez", "entes", "rría", "na", "tero"]),
    ),
}

# Surnames that are also ordinary Dutch words (known-name documents): (surname, ordinary sentence with the word)
KNOWN_WORDS = [
    ("Koopman", "Hij stond twintig jaar als koopman op de weekmarkt."),
    ("Schipper", "Als schipper voer zij zand en grind over de IJssel."),
    ("Timmerman", "De timmerman die de loods zou afmaken, is nooit betaald."),
    ("Brouwer", "Een brouwer uit de regio nam de ketels over."),
    ("Schilder", "Haar oom werkte dertig jaar als schilder bij de woningcorporatie."),
    ("Kuiper", "De oude kuiper in de binnenstad repareerde nog houten vaten."),
    ("Slager", "Na de sluiting van de zaak heeft geen slager het pand willen huren."),
    ("Molenaar", "De molenaar van de korenmolen kocht het restant van het meel."),
    ("Visser", "Als visser had hij het hele jaar geen vangstquotum meer."),
    ("Bakker", "Een bakker op de hoek nam twee van de vaste klanten over."),
    ("Baas", "Zijn oude baas schreef een aanbevelingsbrief."),
    ("Storm", "De storm van vorige maand vernielde het dak van de werkplaats."),
    ("Winter", "In de winter liep de omzet van het terras volledig terug."),
    ("Vos", "Een vos haalde twee keer de kippen uit de ren achter het tuincentrum."),
    ("Valk", "Op het hek van de loods zat elke ochtend een valk."),
    ("Hoek", "De kapsalon zat op de hoek van het winkelcentrum."),
    ("Groen", "Het pand werd groen geschilderd door de nieuwe huurder."),
    ("Post", "De post van de curator kwam op het oude adres terecht."),
    ("Koning", "Met Koningsdag verkocht zij niets; de koning van de markt was de buurman."),
    ("Rijk", "Echt rijk is zij er nooit van geworden, zegt haar adviseur."),
    ("Kok", "Als kok had hij zelf de keuken ingericht."),
    ("Smit", "Een smit uit het dorp kocht de aambeelden."),
    ("Stam", "De stam van de oude eik lag nog op het terrein."),
    ("Wolf", "Er is een wolf gezien bij de schapenhouderij, dus de verzekeraar stelde vragen."),
    ("Zwart", "Het bedrijf werkte volgens de FIOD niet zwart, maar het geld was op."),
    ("Veld", "De kramen stonden op het veld achter de sporthal."),
]

STREET_A = [
    "Touwslager",
    "Turfschip",
    "Zeilmaker",
    "Spinnerij",
    "Wolweverij",
    "Kalkoven",
    "Boekweit",
    "Reigersbek",
    "Hazelaar",
    "Korenbloem",
    "Lijnbaan",
    "Ganzenveld",
    "Klompenmaker",
    "Steenbakkers",
    "Vlasbloem",
    "Mandenmaker",
    "Scheepsbouwers",
    "Ketelmakers",
    "Dotterbloem",
    "Zwanenhals",
    "Beurtvaart",
    "Pottenbakkers",
    "Lepelaar",
]
STREET_B = ["straat", "laan", "weg", "hof", "kade", "dreef", "singel", "pad", "erf", "plein"]

MUNIS = [
    ("Emmen", "0591"),
    ("Hoogeveen", "0528"),
    ("Zaanstad", "075"),
    ("Schiedam", "010"),
    ("Tiel", "0344"),
    ("Kerkrade", "045"),
    ("Heerenveen", "0513"),
    ("Almelo", "0546"),
    ("Vlaardingen", "010"),
    ("Helmond", "0492"),
    ("Oss", "0412"),
    ("Lelystad", "0320"),
    ("Den Helder", "0223"),
    ("Roosendaal", "0165"),
    ("Deventer", "0570"),
    ("Assen", "0592"),
    ("Nieuwegein", "030"),
    ("Veenendaal", "0318"),
    ("Harderwijk", "0341"),
    ("Terneuzen", "0115"),
]

COURTS = [
    "Rechtbank Noord-Nederland",
    "Rechtbank Overijssel",
    "Rechtbank Gelderland",
    "Rechtbank Rotterdam",
    "Rechtbank Noord-Holland",
    "Rechtbank Oost-Brabant",
    "Rechtbank Limburg",
    "Rechtbank Midden-Nederland",
    "Rechtbank Zeeland-West-Brabant",
]

MONTHS = [
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
MON3 = ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]

ASCII = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "ß": "ss"})


def ascii_lower(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.translate(ASCII))
    return "".join(ch for ch in s if not unicodedata.combining(ch)).lower()


def bsn(r) -> str:
    while True:
        d = [r.randrange(10) for _ in range(8)]
        if d[0] == 0:
            continue
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        last = s % 11
        if last < 10:
            return "".join(map(str, d)) + str(last)


def bsn_ok(s: str) -> bool:
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 9:
        return False
    return (sum(x * w for x, w in zip(d[:8], range(9, 1, -1))) - d[8]) % 11 == 0


BANKS = ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "KNAB", "BUNQ", "ASNB", "RBRB", "FVLB"]


def iban(r) -> str:
    bank = pick(r, BANKS)
    acct = "".join(str(r.randrange(10)) for _ in range(10))
    num = "".join(str(int(c, 36)) for c in bank + acct + "NL00")
    check = 98 - int(num) % 97
    return f"NL{check:02d}{bank}{acct}"


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "").upper()
    if len(s) < 15:
        return False
    s2 = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s2)) % 97 == 1


def iban_fmt(r, raw: str) -> str:
    if r.random() < 0.6:
        return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
    return raw


PLATE_L = "BDFGHJKLNPRSTVXZ"


def plate(r) -> str:
    L = lambda n: "".join(pick(r, PLATE_L) for _ in range(n))
    D = lambda n: "".join(str(r.randrange(1, 10)) for _ in range(n))
    return pick(
        r,
        [
            lambda: f"{L(2)}-{D(3)}-{L(1)}",
            lambda: f"{D(1)}-{L(3)}-{D(2)}",
            lambda: f"{L(1)}-{D(3)}-{L(2)}",
            lambda: f"V{L(1)}-{D(3)}-{L(1)}",
            lambda: f"{D(2)}-{L(3)}-{D(1)}",
            lambda: f"{L(3)}-{D(2)}-{L(1)}",
        ],
    )()


def postcode(r) -> str:
    while True:
        a, b = pick(r, "ABCEGHJKLMNPRTVWXZ"), pick(r, "ABCEGHJKLMNPRTVXZ")
        if a + b not in ("SA", "SD", "SS"):
            break
    n = r.randrange(1000, 9999)
    return f"{n} {a}{b}" if r.random() < 0.75 else f"{n}{a}{b}"
