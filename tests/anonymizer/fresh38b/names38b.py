"""Name material for fresh38b: first names and surname parts of origin groups present in the Dutch population.

Most surnames (and some first names) are composed from origin-typical parts, so that they are on no common list.
A group is (male first names, female first names, surname prefixes, stems, endings, female endings or None).
"""

from __future__ import annotations

import unicodedata

PARTICLES_NL = ["van", "van de", "van der", "van den", "de", "ter", "ten", "van 't", "in 't", "op den", "van het", "te"]

GROUPS: dict[str, tuple] = {
    "dutch": (
        "Bram Joost Sander Wouter Gijs Thijs Jeroen Maarten Koen Rutger Teun Hidde",
        "Sanne Marloes Ilse Femke Lieke Anouk Esther Marieke Janneke Floor Noortje Guusje",
        [""],
        "Hoog Brink Kamp Veen Wester Mol Steen Ooster Vliet Zand Holt Berk Eek Kool Wind Ploeg Rie Voor",
        "huis man kamp ink veld meijer hof erink broek horst beek schot",
        None,
    ),
    "dutch_particle": (
        "Pieter Hendrik Diederik Laurens Job Floris Sjors Olivier Casper Willem",
        "Margriet Hester Jacoba Merel Fleur Roosmarijn Charlotte Emma Isabel Lotte",
        ["@"],
        "Hoog Brink Kamp Veen Wester Mol Steen Ooster Vliet Zand Holt Berk Eek Ham Lin Akker Wey",
        "huizen man kamp inga veld meer hof donk broek horst beek rode",
        None,
    ),
    "frisian": (
        "Sjoerd Tjeerd Hylke Wiebe Jelle Auke Sietse Feike Durk Rintje Oebele Wybren",
        "Sjoukje Tjitske Froukje Hiske Jeltje Baukje Aukje Tietje Wytske Akke Romkje Sytske",
        [""],
        "Hoek Wier Dijk Hylk Bouw Rinsk Feik Tjall Hoit Jelm Oost Harm Sikk Wyng Jorr Atsm",
        "stra sma inga ema ga enga",
        None,
    ),
    "moroccan": (
        "Youssef Mohamed Karim Bilal Hamza Soufiane Mourad Rachid Anouar Ilias Nordin Zakaria",
        "Fatima Naima Samira Khadija Houda Siham Loubna Nadia Imane Zineb Hafsa Ikram",
        ["El ", "Ben ", "Ait ", "Bou", ""],
        "Khatt Haddou Amr Idriss Mouss Azz Bakk Zaho Tahir Ouar Chaib Mimoun Bouzz",
        "aoui ouchi ani i ouli adi ati",
        None,
    ),
    "turkish": (
        "Mehmet Emre Burak Murat Hakan Serkan Kerem Volkan Tolga Yusuf Oğuz Baran",
        "Ayşe Elif Zeynep Gülşen Esra Merve Derya Sevgi Nurcan Özlem Tuba Dilek",
        [""],
        "Kara Ak Öz Yıl Ay Çelik Demir Taş Er Gül Kaya Tun Ars Yal Kork",
        "dağ oğlu türk soy han yurt can başı maz göz tekin",
        None,
    ),
    "surinamese_hindustani": (
        "Rajesh Anil Sunil Ravi Vikash Dinesh Ashwin Navin Kiran Sandjai Radj Prem",
        "Shanti Radha Sarita Anita Kavita Reshma Nisha Priya Sunita Devika Sangita Asha",
        [""],
        "Ram Jagg Bal Mahab Ganp Soek Bhagw Rag Chot Kal Sew Pers Mang",
        "dhin oe singh ir at lal karan oebir ai dat",
        None,
    ),
    "surinamese_creole": (
        "Errol Ricardo Romeo Orlando Marciano Glenn Stanley Humphrey Clifton Roy Ferdinand Iwan",
        "Gracia Wendy Jennifer Marisca Sharon Ingrid Cheryl Romana Joyce Yvonne Gisela Ilona",
        [""],
        "Pin Lich Mac Wijn Kor Sam Fer Bran Ant Ama Kross Zeeg Lieu",
        "as tveld dona gaarde stam son rier dwijk ho ral ensie",
        None,
    ),
    "surinamese_javanese": (
        "Soekarman Sarmo Wagiman Slamet Joko Pardi Karijo Sardjo Rakim",
        "Sarmi Wartini Soemini Tini Ratmi Sriati Poniem Ngatini Siti",
        [""],
        "Soe Kar Sar Wong Ka Par Soeto Moe Sem Djo",
        "kimin tosen djo sosemito dimin ikromo inah redjo",
        None,
    ),
    "curacaoan": (
        "Jurandy Shurandy Gilbert Rignald Ruthsel Curtley Jeandro Dwayne Ergilio",
        "Shurella Jeanine Giselle Rosaly Xiomara Maritza Elvira Shanaira Jusmaira",
        [""],
        "Mart Fran Dou Koe Isen Ros Sil Cijn Gir Dan Jul Brat",
        "ina cisca glas iman ebia ario vania tje aldo iel ianna",
        None,
    ),
    "aruban": (
        "Ryan Edsel Evert Glenbert Ruben Mervin",
        "Ginella Shaira Rosabel Evelyn Jacqueline Sharine",
        [""],
        "Croe Werl Tromp Ras Kelk Lamp Geerm Odub Wev Arend",
        "s eman mijn er man ink",
        None,
    ),
    "polish": (
        "Piotr Tomasz Krzysztof Paweł Marek Łukasz Grzegorz Jakub Michał Wojciech",
        "Agnieszka Katarzyna Małgorzata Joanna Magdalena Ewa Monika Beata Dorota Aleksandra",
        [""],
        "Kowal Wiśniew Zielin Dąbrow Lewandow Kamin Szyman Wojcie Grabow Pawl Nowa Krawcz Jabłon",
        "ski czyk ak ewski owicz iak",
        {"ski": "ska", "ewski": "ewska"},
    ),
    "syrian": (
        "Ahmad Omar Khaled Mahmoud Hassan Bashar Firas Rami Tarek Samer",
        "Rasha Lina Hiba Reem Rana Dima Nour Sawsan Lama Ghada",
        [""],
        "Al-Hal Al-Kha Ham Shar Darw Mas Sabb Zahr Najj Qass",
        "abi tib wi ish ri agh ani ar",
        None,
    ),
    "eritrean": (
        "Tesfay Yonas Mebrahtu Dawit Filmon Mussie Semere Berhane Kibrom Habtom",
        "Senait Helen Saba Yohana Mebrat Feven Luwam Winta Selam Hiwet",
        [""],
        "Tes Gebre Haile Ber Mehr Kid Ghebre Wel Ab Tekle",
        "fay mariam selassie hane etab ane de raha zgi",
        None,
    ),
    "somali": (
        "Abdirahman Mahad Abdullahi Liban Mohamud Guled Yusuf Abdikarim",
        "Hodan Farhiya Sahra Ayaan Ifrah Hibo Nasra Fadumo",
        [""],
        "Warsa Ja Far Ab Hir Os Gul Ega Cila Jim",
        "me ma ah di si man eid ale cale",
        None,
    ),
    "chinese": (
        "Weiming Junhao Zhiwei Haoran Mingjie Qingfeng",
        "Xiaoling Jiayi Huiwen Yanhong Lanying Qinghua",
        [""],
        "Ch Zh W Y H X",
        "en ang ou u ian uang",
        None,
    ),
    "indonesian": (
        "Budi Agus Hendra Rudi Bambang Eko Yudi Adi",
        "Dewi Indah Wulan Ratna Putri Ayu Lestari Sri",
        [""],
        "Suh Wid Set Pur Kus Hart Sant Sur Wij Prab",
        "arto odo iawan nomo umo ono oso adi aya owo",
        None,
    ),
    "moluccan": (
        "Johannes Frans Benny Ronny Julius Izaak",
        "Wilhelmina Mientje Dora Tina Carla Josina",
        [""],
        "Latu Pattin Tuha Matu Leiwa Watti Sahu Tanasa",
        "pessy asarany hena lessy kotta mena ihu ale",
        None,
    ),
    "ghanaian": (
        "Kwame Kofi Yaw Kwabena Kwaku Kojo Kwasi Fiifi",
        "Akosua Ama Abena Afua Adwoa Yaa Esi Akua",
        [""],
        "Ofo Asa Boa Men Owu Agy Dar Adj Ant Ose",
        "ri nte teng sah su ei ko wi mang",
        None,
    ),
    "nigerian": (
        "Chinedu Emeka Oluwaseun Tunde Ikenna Obinna",
        "Ngozi Chiamaka Funmilayo Adaeze Folake Nkechi",
        [""],
        "Okon Ade Obi Oka Olu Eze Nwo Ogun",
        "kwo yemi ora for wole chukwu sanya leye",
        None,
    ),
    "german": (
        "Jürgen Matthias Stefan Tobias Florian Uwe Dirk Lukas",
        "Katrin Sabine Anja Birgit Ulrike Jana Heike Franziska",
        [""],
        "Schwarz Krüg Hof Wein Leh Brau Eich Stein Fuchs Ober",
        "er mann berger ner hoff bauer",
        None,
    ),
    "flemish": (
        "Wout Jens Pieter-Jan Koenraad Stijn Brecht Jonas",
        "Leen Katrien Griet Hanne Elke Ine Sofie",
        ["Van ", "De ", "Ver", "Van den ", ""],
        "Damm Smedt Cruyss Poel Meersch Hoorn Broeck Wauw Hul",
        "e ens aert",
        None,
    ),
    "british": (
        "Oliver James Harry George Callum Liam",
        "Charlotte Emily Sophie Hannah Chloe Megan",
        [""],
        "Ash Whit Black Cart Thorn Wood Fair Brad",
        "worth field burn wright ton ley ford shaw",
        None,
    ),
    "iraqi": (
        "Haider Mustafa Hussein Ammar Sajjad Muntadher",
        "Zahraa Maryam Shahad Ruqaya Aseel Tabarak",
        [""],
        "Al-Jab Al-Obai Al-Sa Kad Jaaf Al-Mus",
        "ouri di ady hem ari awi",
        None,
    ),
    "afghan": (
        "Farid Wahid Naveed Jawed Mirwais Zabihullah",
        "Fereshta Zarghona Laila Nazia Shabnam Mursal",
        [""],
        "Ahmad Nour Kar Pop Haq Sa Mo Raz",
        "zai zada imi al ani bar mand",
        None,
    ),
    "iranian": (
        "Reza Dariush Kourosh Babak Farhad Arash",
        "Shirin Parisa Nasrin Mahnaz Roya Golnar",
        [""],
        "Mo Ra Ka Na Sa Jaf Tehr Hossein",
        "hammadi himi zemi deri ari pour zadeh",
        None,
    ),
    "cape_verdean": (
        "Nelson Jailson Edson Adilson Osvaldo Arlindo",
        "Dulce Nilza Eunice Jandira Marisa Lurdes",
        [""],
        "Tav Mon Fons Sem Var Lop Rodr Gom",
        "ares teiro eca edo ela es igues",
        None,
    ),
    "portuguese": (
        "João Rui Tiago Nuno Duarte Gonçalo",
        "Inês Joana Catarina Mariana Beatriz Leonor",
        [""],
        "Ferr Per Rib Alm Carv Mour Pint Sous",
        "eira eiro eida alho ão inho",
        None,
    ),
    "spanish": (
        "Javier Alejandro Sergio Álvaro Pablo Iñigo",
        "Lucía Carmen Marta Nerea Ainhoa Rocío",
        [""],
        "Fern Gonz Rodr Mart Sanch Jim Alv Dom",
        "ández ález íguez ínez énez arez",
        None,
    ),
    "italian": (
        "Giuseppe Marco Davide Matteo Lorenzo Alessio",
        "Giulia Chiara Francesca Federica Valentina Ilaria",
        [""],
        "Ross Bian Esposit Ricc Marin Colomb Brun Fontan",
        "i o ello ucci etti ari",
        None,
    ),
    "bulgarian": (
        "Georgi Dimitar Nikolay Stoyan Todor Plamen",
        "Desislava Tsvetelina Radostina Gergana Milena Boryana",
        [""],
        "Petr Dimitr Georgi Stoy Tod Nikol Angel Hrist",
        "ov ev",
        {"ov": "ova", "ev": "eva"},
    ),
    "romanian": (
        "Andrei Mihai Bogdan Florin Cătălin Sorin",
        "Ioana Alina Roxana Elena Mădălina Corina",
        [""],
        "Pop Rad Ion Stan Dumitr Const Mărg Vas",
        "escu eanu ică ache iu",
        None,
    ),
    "hungarian": (
        "Gábor László Zoltán Attila Bence Levente",
        "Zsófia Katalin Eszter Réka Orsolya Bernadett",
        [""],
        "Nagy Kov Szab Tót Horv Var Kis Fark",
        "ács ó áth ga as",
        None,
    ),
    "ukrainian": (
        "Oleksandr Andriy Dmytro Serhiy Taras Bohdan",
        "Olena Iryna Oksana Nataliya Yuliya Halyna",
        [""],
        "Shev Kovalen Bond Tkach Kravch Moroz Lys Hryts",
        "chenko ko arenko uk enko yuk",
        None,
    ),
    "vietnamese": (
        "Minh Tuan Hung Quang Duc Thanh",
        "Huong Linh Thao Ngoc Trang Phuong",
        [""],
        "Ngu Tr Ph Ho Ph Vu Da Bu",
        "yen an am ang ong",
        None,
    ),
    "indian": (
        "Arjun Rohit Vikram Siddharth Karthik Pranav",
        "Ananya Divya Lakshmi Pooja Shreya Kavya",
        [""],
        "Krishna Venkat Subra Raghu Nara Sriniv",
        "murthy raman manian nathan simhan asan",
        None,
    ),
    "brazilian": (
        "Thiago Rafael Gustavo Leandro Caio Diego",
        "Larissa Fernanda Camila Juliana Bianca Tainá",
        [""],
        "Olive Sant Nasc Barb Cost Lim Mend Araúj",
        "ira os imento osa a es o",
        None,
    ),
    "egyptian": (
        "Mostafa Amr Tamer Sherif Hazem Wael",
        "Yasmin Heba Dina Salma Rania Nermeen",
        ["Abdel ", "El-", ""],
        "Aziz Fatt Rahm Sal Ham Ghaff Moneim Shaf",
        "ah an am id ar i",
        None,
    ),
    "pakistani": (
        "Imran Usman Faisal Asif Kamran Tariq",
        "Ayesha Sana Hina Mehwish Saima Rabia",
        [""],
        "Chaud Qur Sidd Mal Rash Aw Mirz Bhatt",
        "hry eshi iqui ik id an a i",
        None,
    ),
}


def asciify(s: str) -> str:
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def make_name(r, group: str, gender: str, surname_base: tuple | None = None):
    """(first, particle, last, base) for ``group``; ``surname_base`` reuses a family's surname material."""
    males, females, prefixes, stems, ends, fem = GROUPS[group]
    first = r.choice((males if gender == "m" else females).split())
    if surname_base is None:
        pre = r.choice(prefixes)
        surname_base = (
            pre,
            r.choice(stems.split()),
            r.choice(ends.split()),
            r.choice(PARTICLES_NL) if pre == "@" else "",
        )
    pre, stem, end, particle = surname_base
    if fem and gender == "f" and end in fem:
        end = fem[end]
    if pre == "@":
        last = stem + end
    elif pre.endswith((" ", "-")):
        last = pre + stem + end
    else:
        last = (pre + stem.lower() + end) if pre else stem + end
    return first, particle, last, surname_base
