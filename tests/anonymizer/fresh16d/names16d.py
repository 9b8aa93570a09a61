"""Name, number and date makers for fresh16d (multilingual and second-language messages). Standard library only."""

from __future__ import annotations

import unicodedata


def strip_marks(s: str) -> str:
    return (
        "".join(ch for ch in unicodedata.normalize("NFD", s) if not unicodedata.combining(ch))
        .replace("ı", "i")
        .replace("ł", "l")
        .replace("Ł", "L")
        .replace("đ", "d")
        .replace("Đ", "D")
    )


def subs(s: str, rules) -> str:
    for a, b in rules:
        s = s.replace(a, b)
    return s


class Person:
    def __init__(
        self,
        given: list[str],
        sur: str,
        group: str,
        female: bool,
        order: str = "gs",
        alt: str | None = None,
        script: str | None = None,
    ):
        self.given, self.sur, self.group, self.female, self.order = given, sur, group, female, order
        self.alt, self.script = alt, script  # alternative Latin full name, full name in own script

    @property
    def first(self) -> str:
        return self.given[0]

    @property
    def full(self) -> str:
        g = " ".join(self.given)
        return f"{self.sur} {g}" if self.order == "sg" else f"{g} {self.sur}"

    @property
    def bare(self) -> str:
        """The surname as written after a title: a leading particle capitalised."""
        return self.sur[0].upper() + self.sur[1:]

    @property
    def title(self) -> str:
        return "mevrouw" if self.female else "meneer"


# --- origin groups: (male given, female given, surname maker, alternative-transliteration rules, order) ---
def _c(r, a, b, sep=""):
    x = r.choice(a)
    y = r.choice(b)
    return x + sep + (y if sep or x.endswith(" ") else y)


TR_RULES = [
    ("ş", "s"),
    ("Ş", "S"),
    ("ı", "i"),
    ("ğ", "g"),
    ("ç", "c"),
    ("Ç", "C"),
    ("ö", "oe"),
    ("Ö", "Oe"),
    ("ü", "u"),
    ("Ü", "U"),
]
GROUPS = {
    "Dutch": (
        ["Gerrit", "Wouter", "Joost", "Maarten", "Thijs", "Reinout", "Lodewijk", "Hidde"],
        ["Marieke", "Femke", "Anouk", "Lotte", "Geertje", "Jolien", "Marloes", "Ilse"],
        lambda r: (
            r.choice(["van der ", "van de ", "van ", "de ", "ter ", "van den ", "in 't "])
            + _c(
                r,
                ["Wijn", "Hout", "Graaf", "Leeu", "Brak", "Kolf", "Meul", "Stee", "Ruy", "Vlie"],
                ["kamp", "hoven", "dijk", "huis", "veld", "ink", "horst", "sloot"],
            )
        ),
        [("ij", "y"), ("ui", "uy")],
        "gs",
    ),
    "Frisian": (
        ["Sjoerd", "Hylke", "Jelle", "Auke", "Tjeerd", "Wybren"],
        ["Wytske", "Tjitske", "Baukje", "Sytske", "Froukje", "Jitske"],
        lambda r: _c(
            r,
            ["Hoek", "Wier", "Tjal", "Sie", "Hal", "Wes", "Elz", "Jel", "Bou", "Feen"],
            ["stra", "sma", "inga", "ema", "da", "tsma"],
        ),
        [("y", "ij"), ("tsma", "sma")],
        "gs",
    ),
    "Moroccan": (
        ["Youssef", "Noureddine", "Abdelkader", "Mourad", "Driss", "Hicham"],
        ["Hanane", "Naima", "Souad", "Loubna", "Ikram", "Siham"],
        lambda r: (lambda pre, body: pre + (body.capitalize() if pre.endswith(" ") else body))(
            r.choice(["El ", "Ait ", "Bou", "Ben", "Ouled "]),
            _c(
                r,
                ["ama", "khat", "ziy", "mouss", "ouar", "hadd", "tah", "rach"],
                ["ri", "abi", "ani", "aoui", "ach", "ouchi"],
            ),
        ),
        [("ou", "u"), ("Ou", "U"), ("ch", "sh"), ("El ", "El-"), ("Ait ", "Aït "), ("ss", "s")],
        "gs",
    ),
    "Turkish": (
        ["Mehmet", "Emre", "Mustafa", "Burak", "Uğur", "Kadir"],
        ["Ayşe", "Zeynep", "Hatice", "Elif", "Gülşen", "Şükran"],
        lambda r: _c(
            r,
            ["Kara", "Ak", "Yıl", "Öz", "Demir", "Tun", "Er", "Gül", "Şa", "Çak"],
            ["doğan", "taş", "kan", "soy", "oğlu", "türk", "alp", "dere", "çelik"],
        ),
        TR_RULES,
        "gs",
    ),
    "Surinamese-Hindustani": (
        ["Rishi", "Anand", "Soeresh", "Dinesh", "Krishna"],
        ["Sunita", "Shanti", "Kiran", "Radhika", "Sarita"],
        lambda r: _c(
            r,
            ["Ram", "Bis", "Chot", "Jag", "Maha", "Sew", "Rag", "Mat"],
            ["sing", "lal", "dien", "nath", "persad", "kisoen", "bali"],
        ),
        [("oe", "u"), ("ie", "i"), ("sing", "singh")],
        "gs",
    ),
    "Surinamese-Creole": (
        ["Marciano", "Glenn", "Romeo", "Urwin", "Ricardo"],
        ["Xaviera", "Gracia", "Ruthline", "Sharmaine", "Ivette"],
        lambda r: _c(
            r,
            ["Held", "Zorg", "Vlij", "Sno", "Pin", "Kort", "Lief", "Ams"],
            ["man", "berg", "wijk", "hart", "dorp", "vliet", "tak"],
        ),
        [("ij", "y"), ("man", "mans")],
        "gs",
    ),
    "Antillean": (
        ["Shurendy", "Jeandric", "Rudsel", "Jurgen", "Eldridge"],
        ["Yurmely", "Giselle", "Shudeyra", "Jeritza", "Mireya"],
        lambda r: _c(
            r,
            ["Mar", "Fel", "Ros", "Isen", "Cijn", "Pie", "Cor", "Sta"],
            ["tina", "ida", "alia", "ia", "tje", "ternella", "deiro"],
        ),
        [("ij", "y"), ("C", "K")],
        "gs",
    ),
    "Polish": (
        ["Tomasz", "Paweł", "Łukasz", "Grzegorz", "Krzysztof"],
        ["Agnieszka", "Katarzyna", "Małgorzata", "Żaneta", "Bożena"],
        lambda r: _c(
            r, ["Kowal", "Wiśniew", "Zieliń", "Lewandow", "Kamiń", "Dąbrow", "Szymań", "Jabłoń"], ["ski", "ska"]
        ),
        None,
        "gs",
    ),
    "Eritrean": (
        ["Yonas", "Filmon", "Mehari", "Tesfay", "Habtom"],
        ["Semhar", "Luwam", "Senait", "Abrehet", "Helen"],
        lambda r: _c(
            r,
            ["Gebre", "Tekle", "Weldu", "Haile", "Kidane", "Berhane"],
            ["medhin", "hiwet", "selassie", "tsadik", "mariam", "ab"],
        ),
        [("Gebre", "Ghebre"), ("ay", "ai"), ("Weld", "Wold"), ("Tekle", "Teklay"), ("Haile", "Hayle")],
        "gs",
    ),
    "Somali": (
        ["Cabdi", "Maxamed", "Xasan", "Cali", "Axmed"],
        ["Faadumo", "Hodan", "Ayaan", "Xaawo", "Caasha"],
        lambda r: _c(r, ["Cabdi", "Warsa", "Faa", "Xirsi", "Nuu", "Ducaa"], ["me", "rax", "lle", "dow", "r", "le"]),
        [
            ("Cab", "Ab"),
            ("Cal", "Al"),
            ("Caa", "Aa"),
            ("X", "H"),
            ("x", "h"),
            ("aa", "a"),
            ("uu", "u"),
            ("Ducaa", "Duale"),
        ],
        "gs",
    ),
    "Indonesian-Moluccan": (
        ["Budi", "Agus", "Johannis", "Benny", "Wempi"],
        ["Wati", "Dewi", "Sri", "Yohana", "Martha"],
        lambda r: _c(
            r,
            ["Latu", "Patti", "Sahe", "Manu", "Tuha", "Lei", "Nusi"],
            ["heru", "peilohy", "tapy", "hutu", "wael", "ssy", "lalo"],
        ),
        [("u", "oe"), ("y", "ij")],
        "gs",
    ),
    "Ghanaian": (
        ["Kwabena", "Kofi", "Yaw", "Kwame", "Kwaku"],
        ["Akosua", "Ama", "Abena", "Adwoa", "Afua"],
        lambda r: _c(
            r,
            ["Ofo", "Asa", "Boa", "Owu", "Agye", "Adj", "Nti", "Ampo"],
            ["ri", "nteng", "tey", "suah", "mang", "foah"],
        ),
        [("Kwa", "Ko"), ("ey", "ei"), ("ah", "a")],
        "gs",
    ),
    "Afghan": (
        ["Farid", "Massoud", "Ahmad Zia", "Nasrullah"],
        ["Zarghona", "Nadia", "Freshta", "Mursal"],
        lambda r: _c(r, ["Noor", "Karim", "Haidar", "Rahim", "Sadiq", "Popal"], ["zai", "i", "yar", "zada", "khel"]),
        [("oo", "u"), ("ai", "ay"), ("ou", "u"), ("zada", "zadeh")],
        "gs",
    ),
    "Kurdish": (
        ["Rebaz", "Karwan", "Hawre", "Shwan"],
        ["Shilan", "Dilan", "Nazdar", "Chiman"],
        lambda r: _c(r, ["Ba", "Sha", "Bar", "Ami", "Kar", "Zeb"], ["rzani", "ways", "wani", "di", "ewan", "ari"]),
        [("Sh", "Ş"), ("sh", "ş"), ("Ch", "Ç"), ("w", "v")],
        "gs",
    ),
    "Iranian": (
        ["Dariush", "Kourosh", "Babak", "Siavash"],
        ["Shirin", "Parisa", "Golnaz", "Mahsa"],
        lambda r: _c(
            r, ["Moham", "Ahma", "Hossei", "Reza", "Teh", "Kaze"], ["madi", "dpour", "ni", "ei", "rani", "mzadeh"]
        ),
        [("ou", "u"), ("ei", "ey"), ("sh", "ch"), ("Dariush", "Daryoush")],
        "gs",
    ),
    "Vietnamese": (
        ["Minh", "Dũng", "Hùng", "Quang"],
        ["Thảo", "Lan", "Hương", "Ngọc"],
        lambda r: r.choice(["Nguyễn", "Trần", "Phạm", "Huỳnh", "Vũ", "Đặng", "Bùi"]),
        None,
        "sg",
    ),
    "Romanian": (
        ["Andrei", "Mihai", "Bogdan", "Ștefan"],
        ["Ioana", "Elena", "Andreea", "Roxana"],
        lambda r: _c(
            r, ["Pop", "Dumitr", "Stoi", "Rad", "Const", "Ionesc", "Mocan"], ["escu", "eanu", "ovici", "ache", "ciuc"]
        ),
        None,
        "gs",
    ),
    "Bulgarian": (
        ["Georgi", "Ivaylo", "Stoyan", "Dimitar"],
        ["Desislava", "Petya", "Yordanka", "Tsvetelina"],
        lambda r: _c(r, ["Petr", "Dimitr", "Georgi", "Stoyan", "Ivan", "Hrist"], ["ov", "ev", "chev", "ski"]),
        [("y", "j"), ("Georgi", "Gueorgui"), ("Ts", "Z"), ("Hr", "Chr")],
        "gs",
    ),
    "German": (
        ["Jürgen", "Klaus", "Günther", "Matthias"],
        ["Sabine", "Jutta", "Ursula", "Birgit"],
        lambda r: _c(
            r,
            ["Schwarz", "Hoff", "Wein", "Bären", "Schmied", "Kühn"],
            ["mann", "berger", "meier", "hauser", "bach", "reuther"],
        ),
        [("ü", "ue"), ("ä", "ae"), ("ö", "oe")],
        "gs",
    ),
    "Flemish": (
        ["Jozef", "Wannes", "Pieterjan", "Lieven"],
        ["Griet", "Lieve", "Hanne", "Mieke"],
        lambda r: (lambda pre, body: pre + (body.capitalize() if pre.endswith(" ") else body))(
            r.choice(["Vanden", "Ver", "De ", "Van "]),
            _c(r, ["brou", "strae", "cauwe", "poel", "mees", "leu"], ["cke", "ten", "laert", "mans", "sschaert"]),
        ),
        [("ae", "a"), ("ck", "k")],
        "gs",
    ),
    "Cape Verdean": (
        ["João", "Nelson", "Adilson", "Edmilson"],
        ["Djamila", "Eunice", "Ilídia", "Nádia"],
        lambda r: _c(
            r, ["Tava", "Lo", "Seme", "For", "Monte", "Vare", "Silvei"], ["res", "pes", "do", "tes", "iro", "la"]
        ),
        None,
        "gs",
    ),
    "Nigerian": (
        ["Chinedu", "Emeka", "Oluwaseun", "Tunde"],
        ["Ngozi", "Adaeze", "Funmilayo", "Chiamaka"],
        lambda r: _c(
            r,
            ["Okon", "Ade", "Olu", "Chukwu", "Nwa", "Eze", "Obi"],
            ["kwo", "yemi", "wole", "meka", "nkwo", "bueze", "ora"],
        ),
        [("kw", "q"), ("Ch", "C")],
        "gs",
    ),
    "Portuguese": (
        ["Gonçalo", "Thiago", "Rui", "Fábio"],
        ["Beatriz", "Inês", "Conceição", "Mariana"],
        lambda r: _c(
            r, ["Ferr", "Mart", "Carv", "Rodrig", "Sant", "Perei"], ["eira", "ins", "alho", "ues", "os", "ra"]
        ),
        None,
        "gs",
    ),
    "Italian": (
        ["Giuseppe", "Matteo", "Salvatore", "Gianluca"],
        ["Chiara", "Francesca", "Giulia", "Rosaria"],
        lambda r: _c(
            r, ["Ross", "Bian", "Espos", "Colom", "Ferr", "Galli", "Marin"], ["i", "chi", "ito", "bo", "ari", "ucci"]
        ),
        [("chi", "ki"), ("cc", "tsj")],
        "gs",
    ),
    "Spanish": (
        ["Alejandro", "Javier", "Álvaro", "Íñigo"],
        ["Lucía", "Begoña", "Maite", "Rocío"],
        lambda r: (
            _c(r, ["Garc", "Mor", "Fern", "Sánch", "Gonz", "Ruí"], ["ía", "ales", "ández", "ez", "ález"])
            + " "
            + _c(r, ["Ort", "Nav", "Bar", "Gil"], ["ega", "arro", "rios", "abert"])
        ),
        None,
        "gs",
    ),
    "Hungarian": (
        ["Gábor", "Zoltán", "Levente", "Ákos"],
        ["Zsófia", "Réka", "Erzsébet", "Dóra"],
        lambda r: (
            r.choice(["Kov", "Szab", "Tót", "Horv", "Var", "Fark", "Szil", "Bal"])
            + r.choice(["ácsi", "ói", "hegyi", "áthy", "gai", "asdi"])
        ),
        None,
        "sg",
    ),
    "Ethiopian": (
        ["Dawit", "Abebe", "Yared", "Tewodros"],
        ["Tigist", "Meron", "Bethlehem", "Selamawit"],
        lambda r: _c(
            r, ["Tade", "Alem", "Wolde", "Gir", "Asfaw", "Deme"], ["sse", "ayehu", "giorgis", "ma", "ssie", "ke"]
        ),
        [("Wolde", "Welde"), ("e", "é"), ("ss", "s")],
        "gs",
    ),
    "Indian": (
        ["Arjun", "Vikram", "Srinivas", "Karthik"],
        ["Lakshmi", "Ananya", "Divya", "Revathi"],
        lambda r: _c(
            r,
            ["Krish", "Venkat", "Subram", "Ragha", "Sesha", "Pad"],
            ["naswamy", "araman", "anian", "van", "dri", "manabhan"],
        ),
        [("wamy", "wami"), ("v", "w"), ("th", "t")],
        "gs",
    ),
    "Pakistani": (
        ["Imran", "Bilal", "Kashif", "Zeeshan"],
        ["Ayesha", "Sana", "Rabia", "Mehwish"],
        lambda r: _c(r, ["Chaud", "Qur", "Sidd", "Awa", "Bhat", "Mirz"], ["hry", "eshi", "iqui", "n", "ti", "a"]),
        [("Q", "K"), ("hry", "hary"), ("qui", "qi"), ("ee", "i")],
        "gs",
    ),
    "Filipino": (
        ["Jericho", "Jose Paolo", "Rommel", "Dindo"],
        ["Rowena", "Maria Cristina", "Lorelyn", "Jocelyn"],
        lambda r: _c(
            r, ["Bau", "Maca", "Dima", "Sant", "Ban", "Pangi"], ["tista", "pagal", "lanta", "iago", "zon", "linan"]
        ),
        [("c", "k"), ("Jose", "José")],
        "gs",
    ),
    "Chinese": (None, None, None, None, "sg"),
    "Arabic": (None, None, None, None, "gs"),
    "Ukrainian": (None, None, None, None, "gs"),
    "Greek": (None, None, None, None, "gs"),
}
SCRIPT_GROUPS = ("Chinese", "Arabic", "Ukrainian", "Greek")

# Chinese: surname (hanzi, pinyin, Cantonese), given syllables (hanzi, pinyin)
ZH_SUR = [
    ("王", "Wang", "Wong"),
    ("陈", "Chen", "Chan"),
    ("林", "Lin", "Lam"),
    ("黄", "Huang", "Wong"),
    ("吴", "Wu", "Ng"),
    ("刘", "Liu", "Lau"),
    ("郑", "Zheng", "Cheng"),
    ("周", "Zhou", "Chow"),
    ("何", "He", "Ho"),
    ("梁", "Liang", "Leung"),
]
ZH_GIV = [
    ("伟", "wei"),
    ("明", "ming"),
    ("丽", "li"),
    ("华", "hua"),
    ("芳", "fang"),
    ("杰", "jie"),
    ("秀", "xiu"),
    ("英", "ying"),
    ("文", "wen"),
    ("静", "jing"),
    ("海", "hai"),
    ("玲", "ling"),
    ("志", "zhi"),
    ("燕", "yan"),
]
# Arabic: (script, transliteration 1, transliteration 2)
AR_GIV_M = [
    ("محمد", "Mohammed", "Muhammad"),
    ("يوسف", "Youssef", "Yusuf"),
    ("خالد", "Khaled", "Khalid"),
    ("حسين", "Hussein", "Husain"),
    ("عمر", "Omar", "Umar"),
    ("رشيد", "Rachid", "Rashid"),
    ("حميد", "Hamid", "Hameed"),
    ("وليد", "Walid", "Waleed"),
    ("طارق", "Tarek", "Tariq"),
]
AR_GIV_F = [
    ("فاطمة", "Fatima", "Fatma"),
    ("أمينة", "Amina", "Aminah"),
    ("ليلى", "Leila", "Layla"),
    ("سميرة", "Samira", "Sameera"),
    ("مريم", "Mariam", "Maryam"),
    ("رنا", "Rana", "Ranaa"),
    ("هبة", "Hiba", "Heba"),
    ("ضحى", "Doha", "Duha"),
]
AR_SUR = [
    ("حداد", "Haddad", "Hadad"),
    ("حلبي", "Halabi", "Halaby"),
    ("شامي", "Shami", "Chami"),
    ("خطيب", "Khatib", "Chatib"),
    ("نجار", "Najjar", "Naggar"),
    ("عطار", "Attar", "Atar"),
    ("حمصي", "Homsi", "Humsi"),
    ("دباغ", "Dabbagh", "Debbag"),
    ("سقا", "Saqqa", "Sakka"),
    ("زعبي", "Zoubi", "Zu'bi"),
]
# Ukrainian in Cyrillic, transliterated two ways (national system; Dutch system)
UK_GIV_M = ["Олександр", "Тарас", "Богдан", "Дмитро", "Юрій", "Андрій", "Василь"]
UK_GIV_F = ["Оксана", "Ірина", "Наталія", "Юлія", "Олена", "Галина", "Людмила"]
UK_STEM = ["Ковал", "Шевч", "Бондар", "Ткач", "Мельнич", "Кравч", "Гриц", "Сав", "Литвин", "Приход"]
UK_SUF = ["енко", "ук", "ишин", "чук", "ець", "ько"]
UK_NAT = dict(
    zip(
        "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя",
        [
            "a",
            "b",
            "v",
            "h",
            "g",
            "d",
            "e",
            "ie",
            "zh",
            "z",
            "y",
            "i",
            "i",
            "i",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "kh",
            "ts",
            "ch",
            "sh",
            "shch",
            "",
            "iu",
            "ia",
        ],
        strict=False,
    )
)
UK_NL = dict(
    zip(
        "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя",
        [
            "a",
            "b",
            "v",
            "h",
            "g",
            "d",
            "e",
            "je",
            "zj",
            "z",
            "y",
            "i",
            "ji",
            "j",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "oe",
            "f",
            "ch",
            "ts",
            "tsj",
            "sj",
            "sjtsj",
            "",
            "joe",
            "ja",
        ],
        strict=False,
    )
)
UK_NAT_START = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}


def uk_latin(s: str, table) -> str:
    out = []
    for w in s.split():
        res = ""
        for i, ch in enumerate(w):
            lo = ch.lower()
            t = UK_NAT_START.get(lo) if (i == 0 and table is UK_NAT and lo in UK_NAT_START) else table.get(lo, ch)
            res += (t[:1].upper() + t[1:]) if ch.isupper() else t
        out.append(res)
    return " ".join(out)


GR_GIV_M = ["Γιώργος", "Νίκος", "Δημήτρης", "Κώστας", "Σπύρος", "Βασίλης"]
GR_GIV_F = ["Μαρία", "Ελένη", "Κατερίνα", "Δέσποινα", "Σοφία", "Αγγελική"]
GR_STEM = ["Παπα", "Αντωνο", "Καρα", "Γεωργο", "Μαυρο", "Σταυρο"]
GR_SUF_M = ["δόπουλος", "γιάννης", "κώστας", "πούλος"]
GR_SUF_F = ["δοπούλου", "γιάννη", "κώστα", "πούλου"]
GR1 = {
    "α": "a",
    "β": "v",
    "γ": "g",
    "δ": "d",
    "ε": "e",
    "ζ": "z",
    "η": "i",
    "θ": "th",
    "ι": "i",
    "κ": "k",
    "λ": "l",
    "μ": "m",
    "ν": "n",
    "ξ": "x",
    "ο": "o",
    "π": "p",
    "ρ": "r",
    "σ": "s",
    "ς": "s",
    "τ": "t",
    "υ": "y",
    "φ": "f",
    "χ": "ch",
    "ψ": "ps",
    "ω": "o",
}
GR2 = dict(GR1, β="b", γ="gh", δ="dh", υ="i", χ="kh", η="e")


def gr_latin(s: str, table) -> str:
    base = strip_marks(s)
    base = base.replace("ου", "ΟΥ").replace("Ου", "Oυ")
    out = ""
    for ch in base:
        if ch in "ΟΥ":
            out += "ou"
            continue
        t = table.get(ch.lower(), ch)
        out += (t[:1].upper() + t[1:]) if ch.isupper() else t
    out = out.replace("Oυ", "Ou").replace("ouou", "ou")
    return out


def make_person(
    r, group: str, female: bool | None = None, sur: str | None = None, with_script=False, extra_given=False
) -> Person:
    if female is None:
        female = r.random() < 0.5
    gm, gf, smake, rules, order = GROUPS[group]
    if group == "Chinese":
        s = r.choice(ZH_SUR)
        g1, g2 = r.sample(ZH_GIV, 2)
        giv = (g1[1] + g2[1]).capitalize()
        p = Person([giv], sur or s[1], group, female, "sg")
        p.alt = f"{s[2]} {giv}"
        p.script = s[0] + g1[0] + g2[0]
        return p
    if group == "Arabic":
        g = r.choice(AR_GIV_F if female else AR_GIV_M)
        s = r.choice(AR_SUR)
        pre1, pre2 = r.choice([("Al-", "El "), ("Al-", "el-"), ("", "Al-")])
        p = Person([g[1]], sur or pre1 + s[1], group, female)
        p.alt = f"{g[2]} {pre2}{s[2]}"
        p.script = f"{g[0]} {'ال' if (pre1 or pre2) else ''}{s[0]}"
        return p
    if group == "Ukrainian":
        gc = r.choice(UK_GIV_F if female else UK_GIV_M)
        sc = r.choice(UK_STEM) + r.choice(UK_SUF)
        p = Person([uk_latin(gc, UK_NAT)], sur or uk_latin(sc, UK_NAT), group, female)
        p.alt = f"{uk_latin(gc, UK_NL)} {uk_latin(sc, UK_NL)}"
        p.script = f"{gc} {sc}"
        return p
    if group == "Greek":
        gc = r.choice(GR_GIV_F if female else GR_GIV_M)
        sc = r.choice(GR_STEM) + r.choice(GR_SUF_F if female else GR_SUF_M)
        p = Person([gr_latin(gc, GR1)], sur or gr_latin(sc, GR1), group, female)
        p.alt = f"{gr_latin(gc, GR2)} {gr_latin(sc, GR2)}"
        p.script = f"{gc} {sc}"
        return p
    given = [r.choice(gf if female else gm)]
    if extra_given and group in ("Dutch", "Flemish", "Portuguese", "Filipino", "Cape Verdean", "German"):
        extra = r.choice(gf if female else gm)
        if extra != given[0]:
            given.append(extra)
    if group in ("Eritrean", "Ethiopian", "Somali") and sur is None:
        # patronymic: father's given name, then the grandfather's name as family name
        father = r.choice(gm)
        given = [given[0], father] if father != given[0] else given
    s = sur or smake(r)
    if group == "Polish" and sur is None:
        s = s[:-1] + ("a" if female else "i") if s.endswith(("ski", "ska")) else s
    if group == "Bulgarian" and female and sur is None and s.endswith(("ov", "ev")):
        s += "a"
    p = Person(given, s, group, female, order)
    full = p.full
    if rules:
        alt = subs(full, rules)
    else:
        alt = strip_marks(full)
    if alt != full:
        p.alt = alt
    return p


# --- numbers ---
def bsn(r) -> str:
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        last = sum(x * (9 - i) for i, x in enumerate(d)) % 11
        if last < 10:
            return "".join(map(str, d + [last]))


def bsn_ok(s: str) -> bool:
    d = [int(c) for c in s if c.isdigit()]
    return len(d) == 9 and (sum(x * (9 - i) for i, x in enumerate(d[:8])) - d[8]) % 11 == 0


def _mod97(s: str) -> int:
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97


def iban(r, country="NL") -> str:
    if country == "NL":
        bban = r.choice(["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"]) + "".join(
            str(r.randint(0, 9)) for _ in range(10)
        )
    else:
        n = {"TR": 22, "PL": 24, "DE": 18, "BE": 12, "UA": 25}[country]
        bban = "".join(str(r.randint(0, 9)) for _ in range(n))
        if country == "TR":
            bban = bban[:5] + "0" + bban[6:]
    cd = 98 - _mod97(country + "00" + bban)
    return f"{country}{cd:02d}{bban}"


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "").upper()
    return len(s) >= 15 and s[:2].isalpha() and _mod97(s) == 1


def grouped(s: str) -> str:
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))
