#!/usr/bin/env python3
"""holdout9: a held-out annotated Dutch corpus for the anonymizer (round nine, helper H1).

Standard library only; seed 20261204. Writes four JSON-lines files beside this script:

    holdout9_articles.jsonl  knowledge-base article drafts, case write-ups, learning points, quarterly summaries
    holdout9_mail.jsonl      e-mail threads: quoting, forwards, signatures, auto-replies, cc lines, attachments
    holdout9_known.jsonl     the resident's name is passed as "known" and holds an ordinary Dutch word
    holdout9_mixed.jsonl     transcripts, minutes, posts, notes, OCR, code-mixing, vCard/iCal, HTML, logs, tables

Every document passes ``gate()`` (see README.md); a failing document is redrawn from its own seeded stream.

    python make_holdout9.py            write the files
    python make_holdout9.py --check    exit 1 if the committed files differ from what this writes
    python make_holdout9.py --audit    overlap counts (only counts) of name parts and streets with other corpora
"""

# ruff: noqa: B023, E741  (the lambdas in loops are called at once; persons are single capitals R, O, F, ...)
from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
SEED = 20261204
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


def _load_score():
    spec = importlib.util.spec_from_file_location("score_for_holdout9", ROOT / "tests/anonymizer/corpora/score.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


SCORE = _load_score()
PARTICLES = SCORE.PARTICLES

# ----------------------------------------------------------------------------------------------------------- names
# origin: (female first names, male first names, surnames); a surname may carry particles or a hyphen.
ORIGINS: dict[str, tuple[list[str], list[str], list[str]]] = {
    "dutch": (
        ["Wendelien", "Jorieke", "Hendrika", "Aafke", "Gerdien", "Lidewij", "Marjan", "Willemijn", "Dieuwertje"],
        ["Gerben", "Reinier", "Tijmen", "Evert", "Berend", "Cornelis", "Harm", "Wybren", "Gijsbert"],
        [
            "Brinkhuis",
            "Oosterveld",
            "Verhoeckx",
            "Hofstede",
            "Kerkhoven",
            "Nijenhuis",
            "Scholtens",
            "Roelofsen",
            "Wiggers",
            "Lubbers",
            "Tiemessen",
            "Verschuure",
        ],
    ),
    "dutch_particle": (
        ["Annemiek", "Geesje", "Machteld", "Rianne", "Jacoba", "Ineke"],
        ["Hidde", "Joost", "Maarten", "Wessel", "Diederik", "Rutger"],
        [
            "van der Kolk",
            "van Dalfsen",
            "de Graauw",
            "van 't Hul",
            "ter Horst",
            "van den Akker",
            "in 't Veld",
            "op den Kamp",
            "ten Cate",
            "van Wijngaarden",
            "de Bruijckere",
            "van der Plas-Hoefnagel",
            "te Brake",
            "van Oorschot",
            "den Hertog",
            "van de Wetering",
        ],
    ),
    "frisian": (
        ["Sjoukje", "Baukje", "Froukje", "Tsjitske", "Aukje", "Minke"],
        ["Wiebe", "Sytse", "Hylke", "Durk", "Tjalling", "Jildert"],
        ["Wijbenga", "Tjeerdsma", "Yntema", "Rienstra", "Hettinga", "Osinga", "Sikkema", "Algra"],
    ),
    "south": (
        ["Jacky", "Mariëlle", "Truus", "Hanneke", "Netty"],
        ["Sjef", "Harrie", "Twan", "Huub", "Driek", "Lambert"],
        ["Ramakers", "Pluijmen", "Schreurs", "Frissen", "Hendrikx", "Heijnen", "Verhaegh", "Knoops", "Bemelmans"],
    ),
    "flemish": (
        ["Griet", "Katrien", "Veerle", "Sofie", "Lotte"],
        ["Wout", "Lieven", "Pieter-Jan", "Jens", "Bavo"],
        ["Van Damme", "De Clercq", "Vercruysse", "Claeys", "Van Hoorebeke", "De Smedt", "Verbeke", "Vanhaverbeke"],
    ),
    "moroccan": (
        ["Khadija", "Naima", "Soukaina", "Ikram", "Hafsa", "Loubna", "Siham"],
        ["Abdelkader", "Hamza", "Ilias", "Bilal", "Driss", "Mourad", "Anouar"],
        [
            "El Khattabi",
            "Boutaleb",
            "Azzouzi",
            "Bouchtaoui",
            "El Ouali",
            "Tahiri",
            "Ouazzani",
            "Achahbar",
            "Bakkali",
            "Ait Taleb",
        ],
    ),
    "turkish": (
        ["Büşra", "Gülsüm", "Hatice", "Sevgi", "Ebru", "Nurcan", "Zeynep"],
        ["Burak", "Oğuz", "Hakan", "Serkan", "Yusuf", "Volkan", "Erdem"],
        ["Yıldırım", "Kılıç", "Aydoğan", "Çelik", "Şahin", "Karataş", "Güneş", "Bozkurt", "Erdoğdu", "Polat"],
    ),
    "hindustani": (
        ["Sarita", "Anjali", "Reshma", "Kavita", "Shanti", "Sunita"],
        ["Ravi", "Sunil", "Dinesh", "Anand", "Rakesh", "Prakash"],
        ["Ramdin", "Jagessar", "Sewnath", "Baldewsingh", "Ramlakhan", "Mohabir", "Bissessur", "Ramcharan"],
    ),
    "creole": (
        ["Ethel", "Marlene", "Germaine", "Yvonne", "Gracia"],
        ["Romeo", "Clifton", "Orlando", "Errol", "Ricardo"],
        ["Pinas", "Deekman", "Eersel", "Sabajo", "Hoefdraad", "Linger", "Wijdenbosch", "Tjon Sie Fat", "Fung A Loi"],
    ),
    "javanese": (
        ["Sriwati", "Sumiyati", "Ratna", "Wagiyem"],
        ["Soekarman", "Slamet", "Sukiman", "Paiman"],
        ["Kartodikromo", "Pawirodirjo", "Sarmo", "Kromodimedjo", "Soemodihardjo", "Atmowirono"],
    ),
    "antillean": (
        ["Jurmaine", "Giselle", "Mireya", "Ruthmila", "Shudaira"],
        ["Shurendy", "Juanchi", "Quincy", "Jurick", "Edsel"],
        ["Martina", "Statia", "Koeiman", "Rosaria", "Isenia", "Windster", "Cijntje", "Bernabela"],
    ),
    "moluccan": (
        ["Johanna", "Bertha", "Ida"],
        ["Julius", "Semmy", "Wempi", "Nus"],
        ["Latuheru", "Pattiasina", "Tuhumury", "Sahertian", "Wattimena", "Ririmasse", "Manuhutu"],
    ),
    "chinese": (
        ["Mei Ling", "Xiaoyan", "Lihua", "Yan"],
        ["Jianhua", "Zhiwei", "Chun", "Kwok"],
        ["Zheng", "Liang", "Tsang", "Yeung", "Cheung", "Zhou", "Hui"],
    ),
    "vietnamese": (
        ["Ngoc Anh", "Thuy", "Hanh", "Phuong"],
        ["Minh", "Tuan", "Quang", "Huy"],
        ["Nguyễn", "Trần", "Phạm", "Huỳnh", "Võ", "Đặng", "Bùi"],
    ),
    "polish": (
        ["Agnieszka", "Małgorzata", "Katarzyna", "Ewelina", "Dorota"],
        ["Krzysztof", "Grzegorz", "Łukasz", "Paweł", "Wojciech"],
        ["Zieliński", "Kowalczyk", "Szymańska", "Wójcik", "Kamiński", "Lewandowska", "Dąbrowski", "Pawlak"],
    ),
    "romanian": (
        ["Ioana", "Mihaela", "Andreea"],
        ["Ionuț", "Mihai", "Florin"],
        ["Popescu", "Constantinescu", "Stanciu", "Munteanu", "Vasilescu"],
    ),
    "bulgarian": (
        ["Desislava", "Tsvetelina", "Rumyana"],
        ["Stoyan", "Dimitar", "Hristo"],
        ["Todorov", "Kolev", "Stoyanova", "Petkov", "Hristova"],
    ),
    "syrian": (
        ["Rasha", "Ghalia", "Nour", "Rawan"],
        ["Ammar", "Firas", "Khaled", "Tarek"],
        ["Al-Hamwi", "Haddad", "Al-Khatib", "Sabbagh", "Kassab", "Al-Masri", "Darwish"],
    ),
    "eritrean": (
        ["Selam", "Mebrat", "Yordanos", "Senait"],
        ["Tesfay", "Yonas", "Filmon", "Mehari"],
        ["Tesfamariam", "Ghebremedhin", "Habte", "Kidane", "Weldemichael", "Berhane"],
    ),
    "somali": (
        ["Hodan", "Sahra", "Faadumo", "Ayaan"],
        ["Abdirahman", "Mahad", "Liban", "Guled"],
        ["Warsame", "Jama", "Abdullahi", "Hersi", "Mohamud", "Egal"],
    ),
    "afghan": (
        ["Shabnam", "Zarghuna", "Mariam", "Freshta"],
        ["Farid", "Wahid", "Naweed", "Jawad"],
        ["Sultani", "Rahimi", "Hakimi", "Popal", "Nazari", "Karimi"],
    ),
    "iranian": (
        ["Shirin", "Parisa", "Mahsa"],
        ["Kourosh", "Babak", "Reza"],
        ["Moradi", "Tehrani", "Farahani", "Rostami", "Jafari"],
    ),
    "ukrainian": (
        ["Oksana", "Olena", "Iryna", "Tetiana"],
        ["Oleksandr", "Bohdan", "Taras", "Yurii"],
        ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachuk", "Melnyk", "Kravets"],
    ),
    "ghanaian": (
        ["Akosua", "Abena", "Efua"],
        ["Kwabena", "Kofi", "Yaw"],
        ["Owusu", "Asante", "Boateng", "Agyemang", "Ofori"],
    ),
    "nigerian": (
        ["Chiamaka", "Ngozi", "Funmilayo"],
        ["Chukwuemeka", "Oluwaseun", "Tunde"],
        ["Okonkwo", "Adeyemi", "Okafor", "Balogun"],
    ),
    "capeverdean": (
        ["Ivone", "Zenaida", "Djenifer"],
        ["Adilson", "Evandro", "Nilton"],
        ["Fortes", "Semedo", "Tavares", "Delgado", "Monteiro"],
    ),
    "lusophone": (
        ["Luana", "Thaís", "Gabriela"],
        ["Thiago", "Rodrigo", "Caio"],
        ["dos Santos", "da Conceição", "Carvalho", "Figueiredo", "Nogueira"],
    ),
    "italian_iberian": (
        ["Giulia", "Chiara", "Nerea", "Lucía"],
        ["Matteo", "Lorenzo", "Álvaro", "Iñigo"],
        ["Esposito", "Lombardi", "De Luca", "Ruiz de la Torre", "Fernández", "Echeverría"],
    ),
    "greek_hungarian": (
        ["Eleni", "Despina", "Zsófia", "Réka"],
        ["Giorgos", "Nikos", "Bence", "Gergő"],
        ["Papadopoulos", "Konstantinidis", "Georgiou", "Tóth", "Szabó", "Horváth"],
    ),
    "south_asian": (
        ["Priya", "Lakshmi", "Ayesha"],
        ["Arjun", "Imran", "Sandeep"],
        ["Krishnamurthy", "Chaudhry", "Iyer", "Siddiqui", "Banerjee"],
    ),
    "filipino": (
        ["Maricel", "Jocelyn", "Rowena"],
        ["Rodel", "Jericho", "Arnel"],
        ["Dela Cruz", "Villanueva", "Bautista", "Macapagal"],
    ),
    "irish_british": (
        ["Siobhan", "Niamh", "Bethany"],
        ["Declan", "Ciarán", "Rhys"],
        ["O'Sullivan", "McCarthy", "Gallagher", "Fitzgerald"],
    ),
    "kurdish": (
        ["Rojda", "Berfin", "Hêvî"],
        ["Zana", "Rêber", "Azad"],
        ["Amedi", "Doski", "Zaxoyî", "Botani"],
    ),
    "west_african": (
        ["Aminata", "Fatoumata", "Mariama"],
        ["Mamadou", "Ousmane", "Lamine"],
        ["Diallo", "Traoré", "Camara", "Konaté", "Sissoko"],
    ),
    "short": (
        ["Bo", "Ay", "Yu", "Jo"],
        ["Ed", "Ty", "Ot", "Lu"],
        ["Ng", "Wu", "Oei", "Ko", "Ip"],
    ),
    "wordnames": (
        ["Merel", "Lieve", "Els", "Riet", "Leen", "Lot", "Jade", "Amber"],
        ["Beer", "Storm", "Mees", "Engel", "Job", "Wolf", "Ben"],
        ["Kwast", "Bril", "Knol", "Hamer", "Ketel", "Kroon", "Zaal", "Leeuw", "Spijker", "Valk", "Ploeg", "Stok"],
    ),
}
# Compositional name rules (prefix + suffix), so that most surnames and many first names are not in any list that
# other corpora were drawn from: (prefixes, male suffixes, female suffixes or None, joiner).
S = str.split
SUR_RULES: dict[str, list[tuple[list[str], list[str], list[str] | None, str]]] = {
    "dutch": [
        (
            S(
                "Wester Ooster Noorder Hooge Lage Groote Brink Berken Beuke Eike Essel Heyde Moer Venne Mole Hulse "
                "Klaver Wilde Haver Garst Kolder Tichel Rozen Ypel Scheper Hanne"
            ),
            S("veld kamp horst brink dijk hoven berg kate wold weerd loo beek mans steeg stede voort meijer bos hof"),
            None,
            "",
        )
    ],
    "dutch_particle": [
        (
            ["van", "van der", "van den", "ter", "ten", "te", "op den", "in 't", "van de", "de", "den", "van 't"],
            None,
            None,
            "P",
        )
    ],
    "frisian": [
        (
            S("Wyb Hiem Rinn Tjall Jelt Anj Feik Gerl Hett Aukem Sieb Jorr Tsjeb Wiers Douw Eelk Harm Ypk"),
            S("stra sma ga inga enga ema"),
            None,
            "",
        )
    ],
    "south": [
        (
            S("Vroe Kuy Roe Hey Thij Scheff Meuw Pluy Goort Bleij Wuyt Cuyp Kerck Hoey Schroe"),
            S("mans kens laers nen gers sen x"),
            None,
            "",
        )
    ],
    "flemish": [
        (
            ["Van", "De", "Van de"],
            S(
                "Gheluwe Poucke Slambrouck Hecke Nieuwenhove Laere Wynsberghe Meersman "
                "Cauwer Vlieghere Keyser Caemelbeke Ryckeghem Moerkerke"
            ),
            None,
            " ",
        ),
        (["Ver", "Vande"], S("cauteren schueren haeghe plancke velde walle"), None, ""),
    ],
    "moroccan": [
        (
            ["El", "Ben", "Ait"],
            S(
                "Ghazali Idrissi Jabri Kabbaj Tazi Bennani Berrada Lahlou Chraibi Filali "
                "Naciri Zniber Guessous Hamdaoui Yacoubi Kettani Sefrioui Hajjaji Marzouki "
                "Hammou Lahcen"
            ),
            None,
            " ",
        ),
        (["Bou", "Ben"], S("tahar jemaa chaib zid khari rhaz ali"), None, ""),
        (S("Ghazali Jabri Kabbaj Lahlou Chraibi Filali Naciri Guessous Hamdaoui Kettani Marzouki"), None, None, ""),
    ],
    "turkish": [
        (
            S("Kara Ak Öz Gök Demir Yıl Tur Er Alp Bay Kay Sarı Uz Gül Tok Ay Yurt Taş Kor Ilgaz Sevin"),
            S("türk kaya demir doğan han soy oğlu yol tekin taş er göz kan baş el çelik ok yiğit"),
            None,
            "",
        )
    ],
    "hindustani": [
        (
            S("Ram Shiw Sew Maha Jag Bal Har Dew Gan Pers Kis Mang Sit"),
            S("lal dien dat nath kisoen autar charan ratan pal prasad baran bhadoer sing nandan"),
            None,
            "",
        )
    ],
    "creole": [
        (
            S("Doel Lin Mon Pary Ama Brei Tol Vlie Sno Cur Held Kro Wij Dan Kas Gro Zeeg Fre"),
            S("man ger sel burg rust ding veld stein wijk lust zicht hoop"),
            None,
            "",
        )
    ],
    "javanese": [
        (
            S("Karto Pawiro Kromo Atmo Soemo Wongso Dipo Setro Sastro Rono Mangun Joyo Tirto Redjo"),
            S("dikromo dirjo redjo sentono wirono diharjo taruno semito kario dimedjo wikromo"),
            None,
            "",
        )
    ],
    "antillean": [
        (
            S(
                "Girigoria Albertus Francisca Victorina Mercelina Rosalia Anita Cornelia Paulina Celestina "
                "Eleonora Constancia Clementia Florentina Lourens Wawoe Maduro Jesurun Capriles Hooi Sulvaran "
                "Palm Nicolaas Gijsbertha"
            ),
            None,
            None,
            "",
        )
    ],
    "moluccan": [
        (
            S("Latu Patti Tuhu Sahe Watti Riri Manu Matu Tita Soumo Lewa Hehe Loupa Sopa"),
            S("heru asina mury rtian mena masse hutu lessy hena koly pessy wael"),
            None,
            "",
        )
    ],
    "chinese": [(S("Zheng Liang Tsang Yeung Cheung Zhou Hui Kwok Lo Mak Tam Leung Fong Siu"), None, None, "")],
    "vietnamese": [(S("Nguyễn Trần Phạm Huỳnh Võ Đặng Bùi Lý Dương Hồ Ngô Đỗ Trương"), None, None, "")],
    "polish": [
        (
            S("Wierzb Grab Brzoz Olsz Krup Przyb Zal Kozł Sob Wróbl Chmiel Kub Lip"),
            S("icki owski ewski iński"),
            S("icka owska ewska ińska"),
            "",
        ),
        (S("Stach Woj Mat Bart Sow Pietr Jask"), S("czyk iak ecki"), S("czyk iak ecka"), ""),
    ],
    "romanian": [
        (
            S("Radul Stoic Mărg Bălc Ungur Negr Dragom Vlăd Costach Bucur Ghiț Pătr"),
            S("escu eanu aru ache oiu"),
            None,
            "",
        )
    ],
    "bulgarian": [
        (S("Nedyalk Zhelyazk Stoilk Kalin Tsvetk Radk Mirch Ganch Bozhil Yordank Hristak"), S("ov"), S("ova"), "")
    ],
    "syrian": [
        (
            S("Al-"),
            S(
                "Halabi Homsi Shami Idlibi Dimashqi Hourani Jazairi Tartousi Zoubi Rifai Atassi Kurdi "
                "Hamawi Raqqawi Deiri"
            ),
            None,
            "",
        )
    ],
    "eritrean": [
        (
            S("Gebre Tesfa Hagos Berhe Woldu Asmerom Tekle Habtom Kibrom Zere Ande"),
            S("mariam medhin selassie giorgis michael ab haimanot tsion mikael yesus"),
            None,
            "",
        )
    ],
    "somali": [
        (
            S("Guleed Cabdi Xasan Faarax Cilmi Yuusuf Jaamac Nuur Ismaaciil Maxamuud Cumar Xirsi Warsame Aadan Gacal"),
            None,
            None,
            "",
        )
    ],
    "afghan": [
        (
            S("Ahmad Noor Sher Gul Wali Rahman Amin Zaman Hakim Nasir Popal Stanik Barak Ali"),
            S("zai zada yar i"),
            None,
            "",
        )
    ],
    "iranian": [
        (
            S("Mohsen Sadegh Nouri Farhad Kazem Bahram Jalal Hamid Nader Parviz Shahab"),
            S("pour zadeh nia far ian i"),
            None,
            "",
        )
    ],
    "ukrainian": [
        (
            S("Hnat Ostap Lytvyn Moroz Savch Fedor Yarosh Kulyk Prokop Dorosh Zhuk Marchen Hryts Opan"),
            S("enko uk chuk yshyn ets iv"),
            None,
            "",
        )
    ],
    "ghanaian": [
        (
            S(
                "Ofori Boakye Amoah Osei Agyei Adjei Sarpong Appiah Frimpong Kyei Ansah Darko Twumasi Gyamfi "
                "Nkansah Antwi Bonsu Amponsah Opoku"
            ),
            None,
            None,
            "-",
        )
    ],
    "nigerian": [
        (
            S("Ade Ola Ogun Akin Oye Fola Ayo Oso Oni"),
            S("bayo leke dipo leye biyi wale niyan laran sanmi kunle tunde yemi femi"),
            None,
            "",
        )
    ],
    "capeverdean": [
        (
            S("Furtado Varela Spínola Medina Lobo Sanches Mascarenhas Vaz Andrade Évora Baessa Cabral Landim Querido"),
            None,
            None,
            "2",
        )
    ],
    "lusophone": [
        (
            [
                "dos Anjos",
                "da Conceição",
                "da Graça",
                "da Piedade",
                "da Assunção",
                "do Nascimento",
                "da Paixão",
                "da Luz",
                "do Rosário",
                "das Neves",
            ],
            None,
            None,
            "",
        )
    ],
    "italian_iberian": [
        (
            S("Etxe Goiko Ibar Zubi Olabe Arri Aran Mendi Uri Lasa"),
            S("berria barria zabal garai zarreta guren"),
            None,
            "",
        ),
        (
            S(
                "Scognamiglio Buonocore Capobianco Iannaccone Pellegrino Santoro Caruso Lombardo Ferraro "
                "Mancuso Bellucci Marchetti"
            ),
            None,
            None,
            "",
        ),
    ],
    "greek_hungarian": [
        (
            S("Papa Karam Christo Theodo Anagnosto Vlach Kyria Stavro Pana Dimo"),
            S("poulos nidis akis giannis doulos"),
            S("poulou nidou aki gianni doulou"),
            "",
        ),
        (S("Duna Tisza Bereg Vár Kis Bala Sárközi"), S("falvi hegyi völgyi szegi"), None, ""),
    ],
    "south_asian": [
        (
            S("Ragh Venkat Subra Srini Gopal Bala Shiva Rama Krishna Nara"),
            S("unathan araman manian vasan krishnan swamy murthy simhan"),
            None,
            "",
        )
    ],
    "filipino": [
        (S("Dima Maca Mana Pangi Lumi Sumu Mala Bati"), S("culangan raeg lastas giba linan bao long sig"), None, "")
    ],
    "irish_british": [
        (
            ["O'", "Mac", "Mc"],
            S("Dwyer Mahony Keeffe Donoghue Riordan Callaghan Flaherty Namara Gowan Cormack Dermott Gillicuddy"),
            None,
            "",
        )
    ],
    "kurdish": [(S("Bot Zaxo Amed Dosk Hewl Mêrg Silêman Kobanî Cizîr Şirnex Wan Mûş"), S("anî oyî î ê"), None, "")],
    "west_african": [
        (S("Sangaré Diakité Sidibé Fofana Doumbia Bagayoko Kouyaté Ndiaye Gueye Mbaye Sarr Konaté"), None, None, "")
    ],
}
FIRST_RULES: dict[str, tuple[tuple[list[str], list[str]], tuple[list[str], list[str]]]] = {
    "dutch": (
        (S("Anne Marie Jo Lies Floor Wil Roos Mieke"), S("-Floor -Wil -Lien -Rose -Jet -Fleur -Marie")),
        (S("Jan Piet Gert Hendrik Klaas Dirk Kees Joost"), S("-Willem -Jan -Bart -Pieter -Hein -Wouter")),
    ),
    "turkish": (
        (S("Gül Ay Nur Şen Sev Dil"), S("ten han şen can gül nur sel dane ay")),
        (S("Er Ay Bay Alp Tan Kor Tur Ok Yıl"), S("han kan tuğ can dem gün soy er")),
    ),
    "hindustani": (
        (S("Sita Radha Kamla Indra Pushpa Savitri Lila Roeksana"), [""]),
        (S("Ram Shiw Har Dew Jag Bal"), S("narain prakash dew kumar persad lal")),
    ),
    "nigerian": (
        (S("Ade Olu Ayo Ife Fola Mo"), S("bola funke kemi toyin yinka sola")),
        (S("Ade Olu Ayo Oluwa Ola"), S("bayo femi tunde wale seun kunle dapo")),
    ),
    "chinese": (
        (S("Xiu Ying Ling Mei Wen Fang Yan Hui"), S("ying ling mei wen fang lan juan")),
        (S("Jun Hao Wei Jie Yu Rui Qiang Zhi"), S("hao wei jie ming qiang long feng")),
    ),
    "vietnamese": (
        (S("Bảo Thanh Ngọc Thu Minh Kim"), [" Ngọc", " Tâm", " Hà", " Trang", " Thảo", " Anh"]),
        (S("Bảo Thanh Quốc Văn Đức Hữu"), [" Long", " Nam", " Hùng", " Tuấn", " Khang", " Phúc"]),
    ),
}


def _compose(r: random.Random, rules: list, fem: bool) -> str:
    pre, suf_m, suf_f, join = r.choice(rules)
    a = r.choice(pre)
    if join == "P":
        return f"{a} {_compose(r, SUR_RULES['dutch'], fem)}"
    if join in ("-", "2"):
        if r.random() < 0.7:
            return a + ("-" if join == "-" else " ") + r.choice([x for x in pre if x != a])
        return a
    sufs = suf_f if fem and suf_f else suf_m
    return a if sufs is None else a + join + r.choice(sufs)


def _compose_first(r: random.Random, o: str, fem: bool) -> str:
    pre, suf = FIRST_RULES[o][0 if fem else 1]
    while True:
        a, b = r.choice(pre), r.choice(suf)
        if b.strip("- ").lower() != a.lower():
            return a + b


NICK = {
    "Abdelkader": "Appie",
    "Oluwaseun": "Seun",
    "Chukwuemeka": "Emeka",
    "Krzysztof": "Krzysiek",
    "Oleksandr": "Sasha",
    "Jianhua": "Jimmy",
    "Zhiwei": "William",
    "Hendrika": "Riek",
    "Cornelis": "Kees",
    "Gijsbert": "Gijs",
    "Abdirahman": "Abdi",
    "Shurendy": "Shu",
    "Tetiana": "Tanya",
    "Małgorzata": "Gosia",
    "Dieuwertje": "Dieuw",
}
TITLES_F = ["mevrouw", "mevr.", "mw.", "Mw.", "Mevrouw"]
TITLES_M = ["meneer", "de heer", "dhr.", "Dhr.", "mijnheer"]
HONOR = ["mr.", "dr.", "ir.", "drs."]


def cap(s: str) -> str:
    return s[0].upper() + s[1:] if s else s


def sur_alone(sur: str) -> str:
    """A Dutch surname standing without first name or initials: the first particle capitalised."""
    return cap(sur)


class Doc:
    """Text pieces are returned by the helpers; every personal form is registered once, every keep word once."""

    def __init__(self, r: random.Random):
        self.r = r
        self.pii: list[dict] = []
        self.keep: list[str] = []

    def p(self, text: str, label: str = "PERSON") -> str:
        it = {"text": text, "label": label}
        if it not in self.pii:
            self.pii.append(it)
        return text

    def k(self, text: str) -> str:
        if text not in self.keep:
            self.keep.append(text)
        return text

    def out(self, did: str, text: str, known: dict | None = None) -> dict:
        d = {
            "id": did,
            "text": text,
            "pii": [i for i in self.pii if i["text"] in text],
            "keep": [k for k in self.keep if re.search(r"(?<!\w)" + re.escape(k) + r"(?!\w)", text)],
        }
        if known:
            d["known"] = known
        return d


class Person:
    def __init__(self, d: Doc, origin: str | None = None, female: bool | None = None, avoid: set | None = None):
        r = d.r
        self.d = d
        while True:
            o = origin or r.choice(list(ORIGINS))
            fem = r.random() < 0.5 if female is None else female
            fs, ms, ss = ORIGINS[o]
            first = r.choice(fs if fem else ms)
            if o in FIRST_RULES and r.random() < (0.25 if o == "dutch" else 0.6):
                first = _compose_first(r, o, fem)
            sur = _compose(r, SUR_RULES[o], fem) if o in SUR_RULES and r.random() < 0.85 else r.choice(ss)
            if o == "polish" and not fem and sur.endswith("ska"):
                sur = sur[:-3] + "ski"
            if o == "polish" and fem and sur.endswith("ski"):
                sur = sur[:-3] + "ska"
            if o == "bulgarian" and not fem and sur.endswith("ova"):
                sur = sur[:-1]
            if r.random() < 0.08 and "-" not in sur:  # married / double-barrelled
                o2 = r.choice(list(ORIGINS))
                sur2 = _compose(r, SUR_RULES[o2], fem) if o2 in SUR_RULES else r.choice(ORIGINS[o2][2])
                if "-" not in sur2 and sur2 != sur:
                    sur = f"{sur}-{cap(sur2) if o2 != 'dutch_particle' else sur2}"
            words = {w.lower() for w in (first + " " + sur).replace("-", " ").split()}
            if avoid is None or not words & avoid:
                break
        if avoid is not None:
            avoid |= words - PARTICLES
        self.origin, self.fem, self.first, self.sur = o, fem, first, sur
        PEOPLE.append(self)
        self.alone = sur_alone(sur)
        parts = re.split(r"[ -]", first)
        self.ini1 = parts[0][0] + "."
        second = r.choice("ACEHJMPRSTW")
        self.ini2 = "".join(p[0] + "." for p in parts) if len(parts) > 1 else parts[0][0] + "." + second + "."
        self.pron = "zij" if fem else "hij"
        self.poss_pron = "haar" if fem else "zijn"
        self.email = None
        self.phone = None

    # each form registers itself
    def full(self) -> str:
        return self.d.p(f"{self.first} {self.sur}")

    def fn(self) -> str:
        return self.d.p(self.first)

    def sn(self) -> str:
        return self.d.p(self.alone)

    def title(self, capital: bool = False) -> str:
        t = self.d.r.choice(TITLES_F if self.fem else TITLES_M)
        if capital:
            t = cap(t)
        return f"{t} {self.sn()}"

    def aanhef(self, capital: bool = False) -> str:
        t = (
            ("mevrouw" if self.fem else "meneer")
            if self.d.r.random() < 0.7
            else ("heer" if not self.fem else "mevrouw")
        )
        return f"{cap(t) if capital else t} {self.sn()}"

    def initials(self) -> str:
        r = self.d.r
        style = r.randrange(6)
        ini = self.ini2 if style in (1, 2) else self.ini1
        if style == 2:
            ini = ini.rstrip(".")  # "J.P"
        elif style == 3:
            ini = " ".join(c for c in self.ini2 if c != ".")  # "J P"
        elif style == 4:
            ini = self.ini2.replace(".", "")  # "JP"
        return self.d.p(f"{ini} {self.sur}")

    def caps(self) -> str:
        return self.d.p((f"{self.first} {self.sur}" if self.d.r.random() < 0.5 else self.alone).upper())

    def lower(self) -> str:
        return self.d.p(self.first.lower())

    def poss(self, first: bool = True) -> str:
        base = self.first if first else self.alone
        if base[-1] in "sxz":
            return self.d.p(base) + "'"
        if base[-1] in "aeiouy":
            return self.d.p(base) + "'s"
        return self.d.p(base + "s")

    def nick(self) -> str:
        return self.d.p(NICK.get(self.first, self.first))

    def surname_first(self) -> str:
        if self.sur != self.alone or " " in self.sur:
            return self.initials()
        return f"{self.d.p(self.sur)}, {self.d.p(self.ini2)}"

    def any(self) -> str:
        return self.d.r.choice([self.full, self.full, self.title, self.sn, self.initials, self.fn])()

    def mail(self, personal: bool = True, domain: str | None = None) -> str:
        r = self.d.r
        if self.email is None:
            f = ascii_fold(self.first.split()[0].lower().replace("-", ""))
            s = ascii_fold(re.sub(r"[ '\-]", "", self.sur.lower()))
            if personal:
                local = r.choice(
                    [
                        f"{f}.{s}",
                        f"{f}{s}{r.randint(60, 99)}",
                        f"{f[0]}.{s}{r.randint(1, 9)}",
                        f"{s}.{f}",
                        f"{f}_{s}",
                        f"{f}.{s}+post",
                        f"{f}{r.randint(100, 999)}.{s[:4]}",
                    ]
                )
                dom = r.choice(
                    [
                        "gmail.com",
                        "hotmail.com",
                        "outlook.com",
                        "ziggo.nl",
                        "kpnmail.nl",
                        "live.nl",
                        "icloud.com",
                        "yahoo.com",
                        "xs4all.nl",
                        "planet.nl",
                        "proton.me",
                        "telfort.nl",
                    ]
                )
            else:
                local = r.choice([f"{f[0]}.{s}", f"{f}.{s}", f"{f[0]}{s}"])
                dom = domain or "gemeente.nl"
            if len(local) < 6:
                local += str(r.randint(10, 99))
            self.email = f"{local}@{dom}"
        return self.d.p(self.email, "EMAIL")

    def tel(self) -> str:
        if self.phone is None:
            self.phone = phone(self.d.r, self.origin)
        return self.d.p(self.phone, "PHONE")


def ascii_fold(s: str) -> str:
    import unicodedata

    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# -------------------------------------------------------------------------------------------------------- identifiers
def bsn(r: random.Random) -> str:
    while True:
        ds = [r.randint(1, 6)] + [r.randint(0, 9) for _ in range(7)]
        last = sum(x * w for x, w in zip(ds, range(9, 1, -1), strict=True)) % 11
        if last < 10:
            return "".join(map(str, ds + [last]))


def bsn_ok(s: str) -> bool:
    ds = [int(c) for c in re.sub(r"\D", "", s)]
    if len(ds) != 9:
        return False
    return (sum(x * w for x, w in zip(ds[:8], range(9, 1, -1), strict=True)) - ds[8]) % 11 == 0


def bsn_form(r: random.Random) -> str:
    b = bsn(r)
    return r.choice([b, b, f"{b[:4]}.{b[4:6]}.{b[6:]}", f"{b[:3]} {b[3:6]} {b[6:]}", f"{b[:3]}-{b[3:6]}-{b[6:]}"])


def _iban_num(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban(r: random.Random, cc: str | None = None) -> str:
    cc = cc or r.choice(["NL", "NL", "NL", "BE", "DE", "FR", "ES", "PL", "TR", "IT", "PT", "LU"])
    dg = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))  # noqa: E731
    bban = {
        "NL": r.choice(["ABNA", "RABO", "INGB", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB"]) + dg(10),
        "BE": dg(12),
        "DE": dg(18),
        "FR": dg(23),
        "ES": dg(20),
        "PL": dg(24),
        "TR": dg(5) + "0" + dg(16),
        "IT": r.choice("ABCDEFGHX") + dg(22),
        "PT": dg(21),
        "LU": dg(16),
    }[cc]
    check = 98 - _iban_num(bban + cc + "00") % 97
    raw = f"{cc}{check:02d}{bban}"
    style = r.randrange(5)
    if style < 3:
        return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
    return raw if style == 3 else raw.lower()


def iban_ok(s: str) -> bool:
    raw = re.sub(r"\s", "", s).upper()
    return len(raw) >= 15 and _iban_num(raw[4:] + raw[:4]) % 97 == 1


def phone(r: random.Random, origin: str = "dutch") -> str:
    dg = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))  # noqa: E731
    m = str(r.randint(1, 8)) + dg(7)
    area = r.choice(["020", "010", "030", "038", "050", "040", "013", "024", "053", "058", "043", "036", "0184"])
    loc = dg(10 - len(area))
    abroad = {
        "turkish": f"+90 5{dg(2)} {dg(3)} {dg(2)} {dg(2)}",
        "polish": f"+48 {r.randint(5, 8)}{dg(2)} {dg(3)} {dg(3)}",
        "flemish": f"+32 47{r.randint(0, 9)} {dg(2)} {dg(2)} {dg(2)}",
        "antillean": f"+599 9 {dg(3)} {dg(4)}",
        "creole": f"+597 {r.randint(7, 8)}{dg(2)}-{dg(4)}",
        "ukrainian": f"+380 {r.randint(50, 99)} {dg(3)} {dg(2)} {dg(2)}",
        "romanian": f"0040 7{dg(2)} {dg(3)} {dg(3)}",
        "moroccan": f"00212 6{dg(2)} {dg(2)} {dg(2)} {dg(2)}",
    }
    if origin in abroad and r.random() < 0.3:
        return abroad[origin]
    return r.choice(
        [
            f"06-{m}",
            f"06 {m[:4]} {m[4:]}",
            f"06 {m[:2]} {m[2:4]} {m[4:6]} {m[6:]}",
            f"+31 6 {m[:4]} {m[4:]}",
            f"+316{m}",
            f"0031 6 {m}",
            f"+31 (0)6 {m[:2]} {m[2:4]} {m[4:6]} {m[6:]}",
            f"(06) {m}",
            f"{area}-{loc}",
            f"{area} {loc[:3]} {loc[3:]}",
            f"({area}) {loc}",
            f"+31 {area[1:]} {loc}",
        ]
    )


def postcode(r: random.Random) -> str:
    n = r.randint(1011, 9999)
    while True:
        a = r.choice("ABCEGHJKLMNPRTVWXZ") + r.choice("ABCEGHJKLMNPRTVWXZ")
        if a not in ("SS", "SD", "SA"):
            break
    return r.choice([f"{n} {a}", f"{n} {a}", f"{n}{a}", f"{n} {a.lower()}", f"{n}  {a}"])


PLATE_L = "BDFGHJKLNPRSTVXZ"


def plate(r: random.Random) -> str:
    L = lambda n: "".join(r.choice(PLATE_L) for _ in range(n))  # noqa: E731
    D = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))  # noqa: E731
    code = r.choice(
        [
            (L(2), D(2), D(2)),
            (D(2), D(2), L(2)),
            (D(2), L(2), D(2)),
            (L(2), D(2), L(2)),
            (L(2), L(2), D(2)),
            (D(2), L(2), L(2)),
            (D(2), L(3), D(1)),
            (D(1), L(3), D(2)),
            (L(2), D(3), L(1)),
            (L(1), D(3), L(2)),
            (L(3), D(2), L(1)),
            (L(1), D(2), L(3)),
            (D(1), L(2), D(3)),
            (D(3), L(2), D(1)),
        ]
    )
    s = r.choice(["-", "-", "-", " ", ""])
    out = s.join(code)
    return out.lower() if r.random() < 0.1 else out


def case_no(r: random.Random) -> str:
    D = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))  # noqa: E731
    y = r.choice(["2025", "2026"])
    yy = y[2:]
    return r.choice(
        [
            f"Z/{yy}/{D(6)}",
            f"ZK{yy}-{D(6)}",
            f"{y}-{D(7)}",
            f"BZ.{y}.{D(4)}",
            f"WMO-{y}-{D(5)}",
            f"GEM/JZ/{yy}/{D(4)}",
            f"INT-{y}/{D(5)}",
            f"{y}/BO/{D(4)}",
            f"D{yy}.{D(6)}",
            f"ZAAK-{D(5)}",
            f"KL-{yy}-{D(4)}",
            f"BEZ {yy}.{D(4)}",
            f"U{yy}.{D(5)}",
            f"{yy}/KL/{D(4)}",
            f"{y}-VTA-{D(4)}",
            f"VTH/{y}/{D(5)}",
            f"PW{yy}{D(6)}",
            f"SHV-{D(3)}-{yy}",
            f"JZ {y} {D(4)}",
            f"{D(2)}.{D(3)}.{D(3)}",
            f"OLO{D(7)}",
            f"BB/{yy}/{D(3)}",
            f"#{y}{D(5)}",
            f"CZ{D(8)}",
            f"ADV-{yy}{D(4)}",
            f"1.{y}.{D(5)}",
        ]
    )


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
MON_AB = ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
MONTHS_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
WD_AB = ["ma", "di", "wo", "do", "vr", "za", "zo"]


def birth(r: random.Random) -> dt.date:
    return dt.date(r.randint(1931, 2012), r.randint(1, 12), r.randint(1, 28))


def dob_text(r: random.Random, b: dt.date, style: int | None = None) -> str:
    s = r.randrange(13) if style is None else style
    return [
        f"{b.day} {MONTHS[b.month - 1]} {b.year}",
        f"{b.day:02d}-{b.month:02d}-{b.year}",
        f"{b.day}-{b.month}-{b.year}",
        f"{b.day:02d}/{b.month:02d}/{b.year}",
        f"{b.day:02d}.{b.month:02d}.{b.year}",
        f"{b.year}-{b.month:02d}-{b.day:02d}",
        f"{b.day} {MON_AB[b.month - 1]} {b.year}",
        f"{WEEKDAYS[b.weekday()]} {b.day} {MONTHS[b.month - 1]} {b.year}",
        f"{b.year}{b.month:02d}{b.day:02d}",
        f"{b.day} {MONTHS_EN[b.month - 1]} {b.year}",
        f"{b.day:02d}{b.month:02d}{b.year}",
        f"{b.day}e {MONTHS[b.month - 1]} {b.year}",
        f"{b.day:02d}-{MON_AB[b.month - 1].rstrip('.').upper()}-{b.year}",
    ][s]


def today_like(r: random.Random) -> dt.date:
    return dt.date(2026, 1, 1) + dt.timedelta(days=r.randint(0, 330))


def ddate(r: random.Random, with_wd: bool = False) -> str:
    x = today_like(r)
    s = f"{x.day} {MONTHS[x.month - 1]}"
    if r.random() < 0.5:
        s += " 2026"
    return f"{WEEKDAYS[x.weekday()]} {s}" if with_wd else s


# ----------------------------------------------------------------------------------------------------- the world
TOWNS = [
    ("Zwolle", "14 038"),
    ("Utrecht", "14 030"),
    ("Groningen", "14 050"),
    ("Tilburg", "14 013"),
    ("Breda", "14 076"),
    ("Nijmegen", "14 024"),
    ("Enschede", "14 053"),
    ("Arnhem", "14 026"),
    ("Leeuwarden", "14 058"),
    ("Maastricht", "14 043"),
    ("Almere", "14 036"),
    ("Eindhoven", "14 040"),
    ("Dordrecht", "14 078"),
    ("Amersfoort", "14 033"),
    ("Haarlem", "14 023"),
    ("Deventer", "14 0570"),
    ("Zaanstad", "14 075"),
    ("Apeldoorn", "14 055"),
    ("Lelystad", "14 0320"),
    ("Schiedam", "14 010"),
]
DEPTS = [
    "Werk en Inkomen",
    "Belastingen",
    "Publiekszaken",
    "Burgerzaken",
    "Schuldhulpverlening",
    "Leerlingenvervoer",
    "Jeugd en Gezin",
    "Parkeerbeheer",
    "Vergunningen, Toezicht en Handhaving",
    "Zorg en Welzijn",
    "Klantcontactcentrum",
    "Bezwaar en Beroep",
    "Wonen",
    "Inburgering",
    "Sociaal Domein",
    "Openbare Ruimte",
    "Maatschappelijke Ondersteuning",
]
FUNCTIONS = [
    "klantmanager",
    "consulent",
    "beleidsadviseur",
    "jurist",
    "teamleider",
    "casemanager",
    "handhaver",
    "woonconsulent",
    "leerplichtambtenaar",
    "medewerker invordering",
    "wijkverpleegkundige",
    "inkomensconsulent",
    "coördinator",
    "procesregisseur",
    "behandelaar",
]
SCHEMES = [
    "bijzondere bijstand",
    "kwijtschelding",
    "individuele inkomenstoeslag",
    "huurtoeslag",
    "energietoeslag",
    "parkeervergunning",
    "zorgtoeslag",
    "Wmo-voorziening",
    "bijstandsuitkering",
    "maatwerkvoorziening",
    "kinderopvangtoeslag",
    "woonkostentoeslag",
    "scootmobiel",
    "traplift",
    "gehandicaptenparkeerkaart",
    "schuldregeling",
]
LAWS = [
    "Wmo 2015",
    "Participatiewet",
    "Jeugdwet",
    "Omgevingswet",
    "Algemene wet bestuursrecht",
    "Wet gemeentelijke schuldhulpverlening",
    "Wet inburgering 2021",
    "Wet kinderopvang",
]
ORGS = [
    "Belastingdienst",
    "UWV",
    "SVB",
    "CAK",
    "Nationale ombudsman",
    "Juridisch Loket",
    "Humanitas",
    "VluchtelingenWerk",
    "Leger des Heils",
    "GGD",
    "Veilig Thuis",
    "Stichting Thuisadministratie",
    "Rabobank",
    "Woonbond",
    "MEE",
    "Dienst Toeslagen",
    "Kinderombudsman",
    "Zilveren Kruis",
    "Nibud",
    "DUO",
]
CORPS = [
    "Woonstichting Rivierduin",
    "Woongoed Lindehoven",
    "Stichting Huisvesting Middengebied",
    "Woonpunt Oost",
    "Wooncorporatie De Kade",
    "Portaalwonen",
]
PLACES = [
    "stadhuis",
    "Stadskantoor",
    "bibliotheek",
    "wijkcentrum",
    "buurthuis",
    "station",
    "gezondheidscentrum",
    "Stadswinkel",
    "voedselbank",
    "speeltuin",
    "moskee",
    "kerkzaal",
    "sportpark",
]
AMOUNTS = [
    "€ 1.240,50",
    "€ 85",
    "€ 312,- per maand",
    "€ 4.980",
    "€ 67,20",
    "€ 2.115,-",
    "€ 19,95",
    "€ 640",
    "€ 1.018,33",
    "€ 150 per week",
    "€ 9.412,87",
    "€ 275",
]
STREET_A = [
    "Kwartel",
    "Lijsterbes",
    "Hoefsmid",
    "Zandloper",
    "Windwijzer",
    "Kraanvogel",
    "Vlasbloem",
    "Tolhuis",
    "Schelpen",
    "Ganzenbord",
    "Beukennoot",
    "Zeefdruk",
    "Touwslager",
    "Mandenmaker",
    "Stokroos",
    "Brandgans",
    "IJzergieter",
    "Pottenbakker",
    "Reigersbek",
    "Koperslager",
    "Wolkammer",
    "Lakenvelder",
    "Zwanenbloem",
    "Havikskruid",
    "Kievitsbloem",
    "Zilverspar",
    "Duivenmelker",
    "Lepelaar",
    "Patrijzen",
    "Mispel",
    "Wilgenroosje",
    "Hennepkamp",
    "Turfsteker",
    "Schapendrift",
    "Waterjuffer",
    "Klokkengieter",
]
STREET_B = [
    "straat",
    "laan",
    "hof",
    "weg",
    "pad",
    "erf",
    "plein",
    "singel",
    "kade",
    "dreef",
    "gaarde",
    "wal",
    "veld",
    "akker",
]
STREET_PRE = ["", "", "", "", "Oude ", "Nieuwe ", "Achter de ", "Korte ", "Lange "]
USED_STREETS: set[str] = set()
PEOPLE: list = []


def street(r: random.Random) -> str:
    s = r.choice(STREET_PRE) + r.choice(STREET_A) + r.choice(STREET_B)
    USED_STREETS.add(s)
    return s


def housenr(r: random.Random) -> str:
    n = str(r.randint(1, 214))
    return r.choice([n, n, n, n + r.choice("abc"), f"{n}-{r.randint(1, 3)}", f"{n}-II", f"{n}A"])


class World:
    """The people and facts of one document."""

    def __init__(self, d: Doc):
        r = d.r
        self.d = d
        self.avoid: set[str] = set()
        self.town, self.n14 = r.choice(TOWNS)
        self.dept = r.choice(DEPTS)
        self.scheme = r.choice(SCHEMES)
        self.law = r.choice(LAWS)
        self.org = r.choice(ORGS)
        self.adv = r.choice(ADVISERS)
        self.street = street(r)
        self.nr = housenr(r)
        self.pc = postcode(r)
        self.case = case_no(r)
        self.b = birth(r)

    def person(self, **kw) -> Person:
        return Person(self.d, avoid=self.avoid, **kw)

    def addr(self) -> str:
        return self.d.p(f"{self.street} {self.nr}", "ADDRESS")

    def street_only(self) -> str:
        return self.d.p(self.street, "ADDRESS")

    def postc(self) -> str:
        return self.d.p(self.pc, "POSTCODE")

    def caseno(self) -> str:
        return self.d.p(self.case, "CASE_NUMBER")

    def dob(self, style: int | None = None) -> str:
        return self.d.p(dob_text(self.d.r, self.b, style), "DATE_OF_BIRTH")

    def k(self, w: str) -> str:
        return self.d.k(w)


REL_F = ["dochter", "moeder", "zus", "schoonzus", "nicht", "tante", "buurvrouw", "schoondochter", "partner"]
REL_M = ["zoon", "vader", "broer", "schoonzoon", "neef", "oom", "buurman", "zwager", "partner"]
ADVISERS = [
    "Juridisch Loket",
    "Humanitas",
    "VluchtelingenWerk",
    "MEE",
    "Stichting Thuisadministratie",
    "Woonbond",
    "SchuldHulpMaatje",
    "Stichting Sociaal Raadslieden",
]
ADV_ROLES = ["sociaal raadsman", "vrijwilliger", "cliëntondersteuner", "schuldhulpmaatje", "juridisch adviseur"]
HET_PLACES = {"stadhuis", "Stadskantoor", "wijkcentrum", "buurthuis", "station", "gezondheidscentrum", "sportpark"}


def place(w: World) -> str:
    p = w.d.r.choice(PLACES)
    return f"{'het' if p in HET_PLACES else 'de'} {w.k(p)}"


CASE_CUES = [
    "zaaknummer",
    "kenmerk",
    "ons kenmerk",
    "dossiernummer",
    "referentie",
    "registratienummer",
    "klachtnummer",
    "zaak",
]


def rel(p: Person) -> str:
    return p.d.r.choice(REL_F if p.fem else REL_M)


# ---------------------------------------------------------------------------------------------------------- articles
def _cast(w: World):
    r = w.d.r
    R = w.person()
    F = w.person(female=r.random() < 0.5)
    O = w.person()
    N = w.person()
    A = w.person()
    M = w.person()
    return R, F, O, N, A, M


def art_sections(w: World, R: Person, F: Person, O: Person, N: Person, A: Person) -> dict[str, list[str]]:
    d, r, k = w.d, w.d.r, w.k
    fr, orel = rel(F), r.choice(FUNCTIONS)
    L = w.person()
    sit = r.sample(
        [
            lambda: (
                f"{R.full()} woonde sinds {r.randint(1994, 2024)} met {R.poss_pron} {k(fr)} {F.fn()} aan de "
                f"{w.addr()} in {k(w.town)}."
            ),
            lambda: (
                f"In {k(r.choice(MONTHS[:10]))} meldde {R.title()} zich bij het {k('Sociaal Wijkteam')}, omdat "
                f"{R.pron} een beschikking over de {k(w.scheme)} niet begreep en bang was dat {R.pron} iets had gemist."
            ),
            lambda: f"{R.sn()} had al drie keer gebeld met {k('afdeling ' + w.dept)} zonder dat iemand terugbelde.",
            lambda: (
                f"Het ging om {R.full()} (geboren {w.dob()}), die na een verhuizing naar {k(w.town)} geen "
                f"{k(w.scheme)} meer ontving."
            ),
            lambda: (
                f"{R.poss()} aanvraag werd in {k(r.choice(MONTHS))} afgewezen, ook al had {R.poss_pron} "
                f"{k(fr)} de gevraagde stukken al in {k(r.choice(MONTHS))} ingeleverd bij {place(w)}."
            ),
            lambda: (
                f"Volgens {F.full()}, de {k(fr)} van {R.title()}, was het huishouden sinds de zomer in de problemen "
                f"gekomen door een terugvordering van {k(r.choice(AMOUNTS))}."
            ),
            lambda: (
                f"Het was de {'buurvrouw' if N.fem else 'buurman'}, {N.full()}, die in {k(r.choice(MONTHS))} de "
                f"bemiddelaar belde over {R.title()}."
            ),
            lambda: (
                f"Waarom {R.sn()} de brieven niet had geopend, werd pas duidelijk toen {F.fn()} vertelde dat "
                f"{R.pron} slecht ziet en dat niemand {R.pron == 'zij' and 'haar' or 'hem'} voorlas."
            ),
            lambda: f"{R.sn()}, {r.randint(21, 91)}, woonde alleen op de {w.addr()} ({w.postc()} {k(w.town)}).",
            lambda: (
                f"{R.sn()} zei dat {R.pron} de brief van {O.title()} nooit had ontvangen en dat {R.poss_pron} "
                f"{k(fr)} {F.fn()} pas bij toeval ontdekte dat de termijn was verlopen."
            ),
            lambda: (
                f"{R.nick()} — zoals {R.full()} in de buurt heette — had al jaren geen contact meer met "
                f"{k('afdeling ' + w.dept)}."
            ),
            lambda: f"Samen met {F.fn()} en {N.title()} ging {R.sn()} in {k(r.choice(MONTHS))} naar {place(w)}.",
            lambda: (
                f"De consulent belde {R.full()} op {k(ddate(r, True))} en legde uit waarom de {k(w.scheme)} was "
                f"stopgezet; volgens {F.poss()} aantekeningen duurde dat gesprek drie minuten."
            ),
            lambda: f"**{R.full()}** ({r.randint(19, 88)}) kwam via {k(w.org)} bij ons terecht.",
        ],
        3,
    )
    wat = [
        f"- {k('Afdeling ' + w.dept)} rekende met een inkomen dat {R.sn()} al maanden niet meer had.",
        f"- De verhuurder, {r.choice([k(r.choice(CORPS)), L.full()])}, wilde pas repareren na betaling van een "
        f"achterstand van {k(r.choice(AMOUNTS))}.",
        f"- {'Buurvrouw' if N.fem else 'Buurman'} **{N.full()}** had eerder een melding gedaan bij "
        f"{k('Veilig Thuis')}, wat het vertrouwen van "
        f"{R.sn()} in de gemeente geen goed had gedaan.",
        f"- {F.fn()} regelde de post, maar had geen machtiging voor de {k(w.scheme)}.",
        f"- Er liep een bezwaar onder {k(r.choice(CASE_CUES))} {w.caseno()}, dat al {r.randint(8, 30)} weken stillag.",
        f"- In het dossier stond het rekeningnummer {d.p(iban(r), 'IBAN')}, dat niet op naam van {R.title()} stond.",
        f"- De auto met kenteken {d.p(plate(r), 'LICENSE_PLATE')} stond op naam van {F.initials()}, waardoor de "
        f"{k('parkeervergunning')} werd geweigerd.",
        f"- Het {k('BSN')} in de aanvraag ({d.p(bsn_form(r), 'BSN')}) hoorde bij een ander gezinslid.",
        f"- {A.full()}, {k(r.choice(ADV_ROLES))} bij {k(w.adv)}, had al een brief opgesteld.",
    ]
    wat = r.sample(wat, r.randint(3, 5))
    af = r.sample(
        [
            lambda: (
                f"{R.full()} werd door {O.title()} uitgenodigd voor een gesprek in {place(w)}; aan tafel zaten "
                f"{R.sn()}, {F.full()}, {O.initials()} en de bemiddelaar."
            ),
            lambda: (
                f"Na een telefoontje van {A.initials()} ({k(w.adv)}) beloofde {k(w.dept)} binnen "
                f"{k('tien werkdagen')} te beslissen over de aanvraag van {R.title()}."
            ),
            lambda: (
                f"„{'Mevrouw' if R.fem else 'Meneer'} {R.sn()}, u hoeft voorlopig niets terug te betalen”, "
                f"zei {O.fn()} aan de telefoon, "
                f"waarna {O.pron} het dossier overdroeg aan {k('team ' + w.dept)}."
            ),
            lambda: (
                f"In een gesprek op {k(ddate(r, True))} zei {O.title()} ({k(orel)}, {k(w.dept)}) dat "
                f"{O.pron} de beslissing kon heroverwegen als er binnen {k('zes weken')} een nieuw bewijsstuk kwam."
            ),
            lambda: (
                f"De bemiddelaar sprak met {O.initials()} af dat {R.title()} niet opnieuw hoefde te beginnen, en "
                f"dat {O.sn()} de termijn zou opschorten tot het advies van de {k('GGD')} er was."
            ),
            lambda: (
                f"{O.full()} van {k('team ' + w.dept)} beloofde {F.fn()} terug te bellen op {F.tel()}; dat gebeurde "
                f"pas na een herinnering van de bemiddelaar."
            ),
            lambda: (
                f"Toen {O.sn()} hoorde dat {R.sn()} al sinds {k(r.choice(MONTHS))} zonder inkomen zat, stelde "
                f"{O.pron} voor om een voorschot van {k(r.choice(AMOUNTS))} te betalen, mits {R.poss_pron} {k(fr)} de "
                f"formulieren zou ondertekenen."
            ),
            lambda: (
                f"Afgesproken werd dat [{F.full()}](mailto:{F.mail()}) de stukken zou mailen en dat {O.title()} "
                f"uiterlijk {k(ddate(r))} zou beslissen."
            ),
            lambda: (
                f"Volgens {O.sn()} bood de {k(w.law)} ruimte voor maatwerk, zolang {R.title()} kon aantonen dat "
                f"{R.pron} geen andere voorziening had."
            ),
            lambda: (
                f"Met {A.title()} van {k(w.adv)} is besproken wie het contact met {R.sn()} zou houden; "
                f"{A.sn()} nam dat op zich."
            ),
        ],
        3,
    )
    uit = r.sample(
        [
            lambda: (
                f"Over {O.full()} zei {R.sn()} achteraf: „{cap(O.pron)} luisterde tenminste.” Het bezwaar werd "
                f"ingetrokken."
            ),
            lambda: (
                f"Wie {R.poss()} dossier nu leest, ziet dat {k(w.dept)} en {A.sn()} van {k(w.adv)} de afspraken "
                f"binnen {k('twee weken')} nakwamen."
            ),
            lambda: (
                f"Op {k(ddate(r))} kreeg {R.title()} een nieuwe beschikking; het bezwaar met {k('kenmerk')} "
                f"{w.caseno()} werd ingetrokken."
            ),
            lambda: (
                f"De terugvordering werd omgezet in een regeling van {k(r.choice(AMOUNTS))}, waarmee {R.sn()} en "
                f"{R.poss_pron} {k(fr)} {F.fn()} konden leven."
            ),
            lambda: f"{O.sn()} liet weten dat de {k(w.scheme)} met terugwerkende kracht werd toegekend.",
            lambda: f"Het huisbezoek aan de {w.street_only()} liet zien dat de woning inmiddels was aangepast.",
            lambda: f"Omdat {R.sn()} niet tevreden was, is de zaak doorverwezen naar de {k('Nationale ombudsman')}.",
        ],
        2,
    )
    les = r.sample(
        [
            f"Vraag bij een verhuizing altijd na of de {k(w.scheme)} is meeverhuisd.",
            f"Een machtiging voor een familielid voorkomt weken vertraging bij {k(w.dept)}.",
            "Bel een burger terug voordat de beslistermijn verloopt; een brief alleen is niet genoeg.",
            f"Leg afspraken met {k('Werk en Inkomen')} direct vast in het dossier, met termijn.",
            "Een voorschot lost acute nood op, maar regel ook de terugbetaling.",
            f"Wijs bij een afwijzing op de hoorplicht uit de {k(r.choice(LAWS))}.",
        ],
        2,
    )
    return {"sit": [f() for f in sit], "wat": wat, "af": [f() for f in af], "uit": [f() for f in uit], "les": les}


def article_kb(r: random.Random, i: int) -> dict:
    d = Doc(r)
    w = World(d)
    R, F, O, N, A, M = _cast(w)
    s = art_sections(w, R, F, O, N, A)
    head = r.choice(
        [
            f"# Concept: {k_(w, w.scheme)} na verhuizing",
            f"# Casus {R.title(True)}",
            f"# Concept kennisbankartikel — familie {R.sn()}",
            f"# {k_(w, w.dept)}: terugvordering zonder gesprek",
        ]
    )
    meta = r.choice(
        [
            f"*Thema:* {k_(w, w.scheme)} · *Afdeling:* {k_(w, w.dept)} · *Jaar:* {k_(w, '2026')}",
            f"> Concept van {M.full()}, bemiddelaar. Nog niet geanonimiseerd — niet publiceren.",
            f"Opgesteld door {M.initials()} op {k_(w, ddate(r))}; {k_(w, 'dossier')} {w.caseno()}.",
        ]
    )
    les_h = r.choice(["## Les", "## Leerpunten", "## Wat we leren"])
    les = (
        "\n".join(f"{j + 1}. {x}" for j, x in enumerate(s["les"]))
        if r.random() < 0.5
        else "\n".join(f"- {x}" for x in s["les"])
    )
    text = "\n\n".join(
        [
            head,
            meta,
            "## Situatie",
            " ".join(s["sit"]),
            "## Wat speelde er",
            "\n".join(s["wat"]),
            "## Afstemming",
            " ".join(s["af"]),
            "## Uitkomst",
            " ".join(s["uit"]),
            les_h,
            les,
        ]
    )
    return d.out(f"h9-art-{i:03d}", text)


def k_(w: World, s: str) -> str:
    return w.k(s)


def article_learning(r: random.Random, i: int) -> dict:
    d = Doc(r)
    w = World(d)
    R, F, O, N, A, M = _cast(w)
    k = w.k
    n = r.randint(2, 4)
    points = []
    for j in range(n):
        w2 = World(d)
        w2.avoid = w.avoid
        P = w2.person()
        Q = w2.person()
        points.append(
            r.choice(
                [
                    lambda: (
                        f"### Leerpunt {j + 1}: {k(w2.scheme)}\n\nBij {P.full()} bleek dat {k(w2.dept)} de aanvraag "
                        f"had afgewezen zonder hoorzitting. {P.sn()} had daar recht op, zo bevestigde "
                        f"{Q.title()} later. "
                        f"**Les:** plan de hoorzitting in voordat het besluit valt."
                    ),
                    lambda: (
                        f"### {k(w2.town)}, {k(ddate(r))}\n\n{P.title(True)} kreeg een boete voor de auto met kenteken "
                        f"{d.p(plate(r), 'LICENSE_PLATE')}, terwijl die al verkocht was aan {Q.full()}. Het {k('RDW')}-"
                        f"uittreksel maakte het verschil."
                    ),
                    lambda: (
                        f"### Leerpunt {j + 1}\n\n_{P.full()}_ belde {r.randint(4, 11)} keer naar {k(w2.n14)} voordat "
                        f"iemand {P.poss_pron} vraag over de {k(w2.scheme)} oppakte. Pas toen {Q.initials()} "
                        f"({k(r.choice(FUNCTIONS))}) de zaak {w2.caseno()} overnam, kwam er schot in."
                    ),
                    lambda: (
                        f"### Leerpunt {j + 1}: huisbezoek\n\nHet huisbezoek aan {P.title()} op de {w2.addr()} "
                        f"({w2.postc()} {k(w2.town)}) liet zien dat de {k('traplift')} al maanden kapot was. "
                        f"{Q.sn()} van de "
                        f"{k(r.choice(CORPS))} kwam dezelfde week."
                    ),
                    lambda: (
                        f"### {P.sn()} en de {k(w2.scheme)}\n\nDat {P.fn()} geboren is op {w2.dob()} stond "
                        f"verkeerd in de "
                        f"{k('BRP')}, waardoor de {k(w2.scheme)} werd stopgezet. {Q.full()} van "
                        f"{k('Burgerzaken')} herstelde het."
                    ),
                ]
            )()
        )
    head = r.choice(
        [
            f"# Leerpunten {k('Q' + str(r.randint(1, 4)) + ' 2026')}",
            f"# Leerpunten uit afgeronde verzoeken — {k(w.town)}",
            "# Wat we dit kwartaal leerden",
        ]
    )
    foot = r.choice(
        [
            f"_Verzameld door {M.full()}; vragen via {k('kennisbank@' + w.town.lower() + '.nl')}._",
            f"Opmerkingen graag naar {M.fn()} ({M.mail(False, w.town.lower() + '.nl')}).",
            "",
        ]
    )
    return d.out(f"h9-art-{i:03d}", "\n\n".join([head] + points + ([foot] if foot else [])))


def article_quarter(r: random.Random, i: int) -> dict:
    d = Doc(r)
    w = World(d)
    M = w.person()
    k = w.k
    q = r.randint(1, 4)
    rows = []
    for _ in range(r.randint(3, 5)):
        w2 = World(d)
        w2.avoid = w.avoid
        P = w2.person()
        O = w2.person()
        rows.append(
            r.choice(
                [
                    lambda: (
                        f"| {w2.caseno()} | {P.full()} | {k(w2.scheme)} | {O.initials()} ({k(w2.dept)}) | "
                        f"{k(r.choice(['opgelost', 'doorverwezen', 'lopend', 'ingetrokken']))} |"
                    ),
                    lambda: (
                        f"| {w2.caseno()} | {P.title()} | {k(w2.dept)} | {O.full()} | "
                        f"{k(r.choice(['opgelost', 'deels opgelost', 'lopend']))} |"
                    ),
                ]
            )()
        )
    R, F = w.person(), w.person()
    intro = (
        f"In {k('Q' + str(q))} ontvingen we {r.randint(30, 90)} verzoeken tot afstemming. Hieronder de zaken "
        f"waarin een afspraak met een ambtenaar is vastgelegd."
    )
    high = r.choice(
        [
            f"**Uitgelicht.** De zaak van {R.full()} liet zien hoe lang een {k('kwijtschelding')} kan blijven liggen: "
            f"{R.sn()} wachtte {r.randint(14, 40)} weken, terwijl {R.poss_pron} {k(rel(F))} {F.fn()} elke week belde.",
            f"**Uitgelicht.** {R.sn()}, die met {F.full()} een bedrijfje aan huis had, kreeg van "
            f"{k('Vergunningen')} te horen dat de {k('Omgevingswet')} dat niet toestond; na overleg mocht het toch.",
            f"**Uitgelicht.** Na een verhuizing naar de {w.addr()} kreeg {R.title()} geen post meer; {F.sn()} bleek "
            f"nog als bewoner ingeschreven.",
        ]
    )
    text = "\n\n".join(
        [
            f"# Kwartaaloverzicht {k('Q' + str(q) + ' 2026')} — {k(w.town)}",
            intro,
            "| zaak | bewoner | onderwerp | contact gemeente | stand |\n|---|---|---|---|---|\n" + "\n".join(rows),
            high,
            f"Samengesteld door {M.title()}, {k('coördinator')}.",
        ]
    )
    return d.out(f"h9-art-{i:03d}", text)


def article_writeup(r: random.Random, i: int) -> dict:
    d = Doc(r)
    w = World(d)
    R, F, O, N, A, M = _cast(w)
    k = w.k
    s = art_sections(w, R, F, O, N, A)
    fr = rel(F)
    extra = r.choice(
        [
            f"{R.sn()} zei later dat {R.pron} {O.poss(False)} uitleg pas begreep toen {F.fn()} het in eigen woorden "
            f"herhaalde.",
            f"De {k(fr)} van {R.title()} vond dat {O.full()} goed had geluisterd, maar dat {k(w.dept)} te traag was.",
            f"Wat {N.full()}, {A.full()} en {F.full()} gemeen hadden: niemand van hen wist wie bij de gemeente over de "
            f"{k(w.scheme)} ging.",
            f"Dat het {R.caps()} was die belde, wist de telefonist meteen; de naam stond in hoofdletters in het "
            f"{k('klantvolgsysteem')}.",
            f"{R.poss()} dossier ging mee naar de {k('Nationale ombudsman')}.",
        ]
    )
    body = [
        f"**Casusbeschrijving** ({k(w.town)}, {k(ddate(r))})",
        " ".join(s["sit"]) + " " + extra,
        "**Verloop.** " + " ".join(s["af"]),
        "\n".join(s["wat"]),
        "**Resultaat.** " + " ".join(s["uit"]),
        "**Les.** " + " ".join(s["les"]),
        r.choice([f"— {M.full()}", f"Bemiddelaar: {M.initials()}", f"Verslag: {M.fn()}, {k(ddate(r))}"]),
    ]
    return d.out(f"h9-art-{i:03d}", "\n\n".join(body))


def article_links(r: random.Random, i: int) -> dict:
    d = Doc(r)
    w = World(d)
    R, F, O, N, A, M = _cast(w)
    k = w.k
    O2 = w.person()
    dept2 = r.choice([x for x in DEPTS if x != w.dept])
    slug = d.p(ascii_fold(R.alone.replace(" ", "").replace("'", "").lower()))
    s = art_sections(w, R, F, O, N, A)
    talk = r.choice(
        [
            f"Pas toen {O.title()} en {O2.full()} samen aan tafel zaten, werd duidelijk dat {k(w.dept)} en "
            f"{k(dept2)} elk op de ander wachtten. {O2.sn()} zei dat {O2.pron} het dossier nooit had gezien.",
            f"{O2.full()} ({k(r.choice(FUNCTIONS))}, {k(dept2)}) gaf aan dat {O2.pron} {R.poss(False)} aanvraag "
            f"pas kon behandelen als {O.sn()} het advies had afgerond.",
        ]
    )
    text = "\n\n".join(
        [
            f"# {R.full()} en de {k(w.scheme)}",
            r.choice(["**Status:** concept", "**Status:** klaar voor anonimisering", "*Status: in review*"]),
            "## Situatie",
            " ".join(s["sit"]),
            f"## Gesprek met {O.full()} ({k(w.dept)})",
            " ".join(s["af"]),
            f"## {O2.sn()} en {k(dept2)}",
            talk,
            "## Uitkomst",
            " ".join(s["uit"]),
            "## Bronnen",
            "\n".join(
                r.sample(
                    [
                        f"- [verslag huisbezoek {R.sn()}](dossier/2026/{slug}-huisbezoek.pdf)",
                        f"- [mail van {F.full()}](mailto:{F.mail()})",
                        f"- [besluit {w.caseno()}](zaken/{slug}/besluit.pdf)",
                        f"- [notitie {O.initials()}](notities/{k('overleg')}-{k(ddate(r).replace(' ', '-'))}.md)",
                        f"- [{k('regeling ' + w.scheme)}](https://lokaleregelgeving.overheid.nl/)",
                    ],
                    3,
                )
            ),
            f"_Geschreven door {M.full()}_",
        ]
    )
    return d.out(f"h9-art-{i:03d}", text)


# -------------------------------------------------------------------------------------------------------------- mail
def signature(w: World, P: Person, func: str, team: str) -> str:
    r, k = w.d.r, w.k
    dom = w.town.lower() + ".nl"
    lines = [r.choice(["Met vriendelijke groet,", "Met vriendelijke groeten,", "Vriendelijke groet,", "Groet,"]), ""]
    lines.append(r.choice([P.full, P.initials, P.full])())
    lines.append(k(func))
    lines.append(f"{k('Team ' + team)} | {k('Gemeente ' + w.town)}")
    tel = [f"T {k(w.n14)}"]
    if r.random() < 0.6:
        tel.append(f"M {P.tel()}")
    lines.append(" | ".join(tel))
    lines.append(f"E {P.mail(False, dom)}")
    if r.random() < 0.6:
        lines.append(
            r.choice(
                [
                    f"Bereikbaar op {k('maandag')}, {k('dinsdag')} en {k('donderdag')} van 9.00 tot 12.30 uur",
                    f"Ik werk niet op {k(r.choice(['woensdag', 'vrijdag']))}.",
                    f"Aanwezig: {k('maandag')} t/m {k('donderdag')}",
                ]
            )
        )
    if r.random() < 0.5:
        lines += [
            "",
            k("Dit bericht is uitsluitend bestemd voor de geadresseerde.") + " Heeft u dit bericht per "
            "abuis ontvangen, verwijder het dan en informeer de afzender.",
        ]
    return "\n".join(lines)


def mail_when(r: random.Random) -> tuple[str, str]:
    x = today_like(r)
    hm = f"{r.randint(7, 21):02d}:{r.randint(0, 59):02d}"
    return x, hm


def mail_reply_chain(r: random.Random, i: int) -> dict:
    d = Doc(r)
    w = World(d)
    k = w.k
    R = w.person()
    O = w.person()
    F = w.person()
    func = r.choice(FUNCTIONS)
    x1, h1 = mail_when(r)
    x2, h2 = mail_when(r)
    quote_hdr = r.choice(
        [
            f"Op {WD_AB[x1.weekday()]} {x1.day} {MON_AB[x1.month - 1]} 2026 om {h1} schreef {R.full()} <{R.mail()}>:",
            f"Op {x1.day:02d}-{x1.month:02d}-2026 {h1} schreef {R.mail()}:",
            f"{R.full()} <{R.mail()}> schreef op {WEEKDAYS[x1.weekday()]} {x1.day} {MONTHS[x1.month - 1]} 2026 {h1}:",
            f"On {WD_AB[x1.weekday()]}, {x1.day} {MONTHS_EN[x1.month - 1][:3]} 2026 at {h1}, {R.full()} <{R.mail()}> "
            f"wrote:",
        ]
    )
    top = r.choice(
        [
            f"Beste {R.aanhef()},\n\nDank voor uw bericht. Ik heb uw vraag over de {k(w.scheme)} doorgezet naar mijn "
            f"collega {F.full()}, die {k('vrijdag')} contact met u opneemt. Uw {k('zaaknummer')} blijft {w.caseno()}.",
            f"Hoi {R.fn()},\n\nIk heb even met {F.sn()} van {k(w.dept)} gebeld. {F.pron.capitalize()} zegt dat de "
            f"betaling van {k(r.choice(AMOUNTS))} op {k(ddate(r))} de deur uit gaat.",
            f"Geachte {R.aanhef()},\n\nNaar aanleiding van uw e-mail van {k(ddate(r))} laat ik u weten dat het bezwaar "
            f"({w.caseno()}) gegrond is verklaard.",
        ]
    )
    qlines = [
        f"Beste {O.aanhef()},",
        "",
        r.choice(
            [
                f"Ik ben {R.full()}, geboren {w.dob()}, en woon op de {w.addr()}, {w.postc()} {k(w.town)}.",
                f"Mijn moeder en ik wonen sinds kort op de {w.addr()} ({w.postc()}).",
                f"Ik schrijf namens mijn {k(rel(F))}. Haar geboortedatum is {w.dob()}.",
            ]
        ),
        r.choice(
            [
                f"Ik heb nog steeds geen antwoord op mijn aanvraag {k(w.scheme)}.",
                f"De {k('aanmaning')} van {k(r.choice(AMOUNTS))} klopt niet, want ik had al betaald vanaf "
                f"{d.p(iban(r), 'IBAN')}.",
                f"Mijn BSN is {d.p(bsn_form(r), 'BSN')}, misschien helpt dat bij het zoeken.",
                f"De naheffing voor kenteken {d.p(plate(r), 'LICENSE_PLATE')} is onterecht, de auto was toen al "
                f"verkocht.",
                f"Het teveel betaalde bedrag kan terug naar {d.p(iban(r), 'IBAN')} t.n.v. {R.initials()}.",
            ]
        ),
        f"U kunt mij bellen op {R.tel()}.",
        "",
        r.choice(["Groet,", "Met vriendelijke groet,", "Mvg"]),
        r.choice([R.full, R.fn, R.initials])(),
    ]
    older = ""
    if r.random() < 0.5:
        older = (
            "\n>\n> "
            + r.choice(
                [
                    f"Op {x2.day} {MON_AB[x2.month - 1]} 2026 om {h2} schreef {O.full()} "
                    f"<{O.mail(False, w.town.lower() + '.nl')}>:",
                    f"{O.initials()} schreef:",
                ]
            )
            + "\n>> "
            + f"Geachte {R.aanhef()}, wij hebben uw aanvraag ontvangen onder {k('nummer')} {w.caseno()}."
        )
    body = (
        top
        + "\n\n"
        + signature(w, O, func, w.dept)
        + "\n\n"
        + quote_hdr
        + "\n"
        + "\n".join(("> " + x) if x else ">" for x in qlines)
        + older
    )
    subj = r.choice([f"RE: aanvraag {k(w.scheme)}", f"Re: bezwaar {w.caseno()}", f"Antw: vraag van {R.sn()}"])
    return d.out(f"h9-mail-{i:03d}", f"Onderwerp: {subj}\n\n{body}")


def mail_forward(r: random.Random, i: int) -> dict:
    d = Doc(r)
    w = World(d)
    k = w.k
    R, O, C, M = w.person(), w.person(), w.person(), w.person()
    x, h = mail_when(r)
    dom = w.town.lower() + ".nl"
    att = r.choice(
        [
            f"bezwaar_fam_{d.p(R.alone.replace(' ', ''))}.pdf",
            f"bezwaar-fam-{d.p(R.alone.replace(' ', ''))}.pdf",
            f"{d.p(ascii_fold(R.alone.replace(' ', '').lower()))}-loonstroken-okt.pdf",
            f"Aanvraag {R.full()}.docx",
            f"scan {d.p(R.alone)} {k('uitkeringsspecificatie')}.jpg",
        ]
    )
    eng = r.random() < 0.35
    hdr = "-------- Forwarded message --------\nFrom: " if eng else "---------- Doorgestuurd bericht ---------\nVan: "
    hdr += f"{R.full()} <{R.mail()}>\n"
    hdr += (
        f"Date: {WD_AB[x.weekday()]}, {x.day} {MONTHS_EN[x.month - 1][:3]} 2026 at {h}\n"
        if eng
        else f"Datum: {WEEKDAYS[x.weekday()]} {x.day} {MONTHS[x.month - 1]} 2026 {h}\n"
    )
    hdr += ("Subject: " if eng else "Onderwerp: ") + f"{r.choice(['klacht', 'bezwaar', 'vraag', 'hulp gevraagd'])}\n"
    hdr += ("To: " if eng else "Aan: ") + f"{k('info@' + dom)}\n"
    if r.random() < 0.6:
        hdr += f"Cc: {C.full()} <{C.mail()}>\n"
    hdr += ("Attachments: " if eng else "Bijlage: ") + att + "\n"
    inner = r.choice(
        [
            f"Goedemorgen, ik bel al weken met {k(w.n14)} maar niemand weet waar mijn {k(w.scheme)} blijft. Mijn "
            f"dossiernummer is {w.caseno()}. Groet, {R.fn()}",
            f"Beste gemeente,\n\nMijn zoon {w.person(female=False).full()} (geb. {w.dob()}) krijgt geen "
            f"{k('leerlingenvervoer')} meer. Wij wonen {w.addr()}, {w.postc()}.\n\n{R.full()}\n{R.tel()}",
            f"Dit is de derde keer dat ik schrijf. Kenteken {d.p(plate(r), 'LICENSE_PLATE')} is van mij, niet van "
            f"{C.title()}. De naheffing moet naar {C.sn()}.\n\n{R.initials()}",
        ]
    )
    top = r.choice(
        [
            f"Hoi {O.fn()},\n\nKun jij deze oppakken? {R.title(True)} belde vanochtend ook al. Ik ben er {k('morgen')} "
            f"niet.\n\n{M.fn()}",
            f"{O.aanhef(True)},\n\nZie onderstaande mail van {R.sn()}. Graag voor {k(ddate(r))} reageren.\n\n"
            f"{signature(w, M, r.choice(FUNCTIONS), w.dept)}",
            f"Ter info, fyi. @{O.fn()} dit is die zaak van vorige week.\n\n— {M.initials()}",
        ]
    )
    bcc = f"\nBcc: {M.mail(False, dom)}" if r.random() < 0.3 else ""
    head = (
        f"Van: {M.full()} <{M.mail(False, dom)}>\nAan: {O.full()} <{O.mail(False, dom)}>{bcc}\n"
        if r.random() < 0.6
        else ""
    )
    return d.out(f"h9-mail-{i:03d}", f"{head}\n{top}\n\n{hdr}\n{inner}".lstrip("\n"))


def mail_ooo(r: random.Random, i: int) -> dict:
    d = Doc(r)
    w = World(d)
    k = w.k
    O, C, C2 = w.person(), w.person(), w.person()
    dom = w.town.lower() + ".nl"
    until = ddate(r)
    body = r.choice(
        [
            f"Automatisch antwoord: Afwezig\n\nBedankt voor uw bericht. Ik ben afwezig tot en met {k(until)}. Uw mail "
            f"wordt niet doorgestuurd. Voor dringende zaken kunt u contact opnemen met mijn collega {C.full()} via "
            f"{C.mail(False, dom)} of via {k(w.n14)}.\n\n{O.full()}\n{k(r.choice(FUNCTIONS))}, {k(w.dept)}",
            f"Out of office / Afwezig\n\nI am out of the office until {k(until)}. Voor vragen over {k(w.scheme)}: "
            f"{C.initials()} ({C.tel()}). Voor {k(w.dept)}: {C2.fn()} {C2.sn()}, {C2.mail(False, dom)}.\n\n"
            f"Met vriendelijke groet, {O.initials()}",
            f"Dank voor uw e-mail. Ik werk op {k('maandag')} en {k('dinsdag')}. Bij spoed: bel {C.title()} op "
            f"{C.tel()} of mail het team via {k(w.dept.split()[0].lower().replace(',', '') + '@' + dom)}.\n\n"
            f"{O.fn()} {O.sn()}",
        ]
    )
    orig = ""
    if r.random() < 0.6:
        R = w.person()
        orig = (
            f"\n\n-----Oorspronkelijk bericht-----\nVan: {R.mail()}\nVerzonden: {k(ddate(r, True))}\n"
            f"Aan: {O.mail(False, dom)}\nOnderwerp: {r.choice(['afspraak', 'terugbelverzoek', 'bezwaar'])} "
            f"{R.sn()}\n\n{r.choice(['Kunt u mij terugbellen', 'Ik wacht nog op antwoord'])}? {R.tel()}"
        )
    return d.out(f"h9-mail-{i:03d}", body + orig)


def mail_outlook(r: random.Random, i: int) -> dict:
    d = Doc(r)
    w = World(d)
    k = w.k
    R, O, A, C = w.person(), w.person(), w.person(), w.person()
    dom = w.town.lower() + ".nl"
    x, h = mail_when(r)
    cc = "; ".join([f"{C.full()} <{C.mail(False, dom)}>", k("kcc@" + dom)])
    hdr = (
        f"From: {A.full()} <{A.mail()}>\nSent: {WEEKDAYS[x.weekday()]} {x.day} {MONTHS[x.month - 1]} 2026 {h}\n"
        f"To: {O.full()} <{O.mail(False, dom)}>\nCc: {cc}\nSubject: RE: {k(w.scheme)} {R.sn()} ({w.caseno()})"
    )
    top = r.choice(
        [
            f"{O.fn()},\n\nNamens {R.aanhef()} (cliënt van {k(w.adv)}) vraag ik of de beslissing kan worden "
            f"aangehouden. "
            f"Meneer/mevrouw {R.sn()} woont inmiddels op de {w.addr()} en heeft een nieuwe {k('huurovereenkomst')} "
            f"van {k(r.choice(AMOUNTS))}. In de bijlage: {d.p(ascii_fold(R.alone.replace(' ', '').lower()))}-"
            f"huurcontract.pdf.\n\nHartelijke groet,\n{A.full()}\n{k('Schuldhulpmaatje')} | {A.tel()}",
            f"Beste {O.aanhef()},\n\nMijn cliënt {R.full()}, geboren op {w.dob()}, ontving uw brief van "
            f"{k(ddate(r))}. Het {k('BSN')} in die brief ({d.p(bsn_form(r), 'BSN')}) is niet het zijne. Graag "
            f"ontvang ik een gecorrigeerd besluit.\n\nMet vriendelijke groet,\n\n{A.title()}\n{k('sociaal raadsman')}, "
            f"{k(w.org)}\n{A.tel()}",
        ]
    )
    prev = (
        f"\n\n________________________________\nVan: {O.full()}\nVerzonden: {k(ddate(r, True))}\nAan: "
        f"{A.mail()}\nOnderwerp: {k(w.scheme)} {R.sn()}\n\nGeachte {A.aanhef()}, ik heb meer informatie nodig "
        f"over het inkomen van {R.poss(False)} partner."
    )
    return d.out(f"h9-mail-{i:03d}", hdr + "\n\n" + top + (prev if r.random() < 0.6 else ""))


def mail_toppost(r: random.Random, i: int) -> dict:
    d = Doc(r)
    w = World(d)
    k = w.k
    R, F, O = w.person(), w.person(), w.person()
    dom = w.town.lower() + ".nl"
    lines = [
        f"Ja prima, {k(ddate(r, True))} om {r.randint(9, 16)}.00 uur in {place(w)} is goed. Mijn "
        f"{k(rel(F))} {F.fn()} komt ook mee, {F.pron} spreekt beter Nederlands dan ik.",
        "",
        f"{R.fn()}",
        "",
        r.choice(["Verstuurd vanaf mijn iPhone", "Verzonden vanaf Outlook voor Android", "Sent from my Galaxy"]),
        "",
        f"> Op {k(ddate(r))} heeft {O.full()} <{O.mail(False, dom)}> het volgende geschreven:",
        f"> Beste {R.aanhef()}, zullen we afspreken om uw situatie met {k(w.dept)} te bespreken?",
        f"> Neemt u uw {k('legitimatiebewijs')} mee en de brief met {k('kenmerk')} {w.caseno()}?",
        ">",
        f"> {O.initials()}",
        f"> {k(r.choice(FUNCTIONS))} {k('Sociaal Wijkteam')}",
    ]
    if r.random() < 0.5:
        lines.insert(4, f"PS nieuw nummer: {R.tel()}, het oude werkt niet meer")
    return d.out(f"h9-mail-{i:03d}", "\n".join(lines).strip())


def mail_deep(r: random.Random, i: int) -> dict:
    d = Doc(r)
    w = World(d)
    k = w.k
    R, F, O, C = w.person(), w.person(), w.person(), w.person()
    dom = w.town.lower() + ".nl"
    fr = rel(F)
    x1, h1 = mail_when(r)
    x2, h2 = mail_when(r)
    x3, h3 = mail_when(r)
    lvl1 = [
        f"Op {WD_AB[x1.weekday()]} {x1.day} {MON_AB[x1.month - 1]} 2026 om {h1} schreef {O.full()} "
        f"<{O.mail(False, dom)}>:",
        f"Beste {F.aanhef()},",
        f"Ik heb uw vraag besproken met {C.full()} van {k(w.dept)}. {C.sn()} kijkt of de {k(w.scheme)} voor "
        f"{R.aanhef()} kan worden verlengd.",
        f"{O.initials()}",
        "",
        f"Op {x2.day}-{x2.month}-2026 {h2} schreef {F.full()} <{F.mail()}>:",
    ]
    lvl2 = [
        f"Geachte {O.aanhef()},",
        f"Ik ben de {k(fr)} van {R.full()} (geboren {w.dob()}), die op de {w.addr()} in {k(w.town)} woont.",
        f"Sinds {k(r.choice(MONTHS))} is de {k(w.scheme)} gestopt. Kunt u kijken naar zaak {w.caseno()}?",
        f"{F.fn()}",
        "",
        f"Op {x3.day} {MONTHS[x3.month - 1]} 2026 om {h3} schreef {R.mail()}:",
    ]
    lvl3 = [
        f"{F.lower()} kun jij de gemeente mailen? ik snap die brief niet. bel me op {R.tel()}",
        f"{R.fn().lower() if r.random() < 0.5 else R.fn()}",
    ]
    top = r.choice(
        [
            f"Dank u wel {O.aanhef()}! Ik hoor graag van {C.sn()}.\n\nGroetjes,\n{F.fn()} ({k(fr)} van {R.fn()})\n"
            f"{F.tel()}\n\nVerstuurd vanaf mijn Samsung",
            f"Hallo {O.fn()},\n\nIs er al nieuws? {R.sn()} belde me gisteren weer.\n\n{F.initials()}",
        ]
    )
    body = (
        top
        + "\n\n"
        + "\n".join("> " + x if x else ">" for x in lvl1)
        + "\n"
        + "\n".join(">> " + x if x else ">>" for x in lvl2)
        + "\n"
        + "\n".join(">>> " + x for x in lvl3)
    )
    return d.out(f"h9-mail-{i:03d}", f"Onderwerp: Re: Re: Re: {k(w.scheme)} {R.sn()}\n\n{body}")


# ------------------------------------------------------------------------------------------------------------- known
# A name word and an ordinary-sense sentence in which it occurs in lower case (never sentence-initial).
KNOWN_WORDS: list[tuple[str, bool, str]] = [
    ("Kwast", False, "De muren had zij zelf geverfd, maar de kwast lag nog in de gang."),
    ("Bril", False, "Zonder een nieuwe bril kon de bewoner de brief niet lezen."),
    ("Hamer", False, "De huismeester kwam met een hamer om de plint vast te zetten."),
    ("Ketel", False, "Sinds oktober was de cv-ketel kapot en de verhuurder reageerde niet."),
    ("Kroon", False, "Bij de tandarts kwam er een kroon bij, en die rekening viel buiten het pakket."),
    ("Zaal", False, "Het gesprek vond plaats in een kleine zaal op de tweede verdieping."),
    ("Spijker", False, "Op de galerij stak een spijker uit de trap."),
    ("Valk", False, "Volgens de wijkagent broedt er een valk op het dak van de flat."),
    ("Ploeg", False, "Een ploeg van de aannemer kwam pas na drie weken."),
    ("Stok", False, "Na de val liep de bewoner met een stok."),
    ("Sloot", False, "Achter het huis ligt een sloot die elk voorjaar overstroomt."),
    ("Kuil", False, "In de stoep zat een kuil waarin de bewoner was gestruikeld."),
    ("Mantel", False, "In de wachtkamer bleef een mantel liggen."),
    ("Kist", False, "De oude papieren zaten in een kist op zolder."),
    ("Brug", False, "Maandenlang was de brug naar het dorp dicht."),
    ("Poort", False, "Achter de woning sloot de poort niet meer."),
    ("Muur", False, "In de slaapkamer zat schimmel op de muur."),
    ("Deken", False, "Het Leger des Heils bracht een deken en een pan soep."),
    ("Kaas", False, "Op de markt verkocht het gezin kaas en daarvoor was een standplaats nodig."),
    ("Appel", False, "Op tafel lag een appel naast de stapel aanmaningen."),
    ("Zwaan", False, "In de vijver achter de flat zwom een zwaan."),
    ("Kraai", False, "Weer had een kraai de vuilniszak opengepikt."),
    ("Duif", False, "In de goot nestelde een duif, en de verhuurder deed niets."),
    ("Haring", False, "Liever at de bewoner haring dan de maaltijden van de thuiszorg."),
    ("Snoek", False, "Zijn kleinzoon had in de vaart een snoek gevangen."),
    ("Goud", False, "Voor de bijstand moest het goud van de familie worden getaxeerd."),
    ("Koper", False, "De overschrijving was niet geregeld door de koper van de auto."),
    ("Vrede", False, "Met de buren wilde de bewoner vooral vrede."),
    ("Hoop", False, "Er was weinig hoop dat de gemeente nog zou bellen."),
    ("Geluk", False, "Het was geluk dat de buurvrouw de brief had gezien."),
    ("Hoek", False, "De woning staat op de hoek bij de bushalte."),
    ("Vriend", False, "Met het formulier had een vriend geholpen."),
    ("Baas", False, "Een werkgeversverklaring wilde de baas niet tekenen."),
    ("Meester", False, "De leerplichtambtenaar was gebeld door de meester van groep 6."),
    ("Linde", False, "Voor het huis staat een linde die de goot verstopt."),
    ("Wilg", False, "Tijdens de storm was een wilg op de schuur gevallen."),
    ("Heide", False, "Elke ochtend wandelde de bewoner op de heide."),
    ("Plas", False, "Na elke bui stond er een plas water voor de voordeur."),
    ("Haven", False, "Jarenlang werkte de bewoner in de haven."),
    ("Beek", False, "Bij hevige regen trad de beek buiten haar oevers."),
    ("Molenaar", False, "De vrijwillige molenaar van de korenmolen kende de familie."),
    ("Vink", False, "Op de vensterbank zat een vink."),
    ("Koster", False, "De sleutel van de kerkzaal had de koster."),
    ("Brouwer", False, "Zij werkte bij een brouwer in de binnenstad."),
    ("Timmerman", False, "De deur werd gerepareerd door een timmerman van de corporatie."),
    ("Zwart", False, "De gevel was zwart van het roet."),
    ("Slager", False, "De slager op de markt kende het gezin goed."),
    ("Schipper", False, "Hij was schipper op de binnenvaart geweest."),
    ("Koopman", False, "Als koopman reisde hij langs de markten."),
    ("Herder", False, "Langs de dijk liep een herder met zijn schapen."),
    ("Regen", False, "Door de regen liep de kelder onder."),
    ("Vogel", False, "Er zat een vogel vast in de schoorsteen."),
    ("Steen", False, "Door een steen was het raam gesneuveld."),
    ("Otter", False, "In de vaart achter de flat is een otter gezien."),
    ("Bever", False, "Een bever had de wilgen langs de sloot omgeknaagd."),
    ("Klaver", False, "In het gazon groeide klaver tussen het gras."),
    ("Distel", False, "Langs het fietspad stond een distel van een meter hoog."),
    ("Mos", False, "Op het dak groeide mos en de goot liep over."),
    ("Kraan", False, "In de keuken lekte de kraan al maanden."),
    ("Lamp", False, "In het trappenhuis was de lamp al weken kapot."),
    ("Spiegel", False, "In de badkamer hing een spiegel die van de muur was gevallen."),
    ("Lepel", False, "Het kind at met een lepel van de buurvrouw."),
    ("Beker", False, "De consulent kreeg een beker thee aangeboden."),
    ("Koets", False, "In het museum stond een koets uit de negentiende eeuw."),
    ("Rogge", False, "Op de akker achter het dorp groeide rogge."),
    ("Beer", True, "Het kind sliep met een beer in zijn armen."),
    ("Merel", True, "Er zong een merel in de tuin toen de consulent aanbelde."),
    ("Lieve", True, "Aan de consulent schreef de familie een lieve brief."),
    ("Mees", True, "In de brievenbus had een mees een nest gebouwd."),
    ("Engel", True, "Volgens de familie was de wijkverpleegkundige een engel."),
    ("Job", True, "In Antwerpen had de zoon een nieuwe job gevonden."),
    ("Lot", True, "Het gezin liet zijn lot niet over aan de gemeente."),
    ("Riet", True, "Langs de sloot werd het riet niet gemaaid."),
]
KNOWN_WORDS = [kw for kw in KNOWN_WORDS if kw[0].lower() in kw[2]]


def known_doc(r: random.Random, i: int) -> dict:
    d = Doc(r)
    w = World(d)
    k = w.k
    word, is_first, sentence = KNOWN_WORDS[i % len(KNOWN_WORDS)] if i < len(KNOWN_WORDS) else r.choice(KNOWN_WORDS)
    fem = r.random() < 0.5
    o = r.choice(list(ORIGINS))
    if is_first:
        fem = {"Storm": False, "Beer": False, "Mees": False, "Engel": False, "Job": False}.get(word, True)
        R = Person(d, origin=o, female=fem, avoid={word.lower()})
        R.first = word
    else:
        R = Person(d, origin=o, female=fem, avoid={word.lower()})
        R.sur = R.alone = word
    R.ini1 = R.first[0] + "."
    R.ini2 = R.first[0] + "." + r.choice("ACEHJMPRSTW") + "."
    w.avoid |= {R.first.lower(), R.sur.lower(), word.lower()}
    O = w.person()
    ordinary = word.lower()
    sent = sentence
    d.k(ordinary)
    known = {"names": [f"{R.first} {R.sur}"]}
    refer = R.title if not is_first else R.fn
    shape = r.randrange(7)
    if shape == 0:  # article draft
        text = "\n\n".join(
            [
                "## Situatie",
                f"{R.full()} ({r.choice(['geboren ', 'geb. ', '°', '']) + w.dob()}) woonde met {R.poss_pron} gezin "
                f"in {k(w.town)}. {sent}",
                "## Afstemming",
                f"Na overleg met {O.title()} van {k(w.dept)} kreeg {refer()} alsnog de {k(w.scheme)}. "
                f"{(R.sn() if not is_first else R.fn())} was opgelucht.",
            ]
        )
    elif shape == 1:  # mail
        known["emails"] = [R.mail()]
        text = (
            f"Van: {R.full()} <{R.mail()}>\nDatum: {k(ddate(r, True))}\nAan: {k('info@' + w.town.lower() + '.nl')}\n\n"
            f"Geachte heer/mevrouw,\n\n{sent} Ik wacht al weken op de {k(w.scheme)} ({k('kenmerk')} "
            f"{w.caseno()}).\n\nMet vriendelijke groet,\n{R.full()}"
        )
    elif shape == 2:  # transcript
        known["phones"] = [R.tel()]
        text = (
            f"[00:00:0{r.randint(1, 9)}] Bemiddelaar: U spreekt met het {k('Sociaal Wijkteam')}.\n"
            f"[00:00:1{r.randint(1, 9)}] {R.full()}: Goedemiddag, met {refer()}. Mijn nummer is {R.tel()}.\n"
            f"[00:01:0{r.randint(1, 9)}] Bemiddelaar: Waar gaat het over?\n"
            f"[00:01:2{r.randint(1, 9)}] {R.caps()}: {sent}\n"
            f"[00:02:4{r.randint(1, 9)}] Bemiddelaar: Ik neem contact op met {O.full()} van {k(w.dept)}."
        )
    elif shape == 3:  # minutes
        text = (
            f"Verslag huisbezoek {k(ddate(r))}\nAanwezig: {R.full()}, {O.initials()} ({k(w.dept)})\n\n"
            f"- {sent}\n- {refer().capitalize() if refer == R.fn else R.title(True)} vraagt om "
            f"{k(w.scheme)}.\n- Actie: {O.sn()} belt {R.poss(first=is_first)} huisarts."
        )
    elif shape == 5:  # official's reply quoting the resident
        x, h = mail_when(r)
        known["emails"] = [R.mail()]
        text = (
            f"Beste {R.aanhef() if not is_first else R.full()},\n\nDank voor uw bericht. Ik heb {k(w.dept)} gevraagd "
            f"om uw {k(w.scheme)} opnieuw te bekijken.\n\n{signature(w, O, r.choice(FUNCTIONS), w.dept)}\n\n"
            f"Op {WD_AB[x.weekday()]} {x.day} {MON_AB[x.month - 1]} 2026 om {h} schreef {R.full()} <{R.mail()}>:\n"
            f"> {sent}\n> Mijn adres is {w.addr()}.\n> {R.fn()}"
        )
    elif shape == 6:  # knowledge-base draft with the name in the heading
        text = "\n\n".join(
            [
                f"# Casus {R.title(True) if not is_first else R.full()}",
                f"**Thema:** {k(w.scheme)}",
                f"{sent} Toen {(R.sn() if not is_first else R.fn())} in {k(r.choice(MONTHS))} een brief van "
                f"{k(w.dept)} kreeg, belde {R.pron} de bemiddelaar.",
                f"- {R.poss(first=is_first)} dossier: {w.caseno()}\n- contact gemeente: {O.initials()}",
            ]
        )
    else:  # chat
        text = (
            f"[{k(ddate(r))} 09:1{r.randint(0, 9)}] {R.fn() if is_first else R.lower()}: hoi, {sent.lower()}\n"
            f"[{k(ddate(r))} 09:2{r.randint(0, 9)}] wijkteam: Dag {R.aanhef() if not is_first else R.fn()}, "
            f"dank voor uw bericht. "
            f"{O.full()} belt u {k('morgen')}."
        )
    return d.out(f"h9-known-{i:03d}", text, known)


# ------------------------------------------------------------------------------------------------------------- mixed
def mx_transcript(d: Doc, w: World) -> str:
    r, k = d.r, w.k
    R, F, O, M = w.person(), w.person(), w.person(), w.person()
    fr = rel(F)
    res = [
        lambda: f"Ik heb {O.aanhef()} vorige week al gebeld, maar die zei dat het bij {k(w.dept)} lag.",
        lambda: f"Mijn geboortedatum? {w.dob()}. En ik woon nog steeds op de {w.addr()}.",
        lambda: f"Ja, dat klopt, het kenmerk is {w.caseno()}, dat staat op de brief van {k(ddate(r))}.",
        lambda: f"Mijn {k(fr)}, {F.full()}, regelt normaal de post.",
        lambda: "(onverstaanbaar) ... ja, nee, dat weet ik niet meer.",
        lambda: f"U kunt mij bellen op {R.tel()}, liever na drie uur.",
        lambda: f"Ik wil {O.fn()} zelf spreken, niet weer iemand anders.",
    ]
    off = [
        lambda: (
            f"Wij kunnen de {k(w.scheme)} met terugwerkende kracht toekennen, als {R.sn()} de bankafschriften stuurt."
        ),
        lambda: f"Dan zet ik in het systeem dat {R.initials()} akkoord is met de regeling van {k(r.choice(AMOUNTS))}.",
        lambda: f"Ik zie hier dat {F.fn()} een machtiging heeft, klopt dat?",
        lambda: "Mag ik uw geboortedatum ter controle?",
    ]
    med = [
        lambda: f"Goedemiddag, u spreekt met {M.fn()}, bemiddelaar. Ik heb {R.title()} aan de lijn.",
        lambda: f"Zullen we afspreken dat {O.sn()} voor {k(ddate(r))} terugbelt?",
        lambda: "Ik vat even samen wat we afspreken.",
    ]
    r.shuffle(res)
    r.shuffle(off)
    lab_r = r.choice([R.full, R.caps, R.title, R.fn])()
    lab_o = r.choice([O.full, O.initials, lambda: O.title(True)])()
    lab_m = r.choice(["Bemiddelaar", f"{M.full()} (bemiddelaar)", f"SPREKER 1 ({M.fn()})"])
    t = r.randint(0, 20)
    seq = [(lab_m, med[0])] + [
        x for pair in zip([(lab_o, f) for f in off], [(lab_r, f) for f in res], strict=False) for x in pair
    ]
    seq = seq[: r.randint(5, 9)] + [(lab_m, r.choice(med[1:]))]
    lines = []
    for who, f in seq:
        t += r.randint(4, 90)
        stamp = r.choice(
            [
                f"[{t // 60:02d}:{t % 60:02d}]",
                f"{t // 3600:02d}:{t // 60 % 60:02d}:{t % 60:02d}",
                f"({t // 60}:{t % 60:02d})",
            ]
        )
        lines.append(f"{stamp} {who}: {f()}")
    head = f"Transcript telefoongesprek {k(ddate(r, True))} — {k('opname met toestemming')}"
    return head + "\n" + "\n".join(lines)


def mx_minutes(d: Doc, w: World) -> str:
    r, k = d.r, w.k
    ps = [w.person() for _ in range(6)]
    R = w.person()
    att = ", ".join(f"{p.initials() if r.random() < 0.4 else p.full()} ({k(r.choice(DEPTS))})" for p in ps[:4])
    abs_ = "; ".join(p.title() for p in ps[4:])
    acts = [
        f"| 1 | Terugbellen {R.title()} over {k(w.scheme)} | {d.p(ps[0].ini2.replace('.', ''))} | {k(ddate(r))} |",
        f"| 2 | Dossier {w.caseno()} opvragen bij {k(r.choice(ORGS))} | {ps[1].sn()} | "
        f"{k('week ' + str(r.randint(2, 50)))} |",
        f"| 3 | Huisbezoek {w.addr()} | {ps[2].fn()} + {ps[3].fn()} | {k(ddate(r))} |",
    ]
    r.shuffle(acts)
    return "\n".join(
        [
            f"NOTULEN {k('casusoverleg')} {k(w.town.upper())} — {k(ddate(r, True))}",
            f"Aanwezig: {att}",
            f"Afwezig m.k.: {abs_}",
            f"Notulist: {w.person().initials()}",
            "",
            f"1. Opening en mededelingen. {ps[0].sn()} meldt dat de {k(w.scheme)} per {k('1 januari 2027')} wijzigt.",
            f"2. Casus {R.full()}: {R.pron} heeft sinds {k(r.choice(MONTHS))} geen inkomen. {ps[1].sn()} en "
            f"{ps[2].sn()} verschillen van mening over de aanpak.",
            "",
            "Actielijst",
            "| nr | actie | wie | wanneer |",
            "|----|-------|-----|---------|",
            *acts,
        ]
    )


def mx_forum(d: Doc, w: World) -> str:
    r, k = d.r, w.k
    R, S, T = w.person(), w.person(), w.person()
    handle = d.p(
        ascii_fold(R.first.split()[0].lower())
        + r.choice(["_", ".", ""])
        + ascii_fold(re.sub(r"[ '\-]", "", R.sur.lower()))[:5]
        + str(r.randint(1, 99))
    )
    posts = [
        f"{handle} schreef op {k(ddate(r))}:\nweet iemand hoe lang {k(w.dept)} in {k(w.town)} doet over "
        f"{k(w.scheme)}?? al {r.randint(9, 20)} weken niks gehoord. #{k(w.town.lower())} #{k('wmo')}",
        f"@{handle} bij ons duurde het ook eeuwig. Vraag naar {S.full()}, die is echt goed. Of bel {k(w.n14)}",
        f"Reactie van {T.fn()} {T.sn()[:1]}.: @{S.full()} is toch met pensioen? ik kreeg {k('vorige week')} iemand "
        f"anders",
        f"{S.lower()} ja {S.lower()} is er nog hoor, zag {S.lower()} {k('dinsdag')} nog in het {k('Stadskantoor')}",
        f"@{k('gemeente' + w.town.lower())} waarom duurt dit zo lang, {R.full()} wacht al maanden #{k('schandalig')}",
    ]
    return "\n\n".join(r.sample(posts, r.randint(3, 5)))


def mx_note(d: Doc, w: World) -> str:
    r, k = d.r, w.k
    R, O = w.person(), w.person()
    return f"[transcriptie handgeschreven notitie, {k(ddate(r))}]\n" + "\n".join(
        r.sample(
            [
                f"belde: {R.title()} -> wil terugbelverzoek, tel {R.tel()} (na 15u)",
                f"adres: {w.addr()} [?] {w.postc()}",
                f"geb. {w.dob()} — klopt met {k('BRP')}?",
                f"zaak {w.caseno()} ligt bij {O.initials()} ({k(w.dept)}) [onleesbaar]",
                f"!! dochter {w.person(female=True).fn()} komt mee naar gesprek",
                f"{k('bijz. bijstand')} aangevraagd, bedrag {k(r.choice(AMOUNTS))} [doorgestreept: {k('€ 500')}]",
            ],
            r.randint(4, 6),
        )
    )


OCR_WORDS = [
    "gemeente",
    "beschikking",
    "aanvraag",
    "bijzondere",
    "toekenning",
    "inkomsten",
    "ondersteuning",
    "voorziening",
    "bezwaarschrift",
    "belanghebbende",
    "afwijzing",
    "terugvordering",
]


def hyph(r: random.Random, w: str) -> str:
    c = r.randint(3, len(w) - 3)
    return w[:c] + r.choice(["-\n", "- ", "¬\n"]) + w[c:]


def mx_ocr(d: Doc, w: World) -> str:
    r, k = d.r, w.k
    R, O = w.person(), w.person()
    ws = r.sample(OCR_WORDS, 4)
    return "\n".join(
        [
            f"{k('GEMEENTE ' + w.town.upper())}   |  {k('Postbus ' + str(r.randint(100, 99999)))}",
            f"{R.caps()}",
            f"{w.addr()}",
            f"{w.postc()}  {k(w.town.upper())}",
            "",
            f"Ons kenmerk: {w.caseno()}     Datum: {k(ddate(r))}",
            f"Betreft: {hyph(r, ws[0])} {k(w.scheme)}",
            "",
            f"Geachte {R.title()},",
            f"Op {k(ddate(r))} ontvingen wij uw {hyph(r, ws[1])}. U bent ge-",
            f"boren op {w.dob(r.choice([0, 1, 3, 4]))}. Wij hebben uw {hyph(r, ws[2])} be~oordeeld . ,",
            f"Het bedrag wordt overgemaakt op {d.p(iban(r, 'NL'), 'IBAN')} t.n.v. {R.initials()}.",
            "",
            f"Hoogachtend, |  ' {O.initials()}",
            f"{k(r.choice(FUNCTIONS))} {hyph(r, ws[3])}",
        ]
    )


def mx_nonnative(d: Doc, w: World) -> str:
    r, k = d.r, w.k
    R = w.person(
        origin=r.choice(
            [
                "moroccan",
                "turkish",
                "syrian",
                "eritrean",
                "somali",
                "afghan",
                "polish",
                "ukrainian",
                "bulgarian",
                "romanian",
                "west_african",
            ]
        )
    )
    O = w.person()
    return r.choice(
        [
            f"goedendag meneer mevrouw, mijn naam is {R.full()}. ik heb brief gekrijgen van gemeente "
            f"{k(w.town)} maar ik "
            f"begrijp niet. ik woon {w.addr()} sinds {r.randint(2015, 2025)}. mijn geboorte is {w.dob()}. alsjeblieft "
            f"bellen mij {R.tel()}. dank u wel {R.fn()}",
            f"Hallo, ik ben de zus van {R.full()}. {cap(R.pron)} spreek geen goed Nederlands. {cap(R.pron)} "
            f"heeft {k(w.scheme)} vraag maar "
            f"{O.title()} zegt wacht. Hoe lang wacht? Het nummer van zaak is {w.caseno()}. Groeten",
            f"beste, {R.title()} hier. vorige maand ik betaal {k(r.choice(AMOUNTS))} maar nu weer brief. mijn rekening "
            f"{d.p(iban(r), 'IBAN')}. wat moet ik doen? ik heb kinderen drie. {R.fn()}",
        ]
    )


MIX_PHRASES = {
    "english": ["honestly no idea what they want", "can you please call me back", "thanks a lot"],
    "turkish": ["çok teşekkür ederim", "inşallah bu hafta", "ne yapacağımı bilmiyorum"],
    "arabic": ["alhamdulillah", "wallahi ik heb alles gestuurd", "inshallah komt het goed"],
    "papiamento": ["mi ta kansá", "danki hopi", "kon ta bai"],
    "polish": ["nie wiem co robić", "dziękuję bardzo", "proszę o pomoc"],
}


def mx_codemix(d: Doc, w: World) -> str:
    r, k = d.r, w.k
    lang = r.choice(list(MIX_PHRASES))
    origin = {
        "english": None,
        "turkish": "turkish",
        "arabic": "moroccan",
        "papiamento": "antillean",
        "polish": "polish",
    }[lang]
    R, F = w.person(origin=origin), w.person(origin=origin)
    ph = r.sample(MIX_PHRASES[lang], 2)
    return r.choice(
        [
            lambda: (
                f"Hoi, met {R.fn()} {R.sn()}. {cap(k(ph[0]))}, de {k(w.scheme)} is weer gestopt. "
                f"Mijn {k(rel(F))} {F.fn()} zegt dat ik moet bellen naar {k(w.n14)}, {k(ph[1])}. "
                f"Het zaaknummer is {w.caseno()} en mijn mail is {R.mail()}."
            ),
            lambda: (
                f"Geachte gemeente, {k(ph[0])}... ik ben {R.full()}, wonend {w.addr()} {w.postc()}. "
                f"Sinds {k(r.choice(MONTHS))} geen {k(w.scheme)}. {F.title(True)} van hiernaast zegt: "
                f"'{k(ph[1])}'. Telefoon {R.tel()}. Groet, {R.initials()}"
            ),
            lambda: (
                f"Re: afspraak {k(ddate(r))}\n\n{cap(k(ph[0]))}! {F.fn()} kan niet mee, dus ik kom met mijn "
                f"{k(rel(R))}. Birth date for the form: {w.dob(9)}. Zaak {w.caseno()}.\n{R.fn()} {R.sn()}"
            ),
        ]
    )()


def mx_vcard(d: Doc, w: World) -> str:
    r, k = d.r, w.k
    R = w.person()
    first_item = d.p(R.first)
    sur_item = d.p(R.alone)
    part = " ".join(x for x in R.sur.split() if x.lower() in PARTICLES)
    core = " ".join(x for x in R.sur.split() if x.lower() not in PARTICLES)
    core = d.p(core) if core else ""
    lines = [
        "BEGIN:VCARD",
        "VERSION:3.0",
        f"N:{core};{first_item};{part};;",
        f"FN:{R.full()}",
        f"TEL;TYPE=cell:{R.tel()}",
        f"EMAIL;TYPE=home:{R.mail()}",
        f"ADR;TYPE=home:;;{w.addr()};{k(w.town)};;{w.postc()};NL",
    ]
    if r.random() < 0.7:
        lines.append(f"BDAY:{w.dob(r.choice([5, 8]))}")
    lines.append(f"NOTE:{k('cliënt')} {k(w.dept)}, {k('zaak')} {w.caseno()}")
    lines.append("END:VCARD")
    del sur_item
    return "\n".join(lines)


def mx_ical(d: Doc, w: World) -> str:
    r, k = d.r, w.k
    R, O = w.person(), w.person()
    dom = w.town.lower() + ".nl"
    x = today_like(r)
    return "\n".join(
        [
            "BEGIN:VCALENDAR",
            "BEGIN:VEVENT",
            f"DTSTART:{x.year}{x.month:02d}{x.day:02d}T{r.randint(8, 16):02d}0000",
            f"SUMMARY:{r.choice(['Huisbezoek', 'Keukentafelgesprek', 'Hoorzitting'])} {R.title()}",
            f"LOCATION:{w.addr()}\\, {k(w.town)}",
            f"ORGANIZER;CN={O.full()}:mailto:{O.mail(False, dom)}",
            f"ATTENDEE;CN={R.full()};ROLE=REQ-PARTICIPANT:mailto:{R.mail()}",
            f"DESCRIPTION:{k(w.scheme)} - {k('dossier')} {w.caseno()}\\nTel. {R.tel()}",
            "END:VEVENT",
            "END:VCALENDAR",
        ]
    )


def mx_html(d: Doc, w: World) -> str:
    r, k = d.r, w.k
    R, O = w.person(), w.person()
    if r.random() < 0.5:
        return (
            f'<table class="overzicht">\n<tr><th>Naam</th><th>Geboortedatum</th><th>Telefoon</th>'
            f"<th>Behandelaar</th></tr>\n<tr><td>{R.full()}</td><td>{w.dob(r.choice([1, 3, 5]))}</td>"
            f'<td>{R.tel()}</td><td>{O.initials()}</td></tr>\n</table>\n<p>Zie ook <a href="/zaken/{w.caseno()}">'
            f"zaak {R.sn()}</a> — {k(w.dept)}, {k(w.town)}.</p>"
        )
    return (
        f'<div class="brief"><p>Beste <strong>{R.title()}</strong>,</p>\n'
        f'<p>Uw aanvraag voor de <em>{k(w.scheme)}</em> (<span class="kenmerk">{w.caseno()}</span>) is '
        f"ontvangen op {k(ddate(r))}.</p>\n<ul><li>Adres: {w.addr()}</li><li>Postcode: {w.postc()}</li>"
        f'<li>Geboren: {w.dob()}</li></ul>\n<p>Vragen? Mail <a href="mailto:{O.mail(False, w.town.lower() + ".nl")}'
        f'">{O.full()}</a> of bel {k(w.n14)}.</p></div>'
    )


def mx_log(d: Doc, w: World) -> str:
    r, k = d.r, w.k
    lines = []
    x = today_like(r)
    for _ in range(r.randint(4, 7)):
        P = w.person()
        user = d.p(ascii_fold(P.first[0].lower() + "." + re.sub(r"[ '\-]", "", P.sur.lower())))
        t = f"{x.isoformat()}T{r.randint(7, 18):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z"
        R = w.person()
        lines.append(
            r.choice(
                [
                    f"{t} INFO  user={user} action=view case={d.p(case_no(r), 'CASE_NUMBER')}",
                    f'{t} WARN  user={user} export subject="{R.full()}" bsn={d.p(bsn(r), "BSN")}',
                    f"{t} INFO  mail.sent to={R.mail()} template={k('ontvangstbevestiging')}",
                    f"{t} ERROR sms.failed msisdn={d.p(phone(r), 'PHONE')} reason=timeout",
                    f'{t} INFO  user={user} updated address="{d.p(street(r) + " " + housenr(r), "ADDRESS")}"',
                ]
            )
        )
    return "\n".join(lines)


def mx_tsv(d: Doc, w: World) -> str:
    r, k = d.r, w.k
    rows = ["naam\tgeboortedatum\tadres\tpostcode\ttelefoon\tregeling"]
    for _ in range(r.randint(3, 6)):
        w2 = World(d)
        w2.avoid = w.avoid
        P = w2.person()
        rows.append(
            "\t".join(
                [
                    r.choice([P.full, P.initials, P.surname_first])(),
                    w2.dob(r.choice([1, 3, 5, 4])),
                    w2.addr(),
                    w2.postc(),
                    P.tel(),
                    k(w2.scheme),
                ]
            )
        )
    return "\n".join(rows)


def mx_fixed(d: Doc, w: World) -> str:
    r, k = d.r, w.k
    rows = [f"{'NAAM':<28}{'KENTEKEN':<12}{'ZAAK':<18}{'BEDRAG':>12}"]
    for _ in range(r.randint(3, 6)):
        P = w.person()
        nm = r.choice([P.full, P.caps, P.initials])()
        rows.append(
            f"{nm:<28}{d.p(plate(r), 'LICENSE_PLATE'):<12}{d.p(case_no(r), 'CASE_NUMBER'):<18}"
            f"{k(r.choice(AMOUNTS)):>12}"
        )
    return f"{k('Overzicht naheffingen')} {k(w.town)}\n" + "\n".join(rows)


def mx_form(d: Doc, w: World) -> str:
    r, k = d.r, w.k
    R, C = w.person(), w.person()
    part = " ".join(x for x in R.sur.split() if x.lower() in PARTICLES)
    core = " ".join(x for x in R.sur.split() if x.lower() not in PARTICLES)
    lines = [
        f"formulier={k('verzoek-tot-afstemming')} ingediend={k(ddate(r))}",
        f"q1_voornaam={d.p(R.first)}",
        f"q2_tussenvoegsel={part}",
        f"q3_achternaam={d.p(core)}",
        f"q4_geboortedatum={w.dob(r.choice([1, 3, 5]))}",
        f"q5_bsn={d.p(bsn_form(r), 'BSN')}",
        f"q6_straat_huisnummer={w.addr()}",
        f"q7_postcode={w.postc()}",
        f"q8_telefoon={R.tel()}",
        f"q9_email={R.mail()}",
        f"q10_contactpersoon={C.full()} ({k(rel(C))})",
        f'q11_toelichting="{R.fn()} wacht op {k(w.scheme)} sinds {k(r.choice(MONTHS))}; {k("kenmerk")} {w.caseno()}"',
    ]
    if not part:
        lines.remove("q2_tussenvoegsel=")
    return "\n".join(lines)


def mx_social(d: Doc, w: World) -> str:
    r, k = d.r, w.k
    R, S = w.person(), w.person()
    return r.choice(
        [
            f"{R.full()} · {r.randint(2, 23)} u\nSchande dit. Mijn buurman {S.full()} moet al {r.randint(3, 12)} "
            f"maanden wachten op een {k('traplift')}. Tag {k('@gemeente' + w.town)} #{k('wmo')} #{k(w.town.lower())}\n"
            f"  ↳ {S.fn()}: dank je {R.lower()} ❤️",
            f"@{S.full()} heb je mijn DM gezien? Het gaat over {R.poss()} huis op de {w.street_only()}. "
            f"#{k('huurcommissie')}",
            f"RT {k('@' + w.town.lower() + '_nieuws')}: Wethouder opent nieuw {k('wijkcentrum')}\n{R.fn().upper()} "
            f"{R.sn().upper()}: eerst mijn {k(w.scheme)} regelen aub",
        ]
    )


MIXED = [
    mx_transcript,
    mx_minutes,
    mx_forum,
    mx_note,
    mx_ocr,
    mx_nonnative,
    mx_codemix,
    mx_vcard,
    mx_ical,
    mx_html,
    mx_log,
    mx_tsv,
    mx_fixed,
    mx_form,
    mx_social,
]


def mixed_doc(r: random.Random, i: int) -> dict:
    d = Doc(r)
    w = World(d)
    fn = MIXED[i % len(MIXED)]
    return d.out(f"h9-mixed-{i:03d}", fn(d, w))


def articles_doc(r: random.Random, i: int) -> dict:
    return [article_kb, article_links, article_learning, article_quarter, article_writeup, article_kb][i % 6](r, i)


def mail_doc(r: random.Random, i: int) -> dict:
    return [mail_reply_chain, mail_forward, mail_ooo, mail_outlook, mail_toppost, mail_deep][i % 6](r, i)


# -------------------------------------------------------------------------------------------------------------- gate
def gate(d: dict, known: bool = False) -> str | None:
    """None when ``d`` passes every quality gate, else the reason."""
    try:
        SCORE.check_doc(d)
    except AssertionError as e:
        return f"check_doc {e}"
    for it in d["pii"]:
        if it["label"] not in LABELS:
            return f"label {it}"
        if it["label"] == "BSN" and not bsn_ok(it["text"]):
            return f"bsn {it}"
        if it["label"] == "IBAN" and not iban_ok(it["text"]):
            return f"iban {it}"
    words = lambda s: {x for x in re.findall(r"\w+", s.lower()) if len(x) > 1 and x not in PARTICLES}  # noqa: E731
    names = set().union(*[words(it["text"]) for it in d["pii"] if it["label"] == "PERSON"] or [set()])
    if not known:
        for kw in d["keep"]:
            if words(kw) & names:
                return f"keep {kw!r} shares a word with a name"
        return None
    if "known" not in d:
        return "known missing"
    kwords = set().union(*[words(n) for n in d["known"]["names"]])
    ok = [x for x in kwords if x in names and any(x in words(kw) for kw in d["keep"])]
    return None if ok else "known word not both name and kept"


FILES = [
    ("holdout9_articles.jsonl", articles_doc, 300, False),
    ("holdout9_mail.jsonl", mail_doc, 250, False),
    ("holdout9_known.jsonl", known_doc, 150, True),
    ("holdout9_mixed.jsonl", mixed_doc, 300, False),
]


def generate(verbose: bool = True) -> dict[str, list[dict]]:
    out = {}
    for name, fam, n, known in FILES:
        docs, redraws = [], 0
        for i in range(n):
            r = random.Random(f"{SEED}:{name}:{i}")
            for _attempt in range(500):
                doc = fam(r, i)
                if gate(doc, known) is None:
                    break
                redraws += 1
            else:
                raise SystemExit(f"{name} {i}: no passing draw ({gate(doc, known)})")
            docs.append(doc)
        out[name] = docs
        if verbose:
            lab: dict[str, int] = {}
            for doc in docs:
                for it in doc["pii"]:
                    lab[it["label"]] = lab.get(it["label"], 0) + 1
            print(
                f"{name}: {len(docs)} docs, {sum(lab.values())} pii, {sum(len(x['keep']) for x in docs)} keep, "
                f"{redraws} redraws; " + ", ".join(f"{k} {v}" for k, v in sorted(lab.items()))
            )
    return out


def dump(docs: list[dict]) -> str:
    return "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in docs)


def _parts(s: str) -> set[str]:
    return {x for x in re.findall(r"[\w']+", s.lower()) if len(x) > 1 and x not in PARTICLES}


def audit() -> None:
    """Overlap counts (never texts) of this corpus's name parts and streets with every other corpus."""
    out = generate(verbose=False)
    others = [p for p in sorted((ROOT / "tests/anonymizer").rglob("*.jsonl")) if HERE not in p.parents]
    shared = sorted((ROOT.parent / "shared/data").rglob("*.jsonl"))
    texts: list[str] = []
    person_words: set[str] = set()
    dev_person_words: set[str] = set()
    for p in others + shared:
        for line in p.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            o = json.loads(line)
            texts.append(o.get("text", ""))
            names = [it["text"] for it in o.get("pii", []) if it.get("label") == "PERSON"]
            names += (o.get("known") or {}).get("names", [])
            for n in names:
                person_words |= _parts(n)
                if p in shared:
                    dev_person_words |= _parts(n)
    bag = set(re.findall(r"[\w']+", "\n".join(texts).lower()))
    blob = "\n".join(texts).lower()
    firsts = set().union(*[_parts(p.first) for p in PEOPLE])
    surs = set().union(*[_parts(p.sur) for p in PEOPLE]) - firsts
    items = {it["text"] for docs in out.values() for d in docs for it in d["pii"] if it["label"] == "PERSON"}
    fresh = sum(1 for t in items if not _parts(t) & person_words)
    st = set(USED_STREETS)
    kw = {x[0].lower() for x in KNOWN_WORDS}
    print(f"other corpora: {len(others) + len(shared)} ({len(shared)} shared dev files)")
    print(
        f"first-name parts: {len(firsts)}; anywhere in them: {len(firsts & bag)}; "
        f"as a name: {len(firsts & person_words)}"
    )
    print(f"surname parts: {len(surs)}; anywhere in them: {len(surs & bag)}; as a name: {len(surs & person_words)}")
    print(f"distinct PERSON items: {len(items)}; with no part seen as a name elsewhere: {fresh}")
    print(f"streets: {len(st)}; occurring in them: {sum(1 for x in st if x.lower() in blob)}")
    print(
        f"known-file name words: {len(kw)}; as a name in the shared dev files: {len(kw & dev_person_words)}; "
        f"as a name in any other corpus: {len(kw & person_words)}"
    )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--audit", action="store_true")
    a = ap.parse_args()
    if a.audit:
        audit()
        return
    out = generate()
    if a.check:
        bad = [n for n, docs in out.items() if not (HERE / n).exists() or (HERE / n).read_text("utf-8") != dump(docs)]
        if bad:
            print("differ:", ", ".join(bad))
            sys.exit(1)
        print("committed files match the generator")
        return
    for n, docs in out.items():
        (HERE / n).write_text(dump(docs), encoding="utf-8")
        print(f"wrote {n}")


if __name__ == "__main__":
    main()
