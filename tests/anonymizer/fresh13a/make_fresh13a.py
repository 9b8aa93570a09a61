"""Generate ``fresh13a_shapes.jsonl``: 300 annotated Dutch messages from residents to the municipality and the mediator.

Written blind by helper B5 (round eleven). Fourteen resident voices (letters, e-mails, web forms, chats) with sentence
shapes of their own; names of about thirty origin groups composed from origin-typical parts; identifiers in spellings
of their own. Every document passes ``gate()``; a failing document is redrawn from its own seeded stream.

Usage: make_fresh13a.py            write the corpus
       make_fresh13a.py --check    exit 1 if the committed corpus differs from a regeneration
"""

from __future__ import annotations

import importlib.util
import json
import random
import re
import sys
import unicodedata
from pathlib import Path

SEED = 20261215
N_DOCS = 300
HERE = Path(__file__).resolve().parent
OUT = HERE / "fresh13a_shapes.jsonl"
SCORE = HERE.parent / "corpora" / "score.py"
LABELS = {
    "PERSON",
    "ADDRESS",
    "POSTCODE",
    "PHONE",
    "EMAIL",
    "BSN",
    "IBAN",
    "LICENSE_PLATE",
    "CASE_NUMBER",
    "DATE_OF_BIRTH",
}
PARTICLES = {"van", "de", "der", "den", "het", "'t", "ter", "te", "ten", "in", "op", "la", "le", "du"}


def _load_score():
    spec = importlib.util.spec_from_file_location("fresh13a_score", SCORE)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


# --------------------------------------------------------------------------------------------------- names
# origin: (male first names, female first names, surname beginnings, surname endings, particles, whole surnames)
ORIGINS: dict[str, tuple] = {
    "nederlands": (
        ["Gerrit", "Wouter", "Henk", "Teun", "Joost", "Sjaak", "Bram", "Arend"],
        ["Wilma", "Ineke", "Marloes", "Femke", "Joke", "Annelies", "Grietje", "Hennie"],
        ["Hol", "Wes", "Brink", "Kor", "Stee", "Ver", "Hor", "Ruiter", "Wijn", "Hoog", "Slot", "Mees"],
        ["kamp", "veld", "huis", "ink", "hof", "broek", "gaard", "werf", "voort", "dijk", "kes", "stede"],
        ["", "", "van", "van der", "van de", "ter", "de", "van 't", "in 't", "op den", "van den"],
        [],
    ),
    "fries": (
        ["Sietse", "Wybren", "Jelle", "Tjeerd", "Hidde", "Auke"],
        ["Sytske", "Baukje", "Geeske", "Froukje", "Wiebrich", "Tjitske"],
        ["Hoek", "Wiers", "Terps", "Zand", "Bouw", "Rinse", "Kloost", "Sikk"],
        ["stra", "sma", "inga", "ema", "enga"],
        [""],
        [],
    ),
    "vlaams": (
        ["Wout", "Jens", "Pieter-Jan", "Lieven", "Dries", "Stijn"],
        ["Griet", "Lien", "Sien", "Hanne", "Evelien", "Lieve"],
        ["Claes", "Goos", "Verh", "Bogaer", "Pee", "Meule", "Cauw", "Vercr"],
        ["sens", "ens", "aegen", "broucke", "ters", "naere", "uysse", "eels"],
        ["", "", "Van", "De", "Vanden", "Van de"],
        [],
    ),
    "marokkaans": (
        ["Youssef", "Mohamed", "Hamza", "Bilal", "Soufiane", "Anouar", "Driss"],
        ["Nadia", "Khadija", "Souad", "Ikram", "Fatima-Zahra", "Hafsa", "Najat"],
        ["Bou", "Ben ", "El Ka", "Am", "Az", "Ouh", "Lam", "Ait "],
        ["azzaoui", "hadi", "ddouri", "rani", "arkouch", "amouch", "tiri", "ssaini"],
        [""],
        [],
    ),
    "turks": (
        ["Mehmet", "Emre", "Burak", "Yusuf", "Şükrü", "Oğuz", "Cengiz"],
        ["Ayşe", "Gülsen", "Elif", "Büşra", "Özlem", "Şeyma", "Hatice"],
        ["Kara", "Ak", "Demir", "Yıl", "Öz", "Gök", "Çelik", "Er"],
        ["soy", "taş", "kaya", "oğlu", "han", "doğan", "türk", "dağ"],
        [""],
        [],
    ),
    "hindostaans": (
        ["Radjesh", "Sanjay", "Ravin", "Dinesh", "Anand", "Kishan"],
        ["Shanti", "Sunita", "Rekha", "Anjali", "Devika", "Poedja"],
        ["Ram", "Jagan", "Bihari", "Sew", "Moh", "Bal", "Chot", "Ganga"],
        ["sing", "nath", "dajal", "lal", "persad", "kisoen", "dien", "radj"],
        [""],
        [],
    ),
    "creools": (
        ["Rinaldo", "Errol", "Glenn", "Marciano", "Romeo", "Orlando"],
        ["Marlène", "Gracia", "Sharon", "Ruthline", "Jurgenda", "Ivette"],
        ["Doel", "Zaal", "Pinas", "Sling", "Emanuel", "Lie", "Wong A ", "Amaf"],
        ["wijt", "man", "ger", "son", "ling", "hart", "bergh", "o"],
        [""],
        [],
    ),
    "antilliaans": (
        ["Jeandric", "Shurandy", "Ruthmilo", "Giandro", "Rignald"],
        ["Shaquira", "Jeanelly", "Gisènia", "Luzmila", "Sheritza"],
        ["Mar", "Isen", "Kor", "Win", "Fran", "Cor", "Merce", "Pie"],
        ["tina", "ia", "kel", "ona", "sisca", "dero", "lina", "tersz"],
        [""],
        [],
    ),
    "moluks": (
        ["Johan", "Semuel", "Otniel", "Izaak", "Frits"],
        ["Wellemina", "Debora", "Ribka", "Josina", "Elsina"],
        ["Latu", "Soa", "Tuhu", "Watti", "Patti", "Saha", "Nanu", "Rehat"],
        ["mahu", "lessy", "ena", "mena", "ila", "pary", "sina", "ta"],
        [""],
        [],
    ),
    "indisch": (
        ["Robby", "Ferry", "Ronny", "Edgar", "Benny"],
        ["Wanda", "Yolanda", "Gerda", "Ingrid", "Lientje"],
        ["Soe", "Tje", "Han", "Loen", "Kar", "Pie", "Tan", "Gou"],
        ["ters", "dra", "ssen", "don", "sten", "ck", "ting", "dsmit"],
        ["", "", "van", "de"],
        [],
    ),
    "chinees": (
        ["Weiming", "Junjie", "Haolong", "Zhifeng", "Yuhong", "Kai"],
        ["Xiaoling", "Meifang", "Lihua", "Yanying", "Huilan", "Jia"],
        [],
        [],
        [""],
        ["Chen", "Liu", "Zhang", "Wong", "Cheung", "Tsang", "Zhou", "Guo", "Lau", "Yip", "Fung", "Xu"],
    ),
    "vietnamees": (
        ["Minh Tuấn", "Quang Huy", "Đức Anh", "Văn Long", "Thành"],
        ["Thu Hà", "Ngọc Lan", "Thị Mai", "Bích Ngọc", "Hương"],
        [],
        [],
        [""],
        ["Nguyễn", "Trần", "Phạm", "Hoàng", "Vũ", "Đặng", "Huỳnh", "Bùi"],
    ),
    "pools": (
        ["Krzysztof", "Paweł", "Tomasz", "Grzegorz", "Łukasz", "Wojciech"],
        ["Małgorzata", "Agnieszka", "Joanna", "Katarzyna", "Beata", "Dorota"],
        ["Kowal", "Wiśniew", "Zieliń", "Grabow", "Wróbl", "Szyman", "Jabłoń", "Dąbrow"],
        ["ski", "czyk", "ewicz", "iak", "ek"],
        [""],
        [],
    ),
    "roemeens": (
        ["Ionuț", "Florin", "Mihai", "Cătălin", "Bogdan"],
        ["Ioana", "Andreea", "Mădălina", "Roxana", "Alina"],
        ["Pop", "Ion", "Dumitr", "Marin", "Radul", "Stan", "Vasil", "Georg"],
        ["escu", "eanu", "ache", "oiu"],
        [""],
        [],
    ),
    "bulgaars": (
        ["Dimitar", "Stoyan", "Georgi", "Nikolay", "Plamen"],
        ["Desislava", "Radka", "Tsvetelina", "Milena", "Yordanka"],
        ["Petr", "Dimitr", "Stoyan", "Iliy", "Todor", "Kolev", "Hrist", "Angel"],
        ["ov", "ev"],
        [""],
        [],
    ),
    "oekraiens": (
        ["Oleksandr", "Taras", "Bohdan", "Mykola", "Andrii"],
        ["Nataliia", "Halyna", "Solomiia", "Viktoriia", "Oksana"],
        ["Shevch", "Bond", "Koval", "Tkach", "Moroz", "Kravch", "Savch", "Lysen"],
        ["enko", "arenko", "uk", "yshyn", "chuk"],
        [""],
        [],
    ),
    "syrisch": (
        ["Mahmoud", "Khaled", "Omar", "Tarek", "Anas", "Wassim"],
        ["Rasha", "Lama", "Ghada", "Nour", "Rawan", "Hiba"],
        ["Al-Khat", "Al-Hamw", "Al-Sha", "Kabb", "Al-Hal", "Sabb", "Dar", "Al-Ja"],
        ["ib", "i", "ami", "ani", "oud", "agh"],
        [""],
        [],
    ),
    "eritrees": (
        ["Yonas", "Tesfay", "Habtom", "Filmon", "Mehari", "Dawit"],
        ["Senait", "Feven", "Luwam", "Selam", "Saba", "Yohanna"],
        ["Tesfa", "Gebre", "Tekle", "Haile", "Wolde", "Kidane", "Berhane", "Ghebre"],
        ["mariam", "hiwet", "selassie", "mikael", "giorgis", "medhin", "ab", "yesus"],
        [""],
        [],
    ),
    "somalisch": (
        ["Abdirahman", "Mohamud", "Liban", "Guled", "Cabdullahi"],
        ["Hodan", "Sahra", "Ifrah", "Ayaan", "Faadumo", "Xaliimo"],
        ["Wars", "Ismaa", "Cabdi", "Xirs", "Dual", "Jaam", "Cige", "Warf"],
        ["ame", "iil", "qaadir", "i", "e", "ac", "aa"],
        [""],
        [],
    ),
    "afghaans": (
        ["Ahmad Shah", "Farid", "Zabihullah", "Naweed", "Sohrab"],
        ["Zarghona", "Mariam", "Fereshta", "Nilofar", "Shabnam"],
        ["Ahmad", "Rahim", "Noor", "Safi", "Haid", "Popal", "Hot", "Stan"],
        ["zai", "i", "yar", "ullah", "ak", "khel"],
        [""],
        [],
    ),
    "iraans": (
        ["Reza", "Kourosh", "Babak", "Dariush", "Arash"],
        ["Shirin", "Mahsa", "Parisa", "Golnaz", "Niloufar"],
        ["Rezai", "Moham", "Kari", "Hossei", "Tehr", "Jafar", "Sadegh", "Nowr"],
        ["an", "mi", "pour", "nejad", "zadeh", "ani"],
        [""],
        [],
    ),
    "indiaas": (
        ["Venkatesh", "Arjun", "Karthik", "Rohit", "Siddharth"],
        ["Priya", "Lakshmi", "Divya", "Meenakshi", "Kavya"],
        ["Venkata", "Raghu", "Srini", "Bala", "Krishna", "Subra", "Nara", "Sundar"],
        ["raman", "nathan", "vasan", "murthy", "swamy", "rajan"],
        [""],
        [],
    ),
    "ghanees": (
        ["Kwame", "Kofi", "Yaw", "Kwabena", "Kwasi"],
        ["Akosua", "Ama", "Abena", "Efua", "Adwoa"],
        ["Ofori", "Boa", "Ampo", "Asa", "Owu", "Mensa", "Bon", "Agye"],
        ["teng", "mah", "fo", "ntewaa", "su", "kwa", "pong"],
        [""],
        [],
    ),
    "nigeriaans": (
        ["Oluwale", "Adeyemi", "Chinedu", "Ikechukwu", "Obafemi"],
        ["Ngozi", "Adaeze", "Funmilayo", "Chiamaka", "Ifeoma"],
        ["Ade", "Olu", "Okon", "Eze", "Nwa", "Oko", "Aki", "Obi"],
        ["yemi", "wole", "kwo", "bueze", "nkwo", "afor", "ntola", "agu"],
        [""],
        [],
    ),
    "kaapverdiaans": (
        ["Adilson", "Nelson", "Ivanildo", "Edmilson", "Arlindo"],
        ["Djenifer", "Ivone", "Adelaide", "Sónia", "Natalina"],
        [],
        [],
        ["", "", "da", "dos"],
        ["Fortes", "Tavares", "Monteiro", "Lopes", "Semedo", "Andrade", "Brito", "Évora"],
    ),
    "portugees": (
        ["João", "Thiago", "Rodrigo", "Luís", "Vítor"],
        ["Fernanda", "Conceição", "Luana", "Inês", "Graça"],
        ["Gon", "Fer", "Rodri", "Mar", "Gui", "Bran", "Nas", "Pei"],
        ["çalves", "nandes", "gues", "ques", "marães", "dão", "cimento", "xoto"],
        [""],
        [],
    ),
    "spaans": (
        ["Javier", "Álvaro", "Iñigo", "Sergio", "Andrés"],
        ["Lucía", "Begoña", "Nuria", "Pilar", "Inmaculada"],
        [],
        [],
        [""],
        ["García-Núñez", "Ibáñez", "Ortega-Ruiz", "Muñoz", "Serrano", "Domínguez", "Peñalver", "Castaño-Gil"],
    ),
    "italiaans": (
        ["Giuseppe", "Matteo", "Salvatore", "Davide", "Gennaro"],
        ["Giulia", "Francesca", "Chiara", "Rosaria", "Assunta"],
        ["Ros", "Bian", "Ferr", "Esposi", "Cala", "Lom", "Guar", "Mar"],
        ["setti", "chini", "ari", "to", "brese", "bardi", "nieri", "ino"],
        ["", "", "", "Di", "De"],
        [],
    ),
    "duits": (
        ["Jürgen", "Klaus", "Matthias", "Uwe", "Torsten"],
        ["Jutta", "Birgit", "Anke", "Heike", "Ulrike"],
        ["Schwar", "Hoff", "Krü", "Weiß", "Schnei", "Bräu", "Kess", "Zimmer"],
        ["zkopf", "mann", "ger", "müller", "der", "ning", "ler", "berger"],
        ["", "", "", "von"],
        [],
    ),
    "grieks": (
        ["Dimitris", "Giorgos", "Nikos", "Christos", "Stavros"],
        ["Eleni", "Katerina", "Sofia", "Vasiliki", "Despina"],
        ["Papa", "Georgi", "Kon", "Chris", "Niko", "Alexa", "Vlach", "Kara"],
        ["dopoulos", "adis", "stantinou", "tidis", "laou", "kis", "giannis"],
        [""],
        [],
    ),
    "filipijns": (
        ["Jomar", "Rodel", "Arnel", "Jerome", "Reynaldo"],
        ["Maricel", "Jocelyn", "Rowena", "Analyn", "Lorelie"],
        [],
        [],
        ["", "", "dela", "de los"],
        ["Santos", "Reyes", "Bautista", "Villanueva", "Mendoza", "Dimaculangan", "Magbanua", "Cruz"],
    ),
    "koerdisch": (
        ["Rebwar", "Dilshad", "Azad", "Hemin", "Soran"],
        ["Rojda", "Berfin", "Zilan", "Nazdar", "Hêvîn"],
        ["Bar", "Ama", "Has", "Zeb", "Ker", "Sor", "Mer", "Dil"],
        ["zani", "di", "ani", "ari", "kuki", "an"],
        [""],
        [],
    ),
    "armeens": (
        ["Aram", "Vardan", "Hovhannes", "Tigran", "Levon"],
        ["Anahit", "Lusine", "Siranush", "Armine", "Narine"],
        ["Hakob", "Petros", "Grigor", "Sark", "Vardan", "Kevork", "Mkrt", "Avet"],
        ["yan", "ian", "ssian", "chyan"],
        [""],
        [],
    ),
    "brits": (
        ["Gareth", "Callum", "Nigel", "Rhys", "Declan"],
        ["Siobhan", "Gemma", "Harriet", "Niamh", "Bethany"],
        ["Ash", "Whit", "Pem", "Thorn", "Brad", "Hal", "Fair", "Cart"],
        ["worth", "by", "berton", "ton", "ley", "field", "wright"],
        [""],
        [],
    ),
}

NICKS = {
    "Mohamed": "Mo",
    "Youssef": "Yous",
    "Krzysztof": "Krzysiek",
    "Oleksandr": "Sasha",
    "Giuseppe": "Peppe",
    "Abdirahman": "Abdi",
    "Kwabena": "Kobby",
    "Fatima-Zahra": "Fati",
    "Gerrit": "Gerrie",
    "Femke": "Fem",
    "Radjesh": "Radj",
    "Tomasz": "Tomek",
    "Katarzyna": "Kasia",
    "Małgorzata": "Gosia",
    "Dimitris": "Mitsos",
    "Nikolay": "Kolya",
    "Mehmet": "Memo",
    "Shurandy": "Shuri",
    "Hovhannes": "Hovo",
    "Zabihullah": "Zabi",
    "Inmaculada": "Inma",
    "Wellemina": "Mien",
    "Annelies": "Lies",
    "Jeanelly": "Nelly",
    "Chiamaka": "Ama",
    "Siddharth": "Sid",
    "Sjaak": "Sjakie",
    "Salvatore": "Totò",
}

# Dutch words that are also names: (word, where it goes in the name, an ordinary-use sentence, its keep phrase)
KNOWN_WORDS = [
    ("Winter", "sur", "", "Sinds het begin van de winter valt de verwarming in ons blok steeds uit.", "de winter"),
    ("Storm", "sur", "", "Na de storm van vorige week ligt er nog een boom over het fietspad.", "de storm"),
    ("Visser", "sur", "", "Mijn opa was visser en heeft nooit iets van de gemeente gevraagd.", "visser"),
    ("Brouwer", "sur", "", "De brouwer twee deuren verder laat elke ochtend om vijf uur vaten lossen.", "De brouwer"),
    ("Kok", "sur", "", "Ik werk als kok in een restaurant, dus overdag kan ik niet bellen.", "als kok"),
    ("Koster", "sur", "", "Alleen de koster van de kerk heeft nog een sleutel van het buurthuis.", "de koster"),
    ("Bos", "sur", "", "Achter ons huis wordt het bos gekapt zonder dat iemand het ons heeft verteld.", "het bos"),
    ("Vos", "sur", "de", "Er loopt 's nachts een vos door de achtertuinen.", "een vos"),
    ("Groen", "sur", "", "Het groen in onze straat wordt al een jaar niet meer gemaaid.", "Het groen"),
    ("Klein", "sur", "", "Onze woning is echt te klein voor vijf personen.", "te klein"),
    ("Brand", "sur", "", "Sinds de brand in de berging ruikt het hele trappenhuis naar rook.", "de brand"),
    ("Steen", "sur", "van den", "Gisteren gooide iemand een steen door onze ruit.", "een steen"),
    ("Beek", "sur", "ter", "De beek achter de tuinen treedt bij elke regenbui buiten haar oevers.", "De beek"),
    ("Timmerman", "sur", "", "Een timmerman repareerde de voordeur, maar de rekening kwam bij ons.", "timmerman"),
    ("Bakker", "sur", "", "Bij de bakker hangt een briefje over de wegafsluiting.", "de bakker"),
    ("Schipper", "sur", "", "Als schipper ben ik vaak weken achter elkaar van huis.", "schipper"),
    ("Koopman", "sur", "", "Die koopman op de markt mag zijn kraam niet meer neerzetten.", "koopman"),
    ("Hoop", "sur", "de", "Ik hoop echt dat u deze keer snel reageert.", "hoop"),
    ("Vrolijk", "sur", "", "Ik word er niet vrolijk van, dat kan ik u wel zeggen.", "vrolijk"),
    ("Wit", "sur", "de", "De muren in de slaapkamer slaan wit uit van het vocht.", "wit"),
    ("Kwaad", "sur", "", "Ik ben echt kwaad over de manier waarop dit gaat.", "kwaad"),
    ("Baas", "sur", "", "Mijn baas wil een verklaring van de gemeente zien.", "Mijn baas"),
    ("Snel", "sur", "", "Het moet wel snel gebeuren, want de termijn loopt af.", "snel"),
    ("Huisman", "sur", "", "Sinds mijn ontslag ben ik huisman en zorg ik voor de kinderen.", "huisman"),
    ("Rijk", "sur", "de", "Wij zijn niet rijk, maar we redden het net.", "niet rijk"),
    ("Vogel", "sur", "", "Er zit al dagen een vogel vast in de ventilatiekoker.", "een vogel"),
    ("Hamer", "sur", "", "De bovenburen staan elke zondag met een hamer te slaan.", "een hamer"),
    ("Roos", "first", "", "Op het graf van mijn man stond een witte roos, en die is weggehaald.", "witte roos"),
    ("Merel", "first", "", "Er broedt een merel in de dakgoot, dus de schilders moeten wachten.", "een merel"),
    ("Jasmijn", "first", "", "De jasmijn in de voortuin is zonder overleg weggehaald door de aannemer.", "jasmijn"),
    ("Ben", "first", "", "Ik ben al drie keer langs geweest bij het loket.", "ben"),
]

STREET_PRE = (
    "Kievit|Zilverschoon|Ganzerik|Pluimzegge|Lijsterbes|Dotterbloem|Kamille|Ratelaar|Mispel|Bever|Otter|"
    "Schollevaar|Vlas|Turf|Rietgors|Aker|Vlonder|Keizerskroon|Hommel|Spinnewiel|Wielewaal|Karekiet|"
    "Klaproos|Duizendblad|Hoefijzer|Zeef|Koperwiek|Bunzing|Egelantier|Roerdomp|Stokroos|Weegbree|"
    "Haverkamp|Gruttostee|Lepelaar|Wolzak"
).split("|")
STREET_SUF_DE = ["laan", "straat", "weg", "singel", "kade", "dreef", "gracht", "steeg", "hoeve", "wetering"]
STREET_SUF_HET = ["hof", "pad", "erf", "plantsoen", "plein"]

TOWNS = (
    "Zwolle|Almere|Tilburg|Leeuwarden|Deventer|Nijmegen|Amersfoort|Enschede|Vlaardingen|Hoorn|Roosendaal|"
    "Venlo|Assen|Gouda|Middelburg|Purmerend|Spijkenisse|Ede|Oss|Delft|'s-Hertogenbosch|Apeldoorn|"
    "Capelle aan den IJssel|Zoetermeer|Hengelo"
).split("|")
DEPTS = (
    "afdeling Vergunningen|Publiekszaken|team Handhaving|Burgerzaken|Wijkteam Noord|team Leerplicht|"
    "Sociaal Team|afdeling Belastingen|Parkeerbeheer|Stadsbeheer|Klantcontactcentrum|team Inburgering|"
    "Bureau Bezwaarschriften|afdeling Wonen"
).split("|")
SCHEMES = (
    "individuele inkomenstoeslag|kwijtschelding|huishoudelijke hulp|parkeervergunning|"
    "gehandicaptenparkeerkaart|energietoeslag|meerkostenregeling|woonkostentoeslag|Stadspas|"
    "collectieve zorgverzekering|inrichtingskrediet|scootmobiel|kinderopvangtoeslag|bewindvoering"
).split("|")
LAWS = (
    "Participatiewet|Wmo 2015|Jeugdwet|Algemene wet bestuursrecht|Woningwet|Huisvestingswet|Omgevingswet|"
    "Wet gemeentelijke schuldhulpverlening|Wet open overheid|Wet inburgering 2021"
).split("|")
ORGS = (
    "UWV|SVB|CAK|Belastingdienst|Huurcommissie|Juridisch Loket|Vluchtelingenwerk|GGD|Stadsbank|"
    "Nationale ombudsman|Zilveren Kruis|Humanitas|Stichting Thuisadministratie|RDW|Sociaal Raadslieden|"
    "Voedselbank"
).split("|")
FUNCS = (
    "wijkconsulent|klantmanager|handhaver|leerplichtambtenaar|casemanager|beleidsmedewerker|opzichter|"
    "buurtsportcoach|jurist|schuldhulpverlener|woonconsulent|baliemedewerker"
).split("|")
COUNTRIES = ("Eritrea|Syrië|Afghanistan|Somalië|Oekraïne|Polen|Turkije|Iran|Jemen|Irak|Soedan").split("|")
MONTHS = ("januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december").split("|")
MONTHS_SHORT = ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"]
PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"
MAIL_DOMAINS = "gmail.com hotmail.com outlook.com ziggo.nl kpnmail.nl live.nl icloud.com xs4all.nl planet.nl".split()
MAIL_DOMAINS += ["yahoo.com", "proton.me", "hetnet.nl"]
BANKS = ["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"]


def ascii_fold(s: str) -> str:
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c) and c.isascii())


class Person:
    def __init__(self, first: str, particle: str, sur: str, female: bool, lower_ok: bool = True):
        self.first, self.particle, self.sur, self.female, self.lower_ok = first, particle, sur, female, lower_ok
        self.nick = NICKS.get(first)
        self.extra_initial = ""
        self.origin = ""

    def full(self) -> str:
        return " ".join(x for x in (self.first, self.particle, self.sur) if x)

    def last(self) -> str:
        if not self.particle:
            return self.sur
        return self.particle[0].upper() + self.particle[1:] + " " + self.sur

    def initials(self) -> str:
        ini = "".join(p[0] + "." for p in re.split(r"[ -]", self.first)) + self.extra_initial
        return " ".join(x for x in (ini, self.particle, self.sur) if x)


class Doc:
    def __init__(self, r: random.Random):
        self.r = r
        self.pii: list[dict] = []
        self.keep: list[str] = []
        self.known: str | None = None
        self.known_word: str | None = None
        self.forms: dict[int, set[str]] = {}

    # ---- registration
    def p(self, text: str, label: str) -> str:
        if {"text": text, "label": label} not in self.pii:
            self.pii.append({"text": text, "label": label})
        return text

    def k(self, text: str) -> str:
        if text not in self.keep:
            self.keep.append(text)
        return text

    def ch(self, seq):
        return self.r.choice(seq)

    # ---- people
    def person(self, origin: str | None = None, female: bool | None = None, sur_of: Person | None = None) -> Person:
        r = self.r
        if sur_of is not None and sur_of.origin and r.random() < 0.8:
            origin = sur_of.origin
        origin = origin or r.choice(list(ORIGINS))
        males, females, pre, suf, parts, whole = ORIGINS[origin]
        female = r.random() < 0.5 if female is None else female
        first = r.choice(females if female else males)
        if sur_of is not None:
            fam = Person(first, sur_of.particle, sur_of.sur, female, sur_of.lower_ok)
            fam.origin = origin
            return fam
        if whole and (not pre or r.random() < 0.5):
            sur = r.choice(whole)
        else:
            sur = r.choice(pre) + r.choice(suf)
            if sur[0].islower():
                sur = sur[0].upper() + sur[1:]
        if origin == "pools" and female and sur.endswith("ski"):
            sur = sur[:-1] + "a"
        if origin == "bulgaars" and female:
            sur += "a"
        if origin in ("nederlands", "creools", "indisch") and r.random() < 0.12:
            sur = sur + "-" + r.choice(pre) + r.choice(suf)
        particle = r.choice(parts)
        if origin == "nederlands" and female and r.random() < 0.2:
            second = r.choice(["van der ", "de ", "van ", "", ""]) + r.choice(pre) + r.choice(suf)
            sur = sur + "-" + second
        if particle and origin == "vlaams":
            sur, particle = particle + " " + sur, ""
        pers = Person(first, particle, sur, female)
        pers.origin = origin
        if r.random() < 0.3:
            pers.extra_initial = r.choice("ABCDEFGHJKLMNPRSTW") + "."
        return pers

    def known_person(self) -> Person:
        word, where, particle, _, _ = self.ch(KNOWN_WORDS)
        self.known_word = word
        base = self.person()
        if where == "sur":
            pers = Person(base.first, particle, word, base.female, lower_ok=False)
        else:
            female = word != "Ben"
            pers = Person(word, base.particle, base.sur, female, lower_ok=False)
        self.known = pers.full()
        return pers

    def n(self, pers: Person, form: str = "full") -> str:
        """Render a person in a form and register it."""
        if form in ("lower", "firstlower", "surlower") and not pers.lower_ok:
            form = {"lower": "full", "firstlower": "first", "surlower": "last"}[form]
        if form == "nick" and not pers.nick:
            form = "first"
        self.forms.setdefault(id(pers), set()).add(form)
        text = {
            "full": pers.full,
            "last": pers.last,
            "first": lambda: pers.first,
            "ini": pers.initials,
            "lower": lambda: pers.full().lower(),
            "firstlower": lambda: pers.first.lower(),
            "surlower": lambda: " ".join(x for x in (pers.particle, pers.sur) if x).lower(),
            "caps": lambda: pers.full().upper(),
            "capslast": lambda: pers.last().upper(),
            "nick": lambda: pers.nick or pers.first,
            "lastcomma": lambda: pers.last().upper() + ", " + pers.first,
        }[form]()
        return self.p(text, "PERSON")

    def title(self, pers: Person, style: int | None = None) -> str:
        style = self.r.randrange(4) if style is None else style
        titles = ["mevrouw", "mw.", "mevr.", "mevrouw"] if pers.female else ["meneer", "dhr.", "de heer", "meneer"]
        return titles[style]

    # ---- identifiers
    def street(self, number: bool | None = None, lower: bool = False, upper: bool = False) -> tuple[str, str]:
        """(article, registered street text)."""
        r = self.r
        het = r.random() < 0.25
        name = r.choice(STREET_PRE) + r.choice(STREET_SUF_HET if het else STREET_SUF_DE)
        number = r.random() < 0.6 if number is None else number
        if number:
            name += " " + str(r.randint(1, 240)) + r.choice(["", "", "", "a", "B", "-2"])
        if lower:
            name = name.lower()
        if upper:
            name = name.upper()
        return ("het" if het else "de"), self.p(name, "ADDRESS")

    def postcode(self) -> str:
        r = self.r
        while True:
            letters = r.choice("ABCDEGHJKLMNPRSTVWXZ") + r.choice("ABCDEGHJKLMNPRSTVWXZ")
            if letters not in ("SA", "SD", "SS"):
                break
        num = str(r.randint(1011, 9999))
        fmt = r.choice(["{n} {l}", "{n}{l}", "{n} {l}", "{n} {ll}", "{n}-{l}"])
        return self.p(fmt.format(n=num, l=letters, ll=letters.lower()), "POSTCODE")

    def phone(self, kind: str | None = None) -> str:
        r = self.r
        kind = kind or r.choice(["mob", "mob", "mob", "land", "land", "abroad"])
        if kind == "mob":
            a = "".join(r.choice("0123456789") for _ in range(8))
            a = r.choice("123456") + a[1:]
            fmt = r.choice(
                [
                    f"06-{a}",
                    f"06 {a[:2]} {a[2:4]} {a[4:6]} {a[6:]}",
                    f"+31 6 {a[:4]} {a[4:]}",
                    f"+31(0)6-{a}",
                    f"0031 6 {a}",
                    f"06{a}",
                    f"06 - {a[:4]} {a[4:]}",
                ]
            )
        elif kind == "land":
            ac = r.choice(["010", "020", "030", "040", "050", "070", "0318", "0575", "0162", "0485", "0594", "0226"])
            rest = "".join(r.choice("0123456789") for _ in range(10 - len(ac)))
            rest = r.choice("2345789") + rest[1:]
            fmt = r.choice(
                [
                    f"{ac}-{rest}",
                    f"({ac}) {rest[:3]} {rest[3:]}",
                    f"+31 {ac[1:]} {rest}",
                    f"{ac} {rest[:3]} {rest[3:5]} {rest[5:]}",
                    f"{ac}{rest}",
                ]
            )
        else:
            d = lambda k: "".join(r.choice("0123456789") for _ in range(k))  # noqa: E731
            fmt = r.choice(
                [
                    f"+32 47{d(1)} {d(2)} {d(2)} {d(2)}",
                    f"+49 15{d(1)} {d(8)}",
                    f"+90 53{d(1)} {d(3)} {d(2)} {d(2)}",
                    f"+212 6{d(2)}-{d(6)}",
                    f"+44 7{d(3)} {d(6)}",
                    f"+48 5{d(2)} {d(3)} {d(3)}",
                    f"+597 8{d(2)}-{d(4)}",
                    f"+599 9 5{d(2)} {d(4)}",
                    f"00963 9{d(2)} {d(3)} {d(3)}",
                    f"+380 6{d(1)} {d(3)} {d(2)} {d(2)}",
                ]
            )
        return self.p(fmt, "PHONE")

    def bsn(self) -> str:
        r = self.r
        while True:
            ds = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
            last = sum(x * w for x, w in zip(ds, range(9, 1, -1), strict=True)) % 11
            if last < 10:
                s = "".join(map(str, ds + [last]))
                break
        fmt = r.choice([s, s, f"{s[:4]}.{s[4:6]}.{s[6:]}", f"{s[:3]} {s[3:6]} {s[6:]}", f"{s[:2]} {s[2:5]} {s[5:]}"])
        return self.p(fmt, "BSN")

    def iban(self) -> str:
        r = self.r
        kind = r.choice(["NL", "NL", "NL", "NL", "BE", "DE"])
        if kind == "NL":
            while True:
                acct = [r.randint(0, 9) for _ in range(10)]
                if sum(x * w for x, w in zip(acct, range(10, 0, -1), strict=True)) % 11 == 0 and acct[0] + acct[1]:
                    break
            bban = r.choice(BANKS) + "".join(map(str, acct))
        elif kind == "BE":
            n = "".join(str(r.randint(0, 9)) for _ in range(10))
            c = int(n) % 97 or 97
            bban = n + f"{c:02d}"
        else:
            bban = "".join(str(r.randint(0, 9)) for _ in range(18))
        iban = kind + f"{98 - iban_mod(kind + '00' + bban):02d}" + bban
        assert iban_mod(iban) == 1
        grouped = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
        return self.p(r.choice([iban, grouped, grouped, grouped.lower() if kind == "NL" else grouped]), "IBAN")

    def plate(self, lower: bool = False) -> str:
        r = self.r
        L = lambda k: "".join(r.choice(PLATE_LETTERS) for _ in range(k))  # noqa: E731
        D = lambda k: "".join(r.choice("0123456789") for _ in range(k))  # noqa: E731
        code = r.choice(
            [
                f"{L(2)}-{D(2)}-{L(2)}",
                f"{L(2)}-{L(2)}-{D(2)}",
                f"{D(2)}-{L(2)}-{L(2)}",
                f"{D(2)}-{L(3)}-{D(1)}",
                f"{D(1)}-{L(3)}-{D(2)}",
                f"{L(2)}-{D(3)}-{L(1)}",
                f"{L(1)}-{D(3)}-{L(2)}",
                f"{L(3)}-{D(2)}-{L(1)}",
                f"{D(1)}-{L(2)}-{D(3)}",
                f"{L(1)}-{D(2)}-{L(3)}",
            ]
        )
        if r.random() < 0.25:
            code = code.replace("-", "")
        if lower:
            code = code.lower()
        return self.p(code, "LICENSE_PLATE")

    def case(self, upper: bool = False) -> str:
        """A cue word (kept) and a municipal case number."""
        r = self.r
        y = r.choice(["2025", "2026", "25", "26"])
        n = str(r.randint(1000, 999999))
        cue, num = r.choice(
            [
                ("zaaknummer", f"Z/{y}/{n[:3]}.{n[3:]}" if len(n) > 3 else f"Z/{y}/{n}"),
                ("kenmerk", f"VTA-{y}-{n.zfill(5)}"),
                ("ons kenmerk", f"BZW {y}/{n}"),
                ("dossiernummer", f"WMO.{y}.{n}"),
                ("registratienummer", f"{y}-{n.zfill(7)}"),
                ("zaaknr.", f"Z{y}-{n}"),
                ("klachtnummer", f"K{y}-{n.zfill(5)}"),
                ("referentie", f"PZ{y}/{n}"),
                ("beschikkingsnummer", f"BS-{n}-{y}"),
            ]
        )
        return f"{self.k(cue.upper() if upper else cue)} {self.p(num, 'CASE_NUMBER')}"

    def dob(self, cue: bool = True, years: tuple[int, int] = (1931, 2007)) -> str:
        r = self.r
        y, m, dd = r.randint(*years), r.randint(1, 12), r.randint(1, 28)
        text = r.choice(
            [
                f"{dd} {MONTHS[m - 1]} {y}",
                f"{dd:02d}-{m:02d}-{y}",
                f"{dd}-{m}-{y}",
                f"{dd:02d}/{m:02d}/{y}",
                f"{y}-{m:02d}-{dd:02d}",
                f"{dd:02d}.{m:02d}.{y}",
                f"{dd} {MONTHS_SHORT[m - 1]} {y}",
            ]
        )
        self.p(text, "DATE_OF_BIRTH")
        if not cue:
            return text
        c = r.choice(["geboren op", "geb.", "geboortedatum", "geboren", "geboortedatum:", "*"])
        return f"{c} {text}"

    def email(self, pers: Person, official_town: str | None = None) -> str:
        r = self.r
        f = re.sub(r"[^a-z]", "", ascii_fold(pers.first).lower())
        s = re.sub(r"[^a-z]", "", ascii_fold(pers.sur).lower())
        if official_town:
            dom = "gemeente" + re.sub(r"[^a-z]", "", ascii_fold(official_town).lower()) + ".nl"
            local = r.choice([f"{f[0]}.{s}", f"{f}.{s}"])
        else:
            dom = r.choice(MAIL_DOMAINS)
            local = r.choice(
                [f"{f}.{s}", f"{f[0]}{s}{r.randint(60, 99)}", f"{s}.{f}", f"{f}_{s}{r.randint(1, 99)}", f"{f}{s}"]
            )
        if len(local) < 6:
            local += str(r.randint(1970, 2009))
        return self.p(f"{local}@{dom}", "EMAIL")

    # ---- ordinary words (kept)
    def date(self) -> str:
        r = self.r
        dd, m = r.randint(1, 28), r.randint(1, 12)
        return self.k(
            r.choice(
                [f"{dd} {MONTHS[m - 1]}", f"{r.choice(WEEKDAYS)} {dd} {MONTHS[m - 1]}", f"{dd} {MONTHS[m - 1]} 2026"]
            )
        )

    def amount(self) -> str:
        r = self.r
        e, c = r.randint(12, 2400), r.choice([0, 50, 25, 80, 95])
        s = f"{e:,}".replace(",", ".")
        return self.k(r.choice([f"€ {s},{c:02d}", f"€{e},-", f"{e} euro", f"EUR {s},{c:02d}"]))

    def kc(self, pool: list[str]) -> str:
        return self.k(self.ch(pool))


def iban_mod(iban: str) -> int:
    s = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97


def bsn_ok(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    return (sum(int(x) * w for x, w in zip(d[:8], range(9, 1, -1), strict=True)) - int(d[8])) % 11 == 0


def cap(s: str) -> str:
    return s[0].upper() + s[1:]


# --------------------------------------------------------------------------------------------------- shapes
# Each voice is one kind of resident writing through one channel; a shape is a function (doc, writer, context) -> text.
# Position 0 opens a message, 1 sits in the middle, 2 closes it, 3 is a postscript.
VOICES: dict[str, dict] = {}


def shape(voice: str, pos: int = 1):
    def deco(fn):
        VOICES.setdefault(voice, {"shapes": []})["shapes"].append((pos, fn))
        return fn

    return deco


def he(p: Person) -> str:
    return "zij" if p.female else "hij"


def his(p: Person) -> str:
    return "haar" if p.female else "zijn"


# V1: an angry older man writes a formal letter
@shape("brief_boze_oudere_man", 0)
def v1_intro(d, w, c):
    art, st = d.street(number=True)
    return (
        f"Geachte heer, mevrouw,\n\nOndergetekende, {d.n(w, 'ini')}, wonende {st} te {d.k(c['town'])}, wendt zich "
        f"andermaal tot u inzake de {d.kc(SCHEMES)}."
    )


@shape("brief_boze_oudere_man")
def v1_b(d, w, c):
    o = d.person()
    return (
        f"Reeds op {d.date()} heb ik uw ambtenaar, {d.title(o)} {d.n(o, 'last')}, schriftelijk gewezen op de "
        f"{d.k('gebrekkige bestrating')}, doch een antwoord bleef uit."
    )


@shape("brief_boze_oudere_man")
def v1_c(d, w, c):
    o = d.person()
    return (
        f"Mijn {d.k('bezwaarschrift')} is door een zekere {d.n(o)} van {d.kc(DEPTS)} zonder enige toelichting "
        f"terzijde gelegd."
    )


@shape("brief_boze_oudere_man")
def v1_d(d, w, c):
    age = d.r.randint(70, 93)
    return (
        f"Is het werkelijk de bedoeling dat een man van {d.k(f'{age} jaar')} ({d.dob(years=(2025 - age, 2025 - age))}) "
        f"driemaal per week naar het {d.k('stadskantoor')} moet fietsen?"
    )


@shape("brief_boze_oudere_man")
def v1_e(d, w, c):
    wife = d.person(female=True, sur_of=w if d.r.random() < 0.5 else None)
    return (
        f"Ik verzoek u dringend mij vóór {d.date()} te bellen op {d.phone('land')}; mijn echtgenote, "
        f"{d.n(wife)}, is overdag eveneens bereikbaar."
    )


@shape("brief_boze_oudere_man")
def v1_f(d, w, c):
    o = d.person(female=True)
    return (
        f"Dat de {d.k('wethouder')}, mevrouw {d.n(o, 'last')}, mij in de {d.k('raadsvergadering')} van {d.date()} "
        f"'een querulant' noemde, neem ik haar zeer kwalijk."
    )


@shape("brief_boze_oudere_man", 2)
def v1_sign(d, w, c):
    art, st = d.street(number=True)
    return f"Hoogachtend,\n\n{d.n(w)}\n{st}\n{d.postcode()}  {d.k(c['town'].upper())}"


# V2: a polite elderly woman writes a letter or has one typed
@shape("brief_beleefde_oudere_vrouw", 0)
def v2_intro(d, w, c):
    h = d.person(female=False, sur_of=None)
    art, st = d.street(number=False)
    return (
        f"Beste mensen van de gemeente,\n\nMijn naam is {d.n(w)}, weduwe van {d.n(h, 'first')} {d.n(h, 'last')}, "
        f"en ik woon al sinds {d.k(str(d.r.randint(1961, 1999)))} aan {art} {st}."
    )


@shape("brief_beleefde_oudere_vrouw")
def v2_b(d, w, c):
    k = d.person(female=False)
    return (
        f"Mijn kleinzoon {d.n(k, 'first')} heeft dit {d.k('formulier')} voor mij ingevuld, want met de computer ben ik "
        f"niet zo handig."
    )


@shape("brief_beleefde_oudere_vrouw")
def v2_c(d, w, c):
    z = d.person(female=True)
    return (
        f"Zou u zo vriendelijk willen zijn de {d.k('thuiszorg')} opnieuw in te plannen? Zuster {d.n(z, 'first')} kwam "
        f"altijd op {d.k(d.ch(WEEKDAYS))}, maar nu komt er niemand meer."
    )


@shape("brief_beleefde_oudere_vrouw")
def v2_d(d, w, c):
    o = d.person(female=False)
    return (
        f"Ik heb het al eens gevraagd aan die aardige jongeman van het {d.k('wijkteam')}, {d.n(o)}, maar hij is geloof "
        f"ik met verlof."
    )


@shape("brief_beleefde_oudere_vrouw")
def v2_e(d, w, c):
    return (
        f"Voor de volledigheid: mijn rekeningnummer is {d.iban()} (t.n.v. mw. {d.n(w, 'ini')}) en mijn "
        f"burgerservicenummer is {d.bsn()}."
    )


@shape("brief_beleefde_oudere_vrouw", 2)
def v2_sign(d, w, c):
    return f"Met hartelijke groet en alvast bedankt voor de moeite,\n{d.title(w, 1)} {d.n(w, 'ini')}"


# V3: a young resident in the web chat, all lower case
@shape("chat_jongere", 0)
def v3_intro(d, w, c):
    art, st = d.street(number=False, lower=True)
    return f"hee, {d.n(w, 'lower')} hier, ik woon op {art} {st} en ik snap echt niks van die brief"


@shape("chat_jongere")
def v3_b(d, w, c):
    f = d.person(female=True)
    return (
        f"mn vriendin {d.n(f, 'firstlower')} heeft precies dezelfde {d.k('aanmaning')} gehad dus het ligt niet aan mij"
    )


@shape("chat_jongere")
def v3_c(d, w, c):
    o = d.person(female=True)
    return f"kan iemand tegen {d.n(o, 'lower')} zeggen dat ik heb gebeld?? ze neemt nooit op"


@shape("chat_jongere")
def v3_d(d, w, c):
    return (
        f"mijn nummer is {d.phone('mob')} app maar, bellen lukt niet want ik sta de hele dag in het {d.k('magazijn')}"
    )


@shape("chat_jongere")
def v3_e(d, w, c):
    o = d.person()
    return (
        f"btw die scooter met {d.plate(lower=True)} is niet van mij maar van {d.n(o, 'firstlower')} "
        f"{d.n(o, 'surlower')} uit de flat, die {d.k('boete')} is dus niet voor mij"
    )


@shape("chat_jongere")
def v3_f(d, w, c):
    o = d.person()
    return f"waarom krijgt {d.n(o, 'nick')} wel {d.kc(SCHEMES)} en ik niet, we verdienen precies hetzelfde"


@shape("chat_jongere", 2)
def v3_sign(d, w, c):
    return f"oke thx, groetjes {d.n(w, 'firstlower')}"


# V4: a newcomer writes simple Dutch
@shape("eenvoudig_nederlands", 0)
def v4_intro(d, w, c):
    return (
        f"Hallo, ik ben {d.n(w)}, ik kom uit {d.kc(COUNTRIES)} en woon {d.k(str(d.r.randint(2, 9)) + ' jaar')} in "
        f"{d.k(c['town'])}."
    )


@shape("eenvoudig_nederlands")
def v4_b(d, w, c):
    b = d.person()
    return f"Mijn buurman meneer {d.n(b, 'last')} zegt ik moet hier schrijven."


@shape("eenvoudig_nederlands")
def v4_c(d, w, c):
    h = d.person(female=not w.female)
    rel = "man" if w.female else "vrouw"
    return f"Brief van {d.kc(DEPTS)} ik begrijp niet. Is het voor mij of voor mijn {rel} {d.n(h, 'first')}?"


@shape("eenvoudig_nederlands")
def v4_d(d, w, c):
    return f"Mijn BSN {d.bsn()}, mijn geboortedatum {d.dob(cue=False)}."


@shape("eenvoudig_nederlands")
def v4_e(d, w, c):
    h = d.person(female=True)
    return (
        f"Alstublieft bel {d.n(h)} van {d.kc(['Vluchtelingenwerk', 'Humanitas', 'het Taalhuis'])}, zij helpt mij met "
        f"taal, nummer {d.phone()}."
    )


@shape("eenvoudig_nederlands", 2)
def v4_sign(d, w, c):
    return f"Dank u wel.\n{d.n(w)} ({d.email(w)})"


# V5: a daughter writes for her mother
@shape("dochter_voor_moeder", 0)
def v5_intro(d, w, c):
    m = d.person(female=True, sur_of=w if d.r.random() < 0.4 else None)
    c["mother"] = m
    return f"Ik schrijf namens mijn moeder, {d.n(m)}, die sinds haar {d.k('beroerte')} niet meer zelf kan bellen."


def mother(d, c) -> Person:
    if "mother" not in c:
        c["mother"] = d.person(female=True)
    return c["mother"]


@shape("dochter_voor_moeder")
def v5_b(d, w, c):
    gp = d.person()
    return (
        f"Moeders {d.k('huisarts')}, dokter {d.n(gp, 'last')}, heeft een verklaring geschreven; die stuur ik mee als "
        f"{d.k('bijlage')}."
    )


@shape("dochter_voor_moeder")
def v5_c(d, w, c):
    o = d.person()
    return (
        f"Wie van jullie heeft op {d.date()} tegen haar gezegd dat de {d.kc(SCHEMES)} vanzelf zou doorlopen? Het was "
        f"volgens haar een {d.kc(FUNCS)} die zich voorstelde als {d.n(o, 'first')}."
    )


@shape("dochter_voor_moeder")
def v5_d(d, w, c):
    art, st = d.street(number=True)
    return f"Post voor mama kan naar mijn adres: {st}, {d.postcode()} {d.k(d.ch(TOWNS))}."


@shape("dochter_voor_moeder")
def v5_e(d, w, c):
    m = mother(d, c)
    return (
        f"U vindt het dossier van {d.title(m)} {d.n(m, 'last')} onder {d.case()}, of anders op haar "
        f"burgerservicenummer {d.bsn()}."
    )


@shape("dochter_voor_moeder", 2)
def v5_sign(d, w, c):
    m = mother(d, c)
    return f"Met vriendelijke groet,\n{d.n(w)} (dochter van mevrouw {d.n(m, 'last')})"


# V6: a neighbour writes for an elderly neighbour
@shape("buur_voor_buur", 0)
def v6_intro(d, w, c):
    nb = d.person(female=False)
    c["nb"] = nb
    return (
        f"Ik ben de buurvrouw van {d.title(nb)} {d.n(nb)} op nummer {d.r.randint(2, 90)}, en ik maak me zorgen om hem."
    )


def neighbour(d, c) -> Person:
    if "nb" not in c:
        c["nb"] = d.person(female=False)
    return c["nb"]


@shape("buur_voor_buur")
def v6_b(d, w, c):
    nb = neighbour(d, c)
    hb = d.person()
    return (
        f"Sinds de {d.k('huisbaas')}, ene {d.n(hb)}, de verwarming heeft laten afsluiten, zit {d.n(nb, 'first')} "
        f"in de kou."
    )


@shape("buur_voor_buur")
def v6_c(d, w, c):
    nb = neighbour(d, c)
    return f"{d.n(nb, 'last')} durft zelf niet te klagen, want hij is bang dat hij dan uit zijn huis wordt gezet."


@shape("buur_voor_buur")
def v6_d(d, w, c):
    nb = neighbour(d, c)
    son = d.person(female=False, sur_of=nb)
    return f"Zijn zoon {d.n(son)} woont ver weg en is alleen bereikbaar op {d.phone('abroad')}."


@shape("buur_voor_buur")
def v6_e(d, w, c):
    art, st = d.street(number=True)
    return f"Kunt u iemand langs sturen naar de {st}? Ik ben er zelf bijna altijd, vraag maar naar {d.n(w, 'first')}."


@shape("buur_voor_buur", 2)
def v6_sign(d, w, c):
    ag = d.person()
    return f"Dit bericht gaat in cc naar de {d.k('wijkagent')}, {d.n(ag)}.\n\n{d.n(w, 'first')}"


# V7: a confused pensioner writes an e-mail
@shape("verwarde_gepensioneerde", 0)
def v7_intro(d, w, c):
    o = d.person()
    return (
        f"Goedemiddag, ik weet niet of ik hier goed zit, maar ik kreeg een brief met bovenaan {d.case()} en "
        f"onderaan de naam {d.n(o, 'ini')}."
    )


@shape("verwarde_gepensioneerde")
def v7_b(d, w, c):
    o = d.person()
    return f"Of was het nu {d.title(o, 0)} {d.n(o, 'last')}? Mijn geheugen is niet meer wat het was."


@shape("verwarde_gepensioneerde")
def v7_c(d, w, c):
    dd = d.person(female=True, sur_of=w if d.r.random() < 0.3 else None)
    return (
        f"Mijn dochter {d.n(dd, 'first')} zegt dat ik het op internet moet doen, maar daar vragen ze om "
        f"{d.k('DigiD')} en dat heb ik niet."
    )


@shape("verwarde_gepensioneerde")
def v7_d(d, w, c):
    art, st = d.street(number=False)
    return (
        f"Ik heb nog een oude pas waar {d.postcode()} op staat, maar ik ben in {d.k(str(d.r.randint(2009, 2024)))} "
        f"verhuisd naar {art} {st}."
    )


@shape("verwarde_gepensioneerde")
def v7_e(d, w, c):
    return f"U kunt mij bellen op {d.phone('land')}, maar niet {d.k('tussen twaalf en twee')}, want dan rust ik."


@shape("verwarde_gepensioneerde", 2)
def v7_sign(d, w, c):
    art, st = d.street(number=False)
    return f"Vriendelijke groeten van {d.title(w, 0)} {d.n(w, 'last')} uit {art} {st}"


# V8: a furious resident in capitals
@shape("hoofdletters", 0)
def v8_intro(d, w, c):
    return (
        f"IK BEN HET ZAT!!! {d.n(w, 'caps')} HEEFT AL {d.k(str(d.r.randint(3, 14)) + ' MAANDEN')} GEEN ANTWOORD GEHAD"
    )


@shape("hoofdletters")
def v8_b(d, w, c):
    o = d.person()
    return f"EN DAN DURFT DIE {d.n(o, 'capslast')} VAN {d.k(d.ch(DEPTS).upper())} NOG TE ZEGGEN DAT HET AAN MIJ LIGT"


@shape("hoofdletters")
def v8_c(d, w, c):
    o = d.person()
    return (
        f"WAAROM HEEFT {d.n(o, 'caps')} EEN {d.k('WIELKLEM')} OP DE {d.plate()} GEZET TERWIJL IK GEWOON EEN "
        f"{d.k('VERGUNNING')} HEB???"
    )


@shape("hoofdletters")
def v8_d(d, w, c):
    return f"BEL MIJ OP {d.phone()} OF IK STAP NAAR DE {d.k(d.ch(['NATIONALE OMBUDSMAN', 'RECHTER', 'KRANT']))}"


@shape("hoofdletters")
def v8_e(d, w, c):
    return f"{d.case(upper=True)} DAT IS AL DE DERDE KEER DAT IK DIT STUUR"


@shape("hoofdletters", 2)
def v8_sign(d, w, c):
    art, st = d.street(number=True, upper=True)
    return f"{d.n(w, 'lastcomma')}\n{st}\n{d.postcode()}"


# V9: a student writes an informal e-mail
@shape("student_mail", 0)
def v9_intro(d, w, c):
    a = d.person(female=True)
    return (
        f"Hoi! Ik ben {d.n(w, 'first')} ({d.k(str(d.r.randint(18, 24)) + ' jaar')}), ik studeer in {d.k(c['town'])} en "
        f"sta sinds {d.date()} ingeschreven op het adres van mijn tante, {d.n(a)}."
    )


@shape("student_mail")
def v9_b(d, w, c):
    o = d.person()
    return (
        f"Volgens de {d.k('BRP')} is mijn inschrijving 'in onderzoek', en {d.n(o)} van {d.kc(DEPTS)} zegt dat ik dat "
        f"zelf moet oplossen haha"
    )


@shape("student_mail")
def v9_c(d, w, c):
    a, b, e = d.person(), d.person(), d.person()
    return (
        f"Mijn huisgenoten ({d.n(a, 'first')}, {d.n(b, 'nick')} en {d.n(e, 'first')}) hebben trouwens precies "
        f"hetzelfde {d.k('probleem')}."
    )


@shape("student_mail")
def v9_d(d, w, c):
    f = d.person(female=False, sur_of=w)
    return f"Kunnen jullie het terugstorten op {d.iban()}? Die staat op naam van mijn vader, {d.n(f, 'ini')}."


@shape("student_mail", 3)
def v9_e(d, w, c):
    o = d.person()
    return f"Ps. werkt {d.n(o, 'nick')} nog bij jullie? Die had het vorig jaar super goed geregeld!"


@shape("student_mail", 2)
def v9_sign(d, w, c):
    return f"Thx alvast!\n{d.n(w, 'first')}\n{d.email(w)}"


# V10: a father fills in the web form about his son
@shape("vader_webformulier", 0)
def v10_intro(d, w, c):
    child = d.person(female=False, sur_of=w)
    c["child"] = child
    art, st = d.street(number=True)
    return (
        f"Naam aanvrager: {d.n(w)}\nNaam kind: {d.n(child)}\n"
        f"Geboortedatum kind: {d.dob(cue=False, years=(2009, 2019))}\n"
        f"Adres: {st}, {d.postcode()} {d.k(c['town'])}\nToelichting:"
    )


def child(d, w, c) -> Person:
    if "child" not in c:
        c["child"] = d.person(female=False, sur_of=w)
    return c["child"]


@shape("vader_webformulier")
def v10_b(d, w, c):
    ch_ = child(d, w, c)
    return (
        f"Onze zoon {d.n(ch_, 'first')} zit sinds de {d.k('herfstvakantie')} thuis omdat de school hem niet kan bieden "
        f"wat hij nodig heeft."
    )


@shape("vader_webformulier")
def v10_c(d, w, c):
    o = d.person(female=True)
    return f"De {d.k('leerplichtambtenaar')}, mevrouw {d.n(o, 'ini')}, belde ons pas na vijf weken terug."


@shape("vader_webformulier")
def v10_d(d, w, c):
    j, wife = d.person(), d.person(female=True)
    return (
        f"Wij hebben {d.n(j)} van het {d.k('jeugdteam')} gevraagd om een gesprek met iedereen erbij: school, de "
        f"{d.k('GGD')}, mijn vrouw {d.n(wife, 'first')} en ik."
    )


@shape("vader_webformulier")
def v10_e(d, w, c):
    return f"Vermeld bij correspondentie graag ons {d.case()}."


@shape("vader_webformulier", 2)
def v10_f(d, w, c):
    wife = d.person(female=True)
    return f"Mijn mobiele nummer is {d.phone('mob')}; mijn vrouw {d.n(wife, 'first')} leest {d.email(wife)}."


# V11: a shopkeeper writes about a fine and a permit
@shape("ondernemer", 0)
def v11_intro(d, w, c):
    art, st = d.street(number=False)
    return (
        f"Als eigenaar van een {d.k('kapsalon')} aan {art} {st} heb ik een vraag over de "
        f"{d.k(d.ch(['terrasvergunning', 'reclamebelasting', 'ontheffing laden en lossen']))}."
    )


@shape("ondernemer")
def v11_b(d, w, c):
    b = d.person()
    return f"Mijn {d.k('boekhouder')}, {d.n(b)}, heeft alle stukken al op {d.date()} ingediend."


@shape("ondernemer")
def v11_c(d, w, c):
    return f"Het bedrag van {d.amount()} is afgeschreven van {d.iban()} ({d.k('zakelijke rekening')}, t.n.v. {d.n(w)})."


@shape("ondernemer")
def v11_d(d, w, c):
    h = d.person()
    return f"Volgens {d.k('handhaver')} {d.n(h)} mag mijn bestelbus ({d.plate()}) niet meer op de stoep laden."


@shape("ondernemer")
def v11_e(d, w, c):
    nf = d.person(female=False)
    return (
        f"Ik heb {d.k(str(d.r.randint(2, 7)) + ' mensen in dienst')}, onder wie mijn neef {d.n(nf)}, en kan deze "
        f"{d.k('boete')} niet betalen."
    )


@shape("ondernemer", 2)
def v11_sign(d, w, c):
    return f"Met vriendelijke groet,\n{d.n(w)} | {d.phone()}"


# V12: a tenant writes about the landlord
@shape("huurder", 0)
def v12_intro(d, w, c):
    art, st = d.street(number=True)
    ll = d.person()
    c["ll"] = ll
    return (
        f"Ik huur sinds {d.k(str(d.r.randint(2008, 2024)))} een {d.k('bovenwoning')} aan {art} {st} van "
        f"{d.k('verhuurder')} {d.n(ll)}."
    )


def landlord(d, c) -> Person:
    if "ll" not in c:
        c["ll"] = d.person()
    return c["ll"]


@shape("huurder")
def v12_b(d, w, c):
    ll = landlord(d, c)
    return (
        f"{d.title(ll, 0).capitalize()} {d.n(ll, 'last')} weigert de {d.k('schimmel')} in de badkamer aan te pakken; "
        f"'dat komt door uw eigen stookgedrag', schreef {he(ll)} op {d.date()}."
    )


@shape("huurder")
def v12_c(d, w, c):
    o = d.person()
    return (
        f"Van het {d.k('Juridisch Loket')} (de {d.k('jurist')}, {d.n(o)}) kreeg ik het advies om naar de "
        f"{d.k('Huurcommissie')} te gaan."
    )


@shape("huurder")
def v12_d(d, w, c):
    return f"De huur ({d.amount()} per maand) betaal ik elke maand keurig via {d.iban()}."


@shape("huurder")
def v12_e(d, w, c):
    f = d.person()
    return f"Mijn onderburen, de familie {d.n(f, 'last')}, hebben precies dezelfde {d.k('klachten')}."


@shape("huurder", 2)
def v12_f(d, w, c):
    return f"Wanneer komt er iemand kijken? Ik ben bereikbaar op {d.phone()} of per mail ({d.email(w)})."


# V13: a volunteer language buddy writes with a status holder
@shape("taalmaatje", 0)
def v13_intro(d, w, c):
    bud = d.person(origin=d.ch(["nederlands", "fries", "indisch", "vlaams", "duits"]))
    c["bud"] = bud
    return f"Dit bericht schrijf ik, {d.n(bud)}, samen met {d.n(w)}, voor wie ik {d.k('taalmaatje')} ben."


@shape("taalmaatje")
def v13_b(d, w, c):
    sp = d.person(female=not w.female, sur_of=w)
    art, st = d.street(number=False)
    return (
        f"{d.n(w, 'first')} en {his(w)} partner {d.n(sp, 'first')} kregen op {d.date()} de sleutel van een woning aan "
        f"{art} {st}, maar er lag nog geen vloer."
    )


@shape("taalmaatje")
def v13_c(d, w, c):
    km = d.person()
    return (
        f"Hun {d.k('klantmanager')} bij {d.k('team Inburgering')}, {d.n(km, 'ini')}, beloofde dat het "
        f"{d.k('inrichtingskrediet')} binnen twee weken zou komen."
    )


@shape("taalmaatje")
def v13_d(d, w, c):
    nf = d.person(female=False)
    return (
        f"Telefonisch is {d.n(w, 'first')} lastig te bereiken, omdat {he(w)} nog weinig Nederlands spreekt; neef "
        f"{d.n(nf)} tolkt graag ({d.phone()})."
    )


@shape("taalmaatje")
def v13_e(d, w, c):
    return (
        f"{cap(his(w))} geboortedatum volgens de {d.k('BRP')} is {d.dob(cue=False)}, maar op de "
        f"{d.k('beschikking')} staat een andere datum."
    )


@shape("taalmaatje", 2)
def v13_sign(d, w, c):
    bud = c.get("bud") or d.person()
    return f"Namens {d.n(w, 'first')} en mij alvast dank,\n{d.n(bud, 'first')}"


# V14: a son writes in the web chat about his father in a care home
@shape("zoon_mantelzorger", 0)
def v14_intro(d, w, c):
    fa = d.person(female=False, sur_of=w)
    c["fa"] = fa
    return f"Goedemorgen, u spreekt met {d.n(w)}, zoon van {d.n(fa)}."


def father(d, w, c) -> Person:
    if "fa" not in c:
        c["fa"] = d.person(female=False, sur_of=w)
    return c["fa"]


@shape("zoon_mantelzorger")
def v14_b(d, w, c):
    art, st = d.street(number=True)
    return (
        f"Pa woont sinds {d.date()} in het {d.k('zorgcentrum')}, maar de {d.kc(SCHEMES)} wordt nog steeds naar zijn "
        f"oude adres gestuurd, {st}."
    )


@shape("zoon_mantelzorger")
def v14_c(d, w, c):
    z = d.person(female=True, sur_of=w if d.r.random() < 0.5 else None)
    return f"Ik heb een {d.k('machtiging')}; mijn zus {d.n(z, 'first')} en ik zijn samen {d.k('mentor')}."


@shape("zoon_mantelzorger")
def v14_d(d, w, c):
    fa = father(d, w, c)
    f = d.n(fa, "first")
    poss = f"{f}'" if f.endswith(("s", "sh", "x", "z", "ch")) else (f"{f}'s" if f[-1] in "aeiouy" else f"{f}s")
    return (
        f"Kunt u {poss} {d.k('eigen bijdrage')} bij het {d.k('CAK')} even nakijken? Er is {d.amount()} te veel "
        f"ingehouden."
    )


@shape("zoon_mantelzorger")
def v14_e(d, w, c):
    fa = father(d, w, c)
    z = d.person(female=True)
    return (
        f"Het nummer van de afdeling waar {d.title(fa, 0)} {d.n(fa, 'last')} ligt is {d.phone('land')}, vraag naar "
        f"{d.n(z, 'first')}."
    )


@shape("zoon_mantelzorger", 2)
def v14_f(d, w, c):
    o = d.person()
    return f"Oké, dan wacht ik op het telefoontje van {d.n(o)}. Fijne dag!"


# more shapes, one or two per voice
def nicked(d) -> Person:
    for _ in range(60):
        pers = d.person()
        if pers.nick:
            return pers
    return pers


@shape("brief_boze_oudere_man")
def v1_g(d, w, c):
    o = d.person()
    return (
        f'"Daarvoor moet u bij {d.title(o, 2)} {d.n(o, "last")} zijn," zei de {d.k("baliemedewerker")}, "niet bij mij."'
    )


@shape("brief_beleefde_oudere_vrouw")
def v2_g(d, w, c):
    a, b, e = (d.person(sur_of=w) for _ in range(3))
    return (
        f"Mijn kinderen, {d.n(a)}, {d.n(b, 'first')} en {d.n(e)}, wonen allemaal ver weg en kunnen mij niet "
        f"helpen met de {d.kc(SCHEMES)}."
    )


@shape("eenvoudig_nederlands")
def v4_g(d, w, c):
    o = d.person()
    return f"Mijn aanvraag is op {d.date()} door {d.n(o, 'ini')} afgewezen, maar niemand heeft mij uitgelegd waarom."


@shape("dochter_voor_moeder")
def v5_g(d, w, c):
    o = d.person()
    return f"Klopt het dat haar {d.k('bezwaar')} nu op het bureau van {d.n(o)} ligt?"


@shape("verwarde_gepensioneerde")
def v7_g(d, w, c):
    o = nicked(d)
    return (
        f"Die aardige man die iedereen '{d.n(o, 'nick')}' noemt, {d.n(o)}, zou het voor mij regelen, maar ik hoor "
        f"niets meer."
    )


@shape("hoofdletters")
def v8_g(d, w, c):
    o = d.person(female=True)
    return f"WIE DENKT {d.n(o, 'caps')} EIGENLIJK DAT ZE IS DAT ZE MIJ ZO BEHANDELT???"


@shape("student_mail")
def v9_g(d, w, c):
    o = d.person()
    return f"Mail gerust naar {d.email(o)} of app {d.n(o, 'first')}, die weet er alles van."


@shape("ondernemer")
def v11_g(d, w, c):
    o = d.person()
    return (
        f"Het pand van {d.title(o, 0)} {d.n(o, 'last')} ernaast heeft wél een {d.k('omgevingsvergunning')} "
        f"gekregen, en dat vind ik vreemd."
    )


@shape("huurder")
def v12_g(d, w, c):
    ll = landlord(d, c)
    o = d.person(female=False)
    return (
        f"De {d.k('opzichter')}, {d.n(o, 'first')}, vertelde mij dat {d.n(ll, 'last')} 'nooit iets repareert "
        f"voordat er een brief van de gemeente ligt'."
    )


@shape("taalmaatje")
def v13_g(d, w, c):
    o = d.person()
    return (
        f"{d.n(o)}, {d.kc(FUNCS)} bij {d.kc(DEPTS)}, heeft op {d.date()} beloofd terug te bellen, maar dat is "
        f"niet gebeurd."
    )


@shape("zoon_mantelzorger")
def v14_g(d, w, c):
    o = d.person(origin=d.ch(["nederlands", "vlaams", "indisch"]))
    return (
        f"De {d.k('specialist ouderengeneeskunde')} ({d.n(o, 'ini')}) wil eerst overleggen met de "
        f"{d.k('Wmo-consulent')}."
    )


@shape("chat_jongere")
def v3_g(d, w, c):
    o = d.person()
    return f"{d.n(o, 'firstlower')} zei letterlijk 'daar kan ik niks mee' en hing gewoon op"


@shape("buur_voor_buur")
def v6_g(d, w, c):
    o = d.person()
    return (
        f"Wie is er nu eigenlijk verantwoordelijk, {d.k('wethouder')} {d.n(o, 'last')} of de {d.k('woningcorporatie')}?"
    )


@shape("vader_webformulier")
def v10_g(d, w, c):
    girl = d.person(female=True, sur_of=w)
    return (
        f"Ons dochtertje {d.n(girl, 'first')} (° {d.dob(cue=False, years=(2016, 2023))}) staat ook op de "
        f"{d.k('wachtlijst')} voor {d.k('dagbesteding')}."
    )


@shape("zoon_mantelzorger")
def v14_h(d, w, c):
    fa = father(d, w, c)
    return (
        f"Pa's oude Fiat ({d.plate()}) staat nog op naam van {d.n(fa, 'ini')}, terwijl hij al twee jaar niet meer "
        f"rijdt; de {d.k('motorrijtuigenbelasting')} loopt gewoon door."
    )


@shape("buur_voor_buur")
def v6_h(d, w, c):
    nb = neighbour(d, c)
    return (
        f"Op de invalidenparkeerplaats voor het huis van {d.n(nb, 'first')} staat elke avond een busje met kenteken "
        f"{d.plate()}."
    )


# --------------------------------------------------------------------------------------------------- documents
VOICE_FEMALE = {
    "brief_boze_oudere_man": False,
    "brief_beleefde_oudere_vrouw": True,
    "dochter_voor_moeder": True,
    "buur_voor_buur": True,
    "vader_webformulier": False,
    "zoon_mantelzorger": False,
}
JOINER = {"chat_jongere": "\n", "hoofdletters": "\n"}


def n_shapes() -> int:
    return sum(len(v["shapes"]) for v in VOICES.values())


def build(r: random.Random, i: int) -> dict:
    d = Doc(r)
    known = i % 4 == 3
    voice = r.choice(sorted(VOICES))
    if known:
        w = d.known_person()
        need = VOICE_FEMALE.get(voice)
        while need is not None and need != w.female:
            voice = r.choice(sorted(VOICES))
            need = VOICE_FEMALE.get(voice)
    else:
        w = d.person(female=VOICE_FEMALE.get(voice))
    c = {"town": r.choice(TOWNS)}
    shapes = VOICES[voice]["shapes"]
    count = r.randint(2, 5)
    picked = r.sample(shapes, count)
    if known and not any(pos == 0 for pos, _ in picked):
        picked[0] = next(s for s in shapes if s[0] == 0)
    picked.sort(key=lambda s: s[0])
    parts = [(pos, fn(d, w, c)) for pos, fn in picked]
    if known:
        word, _, _, sentence, keep = next(k for k in KNOWN_WORDS if k[0] == d.known_word)
        d.k(keep)
        at = 1 if parts[0][0] == 0 else 0
        parts.insert(at, (1, sentence))
    if known:
        where = next(k[1] for k in KNOWN_WORDS if k[0] == d.known_word)
        naming = {"full", "caps", "lastcomma"} | ({"first"} if where == "first" else {"last", "ini", "capslast"})
        if not d.forms.get(id(w), set()) & naming:
            closing = r.choice(
                [
                    lambda: f"Met vriendelijke groet,\n{d.n(w)}",
                    lambda: f"Groet,\n{d.title(w, 1)} {d.n(w, 'ini' if where == 'sur' else 'full')}",
                    lambda: d.n(w),
                    lambda: f"Hartelijke groeten van {d.n(w)} en familie",
                ]
            )
            parts.append((2, d.n(w, "caps") if voice == "hoofdletters" else closing()))
    joiner = JOINER.get(voice, " ")
    text = ""
    for pos, s in parts:
        if text:
            text += "\n\n" if pos >= 2 and joiner == " " else joiner
        text += s
    doc = {"id": f"fresh13a-{i:04d}", "text": text, "pii": d.pii, "keep": d.keep}
    if known:
        doc["known"] = {"names": [d.known]}
    return doc


def _words(s: str) -> set[str]:
    return {x.lower() for x in re.findall(r"\w+", s) if x.lower() not in PARTICLES and len(x) > 1}


def gate(doc: dict, score=None) -> None:
    """Raise AssertionError unless the document is sound (see README)."""
    score = score or _load_score()
    score.check_doc(doc)
    names: set[str] = set()
    for item in doc["pii"]:
        assert item["label"] in LABELS, item
        if item["label"] == "BSN":
            assert bsn_ok(item["text"]), item
        if item["label"] == "IBAN":
            assert iban_mod(re.sub(r"\s", "", item["text"]).upper()) == 1, item
        if item["label"] == "PERSON":
            names |= _words(item["text"])
    exempt: set[str] = set()
    if "known" in doc:
        exempt = _words(doc["known"]["names"][0]) & {x.lower() for x, *_ in KNOWN_WORDS}
    for k in doc["keep"]:
        shared = (_words(k) & names) - exempt
        assert not shared, (doc["id"], k, shared)
    assert doc["pii"], doc["id"]


REDRAWS: list[tuple] = []


def generate() -> list[dict]:
    score = _load_score()
    docs = []
    for i in range(N_DOCS):
        r = random.Random(f"{SEED}:{i}")
        for attempt in range(500):
            doc = build(r, i)
            try:
                gate(doc, score)
            except AssertionError as e:
                REDRAWS.append((i, attempt, str(e)[:160]))
                continue
            docs.append(doc)
            break
        else:
            raise RuntimeError(f"document {i} failed its gate 500 times")
    return docs


def dumps(docs: list[dict]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv: list[str]) -> int:
    text = dumps(generate())
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("fresh13a corpus is " + ("up to date" if same else "STALE: regenerate with make_fresh13a.py"))
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"{text.count(chr(10))} documents -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
