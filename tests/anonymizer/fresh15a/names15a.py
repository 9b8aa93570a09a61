"""Name, street and identifier material for the fresh15a corpus (standard library only).

Most surnames and many first names are composed from origin-typical parts, so that they are on no name list.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass

# origin: (female first names, male first names, surname stems, surname endings or None for whole names, particles)
ORIGINS: dict[str, tuple[list[str], list[str], list[str], list[str] | None, list[str]]] = {
    "nederlands": (
        ["Jorien", "Harmke", "Lieke", "Gerdien", "Wilma", "Anouk", "Mirjam", "Trijntje", "Sanne", "Marieke"],
        ["Wouter", "Gerrit-Jan", "Hendrik", "Teun", "Arjen", "Bastiaan", "Rutger", "Joost", "Maarten", "Evert"],
        ["Hoog", "Wester", "Ooster", "Zuider", "Linde", "Molen", "Hout", "Vliet", "Zand", "Haver", "Klaver", "Moer"],
        ["kamp", "veld", "hof", "horst", "broek", "huis", "beek", "werf", "land", "graaf", "meijer", "kate", "schot"],
        ["", "", "", "van", "van de", "van der", "van den", "ter", "van 't", "in 't", "te"],
    ),
    "fries": (
        ["Sjoukje", "Hylkje", "Jetske", "Froukje", "Tsjitske", "Baukje"],
        ["Wiebren", "Durk", "Sipke", "Jelmer", "Tjalling", "Hessel"],
        ["Hoek", "Wiel", "Sipk", "Feenst", "Hiddem", "Posth", "Tjeerd", "Abel"],
        ["stra", "inga", "ema", "sma", "ga", "enga"],
        [""],
    ),
    "vlaams": (
        ["Fien", "Lotte", "Griet", "Elke", "Hanne"],
        ["Wannes", "Lowie", "Jens", "Korneel", "Stijn"],
        ["Vanden", "Ver", "Vande", "Ter"],
        ["haeghe", "cruysse", "meulen", "straete", "bossche", "poorte", "walle", "velde"],
        [""],
    ),
    "marokkaans": (
        ["Nouhaila", "Houda", "Ikram", "Salma", "Oumaima", "Karima", "Siham"],
        ["Soufiane", "Ilyass", "Zakaria", "Bilal", "Younes", "Abdelhak", "Mimoun"],
        ["El Hamm", "El Khatt", "Mour", "Azz", "Bouj", "Idr", "Yahy", "Ben Amr", "Ouar", "Mess", "Gharb", "Ait Tah"],
        ["ouchi", "abi", "ati", "aoui", "idi", "ani", "iri", "ouni"],
        [""],
    ),
    "turks": (
        ["Emine", "Gülşen", "Sevgi", "Nurcan", "Tuğba", "Şükran", "Özlem"],
        ["Hüseyin", "Oğuzhan", "Barış", "Ercan", "Yusuf", "Mücahit", "Serkan"],
        ["Kara", "Ak", "Yıldı", "Öz", "Demir", "Kılıç", "Tok", "Gök", "Er", "Uçar"],
        ["taş", "soy", "kaya", "doğan", "han", "güneş", "oğlu", "alp", "bey"],
        [""],
    ),
    "hindoestaans": (
        ["Sharda", "Anjali", "Devika", "Roshni", "Chandni", "Kamla", "Reshma"],
        ["Ravindra", "Sunil", "Kishan", "Radjinder", "Dinesh", "Vishaal", "Anand"],
        ["Ram", "Jag", "Bis", "Mahab", "Sew", "Gang", "Raghoe", "Chot", "Bhol", "Kal"],
        ["persad", "sing", "dat", "ier", "nandan", "lal", "bhadoer", "kan", "oe"],
        [""],
    ),
    "creools": (
        ["Mavis", "Djenna", "Shirley", "Germaine", "Lucretia", "Jennifer"],
        ["Romeo", "Ruben", "Glenn", "Jerrel", "Clyde", "Hensley"],
        ["Doel", "Ker", "Blijd", "Lie", "Mount", "Fer", "Sabaj", "Kross", "Wong", "Amat"],
        ["wijt", "stein", "sten", "berg", "rier", "o", "field", "aal"],
        [""],
    ),
    "antilliaans": (
        ["Sharmaine", "Ruthmila", "Giselle", "Jurdenia", "Naomy"],
        ["Giandro", "Jeandro", "Shurendy", "Rignald", "Jairzinho"],
        ["Mar", "Cor", "Sil", "Wer", "Cel", "Ros", "Ang", "Luc", "Isen"],
        ["tina", "sen", "berie", "nardus", "tens", "ario", "ela", "ia"],
        [""],
    ),
    "moluks": (
        ["Femmy", "Nona", "Yolanda", "Beatrix", "Emmy"],
        ["Yopie", "Izaak", "Ronny", "Julius", "Octo"],
        ["Latu", "Tupa", "Souh", "Lei", "Tehu", "Wattim", "Pattin", "Manuh", "Lewakab"],
        ["mahina", "mahu", "ena", "warissa", "lessy", "ury", "asina", "ama"],
        [""],
    ),
    "indonesisch": (
        ["Wulan", "Sari", "Dewi", "Ratna", "Indah"],
        ["Adi", "Budi", "Agus", "Bambang", "Rizky"],
        ["Sur", "Wid", "Har", "Prab", "Set", "Kus", "Nug"],
        ["yono", "odo", "jadi", "owo", "iawan", "umah", "roho"],
        [""],
    ),
    "chinees": (
        ["Mei Ling", "Wing Yan", "Jiahui", "Xiaoyu", "Suk Ching"],
        ["Kai", "Wai Kit", "Zhiwei", "Jun Hao", "Chun Ming"],
        ["Chan", "Lam", "Tsang", "Zhou", "Wu", "Liang", "Cheung", "Ng", "Lau", "Kwok", "Yip", "Tang"],
        None,
        [""],
    ),
    "vietnamees": (
        ["Thi Lan", "Thu Hà", "Ngọc Anh", "Thi Hoa", "Mai Linh"],
        ["Văn Tuấn", "Đức Minh", "Quốc Hải", "Văn Long", "Thanh Sơn"],
        ["Nguyễn", "Trần", "Phạm", "Võ", "Đặng", "Huỳnh", "Bùi", "Đỗ"],
        None,
        [""],
    ),
    "pools": (
        ["Agnieszka", "Zofia", "Małgorzata", "Katarzyna", "Ewelina", "Dorota"],
        ["Łukasz", "Wojciech", "Bartosz", "Przemysław", "Grzegorz", "Kamil"],
        ["Grab", "Kwiat", "Wiś", "Szym", "Dąbr", "Lewand", "Pawł", "Zieli", "Kacz", "Wróbl", "Jabł", "Sobcz"],
        ["owski", "czak", "niak", "ewicz", "kowski"],
        [""],
    ),
    "roemeens": (
        ["Ioana", "Andreea", "Ștefania", "Mihaela", "Roxana"],
        ["Mihai", "Răzvan", "Florin", "Cătălin", "Dragoș"],
        ["Pop", "Dumitr", "Ion", "Stan", "Marin", "Gheorgh", "Vasil", "Radul", "Nistor", "Munt"],
        ["escu", "eanu", "ache", "oiu", "ică"],
        [""],
    ),
    "bulgaars": (
        ["Desislava", "Kalina", "Radka", "Tsvetelina"],
        ["Stoyan", "Hristo", "Plamen", "Ivaylo"],
        ["Petr", "Dimitr", "Georgi", "Stoyan", "Nikol", "Todor", "Kostadin", "Yord"],
        ["ov", "ev", "anov"],
        [""],
    ),
    "oekraiens": (
        ["Yuliia", "Nataliia", "Oksana", "Khrystyna", "Olena"],
        ["Oleksandr", "Bohdan", "Taras", "Mykola", "Vasyl"],
        ["Bond", "Kovt", "Shevch", "Tkach", "Moroz", "Kravch", "Lys", "Hryts", "Savch", "Melnych"],
        ["arenko", "un", "enko", "uk", "yshyn", "ak"],
        [""],
    ),
    "syrisch": (
        ["Rama", "Lujain", "Rawan", "Nour", "Ghalia"],
        ["Ghaith", "Hamza", "Mohammad Nour", "Wassim", "Tarek"],
        ["Al-Hal", "Al-Ham", "Khat", "Dar", "Say", "Najj", "Shaq", "Qas", "Abu Zah"],
        ["abi", "wi", "ib", "wish", "egh", "ar", "ir", "ouh"],
        [""],
    ),
    "eritrees": (
        ["Semhar", "Senait", "Helen", "Luwam", "Mehret"],
        ["Yonas", "Filmon", "Mebrahtu", "Tesfalem", "Henok"],
        ["Gebre", "Tesfa", "Haile", "Kidane", "Woldu", "Berhane", "Tewelde", "Habte"],
        ["mariam", "mikael", "selassie", "giorgis", "medhin", "iesus", "ab"],
        [""],
    ),
    "somalisch": (
        ["Hodan", "Ifrah", "Fadumo", "Sahra", "Ubah"],
        ["Abdirahman", "Warsame", "Liban", "Guled", "Mahad"],
        ["Warsame", "Hirsi", "Farah", "Guled", "Jama", "Mohamud", "Egal", "Dualeh", "Yusuf"],
        None,
        [""],
    ),
    "afghaans": (
        ["Zarmina", "Mursal", "Sahar", "Fereshta"],
        ["Nasrullah", "Farid", "Ajmal", "Wahid"],
        ["Stanek", "Ahmad", "Safi", "Popal", "Zaz", "Noor", "Hot"],
        ["zai", "yar", "khel", "zada"],
        [""],
    ),
    "iraans": (
        ["Shirin", "Parisa", "Ladan", "Behnaz", "Golnaz"],
        ["Kourosh", "Arash", "Babak", "Siamak", "Dariush"],
        ["Mohammad", "Rahim", "Shir", "Ghaffar", "Nazar", "Akbar", "Esfand", "Mir"],
        ["ian", "pour", "zadeh", "nejad", "far"],
        [""],
    ),
    "koerdisch": (
        ["Rojin", "Dilan", "Hêvî", "Berivan", "Jiyan"],
        ["Serhat", "Kawa", "Rêbaz", "Dilshad", "Azad"],
        ["Baban", "Zeb", "Talab", "Hawram", "Mukr", "Sor"],
        ["i", "ani", "ali"],
        [""],
    ),
    "ghanees": (
        ["Akosua", "Abena", "Efua", "Adwoa", "Yaa"],
        ["Kwame", "Yaw", "Kofi", "Kwabena", "Kwaku"],
        ["Ow", "Ment", "Boat", "Ap", "Of", "Agy", "Kyer", "Darkw", "Amp", "Fremp"],
        ["usu", "sah", "eng", "piah", "ori", "eman", "ah", "ong"],
        [""],
    ),
    "nigeriaans": (
        ["Chiamaka", "Ngozi", "Adaeze", "Folake", "Ifeoma"],
        ["Oluwaseun", "Emeka", "Tunde", "Chinedu", "Obinna"],
        ["Okon", "Adeyem", "Nwos", "Ogunl", "Chukw", "Ogbon", "Akinw"],
        ["kwo", "i", "u", "eye", "ugo", "ora", "uemeka", "ande"],
        [""],
    ),
    "kaapverdisch": (
        ["Nelsa", "Djamila", "Zenaida", "Ivanilda"],
        ["Adilson", "Edmilson", "Nelito", "Dany"],
        ["Tavares", "Fortes", "Monteiro", "Semedo", "Delgado", "Brito", "Lopes Varela", "Tavares Semedo"],
        None,
        [""],
    ),
    "portugees": (
        ["Inês", "Conceição", "Joana", "Leonor"],
        ["João", "Gonçalo", "Tiago", "Rui"],
        ["Gonçalves", "Figueiredo", "Magalhães", "Antunes", "da Silva Pinto", "dos Santos"],
        None,
        [""],
    ),
    "spaans": (
        ["Ximena", "Begoña", "Lucía", "Itziar"],
        ["Joaquín", "Iñaki", "Álvaro", "Rubén"],
        ["Ibáñez", "Castañeda", "Olmedo", "Zamora", "García Olmedo", "Muñoz Vidal"],
        None,
        [""],
    ),
    "italiaans": (
        ["Chiara", "Giulia", "Francesca", "Paola"],
        ["Giuseppe", "Lorenzo", "Matteo", "Salvatore"],
        ["Bell", "Ross", "Ferr", "Esposit", "Ricc", "Marchett", "Gall", "Cappell"],
        ["ini", "ucci", "etti", "ato", "one", "aro"],
        [""],
    ),
    "grieks": (
        ["Eleni", "Vasiliki", "Despina", "Konstantina"],
        ["Dimitris", "Giorgos", "Stavros", "Thanasis"],
        ["Papa", "Kara", "Chris", "Nikol", "Andre", "Theod"],
        ["dopoulos", "giannis", "tidis", "akis", "opoulos"],
        [""],
    ),
    "duits": (
        ["Henrike", "Birgit", "Ulrike", "Anneliese"],
        ["Jürgen", "Sönke", "Dietmar", "Holger"],
        ["Schä", "Müh", "Hoff", "Kröll", "Wend", "Brüg", "Esch"],
        ["fer", "lbauer", "mann", "ing", "ler", "gemann", "weiler"],
        ["", "", "von"],
    ),
    "hongaars": (
        ["Zsófia", "Réka", "Orsolya", "Ildikó"],
        ["Gergő", "Bálint", "Levente", "Zoltán"],
        ["Horv", "Szab", "Kov", "Fark", "Bal", "Mészár"],
        ["áth", "ó", "ács", "as", "ogh", "os"],
        [""],
    ),
    "indiaas": (
        ["Priya", "Lakshmi", "Divya", "Kavitha"],
        ["Aravind", "Venkatesh", "Karthik", "Sriram"],
        ["Krish", "Subra", "Ragh", "Venkat", "Nara", "Bala"],
        ["namurthy", "manian", "avan", "araman", "yanan", "krishnan"],
        [""],
    ),
    "pakistaans": (
        ["Ayesha", "Mahnoor", "Sadia", "Farzana"],
        ["Usman", "Bilawal", "Faisal", "Imran"],
        ["Qureshi", "Chaudhry", "Butt", "Rana", "Siddiqui", "Bhatti", "Awan"],
        None,
        [""],
    ),
    "filipijns": (
        ["Maricel", "Rowena", "Lorna", "Jocelyn"],
        ["Jomar", "Rodel", "Arnel", "Ferdinand"],
        ["Dela Cruz", "Bautista", "Villanueva", "Manalo", "Dimaculangan", "Macaraeg"],
        None,
        [""],
    ),
    "ethiopisch": (
        ["Meron", "Tigist", "Bethlehem", "Selamawit"],
        ["Abebe", "Dawit", "Yohannes", "Mulugeta"],
        ["Tadesse", "Alemu", "Bekele", "Worku", "Gebeyehu", "Mengistu"],
        None,
        [""],
    ),
    "braziliaans": (
        ["Thaís", "Luana", "Gisele", "Raíssa"],
        ["Wellington", "Cauã", "Thiago", "Washington"],
        ["Nascimento", "Cavalcanti", "Araújo", "Albuquerque"],
        None,
        [""],
    ),
}

# Dutch surnames that are ordinary words
WORD_SURNAMES = ["Storm", "Vink", "Tak", "Steen", "Winter", "Koster", "Haring", "Kraai", "Wolf", "Haas", "Blok"]
WORD_SURNAMES += ["Hamer", "Wind", "Brug", "Haan", "Duif", "Prins", "Beek", "Vos", "Kok", "Schipper", "Spijker"]

NICKNAMES = {
    "Małgorzata": "Gosia",
    "Wojciech": "Wojtek",
    "Oleksandr": "Sasha",
    "Hendrik": "Henk",
    "Gerdien": "Dientje",
    "Trijntje": "Trijn",
    "Abdirahman": "Abdi",
    "Mohammad Nour": "Nouri",
    "Ravindra": "Ravi",
    "Jeandro": "Dro",
    "Giuseppe": "Peppe",
    "Konstantina": "Dina",
    "Oluwaseun": "Seun",
    "Abdelhak": "Hakkie",
    "Przemysław": "Przemek",
    "Katarzyna": "Kasia",
    "Khrystyna": "Krystia",
    "Bastiaan": "Bas",
    "Sjoukje": "Sjouk",
    "Zofia": "Zosia",
}


@dataclass
class Person:
    first: str
    particle: str
    last: str
    female: bool
    origin: str

    @property
    def sur(self) -> str:
        return f"{self.particle} {self.last}" if self.particle else self.last

    @property
    def Sur(self) -> str:
        # the capitalised-particle form, used without first name or initials: Van der Veen
        s = self.sur
        return s[0].upper() + s[1:]

    @property
    def full(self) -> str:
        return f"{self.first} {self.sur}"

    @property
    def initials(self) -> str:
        return "".join(p[0] + "." for p in self.first.replace("-", " ").split())

    @property
    def nick(self) -> str:
        return NICKNAMES.get(self.first, "")

    @property
    def title(self) -> str:
        return "mevrouw" if self.female else "de heer"

    @property
    def Title(self) -> str:
        return "Mevrouw" if self.female else "De heer"

    @property
    def short(self) -> str:
        return "mw." if self.female else "dhr."

    @property
    def zij(self) -> str:
        return "zij" if self.female else "hij"

    @property
    def haar(self) -> str:
        return "haar" if self.female else "zijn"


VOWELS = set("aeiouyáàâäãåéèêëíìîïóòôöõúùûüýăęąėıœ")


def _blend(a: str, b: str) -> str:
    """A new first name from the onset of ``a`` (through its first vowel and one consonant) and the tail of ``b``
    from its second vowel on: Bethlehem + Selamawit -> Betamawit."""
    i = 0
    while i < len(a) and a[i].lower() not in VOWELS:
        i += 1
    while i < len(a) and a[i].lower() in VOWELS:
        i += 1
    head = a[: i + 1]
    j = 0
    while j < len(b) and b[j].lower() not in VOWELS:
        j += 1
    while j < len(b) and b[j].lower() in VOWELS:
        j += 1
    while j < len(b) and b[j].lower() not in VOWELS:
        j += 1
    tail = b[j:]
    if len(tail) < 2 or len(head) < 2 or head[-1].lower() in VOWELS:
        return a
    return head + tail


def make_person(r: random.Random, origin: str | None = None, word_surname: bool = False) -> Person:
    origin = origin or r.choice(list(ORIGINS))
    fem, mal, stems, ends, particles = ORIGINS[origin]
    female = r.random() < 0.5
    first = r.choice(fem if female else mal)
    if r.random() < 0.15:  # first name composed from two of the origin's names' halves
        other = r.choice(fem if female else mal)
        if " " not in first and " " not in other and len(first) > 4 and len(other) > 4 and "-" not in first + other:
            first = _blend(first, other)
    particle = r.choice(particles)
    if flemish_particle := (origin == "vlaams" and r.random() < 0.4):
        particle = ""
    if word_surname:
        last = r.choice(WORD_SURNAMES)
        particle = r.choice(["", "", "de", "van der", "van 't"]) if origin == "nederlands" else ""
    elif ends is None:
        last = r.choice(stems)
    else:
        last = r.choice(stems) + r.choice(ends)
        if flemish_particle:  # Flemish particles keep their capital: Van Walle, De Meulen
            last = r.choice(["Van ", "De ", "Van de "]) + r.choice(ends).capitalize()
        if origin == "pools" and female and last.endswith("ski"):
            last = last[:-1] + "a"
        if origin == "bulgaars" and female:
            last += "a"
    if r.random() < 0.12 and not word_surname:  # double-barrelled
        other = make_person(r)
        last = f"{last}-{other.last.split('-')[0]}"
    return Person(first, particle, last, female, origin)


STREET_BASES = ["Kastanje", "Lijster", "Zwaluw", "Vlas", "Hennep", "Turf", "Schelp", "Duin", "Gagel", "Heide"]
STREET_BASES += ["Klaproos", "Dotter", "Brem", "Veenbes", "Wilgen", "Hazelaar", "Meidoorn", "Gierst", "Boekweit"]
STREET_BASES += ["Hop", "Koren", "Mout", "Zeis", "Ploeg", "Wagenmakers", "Smids", "Bleek", "Ververs", "Lakenhal"]
STREET_BASES += ["Eider", "Kievits", "Reiger", "Tureluur", "Pijlstaart", "Grutto", "Spinnewiel", "Wevers"]
STREET_ENDS = ["straat", "laan", "weg", "singel", "kade", "plein", "hof", "dreef", "pad", "erf", "wal", "dijk", "steeg"]
STREET_ENDS += ["gracht", "akker", "kamp", "hage", "oord"]
STREET_FIRST = ["Jacob", "Willem", "Pieter", "Geertruida", "Aleida", "Hendrika", "Cornelis", "Marten"]
STREET_TITLE = ["Burgemeester", "Dokter", "Pastoor", "Dominee", "Generaal", "Meester"]


def make_street(r: random.Random) -> str:
    x = r.random()
    if x < 0.6:
        return r.choice(STREET_BASES) + r.choice(STREET_ENDS)
    stems, ends = ORIGINS["nederlands"][2], ORIGINS["nederlands"][3] or [""]
    surname = r.choice(["", "", "van ", "ter ", "van der "]) + r.choice(stems) + r.choice(ends)
    if x < 0.8:
        return f"{r.choice(STREET_FIRST)} {surname}{r.choice(['straat', 'laan', 'plein', 'hof'])}"
    return f"{r.choice(STREET_TITLE)} {surname}{r.choice(['laan', 'straat', 'singel'])}"


def house_number(r: random.Random) -> str:
    n = str(r.randint(1, 240))
    return r.choice([n, n, n, n + "a", n + "-2", n + " II", n + "-B", n + " bis", n + "hs", n + " rd"])


def make_postcode(r: random.Random) -> str:
    while True:
        letters = "".join(r.choice("ABCDEGHJKLMNPRTVWXZ") for _ in range(2))
        if letters not in ("SA", "SD", "SS"):
            break
    num = str(r.randint(1011, 9999))
    return r.choice([f"{num} {letters}", f"{num}{letters}", f"{num} {letters.lower()}", f"{num} {letters}"])


def make_bsn(r: random.Random) -> str:
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        s = sum(x * w for x, w in zip(d, range(9, 1, -1), strict=True)) % 11
        if s < 10:
            d.append(s)
            break
    s = "".join(map(str, d))
    return r.choice([s, s, f"{s[:3]}.{s[3:6]}.{s[6:]}", f"{s[:4]} {s[4:6]} {s[6:]}", f"{s[:3]} {s[3:6]} {s[6:]}"])


def bsn_ok(s: str) -> bool:
    d = [int(c) for c in s if c.isdigit()]
    return len(d) == 9 and (sum(x * w for x, w in zip(d[:8], range(9, 1, -1), strict=True)) - d[8]) % 11 == 0


def _iban_check(country: str, bban: str) -> str:
    num = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{98 - int(num) % 97:02d}"


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "").upper()
    num = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(num) % 97 == 1


def make_iban(r: random.Random) -> str:
    x = r.random()
    if x < 0.8:
        bban = r.choice(["RABO", "INGB", "ABNA", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB"])
        bban += "".join(str(r.randint(0, 9)) for _ in range(10))
        iban = "NL" + _iban_check("NL", bban) + bban
    elif x < 0.9:
        bban = "".join(str(r.randint(0, 9)) for _ in range(12))
        iban = "BE" + _iban_check("BE", bban) + bban
    else:
        bban = "".join(str(r.randint(0, 9)) for _ in range(18))
        iban = "DE" + _iban_check("DE", bban) + bban
    grouped = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    return r.choice([iban, grouped, grouped, iban.lower() if iban.startswith("NL") else iban])


def make_phone(r: random.Random) -> str:
    x = r.random()
    dg = "".join(str(r.randint(0, 9)) for _ in range(8))
    if x < 0.45:
        d = "1" + dg[1:] if dg[0] == "0" else dg
        return r.choice(
            [
                f"06-{d}",
                f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}",
                f"06 {d[:4]} {d[4:]}",
                f"+31 6 {d[:4]} {d[4:]}",
                f"+31(0)6-{d}",
                f"0031 6 {d}",
                f"06/{d[:2]}.{d[2:4]}.{d[4:6]}.{d[6:]}",
            ]
        )
    if x < 0.75:
        area = r.choice(["010", "020", "030", "040", "050", "070", "071", "073", "076", "0111", "0513", "0575"])
        n = "".join(str(r.randint(0, 9)) for _ in range(10 - len(area)))
        n = str(r.randint(2, 9)) + n[1:]
        return r.choice(
            [
                f"{area}-{n}",
                f"({area}) {n[:3]} {n[3:5]} {n[5:]}",
                f"{area} - {n}",
                f"+31 {area[1:]} {n}",
                f"{area}.{n}",
            ]
        )
    return r.choice(
        [
            f"+32 478 {dg[:2]} {dg[2:4]} {dg[4:6]}",
            f"+49 1512 {dg[:7]}",
            f"+90 532 {dg[:3]} {dg[3:5]} {dg[5:7]}",
            f"+212 6 {dg[:2]} {dg[2:4]} {dg[4:6]} {dg[6:]}",
            f"+597 86{dg[0]}-{dg[1:5]}",
            f"+599 9 5{dg[:2]} {dg[2:6]}",
            f"+48 601 {dg[:3]} {dg[3:6]}",
            f"+40 721 {dg[:3]} {dg[3:6]}",
            f"+380 50 {dg[:3]} {dg[3:7]}",
            f"+251 91 {dg[:3]} {dg[3:7]}",
        ]
    )


PLATE_L = "BDFGHJKLNPRSTVXZ"


def make_plate(r: random.Random) -> str:
    def L(n: int) -> str:
        return "".join(r.choice(PLATE_L) for _ in range(n))

    def D(n: int) -> str:
        return "".join(str(r.randint(0, 9)) for _ in range(n))

    shapes = [
        lambda: f"{L(2)}-{L(2)}-{D(2)}",
        lambda: f"{D(2)}-{L(2)}-{L(2)}",
        lambda: f"{D(2)}-{L(3)}-{D(1)}",
        lambda: f"{D(1)}-{L(3)}-{D(2)}",
        lambda: f"{L(2)}-{D(3)}-{L(1)}",
        lambda: f"{L(1)}-{D(3)}-{L(2)}",
        lambda: f"{L(3)}-{D(2)}-{L(1)}",
        lambda: f"{L(1)}-{D(2)}-{L(3)}",
        lambda: f"{D(1)}-{L(2)}-{D(3)}",
        lambda: f"{L(2)}-{D(2)}-{L(2)}",
    ]
    p = r.choice(shapes)()
    return r.choice([p, p, p, p.lower(), p.replace("-", "")])


def make_case(r: random.Random) -> str:
    y = r.choice(["24", "25", "26"])
    n = r.randint(100, 99999)
    return r.choice(
        [
            f"WZ-{y}-{n:05d}",
            f"20{y}/INT/{n:05d}",
            f"BZW.20{y}.{n:04d}",
            f"ZK{y}.{n:05d}",
            f"VTH-20{y}-{n % 1000:03d}-{r.randint(1, 9):02d}",
            f"20{y}.{n:05d}.BEZ",
            f"JZ/{y}/{n:05d}",
            f"KL{y}-{n:05d}",
            f"SD/20{y}/{n:06d}",
        ]
    )


MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober"]
MONTHS += ["november", "december"]
MON3 = ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]


def make_dob(r: random.Random) -> str:
    y, m, d = r.randint(1931, 2008), r.randint(1, 12), r.randint(1, 28)
    return r.choice(
        [
            f"{d} {MONTHS[m - 1]} {y}",
            f"{d:02d}-{m:02d}-{y}",
            f"{d:02d}.{m:02d}.{y}",
            f"{y}-{m:02d}-{d:02d}",
            f"{d}/{m}/'{y % 100:02d}",
            f"{d} {MON3[m - 1]} {y}",
            f"{d}-{m}-{y}",
        ]
    )


def ascii_fold(s: str) -> str:
    s = s.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def make_email(r: random.Random, p: Person, domain: str | None = None) -> str:
    f = ascii_fold(p.first).lower().replace(" ", "").replace("-", "")
    la = ascii_fold(p.last).lower().replace(" ", "").replace("-", "")
    pa = ascii_fold(p.particle).replace(" ", "").replace("'", "").lower()
    if domain:
        return f"{f[0]}.{pa}{la}@{domain}"
    local = r.choice([f"{f}.{pa}{la}", f"{f[0]}.{la}{r.randint(1, 99)}", f"{la}_{f}", f"{f}{la}{r.randint(60, 99)}"])
    prov = r.choice(["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.com", "outlook.com", "xs4all.nl", "live.nl"])
    return f"{local}@{r.choice([prov, 'icloud.com', 'proton.me', 'telfort.nl', 'yahoo.com'])}"
