"""Name, address and number material for fresh25c (newcomers, status holders and civic integration).

Most surnames and many first names are composed from origin-typical parts, so that they are on no common list.
"""

from __future__ import annotations

import unicodedata


def comp(r, a, b):
    return r.choice(a) + r.choice(b)


def simple(male, female, pre, suf, fmt=None):
    def make(r, g):
        given = r.choice(male if g == "m" else female)
        fam = comp(r, pre, suf)
        return {"given": given, "fam": fmt(r, fam) if fmt else fam}

    return make


# origin group -> (countries/places kept, male names, female names, surname maker)
def _al(r, fam):
    return "Al-" + fam


GROUPS: dict = {}


def group(key, places, langs, make, newcomer=False, style="plain"):
    GROUPS[key] = {"places": places, "langs": langs, "make": make, "newcomer": newcomer, "style": style}


group(
    "nederlands",
    ["Zwolle"],
    [],
    simple(
        ["Maarten", "Wouter", "Jeroen", "Gijsbert", "Ruud", "Bart", "Thijmen", "Koen"],
        ["Marloes", "Ilse", "Femke", "Annelies", "Wendelien", "Lieke", "Ingeborg", "Mirjam"],
        ["Ver", "Ter", "Hoog", "Nieu", "Wester", "Ooster", "Bleek", "Hols", "Rens", "Diep"],
        ["hoeven", "steeg", "kamp", "land", "broek", "werf", "mans", "ink", "horst", "kate"],
    ),
)
group(
    "nederlands-tussenvoegsel",
    ["Amersfoort"],
    [],
    simple(
        ["Pieter-Jan", "Gerrit", "Hendrik", "Joost", "Sybren", "Arnoud"],
        ["Geertje", "Hester", "Jacoba", "Maaike", "Roosmarijn", "Tineke"],
        ["van der ", "van den ", "de ", "ter ", "van ", "van de ", "den "],
        [
            "Hulsbeek",
            "Wielink",
            "Sluiter",
            "Lindeboom",
            "Molendijk",
            "Gaalman",
            "Zandbergen",
            "Lugtmeijer",
            "Wetering",
            "Kolkman",
            "Brugman",
            "Ploegstra",
        ],
    ),
)
group(
    "fries",
    ["Leeuwarden"],
    [],
    simple(
        ["Sjoerd", "Wiebe", "Hylke", "Oane", "Tsjalling", "Jelmer"],
        ["Tjitske", "Janke", "Froukje", "Sytske", "Baukje", "Wytske"],
        ["Wijn", "Sied", "Tjal", "Ype", "Hette", "Oeb", "Douw", "Rinz", "Jell", "Fok"],
        ["stra", "sma", "inga", "ema", "enga"],
    ),
)
group(
    "marokkaans",
    ["Nador", "Al Hoceima"],
    ["Tarifit", "Arabisch"],
    simple(
        ["Mohammed", "Youssef", "Nordin", "Soufiane", "Bilal", "Hamza"],
        ["Khadija", "Latifa", "Ilham", "Siham", "Nadia", "Ikram"],
        ["Amr", "Ouar", "Bouz", "Kharb", "Mrab", "Azd", "Hamm", "Tahir"],
        ["ani", "iachi", "outi", "aoui", "ati", "ouchi"],
        lambda r, f: r.choice(["El ", "Ben ", "Bou"]) + f,
    ),
)
group(
    "turks",
    ["Kayseri", "Konya"],
    ["Turks"],
    simple(
        ["Emre", "Burak", "Kaan", "Hakan", "Oğuz", "Serkan"],
        ["Elif", "Zeynep", "Sevgi", "Dilek", "Özlem", "Gülsen"],
        ["Kara", "Ak", "Yıl", "Öz", "Demir", "Tat", "Çelik", "Gül", "Koç", "Sarı"],
        ["dağ", "soy", "maz", "türk", "taş", "han", "oğlu", "kurt"],
    ),
)
group(
    "surinaams-hindoestaans",
    ["Paramaribo", "Nickerie"],
    ["Sarnami"],
    simple(
        ["Radjesh", "Anil", "Ravish", "Sunil", "Dinesh", "Kishan"],
        ["Sharmila", "Nirmala", "Kiran", "Reshma", "Anjali", "Sunita"],
        ["Ram", "Jan", "Sit", "Mahab", "Ganga", "Bis", "Kal", "Per"],
        ["dhari", "sing", "al", "ier", "pal", "oe", "saad", "bali"],
    ),
)
group(
    "surinaams-creools",
    ["Paramaribo", "Moengo"],
    ["Sranantongo"],
    simple(
        ["Errol", "Ricardo", "Iwan", "Romeo", "Glenn", "Orlando"],
        ["Marcia", "Gracia", "Roxanne", "Ingrid", "Wilma", "Jolanda"],
        ["Lie", "Fer", "Pin", "Wij", "Bruin", "Gold", "Soe", "Ama"],
        ["wert", "ning", "ngaarde", "ds", "kam", "zaal", "ldink", "mes"],
    ),
)
group(
    "antilliaans",
    ["Willemstad", "Kralendijk"],
    ["Papiaments"],
    simple(
        ["Shurendy", "Rignald", "Jearmy", "Ruthsel", "Gilbert", "Jurick"],
        ["Diomaris", "Giselle", "Sharlene", "Jeanine", "Rudmila", "Yaniska"],
        ["Mart", "Isen", "Cor", "Ros", "Fran", "Ansel", "Mer", "Cijn"],
        ["ina", "ia", "sal", "aria", "cisca", "tje", "ijn", "ida"],
    ),
)
group(
    "pools",
    ["Lublin", "Poznań"],
    ["Pools"],
    simple(
        ["Krzysztof", "Paweł", "Tomasz", "Grzegorz", "Mariusz", "Dariusz"],
        ["Agnieszka", "Małgorzata", "Beata", "Jolanta", "Bożena", "Renata"],
        ["Kowal", "Wiśniew", "Zieliń", "Dąbr", "Lewan", "Grab", "Wójc", "Szczep"],
        ["czyk", "iak", "ewicz", "owiak", "aniec"],
    ),
)
group(
    "syrisch",
    ["Syrië", "Aleppo", "Homs", "Idlib"],
    ["Arabisch"],
    simple(
        ["Rami", "Ghaith", "Tarek", "Omar", "Mohamad", "Muhammad", "Bashar", "Majd"],
        ["Rasha", "Lubna", "Hiba", "Nour", "Razan", "Alaa", "Ruba"],
        ["Hadd", "Khat", "Masr", "Jab", "Shar", "Hall", "Kass", "Hamw"],
        ["ad", "ib", "i", "ri", "abi", "ab", "awi", "ouf"],
        _al,
    ),
    newcomer=True,
)
group(
    "eritrees",
    ["Eritrea", "Asmara", "Keren", "Mendefera"],
    ["Tigrinya", "Tigre"],
    None,
    newcomer=True,
    style="patronym",
)
group("ethiopisch", ["Ethiopië", "Gondar", "Mekelle"], ["Amhaars", "Tigrinya"], None, newcomer=True, style="patronym")
group("somalisch", ["Somalië", "Mogadishu", "Kismayo"], ["Somalisch"], None, newcomer=True, style="patronym")
group(
    "afghaans",
    ["Afghanistan", "Herat", "Kunduz", "Mazar-e-Sharif"],
    ["Dari", "Pashto"],
    simple(
        ["Farid", "Habib", "Nasir", "Wahid", "Sohrab", "Mirwais", "Ahmad"],
        ["Mursal", "Zarmina", "Shabnam", "Freshta", "Marzia", "Nilofar"],
        ["Ahmad", "Noor", "Sult", "Rahim", "Saf", "Haid", "Stan", "Popal"],
        ["zai", "khel", "yar", "ani", "wal", "zada"],
    ),
    newcomer=True,
)
group(
    "iraaks",
    ["Irak", "Mosul", "Basra"],
    ["Arabisch"],
    simple(
        ["Haider", "Mustafa", "Hussein", "Ammar", "Karrar"],
        ["Zainab", "Israa", "Duaa", "Shaymaa", "Marwa"],
        ["Obaid", "Jabb", "Saad", "Rub", "Tamim", "Zub"],
        ["i", "ouri", "awi", "aie", "idi"],
        _al,
    ),
    newcomer=True,
)
group(
    "iraans",
    ["Iran", "Shiraz", "Tabriz"],
    ["Farsi"],
    simple(
        ["Arash", "Behzad", "Kaveh", "Siamak", "Payam"],
        ["Parisa", "Shirin", "Mahsa", "Golnaz", "Roya"],
        ["Tehr", "Rezai", "Karim", "Hoss", "Sadegh", "Bahr", "Nour"],
        ["ani", "pour", "nejad", "zadeh", "far", "ian"],
    ),
    newcomer=True,
)
group(
    "oekraiens",
    ["Oekraïne", "Kharkiv", "Mariupol", "Zaporizja", "Dnipro"],
    ["Oekraïens", "Russisch"],
    None,
    newcomer=True,
    style="ukr",
)
group("chinees", ["Wenzhou", "Qingtian"], ["Mandarijn"], None, style="cn")
group("vietnamees", ["Vietnam"], ["Vietnamees"], None, style="vn")
group(
    "moluks-indonesisch",
    ["Ambon", "Saparua"],
    ["Maleis"],
    simple(
        ["Johny", "Frans", "Semmy", "Rudy", "Otniel"],
        ["Dewi", "Nona", "Yolanda", "Metty", "Ria"],
        ["Latu", "Mana", "Pattin", "Sopa", "Tahap", "Risa", "Wattim", "Souh"],
        ["heru", "suri", "ama", "cua", "ary", "mena", "ena", "ely"],
    ),
)
group(
    "ghanees",
    ["Kumasi", "Accra"],
    ["Twi"],
    simple(
        ["Kwame", "Kofi", "Yaw", "Kwabena", "Kwadwo"],
        ["Akosua", "Efua", "Abena", "Adwoa", "Afua"],
        ["Men", "Osei", "Asa", "Ofo", "Appi", "Owu", "Amo"],
        ["sah", "nte", "ateng", "ri", "ah", "su", "ako"],
    ),
)
group(
    "nigeriaans",
    ["Lagos", "Enugu"],
    ["Igbo", "Yoruba"],
    simple(
        ["Chinedu", "Adebayo", "Emeka", "Oluwaseun", "Ikenna"],
        ["Ngozi", "Funmilayo", "Chiamaka", "Adaeze", "Yetunde"],
        ["Okon", "Ade", "Olu", "Nwo", "Eze", "Obi"],
        ["kwo", "yemi", "wole", "su", "anya", "kafor"],
    ),
)
group(
    "kaapverdiaans",
    ["Praia", "Mindelo"],
    ["Kriolu"],
    simple(
        ["Adilson", "Nelito", "Edson", "Djaniro"],
        ["Edna", "Djenifer", "Ivanilda", "Nelsa"],
        ["Sem", "Tav", "Furt", "Mont", "Fid", "Brit"],
        ["edo", "ares", "ado", "eiro", "algo"],
    ),
)
group(
    "bulgaars",
    ["Plovdiv", "Varna"],
    ["Bulgaars"],
    simple(
        ["Dimitar", "Ivaylo", "Petar", "Stoyan", "Kaloyan"],
        ["Yordanka", "Svetla", "Desislava", "Tsvetelina", "Rumyana"],
        ["Petk", "Dimitr", "Stoy", "Georgi", "Todor", "Vulk", "Hrist"],
        ["anov", "ichev", "alov", "ev", "inski"],
    ),
)
group(
    "roemeens",
    ["Iași", "Cluj"],
    ["Roemeens"],
    simple(
        ["Ionuț", "Mihai", "Florin", "Cătălin", "Sorin"],
        ["Andreea", "Roxana", "Ioana", "Mădălina", "Corina"],
        ["Pop", "Dumitr", "Ion", "Stan", "Marin", "Vlad", "Bălt"],
        ["escu", "ache", "eanu", "oiu", "ariu"],
    ),
)
group(
    "soedanees",
    ["Soedan", "Darfur", "Khartoum"],
    ["Arabisch", "Fur"],
    simple(
        ["Abubakar", "Osman", "Elnur", "Mujahid", "Altayeb"],
        ["Mawahib", "Hawa", "Amna", "Sumaya", "Ikhlas"],
        ["Osm", "Ibra", "Ahm", "Abd", "Elam", "Yag"],
        ["anein", "heem", "edain", "elrahim", "oub", "in"],
    ),
    newcomer=True,
)
group(
    "congolees",
    ["Kinshasa", "Goma"],
    ["Lingala", "Swahili"],
    simple(
        ["Didier", "Jean-Claude", "Patrice", "Blaise", "Fiston"],
        ["Mireille", "Patience", "Grâce", "Solange", "Nsimba"],
        ["Mbu", "Kaba", "Lumu", "Tshi", "Kalo", "Ngo", "Mwa"],
        ["yi", "mba", "ngu", "sekedi", "ji", "mbo", "nza"],
    ),
    newcomer=True,
)
group(
    "koerdisch",
    ["Koerdistan", "Duhok", "Qamishli"],
    ["Koerdisch", "Kurmanji"],
    simple(
        ["Azad", "Serhat", "Rizgar", "Dilshad", "Shvan"],
        ["Rojda", "Dilan", "Berivan", "Helin", "Nazdar"],
        ["Bar", "Zana", "Kur", "Ara", "Roj", "Shex", "Mir"],
        ["zani", "yi", "do", "avan", "hat", "ani"],
    ),
    newcomer=True,
)
group(
    "jemenitisch",
    ["Jemen", "Taiz"],
    ["Arabisch"],
    simple(
        ["Ammar", "Fuad", "Nabil", "Waleed"],
        ["Noura", "Abeer", "Arwa", "Ghada"],
        ["Saq", "Mikh", "Ans", "Dhub", "Yaf"],
        ["qaf", "lafi", "i", "hani", "ei"],
        _al,
    ),
    newcomer=True,
)
group(
    "indiaas",
    ["Bangalore", "Chennai"],
    ["Tamil", "Hindi"],
    simple(
        ["Sandeep", "Venkat", "Arjun", "Prakash", "Rohit"],
        ["Priyanka", "Lakshmi", "Deepa", "Kavitha", "Swathi"],
        ["Raghu", "Krishna", "Subra", "Venka", "Sriniv", "Bala"],
        ["nathan", "murthy", "manian", "tesh", "asan", "chandran"],
    ),
)
group(
    "pakistaans",
    ["Lahore", "Sialkot"],
    ["Urdu"],
    simple(
        ["Imran", "Faisal", "Usman", "Zeeshan", "Kashif"],
        ["Saima", "Ayesha", "Rabia", "Sana", "Nabeela"],
        ["Qure", "Chaud", "Mirz", "Hash", "Abba", "Rizv"],
        ["shi", "hry", "ami", "si", "nvi"],
    ),
)
group(
    "duits",
    ["Münster", "Kleve"],
    ["Duits"],
    simple(
        ["Jürgen", "Matthias", "Dieter", "Uwe", "Torsten"],
        ["Heike", "Sabine", "Gudrun", "Birgit", "Anke"],
        ["Schwarz", "Hoff", "Kessel", "Winkel", "Brand", "Lehm"],
        ["kopf", "ring", "meier", "stätter", "huber", "bach"],
    ),
)
group(
    "braziliaans",
    ["Recife", "Belo Horizonte"],
    ["Portugees"],
    simple(
        ["Rodrigo", "Thiago", "Leandro", "Wellington"],
        ["Thaís", "Luana", "Jaqueline", "Gleice"],
        ["Carv", "Figu", "Ribe", "Alm", "Gouv", "Mour"],
        ["alho", "eira", "iro", "eida", "eia", "ão"],
    ),
)
group(
    "filipijns",
    ["Cebu", "Davao"],
    ["Tagalog"],
    simple(
        ["Jerome", "Reynaldo", "Arnel", "Rommel"],
        ["Maricel", "Lorelyn", "Jocelyn", "Rowena"],
        ["Mag", "Bal", "Dim", "Pan", "Ma"],
        ["saysay", "agtas", "aculangan", "ganiban", "lonzo"],
    ),
)

ERI = {
    "m": ["Yonas", "Filmon", "Merhawi", "Bereket", "Robel", "Awet", "Temesgen", "Natnael"],
    "f": ["Semhar", "Luwam", "Senait", "Winta", "Ruta", "Saba", "Yordanos", "Eden"],
    "pre": ["Gebre", "Tesfa", "Habte", "Wolde", "Kidane", "Berhe", "Tekle", "Ghebre", "Zere", "Mehari"],
    "suf": ["medhin", "mariam", "michael", "selassie", "giorgis", "yohannes", "ab", "kiros", "tsion", "negus"],
}
ETH = {
    "m": ["Dawit", "Yared", "Abebe", "Tewodros", "Mesfin", "Henok"],
    "f": ["Tigist", "Meron", "Hirut", "Selamawit", "Mekdes", "Bizunesh"],
    "pre": ["Ale", "Tade", "Geta", "Wor", "Asfa", "Bek", "Deme", "Ayal", "Tafe", "Gir"],
    "suf": ["mu", "sse", "chew", "ku", "w", "ele", "ke", "ew", "ma", "mamu"],
}
SOM = {
    "m": ["Abdirahman", "Mahad", "Guled", "Liban", "Abshir", "Bashiir"],
    "f": ["Hodan", "Ayaan", "Faadumo", "Idil", "Sahra", "Ubah", "Hibaaq"],
    "pre": ["Abdi", "Farax", "Warsa", "Jaa", "Maxa", "Cabdi", "Ismaa", "Nuu", "Xirsi", "Dhu"],
    "suf": ["rahman", "me", "mac", "med", "qaadir", "llahi", "ciil", "r", "gow", "lqarnayn"],
}
PATRO = {"eritrees": ERI, "ethiopisch": ETH, "somalisch": SOM}

UKR = {
    "m": ["Mykola", "Taras", "Bohdan", "Andrii", "Oleksandr", "Yaroslav", "Dmytro"],
    "f": ["Oksana", "Olena", "Iryna", "Yuliia", "Nataliia", "Halyna", "Svitlana"],
    "fathers": {
        "Petro": ("Petrovych", "Petrivna"),
        "Ivan": ("Ivanovych", "Ivanivna"),
        "Serhii": ("Serhiiovych", "Serhiivna"),
        "Vasyl": ("Vasylovych", "Vasylivna"),
        "Oleh": ("Olehovych", "Olehivna"),
        "Mykola": ("Mykolaiovych", "Mykolaivna"),
        "Yurii": ("Yuriiovych", "Yuriivna"),
        "Hryhorii": ("Hryhoriiovych", "Hryhorivna"),
    },
    "pre": ["Kovalen", "Bondar", "Tkach", "Melnych", "Kravch", "Lysen", "Hrytsen", "Moroz", "Savch", "Ostap"],
    "suf": ["ko", "uk", "enko", "chuk", "yshyn"],
}
CN = {
    "fam": ["Zhou", "Huang", "Chen", "Lin", "Xu", "Zheng", "Pan", "Ye"],
    "syl": ["Xiu", "Jun", "Mei", "Hao", "Lan", "Zhi", "Ying", "Jia", "Rui", "Qing", "Yu", "Fang"],
}
VN = {
    "fam": ["Nguyen", "Tran", "Pham", "Vu", "Dang", "Bui", "Hoang", "Duong"],
    "mid": {"m": ["Duc", "Minh", "Quoc", "Huu"], "f": ["Thi", "Ngoc", "Thu", "Kim"]},
    "giv": {"m": ["Tuan", "Quang", "Khoa", "Hieu", "Phong"], "f": ["Lan", "Hoa", "Linh", "Trang", "Huong"]},
}


def ascii(s: str) -> str:
    s = s.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("ș", "s").replace("ț", "t")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def make_person(r, key, g=None):
    """A person dict: given, fam (family name as used after the given name), call (what officials say after
    'mevrouw'), plus extra forms for some styles."""
    g = g or r.choice("mf")
    grp = GROUPS[key]
    st = grp["style"]
    p = {"group": key, "g": g}
    if st == "plain":
        p.update(grp["make"](r, g))
        if key == "pools" and g == "f" and p["fam"].endswith("ski"):
            p["fam"] = p["fam"][:-1] + "a"
    elif st == "patronym":
        t = PATRO[key]
        father = comp(r, t["pre"], t["suf"])
        grand = comp(r, t["pre"], t["suf"])
        while grand == father:
            grand = comp(r, t["pre"], t["suf"])
        p.update(given=r.choice(t[g]), fam=f"{father} {grand}", father=father, grand=grand)
    elif st == "ukr":
        fa = r.choice(list(UKR["fathers"]))
        p.update(
            given=r.choice(UKR[g]),
            fam=comp(r, UKR["pre"], UKR["suf"]),
            patro=UKR["fathers"][fa][0 if g == "m" else 1],
            father_given=fa,
        )
    elif st == "cn":
        a, b = r.sample(CN["syl"], 2)
        p.update(given=a + b.lower(), fam=r.choice(CN["fam"]), surname_first=True)
    elif st == "vn":
        p.update(
            given=r.choice(VN["mid"][g]) + " " + r.choice(VN["giv"][g]), fam=r.choice(VN["fam"]), surname_first=True
        )
    p["call"] = p.get("grand") or p["fam"]
    return p


def child_of(r, parent, g=None):
    """A child sharing the family name (for patronymic groups: the parent's given name and father's name)."""
    g = g or r.choice("mf")
    key = parent["group"]
    st = GROUPS[key]["style"]
    c = make_person(r, key, g)
    if st == "patronym":
        c.update(fam=f"{parent['given']} {parent['father']}", father=parent["given"], grand=parent["father"])
        c["call"] = c["grand"]
    elif st == "ukr":
        c["fam"] = parent["fam"]
        if parent["g"] == "m" and parent["given"] in UKR["fathers"]:
            c["patro"] = UKR["fathers"][parent["given"]][0 if g == "m" else 1]
    else:
        c["fam"] = parent["fam"]
        c["call"] = parent["call"]
    return c


STREET_A = [
    "Kastanje",
    "Linden",
    "Merel",
    "Zwaluw",
    "Bongerd",
    "Molen",
    "Schutters",
    "Boekweit",
    "Heide",
    "Vlier",
    "Berken",
    "Hazel",
    "Klaver",
    "Gerst",
    "Leeuwerik",
    "Meidoorn",
    "Wilgen",
    "Rogge",
    "Koekoek",
    "Eikel",
]
STREET_B = ["laan", "straat", "hof", "weg", "plein", "erf", "gaarde", "singel", "dreef", "kamp", "pad", "akker"]


def street(r):
    return r.choice(STREET_A) + r.choice(STREET_B)


def housenr(r):
    n = r.randint(1, 212)
    return r.choice([str(n), str(n), f"{n}{r.choice('abc')}", f"{n}-{r.randint(1, 4)}", f"{n} {r.choice('ABC')}"])


def postcode(r, space=True):
    while True:
        letters = r.choice("BCDEGHJKLMNPRTVWXZ") + r.choice("ABCDEGHJKLMNPRTVWXZ")
        if letters not in ("SA", "SD", "SS"):
            break
    num = r.randint(1011, 9999)
    return f"{num} {letters}" if space else f"{num}{letters}"


def bsn(r):
    while True:
        d = [r.randint(0, 9) for _ in range(8)]
        if d[0] == 0:
            continue
        s = sum(x * w for x, w in zip(d, range(9, 1, -1), strict=False))
        last = s % 11
        if last < 10:
            return "".join(map(str, d)) + str(last)


def bsn_ok(s: str) -> bool:
    s = "".join(c for c in s if c.isdigit())
    if len(s) != 9:
        return False
    d = list(map(int, s))
    return (sum(x * w for x, w in zip(d[:8], range(9, 1, -1), strict=False)) - d[8]) % 11 == 0


def iban(r, spaced=True):
    bank = r.choice(["ASNB", "RABO", "INGB", "ABNA", "SNSB", "TRIO", "BUNQ", "KNAB", "RBRB"])
    acct = "".join(str(r.randint(0, 9)) for _ in range(10))
    conv = "".join(str(int(c, 36)) for c in bank + acct + "NL00")
    chk = 98 - int(conv) % 97
    s = f"NL{chk:02d}{bank}{acct}"
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4)) if spaced else s


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "").upper()
    t = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in t)) % 97 == 1


CONS = "BDFGHJKLNPRSTVXZ"


def plate(r):
    L = lambda n: "".join(r.choice(CONS) for _ in range(n))
    D = lambda n: "".join(str(r.randint(1 if i == 0 else 0, 9)) for i in range(n))
    f = r.randrange(6)
    if f == 0:
        return f"{L(2)}-{D(3)}-{L(1)}"
    if f == 1:
        return f"{L(1)}-{D(3)}-{L(2)}"
    if f == 2:
        return f"{D(2)}-{L(3)}-{D(1)}"
    if f == 3:
        return f"{D(1)}-{L(3)}-{D(2)}"
    if f == 4:
        return f"{L(2)}-{D(2)}-{L(2)}"
    ua = r.choice(["AA", "AX", "KA", "AE", "BI", "AP", "KH"])
    return f"{ua} {D(4)} {r.choice('ABCEHIKMOPTX')}{r.choice('ABCEHIKMOPTX')}"


def phone(r):
    f = r.randrange(6)
    d = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
    if f == 0:
        return f"06-{r.randint(1, 6)}{d(7)}"
    if f == 1:
        return f"+31 6 {r.randint(1, 6)}{d(7)}"
    if f == 2:
        return f"06 {r.randint(1, 6)}{d(1)} {d(2)} {d(2)} {d(2)}"
    if f == 3:
        return f"+380 {r.choice(['50', '63', '67', '68', '93', '97'])} {d(3)} {d(2)} {d(2)}"
    if f == 4:
        return f"0{r.choice(['570', '345', '544', '413', '488', '317'])}-{r.randint(2, 8)}{d(5)}"
    return f"(06) {r.randint(1, 6)}{d(3)} {d(4)}"


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
MON3 = ["JAN", "FEB", "MRT", "APR", "MEI", "JUN", "JUL", "AUG", "SEP", "OKT", "NOV", "DEC"]


def dob(r, child=False):
    y = r.randint(2009, 2022) if child else r.randint(1958, 2003)
    m, dd = r.randint(1, 12), r.randint(1, 28)
    if not child and r.random() < 0.12:
        m, dd = 1, 1  # the 1 January registration date common in Afghan and Eritrean papers
    f = r.randrange(8)
    if f == 0:
        return f"{dd:02d}-{m:02d}-{y}"
    if f == 1:
        return f"{dd} {MONTHS[m - 1]} {y}"
    if f == 2:
        return f"{dd:02d} {MON3[m - 1]} {y}"
    if f == 3:
        return f"{y}-{m:02d}-{dd:02d}"
    if f == 4:
        return f"{dd:02d}.{m:02d}.{y}"
    if f == 5:
        return f"{dd}/{m}/{y}"
    if f == 6:
        return f"{dd} {MONTHS[m - 1][:3]}. {y}"
    return f"{dd}-{m}-{y}"


def vnum(r):
    return str(r.randint(2, 3)) + "".join(str(r.randint(0, 9)) for _ in range(9))


def casenr(r, kind):
    d = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
    y = r.choice(["25", "26"])
    return {
        "hvs": f"HVS-{y}-{d(4)}",
        "pip": f"PIP/20{y}/{d(4)}",
        "zaak": f"Z-20{y}-{d(6)}",
        "gh": f"GH{y}.{d(5)}",
        "onw": f"ONW-{d(3)}-{y}",
        "opv": f"OPV/UA/{d(4)}",
        "mld": f"MLD.20{y}.{d(4)}",
        "bud": f"BUD-{y}{d(3)}",
        "coa": f"COA {d(7)}",
        "vwn": f"VWN-{d(2)}-{d(5)}",
    }[kind]
