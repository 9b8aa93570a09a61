"""Name, street and number material for the fresh27a corpus (helper F27A, written blind).

Surnames and many first names are composed from origin-typical parts, so most of them are on no common list.
Each origin group: male first names, female first names (plain or composed from two halves joined by "|"),
surname beginnings and endings, and for Dutch-type groups the particles that may precede the surname.
"""

from __future__ import annotations

import unicodedata

# group: (male first, female first, surname beginnings, surname endings, particles)
ORIGINS: dict[str, tuple[list[str], list[str], list[str], list[str], list[str]]] = {
    "Nederlands": (
        ["Gerbrand", "Wobbe", "Teunis", "Hendrikus", "Joost", "Reinout", "Dirkjan"],
        ["Geertje", "Willemien", "Marjolein", "Hendrika", "Aaltje", "Liesbeth", "Jozefien"],
        ["Hoog", "Wester", "Rijn", "Elder", "Hazel", "Oost", "Bremer", "Tolle"],
        ["horst", "ink", "broek", "kamp", "hoven", "veld", "dijk", "schot"],
        ["van der", "van den", "van de", "de", "van", "ter", "ten", "in 't", "van 't", "de la"],
    ),
    "Fries": (
        ["Sjoerd", "Wiebren", "Hessel", "Tjeerd", "Oebele", "Jelmer"],
        ["Sjoukje", "Tjitske", "Baukje", "Wypkje", "Hiltsje", "Froukje"],
        ["Hoek", "Wijn", "Dijk", "Terp", "Bouw", "Hof", "Zand", "Sie"],
        ["stra", "sma", "inga", "ema", "enga", "ster"],
        [],
    ),
    "Vlaams": (
        ["Wannes", "Jorre", "Lieven", "Stijn", "Seppe"],
        ["Lotte", "Griet", "Hanne", "Evelien", "Fien"],
        ["Vercam", "Deker", "Ver", "Goos", "Van", "Meule"],
        ["meulen", "ckx", "haeghe", "straete", "ssens", "broeck"],
        [],
    ),
    "Marokkaans": (
        ["Abdelkrim", "Mourad", "Soufiane", "Hamza", "Nordin", "Zakaria"],
        ["Nouhaila", "Ikram", "Khadija", "Loubna", "Siham", "Meryem"],
        ["El Ha", "Bou", "Ben", "Ouaz", "Ab", "Ech"],
        ["ddouchi", "taibi", "zzani", "mrani", "hammouti", "allali"],
        [],
    ),
    "Amazigh": (
        ["Amezian", "Idir", "Massin", "Yuba", "Aksel"],
        ["Tiziri", "Thiziri", "Dihya", "Tanirt", "Tafsut"],
        ["Ait ", "Amr", "Ouar", "Azou", "Tah"],
        ["oussa", "ab", "iyach", "ghari", "ouch"],
        [],
    ),
    "Turks": (
        ["Mehmet", "Oğuzhan", "Serkan", "Emre", "Hakan", "Burak"],
        ["Büşra", "Elif", "Gülsüm", "Şeyma", "Hatice", "Zeynep"],
        ["Kara", "Ak", "Yıl", "Öz", "Demir", "Tek", "Kay", "Ulu"],
        ["taş", "oğlu", "dağ", "soy", "can", "bulut", "kaya", "türk"],
        [],
    ),
    "Koerdisch": (
        ["Rojhat", "Azad", "Baran", "Serhat", "Dilan"],
        ["Berfin", "Rojda", "Zilan", "Hêvî", "Newroz"],
        ["Bar", "Zan", "Hes", "Ker", "Roj"],
        ["zani", "ani", "ko", "dî", "avî"],
        [],
    ),
    "Surinaams-Creools": (
        ["Ricardo", "Glenn", "Romeo", "Orlando", "Wendell"],
        ["Gracia", "Ilse", "Romy", "Chantal", "Marlies"],
        ["Vree", "Kor", "Slu", "Fre", "Wij", "Hald"],
        ["dendaal", "teling", "mberg", "kenhout", "ngaarde", "berg"],
        [],
    ),
    "Hindostaans": (
        ["Radjesh", "Sunil", "Anil", "Ravindre", "Dinesh"],
        ["Sarita", "Anjali", "Roshni", "Kavita", "Nisha"],
        ["Ram", "Jag", "Mahab", "Soek", "Ragh", "Bihar"],
        ["sahai", "lal", "ier", "dew", "oebar", "rami"],
        [],
    ),
    "Surinaams-Javaans": (
        ["Sugiman", "Wagiman", "Ardjo", "Sukarno"],
        ["Sumirah", "Wagini", "Tuminah", "Sarmi"],
        ["Karso", "Sastro", "Wongso", "Parto", "Atmo"],
        ["dikromo", "redjo", "semito", "wirjo", "diwongso"],
        [],
    ),
    "Antilliaans": (
        ["Shurandy", "Jurick", "Dwayne", "Gilmer"],
        ["Sherida", "Jurayra", "Kysha", "Vanessa"],
        ["Mar", "Is", "Rosa", "Pie", "Cele", "Fran"],
        ["tina", "enia", "ria", "terz", "stina", "cisca"],
        [],
    ),
    "Moluks": (
        ["Johannis", "Benny", "Semmy", "Izaak"],
        ["Josina", "Bertha", "Welmina", "Febe"],
        ["Tuhu", "Mahu", "Lati", "Wat", "Pattina"],
        ["teru", "seru", "mahina", "timena", "rajan"],
        [],
    ),
    "Indisch": (
        ["Hans", "Eddy", "Rudy", "Boetje"],
        ["Netty", "Yvonne", "Wies", "Tineke"],
        ["Soe", "Tjoa", "Hoe", "Djo", "Lie"],
        ["tardjo", "wanda", "kiat", "mena", "hardjo"],
        [],
    ),
    "Chinees": (
        ["Wei", "Jian", "Hao", "Zhi"],
        ["Xiao|ling", "Mei|hua", "Li|ying", "Yu|ting"],
        ["Zh", "Q", "X", "Ch"],
        ["ou", "iu", "uan", "eng"],
        [],
    ),
    "Vietnamees": (
        ["Thanh", "Quang", "Minh", "Duc"],
        ["Thu|y", "Ngoc|Anh", "Lan|Huong", "Kim|Chi"],
        ["Ngu", "Tr", "Ph", "Hu"],
        ["yen", "an", "am", "ynh"],
        [],
    ),
    "Pools": (
        ["Grzegorz", "Wojciech", "Krzysztof", "Mariusz", "Łukasz"],
        ["Małgorzata", "Agnieszka", "Katarzyna", "Dorota", "Joanna"],
        ["Kowal", "Wiśn", "Szczep", "Dąbr", "Lewand", "Zieliń"],
        ["czyk", "iewski", "owska", "ański", "ewicz", "ska"],
        [],
    ),
    "Roemeens": (
        ["Ionuț", "Mihai", "Florin", "Cătălin"],
        ["Ioana", "Mirela", "Roxana", "Alina"],
        ["Pop", "Dumi", "Stoi", "Radu", "Mun"],
        ["escu", "trașcu", "lea", "eanu", "teanu"],
        [],
    ),
    "Bulgaars": (
        ["Dimitar", "Stoyan", "Plamen", "Kaloyan"],
        ["Desislava", "Tsvetelina", "Rumyana", "Galya"],
        ["Petr", "Ivan", "Georgi", "Stoy", "Dimi"],
        ["ova", "ov", "eva", "chev", "nova"],
        [],
    ),
    "Syrisch": (
        ["Mahmoud", "Yazan", "Khaled", "Ghassan", "Rami"],
        ["Rasha", "Lama", "Hiba", "Ruba", "Nour|hane"],
        ["Al-Hal", "Al-Shar", "Kab", "Haddad", "Al-Moua"],
        ["abi", "ani", "bani", "in", "llem"],
        [],
    ),
    "Iraaks": (
        ["Haider", "Mustafa", "Ammar", "Sajjad"],
        ["Zainab", "Rusul", "Duaa", "Shahad"],
        ["Al-Ja", "Al-Ob", "Al-Rub", "Al-Kha"],
        ["buri", "aidi", "aie", "faji"],
        [],
    ),
    "Afghaans": (
        ["Farid", "Mirwais", "Habibullah", "Zabiullah"],
        ["Mursal", "Freshta", "Parwana", "Shabnam"],
        ["Sult", "Pop", "Kar", "Ahmad", "Nazar"],
        ["ani", "alzai", "zai", "yar", "khel"],
        [],
    ),
    "Iraans": (
        ["Dariush", "Kourosh", "Babak", "Arash"],
        ["Shirin", "Laleh", "Golnar", "Parisa"],
        ["Rahim", "Moham", "Hossein", "Tehr", "Kaz"],
        ["zadeh", "madi", "pour", "ani", "emi"],
        [],
    ),
    "Eritrees": (
        ["Yonas", "Filmon", "Tesfalem", "Merhawi", "Berhane"],
        ["Semhar", "Luwam", "Helen", "Mebrat", "Ruta"],
        ["Gebre", "Habte", "Tekle", "Wolde", "Tesfa", "Kidane"],
        ["medhin", "mariam", "haimanot", "giorgis", "mikael", "selassie"],
        [],
    ),
    "Ethiopisch": (
        ["Dawit", "Abebe", "Getachew", "Yared"],
        ["Tigist", "Meseret", "Hirut", "Bethlehem"],
        ["Alem", "Ayele", "Negas", "Bekele"],
        ["ayehu", "work", "seged", "tsion"],
        [],
    ),
    "Somalisch": (
        ["Abdirahman", "Mohamud", "Abdikarim", "Liban"],
        ["Hodan", "Ifrah", "Sahra", "Ubah", "Fadumo"],
        ["War", "Faa", "Gul", "Dhu", "Ja"],
        ["same", "rah", "leed", "ale", "ma'a"],
        [],
    ),
    "Ghanees": (
        ["Kwabena", "Kofi", "Yaw", "Kwame"],
        ["Akosua", "Abena", "Adwoa", "Efua"],
        ["Ofo", "Bo", "Ase", "Manu", "Opo"],
        ["su", "ateng", "dom", "nsah", "ku"],
        [],
    ),
    "Nigeriaans": (
        ["Chinedu", "Oluwaseun", "Emeka", "Tunde"],
        ["Ngozi", "Chiamaka", "Folake", "Adaeze"],
        ["Ade", "Oka", "Ola", "Nwa", "Eze"],
        ["yemi", "for", "wale", "chukwu", "nna"],
        [],
    ),
    "Kaapverdisch": (
        ["Djibril", "Nelson", "Adilson", "Wilson"],
        ["Nilsa", "Djenifer", "Arlinda", "Edna"],
        ["Fur", "Seme", "Tava", "Lopes"],
        ["tado", "do", "res", "nha"],
        [],
    ),
    "Portugees": (
        ["João", "Rui", "Tiago", "Nuno"],
        ["Inês", "Mafalda", "Beatriz", "Joana"],
        ["Carva", "Fer", "Maga", "Guima"],
        ["lhal", "reirinha", "lhães", "rães"],
        [],
    ),
    "Spaans": (
        ["Íñigo", "Álvaro", "Sergio", "Xavier"],
        ["Nerea", "Ainhoa", "Lucía", "Itziar"],
        ["Echeve", "Arri", "Goiko", "Urru"],
        ["rría", "aga", "etxea", "tia"],
        [],
    ),
    "Italiaans": (
        ["Gianluca", "Salvatore", "Matteo", "Vincenzo"],
        ["Giulia", "Chiara", "Rosalba", "Graziella"],
        ["Espo", "Ferr", "Caru", "Lom", "Pastor"],
        ["sito", "aioli", "so", "bardi", "elli"],
        [],
    ),
    "Grieks": (
        ["Dimitrios", "Konstantinos", "Spyros", "Thanasis"],
        ["Eleni", "Despina", "Vasiliki", "Anthoula"],
        ["Papa", "Kara", "Stavro", "Nikol"],
        ["dopoulos", "georgiou", "poulou", "aidis"],
        [],
    ),
    "Duits": (
        ["Jürgen", "Torsten", "Lennart", "Henrik"],
        ["Anneliese", "Heike", "Gudrun", "Wiebke"],
        ["Hausch", "Ober", "Brandt", "Wieg"],
        ["ild", "müller", "hövel", "mann"],
        [],
    ),
    "Brits": (
        ["Alistair", "Callum", "Rhys", "Gareth"],
        ["Siobhan", "Fiona", "Imogen", "Bethany"],
        ["Ash", "Whit", "Pember", "Thorn"],
        ["worth", "combe", "ton", "leigh"],
        [],
    ),
    "Oekraïens": (
        ["Taras", "Bohdan", "Oleksandr", "Mykola"],
        ["Oksana", "Yulia", "Solomiia", "Halyna"],
        ["Shevch", "Bond", "Tkach", "Moroz", "Kovalch"],
        ["enko", "aruk", "uk", "yshyn", "yk"],
        [],
    ),
    "Hongaars": (
        ["Zoltán", "Levente", "Gábor", "Bence"],
        ["Zsófia", "Réka", "Ildikó", "Boglárka"],
        ["Szabó", "Horv", "Nagy", "Feke"],
        ["ky", "áth", "páll", "téné"],
        [],
    ),
    "Bosnisch": (
        ["Emir", "Haris", "Adnan", "Mirza"],
        ["Amra", "Lejla", "Selma", "Merima"],
        ["Had", "Beg", "Mujk", "Hodž", "Kov"],
        ["žić", "ović", "anović", "ić", "ačević"],
        [],
    ),
    "Filipijns": (
        ["Rodel", "Jomar", "Arnel", "Ferdinand"],
        ["Maricel", "Rowena", "Jhoanna", "Lorelei"],
        ["Dima", "Maca", "Bau", "Tala"],
        ["ling", "pagal", "tista", "vera"],
        [],
    ),
    "Indiaas": (
        ["Arjun", "Vikram", "Siddharth", "Pranav"],
        ["Priyanka", "Deepa", "Lakshmi", "Aishwarya"],
        ["Venkat", "Krish", "Subra", "Raghu"],
        ["araman", "namurthy", "manian", "nathan"],
        [],
    ),
    "Pakistaans": (
        ["Imran", "Usman", "Bilal", "Faisal"],
        ["Ayesha", "Sana", "Mehwish", "Rabia"],
        ["Chaud", "Qure", "Butt", "Malik"],
        ["hry", "shi", "ar", "zada"],
        [],
    ),
}

# Dutch words that are also surnames: (word, particle, sentence with {w} in its ordinary lower-case sense,
# extra keep words from that sentence). The sentence is in the waste register.
KNOWN_WORDS: list[tuple[str, str, str]] = [
    ("Vos", "de", "Volgens de buren heeft 's nachts een {w} de zakken opengetrokken."),
    ("Kraai", "", "Een {w} pikt elke ochtend de vuilniszakken open."),
    ("Groen", "", "Het {w} uit de tuin gaat in de gft-container, niet in de restafvalcontainer."),
    ("Berg", "van den", "Er ligt nu al een week een {w} afval naast de ondergrondse container."),
    ("Hoek", "", "De zakken stonden op de {w} van het plantsoen."),
    ("Storm", "", "Door de {w} van afgelopen weekend zijn drie containers omgewaaid."),
    ("Winter", "", "In de {w} wordt de gft-container maar eens per vier weken geleegd."),
    ("Zomer", "", "In de {w} stinkt de container na twee weken ondraaglijk."),
    ("Bakker", "", "De {w} naast de milieuparkeerplaats zet zijn dozen elke avond buiten."),
    ("Visser", "", "Een {w} vond langs de vaart een hoop autobanden."),
    ("Kok", "", "De {w} van het eetcafé giet frituurvet in de kolk."),
    ("Boer", "de", "Een {w} vond asbestplaten aan de rand van zijn maisveld."),
    ("Schilder", "", "De {w} van de overburen liet lege verfblikken bij de glasbak staan."),
    ("Timmerman", "", "Een {w} uit de buurt laat bouwafval achter bij het speeltuintje."),
    ("Koster", "", "De {w} van de kerk meldde een matras achter de consistorie."),
    ("Bos", "", "In het {w} achter de sportvelden lagen twaalf vuilniszakken."),
    ("Beek", "van der", "Langs de {w} is een partij puin gestort."),
    ("Dijk", "van", "Op de {w} bij het gemaal stond een bankstel."),
    ("Plas", "van der", "Onder de container staat na elke lediging een {w} stinkend vocht."),
    ("Molen", "van der", "Bij de {w} aan de rand van het dorp is een koelkast gedumpt."),
    ("Meer", "van der", "Wij betalen {w} afvalstoffenheffing dan de buren, terwijl wij minder weggooien."),
    ("Klein", "", "Het pasje past niet in de klep, die is te {w}."),
    ("Groot", "de", "Het bankstel was te {w} voor de aanhanger."),
    ("Post", "", "In de zak zat ook de {w} van de vorige bewoner."),
    ("Kist", "", "Er stond een {w} met oude boeken naast de papiercontainer."),
    ("Hout", "van", "Het {w} van de schutting is naar de milieustraat gebracht."),
    ("Steen", "", "Puin en {w} horen niet in de grijze container."),
    ("Tuin", "van der", "Al het snoeiafval uit de {w} past niet in één container."),
    ("Schuur", "van de", "De oude fietsen stonden in de {w} van de vorige huurder."),
    ("Brug", "van der", "Onder de {w} bij de Ringvaart ligt een gedumpte wasmachine."),
    ("Heuvel", "van den", "Op de {w} achter de flat ligt steeds weer grofvuil."),
    ("Water", "van de", "Er zat {w} in de papiercontainer, het papier was doorweekt."),
    ("Wit", "de", "Het deksel van de container is {w} uitgeslagen van de kalk."),
    ("Zwart", "", "Het restafval moet in een dichte zak, niet in {w} plastic met gaten."),
    ("Baas", "", "Mijn {w} laat mij niet eerder weg, dus ik haal de ophaaltijd niet."),
]

KNOWN_FIRST = [
    "Gerda",
    "Wouter",
    "Trijntje",
    "Bart-Jan",
    "Hilde",
    "Coen",
    "Marieke",
    "Evert",
    "Jolanda",
    "Rens",
    "Annemieke",
    "Dolf",
    "Ineke",
    "Thijmen",
    "Wilma",
    "Harm",
    "Aaltje",
    "Jochem",
    "Grietje",
    "Wessel",
    "Mirjam",
    "Ruurd",
    "Femke",
    "Gijsbert",
    "Sietske",
    "Bauke",
    "Hennie",
    "Klaasje",
]
KNOWN_FEMALE = {
    "Gerda",
    "Trijntje",
    "Hilde",
    "Marieke",
    "Jolanda",
    "Annemieke",
    "Ineke",
    "Wilma",
    "Aaltje",
    "Grietje",
    "Mirjam",
    "Femke",
    "Sietske",
    "Klaasje",
}

STREET_A = [
    "Kastanje",
    "Lijsterbes",
    "Ruysdael",
    "Zeemans",
    "Boekweit",
    "Koperslagers",
    "Reiger",
    "Hazelaar",
    "Vlasakker",
    "Brederode",
    "Pieterselie",
    "Zonnedauw",
    "Kwikstaart",
    "Morgenster",
    "Touwslagers",
    "Wilgenroos",
    "Korenbloem",
    "Havik",
    "Schepen",
    "Jupiter",
    "Dotterbloem",
    "Lorentz",
    "Krommerijn",
    "Spaarne",
    "Eikenhout",
    "Gagel",
    "Pelikaan",
    "Wielewaal",
    "Zwanebloem",
    "Rietgors",
]
STREET_B = [
    "laan",
    "straat",
    "hof",
    "pad",
    "kade",
    "singel",
    "erf",
    "dreef",
    "plein",
    "weg",
    "gaarde",
    "donk",
    "veste",
    "baan",
    "wal",
]

PLACES = [
    "Zaanstad",
    "Almere",
    "Tilburg",
    "Apeldoorn",
    "Leeuwarden",
    "Venlo",
    "Dordrecht",
    "Enschede",
    "Deventer",
    "Helmond",
    "Hoorn",
    "Lelystad",
    "Schiedam",
    "Vlaardingen",
    "Purmerend",
    "Gouda",
    "Alkmaar",
    "Roosendaal",
    "Heerhugowaard",
    "Spijkenisse",
    "Capelle aan den IJssel",
    "Hengelo",
    "Veenendaal",
    "Zoetermeer",
    "Emmen",
    "Oss",
    "Nieuwegein",
    "Kerkrade",
    "Terneuzen",
    "Sneek",
]
COMPANIES = [
    "Afvalservice Zuidrand",
    "Reinigingsdienst Waterland",
    "Milieudienst De Randmeren",
    "Afvalbeheer Kempenland",
    "Stadsreiniging Oost",
    "Inzamelbedrijf Lek en IJssel",
    "Afvalbedrijf Noordkust",
    "Reinigingsbedrijf Maasdelta",
]
BANKS = ["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"]
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
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"]


def ascii_fold(s: str) -> str:
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("ß", "ss").replace("'", "")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def bsn(r) -> str:
    while True:
        d = [r.randrange(10) for _ in range(8)]
        if d[0] == 0:
            continue
        s = sum(x * (9 - i) for i, x in enumerate(d))
        last = s % 11
        if last < 10:
            return "".join(map(str, d + [last]))


def bsn_ok(s: str) -> bool:
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 9:
        return False
    return (sum(x * (9 - i) for i, x in enumerate(d[:8])) - d[8]) % 11 == 0


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "").upper()
    t = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in t)) % 97 == 1


def iban(r) -> str:
    bank = r.choice(BANKS)
    acct = "".join(str(r.randrange(10)) for _ in range(10))
    t = bank + acct + "NL00"
    check = 98 - int("".join(str(int(c, 36)) for c in t)) % 97
    return f"NL{check:02d}{bank}{acct}"
