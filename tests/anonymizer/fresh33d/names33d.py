"""Name, street and number material for the fresh33d corpus (standard library only).

Most surnames and many first names are composed from origin-typical parts, so that they are on no common list.
"""

from __future__ import annotations

import unicodedata

# group: (male first names, female first names, surname prefixes, surname suffixes, style)
# style: "glue" = prefix+suffix; "space" = "prefix suffix"; "tjon" = "prefix A suffix"; "list" = prefixes are surnames
GROUPS: dict[str, tuple] = {
    "Nederlands": (
        ["Gerbrand", "Wouter", "Harmen", "Reinout", "Jorrit", "Evert", "Gijsbert"],
        ["Wilhelmien", "Geertruida", "Marlijn", "Hendrike", "Annelot", "Jozefien", "Liesbeth"],
        ["Wester", "Ooster", "Zand", "Breed", "Hout", "Klaas", "Midden", "Hoog", "Elzen", "Veen"],
        ["horst", "broek", "kamp", "werf", "kate", "sloot", "hof", "huis", "dijk", "laar"],
        "glue",
    ),
    "Nederlands (tussenvoegsel)": (
        ["Teun", "Sybren", "Maarten", "Olivier", "Freek", "Coen"],
        ["Femke", "Lotte", "Jikke", "Marieke", "Hester", "Willemijn"],
        [
            "Brakel",
            "Heuvelink",
            "Zandvoort",
            "Wetering",
            "Loosdrecht",
            "Kampert",
            "Harselaar",
            "Oeveren",
            "Zwanenburg",
            "Gerwen",
        ],
        [],
        "particle",
    ),
    "Fries": (
        ["Sjoerd", "Hylke", "Auke", "Sytze", "Fokke", "Rinse", "Wopke"],
        ["Wietske", "Tjitske", "Jeltje", "Baukje", "Sjoukje", "Hiske", "Froukje"],
        ["Wiers", "Terp", "Holt", "Sie", "Bouw", "Hette", "Dijk", "Kooi", "Feit", "Reit"],
        ["stra", "sma", "inga", "ema", "enga", "ma"],
        "glue",
    ),
    "Marokkaans": (
        ["Abdelkarim", "Abdellatif", "Youssef", "Hamza", "Mourad", "Rachid", "Soufiane"],
        ["Khadija", "Naima", "Fatiha", "Siham", "Ikram", "Zineb", "Loubna"],
        ["El", "Ait", "Bou", "Ou"],
        ["Harchaoui", "Kaddouri", "Azzouzi", "Ghazaoui", "Mrabti", "Hammouchi", "Bakkali", "Zerrouki"],
        "space",
    ),
    "Turks": (
        ["Emre", "Burak", "Mehmet", "Oğuzhan", "Serkan", "Volkan", "Ertuğrul"],
        ["Elif", "Zeynep", "Hatice", "Gülsen", "Aysel", "Nurcan", "Şeyma"],
        ["Öz", "Kara", "Ak", "Yıl", "Demir", "Çelik", "Gök", "Tun", "Kıl", "Bay"],
        ["türk", "taş", "soy", "doğan", "kaya", "han", "oğlu", "can", "dağ"],
        "glue",
    ),
    "Surinaams-Hindoestaans": (
        ["Dinesh", "Rajesh", "Soeresh", "Anand", "Krishna", "Ravindre"],
        ["Sunita", "Anjali", "Shanti", "Radhika", "Indra", "Sheetal"],
        ["Ram", "Mahab", "Sew", "Bis", "Ragh", "Jag", "Gob", "Chan"],
        ["dien", "ier", "sing", "noeth", "oebar", "esar", "bali", "darsing"],
        "glue",
    ),
    "Surinaams-Creools": (
        ["Errol", "Ramon", "Marciano", "Roy", "Iwan", "Clifton"],
        ["Lucretia", "Ginnely", "Sharonda", "Jerrylene", "Marlies", "Romeyla"],
        ["Doel", "Lie", "Graan", "Kasan", "Moe", "Sabaj", "Pin", "Vrede"],
        ["wijt", "veld", "daal", "ting", "mbe", "berg", "as", "rust"],
        "glue",
    ),
    "Surinaams-Javaans": (
        ["Sugiarto", "Wagiman", "Sardjo", "Paimin", "Soekarman"],
        ["Sarmi", "Painah", "Wartini", "Soekini", "Djoeminah"],
        ["Karso", "Soe", "Sar", "Kario", "Pawiro", "Atmo"],
        ["dikromo", "minah", "sowirjo", "redjo", "senoto", "pawiro"],
        "glue",
    ),
    "Surinaams-Chinees": (
        ["Roy", "Steven", "Edwin", "Glenn", "Kenneth"],
        ["Ingrid", "Carla", "Mavis", "Jolanda", "Cynthia"],
        ["Tjon", "Lie", "Fung", "Tsang", "Chin", "Kam"],
        ["Loi", "Kwie", "Fat", "Sen", "Tsoi", "Joen", "Foek"],
        "tjon",
    ),
    "Antilliaans": (
        ["Shurandy", "Giandro", "Rignald", "Jurick", "Dwayne", "Sharlon"],
        ["Ruthmila", "Jeanelly", "Shudeska", "Gisleny", "Raysha", "Quenisha"],
        ["Ros", "Mart", "Isen", "Gir", "Cijn", "Pieter", "Koei", "Vic"],
        ["alia", "ina", "enia", "igorie", "tje", "nella", "man", "toria"],
        "glue",
    ),
    "Pools": (
        ["Grzegorz", "Wojciech", "Przemysław", "Tomasz", "Dariusz", "Krzysztof"],
        ["Agnieszka", "Małgorzata", "Katarzyna", "Bożena", "Justyna", "Wiesława"],
        ["Kowal", "Wiśniew", "Zieliń", "Kamiń", "Lewandow", "Dąbrow", "Jabłoń", "Szyman"],
        ["ski", "czyk", "icz"],
        "polish",
    ),
    "Syrisch": (
        ["Ghassan", "Rami", "Bashar", "Mazen", "Firas", "Nizar"],
        ["Lina", "Hala", "Rasha", "Rouaa", "Nour", "Ghalia"],
        ["Al-Hamw", "Al-Khat", "Al-Masr", "Sabbag", "Al-Dabb", "Al-Haj", "Kurd"],
        ["i", "ib", "agh", "ani", "ali"],
        "glue",
    ),
    "Eritrees": (
        ["Tesfay", "Yohannes", "Filmon", "Mebrahtu", "Ghirmay", "Dawit"],
        ["Selam", "Luwam", "Senait", "Saba", "Helen", "Winta"],
        ["Gebre", "Tekle", "Hab", "Wolde", "Tesfa", "Kidane"],
        ["mariam", "hiwet", "tom", "selassie", "mikael", "giorgis"],
        "glue",
    ),
    "Somalisch": (
        ["Abdirahman", "Hamza", "Mahad", "Guled", "Abdiqani"],
        ["Hodan", "Faadumo", "Ayaan", "Sagal", "Hibaaq", "Ubah"],
        ["Hirs", "War", "Gul", "Cas", "Jaam", "Waber"],
        ["i", "same", "ed", "oow", "ac", "eeye"],
        "glue",
    ),
    "Chinees": (
        ["Weiming", "Jianhong", "Zhiqiang", "Haoran", "Junjie"],
        ["Xiaoling", "Meifang", "Huiying", "Lihua", "Yanping"],
        ["Zhou", "Huang", "Zheng", "Xiong", "Qian", "Jiang", "Deng", "Feng"],
        [],
        "list",
    ),
    "Indonesisch": (
        ["Hendra", "Rudy", "Bambang", "Agus", "Yudhi"],
        ["Wiwik", "Yuliani", "Sri", "Ratna", "Endang"],
        ["Suto", "Hadi", "Wira", "Kusuma", "Setia", "Purwa"],
        ["wijoyo", "santoso", "dinata", "atmadja", "negoro", "harjo"],
        "glue",
    ),
    "Moluks": (
        ["Johny", "Tinus", "Buce", "Semuel", "Octo"],
        ["Femmy", "Nel", "Wilma", "Octavia", "Dientje"],
        ["Patti", "Saha", "Lewe", "Mata", "Tua", "Ria"],
        ["wael", "petty", "rissa", "heru", "pessy", "hutu"],
        "glue",
    ),
    "Ghanees": (
        ["Kwame", "Kofi", "Yaw", "Kwabena", "Kwaku"],
        ["Akosua", "Ama", "Efua", "Abena", "Adwoa"],
        ["Ofo", "Ase", "Agye", "Boa", "Kyere", "Opo", "Dan"],
        ["teng", "mang", "wah", "nti", "ri", "kwa", "quah"],
        "glue",
    ),
    "Nigeriaans": (
        ["Chinedu", "Oluwaseun", "Adebayo", "Emeka", "Tunde"],
        ["Ngozi", "Chiamaka", "Funmilayo", "Adaeze", "Yetunde"],
        ["Okon", "Ade", "Nwa", "Obi", "Eze", "Olu"],
        ["kwu", "yemi", "chukwu", "nna", "wole", "femi"],
        "glue",
    ),
    "Afghaans": (
        ["Habibullah", "Farid", "Zabihullah", "Nasir", "Wahid"],
        ["Zarmina", "Nazanin", "Freshta", "Marzia", "Shabnam"],
        ["Ahmad", "Noor", "Karim", "Hakim", "Sultan", "Wardak"],
        ["zai", "yar", "i", "khil", "zada"],
        "glue",
    ),
    "Koerdisch": (
        ["Rebwar", "Karwan", "Dilshad", "Shwan", "Hiwa"],
        ["Dilan", "Shilan", "Bahar", "Rojin", "Zhilwan"],
        ["Bar", "Zan", "Sher", "Mam", "Qad", "Hawr"],
        ["zani", "ko", "wani", "ir", "agha", "ami"],
        "glue",
    ),
    "Iraans": (
        ["Dariush", "Kourosh", "Babak", "Arash", "Siavash"],
        ["Shirin", "Farnaz", "Golnar", "Mahsa", "Parisa"],
        ["Mohammad", "Rez", "Tehr", "Shir", "Bagh", "Ghol"],
        ["pour", "zadeh", "nejad", "ani", "ifar", "ami"],
        "glue",
    ),
    "Bulgaars": (
        ["Stoyan", "Plamen", "Todor", "Ivaylo", "Nikolay"],
        ["Desislava", "Yordanka", "Radostina", "Tsvetelina", "Milena"],
        ["Pet", "Dimit", "Stoy", "Geor", "Ivan", "Todor"],
        ["rov", "anov", "chev", "kov"],
        "slavic",
    ),
    "Roemeens": (
        ["Ionuț", "Florin", "Cătălin", "Mihai", "Sorin"],
        ["Andreea", "Mihaela", "Roxana", "Ioana", "Loredana"],
        ["Pop", "Dumit", "Stan", "Munt", "Mar", "Georg"],
        ["escu", "eanu", "ache", "oiu", "ici"],
        "glue",
    ),
    "Kaapverdisch": (
        ["Adilson", "Djeison", "Nelson", "Evandro", "Ailton"],
        ["Edneia", "Djenifer", "Neusa", "Zuleica", "Ivanilda"],
        ["Sem", "Var", "Tav", "Mont", "Fur", "Gonç"],
        ["edo", "ela", "ares", "eiro", "tado", "alves"],
        "glue",
    ),
    "Vietnamees": (
        ["Thanh", "Minh", "Duc", "Quang", "Tuan"],
        ["Huong", "Thuy", "Ngoc", "Phuong", "Hoa"],
        ["Hoang", "Trinh", "Phan", "Doan", "Vuong", "Dang"],
        [],
        "list",
    ),
    "Duits": (
        ["Jürgen", "Uwe", "Torsten", "Dieter", "Holger"],
        ["Sabine", "Kerstin", "Heike", "Ute", "Dagmar"],
        ["Ober", "Eich", "Hage", "Rein", "Stein", "Lind"],
        ["müller", "hofer", "mann", "bach", "hauser", "berger"],
        "glue",
    ),
    "Vlaams": (
        ["Stijn", "Koen", "Wannes", "Jens", "Lieven"],
        ["Lieve", "Griet", "Hanne", "Ilse", "Veerle"],
        ["Ver", "Van", "De", "Vande"],
        ["haeghe", "straete", "cauter", "velde", "vriendt", "poorter"],
        "glue",
    ),
    "Oekraïens": (
        ["Taras", "Bohdan", "Mykola", "Oleksandr", "Yurii"],
        ["Oksana", "Olena", "Iryna", "Halyna", "Nataliia"],
        ["Kova", "Shev", "Bond", "Tkach", "Melny", "Hrysh"],
        ["lenko", "chenko", "aruk", "uk", "chuk"],
        "glue",
    ),
    "Egyptisch": (
        ["Amr", "Sherif", "Tamer", "Karim", "Hossam"],
        ["Nourhan", "Rania", "Dina", "Marwa", "Shaimaa"],
        ["Abdel", "El"],
        ["Fattah", "Sayed", "Ghany", "Meguid", "Aziz", "Hamid"],
        "hyph",
    ),
    "Indiaas": (
        ["Aarav", "Venkatesh", "Srinivas", "Prakash", "Karthik"],
        ["Priyanka", "Lakshmi", "Kavitha", "Deepa", "Anusha"],
        ["Ragh", "Sub", "Venk", "Krish", "Nar", "Bal"],
        ["avan", "ramanian", "atesan", "namurthy", "ayanan", "aji"],
        "glue",
    ),
    "Italiaans": (
        ["Giuseppe", "Salvatore", "Vincenzo", "Gennaro", "Massimo"],
        ["Chiara", "Francesca", "Giuliana", "Rosaria", "Antonella"],
        ["Russ", "Espos", "Ferr", "Bianc", "Ricc", "Colomb"],
        ["ini", "ito", "aro", "otti", "elli", "one"],
        "glue",
    ),
    "Ethiopisch": (
        ["Dawit", "Abebe", "Tewodros", "Yonas", "Berhanu"],
        ["Meseret", "Tigist", "Hirut", "Bethlehem", "Genet"],
        ["Tad", "Bek", "Ale", "Wor", "Kas", "Deme"],
        ["esse", "ele", "mu", "ku", "sahun", "ke"],
        "glue",
    ),
    "Pakistaans": (
        ["Imran", "Bilal", "Kashif", "Usman", "Tariq"],
        ["Sadia", "Nadia", "Rubina", "Ayesha", "Saima"],
        ["Chaud", "Qur", "Mal", "Rash", "Sidd", "Mirz"],
        ["hry", "eshi", "ik", "eed", "iqui", "a"],
        "glue",
    ),
    "Filipijns": (
        ["Rodel", "Jericho", "Arnel", "Ramil", "Jomar"],
        ["Maricel", "Jocelyn", "Rowena", "Marites", "Lorna"],
        ["Mag", "Bau", "Sant", "Pan", "Dimal", "Lac"],
        ["tibay", "tista", "iago", "aligan", "anta", "son"],
        "glue",
    ),
    "Hongaars": (
        ["Balázs", "Zoltán", "Levente", "Gergely", "Csaba"],
        ["Zsófia", "Ildikó", "Erzsébet", "Réka", "Katalin"],
        ["Szé", "Ková", "Var", "Hor", "Fark", "Mol"],
        ["kely", "ács", "gha", "váth", "as", "nár"],
        "glue",
    ),
}
PARTICLE_CHOICES = ["van", "van der", "van den", "de", "ter", "van 't", "in 't", "op den", "ten", "van de"]

STREET_A = [
    "Zilverschoon",
    "Gruttoi",
    "Kievitsbloem",
    "Dotterbloem",
    "Ratelaar",
    "Ereprijs",
    "Pimpernel",
    "Wielewaal",
    "Boomklever",
    "Roerdomp",
    "Lisdodde",
    "Hengelo",
    "Kolibrie",
    "Tureluur",
    "Klaproos",
    "Hazelaar",
    "Vlotgras",
    "Pinksterbloem",
    "Barnsteen",
    "Koperwiek",
    "Schelpzand",
    "Zandloper",
    "Rietgors",
    "Zwanebloem",
    "Akelei",
    "Kamperfoelie",
    "Stinzenbloem",
    "Waterhoen",
]
STREET_B = ["hof", "erf", "gaarde", "dreef", "kade", "singel", "pad", "plantsoen", "laan", "straat", "wal", "weide"]

CITIES = [
    "Deventer",
    "Apeldoorn",
    "Leeuwarden",
    "Helmond",
    "Zaanstad",
    "Almere",
    "Dordrecht",
    "Schiedam",
    "Vlaardingen",
    "Emmen",
    "Heerlen",
    "Roosendaal",
    "Lelystad",
    "Nieuwegein",
    "Purmerend",
    "Hengelo",
    "Alkmaar",
    "Venlo",
    "Oss",
    "Gouda",
]

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
MON3 = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"]
WD2 = ["ma", "di", "wo", "do", "vr"]

# known-name words: (word, capitalised name form, slot "first"|"last", particle, ordinary sentence with {w})
KNOWN = [
    ("berg", "Berg", "last", "van den", "Op het bureau van de coördinator ligt een {w} achterstallige declaraties."),
    ("post", "Post", "last", "", "De ondertekende factuur kwam pas op vrijdag met de {w} binnen."),
    ("baas", "Baas", "last", "", "Als zzp'er heeft de mediator geen {w} boven zich, schrijft de coördinator."),
    ("storm", "Storm", "last", "", "Door de {w} van vorige week werd de intake in het wijkcentrum afgelast."),
    ("winter", "Winter", "last", "", "In de {w} is de pool krap bezet, zo blijkt uit het rooster."),
    ("hoek", "Hoek", "last", "van der", "Het gesprek vond plaats in het buurthuis om de {w}."),
    ("brug", "Brug", "last", "", "De {w} naar de wijk was afgesloten, dus de mediator kwam een half uur later."),
    ("vos", "Vos", "last", "de", "Het conflict begon met een {w} die de kippen van de buren doodde."),
    ("wit", "Wit", "last", "de", "Het vak voor de handtekening op de urenstaat is {w} gelaten."),
    ("groen", "Groen", "last", "", "De buren twisten al jaren over het {w} langs de erfgrens."),
    ("koning", "Koning", "last", "de", "Op de dag dat de {w} de stad bezocht, werd het gesprek verzet."),
    ("visser", "Visser", "last", "", "De buurman is {w} en vertrekt om vier uur 's nachts met een luidruchtige bus."),
    ("bakker", "Bakker", "last", "", "De {w} op de hoek klaagt over de bestelbus die de stoep blokkeert."),
    ("kok", "Kok", "last", "", "Hij werkt als {w} in een restaurant en kan alleen 's ochtends."),
    ("schipper", "Schipper", "last", "", "De {w} van de woonboot naast hen legt zijn aggregaat 's avonds aan."),
    ("timmerman", "Timmerman", "last", "", "Een {w} heeft de schutting inmiddels hersteld."),
    ("dekker", "Dekker", "last", "", "De {w} die het dak herstelde, liet puin achter in de gedeelde tuin."),
    ("steen", "Steen", "last", "", "Er vloog in september een {w} door de ruit van de schuur."),
    ("mol", "Mol", "last", "", "Volgens de buurvrouw graaft een {w} het gazon om, niet de hond."),
    ("beek", "Beek", "last", "van der", "De {w} achter de tuinen treedt in het voorjaar buiten haar oevers."),
    ("klein", "Klein", "last", "", "Het gaat om een {w} bedrag, maar het zit beide partijen hoog."),
    ("jong", "Jong", "last", "de", "Het betreft een {w} gezin met een baby die slecht slaapt."),
    ("groot", "Groot", "last", "de", "De intake liet zien dat het probleem te {w} is voor een enkel gesprek."),
    ("roos", "Roos", "first", "", "Als dank liet de deelnemer een {w} achter op de balie."),
    ("bas", "Bas", "first", "", "De {w} van de muziekinstallatie dreunt volgens de bovenburen door tot middernacht."),
    ("mees", "Mees", "first", "", "In het vogelhuisje bij de voordeur broedt een {w}, dus de klimop blijft staan."),
    ("zwaan", "Zwaan", "last", "", "Een {w} op de vijver trok meer aandacht dan de mediator."),
    ("smit", "Smit", "last", "", "De {w} in de werkplaats naast de woning begint om zeven uur te hameren."),
]
KNOWN_FIRST_M = ["Gerben", "Joost", "Maarten", "Pieter", "Ruben", "Thijs", "Jelle"]
KNOWN_FIRST_F = ["Annemiek", "Sanne", "Ilse", "Marloes", "Inge", "Eline", "Janneke"]
KNOWN_LAST = ["Westerhof", "Oudeman", "Kampstra", "Heijnsbroek", "Lindeboom", "Verbeek-Sluis", "Zandhuis"]


def ascii_fold(s: str) -> str:
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("ß", "ss").replace("'", "")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


class Person:
    def __init__(self, first: str, particle: str, core: str, gender: str, group: str, known: str = ""):
        self.first, self.particle, self.core, self.gender, self.group = first, particle, core, gender, group
        self.known = known  # the ordinary word in this name, if any

    @property
    def full(self) -> str:
        return " ".join(x for x in (self.first, self.particle, self.core) if x)

    @property
    def surname(self) -> str:
        """The surname without first name (Dutch rule: the first particle capitalised)."""
        if not self.particle:
            return self.core
        return self.particle[0].upper() + self.particle[1:] + " " + self.core

    @property
    def initialled(self) -> str:
        return " ".join(x for x in (self.first[0] + ".", self.particle, self.core) if x)

    @property
    def listed(self) -> str:
        """'Core, First particle' as in Dutch lists."""
        return f"{self.core}, {self.first}" + (f" {self.particle}" if self.particle else "")

    @property
    def possessive(self) -> str:
        c = self.core
        if c[-1] in "sxzSXZ":
            return c + "'"
        if c[-1] in "aeiouyAEIOUY" and not c.endswith(("ee", "ie", "oe")):
            return c + "'s"
        return c + "s"

    @property
    def fold_core(self) -> str:
        return ascii_fold((self.particle + self.core).replace(" ", "").replace("-", "")).lower()

    @property
    def handle(self) -> str:
        return ascii_fold(self.first[0]).lower() + self.fold_core

    @property
    def fileform(self) -> str:
        return ascii_fold(self.core).lower().replace(" ", "-")

    @property
    def title(self) -> str:
        return "mevrouw" if self.gender == "f" else "de heer"

    @property
    def titles(self) -> list[str]:
        return ["mevrouw", "mevr.", "mw."] if self.gender == "f" else ["de heer", "dhr.", "meneer"]

    def email_local(self, r) -> str:
        f, c = ascii_fold(self.first).lower(), self.fold_core
        return r.choice([f"{f}.{c}", f"{f[0]}.{c}", f"{f}{c[:4]}{r.randint(10, 99)}", f"{c}.{f}", f"{f}_{c}"])


def make_person(
    r, group: str | None = None, gender: str | None = None, core: str | None = None, particle: str | None = None
) -> Person:
    group = group or r.choice(list(GROUPS))
    gender = gender or r.choice("mf")
    firsts_m, firsts_f, pre, suf, style = GROUPS[group]
    first = r.choice(firsts_m if gender == "m" else firsts_f)
    if core is None:
        particle = ""
        if style == "glue":
            core = r.choice(pre) + r.choice(suf)
        elif style == "space":
            core = r.choice(pre) + " " + r.choice(suf)
        elif style == "hyph":
            core = r.choice(pre) + "-" + r.choice(suf)
        elif style == "tjon":
            core = r.choice(pre) + " A " + r.choice(suf)
        elif style == "list":
            core = r.choice(pre)
        elif style == "particle":
            core, particle = r.choice(pre), r.choice(PARTICLE_CHOICES)
        elif style == "polish":
            s = r.choice(suf)
            core = r.choice(pre) + (("ska" if gender == "f" else "ski") if s == "ski" else s)
        elif style == "slavic":
            core = r.choice(pre) + r.choice(suf) + ("a" if gender == "f" else "")
        if group == "Nederlands" and gender == "f" and r.random() < 0.25:
            core = core + "-" + r.choice(pre) + r.choice(suf)
    return Person(first, particle or "", core, gender, group)


def relative(r, p: Person, gender: str | None = None) -> Person:
    q = make_person(r, p.group, gender)
    while q.first == p.first:
        q = make_person(r, p.group, gender)
    return Person(q.first, p.particle, p.core, q.gender, p.group)


def known_person(r, idx: int) -> Person:
    word, cap, slot, particle, _ = KNOWN[idx]
    gender = r.choice("mf")
    if slot == "first":
        first = cap
        gender = "f" if cap == "Roos" else "m"
        return Person(first, "", r.choice(KNOWN_LAST), gender, "Nederlands", known=word)
    first = r.choice(KNOWN_FIRST_M if gender == "m" else KNOWN_FIRST_F)
    return Person(first, particle, cap, gender, "Nederlands", known=word)


# ---- numbers -------------------------------------------------------------------------------------------------
def bsn(r) -> str:
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        s = sum(x * (9 - i) for i, x in enumerate(d)) % 11
        if s < 10:
            return "".join(map(str, d + [s]))


def bsn_ok(s: str) -> bool:
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 9:
        return False
    return (sum(x * (9 - i) for i, x in enumerate(d[:8])) - d[8]) % 11 == 0


def _iban_num(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban(r) -> str:
    bank = r.choice(["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB", "FVLB"])
    acct = "".join(str(r.randint(0, 9)) for _ in range(10))
    chk = 98 - _iban_num(bank + acct + "NL00") % 97
    raw = f"NL{chk:02d}{bank}{acct}"
    if r.random() < 0.5:
        return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
    return raw


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "").upper()
    return len(s) == 18 and _iban_num(s[4:] + s[:4]) % 97 == 1


PLATE_L = "BDFGHJKLNPRSTVXZ"


def plate(r) -> str:
    L = lambda n: "".join(r.choice(PLATE_L) for _ in range(n))
    D = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
    p = r.choice(
        [
            f"{L(2)}-{D(3)}-{L(1)}",
            f"{D(1)}-{L(3)}-{D(2)}",
            f"{L(3)}-{D(2)}-{L(1)}",
            f"{D(2)}-{L(3)}-{D(1)}",
            f"{L(1)}-{D(3)}-{L(2)}",
            f"{D(1)}-{L(2)}-{D(3)}",
        ]
    )
    return p.replace("-", "") if r.random() < 0.2 else p


def postcode(r) -> str:
    while True:
        ll = r.choice(PLATE_L + "AMWC") + r.choice(PLATE_L + "AEMW")
        if ll not in ("SA", "SD", "SS"):
            break
    return f"{r.randint(1011, 9999)}{' ' if r.random() < 0.8 else ''}{ll}"


def phone(r) -> str:
    d = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
    m = d(8)
    area = r.choice(["570", "55", "58", "492", "75", "36", "78", "10", "45", "165", "320", "30", "299", "74"])
    rest = d(10 - 1 - len(area))
    return r.choice(
        [
            f"06-{m}",
            f"06 {m[:4]} {m[4:]}",
            f"+31 6 {m[:4]} {m[4:]}",
            f"+31 (0)6 {m[:2]} {m[2:4]} {m[4:6]} {m[6:]}",
            f"0031 6 {m}",
            f"06{m}",
            f"0{area}-{rest}",
            f"(0{area}) {rest}",
            f"+31 {area} {rest}",
        ]
    )


def case_number(r) -> str:
    n = r.randint(100, 99999)
    yy = r.choice([25, 26])
    return r.choice(
        [
            f"VTA-{yy}-{n:05d}",
            f"MP/20{yy}/{n:05d}",
            f"AFS{yy}.{n:04d}",
            f"Z20{yy}-{n:06d}",
            f"BM-{yy}-{n % 1000:03d}-{r.choice('KLMNPR')}",
            f"20{yy}.MED.{n:05d}",
            f"VA{yy}{n:05d}",
            f"DOS {yy}·{n:05d}".replace("·", "/"),
        ]
    )


def dob(r) -> tuple[str, str]:
    """(text, style) of a date of birth, without cue word."""
    y, m, d = r.randint(1941, 2005), r.randint(1, 12), r.randint(1, 28)
    return r.choice(
        [
            (f"{d:02d}-{m:02d}-{y}", "dd-mm-jjjj"),
            (f"{d}-{m}-{y}", "d-m-jjjj"),
            (f"{d} {MONTHS[m - 1]} {y}", "lang"),
            (f"{d:02d}.{m:02d}.{y}", "punten"),
            (f"{d:02d}/{m:02d}/{y}", "slash"),
            (f"{y}-{m:02d}-{d:02d}", "iso"),
            (f"{d} {MON3[m - 1]} {y}", "kort"),
            (f"{d} {MON3[m - 1]}. {y}", "kort-punt"),
            (f"{d:02d}-{m:02d}-'{y % 100:02d}", "jj-apostrof"),
            (f"{d:02d}{m:02d}{y}", "aaneen"),
            (f"{d}e {MONTHS[m - 1]} {y}", "rangtelwoord"),
        ]
    )
