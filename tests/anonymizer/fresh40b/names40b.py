"""Name parts per origin group for fresh40b (helper B2, round thirty-four).

Each group gives male and female first names (some composed from two parts) and a surname maker that composes a
family name from origin-typical parts, so that most names are on no common list. Gendered groups (Polish, Bulgarian,
Greek) return the female or male form of the same family name.
"""

from __future__ import annotations


def _compose(pre, suf):
    return lambda r, g: r.choice(pre) + r.choice(suf)


def _gendered(pre, suf_m, suf_f):
    def make(r, g):
        i = r.randrange(len(suf_m))
        return r.choice(pre) + (suf_f[i] if g == "f" else suf_m[i])

    return make


def _prefixed(prefixes, pre, suf):
    return lambda r, g: r.choice(prefixes) + r.choice(pre) + r.choice(suf)


def _first(fixed, pre=(), suf=()):
    """A first-name maker: a fixed name, or (when parts are given) a composed one half of the time."""

    def make(r):
        if pre and r.random() < 0.5:
            return r.choice(pre) + r.choice(suf)
        return r.choice(fixed)

    return make


# group: (male first maker, female first maker, surname maker)
ORIGINS = {
    "Nederlands": (
        _first(
            ["Joost", "Wouter", "Thijs", "Gerben", "Ruben", "Maarten", "Sjors", "Teun"],
            ["Wil", "Ger", "Jel"],
            ["brand", "rit", "mer"],
        ),
        _first(
            ["Marieke", "Lieke", "Ilse", "Femke", "Janneke", "Sanne", "Maud", "Evelien"],
            ["Gon", "Wil", "Jan"],
            ["neke", "lemijn", "tine"],
        ),
        _compose(
            ["Ber", "Hol", "Wes", "Kam", "Ot", "Ruij", "Stol", "Vel", "Hoog", "Brin", "Eek", "Lut"],
            ["kamp", "terink", "huizen", "stede", "brink", "gerink", "haar", "ing", "emate", "sveld"],
        ),
    ),
    "Nederlands met tussenvoegsel": (
        _first(["Bas", "Jeroen", "Pieter", "Hidde", "Niels", "Roel", "Stijn"]),
        _first(["Anouk", "Esmee", "Joke", "Merel", "Nienke", "Willemijn", "Roosmarijn"]),
        _prefixed(
            ["van der ", "van den ", "de ", "van 't ", "ter ", "van de ", "in 't ", "op den ", "ten "],
            ["Wes", "Kamp", "Hul", "Zand", "Meu", "Bree", "Wou", "Gaa", "Ooster", "Hey"],
            ["sel", "erveen", "st", "voort", "len", "kink", "de", "hout", "ik", "wegen"],
        ),
    ),
    "Fries": (
        _first(["Sjoerd", "Wytse", "Hidde", "Durk", "Jelmer", "Tjeerd", "Auke"]),
        _first(["Tsjitske", "Wypkje", "Froukje", "Sytske", "Baukje", "Hiltsje", "Janke"]),
        _compose(
            ["Hoek", "Wijn", "Bou", "Tjal", "Sie", "Hel", "Rin", "Fok", "Dou", "Bak", "Tyt", "Wier"],
            ["stra", "sma", "inga", "ma", "enga", "tsma", "singa", "enius"],
        ),
    ),
    "Vlaams": (
        _first(["Wannes", "Jens", "Bavo", "Lander", "Korneel"]),
        _first(["Lotte", "Fien", "Ine", "Griet", "Hanne"]),
        _compose(
            ["Ver", "Vanden", "Vande", "Van Ee", "Van Hoo", "Ter"],
            ["haeghe", "meulen", "straete", "broucke", "ydonck", "steene", "walle"],
        ),
    ),
    "Marokkaans": (
        _first(["Yassine", "Bilal", "Anouar", "Soufian", "Hamza", "Ilias", "Mourad", "Redouan"]),
        _first(["Fatima-Zahra", "Siham", "Ikram", "Houda", "Latifa", "Ouafae", "Nawal", "Khadija"]),
        lambda r, g: (
            (
                r.choice(["El ", "Ben ", "Ouled ", "El "])
                + r.choice(["Ouar", "Kad", "Ham", "Mor", "Ghaz", "Yah", "Bakk"])
                + r.choice(["ti", "douri", "mouchi", "rabi", "ouani", "dani", "ali"])
            )
            if r.random() < 0.7
            else "Bou" + r.choice(["chaib", "ziane", "tahar", "hrich", "ghalem", "kili"])
        ),
    ),
    "Amazigh": (
        _first(["Massin", "Yuba", "Idir", "Aksil", "Amnay"]),
        _first(["Tiziri", "Thiziri", "Tafsut", "Tanirt", "Dihya"]),
        lambda r, g: (
            r.choice(["Ait ", "Amr", "Azz", "Ou"]) + r.choice(["ouch", "ani", "ouali", "hammou", "aouz", "bella"])
        ),
    ),
    "Turks": (
        _first(["Emre", "Burak", "Kerem", "Mert", "Oğuz", "Serkan", "Tolga", "Volkan"]),
        _first(["Ayşe", "Elif", "Zeynep", "Dilek", "Büşra", "Melek", "Gülsen", "Sevgi"]),
        _compose(
            ["Kara", "Ak", "Yıl", "Öz", "Çelik", "Demir", "Taş", "Kılıç", "Gök", "Tunç", "Ulu"],
            ["taş", "doğan", "kaya", "türk", "oğlu", "soy", "budak", "dere", "yol", "kurt"],
        ),
    ),
    "Koerdisch": (
        _first(["Rêber", "Azad", "Diyar", "Serhat", "Rizgar"]),
        _first(["Berfin", "Rojda", "Nûdem", "Hêvî", "Jiyan"]),
        _compose(["Bar", "Zan", "Ro", "Shêx", "Dil", "Ker"], ["zani", "avî", "kanî", "mêr", "hesen", "bo"]),
    ),
    "Surinaams-Hindoestaans": (
        _first(["Rishi", "Anand", "Ravindre", "Sunil", "Navin", "Diwakar"]),
        _first(["Shanti", "Kavita", "Radjkoemarie", "Sharda", "Anjali", "Nirmala"]),
        _compose(
            ["Ram", "Bhag", "Jag", "Mahab", "Sew", "Chand", "Ganp", "Koel", "Djan"],
            ["djiawan", "oesing", "ersad", "ier", "nath", "ath", "alsing", "kisoen", "dew"],
        ),
    ),
    "Surinaams-Creools": (
        _first(["Clifton", "Ricardo", "Marciano", "Delano", "Rudie", "Glenn"]),
        _first(["Sharon", "Jenitha", "Marisca", "Ingrid", "Denise", "Roselien"]),
        _compose(
            ["Doel", "Nel", "Aboi", "Kas", "Zeb", "Amat", "Pin", "Wel"],
            ["wijt", "om", "kon", "eda", "djais", "as", "ling", "ter"],
        ),
    ),
    "Surinaams-Javaans": (
        _first(["Soekarmin", "Wagino", "Joeri", "Sardjo"]),
        _first(["Sriati", "Wartini", "Poniem", "Soelastri"]),
        _compose(
            ["Karso", "Sarmo", "Wongso", "Kromo", "Sopa", "Pawiro"],
            ["dikromo", "redjo", "semito", "wikromo", "ijo", "dimedjo"],
        ),
    ),
    "Surinaams-Chinees": (
        _first(["Stanley", "Kenneth", "Roy", "Edwin"]),
        _first(["Cynthia", "Marlene", "Gwendolyn", "Sheila"]),
        lambda r, g: (
            r.choice(["Tjon A ", "Kon A ", "Tjin A ", "Sie A "])
            + r.choice(["Fong", "Loi", "Kiem", "Tsoi", "Joe", "Sen", "Njoek"])
        ),
    ),
    "Curaçaos": (
        _first(
            ["Jurgen", "Ruthsel", "Shurendy", "Jeanuël", "Giandro"], ["Shur", "Rut", "Ju"], ["endy", "sel", "liano"]
        ),
        _first(
            ["Shurenska", "Giselle", "Ruthmila", "Jeandra", "Suhaily"],
            ["Shur", "Ruth", "Jean"],
            ["enska", "mila", "dra"],
        ),
        _compose(
            ["Feli", "Gir", "Cijn", "Sta", "Ise", "Marti", "Rosa", "Cor"],
            ["da", "igori", "tje", "tia", "nia", "lia", "ena"],
        ),
    ),
    "Arubaans": (
        _first(["Dayron", "Rignald", "Ednel"]),
        _first(["Daniëlla", "Xiomara", "Yeraldine"]),
        _compose(["Wer", "Mad", "Ras", "Kro", "Lamp", "Hen"], ["leman", "uro", "mijn", "es", "e", "riquez"]),
    ),
    "Moluks": (
        _first(["Johny", "Ferry", "Octavianus", "Ruben"]),
        _first(["Nona", "Jacomina", "Ria", "Femmy"]),
        _compose(
            ["Tut", "Lat", "Sah", "Wat", "Pat", "Leu", "Mak", "Sa"],
            ["uarima", "umahina", "ilatu", "tiwery", "ipeilohy", "aruw", "uta", "enussa"],
        ),
    ),
    "Indonesisch": (
        _first(["Budi", "Agus", "Dimas", "Hendra"]),
        _first(["Dewi", "Ratna", "Rini", "Sekar"]),
        _compose(["Wi", "Pra", "Tanu", "Sur", "Har", "Kus"], ["bowo", "noto", "djaja", "yanto", "sono", "mawan"]),
    ),
    "Pools": (
        _first(["Krzysztof", "Paweł", "Mateusz", "Tomasz", "Łukasz"]),
        _first(["Agnieszka", "Katarzyna", "Małgorzata", "Zofia", "Justyna"]),
        _gendered(
            ["Kowal", "Wiśniew", "Zieliń", "Lewandow", "Dąbrow", "Szczep", "Grabow", "Sob", "Wrób"],
            ["ski", "czyk", "ski"],
            ["ska", "czyk", "ska"],
        ),
    ),
    "Roemeens": (
        _first(["Andrei", "Ionuț", "Mihai", "Florin"]),
        _first(["Ioana", "Andreea", "Mădălina", "Roxana"]),
        _compose(["Pop", "Dumitr", "Ionesc", "Stan", "Radul", "Vasil", "Munt"], ["escu", "ache", "oiu", "eanu", "ică"]),
    ),
    "Bulgaars": (
        _first(["Georgi", "Dimitar", "Ivaylo", "Stoyan"]),
        _first(["Desislava", "Tsvetelina", "Milena", "Radka"]),
        _gendered(["Petr", "Ivan", "Dimitr", "Stoy", "Todor", "Kanch"], ["ov", "ev"], ["ova", "eva"]),
    ),
    "Syrisch": (
        _first(["Ammar", "Khaled", "Yazan", "Omar", "Mohammad Nour"]),
        _first(["Rasha", "Lina", "Hiba", "Ghalia", "Rawan"]),
        lambda r, g: (
            "Al-"
            + r.choice(["Hal", "Dar", "Hams", "Shaq", "Jab", "Rif", "Khat"])
            + r.choice(["abi", "wish", "ouri", "ra", "ali", "ib", "aa"])
        ),
    ),
    "Iraaks": (
        _first(["Haider", "Mustafa", "Ali Hussein", "Sajjad"]),
        _first(["Zainab", "Ruqaya", "Noor al-Huda", "Ban"]),
        _compose(["Al-Saa", "Jabou", "Kad", "Tam", "Al-Obei"], ["di", "ri", "hem", "imi", "dy"]),
    ),
    "Afghaans": (
        _first(["Ahmad Zia", "Farid", "Sohrab", "Wahid"]),
        _first(["Mursal", "Parwana", "Shabnam", "Freshta"]),
        _compose(["Haki", "Raha", "Nuri", "Sulta", "Wah", "Popal"], ["mi", "mzai", "stani", "dat", "yar", "zai"]),
    ),
    "Iraans": (
        _first(["Kourosh", "Babak", "Arash", "Siamak"]),
        _first(["Shirin", "Mahnaz", "Laleh", "Golnar"]),
        _compose(["Mo", "Tehr", "Kaz", "Shah", "Far", "Rez"], ["hammadi", "ani", "emi", "rokhi", "zad", "vandi"]),
    ),
    "Eritrees": (
        _first(["Tesfay", "Yonas", "Mehari", "Biniam", "Filmon"]),
        _first(["Senait", "Lidya", "Semhar", "Mebrat", "Yohana"]),
        _compose(
            ["Tes", "Gebre", "Habte", "Wel", "Ghir", "Kida", "Tekle"],
            ["fagiorgis", "mariam", "mikael", "degebriel", "may", "haimanot", "slassie"],
        ),
    ),
    "Ethiopisch": (
        _first(["Dawit", "Abebe", "Yohannes", "Tewodros"]),
        _first(["Tigist", "Meron", "Bethlehem", "Hirut"]),
        _compose(["Alem", "Wolde", "Tad", "Bek", "Ayal"], ["ayehu", "yes", "esse", "ele", "ew"]),
    ),
    "Somalisch": (
        _first(["Abdirahman", "Liban", "Abdiqani", "Mahad"]),
        _first(["Hodan", "Faduma", "Ayaan", "Sahra", "Ifrah"]),
        _compose(
            ["Warsa", "Xir", "Cab", "Faar", "Hirs", "Yuu", "Cilm"], ["me", "si", "dulle", "ax", "suf", "i", "aan"]
        ),
    ),
    "Chinees": (
        _first(["Wei", "Jian", "Hao"], ["Zhi", "Jia", "Yu", "Hong"], ["wei", "hao", "jun", "ming"]),
        _first(["Mei", "Yan"], ["Xiao", "Jia", "Hui", "Li"], ["ling", "ting", "min", "qing"]),
        lambda r, g: r.choice(["Cheung", "Kwok", "Tsang", "Leung", "Yip", "Ngai", "Shum", "Lok", "Chow"]),
    ),
    "Vietnamees": (
        _first(["Văn Hùng", "Minh Tuấn", "Quốc Bảo"]),
        _first(["Thị Lan", "Thu Hà", "Ngọc Ánh"]),
        lambda r, g: r.choice(["Nguyễn", "Trần", "Phạm", "Huỳnh", "Đặng", "Võ"]),
    ),
    "Ghanees": (
        _first(["Kwame", "Kofi", "Kwabena", "Yaw", "Kwaku"]),
        _first(["Akosua", "Abena", "Efua", "Adwoa", "Ama"]),
        _compose(["Ofo", "Asa", "Bo", "Ose", "Men", "Agy", "Owu"], ["su", "nte", "ateng", "i", "sah", "eman", "sua"]),
    ),
    "Nigeriaans": (
        _first(["Chinedu", "Oluwaseun", "Emeka", "Tunde"]),
        _first(["Ngozi", "Adaeze", "Funmilayo", "Chioma"]),
        _compose(["Okon", "Ade", "Olu", "Eze", "Nwa", "Obi"], ["kwo", "yemi", "wole", "chukwu", "nkwo", "agu"]),
    ),
    "Kaapverdisch": (
        _first(["Edmilson", "Nelson", "Adilson", "Hélder"]),
        _first(["Ivanilda", "Djamila", "Nilsa", "Edna"]),
        _compose(["Sem", "Mont", "Tav", "Fur", "Var"], ["edo", "eiro", "ares", "tado", "ela"]),
    ),
    "Duits": (
        _first(["Jürgen", "Lukas", "Maximilian", "Tobias"]),
        _first(["Anneliese", "Katrin", "Hannah", "Ulrike"]),
        _compose(["Bren", "Hel", "Stein", "Reim", "Wald", "Kess"], ["ner", "mann", "bach", "hardt", "inger", "ler"]),
    ),
    "Braziliaans": (
        _first(["Thiago", "Rodrigo", "Caio"]),
        _first(["Larissa", "Gabriela", "Thaís"]),
        lambda r, g: (
            r.choice(["", "dos ", "da "])
            + r.choice(["Carv", "Mach", "Ribe", "Olive", "Barr"])
            + r.choice(["alho", "ado", "iro", "ira", "eto"])
        ),
    ),
    "Italiaans": (
        _first(["Giuseppe", "Alessandro", "Matteo"]),
        _first(["Francesca", "Chiara", "Giulia"]),
        _compose(["Bel", "Mar", "Cas", "Fer", "Lom"], ["lucci", "ino", "tello", "rante", "bardi"]),
    ),
    "Grieks": (
        _first(["Giorgos", "Dimitris", "Nikos"]),
        _first(["Eleni", "Sofia", "Katerina"]),
        _gendered(
            ["Papa", "Kara", "Christo"], ["dopoulos", "georgiou", "nikolaou"], ["dopoulou", "georgiou", "nikolaou"]
        ),
    ),
    "Oekraïens": (
        _first(["Oleksandr", "Dmytro", "Bohdan", "Taras"]),
        _first(["Olena", "Iryna", "Yulia", "Oksana"]),
        _compose(["Kovalen", "Shevch", "Bondar", "Tkach", "Melnych", "Savch"], ["ko", "uk", "enko", "yshyn"]),
    ),
    "Indiaas": (
        _first(["Arjun", "Karthik", "Vikram"]),
        _first(["Priya", "Divya", "Lakshmi"]),
        _compose(["Venk", "Krish", "Subra", "Raghu", "Sesha"], ["atesan", "namurthy", "manian", "nathan", "dri"]),
    ),
    "Pakistaans": (
        _first(["Imran", "Usman", "Faisal"]),
        _first(["Ayesha", "Saima", "Rabia"]),
        _compose(["Qur", "Chaud", "Bhat", "Iqb", "Mirz"], ["eshi", "hry", "ti", "al", "a"]),
    ),
    "Filipijns": (
        _first(["Arnel", "Jhun", "Rommel"]),
        _first(["Maricel", "Rowena", "Analyn"]),
        _compose(["Mag", "Bau", "Lac", "Pan", "Dim"], ["sino", "tista", "son", "ganiban", "aculangan"]),
    ),
    "Hongaars": (
        _first(["Zoltán", "Gábor", "Levente"]),
        _first(["Katalin", "Eszter", "Zsófia"]),
        _compose(["Hor", "Szab", "Kov", "Fark", "Bal"], ["váth", "ó", "ács", "as", "ogh"]),
    ),
}

# Known names: a Dutch surname that is also an ordinary word, and a sentence using the word in its ordinary sense
# ({S} = title and surname of the resident; the sentence never starts with the word).
KNOWN = [
    ("de Groot", "groot", "Volgens {S} is de woning te [[groot]] geworden nu de kinderen het huis uit zijn."),
    ("de Jong", "jong", "Volgens {S} is de tweeling nog te [[jong]] om zelf te kiezen bij wie ze wonen."),
    ("de Lange", "lange", "Het werd een [[lange]] zit aan de keukentafel, schrijft {S}."),
    ("Klein", "klein", "Volgens {S} woont de vader nu [[klein]] behuisd: één kamer met een keukenblok."),
    ("de Wit", "wit", "Voordat de verhuizing doorgaat wil {S} alles zwart op [[wit]] hebben."),
    ("Groen", "groen", "De woningcorporatie gaf volgens {S} vorige week [[groen]] licht voor de woningruil."),
    ("Rood", "rood", "Sinds de scheiding staat de gezamenlijke rekening vaak [[rood]], zegt {S}."),
    ("Bakker", "bakker", "Sinds maart werkt {S} vroeg in de ochtend bij een [[bakker]] in het centrum."),
    ("Visser", "visser", "De nieuwe partner van {S} vaart als [[visser]] en is doordeweeks op zee."),
    ("Boer", "boer", "Tijdelijk huurt {S} een chalet op het erf van een [[boer]] buiten het dorp."),
    ("Schipper", "schipper", "Omdat {S} [[schipper]] is op de binnenvaart, is het schip doordeweeks een tweede adres."),
    ("Koster", "koster", "De [[koster]] van de kerk bevestigde dat {S} daar drie nachten sliep."),
    ("Kok", "kok", "Omdat {S} als [[kok]] avonddiensten draait, eten de kinderen dan bij oma."),
    ("Timmerman", "timmerman", "Een [[timmerman]] heeft de zolder bij {S} verbouwd tot slaapkamer."),
    ("de Koning", "koning", "De jongste voelt zich een [[koning]] met een eigen kamer, schrijft {S}."),
    ("de Haan", "haan", "De [[haan]] van de buren kraait volgens {S} al om vijf uur."),
    ("Winter", "winter", "Het liefst is {S} vóór de [[winter]] verhuisd."),
    ("Zomer", "zomer", "Na de [[zomer]] gaat de oudste bij {S} wonen."),
    ("Storm", "storm", "Na de [[storm]] van februari lekte het dak, meldt {S}."),
    ("Bos", "bos", "Elke zondag wandelt {S} met de kinderen in het [[bos]] achter de wijk."),
    ("van den Berg", "berg", "Er ligt volgens de buren een [[berg]] ongeopende post bij {S}."),
    ("van Dijk", "dijk", "Tijdelijk woont {S} in een woonwagen achter de [[dijk]]."),
    ("van der Hoek", "hoek", "Sinds mei woont {S} om de [[hoek]] bij de kinderen."),
    ("van der Beek", "beek", "Het nieuwe huis van {S} ligt aan een [[beek]] aan de rand van het dorp."),
    ("van der Steen", "steen", "De verdeling van de inboedel is de [[steen]] des aanstoots, zegt {S}."),
    ("Post", "post", "Volgens {S} komt de [[post]] nog steeds op het oude adres binnen."),
    ("de Rijk", "rijk", "Van alimentatie word je niet [[rijk]], zegt {S}."),
    ("de Goede", "goede", "De stukken zijn in [[goede]] orde ontvangen van {S}."),
    ("Sterk", "sterk", "Aan de nieuwe verdeling van de zorgdagen twijfelt {S} [[sterk]]."),
    ("Vogel", "vogel", "De oudste is volgens {S} 'een [[vogel]] die uitvliegt'."),
    ("Hamer", "hamer", "De [[hamer]] van de rechter viel pas in april, schrijft {S}."),
    ("de Wijs", "wijs", "Uit de brief over de toeslag is {S} niet [[wijs]] geworden."),
    ("Baas", "baas", "De [[baas]] van {S} schreef een verklaring over de werktijden."),
    ("Vink", "vink", "Op het formulier zette {S} geen [[vink]] bij 'medebewoner'."),
    ("Klok", "klok", "Omdat {S} rond de [[klok]] werkt, zijn de kinderen vaker bij de andere ouder."),
    ("Huisman", "huisman", "Sinds de geboorte van de jongste is {S} [[huisman]]."),
    ("Koopman", "koopman", "Als [[koopman]] op de markt heeft {S} wisselende inkomsten."),
    ("van 't Hof", "hof", "In juni gaat {S} in hoger beroep bij het [[hof]]."),
    ("de Bruin", "bruin", "Volgens de buren vertrok {S} met een [[bruin]] busje vol dozen."),
    ("Vrolijk", "vrolijk", "Aan de telefoon klonk {S} niet erg [[vrolijk]]."),
    ("Mol", "mol", "Er zit geen [[mol]] in de familie die de gemeente tipt, zegt {S}."),
    ("Blok", "blok", "Sinds de breuk woont {S} in hetzelfde [[blok]] als de ex-partner."),
]

KNOWN_FIRST = {
    "m": ["Bart", "Joris", "Hugo", "Siebe", "Rik", "Gijs", "Ids", "Floris", "Mathijs"],
    "f": ["Maartje", "Roosje", "Jikke", "Lonneke", "Tessa", "Fenne", "Marloes", "Ineke"],
}
