"""Name material for fresh27d: origin groups present in the Dutch population, with first names and surnames mostly
composed from origin-typical parts (so that they are on no common list). Standard library only."""

from __future__ import annotations

import unicodedata

# key: f / m first names (some lists composed from fp+fs / mp+ms), surname parts pre+suf, optional prefixes
# ("pfx", written capitalised, part of the name) or Dutch particles ("part", lower case after a first name).
GROUPS: dict[str, dict] = {
    "dutch": dict(
        f=["Anke", "Marieke", "Wendelien", "Geertje", "Floortje", "Jolien", "Hennie", "Dieuwertje"],
        m=["Gerrit", "Bastiaan", "Joost", "Wouter", "Reinier", "Teun", "Hendrikus", "Maarten"],
        pre=["Hooge", "Wester", "Kolder", "Ravens", "Dussel", "Vlier", "Hazen", "Gerrit", "Mennink"],
        suf=["kamp", "horst", "beek", "man", "ink", "werf", "dorp", "broek", "loo"],
    ),
    "dutch_particle": dict(
        f=["Maaike", "Ingeborg", "Lotte", "Wilhelmina", "Femke", "Carlijn"],
        m=["Cornelis", "Rutger", "Diederik", "Thijs", "Egbert", "Sjaak"],
        pre=["Meul", "Hey", "Ruy", "Bree", "Kolk", "Sant", "Wey", "Gaas", "Hoog"],
        suf=["enbelt", "kampe", "velde", "horst", "brugge", "weide", "stede", "wetering", "hulst"],
        part=["van der", "van de", "van den", "de", "ten", "ter", "te", "van 't", "in 't", "op den", "van"],
    ),
    "frisian": dict(
        f=["Sjoukje", "Tsjitske", "Wytske", "Hiltsje", "Baukje", "Janke"],
        m=["Sjoerd", "Wybren", "Tsjalling", "Hylke", "Oebele", "Jelmer"],
        pre=["Hylk", "Wyb", "Tsjall", "Jell", "Oebel", "Douw", "Feik", "Hiddem", "Sikk"],
        suf=["ema", "stra", "inga", "sma", "enga", "ma"],
    ),
    "flemish": dict(
        f=["Lieve", "Griet", "Hanne", "Katrien"],
        m=["Wannes", "Joris", "Lieven", "Koen"],
        pre=["Verhae", "Van Ooste", "Decl", "Vanbe", "Claey", "Goosse"],
        suf=["ghe", "rcke", "ercq", "sens", "lde"],
    ),
    "german": dict(
        f=["Ulrike", "Sabine", "Hannelore"],
        m=["Jürgen", "Dieter", "Matthias"],
        pre=["Schwarz", "Ober", "Hinter", "Kessel", "Brau", "Lindt"],
        suf=["meier", "huber", "inger", "bacher", "hofer"],
    ),
    "moroccan": dict(
        f=["Khadija", "Samira", "Ikram", "Siham", "Hafsa", "Nisrine"],
        m=["Youssef", "Abdelilah", "Rachid", "Hamza", "Bilal", "Mourad"],
        pre=["Hamd", "Bouk", "Azz", "Ouahr", "Kharb", "Mess", "Tahr", "Bouzi"],
        suf=["aoui", "ouchi", "ani", "ari", "idi", "ouli"],
        pfx=["El ", "Ben ", "", ""],
    ),
    "amazigh": dict(
        f=["Tiziri", "Dounia", "Lamyae", "Thamza"],
        m=["Massinissa", "Idir", "Mimoun", "Aksil"],
        pre=["Ou", "Amr", "Bouj", "Azou", "Ichr", "Amgh"],
        suf=["hadou", "abbou", "ouch", "dad", "arrouch", "amane"],
        pfx=["Ait ", "", ""],
    ),
    "turkish": dict(
        f=["Ayşe", "Elif", "Merve"],
        m=["Mehmet", "Murat", "Kadir", "Serkan"],
        fp=["Gül", "Ay", "Nur", "Sev", "Dil"],
        fs=["ten", "sel", "han", "cihan", "şen"],
        mp=["Er", "Öz", "Cem", "Tol"],
        ms=["can", "han", "kan", "gün"],
        pre=["Kara", "Ak", "Yıl", "Demir", "Öz", "Tekin", "Çelik", "Güneş", "Kuş"],
        suf=["oğlu", "kaya", "taş", "dağ", "soy", "türk", "er", "ören"],
    ),
    "kurdish": dict(
        f=["Rojda", "Berivan", "Zelal", "Nazdar"],
        m=["Rezan", "Baran", "Dilovan", "Azad"],
        pre=["Bar", "Zin", "Dil", "Ser", "Hew", "Roj"],
        suf=["zani", "dar", "hat", "ani", "kar"],
    ),
    "hindustani": dict(
        f=["Sharmila", "Reshma", "Kavita", "Nirmala"],
        m=["Rajesh", "Soerindre", "Ashwin", "Dinesh"],
        pre=["Ram", "Soek", "Bhoe", "Gir", "Mah", "Jagr", "Debi"],
        suf=["lall", "dew", "nath", "sing", "barath", "oe"],
    ),
    "creole": dict(
        f=["Marisca", "Ilonka", "Romaine", "Jurmela"],
        m=["Errol", "Gerold", "Iwan", "Marlon"],
        pre=["Doel", "Wijn", "Fre", "Mor", "Zaal", "Heu", "Brons"],
        suf=["wijt", "gaarde", "den", "veld", "lst", "berg"],
    ),
    "javanese": dict(
        f=["Soeminah", "Dewi", "Ratna", "Wartini"],
        m=["Sardjo", "Wagino", "Joko", "Soeparman"],
        pre=["Karto", "Sas", "Pawiro", "Mangoen", "Sastro", "Wongso"],
        suf=["redjo", "mito", "dikromo", "sarno", "wijoso", "sentono"],
    ),
    "antillean": dict(
        f=["Sherelyne", "Gisela", "Xiomara", "Curlienne"],
        m=["Shurandy", "Rignald", "Jurick", "Roderick"],
        pre=["Isen", "Mart", "Cijn", "Ros", "Jan", "Stat", "Winkl"],
        suf=["ia", "ina", "tje", "aria", "ga", "aar"],
    ),
    "aruban": dict(
        f=["Yanely", "Ruthmila", "Jeanaly"],
        m=["Eldrick", "Ruendell", "Giandro"],
        pre=["Werle", "Geer", "Lac", "Her", "Fig", "Croe"],
        suf=["man", "le", "eira", "roos", "sen"],
    ),
    "moluccan": dict(
        f=["Wati", "Meity", "Nona", "Tjitje"],
        m=["Yopie", "Semmy", "Tonny", "Bram"],
        pre=["Latu", "Patti", "Manu", "Sahe", "Tuana", "Wattime"],
        suf=["mahina", "asina", "putty", "tapy", "kotta", "lessy"],
    ),
    "indonesian": dict(
        f=["Ratih", "Lestari", "Indah"],
        m=["Bambang", "Hendra", "Agus"],
        pre=["Wira", "Sutan", "Hadi", "Prawira", "Santo"],
        suf=["kusuma", "ningrat", "wijaya", "dinata", "prodjo"],
    ),
    "polish": dict(
        f=["Agnieszka", "Katarzyna", "Małgorzata", "Joanna"],
        m=["Krzysztof", "Tomasz", "Paweł", "Grzegorz"],
        pre=["Wiśn", "Kowal", "Grab", "Pietr", "Dąbr", "Szczep", "Woj"],
        suf=["iewski", "czyk", "owski", "iak"],
        gender=True,
    ),
    "romanian": dict(
        f=["Ioana", "Andreea", "Mihaela"],
        m=["Florin", "Mihai", "Cătălin"],
        pre=["Dumitr", "Stanc", "Radul", "Vlăd", "Mocan"],
        suf=["escu", "ache", "oiu", "eanu"],
    ),
    "bulgarian": dict(
        f=["Desislava", "Radostina", "Tsvetelina"],
        m=["Stoyan", "Hristo", "Ivaylo"],
        pre=["Petk", "Stoyan", "Dimitr", "Hrist", "Tod", "Zhel"],
        suf=["ov", "ev", "anov"],
        gender=True,
    ),
    "ukrainian": dict(
        f=["Oksana", "Olena", "Iryna"],
        m=["Oleksandr", "Taras", "Bohdan"],
        pre=["Kovalen", "Shevch", "Bondar", "Tkach", "Kravch", "Moroz"],
        suf=["enko", "uk", "chuk", "ets"],
    ),
    "syrian": dict(
        f=["Rasha", "Lama", "Hiba", "Rawan"],
        m=["Firas", "Ghassan", "Wassim", "Hazem"],
        pre=["Hal", "Shaw", "Darw", "Kass", "Jab", "Hamw"],
        suf=["abi", "ish", "ouni", "ri", "ieh"],
        pfx=["Al-", ""],
    ),
    "iraqi": dict(
        f=["Zainab", "Sura", "Ruqaya"],
        m=["Haidar", "Mustafa", "Ammar"],
        pre=["Jub", "Tamim", "Ubaid", "Samar", "Kadh"],
        suf=["ouri", "awi", "rai", "dhimi", "imi"],
        pfx=["Al-"],
    ),
    "afghan": dict(
        f=["Farzana", "Shabnam", "Mursal"],
        m=["Wahid", "Naveed", "Farid"],
        pre=["Ahmad", "Naz", "Rah", "Sed", "Karim", "Haq"],
        suf=["zai", "yar", "imi", "iqi", "ullah"],
    ),
    "iranian": dict(
        f=["Shirin", "Parisa", "Mahsa"],
        m=["Babak", "Kourosh", "Arash"],
        pre=["Tehr", "Kaz", "Sadegh", "Farah", "Rost", "Nik"],
        suf=["ani", "zadeh", "pour", "ami", "nejad"],
    ),
    "eritrean": dict(
        f=["Tsega", "Yordanos", "Rahwa", "Senait"],
        m=["Tesfay", "Yonas", "Mehari", "Filmon"],
        pre=["Gebre", "Tesfa", "Wolde", "Kidane", "Hagos", "Ghebre"],
        suf=["mariam", "michael", "selassie", "giorgis", "hiwet", "yesus"],
    ),
    "ethiopian": dict(
        f=["Meron", "Hirut", "Tigist"],
        m=["Abebe", "Dereje", "Getachew"],
        pre=["Alem", "Tadess", "Asf", "Mengist", "Bekel"],
        suf=["u", "e", "aw", "ayehu", "ech"],
    ),
    "somali": dict(
        f=["Hodan", "Faadumo", "Hibo", "Ubah"],
        m=["Abdirahman", "Mohamud", "Guled", "Liban"],
        pre=["War", "Hir", "Gul", "Cab", "Shir", "Dhu"],
        suf=["same", "si", "eid", "diqaadir", "waa", "ale"],
    ),
    "ghanaian": dict(
        f=["Abena", "Akosua", "Efua", "Adwoa"],
        m=["Kwame", "Kofi", "Kwabena", "Kojo"],
        pre=["Owu", "Asa", "Boa", "Oppo", "Agy", "Ntim"],
        suf=["su", "ntewaa", "teng", "ako", "ei", "kwa"],
    ),
    "nigerian": dict(
        f=["Chiamaka", "Ngozi", "Funmilayo", "Adaeze"],
        m=["Chinedu", "Oluwaseun", "Emeka", "Tunde"],
        pre=["Okon", "Ade", "Nwa", "Ola", "Eze", "Obi"],
        suf=["kwo", "yemi", "chukwu", "bueze", "wale"],
    ),
    "capeverdean": dict(
        f=["Ivone", "Edna", "Nilda"],
        m=["Adilson", "Elton", "Nelson"],
        pre=["Fort", "Tav", "Semed", "Lop", "Monte", "Brit"],
        suf=["ares", "eiro", "edo", "ança"],
    ),
    "chinese": dict(
        f=["Mei Ling", "Xiaoyan", "Suk Yee", "Jing"],
        m=["Kam Wah", "Zhiwei", "Chi Keung", "Jian"],
        sur=["Kwok", "Yeung", "Siu", "Tsang", "Mok", "Fung", "Leong", "Tse", "Cheng", "Lau"],
    ),
    "vietnamese": dict(
        f=["Ngoc Anh", "Thu Trang", "Thanh Mai"],
        m=["Duc Minh", "Quang Huy", "Tuan Kiet"],
        sur=["Phan", "Huynh", "Truong", "Duong", "Hoang", "Pham"],
    ),
    "indian": dict(
        f=["Lakshmi", "Deepa", "Ananya"],
        m=["Venkatesh", "Arjun", "Karthik"],
        pre=["Venkat", "Krishna", "Subra", "Nara", "Sriniv"],
        suf=["raman", "murthy", "swamy", "chandran"],
    ),
    "pakistani": dict(
        f=["Ayesha", "Sadia", "Rabia"],
        m=["Imran", "Usman", "Tariq"],
        pre=["Qur", "Chau", "Ans", "Rizw", "Hash"],
        suf=["eshi", "dhry", "ari", "ani", "mi"],
    ),
    "portuguese": dict(
        f=["Joana", "Inês", "Filipa"],
        m=["João", "Rui", "Tiago"],
        pre=["Ferr", "Carv", "Mour", "Pint", "Rodr"],
        suf=["eira", "alho", "ão", "inho", "igues"],
    ),
    "italian": dict(
        f=["Giulia", "Chiara", "Francesca"],
        m=["Giuseppe", "Matteo", "Lorenzo"],
        pre=["Ross", "Bian", "Esp", "Marc", "Gall", "Contar"],
        suf=["elli", "ucci", "otti", "ini", "etti"],
    ),
    "spanish": dict(
        f=["Lucía", "Marisol", "Nerea"],
        m=["Javier", "Alejandro", "Sergio"],
        pre=["Fern", "Gonz", "Rodrig", "Herr", "Castill"],
        suf=["ández", "ález", "uez", "ejo"],
    ),
    "filipino": dict(
        f=["Maricel", "Rowena", "Jocelyn"],
        m=["Rodel", "Jomar", "Arnel"],
        pre=["Mang", "Bau", "Macar", "Sant", "Dimal"],
        suf=["lapus", "tista", "aeg", "ubay", "anta"],
    ),
}

GROUP_KEYS = sorted(GROUPS)
_GENDERED = {"ski": "ska", "ov": "ova", "ev": "eva"}

# Known names: surnames that are also Dutch words of this register, with a phrase that uses the word in its ordinary
# sense, lower case, never at a sentence start.
KNOWN = [
    ("de", "Haan", "de haan van de volkstuin kraait al om kwart over vijf"),
    ("", "Boom", "de boom in de voortuin neemt al het middaglicht weg"),
    ("van der", "Linde", "de linde bij het hek laat kleverige honingdauw op de auto's vallen"),
    ("", "Berk", "een berk van twaalf meter hangt over de schutting"),
    ("", "Stam", "de stam is aan de voet ingerot"),
    ("", "Tak", "een tak is op de carport gevallen"),
    ("", "Wortel", "een wortel drukt de tegels van het pad omhoog"),
    ("", "Mol", "een mol heeft het gazon omgewoeld"),
    ("de", "Vos", "een vos trekt 's nachts de vuilniszakken open"),
    ("", "Duif", "een duif nestelt onder de zonnepanelen"),
    ("", "Kraai", "een kraai pikt de vuilniszakken open"),
    ("", "Vink", "een vink broedt in de haag"),
    ("de", "Hond", "de hond van de overburen blaft urenlang"),
    ("de", "Kat", "de kat van nummer elf graaft in de moestuin"),
    ("de", "Boer", "de boer rijdt mest uit met de wind richting de wijk"),
    ("", "Bakker", "de bakker zet om vier uur de afzuiging aan"),
    ("", "Brouwer", "de brouwer van de stadsbrouwerij kookt wort op zaterdag"),
    ("", "Rook", "de rook van de houtkachel trekt zo de slaapkamer in"),
    ("", "Storm", "na de storm hing de helft van de kroon los"),
    ("de", "Wind", "de wind staat vaak op onze gevel"),
    ("", "Groen", "het groen achter de huizen wordt steeds verder gekapt"),
    ("van der", "Haag", "de haag is inmiddels vier meter hoog"),
    ("van der", "Sloot", "de sloot achter de tuinen ruikt naar olie"),
    ("", "Steen", "een steen ging door de ruit van het clubhuis"),
    ("", "Klok", "de klok van de kerktoren slaat elk kwartier"),
    ("", "Trom", "een trom van de fanfare oefent op dinsdagavond"),
    ("", "Fluit", "de fluit van de scheidsrechter klinkt tot in de slaapkamer"),
    ("", "Zanger", "de zanger van de coverband testte om half negen al de microfoon"),
    ("", "Koster", "de koster luidt de klokken om zeven uur"),
    ("", "Lamp", "de lamp op de gevel van de sporthal brandt de hele nacht"),
    ("", "Donker", "het is hier pas donker na elf uur door de reclamezuil"),
    ("in 't", "Veld", "het veld naast de speeltuin wordt gebruikt voor het festival"),
    ("", "Kalf", "het kalf in de wei loeit de hele nacht"),
    ("", "Stal", "de stal staat op nog geen honderd meter van de woning"),
    ("van der", "Schuur", "de schuur van de buren staat vol met afgewerkte olie"),
    ("van der", "Molen", "de molen maakt bij harde wind een zwiepend geluid"),
    ("", "Kuil", "de kuil in de achtertuin bleek vol puin te zitten"),
    ("van de", "Put", "de put in de steeg stinkt naar riool"),
    ("", "Hoek", "op de hoek staat een koelwagen met draaiende motor"),
    ("van der", "Tuin", "de tuin van de buren is een stort voor grofvuil geworden"),
    ("van der", "Wal", "de wal langs de vijver is afgekalfd"),
    ("", "Bos", "het bos achter de wijk wordt gebruikt voor een dancefeest"),
    ("", "Struik", "een struik met bessen trekt ratten aan"),
    ("", "Kelder", "de kelder staat vol met rattenkeutels"),
    ("", "Muis", "een muis liep over het aanrecht"),
    ("", "Visser", "een visser zit 's nachts met een felle lamp aan de vijver"),
    ("", "Kok", "de kok van het restaurant zet de afzuigkap nooit uit"),
    ("", "Roos", "een roos is het enige dat nog bloeit in de schaduw van de beuk"),
    ("", "Mees", "een mees bouwt een nest in de nestkast"),
    ("", "Dijk", "de dijk wordt gebruikt als parkeerplaats bij het evenement"),
]


def ascii_fold(s: str) -> str:
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def gendered(root: str, gender: str) -> str:
    for m, f in _GENDERED.items():
        if gender == "F" and root.endswith(m):
            return root[: -len(m)] + f
        if gender == "M" and root.endswith(f):
            return root[: -len(f)] + m
    return root


class Person:
    """One person: first name, optional Dutch particle, surname root (capitalised), gender, origin group."""

    def __init__(
        self,
        r,
        group: str | None = None,
        gender: str | None = None,
        family: Person | None = None,
        known: tuple | None = None,
    ):
        self.group = group or (family.group if family else r.choice(GROUP_KEYS))
        self.gender = gender or r.choice("FM")
        g = GROUPS[self.group]
        if "fp" in g and r.random() < 0.5:
            key = ("fp", "fs") if self.gender == "F" else ("mp", "ms")
            self.first = r.choice(g[key[0]]) + r.choice(g[key[1]])
        else:
            self.first = r.choice(g["f" if self.gender == "F" else "m"])
        if known:
            self.particle, self.root = known[0], known[1]
        elif family:
            self.particle = family.particle
            self.root = gendered(family.root, self.gender) if g.get("gender") else family.root
        elif "sur" in g:
            self.particle, self.root = "", r.choice(g["sur"])
        else:
            root = r.choice(g["pre"]) + r.choice(g["suf"])
            if g.get("gender"):
                root = gendered(root, self.gender)
            self.root = r.choice(g.get("pfx", [""])) + root
            self.particle = r.choice(g["part"]) if "part" in g else ""
        self.cache: dict = {}

    @property
    def full(self) -> str:
        return " ".join(x for x in (self.first, self.particle, self.root) if x)

    @property
    def bare(self) -> str:
        """The surname as written after a title: particle capitalised (Dutch rule)."""
        if not self.particle:
            return self.root
        return self.particle[0].upper() + self.particle[1:] + " " + self.root

    @property
    def initials(self) -> str:
        ini = "".join(p[0] + "." for p in self.first.replace("-", " ").split())
        return " ".join(x for x in (ini, self.particle, self.root) if x)

    @property
    def compact(self) -> str:
        """Surname without spaces, particles contracted (for mail addresses and file names)."""
        return ascii_fold((self.particle + self.root).replace(" ", "").replace("'", "").replace("-", ""))
