"""Name parts, streets, keep words and the known file's word-names of holdout13 (standard library only)."""

from __future__ import annotations

# origin: m first names | f first names | surname prefixes | surname suffixes | particles (";" separated, "" = none)
# A suffix written "a/b" is male/female (a is used for men, b for women).
ORIGINS = """
nl|Gerrit,Hendrik,Wouter,Sjaak,Teun,Ruben|Ineke,Marloes,Femke,Joke,Hanneke,Tineke|Brom,Hoev,Wester,Stoff,Kerk,Olde,Ruyg,Bleek,Haver,Leem|kamp,ink,mans,beek,horst,weg,enga,ers,ing,hof|
nlp|Maarten,Joost,Pieter,Kees,Bart,Floris|Annemiek,Carolien,Wendela,Marijke,Liesbeth,Gonnie|Wester,Hoog,Zand,Brom,Oost,\
Holt,Lier,Mol,Veld,Hul|beek,kamp,huizen,voort,dorp,loo,werf,broek,laar,\
rijt|van;van der;van den;de;ter;ten;van 't;in 't;op den;van het;te
fy|Sjoerd,Wybren,Jelle,Tjeerd,Hidde|Sytske,Wytske,Aukje,Tjitske,Geeske|Hylk,Wiers,Byl,Feik,Sjaard,Tjall,Rinz|stra,ema,inga,sma,enga,ma|
lb|Sjef,Harrie,Jo,Lei,Twan|Mia,Truus,Lieske,Door,Netje|Coum,Hoeb,Schrijn,Lemm,Vleug,Kirch,Bemm|ans,en,ers,emakers,mans,x|
vl|Wannes,Jorre,Lieven,Stijn,Brecht|Griet,Lien,Fien,Ilse,Katrien|Verstr,Goos,Claeys,Maert,Wuyt,Baet,Vercr|aete,ens,eghem,aert,ynck,elde|De;Van;Vanden;Vande;Vander;D'
ma|Youssef,Hamza,Bilal,Mourad,Karim|Fatima,Khadija,Houda,Nadia,Soukaina|Amr,Bouz,Ouahr,Hadd,Azz,Tahr,Chakr|ani,ouchi,iti,ach,aoui,ouni|El;Ben;Ait;Bou
tr|Mehmet,Emre,Serkan,Yusuf,Oğuz|Ayşe,Elif,Büşra,Gülsen,Zeynep|Yıl,Kara,Ak,Öz,Çel,Kork,Tun|maz,taş,doğan,soy,men,alp,gün|
ku|Berzan,Rêber,Dilovan,Azad|Rojda,Hêvî,Berfîn,Zîlan|Bar,Zan,Ser,Hes,Bot|zani,hildan,ko,anî,ik|
sh|Rakesh,Sunil,Dinesh,Ravi|Sarita,Anjali,Kavita,Shanti|Ram,Jag,Bis,Mah,Sew|sing,oe,essar,abier,naraïn,dat|
cr|Marvin,Romano,Clyde,Errol|Sherida,Ingrid,Gracia,Sharona|Fran,Lie,Zeb,Ame,Kof|ken,veld,ra,ling,fort|
jv|Sarmo,Wagimin,Soekarjo,Pardi|Sriwati,Sumirah,Ngatini,Poniem|Kar,Sop,Sem,Mar,Kro|ijo,awiro,dikromo,ngoen,isman|
an|Shurandy,Jurgen,Giovanni,Ruthsel|Shaquira,Natasja,Mayra,Giselle|Mart,Isen,Bern,Rosar,Cecil|ina,ia,abela,io,ario|
mo|Johannes,Dominggus,Ruben,Izaak|Femmy,Christina,Wilhelmina,Beatrix|Latu,Mah,Tuan,Sah,Waat|hihin,ulette,akotta,ubessy,ella|
id|Budi,Agus,Wahyu,Dedi|Wulan,Sari,Dewi,Ratna|Sur,Wid,Prab,Hart,Sus|yanto,odo,owo,ati,ilo|
zh|Wei,Jun,Hao,Ming|Mei,Ling,Xiu,Yan|Zh,Li,Ts,Kw,Ye|ou,ang,e,ok,ung|
vn|Minh,Tuan,Duc,Quang|Lan,Huong,Thu,Ngoc|Ngu,Tr,Ph,Ho,D|yen,an,am,ang,inh|
pl|Tomasz,Krzysztof,Paweł,Grzegorz,Łukasz|Agnieszka,Małgorzata,Katarzyna,Joanna,Ewelina|Kowal,Nowa,Wiś,Zieliń,Grab,Dąbr,Wójc|ski/ska,czyk,ak,owski/owska,ewicz|
ro|Mihai,Ionuț,Florin,Andrei|Ioana,Mădălina,Oana,Roxana|Popes,Ionesc,Dumitr,Stănc,Radul|cu,escu,ache,oiu,eanu|
bg|Georgi,Dimitar,Stoyan,Ivaylo|Desislava,Milena,Tsvetelina,Radka|Petr,Dimitr,Stoyan,Kolev,Hrist|ov/ova,ev/eva,ski/ska|
ua|Oleksandr,Taras,Bohdan,Mykola|Oksana,Iryna,Nataliya,Halyna|Shevch,Bondar,Kovalen,Tkach,Moroz|enko,chuk,yshyn,iuk|
lt|Mindaugas,Tomas,Darius,Rimas|Rūta,Agnė,Jurgita,Eglė|Kazl,Petr,Jank,Stank,Bal|auskas/auskienė,evičius/evičienė,aitis/aitienė|
cz|Jiří,Ondřej,Lukáš,Vojtěch|Kateřina,Lenka,Zuzana,Markéta|Nov,Dvoř,Svob,Kuč,Procház|ák/áková,ek/ková,ka/ková|
ba|Emir,Adnan,Haris,Mirza|Amela,Lejla,Selma,Aida|Hodž,Beg,Mehm,Kara,Hals|ić,ović,agić,ković|
al|Arben,Besnik,Driton,Ilir|Arta,Blerta,Drita,Vjosa|Kras,Berish,Gash,Hox,Mus|niqi,a,aj,olli,iu|
gr|Nikos,Giorgos,Dimitris,Kostas|Eleni,Katerina,Sofia,Despina|Papad,Georgi,Nikol,Kons,Vlach|opoulos/opoulou,idis/idou,akis,atos|
it|Giuseppe,Salvatore,Marco,Luca|Giulia,Francesca,Chiara,Rosaria|Russ,Esposit,Bianch,Ferr,Gall|o,i,ini,etti,ucci|Di;De;Lo;Del
es|Javier,Alejandro,Sergio,Iker|Lucía,María José,Inés,Begoña|Fern,Gonz,Rodr,Mart,Sánch|ández,ález,íguez,ínez,ez|
pt|João,Manuel,Nelson,Adilson|Conceição,Filomena,Djenifer,Sónia|Sant,Fonsec,Lop,Teix,Brit|os,a,es,eira,inho|dos;da;do;de
ar|Mahmoud,Omar,Ghassan,Rami|Rasha,Lina,Hiba,Nour|Hass,Khal,Ras,Haj,Masr|an,idi,houm,jar,awi|Al-;Abu;El-
er|Yonas,Tesfay,Mebrahtu,Dawit|Selam,Helen,Saba,Lidya|Gebre,Tekle,Habte,Weldu|mariam,hiwet,selassie,ab|
et|Abebe,Tadesse,Girma,Kebede|Meseret,Tigist,Almaz,Hirut|Tes,Kebe,Ayel,Wold,Ale|ede,le,ew,emariam,mu|
so|Abdirahman,Mohamed,Liban,Cabdi|Hodan,Faadumo,Ifrah,Sahra|War,Faa,Cab,Xa,Dhu|same,rah,di,saan,ale|
af|Ahmad,Farid,Wahid,Zabihullah|Mariam,Parwana,Shabnam,Zarghuna|Ahmad,Nur,Karim,Saf,Popal|zai,i,ullah,khel,yar|
ir|Dariush,Babak,Kourosh,Reza|Shirin,Leila,Maryam,Niloufar|Rez,Hossein,Mohamm,Kaz,Tehr|aei,i,adeh,emi,ani|
gh|Kwame,Kofi,Yaw,Kwabena|Abena,Akosua,Ama,Efua|Men,Ow,Asa,Bo,Ofor|sah,usu,nte,ateng,i|
ng|Chinedu,Emeka,Tunde,Olumide|Ngozi,Chiamaka,Folake,Adaeze|Okon,Ade,Olu,Eze,Nwa|kwo,yemi,wole,chukwu,nna|
cd|Patrick,Jean-Claude,Didier,Fiston|Nadège,Ornella,Grâce,Bibiche|Mbu,Kab,Lum,Tsh,Ngal|yi,ongo,umba,ilenge,ula|
ta|Karthik,Suresh,Prakash,Senthil|Vani,Kavitha,Tharani,Nithya|Sel,Rag,Thang,Kan,Siv|varaj,avan,arajah,athasan,akumar|
pk|Imran,Faisal,Usman,Bilal|Ayesha,Sana,Mehwish,Rabia|Chaud,Qur,Mal,Raz,Bhat|hry,eshi,ik,a,ti|
ph|Jomar,Rodel,Arnel,Jerome|Maricel,Jocelyn,Rowena,Lorna|Bau,Mang,Lac,Manal,Dimag|tista,ubat,son,astas,iba|dela;delos
ie|Declan,Ciarán,Niall,Rory|Siobhán,Aoife,Niamh,Orla|Conn,Brenn,Dono,Sull,Gall|ell,an,ghue,ivan,agher|O';Mc;Mac
de|Jürgen,Matthias,Torsten,Lukas|Sabine,Jutta,Anke,Friederike|Schneid,Hoff,Weiß,Köhl,Brü|er,mann,bach,inger,\
ck|von;von der
hu|Zoltán,Gábor,Levente,Attila|Zsófia,Eszter,Réka,Ildikó|Kov,Szab,Tót,Horv,Fark|ács,ó,h,áth,as|
th|Somchai,Anan,Niran,Prasert|Malee,Siriporn,Pranee,Nattaya|Sris,Chai,Wong,Sak,Boon|uk,wat,yaporn,sawat,mee|
jk|Hiroshi,Kenji,Min-jun,Ji-ho|Yuki,Haruka,Seo-yeon,Ji-woo|Tana,Yama,Naka,Ma,Ishi|ka,moto,mura,eda,hara|
hy|Hakob,Armen,Tigran,Gor|Anahit,Lusine,Narine,Mariam|Hakob,Grigor,Pet,Sark,Mkrt|yan,ian,osyan,chyan|
sy|Ali,Hasan,Hüseyin,Erdal|Dilek,Songül,Sevgi,Nurcan|Şah,Göz,Dağ,Kılı,Bay|in,lü,ç,ar,ram|
sr|Stefan,Nemanja,Dragan,Miloš|Jelena,Milica,Dragana,Snežana|Jovan,Mark,Petr,Stoj,Nikol|ović,ić,ov,anović|
"""

STREET_PRE = [
    "Wielewaal",
    "Klaproos",
    "Rietgors",
    "Ganzen",
    "Zandloper",
    "Hoepel",
    "Kanteel",
    "Smidse",
    "Kalkoven",
    "Zwaluw",
    "Lijnbaan",
    "Turfschip",
    "Vlasakker",
    "Keizerskroon",
    "Stokrozen",
    "Schelp",
    "Heidebloem",
    "Veerpont",
    "Marktschip",
    "Klokkengieter",
    "Boomgaard",
    "Goudsbloem",
    "Koekoeks",
    "Distel",
    "Korenmolen",
    "Pelikaan",
    "Ooievaars",
    "Watermunt",
    "Lepelaar",
    "Sluiswachter",
    "Vondel",
    "Dobbel",
    "Eekhoorn",
    "Hazelaar",
    "Tulpen",
    "Windwijzer",
    "Zonnedauw",
    "Kastanje",
    "Beuken",
    "Zeilmaker",
]
STREET_SUF = [
    "straat",
    "laan",
    "weg",
    "hof",
    "plein",
    "dreef",
    "singel",
    "kade",
    "erf",
    "pad",
    "gaarde",
    "wal",
    "steeg",
    "akker",
    "dijk",
    "hoek",
    "park",
    "zoom",
]

TOWNS = [
    "Assen",
    "Zwolle",
    "Deventer",
    "Almere",
    "Heerlen",
    "Tilburg",
    "Leeuwarden",
    "Emmen",
    "Schiedam",
    "Vlaardingen",
    "Nijmegen",
    "Helmond",
    "Lelystad",
    "Hengelo",
    "Roermond",
    "Gouda",
    "Purmerend",
    "Zaandam",
    "Kerkrade",
    "Dordrecht",
]
DEPTS = [
    "Burgerzaken",
    "Belastingen",
    "Parkeerbeheer",
    "Handhaving",
    "Leerplicht",
    "Vergunningen",
    "Schuldhulpverlening",
    "Werk en Inkomen",
    "Jeugdzaken",
    "Wijkbeheer",
    "Klantcontactcentrum",
    "Openbare Ruimte",
    "Afvalbeheer",
    "Bijzondere Bijstand",
    "Juridische Zaken",
]
SCHEMES = [
    "Wmo",
    "Participatiewet",
    "Jeugdwet",
    "Algemene wet bestuursrecht",
    "Leerplichtwet",
    "Wet schuldsanering",
    "Meedoenregeling",
    "Kindpakket",
    "Individuele inkomenstoeslag",
    "Energietoeslag",
]
ORGS = [
    "Stichting Jongerenwerk",
    "GGD",
    "Veilig Thuis",
    "Humanitas",
    "Nationale ombudsman",
    "Bureau Halt",
    "Woningstichting",
    "Rechtbank",
    "Belastingdienst",
    "RDW",
    "Sociaal Raadslieden",
    "Voedselbank",
]
BUILDINGS = [
    "Stadskantoor",
    "Wijkcentrum",
    "Raadzaal",
    "Bibliotheek",
    "Jongerencentrum",
    "Sporthal",
    "Gezondheidscentrum",
]
EVENTS = ["Koningsdag", "Burendag", "Ramadan", "Suikerfeest", "Kerstmis", "Sinterklaas", "Week van de Mediatie"]
FUNCTIONS = [
    "bemiddelaar",
    "jongerenwerker",
    "leerplichtambtenaar",
    "wijkagent",
    "consulent",
    "notulist",
    "voorzitter",
    "teamleider",
    "mentor",
    "supervisor",
    "casusregisseur",
    "schuldhulpverlener",
    "handhaver",
    "secretaris",
]
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
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
TOPICS = [
    "huurtoeslag",
    "kwijtschelding",
    "parkeervergunning",
    "naheffing",
    "leerlingenvervoer",
    "bijstandsuitkering",
    "traplift",
    "afvalpas",
    "geluidsoverlast",
    "schoolverzuim",
    "boete",
    "betalingsregeling",
    "aanslag",
    "tegemoetkoming",
    "scootmobiel",
    "verblijfsvergunning",
    "zorgtoeslag",
    "kapvergunning",
    "stookoverlast",
]
GENERIC = ["afstemming@gemeente.nl", "info@gemeente.nl", "jeugd@gemeente.nl", "14 038", "14 050", "Postbus 9100"]
MAILHOSTS = [
    "gmail.com",
    "hotmail.com",
    "outlook.com",
    "ziggo.nl",
    "kpnmail.nl",
    "live.nl",
    "icloud.com",
    "yahoo.com",
    "xs4all.nl",
    "telenet.be",
    "proton.me",
    "planet.nl",
]

# Word-names of the known file: (name word, is_first_name, two ordinary lower-case phrases containing the word)
KNOWN_WORDS = [
    ("Kok", 0, ["de kok van het buurthuis", "werkt als kok in de keuken"]),
    ("Brouwer", 0, ["een brouwer van speciaalbier", "de brouwer levert het bier"]),
    ("Smid", 0, ["bij de smid in de werkplaats", "een smid die hekken maakt"]),
    ("Herder", 0, ["een herder met zijn schapen", "de herder op de heide"]),
    ("Jager", 0, ["een jager in het bos", "de jager met zijn hond"]),
    ("Slager", 0, ["de slager op de hoek", "vlees bij de slager"]),
    ("Koster", 0, ["de koster van de kerk", "een koster die de klok luidt"]),
    ("Schipper", 0, ["de schipper van de veerboot", "een schipper op het kanaal"]),
    ("Voerman", 0, ["een voerman met paard en wagen", "de voerman van de koets"]),
    ("Mosterd", 0, ["een pot mosterd", "mosterd bij de worst"]),
    ("Peper", 0, ["zout en peper", "een snuf peper"]),
    ("Vos", 0, ["een vos in de tuin", "de vos haalde de kippen"]),
    ("Wolf", 0, ["een wolf op de Veluwe", "de wolf is terug"]),
    ("Mol", 0, ["een mol in het gazon", "de mol graaft gangen"]),
    ("Haas", 0, ["een haas in het veld", "de haas rende weg"]),
    ("Spreeuw", 0, ["een spreeuw op het dak", "de spreeuw fluit"]),
    ("Kraai", 0, ["een kraai op de lantaarnpaal", "de kraai pikt in de zakken"]),
    ("Valk", 0, ["een valk boven de weg", "de valk op de toren"]),
    ("Zwaan", 0, ["een zwaan in de vijver", "de zwaan met haar jongen"]),
    ("Reiger", 0, ["een reiger bij de sloot", "de reiger vangt vis"]),
    ("Kievit", 0, ["een kievit in het weiland", "de kievit broedt"]),
    ("Snoek", 0, ["een snoek in de vaart", "de snoek aan de haak"]),
    ("Baars", 0, ["een baars gevangen", "de baars in de emmer"]),
    ("Karper", 0, ["een karper in de vijver", "de karper teruggezet"]),
    ("Paling", 0, ["gerookte paling", "een paling in de fuik"]),
    ("Berg", 0, ["een berg post", "de berg wasgoed"]),
    ("Heuvel", 0, ["achter de heuvel", "een heuvel zand"]),
    ("Dijk", 0, ["over de dijk", "een dijk langs de rivier"]),
    ("Sloot", 0, ["in de sloot", "een sloot achter het huis"]),
    ("Beek", 0, ["langs de beek", "een beek door het dorp"]),
    ("Veen", 0, ["op het veen", "turf uit het veen"]),
    ("Akker", 0, ["de akker achter de boerderij", "een akker met mais"]),
    ("Weide", 0, ["een weide met koeien", "de weide loopt onder"]),
    ("Brink", 0, ["op de brink", "de brink van het dorp"]),
    ("Groen", 0, ["het groen in de wijk", "een groen hek"]),
    ("Zwart", 0, ["een zwart busje", "zwart op wit"]),
    ("Blauw", 0, ["een blauw formulier", "de deur is blauw"]),
    ("Bruin", 0, ["bruin papier", "bruin brood"]),
    ("Klein", 0, ["een klein bedrag", "het huis is klein"]),
    ("Groot", 0, ["een groot misverstand", "het gezin is groot"]),
    ("Sterk", 0, ["een sterk verhaal", "ze staat sterk"]),
    ("Winter", 0, ["de hele winter", "deze winter"]),
    ("Storm", 0, ["na de storm", "een storm van reacties"]),
    ("Vink", 0, ["een vink in de heg", "zet een vink in het vakje"]),
    ("Stam", 0, ["de stam van de boom", "een oude stam"]),
    ("Boom", 0, ["een boom voor het raam", "de boom moet gekapt"]),
    ("Steen", 0, ["een steen door de ruit", "de steen van de stoep"]),
    ("Hamer", 0, ["een hamer en spijkers", "met de hamer"]),
    ("Spijker", 0, ["een spijker in de band", "de spijker op zijn kop"]),
    ("Zeeman", 0, ["een zeeman op de grote vaart", "de zeeman kwam thuis"]),
    ("Koopman", 0, ["een koopman op de markt", "de koopman prijst zijn waar"]),
    ("Kuiper", 0, ["een kuiper maakt tonnen", "het ambacht van kuiper"]),
    ("Pot", 0, ["een pot koffie", "de pot op het vuur"]),
    ("Berk", 0, ["een berk in de voortuin", "de berk laat blad vallen"]),
    ("Eik", 0, ["een eik op het plein", "de eik van honderd jaar"]),
    ("Wind", 0, ["de wind draaide", "veel wind vandaag"]),
    ("Zon", 0, ["in de zon", "de zon scheen"]),
    ("Ster", 0, ["een ster op de kaart", "een gouden ster"]),
    ("Hoorn", 0, ["de hoorn van de telefoon", "een hoorn op de muur"]),
    ("Molenaar", 0, ["de molenaar maalt meel", "een molenaar in het dorp"]),
    ("Timmerman", 0, ["een timmerman voor de kozijnen", "de timmerman kwam langs"]),
    ("Merel", 1, ["een merel in de tuin", "de merel zingt"]),
    ("Iris", 1, ["de iris van het oog", "een iris in de border"]),
    ("Linde", 1, ["een linde op het plein", "de linde bloeit"]),
    ("Jasmijn", 1, ["thee met jasmijn", "de jasmijn bij de deur"]),
    ("Mees", 1, ["een mees aan de vetbol", "de mees in het nestkastje"]),
    ("Lente", 1, ["in de lente", "deze lente"]),
    ("Jade", 1, ["een ring van jade", "groene jade"]),
]
