"""Name, street and place pools for holdout21 (this set's own parts); the Person model and its written forms."""

from __future__ import annotations

import unicodedata

# origin: (male first names, female first names, surname heads, surname tails (male|female), particles)
O = {
    "dutch": (
        "Gerrit Hendrik Willem Bart Thijs Ruud Martijn Jeroen Wouter Maarten",
        "Anneke Marieke Geertje Ilse Femke Wilma Ingrid Marloes Esther Janneke",
        "Hoog Wester Olde Bremer Stolk Ruiter Hemel Vlot Dorre Gelder Hulst Zand Kloos Tromp Brem Ooster Vree Lodde",
        "man ink ing huis veld kamp horst beek hof ers link ink",
        "",
    ),
    "dutchp": (
        "Jan Kees Dirk Henk Arjen Sander Jurgen Teun",
        "Els Mieke Saskia Anouk Marjolein Petra Carla Nienke",
        "Hulst Velde Bremer Stolk Elsen Wijde Horn Brake Loo Hoeve Leuve Gaal",
        "veld kamp beek horst dijk wijk hout berg",
        "van|van der|van den|van de|de|ter|ten|te|van 't|in 't|op den|van het",
    ),
    "frisian": (
        "Sjoerd Wiebe Hidde Tjeerd Auke Folkert",
        "Tjitske Baukje Froukje Sjoukje Hiltsje Aukje",
        "Sjoer Hiem Wyt Tsjal Fok Jel Rints Doed Hylk Eelk Wier Atse",
        "stra sma inga ema ma enga werda",
        "",
    ),
    "limburg": (
        "Sjra Jeu Twan Harie Sjef Lei",
        "Mia Tinie Netje Sjaan Bets Mariet",
        "Vroem Pluym Steck Henn Groot Kessel Schrijn Vaess Ploum Leers",
        "ers en mans kens holt",
        "",
    ),
    "flemish": (
        "Jef Wout Pieter-Jan Koenraad Steven Bert",
        "Griet Lieselot Katrien Veerle Hilde Sofie",
        "Smed Ceul Moer Wyn Baet Goos Verh Meul Cuyp Laer",
        "aert eele ens ghem eyn ooghe",
        "De|Van|Vanden|Vande|Ver|D'",
    ),
    "moroccan": (
        "Youssef Bilal Hamza Said Rachid Mohamed Nordin Ilyas Anouar",
        "Fatima Khadija Naima Samira Houda Loubna Siham Rajae",
        "Amr Bakk Hadd Azz Moum Ouar Zer Kharb Bouch Tahr",
        "ouchi ani aoui ali ouali iri ane ach",
        "El|Ait|Ben|Bou",
    ),
    "turkish": (
        "Mehmet Emre Burak Oğuz Serkan Kemal Hüseyin Çağlar",
        "Ayşe Elif Zeynep Gülşen Derya Büşra Şeyma Özlem",
        "Yıl Kara Ak Öz Demir Çelik Kurt Şahin Gök Tek Bal Ars",
        "dız kaya soy türk oğlu er can han taş göz",
        "",
    ),
    "kurdish": (
        "Azad Rêber Baran Şêrko Diyar",
        "Rojda Berfin Dilan Hêvî Nazdar",
        "Ber Zan Rez Bar Şer Ciw Hes",
        "zani ewar anî ko dil bêr",
        "",
    ),
    "hindustani": (
        "Ravi Sunil Radjesh Anand Vikash",
        "Sunita Anjali Radha Shanti Kavita",
        "Ram Jag Bal Sew Mahab Chot Kanh",
        "esar ai dien lal sing kisoen oebir",
        "",
    ),
    "creole": (
        "Romano Errol Clifton Marlon Ricardo",
        "Jocelyn Gracia Sharona Denise Ingrid",
        "Mark Plet Lie Slag Pinas Breev Kas",
        "iet ter veld man ers ting mans",
        "",
    ),
    "javanese": (
        "Sukiman Soeparman Waldi Ponirin",
        "Sumiati Wati Ratna Sumirah",
        "Soe Kar Kro Djo Pawir Sar",
        "dirman towidjojo semito ikromo sodo min",
        "",
    ),
    "antillean": (
        "Jurensley Shurendy Giovanni Edsel Rignald",
        "Jurmeny Shurnella Giselle Sharella Rudaïsha",
        "Mart Ros Isen Cicil Jul Merc Anton",
        "ina aria ia iana ella elina",
        "",
    ),
    "moluccan": (
        "Johannes Semuel Ronny Octo Frits",
        "Femmy Mientje Welmina Dina Betsy",
        "Sahu Pattir Tahap Latu Huwa Leiwak Sopa",
        "ury ane essy hatu lette peilo",
        "",
    ),
    "indonesian": (
        "Agus Budi Dewa Eko Rizky",
        "Dewi Putri Ayu Intan Sari",
        "Wira Setia Harto Pur Suse Kusu",
        "wan budi no wati diharjo sumo",
        "",
    ),
    "chinese": (
        "Wei Jun Hao Ming Zhiyuan",
        "Xiaoling Yan Ling Hui Yuting",
        "",
        "",
        "LIST:Chen Zhang Lin Wong Lau Cheung Huang Zhou Yip Tsang Xu Guo",
    ),
    "vietnamese": (
        "Minh Quang Tuấn Huy Phúc",
        "Thảo Hương Ngọc Trang Linh",
        "",
        "",
        "LIST:Nguyễn Trần Phạm Hoàng Vũ Đặng Bùi Đỗ",
    ),
    "polish": (
        "Paweł Krzysztof Tomasz Łukasz Grzegorz",
        "Agnieszka Małgorzata Joanna Katarzyna Ewa",
        "Kowal Wiśniew Zając Grab Mazur Krawc Pietrz Sobcz Wróbl",
        "ski czyk ewski iak owski|ska czyk ewska iak owska",
        "",
    ),
    "romanian": (
        "Andrei Mihai Ionuț Cătălin Sorin",
        "Ioana Andreea Elena Mihaela Roxana",
        "Pop Dumitr Stan Ion Constantin Georg Radul Munt",
        "escu eanu ache oiu ică",
        "",
    ),
    "bulgarian": (
        "Stoyan Dimitar Georgi Plamen",
        "Desislava Tsvetelina Mariya Ralitsa",
        "Petr Dimitr Ivan Stoyan Hrist Todor",
        "ov ev ski|ova eva ska",
        "",
    ),
    "ukrainian": (
        "Oleksandr Andriy Taras Bohdan Dmytro",
        "Oksana Olena Iryna Nataliia Svitlana",
        "Kovalen Shevchen Tkachen Hrytsen Savchen Lysen Marchen",
        "ko",
        "",
    ),
    "lithuanian": (
        "Tomas Mantas Darius Vytautas",
        "Rūta Eglė Aistė Ieva",
        "Kazlausk Petrausk Jankausk Žukausk Butk Pauliuk",
        "as|ienė aitė",
        "",
    ),
    "czech": (
        "Jiří Petr Tomáš Ondřej",
        "Lucie Tereza Jana Kateřina",
        "Dvoř Novot Svob Kučer Hor Proch",
        "ák ný ek ka|áková ná ková ová",
        "",
    ),
    "bosnian": (
        "Emir Adnan Haris Mirza",
        "Amra Lejla Selma Aida",
        "Hodž Begov Hasan Mehmed Salk Mujk",
        "ić ović agić bašić",
        "",
    ),
    "albanian": (
        "Arben Besnik Driton Fatmir",
        "Blerta Drita Mimoza Vjosa",
        "Hox Krasn Gash Berish Shal Lek",
        "a iqi aj ani ëll",
        "",
    ),
    "greek": (
        "Nikos Giorgos Kostas Yannis",
        "Eleni Katerina Sofia Despina",
        "Papad Georgi Konstant Nikol Dimitri Vasil",
        "opoulos akis idis|opoulou aki idou",
        "",
    ),
    "italian": (
        "Giuseppe Matteo Lorenzo Davide",
        "Giulia Chiara Francesca Alessia",
        "Ross Bianc Ferr Espos Russ Gall Marin Lombard",
        "i ini etti ucci ello ano",
        "Di|De|Lo|Del",
    ),
    "spanish": (
        "Javier Alejandro Sergio Íñigo",
        "Lucía Marta Nuria Begoña",
        "Fern Rodrígu Gonzál Martín Sánch Ib",
        "ández ez ado era ino",
        "del|de la",
    ),
    "portuguese": (
        "João Gonçalo Tiago Rui",
        "Inês Beatriz Joana Leonor",
        "Ferr Carv Olive Perei Alm Tav",
        "eira alho ira ida ares",
        "dos|da|do",
    ),
    "brazilian": (
        "Thiago Rodrigo Leandro Caio",
        "Juliana Larissa Fernanda Thaís",
        "Ferr Carv Olive Perei Alm Bezerr",
        "eira alho ira ida ares",
        "dos|da",
    ),
    "capeverdean": (
        "Edmilson Nelson Adilson",
        "Zenaida Elisângela Marisa",
        "Lop Tavar Mont Semed Fort",
        "es eiro o ado",
        "da|dos",
    ),
    "syrian": (
        "Mahmoud Khaled Omar Firas Ayham",
        "Rasha Lina Hiba Raghad Bushra",
        "Khal Hamw Sabb Jabr Nass Qass Dar",
        "il ani ouh iyeh ar i",
        "Al-|Abu",
    ),
    "iraqi": (
        "Haider Mustafa Ammar Sajjad",
        "Zahraa Ruqaya Maryam Shahad",
        "Tami Rub Jan Obaid Sam Khaf",
        "mi ai abi awi aji",
        "Al-",
    ),
    "yemeni": (
        "Abdulrahman Fahd Waleed Nabil",
        "Amal Reem Afrah Samah",
        "Ahd Bahr Qah Hamd Sharj",
        "al ani an i abi",
        "Al-",
    ),
    "eritrean": (
        "Yonas Dawit Filmon Mehari Biniam",
        "Senait Selam Luwam Saron Freweini",
        "Tesf Habt Ghebr Wold Tekl Berh",
        "ay om emariam ezgi egiorgis ane",
        "",
    ),
    "ethiopian": (
        "Abebe Tesfaye Getachew",
        "Tigist Meseret Almaz",
        "Ab Gir Kebe Tad Bek Ale",
        "ebe ma de esse ele mu",
        "",
    ),
    "somali": (
        "Abdirahman Mohamud Liban Guled",
        "Hodan Ayaan Fadumo Ubah",
        "Warsa Abdi Hirs Ism Ahm Elm",
        "me rahman i ail ed",
        "",
    ),
    "afghan": (
        "Ahmad Farid Zabihullah Wahid",
        "Zarghuna Parwana Mursal Freshta",
        "Ahmadz Popal Karz Sult Haid Rahm",
        "ai ani i zada yar",
        "",
    ),
    "iranian": (
        "Dariush Kourosh Babak Arash",
        "Shirin Parisa Negar Mahsa",
        "Rez Hossein Kaz Tehr Shir Khosr",
        "ai i zadeh ani pour nejad",
        "",
    ),
    "ghanaian": ("Kwame Kofi Yaw Kwabena", "Akosua Ama Abena Efua", "Ow Bo Men Asa Ofo Adj", "usu ateng sah re ei", ""),
    "nigerian": (
        "Chinedu Emeka Oluwaseun Tunde",
        "Ngozi Adaeze Funmilayo Chioma",
        "Okon Adeb Olu Chukw Nwa Eze",
        "kwo ayo wole uemeka nkwo anya",
        "",
    ),
    "congolese": (
        "Patrice Jean-Paul Dieudonné Fiston",
        "Mireille Solange Grâce Nadège",
        "Mu Kab Tsh Ilung Kas Mbu",
        "kendi ila isekedi ongo yi",
        "",
    ),
    "tamil": (
        "Tharshan Kajan Niroshan",
        "Thivya Kavitha Sharmila",
        "Sivar Thav Kan Ravi Selv Param",
        "ajah arasa athasan chandran alingam",
        "",
    ),
    "pakistani": (
        "Imran Usman Faisal Zeeshan",
        "Ayesha Sana Hira Mehwish",
        "Chaudh Qur Mal Iqb Rash Butt",
        "ry eshi ik al id",
        "",
    ),
    "filipino": (
        "Rodel Jomar Arnel",
        "Maricel Rowena Jonalyn",
        "Reye Sant Bautis Villan Mendo Agu",
        "s os ta ueva za ilar",
        "Dela|dela|delos",
    ),
    "irish": (
        "Declan Ciarán Niall Rory",
        "Aoife Siobhán Niamh Orla",
        "Brenn Donn Carth Sull Gall Kean",
        "an elly y ivan agher e",
        "O'|Mc|Mac",
    ),
    "german": (
        "Jürgen Matthias Lukas Jörg",
        "Ute Birgit Annegret Sabine",
        "Schwarz Hoff Brück Kessl Weid Lind",
        "mann ner er inger hausen meier",
        "von|von der",
    ),
    "hungarian": (
        "Zoltán László Gábor",
        "Zsófia Katalin Erzsébet",
        "Horv Szab Kov Farkas Bal Mol",
        "áth ó ács ai ényi",
        "",
    ),
    "thai": (
        "Somchai Anan Chaiwat",
        "Ploy Nattaya Kanya",
        "Sriwong Chai Boon Kitti Suk",
        "sawat yaporn mee chai sakul",
        "",
    ),
    "korean": ("Minjun Seojun Jiwoo", "Seoyeon Jiyeon Hyejin", "", "", "LIST:Kim Park Choi Jung Kang"),
    "armenian": ("Armen Tigran Aram", "Anahit Lusine Nare", "Petros Hakob Grigor Sarg Vardan Mkrt", "yan ian", ""),
    "georgian": (
        "Giorgi Levan Davit",
        "Nino Tamar Mariam",
        "Berid Kapan Lomid Gelash Mchedl Kvarats",
        "adze idze vili ishvili elia",
        "",
    ),
    "russian": (
        "Sergei Dmitri Alexei",
        "Tatiana Natalia Yulia",
        "Smirn Volk Sokol Lebed Kozl Belous",
        "ov in ev|ova ina eva",
        "",
    ),
    "short": ("Bo Ed Ko", "Jo Ty Su", "", "", "LIST:Ng Li Ba Oz Ho"),
}
NEWCOMER = [
    "syrian",
    "eritrean",
    "afghan",
    "ukrainian",
    "yemeni",
    "iraqi",
    "somali",
    "iranian",
    "turkish",
    "georgian",
    "ethiopian",
    "kurdish",
    "congolese",
    "russian",
    "armenian",
]
ORIGINS = list(O)

# Cyrillic spellings of the Ukrainian parts (for messages in Ukrainian)
CYR = {
    "Oleksandr": "Олександр",
    "Andriy": "Андрій",
    "Taras": "Тарас",
    "Bohdan": "Богдан",
    "Dmytro": "Дмитро",
    "Oksana": "Оксана",
    "Olena": "Олена",
    "Iryna": "Ірина",
    "Nataliia": "Наталія",
    "Svitlana": "Світлана",
    "Kovalen": "Коваλен".replace("λ", "л"),
    "Shevchen": "Шевчен",
    "Tkachen": "Ткачен",
    "Hrytsen": "Гриценн"[:-1],
    "Savchen": "Савчен",
    "Lysen": "Лисен",
    "Marchen": "Марчен",
    "ko": "ко",
}

PARTICLE_WORDS = {"van", "de", "der", "den", "het", "'t", "ter", "te", "ten", "in", "op", "la", "le", "du"}


def fold(s: str) -> str:
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D").replace("ë", "e")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


VOW = set("aeiouyáéíóúàèìòùäëïöüâêîôûãõåæøıęąěůőűāēīōūǎǐǒǔəâ")


def _half(name: str, first: bool) -> str:
    low = name.lower()
    for i in range(1, len(low) - 1):
        if low[i - 1] in VOW and low[i] not in VOW and i >= 2:
            return name[:i] if first else name[i:]
    return name[:2] if first else name[2:]


class Person:
    """A person with first names, an optional particle and a surname; ``forms()`` gives written forms."""

    def __init__(self, r, origin=None, gender=None, surname=None, particle=None, compose=True):
        self.origin = origin or r.choice(ORIGINS)
        self.gender = gender or r.choice("mf")
        m, f, heads, tails, parts = O[self.origin]
        names = (m if self.gender == "m" else f).split()
        self.first = r.choice(names)
        if compose and len(names) > 2 and r.random() < 0.3:
            a, b = r.sample(names, 2)
            c = _half(a, True) + _half(b, False).lower()
            if 3 <= len(c) <= 11 and "-" not in c:
                self.first = c
        self.second = r.choice(names) if r.random() < 0.25 else None
        if self.second == self.first:
            self.second = None
        pl = [p for p in parts.split("|") if p and not p.startswith("LIST:")]
        self.head = self.tail = None
        if surname is not None:
            self.surname, self.particle = surname, particle or ""
        else:
            if parts.startswith("LIST:"):
                self.surname = r.choice(parts[5:].split())
            else:
                tl = tails.split("|")
                tail = r.choice((tl[1] if self.gender == "f" and len(tl) > 1 else tl[0]).split())
                self.head, self.tail = r.choice(heads.split()), tail
                self.surname = self.head + tail
            self.particle = r.choice(pl) if pl and r.random() < (0.95 if self.origin == "dutchp" else 0.4) else ""
            if self.particle.endswith("-") or self.particle.endswith("'") or self.particle in ("Mc", "Mac"):
                self.surname = self.particle + self.surname
                self.particle = ""
            if r.random() < 0.07:
                other = Person(r, gender=self.gender, compose=False)
                if not other.particle:
                    self.surname = self.surname + "-" + other.surname
                    self.head = None
        nick_base = _half(self.first, True)
        self.nick = nick_base + r.choice(["ie", "y", "tje", "o", "ke", "s"]) if len(nick_base) >= 2 else None

    # -- forms (each returns the written string; titles are outside) --
    def sur(self, cap=False) -> str:
        """The surname with its particle: lower-case particle after a first name, capitalised alone."""
        if not self.particle:
            return self.surname
        p = self.particle
        if cap and p[0].islower():
            p = p[0].upper() + p[1:]
        return f"{p} {self.surname}"

    def full(self) -> str:
        return f"{self.first} {self.sur()}"

    def full2(self) -> str:
        return f"{self.first} {self.second} {self.sur()}" if self.second else self.full()

    def initials(self, style=0) -> str:
        ins = [self.first[0]] + ([self.second[0]] if self.second else [])
        if "-" in self.first:
            ins = [self.first.split("-")[0][0], self.first.split("-")[1][0]]
        s = [".".join(ins) + ".", "".join(ins), ". ".join(ins) + ".", ".".join(ins)][style % 4]
        return f"{s} {self.sur()}"

    def paraph(self) -> str:
        p = "".join(w[0].lower() for w in self.particle.split()) if self.particle else ""
        return self.first[0].upper() + p + fold(self.surname.removeprefix("Al-").removeprefix("O'"))[0].upper()

    def cyr(self):
        """Cyrillic spelling (Ukrainian parts only) or None."""
        if self.origin == "ukrainian" and self.head in CYR and self.first in CYR and not self.particle:
            return CYR[self.first], CYR[self.head] + CYR[self.tail]
        return None

    def caps(self) -> str:
        return self.full().upper()

    def lower(self) -> str:
        return self.full().lower()

    def surfirst(self) -> tuple[str, str]:
        """``Surname, First`` as two items."""
        return self.sur(cap=True), self.first

    def email_local(self, r) -> str:
        f, s = (
            fold(self.first).lower().replace("-", ""),
            fold(self.surname).lower().replace(" ", "").replace("'", "").replace("-", ""),
        )
        pp = "".join(fold(w) for w in self.particle.split()).lower().replace("'", "")
        return r.choice(
            [
                f"{f}.{pp}{s}",
                f"{f[0]}.{pp}{s}",
                f"{f}{s}{r.randint(2, 99)}",
                f"{f}_{s}",
                f"{s}.{f}{r.randint(60, 99)}",
                f"{f}.{s}+post",
                f"{pp}{s}{f[0]}",
                f"{f}{r.randint(1960, 2008)}",
            ]
        )

    def work_email(self, domain) -> str:
        f, s = (
            fold(self.first).lower().replace("-", ""),
            fold(self.surname).lower().replace(" ", "").replace("'", "").replace("-", ""),
        )
        pp = "".join(fold(w) for w in self.particle.split()).lower().replace("'", "")
        return f"{f[0]}.{pp}{s}@{domain}"

    def words(self) -> set[str]:
        ws = set()
        for x in [self.first, self.second or "", self.surname, self.nick or ""]:
            for w in x.replace("-", " ").split():
                ws.add(w.lower())
        return ws


PROVIDERS = [
    "gmail.com",
    "hotmail.com",
    "outlook.com",
    "live.nl",
    "ziggo.nl",
    "kpnmail.nl",
    "xs4all.nl",
    "planet.nl",
    "icloud.com",
    "yahoo.com",
    "proton.me",
    "telfort.nl",
    "online.nl",
    "hetnet.nl",
    "gmx.de",
    "mail.ru",
    "ukr.net",
    "yandex.com",
    "outlook.be",
    "web.de",
]

# streets from this set's own parts: minerals, clouds and winds, old toys
ST_PRE = [
    "Agaat",
    "Kwarts",
    "Jaspis",
    "Onyx",
    "Beril",
    "Topaas",
    "Malachiet",
    "Obsidiaan",
    "Toermalijn",
    "Granaat",
    "Cirrus",
    "Cumulus",
    "Nimbus",
    "Stratus",
    "Passaat",
    "Moesson",
    "Sirocco",
    "Mistral",
    "Bora",
    "Zonnewende",
    "Knikker",
    "Hoepel",
    "Bikkel",
    "Priktol",
    "Tolspel",
    "Kiekendief",
    "Ganzenbord",
    "Dobbelsteen",
    "Diabolo",
    "Klikspaan",
    "Lazuur",
    "Amethist",
    "Smaragd",
    "Korund",
    "Spinel",
    "Zirkoon",
    "Pyriet",
    "Fluoriet",
    "Aragoniet",
    "Calciet",
    "Dolomiet",
    "Basalt",
    "Kiezel",
    "Passer",
    "Sextant",
    "Kompasroos",
]
ST_SUF = [
    "straat",
    "laan",
    "weg",
    "hof",
    "plein",
    "singel",
    "dreef",
    "pad",
    "erf",
    "hoeve",
    "park",
    "steeg",
    "baan",
    "wal",
    "dijk",
    "rade",
    "gaarde",
    "kade",
    "veld",
    "zoom",
]
TOWNS = [
    "Zwolle",
    "Deventer",
    "Amersfoort",
    "Leeuwarden",
    "Tilburg",
    "Arnhem",
    "Nijmegen",
    "Almere",
    "Haarlem",
    "Breda",
    "Enschede",
    "Apeldoorn",
    "Dordrecht",
    "Zaanstad",
    "Helmond",
    "Venlo",
    "Roermond",
    "Hoorn",
    "Assen",
    "Emmen",
    "Gouda",
    "Delft",
    "Leiden",
    "Schiedam",
    "Purmerend",
    "Hengelo",
    "Lelystad",
    "Alkmaar",
    "Oss",
    "Heerlen",
    "Sittard",
    "Vlissingen",
    "Middelburg",
    "Harderwijk",
    "Kampen",
    "Meppel",
    "Doetinchem",
    "Zutphen",
    "Tiel",
    "Veenendaal",
]
COURTS = [
    "Rechtbank Gelderland",
    "Rechtbank Overijssel",
    "Rechtbank Noord-Holland",
    "Rechtbank Midden-Nederland",
    "Rechtbank Oost-Brabant",
    "Rechtbank Zeeland-West-Brabant",
    "Rechtbank Limburg",
    "Rechtbank Noord-Nederland",
]
COUNTRIES = [
    "Syrië",
    "Eritrea",
    "Afghanistan",
    "Oekraïne",
    "Jemen",
    "Irak",
    "Somalië",
    "Iran",
    "Turkije",
    "Georgië",
    "Ethiopië",
    "Congo",
    "Soedan",
    "Armenië",
]
