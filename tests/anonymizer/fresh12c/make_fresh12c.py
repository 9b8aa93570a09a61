#!/usr/bin/env python3
"""Generate ``fresh12c_shapes.jsonl``: 300 short informal Dutch texts (chats, SMS, WhatsApp, social posts, voicemail
transcripts, notes scribbled during a phone call, forum posts) with their personal data annotated.

Written blind by helper B3 (round eleven): sentence shapes of its own, names and streets composed from origin-typical
parts. Standard library only. Every document passes ``gate()``; a failing one is redrawn from its own seeded stream.

    python tests/anonymizer/fresh12c/make_fresh12c.py          # write the corpus
    python tests/anonymizer/fresh12c/make_fresh12c.py --check  # exit 1 if the committed file differs
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "fresh12c_shapes.jsonl"
SEED = 20261213
N_DOCS = 300
LABELS = {"PERSON", "ADDRESS", "POSTCODE", "PHONE", "EMAIL", "BSN", "IBAN", "LICENSE_PLATE", "CASE_NUMBER",
          "DATE_OF_BIRTH"}  # fmt: skip


def _load_score():
    spec = importlib.util.spec_from_file_location("fresh12c_score", HERE.parent / "corpora" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


SCORE = _load_score()


# origin: (male first names, female first names, surname first parts, surname second parts, particles)
# A particle list entry "" means none; a surname part list of whole surnames is written as second parts with "" first.
ORIGINS: dict[str, tuple[list[str], list[str], list[str], list[str], list[str]]] = {
    "nederlands": (
        ["Gerrit", "Hennie", "Wouter", "Bart", "Joost", "Teun", "Gijs", "Harm", "Ruud", "Arjen"],
        ["Ria", "Annelies", "Wilma", "Femke", "Janneke", "Marloes", "Ilse", "Gerda", "Trijntje", "Hester"],
        ["Wester", "Ooster", "Hooge", "Brink", "Molen", "Zand", "Hout", "Haver", "Rieten", "Hessel", "Gort", "Ekel"],
        ["hof", "man", "kamp", "broek", "horst", "ink", "dijk", "mans", "rijk", "steijn", "ing", "voort"],
        ["", "", "van", "van der", "van de", "van den", "ter", "ten", "in 't", "van 't", "op den"],
    ),
    "fries": (
        ["Sjoerd", "Wiebren", "Tjeerd", "Jelle", "Durk", "Auke", "Hylke"],
        ["Tjitske", "Sytske", "Baukje", "Froukje", "Janke", "Wytske", "Geeske"],
        ["Bou", "Wie", "Terp", "Haring", "Sie", "Reit", "Feen", "Oster", "Jel", "Hyl"],
        ["stra", "sma", "inga", "enga", "ema", "tsma", "ga"],
        [""],
    ),
    "vlaams": (
        ["Wannes", "Jef", "Lieven", "Koenraad", "Bavo", "Warre"],
        ["Griet", "Lieve", "Hanne", "Sien", "Marijke", "Fien"],
        ["Vanden", "Vande", "Ver"],
        ["broucke", "bussche", "eynde", "heede", "driessche", "ghinste", "poorten"],
        [""],
    ),
    "duits": (
        ["Jürgen", "Lukas", "Matthias", "Sören", "Torsten"],
        ["Jutta", "Birgit", "Anke", "Heike", "Ulrike"],
        ["Schrö", "Hof", "Krü", "Bäu", "Weiß", "Stein", "Ober"],
        ["der", "mann", "ger", "meier", "hauer", "bach", "müller"],
        ["", "", "von"],
    ),
    "marokkaans": (
        ["Youssef", "Bilal", "Hamza", "Soufiane", "Tarik", "Abdelkader", "Mohamed", "Redouan"],
        ["Hafsa", "Ikram", "Samira", "Loubna", "Siham", "Oumaima", "Khadija"],
        ["Bou", "Amr", "Az", "Ouh", "Ben", "Ach", "Moul", "Lah"],
        ["zerda", "ani", "ouagh", "idi", "addi", "ouali", "hammou", "tahar", "ssini"],
        ["", "", "", "El", "el"],
    ),
    "turks": (
        ["Kerem", "Onur", "Serkan", "Volkan", "Yusuf", "Oğuz", "Hüseyin"],
        ["Emine", "Zeynep", "Aylin", "Gülşen", "Derya", "Sevgi", "Şule"],
        ["Kara", "Ak", "Demir", "Yıldı", "Öz", "Koç", "Gök", "Taş", "Ulu"],
        ["taş", "soy", "kaya", "doğan", "başı", "yürek", "alp", "güneş", "oğlu", "türk"],
        [""],
    ),
    "koerdisch": (
        ["Rebin", "Dilshad", "Azad", "Karwan", "Şoreş"],
        ["Dilan", "Rojda", "Avin", "Berfin", "Nesrin"],
        ["Haw", "Bar", "Zang", "Ned", "Sor", "Kur"],
        ["rami", "zani", "ana", "ari", "ani", "eşi"],
        [""],
    ),
    "hindostaans": (
        ["Rakesh", "Anand", "Ravi", "Sanjay", "Shiwan", "Dinesh"],
        ["Sunita", "Reshma", "Anjali", "Shanti", "Nirmala", "Sarita"],
        ["Ram", "Bhola", "Jag", "Mahab", "Chand", "Soe", "Ganga", "Kali"],
        ["saran", "sing", "roep", "ier", "dansing", "persad", "bali", "charan"],
        [""],
    ),
    "creools": (
        ["Errol", "Romeo", "Guno", "Ricardo", "Clyde", "Humphrey"],
        ["Gracia", "Sharida", "Ivanka", "Roline", "Georgette", "Mavis"],
        ["Zeb", "Slagt", "Vriez", "Bree", "Pina", "Wijn", "Nijm", "Doeb"],
        ["eda", "veld", "de", "dingen", "gaarde", "oord", "an"],
        [""],
    ),
    "javaans": (
        ["Wagimin", "Sukino", "Pardi", "Sarmin"],
        ["Sriwati", "Poniyem", "Kartini", "Sumiati"],
        ["Kromo", "Sarmo", "Karto", "Wongso", "Setro", "Pawiro"],
        ["redjo", "sentono", "dikromo", "dimedjo", "semito", "wirjo"],
        [""],
    ),
    "chinees": (
        ["Jun", "Hao", "Zhiwei", "Kai", "Bowen"],
        ["Xiaoling", "Yan", "Hui", "Qing", "Jiayi"],
        ["Tjon A ", "Lie A ", "Kon A ", "", "", ""],
        ["Kiem", "Joe", "Loi", "Zhou", "Liang", "Wu", "Xu"],
        [""],
    ),
    "vietnamees": (
        ["Van Minh", "Duc Anh", "Quang", "Thanh Tung"],
        ["Thi Lan", "Thanh Huong", "Ngoc Anh", "Thu Trang"],
        [""],
        ["Nguyen", "Tran", "Pham", "Huynh", "Dang", "Bui", "Vo"],
        [""],
    ),
    "moluks": (
        ["Ongky", "Frans", "Semuel", "Welly", "Johny"],
        ["Yolanda", "Nelly", "Dina", "Cornelia", "Grace"],
        ["Lati", "Patti", "Tutu", "Sopa", "Wattim", "Lewa", "Tahap"],
        ["hahu", "wael", "pary", "heluw", "ena", "ary", "sina"],
        [""],
    ),
    "antilliaans": (
        ["Shurandy", "Jurensly", "Giorgio", "Richenel", "Rudsel"],
        ["Jusmarie", "Shaquira", "Dayenne", "Ruthmila", "Suhaily"],
        ["Rosa", "Mart", "Isen", "Dand", "Wint", "Merce", "Fran"],
        ["ria", "ina", "ia", "are", "el", "lina", "cisca"],
        [""],
    ),
    "kaapverdisch": (
        ["Edmilson", "Adilson", "Nelson", "Ailton"],
        ["Djenifer", "Elisângela", "Natália", "Rosária"],
        ["Tava", "Mont", "Sem", "Fort", "Brit", "Lob"],
        ["res", "eiro", "edo", "es", "inho", "ato"],
        ["", "", "dos"],
    ),
    "pools": (
        ["Krzysztof", "Paweł", "Grzegorz", "Łukasz", "Michał", "Wojciech"],
        ["Agnieszka", "Małgorzata", "Joanna", "Beata", "Dorota", "Żaneta"],
        ["Wiśniew", "Zieliń", "Dąbrow", "Szczep", "Grab", "Kozł", "Jabłoń"],
        ["ski"],
        [""],
    ),
    "roemeens": (
        ["Ionuț", "Mihai", "Florin", "Cătălin", "Bogdan"],
        ["Andreea", "Ioana", "Mădălina", "Roxana", "Irina"],
        ["Pop", "Dumitr", "Stănc", "Munt", "Radul", "Vlăd", "Cioc"],
        ["escu", "ache", "eanu", "oiu", "ică", "ulescu"],
        [""],
    ),
    "bulgaars": (
        ["Stoyan", "Georgi", "Ivaylo", "Plamen"],
        ["Desislava", "Tsvetelina", "Mariya", "Radostina"],
        ["Dimit", "Petk", "Stoy", "Kole", "Gench", "Todor"],
        ["ov"],
        [""],
    ),
    "oekraïens": (
        ["Oleksandr", "Bohdan", "Mykola", "Yaroslav", "Serhiy"],
        ["Yuliia", "Olha", "Kateryna", "Nataliia", "Halyna"],
        ["Bondar", "Tkach", "Kravch", "Moroz", "Lysen", "Hrytsen", "Savch", "Melnych"],
        ["enko", "uk", "yshyn", "ko", "ak"],
        [""],
    ),
    "syrisch": (
        ["Rami", "Fadi", "Ammar", "Yazan", "Mahmoud"],
        ["Lina", "Rasha", "Hala", "Reem", "Ghalia"],
        ["Al-", "Al ", "", ""],
        ["Masri", "Halabi", "Shami", "Hamsi", "Darwishi", "Sabbagh", "Kurdi"],
        [""],
    ),
    "eritrees": (
        ["Awet", "Mebrahtu", "Tesfay", "Robel", "Habtom"],
        ["Selam", "Luwam", "Saba", "Winta", "Senait"],
        ["Tesfa", "Gebre", "Habte", "Kidane", "Woldu", "Berhane", "Ghebre"],
        ["mariam", "hiwet", "mikael", "selassie", "yohannes", "giorgis", "tsion"],
        [""],
    ),
    "somalisch": (
        ["Abdirahman", "Mahad", "Liban", "Guled", "Abdiqani"],
        ["Hodan", "Ayaan", "Faduma", "Sahra", "Ifrah", "Nimco"],
        ["Warsa", "Abdi", "Jama", "Xirsi", "Cali", "Dahir"],
        ["me", "kadir", "le", "yare", "nuur", "dhere"],
        [""],
    ),
    "afghaans": (
        ["Farid", "Naweed", "Zabihullah", "Sohrab"],
        ["Zarmina", "Mursal", "Parwana", "Shabnam"],
        ["Ahmad", "Rahim", "Hakim", "Jalal", "Sher", "Popal"],
        ["zai", "khel", "yar", "zada", "i"],
        [""],
    ),
    "iraans": (
        ["Babak", "Kaveh", "Arash", "Dariush"],
        ["Negar", "Mahsa", "Golnaz", "Parisa"],
        ["Karim", "Rezai", "Tehran", "Mohajer", "Sadegh", "Khosrow"],
        ["zadeh", "pour", "ian", "nejad", "abadi"],
        [""],
    ),
    "ghanees": (
        ["Kwame", "Kofi", "Yaw", "Kwabena"],
        ["Akosua", "Abena", "Efua", "Adjoa"],
        ["Asa", "Owu", "Men", "Opo", "Ampo", "Agye"],
        ["moah", "su", "sah", "ateng", "ku", "fo", "man"],
        [""],
    ),
    "nigeriaans": (
        ["Chidi", "Emeka", "Olumide", "Tunde"],
        ["Ngozi", "Chiamaka", "Funmilayo", "Adaeze"],
        ["Okon", "Ade", "Obi", "Nwa", "Ola", "Eze"],
        ["kwo", "yemi", "nna", "chukwu", "wale", "ugo", "bode"],
        [""],
    ),
    "portugees": (
        ["João", "Thiago", "Rodrigo", "Luiz"],
        ["Luana", "Fernanda", "Graça", "Conceição"],
        ["Sil", "Carva", "Ferr", "Rib", "Alm", "Gonç"],
        ["va", "lho", "eira", "eiro", "eida", "alves"],
        ["", "da", "dos"],
    ),
    "italiaans": (
        ["Giuseppe", "Matteo", "Salvatore", "Raffaele"],
        ["Giulia", "Chiara", "Francesca", "Rosaria"],
        ["Stef", "Ross", "Marin", "Esposit", "Coll", "Bianch"],
        ["ano", "elli", "ucci", "o", "ini", "etti"],
        ["", "", "Di", "De", "La"],
    ),
    "spaans": (
        ["Javier", "Álvaro", "Iñigo", "Sergio"],
        ["Lucía", "Begoña", "Nuria", "Pilar"],
        ["Fernánd", "Rodrígu", "Hernánd", "Gonzál", "Velázqu", "Domíngu", "Sánch", "Ibáñ", "Ordóñ", "Benít"],
        ["ez"],
        [""],
    ),
    "grieks": (
        ["Giorgos", "Dimitris", "Nikos", "Kostas"],
        ["Eleni", "Katerina", "Despina", "Vasiliki"],
        ["Papa", "Kara", "Chris", "Andr", "Theo", "Vlach"],
        ["dopoulos", "giannis", "doridis", "akis", "kos"],
        [""],
    ),
    "bosnisch": (
        ["Emir", "Adnan", "Dragan", "Nenad", "Senad"],
        ["Amra", "Jasmina", "Milica", "Dragana", "Selma"],
        ["Hod", "Beg", "Jov", "Mark", "Pet", "Kov", "Ham"],
        ["žić", "ović", "anović", "ić", "ačević", "džić"],
        [""],
    ),
    "indiaas": (
        ["Arjun", "Vikram", "Karthik", "Rohan"],
        ["Ananya", "Priyanka", "Lakshmi", "Divya"],
        ["Sri", "Krishna", "Venkat", "Ragh", "Subra"],
        ["nivasan", "murthy", "araman", "avan", "manian"],
        [""],
    ),
    "tamil": (
        ["Thusyanthan", "Prashanth", "Kajan", "Tharshan"],
        ["Thanuja", "Kavitha", "Sinthuja", "Nithya"],
        ["Siva", "Thava", "Bala", "Yoga", "Kana", "Para"],
        ["palan", "rajah", "kumar", "nathan", "lingam", "sundaram"],
        [""],
    ),
    "filipijns": (
        ["Jericho", "Randy", "Arnel", "Dindo"],
        ["Maricel", "Rowena", "Jovelyn", "Lorna"],
        ["Bau", "Mana", "Pangil", "Dimacu", "Maca", "Sal"],
        ["tista", "lo", "inan", "langan", "pagal", "vador"],
        ["", "", "dela"],
    ),
    "hongaars": (
        ["Zoltán", "Levente", "Gábor", "Bence"],
        ["Zsófia", "Réka", "Ildikó", "Krisztina"],
        ["Horv", "Szab", "Fark", "Tót", "Bal", "Vár"],
        ["áth", "ó", "as", "hné", "ogh", "adi"],
        [""],
    ),
}

FEMALE_SUFFIX = {"pools": {"ski": "ska"}, "bulgaars": {"ov": "ova"}}

# Dutch surnames (and a few first names) that are also ordinary words, with an ordinary use of the word:
# (word, "sur" or "first", clause in which the word is used in its ordinary sense, the keep string)
KNOWN_WORDS: list[tuple[str, str, str, str]] = [
    ("Visser", "sur", "m'n vader was visser op de Noordzee", "visser"),
    ("Vos", "sur", "er loopt 's nachts een vos door de achtertuinen", "vos"),
    ("Haas", "sur", "de kinderen van hiernaast hebben een haas in een hok", "haas"),
    ("Bakker", "sur", "ik sta om 6 uur al bij de bakker achter de toonbank", "bakker"),
    ("Koster", "sur", "alleen de koster van de kerk heeft een sleutel van het hek", "koster"),
    ("Kok", "sur", "ik werk 's avonds als kok in een restaurant", "kok"),
    ("Vink", "sur", "er heeft een vink in de dakgoot genesteld", "vink"),
    ("Post", "sur", "de post komt hier al weken niet aan", "post"),
    ("Winter", "sur", "vorige winter lag de stoep wekenlang vol ijs", "winter"),
    ("Vogel", "sur", "er ligt al dagen een dode vogel op de stoep", "vogel"),
    ("Zwart", "sur", "de muur in de badkamer is zwart van de schimmel", "zwart"),
    ("Groen", "sur", "het water in de vijver is helemaal groen", "groen"),
    ("Steen", "sur", "er is gisteren een steen door onze ruit gegooid", "steen"),
    ("Brug", "sur", "de brug naar de wijk is al drie weken dicht", "brug"),
    ("Bos", "sur", "we wonen vlak bij het bos en er liggen overal takken", "bos"),
    ("Beek", "sur", "de beek achter ons huis treedt elk voorjaar buiten z'n oevers", "beek"),
    ("Koning", "sur", "je moet hier wachten alsof de koning zelf komt", "koning"),
    ("Wolf", "sur", "er is volgens de buren een wolf gezien op de hei", "wolf"),
    ("Kater", "sur", "onze kater is sinds de verbouwing weggelopen", "kater"),
    ("Baas", "sur", "mijn baas wil een verklaring van de gemeente", "baas"),
    ("Schipper", "sur", "mijn man werkt als schipper op de Rijn", "schipper"),
    ("Timmerman", "sur", "er zou vorige week een timmerman komen voor de voordeur", "timmerman"),
    ("Hoek", "sur", "het fietsenrek om de hoek is vernield", "hoek"),
    ("Molenaar", "sur", "de molenaar van de molen verderop klaagt ook over het lawaai", "molenaar"),
    ("Roos", "first", "de roos in de voortuin is kapotgetrapt", "roos"),
    ("Merel", "first", "elke ochtend zit er een merel op de schutting te zingen", "merel"),
    ("Linde", "first", "de linde voor de deur laat overal plakkerige troep vallen", "linde"),
    ("Mei", "first", "in mei was er ook al niks geregeld", "mei"),
    ("Bas", "first", "mijn zoon speelt bas in een bandje en oefent in de schuur", "bas"),
    ("Iris", "first", "de iris van mijn linkeroog is ontstoken", "iris"),
]

KNOWN_FIRSTS_M = ["Ruben", "Kevin", "Ahmet", "Dennis", "Stefan", "Mitchell", "Ilias", "Marco", "Thijs", "Sem"]
KNOWN_FIRSTS_F = ["Anouk", "Naima", "Esra", "Sandra", "Kim", "Lotte", "Priscilla", "Yvonne", "Demi", "Sanne"]

NICKS = {
    "Mohamed": "Mo",
    "Krzysztof": "Krzysiek",
    "Oleksandr": "Sasha",
    "Gerrit": "Gert",
    "Abdirahman": "Abdi",
    "Shurandy": "Shu",
    "Giuseppe": "Peppe",
    "Olumide": "Mide",
    "Kwabena": "Kobby",
    "Agnieszka": "Aga",
    "Małgorzata": "Gosia",
    "Jusmarie": "Jussie",
    "Richenel": "Richie",
    "Zabihullah": "Zabi",
    "Anjali": "Anju",
    "Thusyanthan": "Thusy",
    "Desislava": "Desi",
    "Kateryna": "Katya",
    "Mădălina": "Mada",
    "Chiamaka": "Amaka",
    "Trijntje": "Trijn",
    "Wojciech": "Wojtek",
    "Abdelkader": "Kader",
    "Humphrey": "Humpie",
    "Hennie": "Hen",
    "Redouan": "Redo",
    "Ananya": "Anu",
    "Funmilayo": "Funmi",
    "Mebrahtu": "Mebri",
}

STREET_PRE = [
    "Koekoek",
    "Pimpernel",
    "Ganzerik",
    "Rietgors",
    "Hobbema",
    "Zilverschoon",
    "Scheepsbouwers",
    "Havik",
    "Otter",
    "Mispel",
    "Gagel",
    "Korenbloem",
    "Sleedoorn",
    "Meeuwen",
    "Lijster",
    "Turfschip",
    "Steenbakkers",
    "Vlasakker",
    "Hennep",
    "Molenwiek",
    "Dotterbloem",
    "Ketelboeter",
    "Karekiet",
    "Waterhoen",
    "Baljuw",
    "Sluiswachter",
    "Kievit",
    "Paardenbloem",
    "Zeilmakers",
    "Bosrank",
]
STREET_PERSON = [
    "Jan van Scorel",
    "Pieter de Hooch",
    "Burgemeester de Wael",
    "Dr. Ariëns",
    "Prinses Ariane",
    "Van Speijk",
    "Hendrik de Keyser",
    "Van 't Hoff",
    "Graaf Florens",
    "Pater van den Elsen",
    "Anna Blaman",
]
STREET_SUF = [
    "straat",
    "laan",
    "weg",
    "plein",
    "hof",
    "singel",
    "kade",
    "gracht",
    "dreef",
    "pad",
    "erf",
    "steeg",
    "dijk",
    "plantsoen",
    "hage",
    "wal",
    "ring",
    "baan",
    "hoven",
    "park",
]
# ---------------------------------------------------------------- people


def _ascii(s: str) -> str:
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("ß", "ss")
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


class Person:
    def __init__(self, first: str, particle: str, core: str, gender: str, origin: str, fam_first: bool = False):
        self.first, self.particle, self.core, self.gender, self.origin = first, particle, core, gender, origin
        self.fam_first = fam_first
        self.nick = NICKS.get(first)

    @property
    def sur(self) -> str:
        return f"{self.particle} {self.core}" if self.particle else self.core

    @property
    def sur_start(self) -> str:
        return self.sur[0].upper() + self.sur[1:]

    @property
    def full(self) -> str:
        return f"{self.sur} {self.first}" if self.fam_first else f"{self.first} {self.sur}"

    @property
    def initials(self) -> str:
        return "".join(w[0].upper() + "." for w in re.split(r"[\s-]+", self.first))

    @property
    def ini_sur(self) -> str:
        return f"{self.initials} {self.sur}"

    @property
    def sur_initial(self) -> str:
        return f"{self.first} {self.core.replace('A ', '')[0].upper()}."


def make_person(r: random.Random, origin: str | None = None, gender: str | None = None) -> Person:
    origin = origin or r.choice(list(ORIGINS))
    gender = gender or r.choice("mf")
    males, females, pre, suf, particles = ORIGINS[origin]
    first = r.choice(males if gender == "m" else females)
    s = r.choice(suf)
    if gender == "f":
        s = FEMALE_SUFFIX.get(origin, {}).get(s, s)
    core = r.choice(pre) + s
    particle = r.choice(particles)
    if origin == "vlaams" and r.random() < 0.35:
        particle, core = "De", r.choice(["Smedt", "Clercq", "Meester", "Paepe", "Coninck", "Wulf", "Bleecker"])
    if origin == "spaans":
        core = f"{core} {r.choice(pre)}{r.choice(suf)}"
    if origin == "nederlands" and r.random() < 0.15:
        core = f"{core}-{make_person(r, r.choice(list(ORIGINS)), gender).core}"
    elif r.random() < 0.1:
        core = f"{core}-{r.choice(['de Wit', 'Brouwer', 'van Dijk', 'Kuiper', 'Verhoef', 'de Bruijn', 'Smits'])}"
    if particle == "el":
        core = core[0].upper() + core[1:]
    return Person(first, particle, core, gender, origin, fam_first=origin == "vietnamees" and r.random() < 0.5)


def email_of(r: random.Random, p: Person, official_town: str | None = None) -> str:
    f, s = _ascii(p.first).lower().replace(" ", ""), _ascii(p.core).lower().replace(" ", "").replace("-", "")
    part = _ascii(p.particle).lower().replace(" ", "").replace("'", "")
    if official_town:
        return f"{f[0]}.{part}{s}@{official_town.lower().replace(' ', '')}.nl"
    local = r.choice(
        [
            f"{f}.{s}",
            f"{f[0]}{s}",
            f"{s}{r.randint(1, 99)}",
            f"{f}_{s[:4]}",
            f"{f}{r.randint(60, 99)}",
            f"fam.{part}{s}",
        ]
    )
    dom = r.choice(["gmail.com", "hotmail.com", "outlook.com", "live.nl", "ziggo.nl", "kpnmail.nl", "icloud.com"])
    return f"{local}@{r.choice([dom, 'hotmail.nl', 'xs4all.nl', 'home.nl', 'telfort.nl'])}"


# ---------------------------------------------------------------- identifiers


def bsn(r: random.Random) -> str:
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        last = sum(x * (9 - i) for i, x in enumerate(d)) % 11
        if last < 10:
            s = "".join(map(str, d + [last]))
            return r.choice(
                [s, s, f"{s[:4]}.{s[4:6]}.{s[6:]}", f"{s[:3]} {s[3:6]} {s[6:]}", f"{s[:3]}-{s[3:6]}-{s[6:]}"]
            )


def eleven_ok(text: str) -> bool:
    d = [int(x) for x in re.sub(r"\D", "", text)]
    return len(d) == 9 and (sum(x * (9 - i) for i, x in enumerate(d[:8])) - d[8]) % 11 == 0


def _iban_num(s: str) -> int:
    return int("".join(str(int(ch, 36)) for ch in s))


def iban(r: random.Random) -> str:
    country = r.choice(["NL"] * 6 + ["BE", "DE", "PL"])
    if country == "NL":
        bban = r.choice(["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"]) + "".join(
            str(r.randint(0, 9)) for _ in range(10)
        )
    else:
        bban = "".join(str(r.randint(0, 9)) for _ in range({"BE": 12, "DE": 18, "PL": 24}[country]))
    check = 98 - _iban_num(bban + country + "00") % 97
    s = f"{country}{check:02d}{bban}"
    grouped = " ".join(s[i : i + 4] for i in range(0, len(s), 4))
    return r.choice([s, grouped, grouped, grouped.lower(), s.lower()])


def mod97_ok(text: str) -> bool:
    s = re.sub(r"\s", "", text).upper()
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def _digits(r: random.Random, n: int) -> str:
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def phone(r: random.Random, foreign: bool = False) -> str:
    if foreign:
        return r.choice(
            [
                f"+32 4{_digits(r, 2)} {_digits(r, 2)} {_digits(r, 2)} {_digits(r, 2)}",
                f"+49 15{_digits(r, 2)} {_digits(r, 7)}",
                f"+90 5{_digits(r, 2)} {_digits(r, 3)} {_digits(r, 2)} {_digits(r, 2)}",
                f"+212 6{_digits(r, 2)}-{_digits(r, 6)}",
                f"+48 {_digits(r, 3)} {_digits(r, 3)} {_digits(r, 3)}",
                f"+44 7{_digits(r, 3)} {_digits(r, 6)}",
                f"+597 {_digits(r, 3)}-{_digits(r, 4)}",
                f"+599 9 {_digits(r, 3)} {_digits(r, 4)}",
                f"00963 9{_digits(r, 2)} {_digits(r, 3)} {_digits(r, 3)}",
            ]
        )
    m = str(r.randint(1, 9)) + _digits(r, 7)
    area = r.choice(["010", "020", "030", "040", "050", "070", "0111", "0592", "0475", "0318", "0546", "0223"])
    local = _digits(r, 10 - len(area))
    return r.choice(
        [
            f"06-{m}",
            f"06 {m[:2]} {m[2:4]} {m[4:6]} {m[6:]}",
            f"06{m}",
            f"+31 6 {m}",
            f"+31 (0)6 {m[:4]} {m[4:]}",
            f"0031 6 {m[:4]} {m[4:]}",
            f"+316{m}",
            f"06 {m[:4]} {m[4:]}",
            f"{area}-{local}",
            f"({area}) {local}",
            f"{area} {local[:3]} {local[3:]}",
        ]
    )


def postcode(r: random.Random) -> str:
    letters = "ABCDEFGHJKLMNPRTVWXZ"
    while True:
        pc = f"{r.randint(1, 9)}{_digits(r, 3)}{r.choice(letters)}{r.choice(letters)}"
        if pc[4:] not in ("SA", "SD", "SS"):
            return r.choice([f"{pc[:4]} {pc[4:]}", pc, f"{pc[:4]} {pc[4:].lower()}", pc.lower()])


SIDECODES = ["LL-99-99", "99-99-LL", "99-LL-99", "LL-99-LL", "LL-LL-99", "99-LL-LL", "99-LLL-9", "9-LLL-99",
             "LL-999-L", "L-999-LL", "LLL-99-L", "L-99-LLL", "9-LL-999", "999-LL-9"]  # fmt: skip


def plate(r: random.Random) -> str:
    code = r.choice(SIDECODES)
    s = "".join(r.choice("BDFGHJKLNPRSTVXZ") if ch == "L" else str(r.randint(0, 9)) if ch == "9" else ch for ch in code)
    return r.choice([s, s, s.lower(), s.replace("-", ""), s.replace("-", "").lower()])


def case_number(r: random.Random) -> str:
    y = r.choice(["2024", "2025", "2026"])
    return r.choice(
        [
            f"Z/{y[2:]}/{_digits(r, 6)}",
            f"Z-{y}-{_digits(r, 6)}",
            f"{y}-{_digits(r, 5)}",
            f"D{y[2:]}.{_digits(r, 5)}",
            f"WMO/{y}/{_digits(r, 4)}",
            f"M-{y[2:]}-{_digits(r, 5)}",
            f"BZ{y}-{_digits(r, 4)}",
            f"{_digits(r, 7)}",
            f"INT-{_digits(r, 6)}",
        ]
    )


CASE_CUES = ["zaaknummer", "zaaknr", "zaaknr.", "kenmerk", "ons kenmerk", "dossiernummer", "dossiernr", "ref",
             "referentie", "meldingsnummer", "zaak"]  # fmt: skip
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december"]  # fmt: skip
MON_SHORT = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]


def dob(r: random.Random, child: bool = False) -> str:
    y = r.randint(2009, 2021) if child else r.randint(1938, 2004)
    m, d = r.randint(1, 12), r.randint(1, 28)
    return r.choice(
        [
            f"{d:02d}-{m:02d}-{y}",
            f"{d}-{m}-{y}",
            f"{d}/{m}/{str(y)[2:]}",
            f"{y}-{m:02d}-{d:02d}",
            f"{d:02d}.{m:02d}.{y}",
            f"{d} {MONTHS[m - 1]} {y}",
            f"{d} {MON_SHORT[m - 1]} '{str(y)[2:]}",
            f"{d}-{MON_SHORT[m - 1]}-{y}",
        ]
    )


# ---------------------------------------------------------------- ordinary words (kept)

TOWNS = ["Almere", "Tilburg", "Enschede", "Zoetermeer", "Venlo", "Nijmegen", "Leeuwarden", "Deventer", "Apeldoorn",
         "Haarlem", "Amersfoort", "Breda", "Delft", "Arnhem", "Zwolle", "Hoorn", "Roermond", "Vlaardingen", "Assen",
         "Purmerend", "Middelburg", "Capelle", "Spijkenisse", "Kerkrade"]  # fmt: skip
DEPTS = ["Burgerzaken", "Sociaal Domein", "Stadsbeheer", "Werk en Inkomen", "Vergunningen", "Leerplicht",
         "Handhaving", "Jeugd en Gezin", "Belastingen", "Publiekszaken", "Openbare Ruimte"]  # fmt: skip
SCHEMES = ["huurtoeslag", "bijzondere bijstand", "kwijtschelding", "energietoeslag", "pgb", "Wmo", "schuldhulp",
           "leerlingenvervoer", "gehandicaptenparkeerkaart", "individuele inkomenstoeslag", "zorgtoeslag",
           "kinderopvangtoeslag", "stadspas", "bijstand", "traplift", "scootmobiel", "parkeervergunning"]  # fmt: skip
LAWS = ["Participatiewet", "Awb", "Jeugdwet", "Wmo 2015", "Omgevingswet", "APV", "Woningwet", "Wet open overheid"]
ORGS = ["UWV", "SVB", "DUO", "CAK", "Belastingdienst", "GGD", "Veilig Thuis", "Voedselbank", "Vluchtelingenwerk",
        "Humanitas", "Eneco", "Vattenfall", "Woonstad", "Ymere", "Stichting MEE", "Nibud", "Juridisch Loket",
        "Leger des Heils", "Rode Kruis"]  # fmt: skip
FUNCS = ["wijkagent", "boa", "consulent", "huismeester", "klantmanager", "wijkcoach", "leerplichtambtenaar",
         "jeugdconsulent", "buurtbemiddelaar", "wijkregisseur", "baliemedewerker", "schuldhulpverlener", "casemanager",
         "woonconsulent", "handhaver", "wijkverpleegkundige", "maatschappelijk werker"]  # fmt: skip
DOCS = ["beschikking", "aanmaning", "brief", "machtiging", "huurcontract", "loonstrook", "uittreksel", "indicatie",
        "bankafschriften", "aanvraagformulier"]  # fmt: skip
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"]
ISSUES = [
    "de lekkage",
    "de schimmel",
    "de geluidsoverlast",
    "het zwerfvuil",
    "de ratten",
    "de kapotte lantaarnpaal",
    "de losliggende stoeptegels",
    "de volle container",
    "de verstopte put",
    "de stankoverlast",
]  # fmt: skip
EMOJI = ["😡", "😭", "🙏", "🙄", "😤", "👍", "🤷‍♀️", "‼️", "😢", "🤦‍♂️", "💪", "😅"]
COUNTRIES = ["Turkije", "Marokko", "Polen", "Suriname", "Curaçao", "Syrië", "België", "Duitsland", "Engeland"]


def odate(r: random.Random) -> str:
    m = r.randint(1, 12)
    return r.choice(
        [f"{r.randint(1, 28)} {MONTHS[m - 1]}", f"{r.choice(WEEKDAYS)} {r.randint(1, 28)}/{m}", r.choice(WEEKDAYS)]
    )


def amount(r: random.Random) -> str:
    n = r.randint(12, 2400)
    return r.choice([f"€ {n}", f"{n} euro", f"€{n},-", f"eur {n}", f"€ {n},{r.randint(10, 99)}"])


def street(r: random.Random) -> str:
    if r.random() < 0.25:
        s = r.choice(STREET_PERSON) + r.choice(STREET_SUF)
        return s
    return r.choice(STREET_PRE) + r.choice(STREET_SUF)


def housenr(r: random.Random) -> str:
    n = str(r.randint(1, 240))
    return r.choice([n, n, n, f"{n}a", f"{n}B", f"{n}-2", f"{n}-II", f"{n}hs", f"{n}-bis"])


# ---------------------------------------------------------------- document context


class Ctx:
    def __init__(self, r: random.Random):
        self.r = r
        self.pii: list[dict] = []
        self.keep: list[str] = []

    def _add(self, text: str, label: str) -> str:
        if {"text": text, "label": label} not in self.pii:
            self.pii.append({"text": text, "label": label})
        return text

    def p(self, text: str) -> str:
        return self._add(text, "PERSON")

    def k(self, text: str) -> str:
        if text not in self.keep:
            self.keep.append(text)
        return text

    def pick(self, words: list[str]) -> str:
        return self.k(self.r.choice(words))

    def person(self, origin: str | None = None, gender: str | None = None, nick: bool = False) -> Person:
        while True:
            p = make_person(self.r, origin, gender)
            if p.nick or not nick:
                return p

    def title(self, p: Person) -> str:
        return self.r.choice(
            ["mevrouw", "mw.", "mevr.", "mw", "mvr."]
            if p.gender == "f"
            else ["meneer", "dhr.", "dhr", "de heer", "mnr."]
        )

    def addr(self, number: bool = True) -> str:
        s = street(self.r)
        return self._add(f"{s} {housenr(self.r)}" if number else s, "ADDRESS")

    def p_addr(self, text: str) -> str:
        return self._add(text, "ADDRESS")

    def pc(self) -> str:
        return self._add(postcode(self.r), "POSTCODE")

    def tel(self, foreign: bool = False) -> str:
        return self._add(phone(self.r, foreign), "PHONE")

    def mail(self, p: Person, town: str | None = None) -> str:
        return self._add(email_of(self.r, p, town), "EMAIL")

    def bsn(self) -> str:
        return self._add(bsn(self.r), "BSN")

    def iban(self) -> str:
        return self._add(iban(self.r), "IBAN")

    def plate(self) -> str:
        return self._add(plate(self.r), "LICENSE_PLATE")

    def case(self) -> str:
        return self._add(case_number(self.r), "CASE_NUMBER")

    def dob(self, child: bool = False) -> str:
        return self._add(dob(self.r, child), "DATE_OF_BIRTH")

    def e(self) -> str:
        return self.r.choice(EMOJI)

    def town(self) -> str:
        return self.pick(TOWNS)


# ---------------------------------------------------------------- sentence shapes (informal register)


def zij(p: Person) -> str:
    return "ze" if p.gender == "f" else "hij"


def s01(c: Ctx) -> str:  # voicemail, self-introduction after 'met', phone
    p = c.person()
    return (
        f"voicemail 09:12 — 'ja goedemorgen, met {c.p(p.full)}, ik bel over de {c.pick(SCHEMES)}, "
        f"wilt u me {c.k('terugbellen')} op {c.tel()}? dank u wel'"
    )


def s02(c: Ctx) -> str:  # imperative, lower-case first name as object
    p = c.person()
    return f"bel {c.p(p.first.lower())} ff terug op {c.tel()} ivm de {c.pick(DOCS)} pls {c.e()}"


def s03(c: Ctx) -> str:  # chat speaker prefix
    p = c.person()
    return f"{c.p(p.first)}: heb jij die brief van {c.pick(ORGS)} nog? ik kan m nergens vinden {c.e()}"


def s04(c: Ctx) -> str:  # forum signature with surname initial
    p = c.person()
    return (
        f"Re: {c.pick(SCHEMES)} terugbetalen?? — zelfde hier, al sinds {c.k(odate(c.r))} niks gehoord. "
        f"gr {c.p(p.sur_initial)}"
    )


def s05(c: Ctx) -> str:  # call note, two people, kinship in parentheses
    a, b = c.person(gender="m"), c.person(gender="f")
    return (
        f"tel. 11:40 dhr {c.p(a.sur)} (zoon van mw {c.p(b.ini_sur)}) belt namens moeder, {c.pick(SCHEMES)} stopgezet?"
    )


def s06(c: Ctx) -> str:  # yes/no question, full name as subject
    p = c.person(gender="f")
    return f"is {c.p(p.full)} al langs geweest bij {c.pick(DEPTS)}? ze wacht al sinds {c.k(odate(c.r))} {c.e()}"


def s07(c: Ctx) -> str:  # apposition between commas
    p = c.person()
    buur = "buurvrouw" if p.gender == "f" else "buurman"
    return f"mijn {buur}, {c.p(p.full)}, zit al 3 weken zonder {c.k('warm water')} en {c.pick(ORGS)} reageert niet"


def s08(c: Ctx) -> str:  # passive with 'door', title and function in parentheses
    p = c.person()
    return (
        f"de aanvraag is gewoon door {c.title(p)} {c.p(p.sur)} ({c.pick(FUNCS)}) afgewezen "
        f"zonder {c.k('uitleg')}, echt belachelijk"
    )


def s09(c: Ctx) -> str:  # enumeration with function
    a, b, d = c.person(), c.person(), c.person()
    return (
        f"bij het keukentafelgesprek zaten: ik, {c.p(a.first)}, {c.p(b.first.lower())} en "
        f"{c.k(c.r.choice(FUNCS))} {c.p(d.full)}"
    )


def s10(c: Ctx) -> str:  # fragments: street after preposition without number, then owner and plate
    p = c.person()
    return f"{c.k('weggesleept')}!! bij de {c.addr(False)} nota bene. scooter van {c.p(p.first)}, {c.plate()}"


def s11(c: Ctx) -> str:  # possessive z'n / d'r after surname
    p = c.person()
    pos = "d'r" if p.gender == "f" else "z'n"
    return (
        f"{c.p(p.sur_start)} {pos} auto met {c.k('kenteken')} {c.plate()} staat al weken op de "
        f"{c.k('invalidenplek')} {c.e()}"
    )


def s12(c: Ctx) -> str:  # name in parentheses mid-sentence
    p = c.person()
    return f"ik heb (via {c.p(p.full)}, de {c.pick(FUNCS)}) een {c.k('afspraak')} op {c.k(odate(c.r))} om half 10"


def s13(c: Ctx) -> str:  # shouting capitals
    p = c.person()
    scheme = c.r.choice(["HUURTOESLAG", "BIJSTAND", "KWIJTSCHELDING", "STADSPAS", "ENERGIETOESLAG"])
    return f"WAAROM KRIJGT {c.p(p.full.upper())} WEL {c.k(scheme)} EN IK NIET??? {c.e()}"


def s14(c: Ctx) -> str:  # reported speech with two people
    a, b = c.person(), c.person()
    return (
        f"{c.p(a.first)} zei dat {c.title(b)} {c.p(b.sur)} van {c.pick(DEPTS)} had beloofd om voor "
        f"{c.pick(WEEKDAYS)} terug te bellen, niet dus"
    )


def s15(c: Ctx) -> str:  # direct speech quoting a title plus surname
    p = c.person()
    t = "mevrouw" if p.gender == "f" else "meneer"
    return f"en toen zei die {c.pick(FUNCS)} letterlijk '{t} {c.p(p.sur)}, daar ga ik niet over' {c.e()}"


def s16(c: Ctx) -> str:  # indirect object, e-mail
    p = c.person()
    return f"kun je {c.p(p.first.lower())} de {c.pick(DOCS)} ff doorsturen? {c.mail(p)}"


def s17(c: Ctx) -> str:  # short sign-off with phone in brackets
    p = c.person()
    return f"groetjes {c.p(p.first)} ({c.tel()})"


def s18(c: Ctx) -> str:  # greeting with title, then self-introduction with full name
    a, b = c.person(), c.person()
    return f"hoi {c.title(a)} {c.p(a.sur)}, ik ben het weer, {c.p(b.full)}, van de {c.pick(SCHEMES)}. nog nieuws?"


def s19(c: Ctx) -> str:  # initials + surname as source of a claim
    p = c.person()
    return (
        f"volgens {c.p(p.ini_sur)}, {c.pick(FUNCS)}, moet ik het {c.k('formulier')} opnieuw invullen omdat de "
        f"{c.k('handtekening')} ontbreekt"
    )


def s20(c: Ctx) -> str:  # initials without dots after full name
    p = c.person()
    ini = p.initials.replace(".", "") + _ascii(p.core)[0].upper()
    return f"notitie: {c.p(p.full)} ({c.p(ini)}) neemt de zaak over, {c.pick(FUNCS)} is met {c.k('verlof')}"


def s21(c: Ctx) -> str:  # address at the end
    return f"het gaat om {c.pick(ISSUES)} in het {c.k('portiek')}, ik woon zelf op de {c.addr()}"


def s22(c: Ctx) -> str:  # lower-case address and postcode
    s = street(c.r).lower()
    a = c.p_addr(f"{s} {housenr(c.r)}")
    return f"adres is {a} {c.pc()} {c.k(c.r.choice(TOWNS))} voor als jullie langs willen komen"


def s23(c: Ctx) -> str:  # bsn in chat
    return f"{c.k('bsn')} van mij: {c.bsn()} (staat ook op de {c.pick(DOCS)}), ik weet niet wat ze nog meer willen"


def s24(c: Ctx) -> str:  # iban with t.n.v.
    p = c.person()
    return f"stort het maar op {c.iban()} tnv {c.p(p.ini_sur)}, dat is de {c.k('rekening')} van mijn moeder"


def s25(c: Ctx) -> str:  # name with dob after 'geb'
    p = c.person()
    return f"{c.p(p.full)} geb {c.dob()} staat nog steeds niet ingeschreven bij {c.pick(DEPTS)}"


def s26(c: Ctx) -> str:  # child's name and dob together in parentheses, no cue word
    p = c.person()
    return f"de kleine ({c.p(p.first)}, {c.dob(True)}) zit sinds {c.k(odate(c.r))} thuis, geen school {c.e()}"


def s27(c: Ctx) -> str:  # case number after cue word
    cue = c.r.choice(CASE_CUES)
    return f"{c.k(cue)} {c.case()} — waarom duurt dit zo lang, het is al {c.r.randint(5, 20)} weken"


def s28(c: Ctx) -> str:  # plate lower case, name after 'van'
    p = c.person()
    return f"die witte bus {c.plate()} staat elke nacht voor de deur van {c.p(p.full)} met draaiende motor"


def s29(c: Ctx) -> str:  # foreign phone
    p = c.person()
    return f"{c.p(p.first)} zit nu in {c.pick(COUNTRIES)}, alleen bereikbaar via {c.k('whatsapp')} {c.tel(True)}"


def s30(c: Ctx) -> str:  # forum: e-mail offer
    p = c.person()
    return f"als iemand hetzelfde heeft met de {c.pick(SCHEMES)}, mail me gerust: {c.mail(p)}"


def s31(c: Ctx) -> str:  # official, function after name
    p = c.person()
    return (
        f"{c.p(p.full)}, {c.pick(FUNCS)} bij {c.pick(DEPTS)}, heeft me {c.k(odate(c.r))} gebeld "
        f"en alles uitgelegd {c.e()}"
    )


def s32(c: Ctx) -> str:  # function before name
    p = c.person()
    return f"{c.pick(FUNCS)} {c.p(p.full)} komt {c.pick(WEEKDAYS)} tussen 9 en 12 langs voor {c.pick(ISSUES)}"


def s33(c: Ctx) -> str:  # nickname with real name in parentheses
    p = c.person(nick=True)
    return f"{c.p(p.nick)} (eigenlijk {c.p(p.first)}) van {c.pick(ORGS)} helpt ons met de formulieren"


def s34(c: Ctx) -> str:  # lower-case first name at sentence start
    p = c.person()
    return f"{c.p(p.first.lower())} van hiernaast heeft ook geen post gehad sinds {c.k(odate(c.r))}"


def s35(c: Ctx) -> str:  # @-mention vocative
    p = c.person()
    return (
        f"@{c.p(p.first.lower())} kun jij morgen mee naar het {c.k('loket')} van {c.pick(DEPTS)}? ik durf niet alleen"
    )


def s36(c: Ctx) -> str:  # vocative with title, question
    p = c.person()
    return f"{c.title(p).capitalize()} {c.p(p.sur)}, weet u al iets over mijn {c.pick(SCHEMES)}?"


def s37(c: Ctx) -> str:  # imperative 'vraag naar'
    p = c.person()
    return f"vraag maar naar {c.p(p.full)} op {c.tel()}, die weet er alles van"


def s38(c: Ctx) -> str:  # contrast 'niet X maar Y'
    a, b = c.person(), c.person()
    return f"niet {c.p(a.first)} maar {c.p(b.first)} heeft de melding over {c.pick(ISSUES)} gedaan"


def s39(c: Ctx) -> str:  # comparison
    p = c.person()
    return f"bij {c.p(p.full)} ging het binnen 2 weken, bij ons duurt het al {c.r.randint(3, 9)} maanden {c.e()}"


def s40(c: Ctx) -> str:  # 'namens' with kinship title
    p = c.person(gender="m")
    return f"ik schrijf namens mijn oom {c.p(p.full)}, hij spreekt geen Nederlands en snapt de {c.pick(DOCS)} niet"


def s41(c: Ctx) -> str:  # possessive 'van', apposition of child with age
    a, b = c.person(), c.person()
    return (
        f"de zoon van {c.p(a.full)}, {c.p(b.first)}, is {c.r.randint(12, 17)} en krijgt geen "
        f"{c.k('leerlingenvervoer')} meer"
    )


def s42(c: Ctx) -> str:  # kinship term before first name, living in
    p = c.person(gender="m")
    return f"opa {c.p(p.first)} is na z'n val bij ons ingetrokken, moet de {c.pick(SCHEMES)} dan opnieuw?"


def s43(c: Ctx) -> str:  # webcare reply with initials signature
    a, b = c.person(), c.person()
    ini = b.first[0].upper() + _ascii(b.core)[0].upper()
    return (
        f"Hoi {c.p(a.first)}, vervelend om te horen! Stuur je ons een DM met je adres? Dan kijken we mee. ^{c.p(ini)}"
    )


def s44(c: Ctx) -> str:  # bullet list in chat
    a, b = c.person(), c.person()
    return f"wie komen er mee:\n- {c.p(a.full)}\n- {c.p(b.first)} ({c.k('tolk')})\n- ik"


def s45(c: Ctx) -> str:  # particle in capitals in a shouted line
    p = c.person(origin="nederlands")
    while not p.particle:
        p = c.person(origin="nederlands")
    return f"GEEN REACTIE VAN {c.p(p.sur.upper())} SINDS {c.k(odate(c.r).upper())} !!!"


def s46(c: Ctx) -> str:  # passive 'doorverwezen door'
    p = c.person()
    return (
        f"ben vorige week doorverwezen door {c.title(p)} {c.p(p.sur)} van {c.pick(DEPTS)} naar "
        f"{c.pick(ORGS)}, en die sturen me weer terug"
    )


def s47(c: Ctx) -> str:  # 'heette ze geloof ik'
    p = c.person(gender="f")
    return f"die vrouw aan de {c.k('balie')}, {c.p(p.first)} heette ze geloof ik, zei dat ik {c.pick(LAWS)} moest lezen"


def s48(c: Ctx) -> str:  # 'heet'
    p = c.person()
    return f"de nieuwe {c.pick(FUNCS)} heet {c.p(p.full)} en is alleen op di en do bereikbaar"


def s49(c: Ctx) -> str:  # forum intro 'ik ben X, 34'
    p = c.person(gender="f")
    scheme = c.pick(["bijstand", "schuldhulp", "Wmo"])
    return f"ik ben {c.p(p.first)}, {c.r.randint(24, 58)}, moeder van 3 en sinds kort in de {scheme}"


def s50(c: Ctx) -> str:  # forum greeting with nickname
    p = c.person(nick=True)
    return f"Hoi allemaal, {c.p(p.nick)} hier. Heeft iemand ervaring met bezwaar maken tegen {c.pick(ORGS)}?"


def s51(c: Ctx) -> str:  # time-stamped chat log
    a, b = c.person(), c.person()
    return f"[14:02] {c.p(a.first)}: heb je {c.p(b.full)} al gebeld?\n[14:05] ik: nee nog niet, had geen beltegoed"


def s52(c: Ctx) -> str:  # forwarded mail header
    p = c.person()
    return f"---- Doorgestuurd bericht ----\nVan: {c.p(p.full)} <{c.mail(p)}>\nOnderwerp: {c.pick(SCHEMES)}"


def s53(c: Ctx) -> str:  # terse callback note
    p = c.person()
    return f"TB {c.title(p)} {c.p(p.sur)} {c.tel()} re {c.pick(SCHEMES)}, na 15u"


def s54(c: Ctx) -> str:  # exclamation note with surname first
    p = c.person()
    return f"! {c.p(p.sur_start)} belt vanuit het {c.k('ziekenhuis')}, geen vast nummer, alleen {c.tel()}"


def s55(c: Ctx) -> str:  # 'zeg maar tegen'
    p = c.person()
    return f"zeg maar tegen {c.p(p.first)} dat de {c.pick(DOCS)} van {c.pick(ORGS)} verkeerd is"


def s56(c: Ctx) -> str:  # conditional
    p = c.person()
    return (
        f"als {c.p(p.full)} niet voor {c.k(odate(c.r))} {c.k(amount(c.r))} betaalt gaat het naar de "
        f"{c.k('deurwaarder')}"
    )


def s57(c: Ctx) -> str:  # causal 'omdat'
    p = c.person()
    return f"ik bel omdat {c.title(p)} {c.p(p.ini_sur)} zei dat ik mijn {c.pick(DOCS)} moest opsturen"


def s58(c: Ctx) -> str:  # 'samen met' two first names
    a, b = c.person(gender="f"), c.person(gender="m")
    return f"samen met {c.p(a.first)} en haar broertje {c.p(b.first)} naar het {c.k('loket')} geweest, weer voor niks"


def s59(c: Ctx) -> str:  # two children with ages in brackets
    a, b = c.person(), c.person()
    return (
        f"{c.p(a.first)} ({c.r.randint(5, 9)}) en {c.p(b.first)} ({c.r.randint(10, 14)}) kunnen niet naar "
        f"school zolang het {c.k('leerlingenvervoer')} niet geregeld is"
    )


def s60(c: Ctx) -> str:  # tag question with address
    p = c.person()
    return f"{c.p(p.full)} woont toch op de {c.addr()}? daar is de {c.k('brief')} niet aangekomen"


def s61(c: Ctx) -> str:  # postcode + house number only
    return f"postcode {c.pc()} huisnr {c.r.randint(1, 99)}, {c.pick(ISSUES)} is nog steeds niet opgelost"


def s62(c: Ctx) -> str:  # address block
    p = c.person()
    return f"{c.p(p.full)}\n{c.addr()}\n{c.pc()} {c.k(c.r.choice(TOWNS))}"


def s63(c: Ctx) -> str:  # voicemail with plate
    return (
        f"ingesproken: 'ja eh het gaat om de auto met {c.k('kenteken')} {c.plate()}, "
        f"die is gewoon {c.k('weggesleept')}'"
    )


def s64(c: Ctx) -> str:  # subject line with lower-case name
    p = c.person()
    return f"onderwerp: klacht {c.p(p.full.lower())} / {c.pick(SCHEMES)}"


def s65(c: Ctx) -> str:  # thanks at the end
    p = c.person()
    return f"super bedankt {c.p(p.first)}!! {c.e()}"


def s66(c: Ctx) -> str:  # thanks to official with title and initials
    p = c.person()
    return f"dank aan {c.title(p)} {c.p(p.ini_sur)} voor de snelle hulp met de {c.pick(SCHEMES)}"


def s67(c: Ctx) -> str:  # exclamation, name after copula
    p = c.person()
    return f"wat een held is {c.p(p.first)} van de {c.k('voedselbank')} {c.e()}"


def s68(c: Ctx) -> str:  # wh-question about a person
    p = c.person()
    return f"wie is {c.p(p.full)}? die heeft een brief gestuurd namens {c.pick(DEPTS)}"


def s69(c: Ctx) -> str:  # '&' pair
    a, b = c.person(gender="f"), c.person(gender="m")
    return f"{c.p(a.first)} & {c.p(b.first)} gaan uit elkaar, moet de {c.pick(SCHEMES)} dan anders?"


def s70(c: Ctx) -> str:  # quoted salutation from a letter
    p = c.person(gender="f")
    return f"in de brief staat 'Geachte heer {c.p(p.sur_start)}' terwijl ik gewoon een vrouw ben {c.e()}"


def s71(c: Ctx) -> str:  # arrow note
    p = c.person()
    return f"{c.p(p.sur_start)} → wil {c.k('bezwaar')}, terugbellen na {c.k(odate(c.r))}"


def s72(c: Ctx) -> str:  # slash-separated form dump
    p = c.person()
    return f"naam: {c.p(p.full.lower())} / geb: {c.dob()} / bsn: {c.bsn()}"


def s73(c: Ctx) -> str:  # iban belonging to someone else, lower case
    p = c.person(gender="f")
    return f"{c.iban()} is van mijn {c.k('moeder')} ({c.p(p.full)}), niet van mij, dus die {c.pick(SCHEMES)} klopt niet"


def s74(c: Ctx) -> str:  # bsn with first name possessive
    p = c.person()
    return f"het {c.k('bsn')} van {c.p(p.first)} is {c.bsn()}, dat van mij weet ik niet uit m'n hoofd"


def s75(c: Ctx) -> str:  # teacher title
    p = c.person(gender="f")
    return (
        f"juf {c.p(p.first)} van {c.k('groep 5')} heeft de {c.k('leerplichtambtenaar')} ingeschakeld, echt overdreven"
    )


def s76(c: Ctx) -> str:  # doctor title
    p = c.person()
    return f"dokter {c.p(p.sur)} heeft een {c.k('verklaring')} geschreven voor de {c.pick(SCHEMES)}, moet die ook mee?"


def s77(c: Ctx) -> str:  # temporal sequence of two officials
    a, b = c.person(), c.person()
    return f"eerst zegt {c.p(a.first)} ja, dan belt {c.p(b.first)} van {c.pick(DEPTS)} dat het toch nee is {c.e()}"


def s78(c: Ctx) -> str:  # demonstrative 'die X'
    p = c.person()
    return f"die {c.p(p.first)} van {c.pick(ORGS)} heeft de {c.k('sleutel')} nooit teruggegeven"


def s79(c: Ctx) -> str:  # all-caps first name
    p = c.person()
    return f"IK BEN {c.p(p.first.upper())} EN IK WIL GEWOON MIJN {c.k(amount(c.r).upper())} TERUG"


def s80(c: Ctx) -> str:  # street range without numbers
    return f"vanaf de {c.addr(False)} tot aan de {c.k('rotonde')} ligt alles vol {c.k('zwerfvuil')}"


def s81(c: Ctx) -> str:  # voicemail with hesitations, dob in speech
    p = c.person()
    return f"'uh ja met {c.p(p.first)} uh {c.p(p.sur)}, geboren op {c.dob()}, ik bel over de {c.pick(DOCS)}'"


def s82(c: Ctx) -> str:  # 'stuur naar' e-mail
    p = c.person()
    return f"stuur t naar {c.mail(p)} ipv naar mijn oude {c.k('adres')}, dat werkt niet meer"


def s83(c: Ctx) -> str:  # lower-case full name with particle, function in brackets
    p = c.person(origin=c.r.choice(["nederlands", "italiaans", "portugees", "filipijns", "duits"]))
    return f"ik heb {c.p(p.full.lower())} ({c.k('huurdersvereniging')}) gevraagd of zij {c.pick(ISSUES)} kan melden"


def s84(c: Ctx) -> str:  # lower-case postcode, no name
    return f"wij wonen in {c.pc()} en daar rijdt de {c.k('bus')} sinds {c.k(odate(c.r))} niet meer"


def s85(c: Ctx) -> str:  # dob with 'ik ben van'
    p = c.person()
    return f"ik ben van {c.dob()} en volgens {c.pick(ORGS)} ben ik te jong, zegt {c.p(p.first)} van de balie"


def s86(c: Ctx) -> str:  # case number in brackets after a name, vocative
    p = c.person()
    return f"beste {c.p(p.first)}, dit gaat over {c.k('dossier')} {c.case()} (de {c.pick(SCHEMES)}), weet je al meer?"


def s87(c: Ctx) -> str:  # genitive -s without apostrophe
    p = c.person(origin=c.r.choice(["nederlands", "fries", "duits"]))
    gen = f"{c.p(p.first)}'" if p.first[-1] in "sxz" else c.p(p.first + "s")
    return f"{gen} fiets is gestolen uit de {c.k('fietsenstalling')} van het {c.k('station')}"


def s88(c: Ctx) -> str:  # object after 'met' with hyphenated surname in capitals at start of a message
    p = c.person()
    return f"GESPREK MET {c.p(p.full.upper())} — {c.k('afspraken')}: {c.pick(SCHEMES)} terug per {c.k(odate(c.r))}"


def s89(c: Ctx) -> str:  # payment request with iban
    p = c.person()
    return (
        f"tikkie van {c.p(p.first)}: {c.k(amount(c.r))} voor de {c.k('taxi')} naar het gemeentehuis, rek.nr {c.iban()}"
    )


def s90(c: Ctx) -> str:  # scribbled bsn with question marks
    return f"bsn?? {c.bsn()} — ff checken bij {c.pick(DEPTS)} of die klopt"


def s91(c: Ctx) -> str:  # official's voicemail with case number
    p = c.person()
    return (
        f"'u spreekt met {c.title(p)} {c.p(p.sur)} van {c.pick(DEPTS)}, het gaat om {c.k(c.r.choice(CASE_CUES))} "
        f"{c.case()}, u kunt me bereiken op {c.tel()}'"
    )


def s92(c: Ctx) -> str:  # question ending in a name, plate first
    p = c.person()
    return f"ff checken: {c.plate()} is toch de auto van {c.p(p.full)}?"


SHAPES = [v for k, v in sorted(globals().items()) if re.fullmatch(r"s\d\d", k)]


# ---------------------------------------------------------------- shapes with a known name that is also a word


def known_person(c: Ctx, word: str, kind: str) -> Person:
    p = c.person()
    if kind == "sur":
        p.core, p.particle = word, c.r.choice(["", "", "", "de"])
        if c.r.random() < 0.4:
            p.first = c.r.choice(KNOWN_FIRSTS_M if p.gender == "m" else KNOWN_FIRSTS_F)
    else:
        p.first, p.gender, p.nick = word, "m" if word == "Bas" else "f", None
    p.fam_first = False
    return p


def k01(c: Ctx, p: Person, clause: str) -> str:
    return f"whatsapp van {c.p(p.full)}: {clause} en niemand van {c.pick(DEPTS)} doet er wat aan {c.e()}"


def k02(c: Ctx, p: Person, clause: str) -> str:
    return (
        f"{clause[0].upper() + clause[1:]}. Dat zei {c.p(p.full)} al tegen de {c.pick(FUNCS)}, maar er gebeurde niks."
    )


def k03(c: Ctx, p: Person, clause: str) -> str:
    return (
        f"tel.notitie: {c.title(p)} {c.p(p.sur)} belt terug. {clause}. verder wil {zij(p)} weten hoe het "
        f"met de {c.pick(SCHEMES)} zit. — {c.p(p.full)}, {c.tel()}"
    )


def k04(c: Ctx, p: Person, clause: str) -> str:
    return f"@gemeente{c.k(c.r.choice(TOWNS))} {clause}. hoe lang nog?? groet {c.p(p.full)}"


def k05(c: Ctx, p: Person, clause: str) -> str:
    return f"{c.p(p.full)} hier {c.e()} even kort: {clause}, kan iemand van {c.pick(DEPTS)} me bellen?"


def k06(c: Ctx, p: Person, clause: str) -> str:
    return f"voicemail {c.p(p.full)}: 'ja hallo, {clause}, dus ik wil graag een afspraak, bel me ff terug op {c.tel()}'"


def k07(c: Ctx, p: Person, clause: str) -> str:
    return f"{c.p(p.full)} ({c.pick(FUNCS)}) in de groepsapp: {clause} haha"


def k08(c: Ctx, p: Person, clause: str) -> str:
    return (
        f"Re: {c.pick(SCHEMES)} — ik ben {c.p(p.full)} en {clause}. Vorig jaar kreeg ik wel gewoon {c.k(amount(c.r))}."
    )


def k09(c: Ctx, p: Person, clause: str) -> str:
    return f"volgens {c.p(bare(p))} ({c.dob()}) geldt: {clause}, en daarom vraagt {zij(p)} {c.k('uitstel')}"


def k10(c: Ctx, p: Person, clause: str) -> str:
    return (
        f"notitie huisbezoek bij {c.p(p.full)}, {c.addr()}: {clause}. {c.p(bare(p, True))} "
        f"wil een {c.k('vervolgafspraak')}."
    )


def bare(p: Person, start: bool = False) -> str:
    """The bare name part that holds the ordinary word: the first name or the surname."""
    if p.first in {w for w, kind, _, _ in KNOWN_WORDS if kind == "first"}:
        return p.first
    return p.sur_start if start else p.sur


KNOWN_SHAPES = [k01, k02, k03, k04, k05, k06, k07, k08, k09, k10]


# ---------------------------------------------------------------- documents, gate, output


def _words(s: str) -> set[str]:
    return {w for w in re.findall(r"[\w']+", s.lower()) if len(w) > 1 and w not in SCORE.PARTICLES}


def gate(d: dict, known_keep: str | None = None) -> bool:
    """1. check_doc passes; 2. labels valid, BSNs eleven-test, IBANs mod-97; 3. no keep shares a word with a
    person's name in the document, except the deliberate ordinary use of the known name's word."""
    try:
        SCORE.check_doc(d)
    except AssertionError:
        return False
    for item in d["pii"]:
        if item["label"] not in LABELS:
            return False
        if item["label"] == "BSN" and not eleven_ok(item["text"]):
            return False
        if item["label"] == "IBAN" and not mod97_ok(item["text"]):
            return False
    names = set().union(*[_words(i["text"]) for i in d["pii"] if i["label"] == "PERSON"])
    return all(k == known_keep or not (_words(k) & names) for k in d["keep"])


def draw(r: random.Random, i: int) -> tuple[dict, str | None]:
    c = Ctx(r)
    n = r.randint(2, 5)
    known_keep = None
    known = None
    if i % 4 == 0:
        word, kind, clause, keep = r.choice(KNOWN_WORDS)
        p = known_person(c, word, kind)
        parts = [s(c) for s in r.sample(SHAPES, n - 1)]
        parts.insert(r.randrange(len(parts) + 1), r.choice(KNOWN_SHAPES)(c, p, clause))
        known_keep = c.k(keep)
        known = {"names": [p.full]}
    else:
        parts = [s(c) for s in r.sample(SHAPES, n)]
    joiner = r.choice([" ", " ", "\n", "\n\n"])
    d = {"id": f"fresh12c-{i:04d}", "text": joiner.join(parts), "pii": c.pii, "keep": c.keep}
    if known:
        d["known"] = known
    return d, known_keep


def generate() -> list[dict]:
    docs = []
    for i in range(N_DOCS):
        r = random.Random(f"{SEED}:{i}")
        while True:
            d, known_keep = draw(r, i)
            if gate(d, known_keep):
                break
        docs.append(d)
    return docs


def render(docs: list[dict]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if the committed file differs from regeneration")
    a = ap.parse_args()
    docs = generate()
    text = render(docs)
    if a.check:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("fresh12c: up to date" if same else "fresh12c: differs from regeneration")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    counts = Counter(i["label"] for d in docs for i in d["pii"])
    print(f"{len(docs)} documents -> {OUT}")
    print(f"shapes {len(SHAPES)} + known {len(KNOWN_SHAPES)}; known docs {sum('known' in d for d in docs)}")
    print(dict(sorted(counts.items())), sum(counts.values()), "keep", sum(len(d["keep"]) for d in docs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
