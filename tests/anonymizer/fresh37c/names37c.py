"""Name, address and number helpers for make_fresh37c.py (standard library only).

Most surnames and many first names are composed from origin-typical parts, so that they are on no common list.
"""

from __future__ import annotations

import unicodedata


def ascii_fold(s: str) -> str:
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L")
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


def comp(r, a, b, sep=""):
    x, y = r.choice(a), r.choice(b)
    return x + sep + (y if sep else y)


# ---- East and Southeast Asian groups (residents and their families) --------------------------------------------
# each returns (family, given, order) with order "ff" (family name first) or "gf" (given name first)


def zh(r):  # mainland China, pinyin
    fam = r.choice(
        [
            "Chen",
            "Zhang",
            "Huang",
            "Zhou",
            "Xu",
            "Guo",
            "Luo",
            "Zheng",
            "Xie",
            "Feng",
            "Deng",
            "Cao",
            "Peng",
            "Zeng",
            "Xiao",
            "Tian",
            "Yuan",
            "Jiang",
            "Cai",
            "Du",
            "Ye",
            "Cheng",
            "Su",
            "Qiu",
            "Lü",
            "Li",
            "Wu",
            "Zhu",
            "Shen",
            "Yin",
        ]
    )
    syl = [
        "Xiao",
        "Jing",
        "Hui",
        "Yan",
        "Ming",
        "Jun",
        "Hao",
        "Ting",
        "Qian",
        "Fang",
        "Zhi",
        "Xin",
        "Rui",
        "Shu",
        "Chun",
        "Lei",
        "Tao",
        "Kai",
        "Yong",
        "Ning",
        "Wen",
        "Jia",
        "Yue",
        "Zhen",
        "Qing",
        "Xue",
        "Bing",
    ]
    end = [
        "ling",
        "hua",
        "mei",
        "wei",
        "jie",
        "yu",
        "lan",
        "fang",
        "qiang",
        "bo",
        "xin",
        "ping",
        "yun",
        "tao",
        "rong",
        "juan",
        "feng",
        "hong",
        "li",
        "na",
    ]
    given = r.choice(syl) + r.choice(end) if r.random() < 0.8 else r.choice(["Wei", "Jie", "Lei", "Tao", "Yun"])
    return fam, given, "ff"


def hk(r):  # Hong Kong, Cantonese romanisation
    fam = r.choice(
        [
            "Chan",
            "Cheung",
            "Wong",
            "Leung",
            "Lau",
            "Yeung",
            "Tsang",
            "Kwok",
            "Mak",
            "Fung",
            "Tse",
            "Yip",
            "Chow",
            "Siu",
            "Lui",
            "Kwan",
            "Poon",
            "Tsui",
            "Hui",
            "Ng",
            "Choy",
            "Szeto",
            "Ho",
        ]
    )
    a = [
        "Siu",
        "Ka",
        "Wing",
        "Chi",
        "Wai",
        "Kit",
        "Hoi",
        "Pui",
        "Kwok",
        "Sze",
        "Yuk",
        "Lok",
        "Chun",
        "Tsz",
        "Hin",
        "Shing",
        "Kam",
        "Suet",
        "Oi",
    ]
    b = ["Ming", "Wai", "Yee", "Ling", "Fai", "Kin", "Sum", "Keung", "Kwan", "Yan", "Ting", "Lam", "Chuen", "Fong"]
    x, y = r.choice(a), r.choice(b)
    given = f"{x} {y}" if r.random() < 0.5 else f"{x}-{y.lower()}"
    return fam, given, "ff"


def vn(r):  # Vietnam
    fam = r.choice(
        [
            "Nguyen",
            "Tran",
            "Pham",
            "Hoang",
            "Huynh",
            "Phan",
            "Vu",
            "Vo",
            "Dang",
            "Do",
            "Ngo",
            "Duong",
            "Truong",
            "Dinh",
            "Trinh",
            "Quach",
            "Luu",
            "Doan",
            "Lai",
            "Cao",
        ]
    )
    mid = r.choice(["Thi", "Van", "Duc", "Ngoc", "Thanh", "Quoc", "Huu", "Bao", "Xuan", "Kim"])
    g = [
        "Anh",
        "Hoa",
        "Hung",
        "Tuan",
        "Dung",
        "Huong",
        "Linh",
        "Phuong",
        "Thao",
        "Trang",
        "Khanh",
        "Quang",
        "Hai",
        "Hanh",
        "Yen",
        "Vy",
        "Thu",
        "Binh",
        "Cuong",
        "Hien",
        "Nhung",
        "Loan",
        "Tien",
        "Diep",
    ]
    given = (
        f"{mid} {r.choice(['Minh', 'Thuy', 'Bich', 'Hong', 'Gia', 'Thien'])} {r.choice(g)}"
        if r.random() < 0.5
        else f"{mid} {r.choice(g)}"
    )
    return fam, given, "ff"


def idc(r):  # Chinese-Indonesian (peranakan), Dutch-era spelling
    fam = r.choice(
        [
            "Tjoe",
            "Liem",
            "Oei",
            "Kwee",
            "Tjia",
            "Thung",
            "Njoo",
            "Kho",
            "Tjan",
            "Gouw",
            "Tio",
            "Lauw",
            "Khouw",
            "Tjong",
            "Siauw",
            "Tjiong",
            "Liauw",
            "Sie",
        ]
    )
    a = ["Ay", "Swie", "Kiem", "Hok", "Bing", "Djien", "Tjeng", "Giok", "Kian", "Tiong", "Kwie", "Tjoen", "Sian"]
    b = ["Lan", "Hwa", "Nio", "Gie", "Hoo", "Lian", "Liong", "Djin", "Tjay", "Hien", "Kiong"]
    return fam, f"{r.choice(a)} {r.choice(b)}", "ff"


def idj(r):  # Indonesia (Javanese style, one or two names)
    a = ["Sur", "Har", "Wahyu", "Sug", "Setya", "Pur", "Rah", "Kus", "Trisn", "Dar", "Sant", "Mul", "Yuli"]
    b = ["yadi", "tono", "yanto", "ningsih", "narti", "jono", "wati", "harjo", "rini", "awan", "iarto", "yati"]
    first = r.choice(["Sri", "Budi", "Dwi", "Eko", "Agus", "Tri", "Dewi", "Ratna", "Indah", "Bambang"])
    return comp(r, a, b), first, "gf"


def ph(r):  # the Philippines
    first = r.choice(
        [
            "Maria Cristina",
            "Jose Mari",
            "Rowena",
            "Marivic",
            "Rodel",
            "Arnel",
            "Lourdes",
            "Imelda",
            "Jonalyn",
            "Jerwin",
            "Analiza",
            "Rhodora",
            "Ma. Theresa",
            "Reynaldo",
        ]
    )
    fam = comp(
        r,
        ["Mang", "Maca", "Dima", "Pangi", "Magba", "Tala", "Maga", "Bala", "Lagu", "Sumu"],
        ["ubat", "raeg", "linan", "nua", "culangan", "sig", "yan", "pagal", "tay", "long"],
    )
    if r.random() < 0.3:
        fam = r.choice(["Dizon", "Tolentino", "Sarmiento", "Villareal"]) + "-" + fam
    return fam, first, "gf"


def kr(r):  # Korea
    fam = r.choice(
        [
            "Kim",
            "Park",
            "Choi",
            "Jeong",
            "Kang",
            "Cho",
            "Yoon",
            "Jang",
            "Seo",
            "Shin",
            "Kwon",
            "Hwang",
            "Ahn",
            "Yoo",
            "Jeon",
            "Moon",
            "Bae",
            "Baek",
            "Nam",
            "Oh",
        ]
    )
    a = ["Min", "Ji", "Seo", "Hyun", "Jae", "Soo", "Eun", "Joon", "Woo", "Hye", "Sung", "Kyung", "Yeon", "Da"]
    b = ["hoon", "yeon", "jin", "woo", "bin", "ah", "min", "seok", "hee", "jung", "ho", "rin", "kyu"]
    x, y = r.choice(a), r.choice(b)
    given = f"{x}-{y}" if r.random() < 0.6 else x + y
    return fam, given, "ff"


def jp(r):  # Japan
    fam = comp(
        r,
        [
            "Taka",
            "Yama",
            "Naka",
            "Matsu",
            "Kawa",
            "Fuji",
            "Ishi",
            "Saka",
            "Hira",
            "Kura",
            "Shima",
            "Uchi",
            "Miya",
            "Nishi",
            "Kita",
        ],
        ["hashi", "moto", "mura", "da", "kawa", "saki", "guchi", "shita", "oka", "zawa", "no", "gawa"],
    )
    given = comp(
        r,
        ["Yumi", "Haru", "Aki", "Hiro", "Kei", "Nao", "Masa", "Yoshi", "Kazu", "Mitsu", "Tomo", "Sachi"],
        ["ko", "ka", "shi", "to", "mi", "ki", "ya", "yuki", "nori", "hiko", "ro", "e"],
    )
    return fam, given, "ff"


def th(r):  # Thailand
    fam = comp(
        r,
        ["Sri", "Wong", "Chai", "Suk", "Rat", "Tha", "Kaew", "Phon", "Boon"],
        ["sawat", "suwan", "yaporn", "thong", "anan", "wong", "prasert", "chai", "sri"],
    )
    return fam, r.choice(["Somchai", "Siriporn", "Nattapong", "Kannika", "Pranee", "Wanida", "Arthit"]), "gf"


ASIAN = {
    "Chinees": zh,
    "Hongkongs": hk,
    "Vietnamees": vn,
    "Chinees-Indonesisch": idc,
    "Indonesisch": idj,
    "Filipijns": ph,
    "Koreaans": kr,
    "Japans": jp,
    "Thais": th,
}
ASIAN_W = [
    ("Chinees", 5),
    ("Hongkongs", 4),
    ("Vietnamees", 6),
    ("Chinees-Indonesisch", 4),
    ("Indonesisch", 2),
    ("Filipijns", 3),
    ("Koreaans", 3),
    ("Japans", 2),
    ("Thais", 1),
]

XNAMES = [
    "Jenny",
    "Kevin",
    "Linda",
    "Grace",
    "Joyce",
    "Michael",
    "Stephanie",
    "Vincent",
    "Angela",
    "Ricky",
    "Daisy",
    "Marco",
    "Wendy",
    "Patrick",
    "Cindy",
    "Eddy",
    "Jacqueline",
    "Raymond",
    "Sharon",
    "Dennis",
    "Wilhelmina",
    "Johannes",
    "Hendrika",
    "Frederik",
    "Cornelia",
    "Tessa",
    "Jeroen",
    "Esther",
    "Ivy",
    "Kelvin",
]

# ---- other origin groups (neighbours, officials, mediators) --------------------------------------------------------

PARTS = {
    "Nederlands": (
        [
            "Sanne",
            "Joost",
            "Marloes",
            "Wouter",
            "Femke",
            "Ruud",
            "Ineke",
            "Gerrit",
            "Anouk",
            "Hanneke",
            "Pieter",
            "Lotte",
            "Thijs",
            "Willemijn",
            "Maarten",
            "Jolanda",
            "Erwin",
        ],
        [
            "Brink",
            "Hooge",
            "Wester",
            "Kamp",
            "Velde",
            "Hout",
            "Buiten",
            "Dorre",
            "Lange",
            "Hage",
            "Ooster",
            "Nieuw",
            "Rijn",
            "Zand",
            "Molen",
        ],
        [
            "huis",
            "veen",
            "kamp",
            "hof",
            "link",
            "meijer",
            "dijk",
            "beek",
            "horst",
            "burg",
            "wijk",
            "kate",
            "ink",
            "broek",
        ],
    ),
    "Fries": (
        [
            "Sjoerd",
            "Hylke",
            "Tjitske",
            "Wytske",
            "Baukje",
            "Jelle",
            "Sytse",
            "Froukje",
            "Durk",
            "Aukje",
            "Jildou",
            "Hessel",
        ],
        ["Hoek", "Wijn", "Post", "Kuip", "Tjall", "Sij", "Bouw", "Feen", "Wiers", "Hel"],
        ["stra", "sma", "inga", "ga", "ma", "tra", "enga"],
    ),
    "Marokkaans": (
        [
            "Youssef",
            "Fatima-Zahra",
            "Hamza",
            "Nadia",
            "Ilham",
            "Soufiane",
            "Hafsa",
            "Bilal",
            "Ikram",
            "Anouar",
            "Zakaria",
            "Loubna",
        ],
        ["El Had", "El Khat", "Bou", "Ait Am", "Ben Az", "Tah", "Mak", "Ziy", "Bel"],
        ["douchi", "tabi", "rani", "zouzi", "hadji", "iri", "louki", "yani", "kassi"],
    ),
    "Turks": (
        ["Emre", "Zeynep", "Burak", "Elif", "Kerem", "Büşra", "Oğuz", "Songül", "Serkan", "Hatice", "Tuba"],
        ["Kara", "Yıl", "Ak", "Öz", "Demir", "Çelik", "Kaya", "Gül", "Tek", "Ay", "Er"],
        ["taş", "dız", "soy", "kan", "oğlu", "türk", "men", "bay", "can", "kurt"],
    ),
    "Surinaams-Hindostaans": (
        ["Shanti", "Rakesh", "Anjali", "Radjesh", "Kavita", "Sunil", "Reshma", "Dinesh"],
        ["Ram", "Bal", "Jhin", "Sew", "Kali", "Mahab", "Pers", "Chot", "Bihar"],
        ["dien", "kisoen", "gosain", "sing", "nandan", "charan", "pal", "sai", "bali"],
    ),
    "Surinaams-Creools": (
        ["Marciano", "Gerda", "Romano", "Sharita", "Jurmen", "Quincy", "Ruthsel", "Ivanka"],
        ["Doel", "Kars", "Pin", "Sab", "Frans", "Hel", "Amar", "Renf", "Kool"],
        ["wijt", "ters", "as", "ajo", "man", "dus", "rum", "stein", "vliet"],
    ),
    "Antilliaans": (
        ["Shurandy", "Ruthmila", "Giandro", "Xiomara", "Edsel", "Quiana", "Jurchen", "Dayenne"],
        ["Ise", "Sul", "Ros", "Mart", "Cel", "Marc", "Wawo", "Fran"],
        ["nia", "varan", "aria", "ina", "estijn", "elina", "sisca", "e"],
    ),
    "Pools": (
        ["Agnieszka", "Tomasz", "Katarzyna", "Marek", "Joanna", "Piotr", "Magdalena", "Łukasz"],
        ["Kowal", "Wiśn", "Zieliń", "Grabow", "Pawl", "Mazur", "Krawcz", "Dąbr"],
        ["ski", "ska", "czyk", "iewicz", "owski", "ak", "ek", "owska"],
    ),
    "Syrisch": (
        ["Rami", "Nour", "Yara", "Omar", "Hala", "Tarek", "Rasha", "Ghaith"],
        ["Al-Hamw", "Halab", "Al-Sham", "Khat", "Masr", "Zahr", "Al-Dar"],
        ["i", "y", "ani", "ouni", "ieh", "awi"],
    ),
    "Eritrees": (
        ["Tesfay", "Senait", "Yonas", "Mehari", "Ruta", "Filmon", "Selam", "Aklilu"],
        ["Ghebre", "Tesfa", "Haile", "Wolde", "Abra", "Kidane", "Tekle"],
        ["mariam", "hiwet", "selassie", "michael", "zghi", "tsion", "berhan"],
    ),
    "Somalisch": (
        ["Abdirahman", "Hodan", "Farhiya", "Mahad", "Ayaan", "Liban", "Sagal", "Warsame"],
        ["Cab", "War", "Xir", "Duc", "Ja", "Nuur", "Eg"],
        ["dille", "same", "si", "aale", "ma", "iye", "al"],
    ),
    "Ghanees": (
        ["Kwame", "Akosua", "Kofi", "Yaw", "Abena", "Kwabena", "Efua", "Adwoa"],
        ["Ofo", "Agye", "Boa", "Asa", "Owu", "Oppo", "Amo", "Gyam"],
        ["ri", "man", "teng", "nte", "su", "ng", "ako", "fi"],
    ),
    "Indiaas": (
        ["Priyanka", "Arjun", "Deepa", "Vikram", "Lakshmi", "Sandeep"],
        ["Venkat", "Krishna", "Subram", "Ragh", "Nara", "Sesh"],
        ["araman", "murthy", "anian", "avan", "yanan", "adri"],
    ),
    "Afghaans": (
        ["Farid", "Zarmina", "Wahid", "Nasima", "Habib", "Freshta"],
        ["Ahmad", "Popal", "Rahim", "Sadat", "Hakim", "Stan"],
        ["zai", "yar", "i", "zada", "khil", "ekzai"],
    ),
    "Koerdisch": (
        ["Dilan", "Rebwar", "Shilan", "Karwan", "Avin", "Soran"],
        ["Barz", "Zeb", "Tal", "Hawr", "Kak", "Ami"],
        ["ani", "ari", "abani", "amani", "ei"],
    ),
    "Iraans": (
        ["Shirin", "Kaveh", "Parisa", "Babak", "Arash", "Golnaz"],
        ["Moham", "Rez", "Tehr", "Hossein", "Jafar", "Kaz"],
        ["madi", "pour", "ani", "zadeh", "nejad", "emi"],
    ),
    "Kaapverdisch": (
        ["Nelson", "Djenifer", "Adilson", "Ilídio", "Suzete", "Euclides"],
        ["Tav", "Lop", "Sem", "Fort", "Var", "Monteir", "Brit"],
        ["ares", "edo", "es", "ela", "o", "inho"],
    ),
    "Italiaans": (
        ["Giulia", "Matteo", "Chiara", "Lorenzo", "Francesca"],
        ["Bian", "Ross", "Ferr", "Esposit", "Colom", "Marin", "Gall"],
        ["chi", "elli", "ari", "o", "ucci", "etti"],
    ),
    "Spaans": (
        ["Lucía", "Javier", "Carmen", "Alejandro", "Pilar"],
        ["Herr", "Navar", "Quint", "Villal", "Cast"],
        ["era", "ro", "ana", "obos", "ellano"],
    ),
    "Duits": (
        ["Jürgen", "Ulrike", "Sabine", "Matthias", "Heike"],
        ["Schwarz", "Wein", "Hoff", "Kessl", "Bran", "Stein"],
        ["kopf", "berger", "mann", "er", "dt", "hauer"],
    ),
    "Roemeens": (
        ["Ioana", "Andrei", "Mihaela", "Bogdan", "Elena"],
        ["Pop", "Ion", "Dumitr", "Stoic", "Radul", "Constantin"],
        ["escu", "eanu", "ache", "ovici"],
    ),
    "Bulgaars": (
        ["Stoyan", "Desislava", "Ivaylo", "Tsvetelina", "Petar"],
        ["Ivan", "Georgi", "Dimitr", "Petk", "Hrist"],
        ["ov", "ova", "ev", "eva"],
    ),
    "Oekraïens": (
        ["Oksana", "Dmytro", "Olena", "Taras", "Iryna"],
        ["Shevch", "Bondar", "Kovalen", "Tkach", "Melnych", "Kravch"],
        ["enko", "uk", "chuk", "yshyn"],
    ),
    "Nigeriaans": (
        ["Chinedu", "Ngozi", "Oluwaseun", "Adaeze", "Emeka"],
        ["Okon", "Adeb", "Eze", "Obi", "Nwach", "Okaf"],
        ["kwo", "ayo", "ukwu", "ora", "or"],
    ),
    "Moluks": (
        ["Johan", "Mientje", "Ronald", "Bertha", "Wim", "Yvonne"],
        ["Patti", "Latu", "Taha", "Manu", "Saha", "Lou", "Waile"],
        ["radjawane", "heru", "pary", "putty", "tapy", "hatta", "rissa"],
    ),
}
DUTCH_PARTICLES = ["van", "van de", "van der", "van den", "de", "ter", "van 't", "in 't", "op den", "ten"]


def other(r, group=None):
    g = group or r.choice(sorted(PARTS))
    first, a, b = PARTS[g]
    fam = comp(r, a, b)
    if g == "Nederlands" and r.random() < 0.6:
        fam = r.choice(DUTCH_PARTICLES) + " " + fam
    return g, fam, r.choice(first)


# ---- numbers ---------------------------------------------------------------------------------------------------------


def bsn(r):
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        last = s % 11
        if last < 10:
            return "".join(map(str, d + [last]))


def bsn_ok(s: str) -> bool:
    d = [int(x) for x in s if x.isdigit()]
    if len(d) != 9:
        return False
    return (sum(x * w for x, w in zip(d[:8], range(9, 1, -1))) - d[8]) % 11 == 0


def iban(r, spaced=True):
    bank = r.choice(["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"])
    acct = "".join(str(r.randint(0, 9)) for _ in range(10))
    num = "".join(str(int(ch, 36)) for ch in bank + acct + "NL00")
    chk = 98 - int(num) % 97
    s = f"NL{chk:02d}{bank}{acct}"
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4)) if spaced else s


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "").upper()
    t = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in t)) % 97 == 1
