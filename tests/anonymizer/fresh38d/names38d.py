"""Name, street and number material for fresh38d (helper D1, round thirty-two).

Surnames and many first names are composed from origin-typical parts, so that most of them are on no common list.
"""

from __future__ import annotations

import unicodedata

# group: (female firsts, male firsts, composed-first prefixes, composed-first suffixes, surname prefixes,
#         surname suffixes, particles)
GROUPS = {
    "dutch": (
        ["Fenne", "Lieke", "Jikke", "Marlou", "Tessel"],
        ["Mees", "Jelte", "Noud", "Gijs", "Wessel"],
        ["Jo", "Fen", "Wil", "Ma", "Tij"],
        ["rieke", "nelle", "mijn", "rit", "lotte"],
        ["Berk", "Wey", "Hoog", "Molen", "Kamp", "Zand", "Linde", "Brug", "Esch", "Wolt"],
        ["huis", "kamp", "veld", "horst", "laar", "broek", "hof", "dijk", "beek", "erf"],
        ["van der", "van den", "de", "van", "ter", "van 't", "in 't", "op den", "te", "ten"],
    ),
    "frisian": (
        ["Jildou", "Froukje", "Sytske", "Baukje", "Wytske"],
        ["Sjoerd", "Wiebe", "Tsjerk", "Auke", "Hylke"],
        ["Sj", "Ate", "Re", "Doe", "Hyl"],
        ["oerdtje", "ke", "inske", "tsje", "kje"],
        ["Hoek", "Terp", "Wester", "Sijt", "Holt", "Boon", "Wier", "Hait", "Bruin", "Feen"],
        ["stra", "sma", "inga", "ema", "enga", "tsma"],
        [],
    ),
    "moroccan": (
        ["Yasmina", "Ikram", "Nouhaila", "Salma", "Chaimae"],
        ["Soufian", "Ilyas", "Bilal", "Anouar", "Zakaria"],
        ["Ab", "Moh", "Ri", "Sa", "Na"],
        ["delilah", "sine", "dwane", "mir", "jat"],
        ["El Amr", "El Idr", "Ouahb", "El Hadd", "Ben Kasm", "Bakk", "Azz", "Ben Moh"],
        ["ani", "aoui", "ouchi", "ari", "issi", "ouli"],
        [],
    ),
    "amazigh": (
        ["Tiziri", "Thanina", "Tinhinan", "Dihya", "Tamazight"],
        ["Massin", "Idir", "Yuba", "Amnay", "Aksil"],
        [],
        [],
        ["Bou", "Ait ", "Ou", "Amgh", "Bel"],
        ["lahcen", "chrif", "taleb", "hammou", "zian", "hadi"],
        [],
    ),
    "turkish": (
        ["Ecrin", "Zeynep", "Defne", "Elif", "Nisanur"],
        ["Berkay", "Emre", "Kaan", "Yiğit", "Alperen"],
        ["Ay", "Gül", "Öz", "Can", "Nur"],
        ["sel", "nihal", "kan", "berk", "sena"],
        ["Kara", "Ak", "Öz", "Yıl", "Demir", "Gül", "Tek", "Bay", "Şen", "Çelik"],
        ["oğlu", "dağ", "han", "soy", "türk", "taş", "kaya", "bulut", "ören"],
        [],
    ),
    "kurdish": (
        ["Rojda", "Zilan", "Berivan", "Hêvî", "Nazdar"],
        ["Baran", "Azad", "Rêber", "Dilovan", "Serhat"],
        [],
        [],
        ["Zan", "Bar", "Hej", "Dil", "Sor", "Ker"],
        ["ani", "zani", "oyan", "xwaz", "dêrî"],
        [],
    ),
    "hindustani": (
        ["Anjali", "Shanti", "Reshma", "Sunita", "Kavita"],
        ["Ravish", "Vikash", "Sunil", "Dinesh", "Ashwin"],
        ["Ra", "Vi", "Sh", "De", "Ro"],
        ["visha", "nesh", "ivani", "vendra", "hini"],
        ["Ram", "Jag", "Pers", "Bis", "Mah", "Rag", "Sew", "Kali"],
        ["dien", "esar", "ad", "nath", "abier", "oebarsingh", "pal", "kharan"],
        [],
    ),
    "creole": (
        ["Shanice", "Naomi", "Kimberley", "Charlaine", "Rosanna"],
        ["Quincy", "Romano", "Jermaine", "Dwight", "Kenzo"],
        ["Shan", "Jer", "Rom", "Gi", "Dj"],
        ["ella", "ayden", "ano", "vanni", "enairo"],
        ["Kas", "Wij", "Monk", "Pin", "Blo", "Fri", "Wa", "Sno"],
        ["tein", "ngaarde", "sel", "as", "ndel", "mersie", "ldring"],
        [],
    ),
    "javanese": (
        ["Wartini", "Sumini", "Siti", "Ratna"],
        ["Sugiarto", "Rishandi", "Wagiman", "Darmo"],
        [],
        [],
        ["Sod", "Kar", "Sar", "Ponir", "Wir", "Mar"],
        ["ikromo", "idjo", "mo", "osemito", "oredjo", "ipan"],
        [],
    ),
    "antillean": (
        ["Xiomara", "Shurlaina", "Jeanmarie", "Giselle", "Yudeska"],
        ["Giandro", "Kenrick", "Jurgen", "Dyron", "Rigeno"],
        ["Gi", "Je", "Ry", "Sha", "Ke"],
        ["andro", "dyson", "shandra", "rienne", "vano"],
        ["Martin", "Cor", "Fran", "Rich", "Cij", "Ma", "Isen"],
        ["ina", "sen", "cisca", "ardson", "ntje", "tijn", "ia"],
        [],
    ),
    "aruban": (
        ["Ruthsel", "Anushka", "Lizanne"],
        ["Ryan", "Jandino", "Glenbert"],
        [],
        [],
        ["Croe", "Wer", "Koc", "Geer", "Trom", "Lamp"],
        ["s", "leman", "ken", "man", "pe", "e"],
        [],
    ),
    "polish": (
        ["Zuzanna", "Wiktoria", "Oliwia", "Agnieszka", "Maja"],
        ["Kacper", "Mateusz", "Bartosz", "Szymon", "Filip"],
        [],
        [],
        ["Wiśn", "Kowal", "Krzy", "Brzo", "Sob", "Mazur", "Grab", "Pawl", "Jasz"],
        ["ewski", "czyk", "iak", "owicz", "ecki", "ański"],
        [],
    ),
    "romanian": (
        ["Ioana", "Bianca", "Andreea", "Roxana"],
        ["Andrei", "Răzvan", "Mihai", "Ionuț"],
        [],
        [],
        ["Pop", "Ionesc", "Dumitr", "Stan", "Radul", "Mare"],
        ["escu", "eanu", "u", "ache", "ș"],
        [],
    ),
    "bulgarian": (
        ["Desislava", "Gergana", "Yoana"],
        ["Georgi", "Ivaylo", "Stoyan"],
        [],
        [],
        ["Petr", "Dimitr", "Todor", "Kol", "Stoyan"],
        ["ov", "ev", "chev", "anov"],
        [],
    ),
    "syrian": (
        ["Lama", "Rama", "Joud", "Sidra", "Hala"],
        ["Hamza", "Ghaith", "Omar", "Yamen", "Tamim"],
        [],
        [],
        ["Al-Ha", "Al-Kha", "Al-Mas", "Al-Ja", "Al-Na", "Haj "],
        ["labi", "tib", "ri", "bari", "ssar", "mwi"],
        [],
    ),
    "eritrean": (
        ["Semhar", "Senait", "Luwam", "Yohana"],
        ["Filmon", "Yonas", "Biniam", "Natnael"],
        [],
        [],
        ["Tes", "Ghe", "Kida", "Habte", "Tekle", "Yem"],
        ["faldet", "brehiwet", "ne", "mariam", "ab", "haimanot"],
        [],
    ),
    "somali": (
        ["Hodan", "Ifrah", "Sagal", "Ayaan"],
        ["Abdirahman", "Mahad", "Guled", "Liban"],
        [],
        [],
        ["War", "Far", "Os", "Ja", "Hir", "Gul"],
        ["same", "ah", "maan", "ma", "si", "ed"],
        [],
    ),
    "chinese": (
        [],
        [],
        ["Xiao", "Mei", "Jia", "Wen", "Zi", "Yu"],
        ["ling", "hao", "yi", "han", "xuan", "rui"],
        ["Zh", "L", "Ch", "T", "W", "Li"],
        ["ou", "in", "en", "ang", "u", "ao"],
        [],
    ),
    "moluccan": (
        ["Melanie", "Ivanka", "Chandra"],
        ["Nathan", "Ferdinand", "Jordy"],
        [],
        [],
        ["Latu", "Pattin", "Tuhu", "Mana", "Souh", "Lei"],
        ["heru", "asarany", "teru", "puty", "wakan", "ssy"],
        [],
    ),
    "ghanaian": (
        ["Akosua", "Efua", "Adjoa", "Abena"],
        ["Kwame", "Kofi", "Yaw", "Kwabena"],
        [],
        [],
        ["Ofori", "Ase", "Bon", "Agy", "Owu", "Men"],
        ["-Atta", "do", "su", "eman", "ah", "sah"],
        [],
    ),
    "nigerian": (
        ["Adaeze", "Chiamaka", "Tolu"],
        ["Chinedu", "Oluwaseun", "Emeka"],
        [],
        [],
        ["Oka", "Ade", "Olu", "Eze", "Nwo"],
        ["for", "yemi", "wole", "gbu", "su"],
        [],
    ),
    "iraqi": (
        ["Zahraa", "Ruqaya", "Tabarak"],
        ["Haider", "Mustafa", "Muntadher"],
        [],
        [],
        ["Al-Sa", "Al-Ku", "Al-Jub", "Al-Du"],
        ["adi", "baisi", "ouri", "laimi"],
        [],
    ),
    "afghan": (
        ["Mursal", "Sahar", "Parwana"],
        ["Farid", "Wais", "Sohrab"],
        [],
        [],
        ["Ahmad", "Noor", "Sam", "Rahi", "Hak"],
        ["zai", "i", "yar", "mi", "ani"],
        [],
    ),
    "iranian": (
        ["Shirin", "Setareh", "Nasim"],
        ["Arash", "Kian", "Dariush"],
        [],
        [],
        ["Moham", "Rez", "Tehr", "Kaz", "Nik"],
        ["madi", "aei", "ani", "emi", "pour"],
        [],
    ),
    "ukrainian": (
        ["Oksana", "Yevheniia", "Solomiia"],
        ["Bohdan", "Taras", "Yaroslav"],
        [],
        [],
        ["Shevch", "Bond", "Kovalen", "Tkach", "Moroz"],
        ["enko", "aruk", "uk", "ko", "chuk"],
        [],
    ),
    "german": (
        ["Leonie", "Hannah", "Marlene"],
        ["Lukas", "Jonas", "Moritz"],
        [],
        [],
        ["Schnei", "Wein", "Hoff", "Brück", "Kess"],
        ["der", "berger", "mann", "ner", "ler"],
        [],
    ),
    "flemish": (
        ["Lotte", "Fien", "Nore", "Ilse"],
        ["Wout", "Jens", "Seppe", "Lowie"],
        [],
        [],
        ["Vande", "Ver", "Van ", "De "],
        ["velde", "cruysse", "acker", "loo", "meulen", "bruaene"],
        [],
    ),
    "vietnamese": (
        [],
        [],
        ["Minh ", "Thanh ", "Bao ", "Ngoc "],
        ["Anh", "Tam", "Long", "Hieu"],
        ["Ng", "Tr", "Ph", "Ho", "Du"],
        ["uyen", "an", "am", "ang", "ong"],
        [],
    ),
    "capeverdean": (
        ["Djenifer", "Nilsa", "Elisângela"],
        ["Edson", "Nilton", "Adilson"],
        [],
        [],
        ["Tav", "Mont", "Sem", "Fort", "Var"],
        ["ares", "eiro", "edo", "es", "ela"],
        [],
    ),
    "brazilian": (
        ["Larissa", "Thaís", "Gabriela"],
        ["Thiago", "Caio", "Rodrigo"],
        [],
        [],
        ["Ol", "Fer", "Carv", "Per", "Rib"],
        ["iveira", "reira", "alho", "eira", "eiro"],
        [],
    ),
    "indian": (
        ["Ananya", "Diya", "Ishita"],
        ["Aarav", "Ishaan", "Vihaan"],
        [],
        [],
        ["Sub", "Krish", "Venk", "Ragh", "Nar"],
        ["ramanian", "nan", "atesh", "avan", "ayanan"],
        [],
    ),
    "pakistani": (
        ["Ayesha", "Mahnoor", "Iqra"],
        ["Hamza", "Usman", "Bilawal"],
        [],
        [],
        ["Cho", "Qur", "Mal", "Butt", "Raj"],
        ["udhry", "eshi", "ik", "ar", "put"],
        [],
    ),
    "filipino": (
        ["Maricel", "Angelica", "Jhoanna"],
        ["Jomar", "Rhenz", "Paolo"],
        [],
        [],
        ["Mag", "Bau", "Ag", "Cab", "Lun"],
        ["saysay", "tista", "uilar", "ral", "ario"],
        [],
    ),
    "bosnian": (
        ["Lejla", "Emina", "Amra"],
        ["Amir", "Haris", "Tarik"],
        [],
        [],
        ["Hod", "Beg", "Mehm", "Hal", "Kar"],
        ["žić", "ović", "edović", "ilović", "ić"],
        [],
    ),
    "ethiopian": (
        ["Meron", "Bethlehem", "Hiwot"],
        ["Abebe", "Dawit", "Yared"],
        [],
        [],
        ["Wolde", "Tade", "Ger", "Asf", "Ken"],
        ["giorgis", "sse", "ima", "aw", "enisa"],
        [],
    ),
}

# Dutch words that are also names: (name part, ordinary lower-case sentence, where) where = "last" or "first".
KNOWN = [
    ("Vos", "er liep gwn een vos over het schoolplein 🦊", "last"),
    ("Bos", "we hangen vaak in het bos achter de sporthal", "last"),
    ("Winter", "deze winter is mijn kamer echt ijskoud", "last"),
    ("Storm", "door de storm van vorige week is mijn fiets kapot", "first"),
    ("Haas", "ik rende als een haas naar de bus maar te laat", "last"),
    ("Kok", "ik wil later kok worden, daarom die stage", "last"),
    ("Bakker", "ik werk op zaterdag bij de bakker hier", "last"),
    ("Visser", "mijn opa was visser in IJmuiden", "last"),
    ("Vink", "zet een vink bij 'student' zei de website", "last"),
    ("Berg", "er ligt een berg post op mijn bureau", "last"),
    ("Klein", "mijn kamer is echt heel klein, 9m2", "last"),
    ("Lang", "het duurt nu al zo lang", "last"),
    ("Snel", "kan het een beetje snel?", "last"),
    ("Hart", "ik doe dit echt met heel mijn hart", "last"),
    ("Roos", "ik heb een roos getekend voor de muurschildering", "first"),
    ("Merel", "er zit elke ochtend een merel op mijn vensterbank", "first"),
    ("Groen", "het stoplicht was groen i swear", "last"),
    ("Veld", "het veld bij school is al weken dicht", "last"),
    ("Blok", "dit blok heb ik vier tentamens", "last"),
    ("Koning", "ik voelde me een koning toen ik die sleutel kreeg", "last"),
    ("Wolf", "ik had honger als een wolf na mijn dienst", "last"),
    ("Steen", "er lag een steen door mijn raam", "last"),
    ("Boom", "er is een boom op de fietsenstalling gevallen", "last"),
    ("Schipper", "mijn vader is schipper en vaak weg", "last"),
    ("Molenaar", "mijn oom is molenaar in Schiedam", "last"),
    ("Zwart", "ik wil echt niet zwart werken", "last"),
]

STREET_A = [
    "Kastanje",
    "Meidoorn",
    "Zilverschoon",
    "Kwartel",
    "Otter",
    "Lepelaar",
    "Boekweit",
    "Vlinder",
    "Haver",
    "Mercurius",
    "Saturnus",
    "Kornoelje",
    "Wilgen",
    "Zeilmaker",
    "Touwslager",
    "Koperslager",
    "Dotterbloem",
    "Brem",
    "Reiger",
    "Zonnedauw",
    "Klaproos",
    "Pijlkruid",
    "Galjoen",
    "Fregat",
    "Ijsvogel",
    "Tjalk",
]
STREET_B = ["straat", "laan", "hof", "singel", "pad", "weg", "plein", "kade", "erf", "dreef", "gaarde", "baan"]

FOLD = str.maketrans({"ı": "i", "ł": "l", "ß": "ss", "ø": "o", "đ": "d"})


def fold(s: str) -> str:
    """ASCII form of a name part for handles and e-mail addresses."""
    s = unicodedata.normalize("NFKD", s.translate(FOLD))
    return "".join(c for c in s if not unicodedata.combining(c) and (c.isalnum()))


class Person:
    def __init__(self, given: str, part: str, core: str, group: str, no_lower: bool = False):
        self.given, self.part, self.core, self.group, self.no_lower = given, part, core, group, no_lower

    @property
    def full(self) -> str:
        return " ".join(x for x in (self.given, self.part, self.core) if x)

    @property
    def bare(self) -> str:
        return (self.part[0].upper() + self.part[1:] + " " + self.core) if self.part else self.core

    @property
    def initial(self) -> str:
        return " ".join(x for x in (self.given[0] + ".", self.part, self.core) if x)

    @property
    def low_full(self) -> str:
        return self.full if self.no_lower else self.full.lower()

    @property
    def low_first(self) -> str:
        return self.given if self.no_lower else self.given.lower()

    @property
    def first(self) -> str:
        return self.given

    @property
    def g(self) -> str:
        return fold(self.given.split()[0]).lower()

    @property
    def c(self) -> str:
        return fold(self.core).lower()


def make_given(r, group: str, fem: bool | None = None) -> str:
    f, m, fp, fs, *_ = GROUPS[group]
    pool = (f if fem else m) if fem is not None else f + m
    if fp and (not pool or r.random() < 0.45):
        return r.choice(fp) + r.choice(fs)
    return r.choice(pool or f + m)


def make_family(r, group: str) -> tuple[str, str]:
    *_, sp, ss, parts = GROUPS[group]
    core = r.choice(sp) + r.choice(ss)
    if group == "flemish" and core.startswith(("Van ", "De ")):
        core = (
            core[:4] + core[4].upper() + core[5:] if core.startswith("Van ") else core[:3] + core[3].upper() + core[4:]
        )
    part = r.choice(parts) if parts and r.random() < 0.75 else ""
    return part, core


def make_person(r, group: str | None = None, fem: bool | None = None) -> Person:
    group = group or r.choice(sorted(GROUPS))
    part, core = make_family(r, group)
    return Person(make_given(r, group, fem), part, core, group)


def relative(r, p: Person, fem: bool | None = None) -> Person:
    """A family member sharing the family name."""
    for _ in range(20):
        g = make_given(r, p.group, fem)
        if g != p.given:
            break
    return Person(g, p.part, p.core, p.group)


def bsn(r) -> str:
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        s = sum(x * (9 - i) for i, x in enumerate(d))
        last = s % 11
        if last < 10:
            return "".join(map(str, d + [last]))


def bsn_ok(text: str) -> bool:
    d = [int(c) for c in text if c.isdigit()]
    if len(d) != 9:
        return False
    return (sum(x * (9 - i) for i, x in enumerate(d[:8])) - d[8]) % 11 == 0


def iban(r) -> str:
    bank = r.choice(["INGB", "ABNA", "RABO", "SNSB", "ASNB", "TRIO", "BUNQ", "KNAB", "RBRB"])
    acct = "".join(str(r.randint(0, 9)) for _ in range(10))
    num = "".join(str(int(c, 36)) for c in bank + acct + "NL00")
    return f"NL{98 - int(num) % 97:02d}{bank}{acct}"


def iban_ok(text: str) -> bool:
    s = "".join(c for c in text if c.isalnum()).upper()
    if len(s) != 18 or not s.startswith("NL"):
        return False
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1
