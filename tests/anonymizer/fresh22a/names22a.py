"""Name material for fresh22a: origin groups with first names and surname parts, composed per draw.

Helper module of make_fresh22a.py (helper F22A, round sixteen). Standard library only.
"""

from __future__ import annotations

import unicodedata

# origin: (male first names, female first names, surname heads, surname tails, style)
# style: "plain" = head+tail, "pre:<p1>|<p2>" = optional prefix, "ptc" = Dutch particle, "fem:<m>><f>" = female ending
ORIGINS: dict[str, tuple] = {
    "Nederlands": (
        ["Gerrit", "Wouter", "Teun", "Joost", "Harm", "Berend", "Gijsbert"],
        ["Geertje", "Marieke", "Anneloes", "Willemijn", "Hennie", "Trijntje", "Jolien"],
        ["Brink", "Sloot", "Wester", "Ooster", "Elzink", "Hazel", "Heuvel", "Tuin"],
        ["horst", "man", "hout", "kamp", "hof", "inkhof", "ink"],
        "plain",
    ),
    "Nederlands met tussenvoegsel": (
        ["Hendrik", "Maarten", "Sjaak", "Evert", "Dirk-Jan"],
        ["Janneke", "Marijke", "Els", "Henny", "Wilhelmina"],
        ["Wijn", "Hout", "Esch", "Laar", "Koppel", "Steen", "Ooi", "Zand"],
        ["gaard", "kamp", "ven", "weide", "horst", "donk", "vliet", "akker"],
        "ptc",
    ),
    "Fries": (
        ["Sjoerd", "Wiebe", "Hessel", "Jelmer", "Tjeerd", "Auke"],
        ["Sjoukje", "Wytske", "Hiltsje", "Baukje", "Tsjitske"],
        ["Hoek", "Tjal", "Bouw", "Sikk", "Feik", "Holt", "Wyb", "Ypm"],
        ["stra", "sma", "inga", "ema", "enga"],
        "plain",
    ),
    "Vlaams": (
        ["Wout", "Jens", "Pieter-Jan", "Lowie"],
        ["Fien", "Lotte", "Ine", "Griet"],
        ["Van ", "De ", "Vanden", "Ver"],
        ["steene", "cauwer", "bussche", "haegen", "meulen"],
        "plain",
    ),
    "Marokkaans": (
        ["Mohamed", "Youssef", "Abdelkader", "Mustapha", "Bilal", "Hamza", "Driss"],
        ["Fatima", "Khadija", "Naima", "Souad", "Latifa", "Ikram", "Hafsa"],
        ["Bouk", "Amr", "Idr", "Ouazz", "Tahr", "Zerg", "Azou", "Bouch"],
        ["hari", "ani", "issi", "ouni", "ati", "aoui", "ane"],
        "pre:el |Ait |Ben |",
    ),
    "Turks": (
        ["Mehmet", "Hüseyin", "Serkan", "Oğuz", "Kemal", "Ercan"],
        ["Ayşe", "Elif", "Gülsen", "Hatice", "Songül", "Derya"],
        ["Kara", "Ak", "Yıl", "Demir", "Öz", "Çelik", "Tun", "Gök"],
        ["doğan", "kaya", "taş", "türk", "yurt", "soy", "alp"],
        "plain",
    ),
    "Surinaams-Hindoestaans": (
        ["Rakesh", "Sunil", "Dinesh", "Ravindra"],
        ["Sharmila", "Anjali", "Rewati", "Soenita"],
        ["Ram", "Moh", "Bis", "Jag", "Sew", "Chot", "Ganp"],
        ["dien", "essar", "sahai", "narain", "lal", "kisoen", "at"],
        "plain",
    ),
    "Surinaams-Creools": (
        ["Errol", "Ruben", "Glenn", "Orlando"],
        ["Marlies", "Iwanka", "Gracia", "Josta"],
        ["Wij", "Pin", "Lin", "Dor", "Zand", "Ams", "Kar"],
        ["ngaarde", "as", "ger", "dal", "wijk", "ink", "sterdam"],
        "plain",
    ),
    "Antilliaans": (
        ["Shurandy", "Jurick", "Ruthmilo", "Giandro"],
        ["Shurenska", "Jomaira", "Xiomara", "Sharlène"],
        ["Mart", "Isen", "Cor", "Fran", "Rosar", "Wal"],
        ["ina", "ia", "dero", "cisca", "io", "le"],
        "plain",
    ),
    "Pools": (
        ["Krzysztof", "Tomasz", "Paweł", "Grzegorz"],
        ["Agnieszka", "Małgorzata", "Katarzyna", "Joanna"],
        ["Kowal", "Wiśniew", "Grab", "Zieliń", "Wierzb", "Dąbrow", "Lesz"],
        ["czyk", "ski", "owski", "iak", "icki"],
        "fem:ski>ska|icki>icka|owski>owska",
    ),
    "Syrisch": (
        ["Abdulrahman", "Mahmoud", "Khaled", "Ammar"],
        ["Rasha", "Lama", "Hiba", "Ghalia"],
        ["Al-Hamw", "Al-Khat", "Al-Masr", "Al-Hal", "Al-Dakk", "Kass"],
        ["i", "ib", "abi", "ak", "ar"],
        "plain",
    ),
    "Eritrees": (
        ["Tesfay", "Yonas", "Habtom", "Mehari"],
        ["Selam", "Senait", "Letekidan", "Rahwa"],
        ["Ghebre", "Tekle", "Haile", "Berhe", "Wolde"],
        ["mariam", "selassie", "michael", "hiwet", "ab"],
        "plain",
    ),
    "Somalisch": (
        ["Abdirahman", "Mohamud", "Abdullahi", "Liban"],
        ["Hodan", "Faadumo", "Sahra", "Ifrah"],
        ["War", "Cab", "Jaa", "Xir", "Faa", "Gu"],
        ["same", "dille", "mac", "si", "rax", "leed"],
        "plain",
    ),
    "Chinees": (
        ["Wei", "Jian", "Zhiming", "Haoran"],
        ["Xiaoling", "Yuxin", "Lihua", "Qiuyue"],
        ["Zh", "Ch", "Hu", "Xi", "Li"],
        ["ou", "eng", "ang", "ao", "ong"],
        "plain",
    ),
    "Moluks": (
        ["Dominggus", "Ferry", "Johny"],
        ["Yolanda", "Josephina", "Wilma"],
        ["Patti", "Latu", "Tuan", "Sahe", "Leu"],
        ["nama", "heru", "kotta", "tapary", "wol"],
        "plain",
    ),
    "Ghanees": (
        ["Kwame", "Kofi", "Kwabena", "Yaw"],
        ["Akosua", "Abena", "Efua", "Adwoa"],
        ["Ow", "Bo", "Asa", "Men", "Ofo", "Agy"],
        ["usu", "ateng", "nte", "sah", "ri", "eman"],
        "plain",
    ),
    "Afghaans": (
        ["Farid", "Zabihullah", "Naweed"],
        ["Zarghona", "Fereshta", "Nilofar"],
        ["Pop", "Sad", "Hakim", "Rah", "Noor", "Ward"],
        ["al", "at", "i", "imi", "zai", "ak"],
        "plain",
    ),
    "Iraans": (
        ["Behzad", "Dariush", "Kourosh"],
        ["Shirin", "Parisa", "Nasrin"],
        ["Mohammad", "Hossein", "Tehran", "Kaz", "Shir"],
        ["zadeh", "pour", "ian", "azi", "i"],
        "plain",
    ),
    "Koerdisch": (
        ["Rebin", "Karwan", "Dilshad"],
        ["Shilan", "Avin", "Nazdar"],
        ["Barz", "Tal", "Zebar", "Mirz", "Bark"],
        ["ani", "abani", "i", "oy"],
        "plain",
    ),
    "Oekraïens": (
        ["Oleksandr", "Taras", "Bohdan"],
        ["Oksana", "Iryna", "Halyna"],
        ["Shevch", "Bond", "Tkach", "Kovalen", "Melnych", "Hrytsen"],
        ["enko", "aruk", "uk", "ko", "yn"],
        "plain",
    ),
    "Roemeens": (
        ["Mihai", "Sorin", "Florin"],
        ["Ioana", "Mirela", "Alina"],
        ["Pop", "Dumitr", "Constant", "Stoi", "Marin", "Georg"],
        ["escu", "ache", "in", "ica", "oiu"],
        "plain",
    ),
    "Bulgaars": (
        ["Dimitar", "Stoyan", "Plamen"],
        ["Desislava", "Tsvetelina", "Radka"],
        ["Petr", "Stoy", "Georgi", "Dimitr", "Todor"],
        ["ov", "anov", "chev", "ev"],
        "fem:ov>ova|ev>eva",
    ),
    "Kaapverdisch": (
        ["Djassi", "Nelson", "Adilson"],
        ["Odete", "Lucinda", "Ivanilda"],
        ["Sem", "Fur", "Tav", "Mon", "Fort"],
        ["edo", "tado", "ares", "teiro", "es"],
        "plain",
    ),
    "Vietnamees": (
        ["Minh", "Tuan", "Quang"],
        ["Huong", "Ngoc", "Thuy"],
        ["Ng", "Tr", "Ph", "Ho", "Du"],
        ["uyen", "an", "am", "ang", "ong"],
        "plain",
    ),
    "Indiaas": (
        ["Arjun", "Vikram", "Sanjay"],
        ["Priyanka", "Deepa", "Kavitha"],
        ["Venkat", "Krishna", "Subra", "Raghu", "Sesh"],
        ["araman", "murthy", "manian", "nathan", "adri"],
        "plain",
    ),
    "Pakistaans": (
        ["Imran", "Faisal", "Usman"],
        ["Sana", "Ayesha", "Rabia"],
        ["Chaudh", "Qures", "Siddiq", "Hash", "Awa"],
        ["ry", "hi", "ui", "mi", "n"],
        "plain",
    ),
    "Nigeriaans": (
        ["Chinedu", "Oluwaseun", "Emeka"],
        ["Ngozi", "Folake", "Chiamaka"],
        ["Okon", "Adeb", "Obi", "Eze", "Olu"],
        ["kwo", "ayo", "ora", "nwa", "wole"],
        "plain",
    ),
    "Ethiopisch": (
        ["Dawit", "Getachew", "Bereket"],
        ["Meron", "Tigist", "Hirut"],
        ["Tes", "Alem", "Deb", "Ger", "Ash"],
        ["fay", "ayehu", "ebe", "ma", "enafi"],
        "plain",
    ),
    "Portugees": (
        ["João", "Rui", "Tiago"],
        ["Inês", "Beatriz", "Mariana"],
        ["Ferr", "Carv", "Per", "Sant", "Rodr"],
        ["eira", "alho", "eiro", "os", "igues"],
        "plain",
    ),
    "Spaans": (
        ["Javier", "Alejandro", "Iñaki"],
        ["Lucía", "Nuria", "Pilar"],
        ["Gonz", "Fern", "Mart", "Herr", "Jim"],
        ["ález", "ández", "ínez", "era", "énez"],
        "double",
    ),
    "Italiaans": (
        ["Giuseppe", "Salvatore", "Massimo"],
        ["Giulia", "Francesca", "Chiara"],
        ["Esp", "Rom", "Ferr", "Col", "Russ"],
        ["osito", "ano", "ara", "ombo", "elli"],
        "plain",
    ),
    "Duits": (
        ["Jürgen", "Matthias", "Uwe"],
        ["Ursula", "Birgit", "Heike"],
        ["Schwarz", "Hof", "Kessel", "Brand", "Stein"],
        ["mann", "meier", "berger", "huber", "bauer"],
        "plain",
    ),
    "Grieks": (
        ["Georgios", "Nikos", "Stavros"],
        ["Eleni", "Katerina", "Despina"],
        ["Papad", "Konst", "Ioann", "Christ", "Alex"],
        ["opoulos", "antinou", "idis", "akis", "iou"],
        "plain",
    ),
    "Bosnisch": (
        ["Emir", "Adnan", "Senad"],
        ["Amra", "Lejla", "Selma"],
        ["Hodž", "Bego", "Hadž", "Mehmed", "Delal"],
        ["ić", "vić", "ović", "agić"],
        "plain",
    ),
    "Filipijns": (
        ["Jericho", "Ramon", "Rodel"],
        ["Maricel", "Rowena", "Jocelyn"],
        ["Bau", "Cas", "Mang", "Tol", "Ag"],
        ["tista", "tillo", "ubat", "entino", "uilar"],
        "plain",
    ),
    "Braziliaans": (
        ["Thiago", "Rodrigo"],
        ["Luana", "Thaís"],
        ["Olive", "Sou", "Bar", "Cost", "Mour"],
        ["ira", "za", "bosa", "ão", "inho"],
        "plain",
    ),
    "Tamil": (
        ["Tharshan", "Kajan", "Sutharsan"],
        ["Nirosha", "Thanuja", "Vathani"],
        ["Siva", "Thiru", "Bala", "Kuma", "Rasa"],
        ["kumar", "chelvam", "sundaram", "ran", "lingam"],
        "plain",
    ),
    "Egyptisch": (
        ["Mahmoud", "Tarek", "Sherif"],
        ["Mona", "Dalia", "Rania"],
        ["Abdel", "Mans", "Hass", "Sha", "Fah"],
        ["aziz", "our", "anein", "fik", "my"],
        "plain",
    ),
    "Hongaars": (
        ["Zoltán", "Gábor", "Levente"],
        ["Zsófia", "Erzsébet", "Réka"],
        ["Nagy", "Kov", "Szab", "Tóth", "Horv"],
        ["ács", "ó", "áth", "ely", "ai"],
        "plain",
    ),
    "Litouws": (
        ["Tomas", "Mantas", "Darius"],
        ["Rūta", "Jurgita", "Ieva"],
        ["Kazl", "Petr", "Jank", "Balt", "Vaitk"],
        ["auskas", "aitis", "ūnas", "evičius"],
        "fem:auskas>auskienė|aitis>aitienė|ūnas>ūnienė|evičius>evičienė",
    ),
}

PARTICLES_NL = ["van", "van der", "van den", "de", "ter", "van 't", "in 't", "ten", "op de", "van de"]

TRANS = str.maketrans({"ł": "l", "ı": "i", "Ł": "L", "ø": "o", "ß": "ss", "'": "", "-": "", " ": ""})


def ascii_slug(s: str) -> str:
    s = s.translate(TRANS)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and c.isalnum()).lower()


def cap_particle(sur: str) -> str:
    """Dutch convention: without first name or initial the first particle takes a capital."""
    return sur[0].upper() + sur[1:]


class Person:
    def __init__(self, first: str, sur: str, female: bool, origin: str):
        self.first, self.sur, self.female, self.origin = first, sur, female, origin
        self.email = None
        self.phone = None

    @property
    def full(self) -> str:
        return f"{self.first} {self.sur}"

    @property
    def bare(self) -> str:
        return cap_particle(self.sur)

    @property
    def core(self) -> str:
        """The surname without Dutch particles (for inverted forms)."""
        words = self.sur.split()
        i = 0
        while i < len(words) - 1 and words[i].lower() in {"van", "der", "den", "de", "ter", "'t", "in", "ten", "op"}:
            i += 1
        return " ".join(words[i:])

    @property
    def particle(self) -> str:
        words = self.sur.split()
        core = self.core.split()
        return " ".join(words[: len(words) - len(core)])

    @property
    def slug_sur(self) -> str:
        return ascii_slug(self.sur)

    @property
    def slug_first(self) -> str:
        return ascii_slug(self.first)


def surname(r, origin: str, female: bool) -> str:
    _m, _f, heads, tails, style = ORIGINS[origin]
    head, tail = r.choice(heads), r.choice(tails)
    s = head + (tail[0].upper() + tail[1:] if head.endswith(" ") else tail)
    if style == "ptc":
        return r.choice(PARTICLES_NL) + " " + s
    if style.startswith("pre:"):
        pre = r.choice(style[4:].split("|"))
        return pre + s
    if style.startswith("fem:") and female:
        for rule in style[4:].split("|"):
            a, b = rule.split(">")
            if s.endswith(a):
                return s[: -len(a)] + b
    if style == "double":
        return s + " " + r.choice(heads) + r.choice(tails)
    return s


def first_name(r, origin: str, female: bool) -> str:
    m, f, *_ = ORIGINS[origin]
    return r.choice(f if female else m)


def person(r, origin: str | None = None, female: bool | None = None, sur: str | None = None) -> Person:
    origin = origin or r.choice(list(ORIGINS))
    female = r.random() < 0.5 if female is None else female
    return Person(first_name(r, origin, female), sur or surname(r, origin, female), female, origin)


# Known names: a Dutch word that is also a name part. (word, where, particle options, ordinary sentence with {w})
KNOWN = [
    ("Visser", "sur", ["", "de "], "Veertig jaar lang is {he} {w} geweest op de Waddenzee."),
    ("Bakker", "sur", ["", "de "], "Elke ochtend haalt {he} zelf brood bij de {w} op het plein."),
    ("Kok", "sur", ["", "de "], "Vroeger werkte {he} als {w} in een verzorgingshuis."),
    ("Schipper", "sur", ["", "de "], "Vroeger was {he} {w} op de binnenvaart."),
    ("Slager", "sur", ["", "de "], "De {w} bracht de boodschappen altijd aan huis."),
    ("Koster", "sur", ["", "de "], "De {w} van de kerk vond {him} op de stoep."),
    ("Timmerman", "sur", [""], "Een {w} heeft de trapleuning provisorisch vastgezet."),
    ("Bos", "sur", ["", "van den ", "ten "], "Helaas wandelt {he} niet meer naar het {w} achter de wijk."),
    ("Berg", "sur", ["van den ", "ten "], "Er ligt een {w} ongeopende post op de mat."),
    ("Dijk", "sur", ["van ", "van der "], "Het huis staat vlak achter de {w}."),
    ("Heide", "sur", ["van der ", "ter "], "Vroeger fietste {he} elke zondag over de {w}."),
    ("Broek", "sur", ["van den ", "ten "], "Een {w} aantrekken lukt {him} niet meer zonder hulp."),
    ("Groen", "sur", ["", "de "], "De container is {w} en staat al weken aan de straat."),
    ("Wit", "sur", ["de "], "Het formulier is {w} met een blauwe rand."),
    ("Bruin", "sur", ["de "], "De envelop was {w} en had geen afzender."),
    ("Vos", "sur", ["de "], "Er loopt 's nachts een {w} door de achtertuin."),
    ("Haan", "sur", ["de "], "De {w} van de buren kraait al om vijf uur."),
    ("Mol", "sur", ["", "de "], "Een {w} heeft het gazon omgewoeld."),
    ("Valk", "sur", ["", "de "], "Op het dak zit vaak een {w}."),
    ("Koning", "sur", ["de "], "Daar voelde {he} zich als een {w} in een eigen kasteel."),
    ("Prins", "sur", [""], "Een kleinzoon speelde de {w} in de schoolmusical."),
    ("Winter", "sur", ["", "de "], "Afgelopen {w} was de verwarming dagenlang kapot."),
    ("Storm", "sur", [""], "Bij de {w} van vorige week waaide het hek om."),
    ("Vorst", "sur", ["", "van der "], "Door de {w} zijn de leidingen in de schuur gesprongen."),
    ("Groot", "sur", ["de "], "Het verschil is {w} genoeg om bezwaar te maken."),
    ("Klein", "sur", [""], "Het appartement is te {w} voor een rolstoel."),
    ("Jong", "sur", ["de "], "Al is {he} niet meer zo {w}, thuis wonen gaat nog."),
    ("Wal", "sur", ["van der ", "van de "], "De scootmobiel staat beneden aan de {w} bij de gracht."),
    ("Roos", "first", [], "In de voortuin staat een {w} die {he} zelf heeft geplant."),
    ("Merel", "first", [], "Elke ochtend zingt er een {w} in de dakgoot."),
    ("Iris", "first", [], "Het oogonderzoek liet zien dat de {w} van het linkeroog beschadigd is."),
    ("Jasmijn", "first", [], "Op het balkon bloeit de {w} nog steeds."),
    ("Bas", "first", [], "Vroeger speelde {he} {w} in een bandje."),
    ("Linde", "first", [], "Naast de schuur staat een oude {w} die over de schutting hangt."),
]
