"""Generate the fresh14b corpus: draft mediation case stories for the public knowledge base, before anonymisation.

Written blind by helper B2 (round twelve). Standard library only. Every document is drawn from its own seeded
random stream and redrawn from that stream until ``gate()`` passes.

    PYTHONPATH=. python tests/anonymizer/fresh14b/make_fresh14b.py          # write fresh14b_texts.jsonl
    PYTHONPATH=. python tests/anonymizer/fresh14b/make_fresh14b.py --check  # exit 1 if the file differs
"""

from __future__ import annotations

import importlib.util
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

SEED = 20261222
N_DOCS = 300
HERE = Path(__file__).resolve().parent
OUT = HERE / "fresh14b_texts.jsonl"
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
PARTICLE_WORDS = {"van", "de", "der", "den", "het", "'t", "ter", "te", "ten", "in", "op", "la", "le", "du"}
PARTICLE_WORDS |= {"da", "dos", "do", "di", "del", "dela", "von", "el", "al", "v.d.", "d'", "lo", "vd"}


def _load_score():
    spec = importlib.util.spec_from_file_location("fresh14b_score", HERE.parent / "corpora" / "score.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


SCORE = _load_score()

# ---------------------------------------------------------------- markup: ⟦LABEL|text⟧ is personal data, ⟪text⟫ kept


def P(s: str) -> str:
    return f"⟦PERSON|{s}⟧"


def X(label: str, s: str) -> str:
    return f"⟦{label}|{s}⟧"


def K(s: str) -> str:
    return f"⟪{s}⟫"


MARK = re.compile(r"⟦([A-Z_]+)\|(.*?)⟧|⟪(.*?)⟫", re.S)


def parse(marked: str) -> tuple[str, list[dict], list[str]]:
    out, pii, keep, pos = [], [], [], 0
    for m in MARK.finditer(marked):
        out.append(marked[pos : m.start()])
        if m.group(1):
            item = {"text": m.group(2), "label": m.group(1)}
            if item not in pii:
                pii.append(item)
            out.append(m.group(2))
        else:
            if m.group(3) not in keep:
                keep.append(m.group(3))
            out.append(m.group(3))
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), pii, keep


# ---------------------------------------------------------------- names of many origins, mostly composed from parts


def _c(r, a, b):
    return r.choice(a) + r.choice(b)


ORIGINS: dict[str, dict] = {
    "nederlands": dict(
        f=["Anouk", "Femke", "Ilse", "Marloes", "Wendelien", "Jorien", "Gerdien", "Hanneke", "Lieke", "Annemieke"],
        m=["Gerrit", "Wouter", "Thijs", "Joost", "Maarten", "Reinier", "Teun", "Hidde", "Arend", "Jan-Willem"],
        s=lambda r: (
            r.choice(["van", "van de", "van der", "ten", "ter", "van den", "de", "in 't", "op den", "van 't", ""]),
            _c(
                r,
                [
                    "Hooge",
                    "Ooster",
                    "Wester",
                    "Kamp",
                    "Veen",
                    "Bree",
                    "Holt",
                    "Ravens",
                    "Elzen",
                    "Weide",
                    "Berken",
                    "Linde",
                ],
                [
                    "veld",
                    "kamp",
                    "broek",
                    "dijk",
                    "horst",
                    "man",
                    "huis",
                    "berg",
                    "laar",
                    "loo",
                    "winkel",
                    "stede",
                    "kate",
                ],
            ),
        ),
    ),
    "fries": dict(
        f=["Sietske", "Wytske", "Baukje", "Jildou", "Froukje", "Anneke"],
        m=["Hylke", "Wiebe", "Sjoerd", "Tjeerd", "Durk", "Oane"],
        s=lambda r: (
            "",
            _c(
                r,
                ["Hof", "Wier", "Sie", "Boon", "Kuip", "Brou", "Posth", "Hett", "Dijk", "Alt"],
                ["stra", "sma", "inga", "ema", "enga"],
            ),
        ),
    ),
    "limburgs": dict(
        f=["Mieke", "Truus", "Marie-José", "Jeanne", "Lotte"],
        m=["Sjef", "Ger", "Harrie", "Thei", "Lei", "Jo", "Sjra"],
        s=lambda r: (
            "",
            _c(
                r,
                ["Dri", "Ste", "Hen", "Pee", "Clae", "Cor", "Go", "Lem", "Wel"],
                ["ssen", "kens", "mans", "ters", "ijnen", "vers", "mackers"],
            ),
        ),
    ),
    "vlaams": dict(
        f=["Lieve", "Griet", "Katrien", "Hilde", "Ann-Sofie"],
        m=["Wannes", "Jef", "Bram", "Pieter-Jan", "Koen"],
        s=lambda r: r.choice(
            [
                (
                    "Van",
                    _c(
                        r,
                        ["Hoore", "Cauwen", "Lande", "Wijne", "Daele", "Acker", "Steen"],
                        ["beke", "berghe", "ghem", "dael", "kerke"],
                    ),
                ),
                ("De", _c(r, ["Smed", "Clercq", "Back", "Coninck", "Meest", "Wael"], ["t", "er", "ere", "ye", "el"])),
            ]
        ),
        belgian=True,
    ),
    "marokkaans": dict(
        f=["Khadija", "Naima", "Siham", "Ikram", "Hajar", "Loubna", "Nouhaila", "Soukaina"],
        m=["Youssef", "Hamza", "Bilal", "Anouar", "Tarik", "Driss", "Mohamed-Amine", "Ayoub"],
        s=lambda r: r.choice(
            [
                (
                    "",
                    _c(
                        r,
                        ["Bou", "Ben ", "Ait ", "Ou", "El "],
                        ["hadd", "zerk", "taleb", "kadd", "mrab", "ziz", "hamm"],
                    )
                    + r.choice(["ouchi", "aoui", "ani", "i", "ouri"]),
                ),
                ("", "El " + _c(r, ["Yaz", "Bak", "Foul", "Mour", "Kharr"], ["idi", "ali", "ouni", "abi"])),
            ]
        ),
    ),
    "turks": dict(
        f=["Elif", "Zeynep", "Sevda", "Büşra", "Gülşen", "Derya", "Esra", "Songül"],
        m=["Emre", "Mehmet", "Hakan", "Oğuz", "Serkan", "Burak", "Yusuf", "Erdal"],
        s=lambda r: (
            "",
            _c(
                r,
                ["Kara", "Ak", "Yıl", "Öz", "Tok", "Gök", "Demir", "Şen", "Ars", "Kızıl", "Tun"],
                ["taş", "doğan", "kaya", "soy", "han", "dağ", "oğlu", "türk", "çelik", "yurt", "gül"],
            ),
        ),
    ),
    "koerdisch": dict(
        f=["Rojda", "Berfin", "Dilan", "Nazdar", "Hêvî"],
        m=["Azad", "Serhat", "Rênas", "Şoreş", "Baran"],
        s=lambda r: ("", _c(r, ["Hes", "Bar", "Ama", "Sor", "Zer", "Ciz"], ["enî", "zanî", "yî", "dinî", "ekî"])),
    ),
    "hindoestaans": dict(
        f=["Sharmila", "Anjali", "Reshma", "Sunita", "Kavita", "Radha", "Shanti"],
        m=["Rakesh", "Dinesh", "Sunil", "Ravi", "Anand", "Vikash", "Navin"],
        s=lambda r: (
            "",
            _c(
                r,
                ["Jaga", "Ramdh", "Mahab", "Soek", "Bhag", "Chan", "Baldew", "Ragoe", "Kalloe"],
                ["dien", "sar", "ir", "lal", "wan", "charan", "oe", "nath", "singh"],
            ),
        ),
    ),
    "creools": dict(
        f=["Gracia", "Shirley", "Soraya", "Germaine", "Rinia"],
        m=["Marciano", "Jerrel", "Romeo", "Iwan", "Clarence", "Orlando"],
        s=lambda r: (
            "",
            _c(
                r,
                ["Sor", "Doel", "Ama", "Zeeg", "Kanh", "Kerst", "Bree", "Lij", "Vaal"],
                ["dam", "wijt", "fo", "lust", "ai", "burg", "zand", "ting"],
            ),
        ),
    ),
    "javaans": dict(
        f=["Sutinah", "Sarmi", "Wagiyem", "Lestari"],
        m=["Soeparman", "Wagino", "Karijo", "Sukarjo"],
        s=lambda r: (
            "",
            _c(
                r,
                ["Kar", "Sont", "Wongso", "Soe", "Tas", "Atmo"],
                ["ijo", "osemito", "dikromo", "mito", "wirjo", "ardjo"],
            ),
        ),
    ),
    "surinaams-chinees": dict(
        f=["Mei-Ling", "Sandra", "Natasja", "Jennifer"],
        m=["Ricardo", "Kenneth", "Humphrey", "Clifton"],
        s=lambda r: (
            "",
            "Tjon "
            + r.choice(["A ", "Sie ", "Kon ", "Pon ", "Joe "])
            + r.choice(["Fat", "Tam", "Lin", "Kiem", "Sjoe", "Hoen"]),
        ),
    ),
    "chinees": dict(
        f=["Xiaoling", "Lina", "Yuqing", "Wing-Yee", "Meixiu"],
        m=["Kai", "Jun", "Hao", "Zhiwei", "Chun-Kit"],
        s=lambda r: (
            "",
            r.choice(["Tsang", "Leung", "Fung", "Kwok", "Yip", "Zhou", "Liang", "Xu", "Tse", "Ng", "Qiu", "Fong"]),
        ),
    ),
    "antilliaans": dict(
        f=["Giselle", "Ruthmila", "Shurelly", "Jurmaine"],
        m=["Shurandy", "Edsel", "Quinsy", "Djuwensly", "Jurick"],
        s=lambda r: (
            "",
            _c(
                r,
                ["Mar", "Isen", "Cor", "Fran", "Sluis", "Wal", "Gir", "Cel"],
                ["tina", "ia", "ina", "jo", "ens", "stra", "ino"],
            ),
        ),
    ),
    "moluks": dict(
        f=["Femmy", "Yoke", "Wilhelmina", "Dientje"],
        m=["Nus", "Semmy", "Johan", "Dominggus"],
        s=lambda r: (
            "",
            _c(
                r,
                ["Tuhu", "Latu", "Pattin", "Wattim", "Soumo", "Lekat", "Hata", "Lei"],
                ["teru", "hena", "asina", "ena", "kota", "sina", "ruw"],
            ),
        ),
    ),
    "indisch": dict(
        f=["Dewi", "Ratna", "Astrid", "Mirjam"],
        m=["Ricky", "Ferry", "Robby", "Edwin"],
        s=lambda r: (
            "",
            _c(
                r,
                ["Sastro", "Wira", "Kusu", "Harto", "Poerwo", "Soeria"],
                ["wardojo", "atmadja", "harjo", "diningrat", "negoro"],
            ),
        ),
    ),
    "pools": dict(
        f=["Agnieszka", "Małgorzata", "Joanna", "Zofia", "Katarzyna", "Ewelina"],
        m=["Piotr", "Łukasz", "Grzegorz", "Paweł", "Krzysztof", "Mateusz"],
        s=lambda r: (
            "",
            _c(
                r,
                ["Wiśn", "Ziel", "Grab", "Dąbr", "Krzyż", "Wróbl", "Szczep", "Kwiat", "Lew"],
                ["iewsk", "owsk", "ińsk", "ck"],
            ),
        ),
        polish=True,
    ),
    "roemeens": dict(
        f=["Ioana", "Andreea", "Raluca", "Simona"],
        m=["Mihai", "Florin", "Ionuț", "Sorin"],
        s=lambda r: (
            "",
            _c(r, ["Dumitr", "Stan", "Munt", "Căl", "Rădul", "Vas", "Bălț"], ["escu", "eanu", "ache", "oiu", "ilă"]),
        ),
    ),
    "bulgaars": dict(
        f=["Desislava", "Galina", "Radostina", "Tsvetelina"],
        m=["Yordan", "Tsvetan", "Svetoslav", "Plamen"],
        s=lambda r: (
            "",
            _c(r, ["Petk", "Dimitr", "Strah", "Tod", "Hrist", "Nedel", "Zhel"], ["ov", "ev", "iev", "anov"]),
        ),
        slavic=True,
    ),
    "oekraiens": dict(
        f=["Oksana", "Olena", "Yuliia", "Halyna", "Iryna"],
        m=["Taras", "Bohdan", "Mykola", "Andrii", "Serhii"],
        s=lambda r: (
            "",
            _c(
                r,
                ["Kovalen", "Bondar", "Tkach", "Hrytsen", "Melnych", "Savch", "Moroz", "Lysen"],
                ["enko", "chuk", "yshyn", "uk", "iv"],
            ),
        ),
    ),
    "syrisch": dict(
        f=["Lama", "Hiba", "Dima", "Rouba", "Nisreen"],
        m=["Fadi", "Wael", "Ghassan", "Rami", "Maher"],
        s=lambda r: (
            "",
            r.choice(["Al-", "Al ", ""])
            + _c(r, ["Hal", "Kha", "Shaq", "Nas", "Dar", "Jaz", "Hamw"], ["abi", "ouri", "air", "ani", "wish", "ieh"]),
        ),
    ),
    "iraans": dict(
        f=["Shirin", "Parisa", "Nasrin", "Mahsa", "Golnaz"],
        m=["Dariush", "Babak", "Kaveh", "Arash", "Behrouz"],
        s=lambda r: (
            "",
            _c(
                r,
                ["Rah", "Tehr", "Kar", "Sha", "Mirz", "Ghol"],
                ["madi", "imi", "ani", "fari", "nejad", "zadeh", "pour"],
            ),
        ),
    ),
    "afghaans": dict(
        f=["Zarmina", "Mursal", "Hamida", "Freshta", "Nilofar"],
        m=["Farid", "Wahid", "Najib", "Zabiullah", "Hamayoun"],
        s=lambda r: ("", _c(r, ["Sul", "Naz", "Hak", "Ward", "Stan", "Pop"], ["tani", "zai", "khel", "yar", "akzai"])),
    ),
    "eritrees": dict(
        f=["Semhar", "Helen", "Selam", "Yordanos", "Saba"],
        m=["Yonas", "Mussie", "Tedros", "Kibrom", "Amanuel"],
        s=lambda r: (
            "",
            _c(
                r,
                ["Tesf", "Ghebre", "Tekle", "Habte", "Mebr", "Wolde", "Kidane"],
                ["ay", "mariam", "hiwet", "giorgis", "ab", "selassie", "tensae", "ezgi"],
            ),
        ),
    ),
    "somalisch": dict(
        f=["Faadumo", "Hodan", "Ayaan", "Ilhaan", "Sahra", "Hibaaq"],
        m=["Abdirahman", "Mahad", "Liibaan", "Cabdiqaadir", "Guuleed"],
        s=lambda r: (
            "",
            r.choice(
                ["Warsame", "Jaamac", "Xasan", "Cabdulle", "Nuur", "Aadan", "Samatar", "Xirsi", "Maxamuud", "Cilmi"]
            ),
        ),
    ),
    "ghanees": dict(
        f=["Akosua", "Abena", "Efua", "Adwoa", "Afia"],
        m=["Kwame", "Yaw", "Kofi", "Kwabena", "Kojo"],
        s=lambda r: (
            "",
            _c(
                r,
                ["Asa", "Boa", "Owu", "Ampo", "Dar", "Agy", "Ofo"],
                ["moah", "teng", "su", "nsah", "kwa", "eman", "ri"],
            ),
        ),
    ),
    "nigeriaans": dict(
        f=["Ngozi", "Adaeze", "Chiamaka", "Folake", "Yetunde"],
        m=["Chinonso", "Emeka", "Oluwaseun", "Tunde", "Ikenna"],
        s=lambda r: (
            "",
            _c(
                r,
                ["Okon", "Ade", "Olu", "Eze", "Nwa", "Obi", "Ogun"],
                ["kwo", "yemi", "wole", "eji", "nkwo", "ora", "agu", "lana"],
            ),
        ),
    ),
    "kaapverdisch": dict(
        f=["Djenifer", "Elisângela", "Ivone", "Nelsa"],
        m=["Adilson", "Nilton", "Edmilson", "Arlindo"],
        s=lambda r: (
            r.choice(["", "da", "dos"]),
            _c(r, ["Tav", "Sem", "Var", "Mont", "Lop", "Fort", "Barb"], ["ares", "edo", "ela", "eiro", "osa"]),
        ),
    ),
    "portugees": dict(
        f=["Joana", "Mariana", "Inês", "Conceição"],
        m=["Tiago", "João", "Gonçalo", "Rui"],
        s=lambda r: (
            r.choice(["", "da", "dos", "de"]),
            _c(r, ["Per", "Carv", "Oliv", "Rib", "Fig", "Maced"], ["eira", "alho", "ares", "eiro", "ueira", "o"]),
        ),
    ),
    "italiaans": dict(
        f=["Giulia", "Chiara", "Francesca", "Benedetta"],
        m=["Alessandro", "Matteo", "Lorenzo", "Gianluca"],
        s=lambda r: (
            r.choice(["", "", "Di", "De", "Lo"]),
            _c(
                r,
                ["Bel", "Ross", "Carab", "Fior", "Gall", "Esp", "Mar"],
                ["ini", "etti", "elli", "accio", "ano", "ucci", "one"],
            ),
        ),
        belgian=True,
    ),
    "spaans": dict(
        f=["Lucía", "Begoña", "Nerea", "Ainhoa"],
        m=["Álvaro", "Iñigo", "Sergio", "Joaquín"],
        s=lambda r: (
            "",
            _c(r, ["Fern", "Gonz", "Mart", "Rodr", "Ord"], ["ández", "ález", "ínez", "íguez", "óñez"])
            + " "
            + _c(r, ["Ibarr", "Ech", "Urr", "Arr"], ["a", "everría", "utia", "ieta"]),
        ),
    ),
    "grieks": dict(
        f=["Eleni", "Dimitra", "Sofia", "Vasiliki"],
        m=["Giorgos", "Nikos", "Stavros", "Kostas"],
        s=lambda r: (
            "",
            _c(r, ["Papad", "Kara", "Alex", "Konst", "Nikol", "Vlach"], ["opoulos", "akis", "idis", "atos"]),
        ),
    ),
    "bosnisch": dict(
        f=["Amra", "Jasmina", "Selma", "Emina", "Dženana"],
        m=["Edin", "Mirza", "Dragan", "Nedžad", "Almir"],
        s=lambda r: (
            "",
            _c(
                r, ["Hadž", "Beg", "Kov", "Petr", "Jov", "Đor", "Mujk", "Šab"], ["ić", "ović", "ević", "anović", "ijić"]
            ),
        ),
    ),
    "duits": dict(
        f=["Birgit", "Heike", "Dörte", "Ute"],
        m=["Jürgen", "Uwe", "Dieter", "Götz"],
        s=lambda r: (
            r.choice(["", "", "von"]),
            _c(
                r,
                ["Schmal", "Hoff", "Bäu", "Mül", "Weiß", "Schrö", "Kling", "Eck"],
                ["mann", "erle", "ler", "der", "berger", "hammer", "hardt"],
            ),
        ),
    ),
    "indiaas": dict(
        f=["Priyanka", "Deepika", "Lakshmi", "Ananya"],
        m=["Arjun", "Karthik", "Venkatesh", "Rohit"],
        s=lambda r: (
            "",
            _c(
                r,
                ["Ven", "Krish", "Subra", "Ragh", "Nara", "Sriniv"],
                ["katesan", "namurthy", "manian", "avan", "yanan", "asan"],
            ),
        ),
    ),
    "filipijns": dict(
        f=["Maricel", "Rowena", "Lorna", "Jocelyn"],
        m=["Jhun", "Arnel", "Rodel", "Jayson"],
        s=lambda r: r.choice(
            [
                ("dela", r.choice(["Cruz", "Peña", "Rosa", "Torre"])),
                ("", _c(r, ["Baut", "Manal", "Dimag", "Mac"], ["ista", "astas", "iling", "araeg"])),
            ]
        ),
    ),
    "vietnamees": dict(
        f=["Ngọc Anh", "Thu Hà", "Lan", "Hương"],
        m=["Minh", "Thanh", "Đức", "Quang"],
        s=lambda r: ("", r.choice(["Nguyễn", "Trần", "Phạm", "Huỳnh", "Võ", "Đặng", "Bùi"])),
    ),
    "hongaars": dict(
        f=["Zsófia", "Réka", "Csilla", "Enikő"],
        m=["Gábor", "Bence", "Zoltán", "Levente"],
        s=lambda r: ("", _c(r, ["Szab", "Horv", "Kov", "Fark", "Bal", "Vár"], ["ó", "áth", "ács", "ázs", "adi"])),
    ),
    "iers": dict(
        f=["Siobhán", "Niamh", "Aoife", "Orla"],
        m=["Ciarán", "Declan", "Cathal", "Eoin"],
        s=lambda r: ("", "O'" + _c(r, ["Con", "Bri", "Mall", "Sulli", "Dono"], ["nell", "an", "ey", "van", "ghue"])),
    ),
}

# Dutch surnames that are ordinary Dutch words (used as plain names in documents without "known")
WORD_SURNAMES = ["Vos", "Valk", "Koning", "Groen", "Steen", "Hamer", "Spijker", "Zand", "Rots", "Vogel", "Sterk"]

# For the "known" documents: (the name word, its ordinary use in a sentence with the word marked as kept)
KNOWN_WORDS = [
    ("Vink", "{R} had zelf een {w} gezet bij 'geen inkomen' op het formulier"),
    ("Post", "de {w} kwam wekenlang niet aan op het juiste adres"),
    ("Hamer", "de voorzitter sloeg met de {w} het overleg af"),
    ("Bos", "het {w} achter de wijk wordt gedeeltelijk gekapt"),
    ("Beek", "de {w} achter de tuinen trad in maart buiten haar oevers"),
    ("Steen", "iemand gooide een {w} door de ruit van de berging"),
    ("Baas", "de {w} van de bakkerij wilde best een werkgeversverklaring tekenen"),
    ("Valk", "een {w} nestelt al jaren op de watertoren"),
    ("Haas", "een dode {w} lag dagenlang in de berm"),
    ("Kwast", "met een {w} waren de leuzen op de gevel overgeschilderd"),
    ("Slot", "het {w} van de fietsenberging was al maanden kapot"),
    ("Vos", "een {w} had de kippen in de volkstuin doodgebeten"),
    ("Visser", "een {w} aan de vaart had de auto zien wegrijden"),
    ("Koster", "de {w} van de dorpskerk beheert de sleutel van het buurthuis"),
    ("Kok", "de {w} van het buurthuis kookt op donderdag voor de hele straat"),
    ("Winter", "vorige {w} viel de verwarming drie weken uit"),
    ("Vogel", "een {w} had een nest gebouwd in de afvoer van de dakgoot"),
    ("Veld", "het {w} achter de school staat na elke bui blank"),
    ("Goud", "die ene telefoon bleek {w} waard"),
    ("Zand", "het {w} van de bouwplaats waait zo de woonkamer in"),
    ("Bloem", "een {w} op de vensterbank was het enige wat nog verzorgd oogde"),
    ("Rots", "de wijkverpleegkundige was volgens iedereen een {w} in de branding"),
    ("Meer", "er kwam steeds {w} post met rode letters"),
    ("Merel", "een {w} zong in de heg terwijl we aanbelden"),
    ("Roos", "een {w} in de voortuin was het enige wat de storm had overleefd"),
    ("Linde", "de {w} voor het huis zou gekapt worden zonder dat iemand het wist"),
    ("Lam", "een {w} was uit de kinderboerderij ontsnapt en stond in de tuin"),
    ("Mak", "de hond van de buren was volgens de handhaver heel {w}"),
    ("Bal", "een {w} was over de schutting in de moestuin beland"),
    ("Tas", "een {w} met alle papieren bleef in de bus liggen"),
    ("Ding", "het ene {w} dat niemand had gevraagd: wat wilt u eigenlijk?"),
    ("Zoet", "de koffie was {w} en het gesprek bleek dat ook"),
    ("Sterk", "de consulent vond dat de familie {w} in de schoenen stond"),
    ("Spijker", "een {w} in de band van de scootmobiel was het begin van alles"),
]
KNOWN_FIRST = {"Merel", "Roos", "Linde"}
KNOWN_ORIGIN = {"Lam": "chinees", "Mak": "chinees", "Ding": "chinees", "Bal": "turks", "Tas": "turks"}

NICKS = {
    "Mohamed-Amine": "Momo",
    "Jan-Willem": "JW",
    "Wilhelmina": "Mien",
    "Oluwaseun": "Seun",
    "Abdirahman": "Abdi",
    "Krzysztof": "Krzysiek",
    "Zabiullah": "Zabi",
    "Alessandro": "Sandro",
    "Elisângela": "Lili",
    "Katarzyna": "Kasia",
    "Venkatesh": "Venki",
    "Giorgos": "Jorgo",
    "Gerrit": "Gert",
    "Reinier": "Rein",
}


def strip_accents(s: str) -> str:
    s = s.translate(str.maketrans({"ı": "i", "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ß": "ss", "ø": "o"}))
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


class Person:
    def __init__(self, first: str, particle: str, last: str, gender: str, origin: str, belgian: bool = False):
        self.first, self.particle, self.last, self.gender, self.origin = first, particle, last, gender, origin
        self.belgian = belgian
        self.nick = NICKS.get(first)

    # the forms below return marked text; titles are never part of the item
    def full(self) -> str:
        return P(self.full_plain())

    def full_plain(self) -> str:
        return " ".join(x for x in (self.first, self.particle, self.last) if x)

    def sur(self) -> str:
        """Surname standing alone: the particle capitalised (Dutch rule; Belgian particles always are)."""
        if not self.particle:
            return P(self.last)
        return P(self.particle[0].upper() + self.particle[1:] + " " + self.last)

    def sur_low(self) -> str:
        """Surname standing alone as many writers type it: particle in lower case."""
        return P(" ".join(x for x in (self.particle, self.last) if x))

    def initials(self) -> str:
        parts = re.split(r"[- ]", self.first)
        ini = ".".join(p[0] for p in parts if p) + "."
        part = self.particle
        if self.belgian and part:
            part = part[0].upper() + part[1:]
        return P(" ".join(x for x in (ini, part, self.last) if x))

    def fn(self) -> str:
        return P(self.first)

    def low(self) -> str:
        return P(self.full_plain().lower())

    def caps(self) -> str:
        return P(" ".join(x for x in (self.particle, self.last) if x).upper())

    def poss(self) -> str:
        return P(self.first) + "'s"

    @property
    def mw(self) -> str:
        return "mevrouw" if self.gender == "f" else "de heer"

    @property
    def mw_abbr(self) -> str:
        return "mw." if self.gender == "f" else "dhr."

    @property
    def zij(self) -> str:
        return "zij" if self.gender == "f" else "hij"

    @property
    def hem(self) -> str:
        return "haar" if self.gender == "f" else "hem"

    @property
    def haar(self) -> str:
        return "haar" if self.gender == "f" else "zijn"

    def Titled(self, r) -> str:
        t = self.titled(r)
        return t[0].upper() + t[1:]

    def titled(self, r) -> str:
        return r.choice([self.mw, self.mw_abbr, "meneer" if self.gender == "m" else "mevrouw"]) + " " + self.sur()

    def any_name(self, r) -> str:
        return r.choice([self.full(), self.titled(r), self.fn(), self.initials()])

    def words(self) -> set[str]:
        return {w.lower() for w in re.split(r"[\s\-']+", self.full_plain()) if w}


def make_person(r, origin: str | None = None, gender: str | None = None) -> Person:
    origin = origin or r.choice(list(ORIGINS))
    o = ORIGINS[origin]
    gender = gender or r.choice("fm")
    first = r.choice(o[gender])
    particle, last = o["s"](r)
    last = re.sub(r" (\w)", lambda m: " " + m.group(1).upper(), last)
    if o.get("polish"):
        last += "a" if gender == "f" else "i"
    if o.get("slavic") and gender == "f":
        last += "a"
    if origin == "grieks" and gender == "f":
        last = last.replace("opoulos", "opoulou").replace("akis", "aki").replace("idis", "idou")
    if origin == "nederlands" and r.random() < 0.25:
        particle, last = r.choice(["", "de", "de", ""]), r.choice(WORD_SURNAMES)
    if origin == "nederlands" and r.random() < 0.15:
        last = last + "-" + make_person(r, r.choice(["turks", "marokkaans", "hindoestaans", "pools", "eritrees"])).last
    return Person(first, particle, last, gender, origin, o.get("belgian", False))


# ---------------------------------------------------------------- identifiers


def bsn_valid(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    total = sum(int(c) * w for c, w in zip(d[:8], range(9, 1, -1), strict=True)) - int(d[8])
    return total % 11 == 0


def make_bsn(r) -> str:
    while True:
        d = [r.randint(1, 6)] + [r.randint(0, 9) for _ in range(7)]
        last = sum(x * w for x, w in zip(d, range(9, 1, -1), strict=True)) % 11
        if last < 10:
            s = "".join(map(str, d + [last]))
            break
    style = r.randrange(4)
    if style == 0:
        return s
    if style == 1:
        return f"{s[:4]}.{s[4:6]}.{s[6:]}"
    if style == 2:
        return f"{s[:3]} {s[3:6]} {s[6:]}"
    return f"{s[:2]}.{s[2:5]}.{s[5:]}"


def iban_valid(s: str) -> bool:
    c = re.sub(r"\s", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", c):
        return False
    num = "".join(str(int(ch, 36)) for ch in c[4:] + c[:4])
    return int(num) % 97 == 1


def _iban(country: str, bban: str) -> str:
    num = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    return f"{country}{98 - int(num) % 97:02d}{bban}"


def make_iban(r) -> str:
    kind = r.random()
    if kind < 0.8:
        bank = r.choice(["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB", "FVLB"])
        c = _iban("NL", bank + "".join(str(r.randint(0, 9)) for _ in range(10)))
    elif kind < 0.9:
        c = _iban("BE", "".join(str(r.randint(0, 9)) for _ in range(12)))
    else:
        c = _iban("DE", "".join(str(r.randint(0, 9)) for _ in range(18)))
    style = r.randrange(4)
    grouped = " ".join(c[i : i + 4] for i in range(0, len(c), 4))
    return [grouped, c, grouped.lower(), grouped][style]


def make_phone(r) -> str:
    kind = r.randrange(10)
    d = "".join(str(r.randint(0, 9)) for _ in range(8))
    if kind == 0:
        return f"06-{d}"
    if kind == 1:
        return f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}"
    if kind == 2:
        return f"+31 6 {d[:4]} {d[4:]}"
    if kind == 3:
        return f"+31 (0)6-{d}"
    if kind == 4:
        return f"0031 6 {d}"
    if kind == 5:
        area = r.choice(["0570", "0591", "0475", "0113", "0226", "0318", "0546"])
        return f"{area} - {d[:2]} {d[2:4]} {d[4:6]}"
    if kind == 6:
        area = r.choice(["010", "020", "030", "040", "050", "070", "073", "076"])
        return f"({area}) {d[:3]} {d[3:5]} {d[5:7]}"
    if kind == 7:
        return f"06.{d[:2]}.{d[2:5]}.{d[5:]}"
    return r.choice(
        [
            f"+32 47{d[0]} {d[1:3]} {d[3:5]} {d[5:7]}",
            f"+49 15{d[0]} {d[1:5]}{d[5:8]}",
            f"+90 53{d[0]} {d[1:4]} {d[4:6]} {d[6:8]}",
            f"+212 6{d[0]} {d[1:3]} {d[3:5]} {d[5:7]}",
            f"+48 60{d[0]} {d[1:4]} {d[4:7]}",
            f"+597 8{d[:6]}",
            f"+5999 6{d[:6]}",
        ]
    )


def make_postcode(r) -> str:
    while True:
        letters = r.choice("ABCDEGHJKLMNPRSTVWXZ") + r.choice("ABCDEGHJKLMNPRSTVWXZ")
        if letters not in {"SA", "SD", "SS"}:
            break
    n = r.randint(1011, 9999)
    return r.choice([f"{n} {letters}", f"{n}{letters}", f"{n} {letters}", f"{n} {letters.lower()}"])


PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"


def make_plate(r) -> str:
    def L(k):
        return "".join(r.choice(PLATE_LETTERS) for _ in range(k))

    def D(k):
        return "".join(str(r.randint(0, 9)) for _ in range(k))

    p = r.choice(
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
        ]
    )
    return r.choice([p, p, p, p.replace("-", ""), p.lower()])


def make_case(r) -> str:
    y = r.choice(["25", "26"])
    n = r.randint(1000, 199999)
    return r.choice(
        [
            f"Z/{y}/{n:06d}",
            f"ZK{y}-{n % 100000:05d}",
            f"VTA-20{y}-{n % 10000:04d}",
            f"20{y}-BZ-{n % 100000:05d}",
            f"INT.{y}.{n % 100000:05d}",
            f"D/20{y}/{n:06d}",
            f"BZW{y}.{n % 10000:04d}",
            f"KL-{n % 100000:05d}-{y}",
        ]
    )


MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober"]
MONTHS += ["november", "december"]


def make_dob(r) -> str:
    y, m, d = r.randint(1936, 2007), r.randint(1, 12), r.randint(1, 28)
    return r.choice(
        [
            f"{d} {MONTHS[m - 1]} {y}",
            f"{d:02d}-{m:02d}-{y}",
            f"{d}-{m}-{y}",
            f"{y}-{m:02d}-{d:02d}",
            f"{d:02d}/{m:02d}/{y}",
            f"{d} {MONTHS[m - 1][:3]}. {y}",
        ]
    )


def ordinary_date(r) -> str:
    m = r.randint(1, 12)
    d = r.randint(1, 28)
    return r.choice([f"{d} {MONTHS[m - 1]} 2026", f"{d} {MONTHS[m - 1]}", f"{d} {MONTHS[m - 1]} 2025"])


def amount(r) -> str:
    e = r.choice([r.randint(18, 95), r.randint(100, 990), r.randint(1000, 4800)])
    c = r.randint(0, 99)
    dotted = f"{e:,}".replace(",", ".")
    return r.choice([f"€ {dotted},{c:02d}", f"€{e},-", f"{e} euro", f"€ {dotted}"])


STREET_A = ["Vlier", "Hazel", "Kievit", "Meidoorn", "Tarwe", "Zilverschoon", "Pluim", "Kraanvogel", "Otter"]
STREET_A += ["Klaproos", "Wilgen", "Lijster", "Boekweit", "Duizendblad", "Grutto", "Veenmos", "Zwanebloem"]
STREET_A += ["Ratelaar", "Leeuwerik", "Kamperfoelie", "Brem", "Sleedoorn", "Walnoot", "Goudsbloem", "Rogge"]
STREET_A += ["Kwartel", "Reiger", "Lupine", "Smient", "Dotterbloem", "Ooievaar", "Hopakker", "Schelpen"]
STREET_B = ["straat", "laan", "hof", "pad", "singel", "kade", "dreef", "weg", "erf", "plantsoen", "gracht", "steeg"]
STREET_B += ["akker", "wal", "ring", "kamp", "veld", "zoom"]


def make_street(r) -> str:
    k = r.random()
    base = r.choice(STREET_A) + r.choice(STREET_B)
    if k < 0.12:
        return r.choice(["Oude ", "Korte ", "Lange ", "Nieuwe "]) + base
    if k < 0.2:
        return (
            r.choice(["Pastoor ", "Meester ", "Dokter ", "Burgemeester "])
            + _c(r, ["Hem", "Ros", "Vell", "Brak", "Olde"], ["kens", "sing", "ema", "huis"])
            + r.choice(["straat", "laan", "plein"])
        )
    if k < 0.26:
        return (
            r.choice(["Van ", "De "])
            + _c(r, ["Heems", "Lim", "Both", "Ruyt"], ["kerck", "burg", "nia", "ven"])
            + "straat"
        )
    return base


def house_no(r) -> str:
    n = r.randint(1, 240)
    return r.choice([str(n), str(n), str(n), f"{n}A", f"{n}-{r.randint(1, 3)}", f"{n}bis", f"{n}hs", f"{n}-B"])


def email_for(r, p: Person, domain: str | None = None) -> str:
    f = strip_accents(p.first.split()[0]).lower().replace("'", "")
    last = strip_accents(p.last).lower().replace(" ", "").replace("'", "")
    part = strip_accents(p.particle).replace(" ", "").replace("'", "").lower()
    if domain:
        return f"{f[0]}.{part}{last}@{domain}"
    local = r.choice(
        [
            f"{f}.{last}",
            f"{f[0]}{last}{r.randint(60, 99)}",
            f"{f}_{part}{last}",
            f"{last}.{f[0]}",
            f"{f}{r.randint(1, 999)}",
            f"fam.{last}",
        ]
    )
    host = r.choice(["gmail.com", "hotmail.com", "ziggo.nl", "kpnmail.nl", "outlook.com", "live.nl", "xs4all.nl"])
    host = r.choice([host, host, "icloud.com", "home.nl", "planet.nl", "telenet.be", "yahoo.com"])
    return f"{local}@{host}"


TOWNS = ["Deventer", "Apeldoorn", "Leeuwarden", "Tilburg", "Almere", "Dordrecht", "Venlo", "Enschede", "Hoorn"]
TOWNS += ["Lelystad", "Emmen", "Gouda", "Delft", "Helmond", "Roermond", "Vlaardingen", "Purmerend", "Assen", "Oss"]
TOWNS += ["Kampen", "Schagen", "Terneuzen", "Middelburg", "Nijmegen", "Breda", "Hengelo", "Alkmaar", "Zaltbommel"]

THEMES = [
    dict(
        key="parkeren",
        subject="de bewonersvergunning",
        dept=["Team Parkeren", "Parkeerbeheer"],
        scheme=["bewonersvergunning", "bezoekersregeling", "gehandicaptenparkeerkaart"],
        law=["Wegenverkeerswet 1994", "Parkeerverordening 2024"],
        org=["Parkeerbedrijf", "RDW"],
        things=["naheffingsaanslag", "parkeerautomaat", "kentekenwissel"],
        plate=True,
    ),
    dict(
        key="wmo",
        subject="de traplift",
        dept=["Wmo-loket", "Sociaal Wijkteam"],
        scheme=["maatwerkvoorziening", "huishoudelijke hulp", "eigen bijdrage"],
        law=["Wmo 2015"],
        org=["CAK", "Thuiszorg Zuidoost"],
        things=["traplift", "scootmobiel", "douchestoel", "herindicatie"],
    ),
    dict(
        key="bijstand",
        subject="de bijstandsuitkering",
        dept=["Werk en Inkomen", "Team Inkomensondersteuning"],
        scheme=["bijzondere bijstand", "Individuele Inkomenstoeslag", "voorschot"],
        law=["Participatiewet"],
        org=["UWV", "Sociale Verzekeringsbank"],
        things=["inlichtingenformulier", "terugvordering", "uitkeringsspecificatie"],
        iban=True,
    ),
    dict(
        key="belastingen",
        subject="de aanslag gemeentelijke belastingen",
        dept=["Belastingen", "Team Heffingen"],
        scheme=["kwijtschelding", "betalingsregeling", "automatische incasso"],
        law=["Invorderingswet 1990", "Gemeentewet"],
        org=["Waterschap", "Belastingsamenwerking"],
        things=["OZB", "rioolheffing", "afvalstoffenheffing", "aanmaning"],
        iban=True,
    ),
    dict(
        key="jeugd",
        subject="de jeugdhulp",
        dept=["Jeugd en Gezin", "Centrum voor Jeugd en Gezin"],
        scheme=["persoonsgebonden budget", "zorg in natura", "gezinscoach"],
        law=["Jeugdwet"],
        org=["GGD", "Raad voor de Kinderbescherming"],
        things=["beschikking", "wachtlijst", "ondersteuningsplan"],
    ),
    dict(
        key="vervoer",
        subject="het leerlingenvervoer",
        dept=["Onderwijs en Leerplicht", "Team Leerlingenvervoer"],
        scheme=["leerlingenvervoer", "aangepast vervoer", "fietsvergoeding"],
        law=["Wet op het primair onderwijs", "Verordening leerlingenvervoer"],
        org=["Regiotaxi", "Stichting Speciaal Onderwijs"],
        things=["busje", "ophaaltijd", "chauffeur"],
    ),
    dict(
        key="afval",
        subject="de ondergrondse container",
        dept=["Stadsbeheer", "Openbare Ruimte"],
        scheme=["grofvuilregeling", "afvalpas", "containerbeleid"],
        law=["Afvalstoffenverordening"],
        org=["Afvalbedrijf", "Milieustraat"],
        things=["container", "bijplaatsing", "bestuurlijke strafbeschikking"],
    ),
    dict(
        key="vergunning",
        subject="de omgevingsvergunning",
        dept=["Vergunningen, Toezicht en Handhaving", "Omgevingsloket"],
        scheme=["omgevingsvergunning", "last onder dwangsom", "vooroverleg"],
        law=["Omgevingswet"],
        org=["Welstandscommissie", "Omgevingsdienst"],
        things=["dakkapel", "erfafscheiding", "schuur", "handhavingsverzoek"],
    ),
    dict(
        key="schulden",
        subject="de schuldregeling",
        dept=["Schuldhulpverlening", "Geldzaken"],
        scheme=["budgetbeheer", "saneringskrediet", "moratorium"],
        law=["Wet gemeentelijke schuldhulpverlening"],
        org=["Kredietbank", "Nibud", "Humanitas"],
        things=["beslaglegging", "incassobureau", "vrij te laten bedrag"],
        iban=True,
    ),
    dict(
        key="brp",
        subject="de inschrijving in de BRP",
        dept=["Burgerzaken", "Publiekszaken"],
        scheme=["adresonderzoek", "briefadres", "uitschrijving"],
        law=["Wet BRP"],
        org=["RvIG", "Belastingdienst"],
        things=["adreswijziging", "paspoort", "uittreksel"],
    ),
    dict(
        key="energie",
        subject="de energietoeslag",
        dept=["Energieloket", "Wonen en Duurzaamheid"],
        scheme=["energietoeslag", "energiefixer", "isolatiesubsidie"],
        law=["Participatiewet", "Algemene wet bestuursrecht"],
        org=["woningcorporatie", "Energiebank"],
        things=["voorschotnota", "schimmel", "tochtstrip"],
        iban=True,
    ),
    dict(
        key="bomen",
        subject="de kapvergunning",
        dept=["Groenbeheer", "Bomenloket"],
        scheme=["kapvergunning", "herplantplicht", "bomenregister"],
        law=["Omgevingswet", "Bomenverordening"],
        org=["Boomwachters", "Stichting Groen Erfgoed"],
        things=["iep", "kastanje", "snoeiwerk", "wortelopdruk"],
    ),
    dict(
        key="inburgering",
        subject="de inburgering",
        dept=["Inburgering", "Team Statushouders"],
        scheme=["inburgeringsplan", "taalroute", "ontzorgen"],
        law=["Wet inburgering 2021"],
        org=["DUO", "VluchtelingenWerk", "COA"],
        things=["taalschool", "participatieverklaring", "boete"],
    ),
]


# ---------------------------------------------------------------- one document's cast, identifiers and vocabulary


class Ctx:
    def __init__(self, r: random.Random, known: tuple | None):
        self.r = r
        self.th = r.choice(THEMES)
        self.town = r.choice(TOWNS)
        self.known = known
        if known:
            word = known[0]
            if word in KNOWN_FIRST:
                base = make_person(r, r.choice(["nederlands", "fries", "limburgs", "creools"]), "f")
                self.R = Person(word, base.particle, base.last, "f", base.origin)
            else:
                base = make_person(
                    r, KNOWN_ORIGIN.get(word, r.choice(["nederlands", "nederlands", "fries", "indisch"]))
                )
                particle = "" if word in KNOWN_ORIGIN else r.choice(["", "", "de", "van der", "van"])
                if word == "Meer":
                    particle = r.choice(["van der", "van der", "ter"])
                self.R = Person(base.first, particle, word, base.gender, base.origin)
        else:
            self.R = make_person(r)
        fam_origin = self.R.origin if r.random() < 0.7 else None
        self.F = make_person(r, fam_origin)
        if r.random() < 0.6:
            self.F.last, self.F.particle = self.R.last, self.R.particle
        self.K1 = make_person(r, self.R.origin)
        self.K1.last, self.K1.particle = self.R.last, self.R.particle
        self.O = make_person(r)
        self.L = make_person(r)
        self.M = make_person(r)
        self.N = make_person(r)
        self.C = make_person(r)
        cast = [self.R, self.F, self.K1, self.O, self.L, self.M, self.N, self.C]
        self.distinct = len({p.first for p in cast}) == len(cast) and len({p.last for p in cast[3:]}) == 5
        self.dept = r.choice(self.th["dept"])
        self.scheme = r.choice(self.th["scheme"])
        self.law = r.choice(self.th["law"])
        self.org = r.choice(self.th["org"])
        self.thing = r.choice(self.th["things"])
        self.street = make_street(r)
        self.no = house_no(r)
        self.pc = make_postcode(r)
        self.street2 = make_street(r)
        self.phone = make_phone(r)
        self.phone2 = make_phone(r)
        self.o_phone = make_phone(r)
        self.email = email_for(r, self.R)
        self.f_email = email_for(r, self.F)
        dom = self.town.lower().replace("-", "") + ".nl"
        self.o_email = email_for(r, self.O, dom)
        self.m_email = email_for(r, self.M, "verzoektotafstemming.nl")
        self.bsn = make_bsn(r)
        self.iban = make_iban(r)
        self.plate = make_plate(r)
        self.case = make_case(r)
        self.case2 = make_case(r)
        self.dob = make_dob(r)
        self.f_dob = make_dob(r)
        self.year = r.randint(2004, 2023)
        rels = {
            "f": ["dochter", "zus", "schoondochter", "nicht", "partner"],
            "m": ["zoon", "broer", "schoonzoon", "neef", "partner"],
        }
        self.rel = r.choice(rels[self.F.gender])
        self.dates: list[str] | None = None

    # kept vocabulary, marked
    def subject_k(self):
        return K(self.th["subject"])

    def D(self):
        return K(self.dept)

    def S(self):
        return K(self.scheme)

    def W(self):
        return K(self.law)

    def G(self):
        return K(self.org)

    def T(self):
        return K(self.town)

    def Th(self):
        return K(self.thing)

    def dt(self):
        if self.dates:
            return K(self.dates.pop(0))
        return K(ordinary_date(self.r))

    def amt(self):
        return K(amount(self.r))

    # personal data, marked
    def addr(self, with_no=True):
        return X("ADDRESS", f"{self.street} {self.no}" if with_no else self.street)

    def addr2(self):
        return X("ADDRESS", self.street2)

    def pcode(self):
        return X("POSTCODE", self.pc)

    def ph(self, which="R"):
        return X("PHONE", {"R": self.phone, "F": self.phone2, "O": self.o_phone}[which])

    def em(self, which="R"):
        return X("EMAIL", {"R": self.email, "F": self.f_email, "O": self.o_email, "M": self.m_email}[which])

    def bsn_(self):
        return X("BSN", self.bsn)

    def iban_(self):
        return X("IBAN", self.iban)

    def plate_(self):
        return X("LICENSE_PLATE", self.plate)

    def case_(self, second=False):
        return X("CASE_NUMBER", self.case2 if second else self.case)

    def dob_(self, fam=False):
        return X("DATE_OF_BIRTH", self.f_dob if fam else self.dob)

    def role(self, p):
        return {
            "O": self.r.choice(["consulent", "klantmanager", "medewerker", "behandelaar", "beleidsmedewerker"]),
            "L": self.r.choice(["teamleider", "afdelingshoofd", "coördinator", "manager"]),
            "M": self.r.choice(["bemiddelaar", "onafhankelijk bemiddelaar"]),
        }[p]


SHAPES: dict[str, list] = {}


def shape(pool: str):
    def deco(fn):
        SHAPES.setdefault(pool, []).append(fn)
        return fn

    return deco


# ---------------------------------------------------------------- shapes: titles


@shape("title")
def t_howto(c):
    return f"{K('Hoe')} een vastgelopen aanvraag voor {c.S()} weer in beweging kwam"


@shape("title")
def t_named(c):
    return f"{K('Casus')}: {c.R.titled(c.r)} en {c.subject_k()}"


@shape("title")
def t_question(c):
    return f"{K('Waarom')} duurde het zeven maanden voordat {c.D()} terugbelde?"


@shape("title")
def t_quote(c):
    return f"'{K('Niemand')} las mijn brief' — {c.R.fn()} uit {c.T()}"


@shape("title")
def t_caps_family(c):
    return f"{K('DOSSIER')} {c.R.caps()} / {K(c.th['key'].upper())}"


# ---------------------------------------------------------------- shapes: the situation


@shape("sit")
def s_age_channel(c):
    ch = c.r.choice(["het webformulier", "de inloop in de bibliotheek", "een brief", "het spreekuur in het buurthuis"])
    return f"{c.R.Titled(c.r)} ({c.r.randint(23, 91)} jaar) kwam op {c.dt()} bij ons binnen via {ch}."


@shape("sit")
def s_not_self(c):
    return (
        f"{K('Het')} verzoek kwam niet van {c.R.full()} zelf, maar van {c.R.haar} {c.rel} {c.F.fn()}, die zich zorgen "
        f"maakte over de stapel ongeopende enveloppen op de gangkast."
    )


@shape("sit")
def s_what_played(c):
    return f"{K('Wat')} speelde er? {c.R.full()} had sinds {c.dt()} niets meer gehoord over {c.subject_k()}."


@shape("sit")
def s_since_move(c):
    return (
        f"{K('Sinds')} de verhuizing naar de {c.addr(False)} ontving {c.R.titled(c.r)} geen enkele brief meer van "
        f"{c.D()}."
    )


@shape("sit")
def s_called_from(c):
    return f"{K('Op')} {c.dt()} belde {c.R.fn()} {c.R.sur_low()} ons vanaf {c.ph()}, hoorbaar overstuur."


@shape("sit")
def s_apposition(c):
    jobs = ["alleenstaande moeder van drie", "mantelzorger voor haar vader", "thuiszorgmedewerker"]
    if c.R.gender == "m":
        jobs = ["alleenstaande vader van twee", "nachtportier", "zzp'er in de bouw"]
    return (
        f"{c.R.full()}, {c.r.choice(jobs)}, ontving in {K('januari')} een brief over {c.Th()} die {c.R.zij} niet "
        f"kon plaatsen."
    )


@shape("sit")
def s_passive_refused(c):
    return f"{K('De')} aanvraag van {c.R.titled(c.r)} werd op {c.dt()} door {c.O.initials()} van {c.D()} afgewezen."


@shape("sit")
def s_letter_ref(c):
    return (
        f"{K('Volgens')} de brief van {c.D()} (ons kenmerk {c.case_()}) zou {c.R.full()} te laat hebben gereageerd op "
        f"een verzoek om informatie."
    )


@shape("sit")
def s_neighbour_post(c):
    return (
        f"{c.R.fn()} vertelde dat {c.R.haar} buurman, {c.N.full()}, de post al weken voor {c.R.haar} deur zag liggen."
    )


@shape("sit")
def s_household(c):
    return (
        f"{K('In')} het huishouden wonen {c.R.fn()}, {c.F.full()} ({c.rel}), {c.K1.fn()} en de kleine "
        f"{P(c.r.choice(['Noa', 'Amir', 'Jaylano', 'Sven', 'Yara', 'Ilias', 'Fenna', 'Ouassim']))}."
    )


@shape("sit")
def s_born_cue(c):
    return (
        f"{K('Voor')} {c.R.fn()} {c.R.sur()} (geboren {c.dob_()}) was dit de derde brief over {c.Th()} in een "
        f"half jaar."
    )


@shape("sit")
def s_quote_end(c):
    return f'"{K("Ik")} snap gewoon niet wat ze van me willen," zei {c.R.fn()} tijdens de intake.'


@shape("sit")
def s_possessive(c):
    return f"{c.R.poss()} {c.S()} werd stopgezet omdat een formulier 'niet compleet' zou zijn."


@shape("sit")
def s_plate_paren(c):
    return (
        f"{K('De')} eigenaar van de auto ({c.R.initials()}, kenteken {c.plate_()}) kreeg binnen een maand vier "
        f"keer een {K('naheffingsaanslag')}."
    )


@shape("sit")
def s_brother(c):
    return (
        f"{K('Ook')} {c.F.full()}, de {c.rel} van {c.R.fn()}, had al eens gebeld, maar werd doorverbonden met een "
        f"afdeling die niet bestond."
    )


@shape("sit")
def s_home_rent(c):
    return (
        f"{K('Het')} ging om de woning aan de {c.addr()} ({c.pcode()} {c.T()}), waar {c.R.full()} sinds {c.year} huurt."
    )


@shape("sit")
def s_no_mail(c):
    return f"{c.R.Titled(c.r)} heeft geen e-mailadres; alles loopt via {c.R.haar} {c.rel} ({c.F.fn()}, {c.em('F')})."


@shape("sit")
def s_dob_nocue(c):
    return f"{c.R.full()}, {c.dob_()}, woont alleen en spreekt weinig Nederlands; {c.R.haar} dochter tolkt."


@shape("sit")
def s_registered_bsn(c):
    return (
        f"{K('In')} de basisregistratie stond {c.R.initials()} met BSN {c.bsn_()} nog op een oud adres in "
        f"{c.T()}, terwijl {c.R.zij} al jaren aan de {c.addr2()} woont."
    )


@shape("sit")
def s_caps_complaint(c):
    return (
        f"{K('Letterlijk')} schreef {c.R.zij}: 'IK WIL GEWOON DAT IEMAND NAAR MIJ LUISTERT' — met onder de brief "
        f"{c.R.haar} naam in hoofdletters, {c.R.caps()}."
    )


@shape("sit")
def s_who_is(c):
    return (
        f"{K('Wie')} is {c.R.fn()}? {K('Een')} vrolijk mens die al veertig jaar in dezelfde wijk woont, met een "
        f"kleinkind dat {c.K1.fn()} heet."
    )


@shape("sit")
def s_nickname(c):
    if c.R.nick:
        return f"{c.R.full()} — iedereen in de wijk noemt {c.R.hem} {P(c.R.nick)} — kreeg een {c.Th()}."
    return f"{c.R.full()}, door de buren '{P(c.R.first[:3])}' genoemd, kreeg een {c.Th()}."


@shape("sit")
def s_second_file(c):
    return (
        f"{K('Onder')} BSN {c.bsn_()} bleek bij {c.G()} een tweede dossier te bestaan, op naam van "
        f"{c.R.initials()} en met een verkeerde geboortedatum."
    )


@shape("sit")
def s_event_building(c):
    event = c.r.choice(["Burendag", "de Week van het Geld", "de Dag van de Mantelzorg", "Open Monumentendag"])
    building = c.r.choice(["Wijkcentrum De Kroonkurk", "het Stadskantoor", "Bibliotheek Centrum", "het Stadhuis"])
    return f"{K('Op')} {K(event)} in {K(building)} schoot {c.R.full()} de {c.role('M')} aan."


@shape("sit")
def s_belgian_birth(c):
    return f"{c.R.full()} (° {c.dob_()}) verhuisde in {c.year} vanuit {K('Antwerpen')} naar {c.T()}."


# ---------------------------------------------------------------- shapes: what was tried


@shape("try")
def a_mail_no_answer(c):
    return f"{K('Eerst')} probeerden we de gewone weg: een mail aan {c.em('O')}, zonder antwoord."


@shape("try")
def a_on_leave(c):
    return f"{c.M.fn()} zocht contact met {c.O.titled(c.r)} van {c.D()}, maar die bleek met verlof."


@shape("try")
def a_moved_twice(c):
    return f"{K('Twee')} keer werd een afspraak met {c.O.full()} verzet, één keer zonder bericht."


@shape("try")
def a_laid_before(c):
    return (
        f"{K('Wat')} hebben we geprobeerd? {K('We')} legden {c.R.poss()} situatie voor aan {c.L.full()}, "
        f"{c.role('L')} bij {c.D()}."
    )


@shape("try")
def a_objection(c):
    return (
        f"{K('Zelf')} had {c.R.fn()} al bezwaar gemaakt (zaaknummer {c.case_(True)}), maar op dat bezwaar kwam "
        f"nooit een reactie."
    )


@shape("try")
def a_desk_quote(c):
    return f"{K('Aan')} de balie kreeg {c.R.titled(c.r)} te horen: '{K('Daarvoor')} moet u bij {c.G()} zijn.'"


@shape("try")
def a_voicemail(c):
    return f"{K('Een')} telefoontje naar {c.O.fn()} op {c.ph('O')} leverde alleen een voicemail op."


@shape("try")
def a_bank_statement(c):
    return (
        f"{K('We')} vroegen {c.R.titled(c.r)} om {c.R.haar} bankafschriften; daarop staat rekening {c.iban_()}, "
        f"waarop het geld voor {c.S()} had moeten binnenkomen."
    )


@shape("try")
def a_read_file(c):
    return (
        f"{K('Had')} {c.O.titled(c.r)} het dossier eigenlijk wel gelezen? {K('Die')} vraag bleef na het eerste "
        f"gesprek hangen."
    )


@shape("try")
def a_home_visit(c):
    return f"{K('Samen')} met {c.N.full()} ({c.G()}) gingen we op huisbezoek aan de {c.addr()}, {c.pcode()}."


@shape("try")
def a_twenty_minutes(c):
    return f"{K('Het')} gesprek met {c.O.initials()} duurde twintig minuten en liep vast op de vraag wie bevoegd was."


@shape("try")
def a_passive_promise(c):
    return f"{K('Door')} {c.O.sur()} werd toegezegd dat er binnen vijf werkdagen gebeld zou worden; dat gebeurde niet."


@shape("try")
def a_forwarded(c):
    return (
        f"{c.M.full()} stuurde het dossier door naar {c.L.titled(c.r)}, met de vraag of {c.D()} het besluit "
        f"over {c.Th()} kon heroverwegen."
    )


@shape("try")
def a_imperative_note(c):
    return f"({K('Notitie')} voor mezelf: bel {c.R.titled(c.r)} terug op {c.ph()} vóór vrijdag!)"


@shape("try")
def a_interpreter(c):
    return f"{K('Met')} hulp van tolk {c.N.fn()} {c.N.sur()} konden we eindelijk uitleggen wat '{c.Th()}' betekent."


@shape("try")
def a_gave_folder(c):
    return f"{K('De')} consulent gaf {c.R.titled(c.r)} een folder over {c.S()} mee, maar die was alleen in het Engels."


@shape("try")
def a_form_again(c):
    return f"{c.R.sur()} vulde het formulier opnieuw in, nu met {c.F.full()} ernaast, en stuurde het aangetekend op."


@shape("try")
def a_wijkagent(c):
    return (
        f"{K('Wijkagent')} {c.N.full()} bevestigde dat de auto met kenteken {c.plate_()} al weken bij "
        f"{c.R.titled(c.r)} voor de deur stond."
    )


# ---------------------------------------------------------------- shapes: what worked


@shape("work")
def w_kitchen(c):
    return f"{K('Wat')} wél werkte: één gesprek aan de keukentafel, met {c.O.full()} erbij."


@shape("work")
def w_picked_up(c):
    return f"{K('Pas')} toen {c.L.fn()} {c.L.sur()} zelf de telefoon pakte, kwam er beweging in."


@shape("work")
def w_own_story(c):
    return (
        f"{K('Doorslaggevend')} was dat {c.R.titled(c.r)} {c.R.haar} eigen verhaal kon doen, zonder dat iemand "
        f"{c.R.hem} onderbrak."
    )


@shape("work")
def w_plate_linked(c):
    return (
        f"{K('Het')} hielp dat {c.O.fn()} het kenteken {c.plate_()} in het systeem aan de aanvraag voor {c.S()} "
        f"kon koppelen."
    )


@shape("work")
def w_unexpected(c):
    return (
        f"{K('De')} doorbraak kwam van een onverwachte kant: {c.N.initials()}, vrijwilliger bij {c.G()}, "
        f"herinnerde zich het eerdere gesprek."
    )


@shape("work")
def w_lets_solve(c):
    return f"'{K('Laten')} we het gewoon oplossen,' zei {c.L.full()} aan het eind van het overleg."


@shape("work")
def w_read_aloud(c):
    return (
        f"{K('Door')} de brief samen met {c.F.fn()} hardop te lezen, begreep {c.R.fn()} eindelijk wat er werd gevraagd."
    )


@shape("work")
def w_thanks_to(c):
    return f"{K('Dankzij')} {c.O.titled(c.r)} lag er binnen een week een nieuwe beschikking."


@shape("work")
def w_end_name(c):
    return f"{K('De')} knoop werd uiteindelijk doorgehakt door de {c.role('L')} zelf: {c.L.full()}."


@shape("work")
def w_not_x_but_y(c):
    return f"{K('Niet')} {c.O.sur()}, maar collega {c.N.fn()} van {c.D()} wist hoe de regeling echt werkt."


@shape("work")
def w_why_now(c):
    return f"{K('Waarom')} werkte het nu wel? {K('Omdat')} {c.O.fn()} en {c.R.fn()} elkaar eindelijk spraken."


# ---------------------------------------------------------------- shapes: the agreement


@shape("agree")
def g_pay_back(c):
    return f"{K('Afspraak')}: {c.D()} betaalt {c.amt()} terug op {c.iban_()} (t.n.v. {c.R.initials()}) vóór {c.dt()}."


@shape("agree")
def g_ensures(c):
    return f"{c.O.full()} zorgt ervoor dat alles rond {c.Th()} uiterlijk {c.dt()} geregeld is."


@shape("agree")
def g_one_contact(c):
    return (
        f"{K('Afgesproken')} is dat {c.R.titled(c.r)} voortaan één vast aanspreekpunt heeft: {c.O.fn()} "
        f"{c.O.sur_low()}, bereikbaar op {c.ph('O')}."
    )


@shape("agree")
def g_withdrawn(c):
    return f"{K('De')} {K('naheffing')} voor {c.plate_()} wordt ingetrokken; {c.R.full()} hoeft niets te betalen."


@shape("agree")
def g_recorded(c):
    return f"{K('Vastgelegd')} onder {c.case_()}: de afspraak over {c.S()} loopt door tot {c.dt()}."


@shape("agree")
def g_who_does_what(c):
    return f"{K('Wie')} doet wat? {c.O.sur()} belt, {c.M.fn()} controleert en {c.R.fn()} stuurt de laatste stukken op."


@shape("agree")
def g_confirm_mail(c):
    return (
        f"{K('Het')} besluit over {c.S()} geldt met terugwerkende kracht; {c.R.titled(c.r)} krijgt de bevestiging "
        f"op {c.em()}."
    )


@shape("agree")
def g_with_lead(c):
    return (
        f"{K('Afspraak')} met {c.L.titled(c.r)} ({c.role('L')} {c.D()}): geen nieuwe stappen rond {c.Th()} zolang "
        f"het gesprek loopt."
    )


@shape("agree")
def g_direct_mail(c):
    return f"{K('Bij')} een nieuwe storing mag {c.R.fn()} rechtstreeks mailen naar {c.em('O')}."


@shape("agree")
def g_signed(c):
    return f"{K('Getekend')} door {c.R.initials()} en {c.O.initials()} op {c.dt()}, in het bijzijn van {c.M.full()}."


@shape("agree")
def g_paid_to_child(c):
    return (
        f"{K('Het')} bedrag van {c.amt()} gaat naar de rekening van {c.F.full()} ({c.iban_()}), omdat "
        f"{c.R.fn()} die zelf niet meer kan beheren."
    )


@shape("agree")
def g_postcode_area(c):
    return (
        f"{K('Voor')} alle woningen in postcodegebied {c.pcode()} controleert {c.D()} voortaan of de brieven over "
        f"{c.S()} aankomen."
    )


# ---------------------------------------------------------------- shapes: lessons


@shape("lesson")
def l_listen_first(c):
    return f"{K('Luister')} eerst. {c.R.fn()} had het antwoord al in {c.R.haar} eerste zin."


@shape("lesson")
def l_ask_reference(c):
    return f"{K('Vraag')} altijd naar het kenmerk van de brief; bij {c.R.sur()} scheelde dat twee weken zoeken."


@shape("lesson")
def l_afterwards(c):
    return f"{K('Zoals')} {c.O.full()} achteraf zei: 'Dit hadden we ook zonder bemiddelaar kunnen oplossen.'"


@shape("lesson")
def l_team_meeting(c):
    return (
        f"{K('Wat')} {c.L.sur()} meeneemt naar het teamoverleg van {c.D()}: lees het hele dossier over {c.Th()} "
        f"voordat je belt."
    )


@shape("lesson")
def l_no_name(c):
    return (
        f"{K('Wie')} recht heeft op {c.S()}, vraagt geen gunst; leg dat uit in gewone taal, niet in de taal van de "
        f"{c.W()}."
    )


@shape("lesson")
def l_thanks(c):
    return f"{K('Met')} dank aan {c.O.fn()}, {c.L.fn()} en natuurlijk {c.R.fn()} zelf, die bleef volhouden."


@shape("lesson")
def l_question_to_self(c):
    return f"{K('Zouden')} we {c.R.titled(c.r)} ook zo snel hebben geholpen als {c.R.zij} geen dochter had gehad?"


@shape("lesson")
def l_control_question(c):
    return f"{K('De')} controlevraag ('is alles besproken?') beantwoordde {c.R.fn()} met een volmondig ja, op {c.dt()}."


@shape("lesson")
def l_role_after(c):
    return f"{c.O.full()}, {c.role('O')} bij {c.D()}, stuurde later een kaartje: '{K('Dank')} voor het geduld.'"


# ---------------------------------------------------------------- shapes: header and meta lines


@shape("meta")
def m_case_mediator(c):
    return f"{K('Zaaknummer')}: {c.case_()} | {K('Bemiddelaar')}: {c.M.full()}"


@shape("meta")
def m_concerns(c):
    return f"{K('Betreft')}: {c.R.titled(c.r)}, {c.addr()}, {c.pcode()} {c.T()}"


@shape("meta")
def m_dob_bsn(c):
    return f"{K('Geboortedatum')}: {c.dob_()} · BSN: {c.bsn_()}"


@shape("meta")
def m_plate(c):
    return f"{K('Voertuig')}: {c.plate_()} ({K('bedrijfsbus')})"


@shape("meta")
def m_contact(c):
    return f"{K('Contact')}: {c.ph()} / {c.em()}"


@shape("meta")
def m_theme_dept(c):
    return f"{K('Thema')}: {c.S()} — {K('Afdeling')}: {c.D()} — {K('Wet')}: {c.W()}"


@shape("meta")
def m_status(c):
    return f"{K('Status')}: {K('opgelost')} ({c.dt()}); {K('eigenaar')}: {c.M.initials()}"


@shape("meta")
def m_partner(c):
    return f"{K('Contactpersoon')}: {c.F.full()} ({c.rel}), geb. {c.dob_(True)}"


@shape("meta")
def m_postal(c):
    return f"{K('Adres')}: {c.addr()}\n{c.pcode()}  {c.T()}"


# ---------------------------------------------------------------- shapes: table rows (the style writes the header)


@shape("row")
def r_resident(c):
    return f"| {K('Verzoeker')} | {c.R.full()} | {c.ph()} |"


@shape("row")
def r_official(c):
    return f"| {c.role('O')} {c.D()} | {c.O.initials()} | {c.em('O')} |"


@shape("row")
def r_lead(c):
    return f"| {c.role('L')} | {c.L.titled(c.r)} | {K('via het secretariaat')} |"


@shape("row")
def r_family(c):
    return f"| {K('Familie')} | {c.F.fn()} ({c.rel}) | {c.ph('F')} |"


@shape("row")
def r_mediator(c):
    return f"| {K('Bemiddelaar')} | {c.M.fn()} {c.M.sur()} | {c.em('M')} |"


@shape("row")
def r_bsn(c):
    return f"| {K('BSN')} {K('verzoeker')} | {c.bsn_()} | {K('gecontroleerd')} |"


# ---------------------------------------------------------------- shapes: timeline entries


@shape("tl")
def e_intake(c):
    return f"{c.dt()} — intake met {c.R.titled(c.r)} (tel. {c.ph()})"


@shape("tl")
def e_letter(c):
    return f"{c.dt()}: brief van {c.D()}, kenmerk {c.case_()}, ondertekend door {c.O.initials()}"


@shape("tl")
def e_call(c):
    return f"{c.dt()} · {c.M.fn()} belt {c.O.fn()}; geen gehoor"


@shape("tl")
def e_visit(c):
    return f"{c.dt()} — huisbezoek {c.addr()}; aanwezig: {c.R.fn()}, {c.F.full()}, {c.N.initials()}"


@shape("tl")
def e_solved(c):
    return f"{c.dt()} — {c.L.sur()} zegt toe: {c.S()} gaat door"


@shape("tl")
def e_paid(c):
    return f"{c.dt()}: {c.amt()} bijgeschreven op {c.iban_()}"


# ---------------------------------------------------------------- shapes: interview exchanges


@shape("iv")
def i_how_started(c):
    return (
        f"{K('Vraag')}: {K('Hoe')} begon het?\n"
        f"{c.M.fn()}: {c.R.Titled(c.r)} stond op een dinsdag aan de balie met een brief over {c.Th()} in de hand."
    )


@shape("iv")
def i_hardest(c):
    return (
        f"{K('Vraag')}: {K('Wat')} was het lastigste?\n"
        f"{c.M.fn()}: {K('Dat')} {c.O.sur()} en {c.L.sur()} allebei dachten dat de ander het zou oppakken."
    )


@shape("iv")
def i_resident_speaks(c):
    return (
        f"{K('Vraag')}: {K('En')} wat zegt {c.R.fn()} er zelf van?\n"
        f"{c.R.fn()}: '{K('Ik')} voel me eindelijk gehoord. {K('Bedankt')}, {c.M.fn()}.'"
    )


@shape("iv")
def i_again(c):
    return (
        f"{K('Vraag')}: {K('Zou')} je het opnieuw zo doen?\n"
        f"{c.M.fn()}: {K('Ja')}, maar ik zou {c.L.full()} eerder bellen."
    )


# ---------------------------------------------------------------- shapes: sign-offs and covering lines


@shape("sign")
def z_groet(c):
    return f"{K('Groet')},\n{c.M.fn()}"


@shape("sign")
def z_full(c):
    return f"{K('Met')} vriendelijke groet,\n{c.M.full()}\n{c.role('M').capitalize()} | {c.em('M')}"


@shape("sign")
def z_review(c):
    return f"{K('Graag')} nakijken, {c.C.fn()} — daarna mag het naar de kennisbank. {c.M.initials()}"


@shape("sign")
def z_initials_only(c):
    return f"— {c.M.initials()}, {c.dt()}"


# ---------------------------------------------------------------- shapes: quick lower-case drafting notes


@shape("note")
def n_lower_called(c):
    return f"{c.R.low()} belde 3x, steeds dezelfde vraag over {c.Th()}"


@shape("note")
def n_lower_ask(c):
    return f"nog vragen aan {c.O.low()}: waarom geen reactie op {c.case_()}?"


@shape("note")
def n_lower_vd(c):
    if c.R.particle.lower() in {"van der", "van de", "van den"}:
        return f"{c.R.mw_abbr} {P('v.d. ' + c.R.last)} nog niet teruggebeld!! nr {c.ph()}"
    return f"dhr/mw {P(c.R.last.lower())} nog niet teruggebeld!! nr {c.ph()}"


@shape("note")
def n_todo(c):
    return f"todo: {P(c.M.first.lower())} checkt iban ({c.iban_()}) bij {c.D()}"


@shape("known")
def k_ordinary_use(c):
    word, clause = c.known
    lead = c.r.choice(["Terzijde", "Een detail", "Tussendoor", "Ter sfeer", "Opvallend"])
    return f"{K(lead)}: " + clause.format(w=K(word.lower()), R=c.R.fn()) + "."


@shape("known")
def k_bare_surname(c):
    if c.known[0] in KNOWN_FIRST:
        return f"{c.R.fn()} zelf bleef er rustig onder; {K('anderen')} in de straat waren bozer."
    return f"{c.R.sur()} zelf bleef er rustig onder; {K('anderen')} in de straat waren bozer."


# ---------------------------------------------------------------- authors' styles: how a draft is put together


def pick(c, pool, k):
    return [f(c) for f in c.r.sample(SHAPES[pool], min(k, len(SHAPES[pool])))]


def situation(c, k):
    lines = pick(c, "sit", k)
    if c.known:
        lines.insert(c.r.randrange(len(lines) + 1), k_ordinary_use(c))
        lines.append(k_bare_surname(c))
    return lines


def style_markdown(c):
    r = c.r
    parts = [f"# {pick(c, 'title', 1)[0]}", f"## {K('Situatie')}", " ".join(situation(c, r.randint(2, 3)))]
    parts += [f"## {K('Wat we probeerden')}", " ".join(pick(c, "try", r.randint(1, 3)))]
    parts += [f"## {K('Wat werkte')}", " ".join(pick(c, "work", r.randint(1, 2)))]
    parts += [f"## {K('Afspraak')}", " ".join(pick(c, "agree", r.randint(1, 2)))]
    parts += [f"## {K('Lessen')}", "\n".join("- " + x for x in pick(c, "lesson", r.randint(2, 3)))]
    return "\n\n".join(parts)


def style_numbered(c):
    r = c.r
    body = [pick(c, "title", 1)[0], "\n".join(pick(c, "meta", r.randint(2, 3)))]
    body.append(" ".join(situation(c, 2) + pick(c, "try", 2)))
    body.append(" ".join(pick(c, "work", 1) + pick(c, "agree", 2)))
    lessons = pick(c, "lesson", 3)
    body.append(f"{K('Lessen')}:\n" + "\n".join(f"{i}. {x}" for i, x in enumerate(lessons, 1)))
    return "\n\n".join(body)


def style_story(c):
    r = c.r
    head = pick(c, "title", 1)[0]
    text = situation(c, 3) + pick(c, "try", 2) + pick(c, "work", 2) + pick(c, "agree", 1)
    tail = f"{K('Wat')} leren we hiervan? " + " ".join(pick(c, "lesson", r.randint(1, 2)))
    return f"{head}\n\n" + " ".join(text) + "\n\n" + tail


def style_interview(c):
    r = c.r
    intro = f"{K('In')} gesprek met {c.role('M')} {c.M.full()} over {c.subject_k()} in {c.T()}. " + " ".join(
        situation(c, 1)
    )
    qa = pick(c, "iv", r.randint(2, 3))
    return (
        f"{K('Interview')}: {pick(c, 'title', 1)[0]}\n\n{intro}\n\n"
        + "\n\n".join(qa)
        + "\n\n"
        + " ".join(pick(c, "agree", 2))
    )


def style_timeline(c):
    r = c.r
    start = r.randint(0, 200)
    days = sorted(r.sample(range(start, start + 150), 8))
    c.dates = [f"{d % 28 + 1} {MONTHS[(d // 28) % 12]} 2026" for d in days]
    entries = pick(c, "tl", r.randint(3, 5))
    c.dates = None
    return "\n\n".join(
        [
            pick(c, "title", 1)[0],
            " ".join(situation(c, 1)),
            f"{K('Tijdlijn')}\n" + "\n".join("- " + e for e in entries),
            f"{K('Afspraak')}\n" + " ".join(pick(c, "agree", r.randint(1, 2))),
            f"{K('Les')}\n" + pick(c, "lesson", 1)[0],
        ]
    )


def style_table(c):
    r = c.r
    rows = pick(c, "row", r.randint(3, 5))
    table = f"| {K('Rol')} | {K('Naam')} | {K('Contact')} |\n|---|---|---|\n" + "\n".join(rows)
    prose = " ".join(situation(c, 2) + pick(c, "try", 1) + pick(c, "work", 1) + pick(c, "agree", 1))
    return "\n\n".join([pick(c, "title", 1)[0], table, prose, f"{K('Leerpunt')}: " + pick(c, "lesson", 1)[0]])


def style_memo(c):
    r = c.r
    greet = r.choice(["Hoi", "Beste", "Dag"])
    return "\n\n".join(
        [
            f"{K(greet)} {c.C.fn()},",
            f"{K('Hierbij')} mijn concept voor de kennisbank over {c.subject_k()}. {K('Namen')} staan er nog in.",
            f"**{K('Situatie')}.** " + " ".join(situation(c, 2)),
            f"**{K('Aanpak')}.** " + " ".join(pick(c, "try", 2)),
            f"**{K('Resultaat')}.** " + " ".join(pick(c, "work", 1) + pick(c, "agree", 1)),
            f"**{K('Les')}.** " + pick(c, "lesson", 1)[0],
            pick(c, "sign", 1)[0],
        ]
    )


def style_caps(c):
    return "\n".join(
        [
            t_caps_family(c),
            "\n".join(pick(c, "meta", 2)),
            f"{K('SITUATIE')}: " + " ".join(situation(c, 2)),
            f"{K('AANPAK')}: " + " ".join(pick(c, "try", 2)),
            f"{K('UITKOMST')}: " + " ".join(pick(c, "agree", 2)),
            f"{K('LEERPUNT')}: " + pick(c, "lesson", 1)[0],
        ]
    )


def style_notes(c):
    r = c.r
    notes = pick(c, "note", r.randint(2, 3))
    return "\n".join(
        [
            f"{K('concept')} — {pick(c, 'title', 1)[0]}",
            *("* " + n for n in notes),
            "",
            f"{K('uitwerking')}:",
            " ".join(situation(c, 2) + pick(c, "work", 1) + pick(c, "agree", 1)),
            "",
            pick(c, "sign", 1)[0],
        ]
    )


def style_questions(c):
    r = c.r
    return "\n\n".join(
        [
            pick(c, "title", 1)[0],
            f"{K('Wat was de vraag?')}\n" + " ".join(situation(c, r.randint(2, 3))),
            f"{K('Wat hebben we gedaan?')}\n" + " ".join(pick(c, "try", 2)),
            f"{K('Wat was de oplossing?')}\n" + " ".join(pick(c, "work", 1) + pick(c, "agree", 1)),
            f"{K('Wat nemen we mee?')}\n" + " ".join(pick(c, "lesson", 2)),
        ]
    )


STYLES = [
    style_markdown,
    style_numbered,
    style_story,
    style_interview,
    style_timeline,
    style_table,
    style_memo,
    style_caps,
    style_notes,
    style_questions,
]


# ---------------------------------------------------------------- gate and generation


def _words(s: str) -> set[str]:
    return {w for w in re.findall(r"[\w']+", s.lower()) if w not in PARTICLE_WORDS and len(w) > 1}


def gate(d: dict) -> None:
    """Raise AssertionError when a document fails one of the three gates."""
    SCORE.check_doc(d)
    assert not re.search("[⟦⟧⟪⟫]", d["text"]), d["id"]
    for item in d["pii"]:
        assert item["label"] in LABELS, item
        if item["label"] == "BSN":
            assert bsn_valid(item["text"]), item
        if item["label"] == "IBAN":
            assert iban_valid(item["text"]), item
    allowed = {w.lower() for name in d.get("known", {}).get("names", []) for w in name.split()}
    allowed &= {k.lower() for k in d["keep"]}
    names = set().union(*(_words(i["text"]) for i in d["pii"] if i["label"] == "PERSON"))
    for k in d["keep"]:
        clash = (_words(k) & names) - allowed
        assert not clash, (d["id"], k, clash)


def make_doc(i: int) -> dict:
    r = random.Random(SEED * 1000 + i)
    for _ in range(500):
        known = r.choice(KNOWN_WORDS) if i % 4 == 1 else None
        c = Ctx(r, known)
        if not c.distinct:
            continue
        marked = STYLES[r.randrange(len(STYLES))](c)
        text, pii, keep = parse(marked)
        d: dict = {"id": f"fresh14b-{i:04d}", "text": text}
        if known:
            d["known"] = {"names": [c.R.full_plain()]}
        d["pii"], d["keep"] = pii, keep
        try:
            gate(d)
        except AssertionError:
            continue
        return d
    raise RuntimeError(f"document {i} never passed the gate")


def generate() -> list[dict]:
    return [make_doc(i) for i in range(N_DOCS)]


def render(docs: list[dict]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv: list[str]) -> int:
    docs = generate()
    data = render(docs)
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == data
        print("fresh14b: up to date" if same else "fresh14b: differs from regeneration")
        return 0 if same else 1
    OUT.write_text(data, encoding="utf-8")
    counts = Counter(i["label"] for d in docs for i in d["pii"])
    print(f"{len(docs)} documents -> {OUT}")
    print(", ".join(f"{k} {v}" for k, v in counts.most_common()))
    print(f"shapes: {sum(len(v) for v in SHAPES.values())}; styles: {len(STYLES)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
