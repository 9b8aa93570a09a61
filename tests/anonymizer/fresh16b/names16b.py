"""Name, street and number material for make_fresh16b.py: origin groups with composed surnames, Dutch
streets, and the valid structured numbers (BSN eleven-test, IBAN mod-97, licence plates, case numbers)."""

from __future__ import annotations

import unicodedata

# origin -> (male first names, female first names, prefixes, roots, suffixes)
# a suffix "a/b" is male/female; a prefix is glued with a space unless it ends in "-".
ORIGINS = {
    "Nederlands": (
        ["Joost", "Gerrit", "Wouter", "Bram", "Harm", "Teun", "Reinier"],
        ["Marieke", "Anouk", "Ilse", "Wendelien", "Gerdien", "Lieke", "Jolanda"],
        ["van der", "van den", "van", "de", "ter", "van 't", "in 't"],
        ["Hoog", "Wester", "Zand", "Bree", "Kloos", "Rijn", "Brem", "Eik", "Haver", "Lind"],
        ["veld", "kamp", "horst", "broek", "beek", "dijk", "wiel", "hoeve", "sloot", "kolk"],
    ),
    "Fries": (
        ["Sjoerd", "Jelmer", "Auke", "Douwe", "Wybe", "Tjalling"],
        ["Hiske", "Wytske", "Tjitske", "Froukje", "Sietske", "Jildou"],
        [""],
        ["Wyb", "Hylk", "Jell", "Sybr", "Tsjip", "Rintj", "Albad"],
        ["enga", "ema", "stra", "sma", "inga", "da"],
    ),
    "Vlaams": (
        ["Wout", "Pieter-Jan", "Jens", "Korneel"],
        ["Lieve", "Griet", "Fien", "Hanne"],
        ["Vande", "De", "Van"],
        ["walle", "clercq", "moort", "kerck", "velde", "poel"],
        ["", "hove"],
    ),
    "Marokkaans": (
        ["Youssef", "Soufiane", "Mounir", "Bilal", "Tarik", "Anouar"],
        ["Khadija", "Naima", "Ilham", "Salma", "Nadia", "Houda"],
        ["El", "Ait", "Ben", "Bou", "Ouled"],
        ["Ouard", "Hadd", "Amr", "Bakk", "Mouss", "Ghazz"],
        ["i", "ouchi", "ani", "aoui", "ach"],
    ),
    "Turks": (
        ["Emre", "Mehmet", "Burak", "Serkan", "Oğuz", "Kadir"],
        ["Elif", "Zeynep", "Ayşe", "Sevda", "Büşra", "Gülay"],
        [""],
        ["Kara", "Ak", "Demir", "Öz", "Yıldız", "Tek", "Cengiz", "Bay"],
        ["taş", "soy", "kaya", "oğlu", "türk", "han", "dağ", "ören"],
    ),
    "Surinaams-Creools": (
        ["Glenn", "Iwan", "Marciano", "Ronny", "Dwight"],
        ["Sharon", "Ingrid", "Marscha", "Rowena", "Joyce"],
        [""],
        ["Vrede", "Koorn", "Sno", "Amat", "Wijn", "Pinas"],
        ["berg", "stein", "zand", "hard", "burg", "ijn"],
    ),
    "Surinaams-Hindoestaans": (
        ["Ravi", "Anand", "Sanjay", "Kiran", "Dinesh"],
        ["Sunita", "Shanti", "Radjkoemarie", "Asha", "Kavita"],
        [""],
        ["Ram", "Jag", "Bal", "Mang", "Sew", "Chan", "Debi"],
        ["dien", "essar", "lal", "oe", "nath", "dat", "pal"],
    ),
    "Surinaams-Javaans": (
        ["Wagiman", "Soekarno", "Rasmin", "Sardjo"],
        ["Sukarni", "Sri", "Warsiah", "Painem"],
        [""],
        ["Kromo", "Soe", "Ardjo", "Sar", "Dik", "Wong"],
        ["dikromo", "semito", "redjo", "sowirjo", "min", "soedirdjo"],
    ),
    "Antilliaans": (
        ["Shurendy", "Gilbert", "Jurick", "Rignald"],
        ["Ruthmilda", "Sulaika", "Yuneisy", "Gisela"],
        [""],
        ["Mar", "Rosa", "Gir", "Is", "Cel", "Wal"],
        ["tina", "igorie", "enia", "estina", "ria", "ilia"],
    ),
    "Pools": (
        ["Piotr", "Tomasz", "Grzegorz", "Marek", "Łukasz"],
        ["Katarzyna", "Agnieszka", "Małgorzata", "Ewa"],
        [""],
        ["Kowal", "Wiśniew", "Zieliń", "Grab", "Sob", "Malin", "Dąbr"],
        ["ski/ska", "owski/owska", "czyk", "iak", "ewicz"],
    ),
    "Syrisch": (
        ["Rami", "Omar", "Fadi", "Hussam", "Yamen"],
        ["Rasha", "Yara", "Lina", "Hala", "Ruba"],
        ["Al-", ""],
        ["Zahr", "Ras", "Khal", "Shaml", "Nahh", "Qudd"],
        ["awi", "ani", "ouni", "ieh", "ash"],
    ),
    "Eritrees": (
        ["Tesfay", "Yonas", "Mebrahtu", "Filmon", "Ghirmay"],
        ["Senait", "Helen", "Luwam", "Freweyni"],
        [""],
        ["Gebre", "Tekle", "Habte", "Weldu", "Kidane"],
        ["medhin", "haimanot", "mariam", "michael", "selassie"],
    ),
    "Somalisch": (
        ["Abdirahman", "Abdi", "Mahad", "Liban"],
        ["Hodan", "Faduma", "Ayaan", "Sahra"],
        [""],
        ["Abdi", "Maxa", "Xasan", "Cumar", "Warsa"],
        ["kadir", "med", "nuur", "me", "gure"],
    ),
    "Chinees": (
        ["Wei", "Jun", "Hao", "Kwok-Leung"],
        ["Xiu", "Ling", "Jiahui", "Siu-Wan"],
        ["Tjon A", "Lie A", ""],
        ["Tsang", "Yip", "Kwan", "Chee", "Fung"],
        [""],
    ),
    "Indonesisch": (
        ["Budi", "Agus", "Hendro"],
        ["Dewi", "Sari", "Wulan"],
        [""],
        ["Wirjo", "Soe", "Harto", "Djojo", "Poer"],
        ["sentono", "hardjo", "wibowo", "negoro"],
    ),
    "Moluks": (
        ["Johny", "Ricardo", "Semy"],
        ["Maria", "Corry", "Nona"],
        [""],
        ["Pati", "Tuha", "Leuw", "Sahu", "Wattim"],
        ["nama", "ruw", "wael", "kotta", "ena"],
    ),
    "Ghanees": (
        ["Kwame", "Kofi", "Yaw", "Kwabena"],
        ["Akosua", "Abena", "Adwoa", "Efua"],
        [""],
        ["Ofo", "Agye", "Boa", "Asa", "Nkru", "Oppo"],
        ["ri", "mang", "tey", "moah", "nteng", "ku"],
    ),
    "Nigeriaans": (
        ["Chidi", "Emeka", "Tunde"],
        ["Ngozi", "Funmilayo", "Chiamaka"],
        [""],
        ["Okon", "Ade", "Olu", "Eze", "Nwa"],
        ["kwo", "yemi", "wole", "chukwu", "nze"],
    ),
    "Kaapverdiaans": (
        ["Nilton", "Edmilson", "Adilson"],
        ["Djamila", "Lucinda", "Elisângela"],
        [""],
        ["Tavar", "Monteir", "Fort", "Semed", "Brit"],
        ["es", "o", "es da Graça", "o Lopes"],
    ),
    "Duits": (
        ["Jürgen", "Lukas", "Matthias"],
        ["Sabine", "Jutta", "Ulrike"],
        [""],
        ["Grün", "Stein", "Wald", "Hof", "Kirch"],
        ["hauser", "berger", "mann", "meier", "reiter"],
    ),
    "Italiaans": (
        ["Marco", "Giuseppe", "Lorenzo"],
        ["Giulia", "Chiara", "Francesca"],
        ["Di", ""],
        ["Marchett", "Bonavent", "Carbon", "Sartor", "Pellegr"],
        ["i", "ura", "ello", "ino"],
    ),
    "Spaans": (
        ["Javier", "Álvaro", "Sergio"],
        ["Lucía", "Pilar", "Montserrat"],
        [""],
        ["Ruiz de la", "Fernán", "Olmed", "Cabre"],
        ["Fuente", "dez", "illa", "ra"],
    ),
    "Afghaans": (
        ["Farid", "Ahmad Shah", "Wahid"],
        ["Mariam", "Freshta", "Zarmina"],
        [""],
        ["Stan", "Moman", "Sult", "Nur", "Hakim"],
        ["ekzai", "zada", "i", "yar"],
    ),
    "Iraans": (
        ["Dariush", "Babak", "Kaveh"],
        ["Shirin", "Parisa", "Golnar"],
        [""],
        ["Mir", "Hossein", "Ghaf", "Rah", "Nik"],
        ["zadeh", "pour", "nejad", "ari"],
    ),
    "Koerdisch": (
        ["Azad", "Rezan", "Serhat"],
        ["Dilan", "Rojda", "Berivan"],
        [""],
        ["Bar", "Zebar", "Hawr", "Goran", "Shex"],
        ["zani", "ami", "i", "o"],
    ),
    "Vietnamees": (
        ["Minh", "Tuan", "Duc"],
        ["Thi Lan", "Hoa", "Ngoc Anh"],
        [""],
        ["Luong", "Quach", "Huynh", "Dang", "Vo"],
        [""],
    ),
    "Bulgaars": (
        ["Georgi", "Ivaylo", "Stoyan"],
        ["Desislava", "Milena", "Radka"],
        [""],
        ["Petr", "Dimitr", "Stoyan", "Kolev", "Iliev"],
        ["ov/ova", "ev/eva", "ski/ska"],
    ),
    "Roemeens": (
        ["Mihai", "Ionuț", "Radu"],
        ["Ioana", "Andreea", "Lavinia"],
        [""],
        ["Dobr", "Stănc", "Popov", "Mărg", "Vlăd"],
        ["escu", "eanu", "ici"],
    ),
    "Oekraïens": (
        ["Taras", "Bohdan", "Oleh"],
        ["Oksana", "Olena", "Iryna"],
        [""],
        ["Bondar", "Shev", "Tkach", "Moroz", "Hrytsen"],
        ["enko", "chuk", "iuk"],
    ),
    "Bosnisch": (
        ["Edin", "Amir", "Mirza"],
        ["Amra", "Jasmina", "Selma"],
        [""],
        ["Hodž", "Mehmedov", "Halilov", "Begov", "Kurtov"],
        ["ić"],
    ),
    "Filipijns": (
        ["Rodel", "Jun", "Marvin"],
        ["Maricel", "Rowena", "Jocelyn"],
        ["dela", ""],
        ["Maca", "Dima", "Bala", "Manga", "Cruz"],
        ["raeg", "culangan", "tbat", "has", ""],
    ),
    "Indiaas": (
        ["Arjun", "Vikram", "Karthik"],
        ["Ananya", "Divya", "Lakshmi"],
        [""],
        ["Sub", "Krish", "Raghu", "Venkat"],
        ["ramanian", "namurthy", "nathan", "araman"],
    ),
    "Grieks": (
        ["Nikos", "Giorgos", "Stavros"],
        ["Eleni", "Katerina", "Despina"],
        [""],
        ["Papa", "Kara", "Theo", "Nikol"],
        ["dakis", "opoulos/opoulou", "idis/idou"],
    ),
    "Armeens": (
        ["Hovhannes", "Aram", "Tigran"],
        ["Anahit", "Lusine", "Nare"],
        [""],
        ["Hakob", "Sargs", "Grigor", "Avet"],
        ["yan", "ian"],
    ),
    "Brits": (
        ["Oliver", "Callum", "Rhys"],
        ["Charlotte", "Niamh", "Imogen"],
        [""],
        ["Ash", "Pemb", "Whit", "Thorn", "Hal"],
        ["worth", "ton", "ley", "combe"],
    ),
}

PARTICLES = {"van", "de", "der", "den", "het", "'t", "ter", "te", "ten", "in", "op", "la", "le", "du"}

STREET_ROOTS = [
    "Kastanje",
    "Merel",
    "Vlier",
    "Zilverschoon",
    "Hazelaar",
    "Reiger",
    "Klaproos",
    "Leeuwerik",
    "Korenbloem",
    "Zwaluw",
    "Wilgen",
    "Berken",
    "Vlinder",
    "Sleedoorn",
    "Tulp",
    "Meidoorn",
    "Karekiet",
    "Goudvink",
    "Hyacint",
    "Ekster",
    "Pluvier",
    "Lijsterbes",
    "Duizendblad",
    "Boterbloem",
    "Jasmijn",
]
STREET_SUFFIXES = ["straat", "laan", "hof", "weg", "singel", "kade", "dreef", "pad", "erf", "gaarde"]

BANKS = ["ABNA", "RABO", "INGB", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"]
PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"
PC_LETTERS = "ABCEGHJKLMNPRTVWXZ"
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
MONTHS_SHORT = ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]


def ascii_fold(s: str) -> str:
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def surname(r, origin: str, female: bool) -> str:
    _, _, prefixes, roots, suffixes = ORIGINS[origin]
    pre, root, suf = r.choice(prefixes), r.choice(roots), r.choice(suffixes)
    if "/" in suf:
        suf = suf.split("/")[1 if female else 0]
    if " " in suf:  # a compound like "es da Graça"
        body = root + suf
    elif root.endswith(" la") or root.endswith(" de"):
        body = root + " " + suf
    else:
        body = root + suf
    if not pre:
        return body
    if pre.endswith("-"):
        return pre + body
    if pre in ("Vande",):
        return pre + body
    return pre + " " + body


def bsn(r) -> str:
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        s = sum(x * w for x, w in zip(d, range(9, 1, -1), strict=False))
        c = s % 11
        if c < 10:
            return "".join(map(str, d + [c]))


def bsn_ok(s: str) -> bool:
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 9:
        return False
    return (sum(x * w for x, w in zip(d[:8], range(9, 1, -1), strict=False)) - d[8]) % 11 == 0


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "").upper()
    n = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(n) % 97 == 1


def iban(r) -> str:
    bank = r.choice(BANKS)
    acct = "".join(str(r.randint(0, 9)) for _ in range(10))
    n = "".join(str(int(c, 36)) for c in bank + acct + "NL00")
    chk = 98 - int(n) % 97
    raw = f"NL{chk:02d}{bank}{acct}"
    if r.random() < 0.6:
        return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
    return raw


def plate(r) -> str:
    L = lambda n: "".join(r.choice(PLATE_LETTERS) for _ in range(n))  # noqa: E731
    D = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))  # noqa: E731
    shape = r.choice(
        ["99-XXX-9", "9-XXX-99", "XX-999-X", "X-999-XX", "XXX-99-X", "X-99-XXX", "9-XX-999", "999-XX-9", "XX-99-XX"]
    )
    out = []
    for part in shape.split("-"):
        out.append(D(len(part)) if part[0] == "9" else L(len(part)))
    return "-".join(out)


def case_number(r, year: int) -> str:
    n = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))  # noqa: E731
    yy = str(year)[2:]
    return r.choice(
        [
            f"VTA-{year}-{n(5)}",
            f"Z/{yy}/{n(6)}",
            f"BZW.{year}.{n(4)}",
            f"AFS/{year}/{n(4)}",
            f"{year}.MED.{n(4)}",
            f"W{yy}-{n(5)}",
            f"BB-{year}/{n(4)}",
            f"KL{yy}.{n(3)}.{n(3)}",
            f"DOS-{n(3)}-{yy}{n(2)}",
            f"{yy}VA{n(5)}",
        ]
    )


def postcode(r) -> str:
    num = r.randint(1011, 9999)
    while True:
        lt = r.choice(PC_LETTERS) + r.choice(PC_LETTERS)
        if lt not in ("SA", "SD", "SS"):
            break
    return f"{num} {lt}" if r.random() < 0.75 else f"{num}{lt}"
