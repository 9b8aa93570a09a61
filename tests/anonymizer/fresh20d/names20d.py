"""Name, address and number parts for the fresh20d corpus (entrepreneurs, businesses and permits).

Surnames and many first names are composed from origin-typical parts, so most are on no common list.
"""

from __future__ import annotations

import unicodedata

# origin group -> (first names, surname part A, surname part B, how to join)
# join: "cat" = A+B, "sp" = A + " " + B, "dutch" = optional particle + A+B
ORIGINS = {
    "Dutch": (
        ["Gerrit", "Wilma", "Joost", "Marieke", "Teun", "Ilse", "Bart", "Hanneke", "Rens", "Lotte", "Wouter", "Femke"],
        ["Oost", "Hoog", "Bree", "Wester", "Zand", "Linde", "Riet", "Hazel", "Ulen", "Brem"],
        ["veld", "kamp", "broek", "dijk", "hoven", "horst", "beek", "voort", "waard", "lo"],
        "dutch",
    ),
    "Frisian": (
        ["Sjoerd", "Baukje", "Hylke", "Tjitske", "Wiebe", "Geeske", "Jelle", "Sytske", "Douwe", "Froukje"],
        ["Hoekse", "Ytse", "Wyn", "Ald", "Tjal", "Sipke", "Halbe", "Jorrit"],
        ["stra", "ma", "inga", "sma", "enga"],
        "cat",
    ),
    "Moroccan": (
        ["Mohamed", "Fatima", "Youssef", "Khadija", "Bilal", "Samira", "Hamza", "Naima", "Soufiane", "Ilham"],
        ["El Ouar", "Bou", "El Hamd", "Azz", "Ben Ab", "El Kadd", "Ait Ou", "Chak"],
        ["ichi", "ali", "ouchi", "ouzi", "dellah", "ari", "rhi"],
        "cat",
    ),
    "Turkish": (
        ["Mehmet", "Ayşe", "Emre", "Elif", "Hüseyin", "Zeynep", "Murat", "Esra", "Kemal", "Gülsüm"],
        ["Kara", "Yıl", "Öz", "Ak", "Er", "Tek", "Bay", "Gök"],
        ["doğan", "taşlı", "kurt", "soylu", "demir", "han", "çelik", "men"],
        "cat",
    ),
    "Surinamese-Hindostani": (
        ["Rajesh", "Sunita", "Anand", "Kavita", "Ravi", "Shanti", "Dinesh", "Reshma"],
        ["Ram", "Jaman", "Mang", "Bal", "Sheo", "Rag"],
        ["dat", "sing", "oe", "lal", "bier", "persad"],
        "cat",
    ),
    "Surinamese-Creole": (
        ["Romeo", "Jerusha", "Glenn", "Marlies", "Ricardo", "Sharona", "Orlando", "Ivanka"],
        ["Zeeg", "Lewen", "Wijn", "Fer", "Pina", "Kort"],
        ["elaar", "stein", "gaarde", "rier", "ng", "zang"],
        "cat",
    ),
    "Antillean": (
        ["Jurgen", "Shurandy", "Giselle", "Ruthmilda", "Edsel", "Marisol", "Quincy", "Shudeline"],
        ["Martina", "Isen", "Cova", "Statia", "Fran", "Rosa"],
        ["ncia", "ria", "cilia", "ina", "ntje", "lia"],
        "cat",
    ),
    "Polish": (
        ["Krzysztof", "Agnieszka", "Tomasz", "Magdalena", "Paweł", "Katarzyna", "Marek", "Joanna"],
        ["Kowal", "Wiśn", "Zieli", "Sobcz", "Grab", "Lewand", "Pietrz", "Wróbl"],
        ["ski", "czyk", "ewicz", "iak", "owska", "ak"],
        "cat",
    ),
    "Syrian": (
        ["Rami", "Lina", "Omar", "Rasha", "Tarek", "Dima", "Ghaith", "Hala"],
        ["Al-Hal", "Kha", "Al-Masr", "Dar", "Hadd", "Al-Shami"],
        ["abi", "tib", "wish", "ad", "oun", "ri"],
        "cat",
    ),
    "Eritrean": (
        ["Yonas", "Senait", "Tesfay", "Helen", "Biniam", "Luwam", "Filmon", "Semhar"],
        ["Gebre", "Tes", "Habte", "Wolde", "Kidane", "Ghir"],
        ["meskel", "fazghi", "mariam", "selassie", "mehret", "may"],
        "cat",
    ),
    "Somali": (
        ["Abdirahman", "Hodan", "Mahad", "Ifrah", "Liban", "Sahra", "Abdullahi", "Deeqa"],
        ["Warsa", "Ja", "Ab", "Guu", "Faa", "Cis"],
        ["me", "ma", "dille", "lle", "rah", "mow"],
        "cat",
    ),
    "Chinese": (
        ["Wei", "Xiaoling", "Jun", "Meiying", "Hao", "Lihua", "Zhen", "Yuting"],
        ["Zh", "Ch", "Xi", "Li", "Hu", "Gu"],
        ["ang", "eng", "ao", "ong", "uan", "an"],
        "cat",
    ),
    "Indonesian": (
        ["Budi", "Sri", "Agus", "Dewi", "Hendra", "Ratna", "Yudi", "Wulan"],
        ["Soe", "Hadi", "Wira", "Santo", "Prawi", "Kusu"],
        ["harto", "wijaya", "atmadja", "so", "rodjo", "mawati"],
        "cat",
    ),
    "Ghanaian": (
        ["Kwame", "Ama", "Kofi", "Abena", "Yaw", "Akosua", "Kwabena", "Efua"],
        ["Ofor", "Ansah", "Mens", "Boa", "Asa", "Agye"],
        ["i", "-Owusu", "ah", "teng", "nte", "man"],
        "cat",
    ),
    "Moluccan": (
        ["Johannes", "Eliza", "Frits", "Naomi", "Julius", "Deetje"],
        ["Latu", "Pattii", "Tuhu", "Sahu", "Wattim", "Luma"],
        ["malahina", "wael", "leruw", "peleuw", "ena", "heru"],
        "cat",
    ),
    "Vietnamese": (
        ["Minh", "Thu", "Quang", "Lan", "Tuan", "Hoa", "Duc", "Ngoc"],
        ["Nguy", "Tr", "Ph", "Hoà", "Vũ", "Đặ"],
        ["ễn", "ần", "ạm", "ng", "ương", "inh"],
        "cat",
    ),
    "Afghan": (
        ["Ahmad", "Farzana", "Wahid", "Mariam", "Nasir", "Zarghuna"],
        ["Rahim", "Ahmad", "Sulta", "Haki", "Noor", "Kar"],
        ["zai", "yar", "ni", "mi", "ullah", "zada"],
        "cat",
    ),
    "Iraqi": (
        ["Haider", "Zahraa", "Mustafa", "Noor", "Ali", "Shahad"],
        ["Al-Jubo", "Al-Obai", "Kadh", "Al-Tami", "Jaw", "Sal"],
        ["ori", "di", "im", "mi", "ad", "man"],
        "cat",
    ),
    "Iranian": (
        ["Reza", "Shirin", "Dariush", "Parisa", "Kaveh", "Leila"],
        ["Tehra", "Mohse", "Jaf", "Khos", "Ahma", "Rost"],
        ["ni", "nzadeh", "ari", "ravi", "dinejad", "ami"],
        "cat",
    ),
    "Bulgarian": (
        ["Georgi", "Desislava", "Nikolay", "Ralitsa", "Stoyan", "Milena"],
        ["Dimit", "Stoy", "Petk", "Iv", "Tod", "Georg"],
        ["rov", "anova", "ov", "anov", "orova", "iev"],
        "cat",
    ),
    "Romanian": (
        ["Andrei", "Ioana", "Mihai", "Alina", "Cosmin", "Roxana"],
        ["Popes", "Ionesc", "Dumitr", "Stan", "Radul", "Munt"],
        ["cu", "u", "ache", "ean", "escu", "eanu"],
        "cat",
    ),
    "Portuguese": (
        ["João", "Inês", "Tiago", "Beatriz", "Rui", "Catarina"],
        ["Ferr", "Carv", "Mour", "Pinh", "Gonç", "Rodr"],
        ["eira", "alho", "ão", "eiro", "alves", "igues"],
        "cat",
    ),
    "Cape Verdean": (
        ["Djamila", "Nelson", "Edna", "Adilson", "Zuleica", "Elton"],
        ["Tavar", "Fortes", "Lop", "Sem", "Monte", "Varel"],
        ["es", " da Luz", "edo", "edo Brito", "iro", "a"],
        "cat",
    ),
    "Italian": (
        ["Giuseppe", "Chiara", "Matteo", "Giulia", "Lorenzo", "Francesca"],
        ["Bianc", "Espos", "Marin", "Galli", "Rizz", "Colom"],
        ["hetti", "ito", "elli", "ardi", "otto", "bo"],
        "cat",
    ),
    "Spanish": (
        ["Javier", "Lucía", "Alejandro", "Carmen", "Sergio", "Nerea"],
        ["Fernánd", "Góm", "Moren", "Jimén", "Navarr", "Ruiz de Alarc"],
        ["ez", "ez Ortega", "o", "ez Soler", "ete", "ón"],
        "cat",
    ),
    "German": (
        ["Jürgen", "Ursula", "Matthias", "Sabine", "Uwe", "Heike"],
        ["Schwarz", "Hoff", "Kessel", "Brandt", "Zimmer", "Eichen"],
        ["kopf", "meister", "ring", "hauer", "mann", "dorfer"],
        "cat",
    ),
    "Ukrainian": (
        ["Oleksandr", "Olena", "Dmytro", "Iryna", "Bohdan", "Oksana"],
        ["Shevch", "Kovalen", "Bondar", "Tkach", "Melny", "Kravch"],
        ["enko", "ko", "uk", "yshyn", "chuk", "ets"],
        "cat",
    ),
    "Indian": (
        ["Arjun", "Priyanka", "Vikram", "Deepa", "Sanjay", "Ananya"],
        ["Ragh", "Venkat", "Kris", "Sub", "Nara", "Iyen"],
        ["avan", "araman", "hnan", "ramanian", "yanan", "gar"],
        "cat",
    ),
    "Pakistani": (
        ["Imran", "Ayesha", "Faisal", "Sana", "Usman", "Hina"],
        ["Chaud", "Qures", "Butt", "Malik", "Raj", "Awa"],
        ["hry", "hi", "ar", "zai", "put", "n"],
        "cat",
    ),
    "Nigerian": (
        ["Chinedu", "Ngozi", "Emeka", "Funmilayo", "Tunde", "Adaeze"],
        ["Okonk", "Ade", "Oluwa", "Eze", "Nwa", "Ogun"],
        ["wo", "yemi", "seun", "nwa", "chukwu", "leye"],
        "cat",
    ),
    "Bosnian": (
        ["Emir", "Amela", "Adnan", "Lejla", "Haris", "Selma"],
        ["Hodž", "Beg", "Muj", "Hasan", "Del", "Kovač"],
        ["ić", "ović", "anović", "agić", "ević", "ić-Selimović"],
        "cat",
    ),
    "Greek": (
        ["Nikos", "Eleni", "Giorgos", "Sofia", "Kostas", "Despina"],
        ["Papad", "Konst", "Vlach", "Georgi", "Anagn", "Christ"],
        ["opoulos", "antinou", "os", "ou", "ostou", "odoulou"],
        "cat",
    ),
    "Filipino": (
        ["Jose", "Maricel", "Rodel", "Jennifer", "Arnel", "Rowena"],
        ["Dela Cr", "Bautis", "Mangu", "Villan", "Santi", "Maca"],
        ["uz", "ta", "bat", "ueva", "ago", "pagal"],
        "cat",
    ),
    "Brazilian": (
        ["Thiago", "Larissa", "Rafael", "Fernanda", "Gustavo", "Camila"],
        ["Olive", "Sou", "Albuq", "Nasci", "Barb", "Cavalc"],
        ["ira", "za", "uerque", "mento", "osa", "anti"],
        "cat",
    ),
    "Hungarian": (
        ["Zoltán", "Eszter", "Gábor", "Katalin", "Levente", "Réka"],
        ["Horv", "Szab", "Tóth", "Varg", "Kiss", "Mol"],
        ["áth", "ó", "né", "a", "-Farkas", "nár"],
        "cat",
    ),
    "Egyptian": (
        ["Karim", "Mona", "Sherif", "Yasmine", "Amr", "Nour"],
        ["Abdel", "El-Sa", "Mans", "Ham", "Farou", "Sob"],
        ["rahman", "yed", "our", "dy", "k", "hy"],
        "cat",
    ),
    "Kurdish": (
        ["Baran", "Rojda", "Dilan", "Berfin", "Serhat", "Zozan"],
        ["Zagr", "Ak", "Bot", "Ciz", "Dil", "Rez"],
        ["os", "rê", "an", "îrî", "ovan", "anî"],
        "cat",
    ),
    "Ethiopian": (
        ["Dawit", "Meron", "Abebe", "Tigist", "Yared", "Bethlehem"],
        ["Tade", "Alem", "Bek", "Hail", "Negas", "Ayal"],
        ["sse", "ayehu", "ele", "emariam", "h", "ew"],
        "cat",
    ),
}

PARTICLE_CHOICES = ["", "", "van ", "van der ", "de ", "van den ", "ter ", "ten ", "van 't "]

# known-name words: a Dutch surname that is also an ordinary word -> a lower-case ordinary sentence for it
KNOWN_WORDS = {
    "Bakker": "Elke ochtend om vijf uur staat er een bakker in de zaak die het brood afbakt.",
    "Visser": "Op dinsdag staat naast de kraam een visser uit Urk met verse schol.",
    "Kok": "In de keuken werkt één kok met een hulp voor de afwas.",
    "Slager": "De buurman is zelf slager geweest en kent de regels voor koeling.",
    "Brouwer": "Het bier komt van een brouwer uit de regio.",
    "Molenaar": "Het meel wordt geleverd door een molenaar uit het dorp.",
    "Timmerman": "De bar is gebouwd door een timmerman uit de buurt.",
    "Koopman": "Volgens de marktmeester is zij een echte koopman met vaste klanten.",
    "Schipper": "Het terras ligt aan de kade waar een schipper zijn boot afmeert.",
    "Jager": "Het wild op de kaart komt van een jager uit de omgeving.",
    "Hoek": "Het terras komt op de hoek van de stoep, tegen de gevel.",
    "Groen": "De parasols worden groen, passend bij de luifel.",
    "Zwart": "Het uithangbord wordt mat zwart met witte letters.",
    "Winter": "In de winter blijft het terras opgeslagen in de kelder.",
    "Koning": "De koning van de kermis is ieder jaar de draaimolen.",
    "Kuiper": "De wijnvaten worden opgeknapt door een kuiper uit Schiedam.",
    "Post": "De post voor de zaak komt op het adres van de winkel binnen.",
    "Storm": "Bij storm worden de parasols ingeklapt en vastgezet.",
    "Bloem": "Op elke tafel komt een bloem in een vaasje.",
    "Haas": "Op de kaart staat haas met rode kool.",
    "Wolf": "Het logo van het café is een wolf met een bierpul.",
}

STREET_A = [
    "Linde",
    "Hazel",
    "Brem",
    "Klaproos",
    "Gerst",
    "Kastanje",
    "Zwaluw",
    "Meidoorn",
    "Vlas",
    "Haver",
    "Ooievaar",
    "Koren",
    "Wilgen",
    "Vlier",
    "Reiger",
    "Hop",
    "Lijster",
    "Berken",
    "Spelt",
    "Tarwe",
]
STREET_B = ["gracht", "markt", "singel", "laan", "straat", "kade", "plein", "dreef", "hof", "weg", "steeg", "wal"]

CITIES = [
    "Zaandam",
    "Deventer",
    "Tilburg",
    "Almere",
    "Leeuwarden",
    "Venlo",
    "Gouda",
    "Hengelo",
    "Zoetermeer",
    "Delft",
    "Lelystad",
    "Schiedam",
    "Helmond",
    "Purmerend",
    "Roosendaal",
    "Assen",
    "Emmen",
    "Alkmaar",
    "Dordrecht",
    "Zwolle",
    "Nijmegen",
    "Haarlem",
    "Breda",
    "Apeldoorn",
]

BANKS = ["RABO", "INGB", "ABNA", "ASNB", "TRIO", "SNSB", "KNAB", "BUNQ", "RBRB"]

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

PROVIDERS = ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.com", "outlook.com", "live.nl", "planet.nl", "xs4all.nl"]


def ascii_fold(s: str) -> str:
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


class Person:
    def __init__(self, first: str, particle: str, core: str, origin: str):
        self.first, self.particle, self.core, self.origin = first, particle.strip(), core, origin

    @property
    def surname(self) -> str:  # as after a first name or initial
        return f"{self.particle} {self.core}" if self.particle else self.core

    @property
    def bare(self) -> str:  # surname without first name: particle capitalised
        if not self.particle:
            return self.core
        return self.particle[0].upper() + self.particle[1:] + " " + self.core

    @property
    def full(self) -> str:
        return f"{self.first} {self.surname}"

    @property
    def initial(self) -> str:
        return f"{self.first[0]}. {self.surname}"

    @property
    def upper(self) -> str:
        return self.full.upper()

    def slug(self, sep: str = ".") -> str:
        return ascii_fold(f"{self.first}{sep}{self.surname.replace(' ', '').replace(chr(39), '')}").lower()


def make_person(r, origin: str | None = None, surname_of: Person | None = None, core: str | None = None) -> Person:
    if origin is None:
        origin = r.choice(sorted(ORIGINS))
    firsts, a, b, join = ORIGINS[origin]
    first = r.choice(firsts)
    if surname_of is not None:
        return Person(first, surname_of.particle, surname_of.core, surname_of.origin)
    particle = ""
    if core is None:
        core = r.choice(a) + r.choice(b)
        if join == "dutch":
            particle = r.choice(PARTICLE_CHOICES)
    elif origin == "Dutch":
        particle = r.choice(["", "", "", "de "])
    return Person(first, particle, core, origin)


def bsn(r) -> str:
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        s = sum(x * w for x, w in zip(d, range(9, 1, -1), strict=False))
        last = s % 11
        if last < 10:
            return "".join(map(str, d + [last]))


def bsn_ok(s: str) -> bool:
    s = s.replace(".", "").replace(" ", "")
    if not (s.isdigit() and len(s) == 9):
        return False
    d = list(map(int, s))
    return (sum(x * w for x, w in zip(d[:8], range(9, 1, -1), strict=False)) - d[8]) % 11 == 0


def _iban_num(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban(r, spaced: bool) -> str:
    bank = r.choice(BANKS)
    acct = "".join(str(r.randint(0, 9)) for _ in range(10))
    check = 98 - _iban_num(bank + acct + "NL00") % 97
    raw = f"NL{check:02d}{bank}{acct}"
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)) if spaced else raw


def iban_ok(s: str) -> bool:
    raw = s.replace(" ", "")
    return len(raw) == 18 and _iban_num(raw[4:] + raw[:4]) % 97 == 1


def plate(r) -> str:
    L = "BDFGHJKLNPRSTXZ"

    def l_(n):
        return "".join(r.choice(L) for _ in range(n))

    def d(n):
        return "".join(str(r.randint(1 if i == 0 else 0, 9)) for i in range(n))

    return r.choice(
        [
            lambda: f"{l_(2)}-{d(3)}-{l_(1)}",
            lambda: f"{l_(1)}-{d(3)}-{l_(2)}",
            lambda: f"{d(2)}-{l_(3)}-{d(1)}",
            lambda: f"{d(1)}-{l_(3)}-{d(2)}",
            lambda: f"{l_(3)}-{d(2)}-{l_(1)}",
            lambda: f"{d(1)}-{l_(2)}-{d(3)}",
            lambda: f"V{l_(1)}-{d(3)}-{l_(1)}",
        ]
    )()


def postcode(r) -> str:
    L = "BCEGHJKLMNPRTVWXZ"
    return f"{r.randint(1011, 9999)} {r.choice(L)}{r.choice(L)}"


def phone(r) -> str:
    n = "".join(str(r.randint(0, 9)) for _ in range(8))
    a = f"{r.randint(10, 79)}"
    fixed7 = "".join(str(r.randint(0, 9)) for _ in range(7))
    return r.choice(
        [
            f"06-{n}",
            f"06 {n[:4]} {n[4:]}",
            f"+31 6 {n[:4]} {n[4:]}",
            f"06 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}",
            f"+316{n}",
            f"0{a}-{fixed7}",
            f"(0{a}) {fixed7[:3]} {fixed7[3:5]} {fixed7[5:]}",
            f"0031 6 {n}",
        ]
    )


def dob(r) -> str:
    y, m, d = r.randint(1954, 2003), r.randint(1, 12), r.randint(1, 28)
    return r.choice(
        [
            f"{d} {MONTHS[m - 1]} {y}",
            f"{d:02d}-{m:02d}-{y}",
            f"{y}-{m:02d}-{d:02d}",
            f"{d}/{m}/{y}",
            f"{d:02d}.{m:02d}.{y}",
            f"{d} {MONTHS_SHORT[m - 1]} {y}",
            f"{d}-{m}-{y}",
        ]
    )


def ordinary_date(r) -> str:
    y, m, d = r.choice([2025, 2026]), r.randint(1, 12), r.randint(1, 28)
    return r.choice([f"{d} {MONTHS[m - 1]} {y}", f"{d:02d}-{m:02d}-{y}"])


def case_number(r, kind: str) -> str:
    y = r.choice([25, 26])
    n = r.randint(100, 99999)
    forms = {
        "terras": [f"TRV-20{y}-{n:05d}", f"TV/{y}/{n:04d}"],
        "markt": [f"MKT/20{y}/{n % 1000:03d}", f"STP-{y}-{n:05d}"],
        "event": [f"EVT.20{y}.{n:05d}", f"EV-{y}{n:05d}"],
        "reclame": [f"RCL-{y}-{n:05d}", f"RV 20{y}/{n:04d}"],
        "expl": [f"EXP/20{y}/{n:04d}", f"HX-{y}-{n:05d}-A"],
        "bezwaar": [f"BZ {y}.{n:05d}", f"BZW-20{y}-{n:05d}"],
        "handh": [f"HH-20{y}-{n:05d}", f"TH/{y}/{n:05d}/LOD"],
        "zaak": [f"Z/{y}/{n:06d}", f"ZK{y}-{n:06d}"],
        "insp": [f"INS-{y}-{n:05d}", f"CTR.{y}.{n:05d}"],
        "ontheff": [f"ONT-20{y}-{n:04d}", f"OH/{y}/{n:05d}"],
    }
    return r.choice(forms[kind])
