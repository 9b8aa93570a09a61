"""Name parts, streets, keep words and the known file's word-names of holdout17 (round seventeen, helper H1).

Each origin group: first names (m, f), first-name parts joined at syllable edges (optional), surname prefixes and
suffixes from which the generator composes surnames, fixed surnames, and the particles of the group.
"""

from __future__ import annotations


def _s(x: str) -> list[str]:
    return [w.strip() for w in x.split(",") if w.strip()]


# origin: (male firsts, female firsts, first-name parts (heads|tails) or "", surname heads, surname tails,
#          fixed surnames, particles)
ORIGINS: dict[str, tuple] = {
    "nederlands": (
        "Gerrit,Wouter,Joost,Sjaak,Teunis,Hidde,Wessel,Marnix",
        "Anneke,Marloes,Ilse,Femke,Ineke,Gonnie,Wilma,Jolien",
        "Ger,Wil,Hen,Jo,Bert,Ar|rit,nie,ke,ta,jan,dien",
        "Hoog,Brink,Wes,Mol,Dek,Hul,Smed,Kort,Rijn,Zand,Haver,Oost,Noor,Vos,Lind",
        "kamp,man,ink,horst,hof,beek,dijk,broek,werf,donk,mans,sink,vliet,hout",
        "",
        "",
    ),
    "nl_particle": (
        "Cornelis,Dirk,Hendrik,Pieter,Klaas",
        "Geertje,Hilde,Marijke,Trijntje,Aaltje",
        "",
        "Wes,Brin,Hoe,Laar,Meu,Schoo,Pol,Velt,Eem,Wij",
        "terveld,ven,sel,kamp,len,der,wijk,horst,el,mer",
        "",
        "van,van der,van den,de,ter,van 't,in 't,op den,ten,van de",
    ),
    "fries": (
        "Sjoerd,Wybren,Douwe,Gerlof,Tsjerk,Hotze",
        "Sytske,Baukje,Tjitske,Froukje,Wietske,Aukje",
        "Sie,Tja,Hyl,Jel|tse,ke,bren,mer",
        "Hof,Wyn,Dijk,Post,Bouw,Ter,Strik,Hoek,Kui,Rin",
        "stra,sma,inga,ema,enga,ster,stra,sma",
        "",
        "",
    ),
    "limburgs": (
        "Sjef,Jeu,Har,Jo,Thei",
        "Mia,Finy,Truus,Lieske,Jet",
        "",
        "Cre,Hu,Ger,Roe,Pee,Bon,Cra",
        "mers,ben,ards,ten,ters,gen,rits",
        "Ummels,Frijns,Pluijmen",
        "",
    ),
    "vlaams": (
        "Wannes,Jens,Pieter-Jan,Koen,Lieven,Gilles",
        "Griet,Lotte,Hanne,Febe,Ine,Veerle",
        "",
        "Meir,Bruy,Cley,Haes,Dries,Wou,Goe,Mae,Ruys",
        "sschaert,ninck,ssens,brouck,tens,mans,ghem,rynck",
        "",
        "De,Van,Vanden,Vande,Ver,D'",
    ),
    "marokkaans": (
        "Youssef,Anouar,Brahim,Hamza,Soufiane,Ilias",
        "Najat,Zineb,Ikram,Houda,Siham,Latifa",
        "Moh,Ab,Nou,Ha|amed,dellah,reddine,kim",
        "Bou,Tah,Amr,Zah,Mes,Aza,Bel,Kad",
        "ziani,ari,ouchi,hadi,ouli,aoui,idi,rani",
        "",
        "El,Ben,Ait",
    ),
    "turks": (
        "Emre,Burak,Oğuz,Serkan,Volkan,Hakan,Yusuf",
        "Elif,Gülay,Şeyma,Büşra,Dilek,Hacer,Nurcan",
        "Ay,Gül,Nur,Ser|han,sel,ten,dal,can",
        "Kara,Yıl,Ak,Öz,Demir,Çelik,Kur,Er,Tok,Sarı",
        "taş,dağ,oğlu,kaya,soy,türk,han,gün,bey,el",
        "",
        "",
    ),
    "koerdisch": (
        "Rêber,Azad,Baran,Şivan,Berzan",
        "Rojda,Berfin,Nupelda,Hêvî,Zozan",
        "",
        "Bar,Zil,Roj,Ser,Dil",
        "zanî,an,hat,dar,kan,ivan",
        "",
        "",
    ),
    "hindoestaans": (
        "Ravi,Sunil,Amrit,Dinesh,Harish",
        "Sarita,Kavita,Poonam,Sunita,Rani",
        "Ra,Su,Ka,Pri|jesh,nita,vita,ya",
        "Ram,Jhi,Bal,Sew,Mat,Rag,Chot",
        "dien,taram,kisoen,narain,oe,bhadoersing,sing",
        "",
        "",
    ),
    "creools": (
        "Roy,Errol,Glenn,Orlando,Romano",
        "Marcia,Gracia,Ingrid,Sharona,Ivette",
        "",
        "Lie,Sam,Pin,Wij,Zaal,Fie,Kros",
        "fdeel,son,as,ngaarde,man,ffel,ter",
        "Tjon A Fong,Kwasie",
        "",
    ),
    "javaans": (
        "Soekarno,Wagiman,Sarmo,Ponirin",
        "Sainem,Tuminah,Paini,Soepi",
        "",
        "Kar,Soe,Wongso,Mar,Pawiro",
        "jo,diro,dikromo,ijo,redjo",
        "",
        "",
    ),
    "antilliaans": (
        "Jurandy,Shurendy,Giovanni,Rignald",
        "Shurnella,Jeanette,Ruthline,Giselle",
        "",
        "Mar,Isen,Cor,Ma,Fran",
        "tina,ia,dus,rtis,cisca",
        "",
        "",
    ),
    "moluks": (
        "Johannes,Semuel,Agus,Josias",
        "Mientje,Wilhelmina,Debora,Selvy",
        "",
        "Sah,Tua,Lat,Tuha,Paat",
        "etapy,hatu,uperissa,tu,ila",
        "",
        "",
    ),
    "indonesisch": (
        "Budi,Agung,Wahyu,Eko",
        "Dewi,Sri,Indah,Ratna",
        "",
        "Sup,Set,Har,Wid",
        "riyadi,iawan,tono,odo",
        "",
        "",
    ),
    "chinees": (
        "Wei,Jun,Hao,Zhiwei",
        "Mei Ling,Xiu,Yan,Li Na",
        "",
        "",
        "",
        "Zhang,Liu,Huang,Zhou,Xu,Tan,Cheung,Lam",
        "",
    ),
    "vietnamees": ("Minh,Tuấn,Đức,Quang", "Thảo,Lan,Hương,Ngọc", "", "", "", "Nguyễn,Trần,Phạm,Hoàng,Đặng,Võ", ""),
    "pools": (
        "Tomasz,Krzysztof,Paweł,Łukasz,Marek",
        "Agnieszka,Małgorzata,Katarzyna,Joanna,Ewa",
        "",
        "Kowal,Wiśniew,Zieliń,Gór,Pawło,Dąbrow,Szym",
        "ski,czyk,ak,ewicz,owski",
        "",
        "",
    ),
    "roemeens": (
        "Ionuț,Mihai,Răzvan,Cătălin",
        "Ioana,Andreea,Roxana,Mădălina",
        "",
        "Pop,Dumi,Ion,Stoi,Con",
        "escu,trescu,ică,anu,oiu",
        "",
        "",
    ),
    "bulgaars": (
        "Dimitar,Stoyan,Plamen,Kiril",
        "Desislava,Tsvetelina,Radka,Milena",
        "",
        "Petr,Dimi,Stoy,Georg,Ivan",
        "ov,anov,chev,iev",
        "",
        "",
    ),
    "oekraiens": (
        "Oleksandr,Taras,Bohdan,Mykola",
        "Oksana,Iryna,Yulia,Nataliia",
        "",
        "Shev,Bond,Tkach,Kravch,Melnych",
        "chenko,arenko,uk,yshyn,enko",
        "",
        "",
    ),
    "litouws": (
        "Mindaugas,Darius,Tomas,Andrius",
        "Rūta,Jurgita,Aušra,Vaida",
        "",
        "Kaz,Petr,Jank,Stan",
        "auskas,aitis,ūnas,evičius",
        "",
        "",
    ),
    "tsjechisch": (
        "Jiří,Ondřej,Vojtěch,Radek",
        "Jana,Lucie,Petra,Tereza",
        "",
        "Dvo,Nov,Svo,Kučer",
        "řák,otný,boda,ák,ová",
        "",
        "",
    ),
    "bosnisch": (
        "Emir,Adnan,Mirza,Nedim",
        "Amra,Lejla,Selma,Aida",
        "",
        "Hadž,Beg,Mu,Del,Kovač",
        "ić,ović,agić,alić,ević",
        "",
        "",
    ),
    "albanees": (
        "Arben,Besnik,Dritan,Ilir",
        "Arta,Blerta,Mimoza,Valbona",
        "",
        "Hox,Ber,Gash,Kras,Lek",
        "ha,isha,i,niqi,aj",
        "",
        "",
    ),
    "grieks": (
        "Giorgos,Nikos,Kostas,Yiannis",
        "Eleni,Despina,Vasiliki,Katerina",
        "",
        "Papa,Kara,Georgi,Niko,Dimi",
        "dopoulos,giannis,adis,lakis,triou",
        "",
        "",
    ),
    "italiaans": (
        "Giuseppe,Alessandro,Matteo,Salvatore",
        "Giulia,Francesca,Chiara,Rosaria",
        "",
        "Ross,Bian,Espos,Ferr,Gall,Marin",
        "i,chi,ito,ara,uzzi,etti",
        "",
        "Di,Lo,Del,De",
    ),
    "spaans": (
        "Javier,Álvaro,Sergio,Íñigo",
        "Lucía,Inmaculada,Begoña,Nuria",
        "",
        "Fern,Gonz,Rodr,Martín,Ibá",
        "ández,ález,íguez,ez,eza",
        "",
        "de la,del",
    ),
    "portugees": (
        "João,Rui,Tiago,Gonçalo",
        "Inês,Conceição,Joana,Filipa",
        "",
        "Carv,Ferr,Gonç,Alm,Figueir",
        "alho,eira,alves,eida,edo",
        "",
        "dos,da,do",
    ),
    "kaapverdisch": (
        "Adilson,Nelson,Edmilson",
        "Djenifer,Nilza,Edna",
        "",
        "Tavar,Semed,Mont,Lop",
        "es,o,eiro,es",
        "",
        "",
    ),
    "braziliaans": (
        "Thiago,Rodrigo,Caio",
        "Thaís,Luana,Fernanda",
        "",
        "Barb,Cost,Sant,Oliv",
        "osa,ana,os,eira",
        "",
        "",
    ),
    "arabisch": (
        "Khaled,Tarek,Omar,Firas",
        "Rania,Lina,Dima,Nour",
        "",
        "Rash,Hamd,Sham,Kha,Masr",
        "id,an,mari,tib,i",
        "",
        "Al-,Abu",
    ),
    "syrisch": (
        "Moustafa,Ghassan,Yazan,Rami",
        "Hiba,Ruba,Razan,Lama",
        "",
        "Haj,Dar,Hal,Sab,Jaz",
        "jar,wish,abi,bagh,eeri",
        "",
        "",
    ),
    "eritrees": (
        "Tesfay,Yonas,Mehari,Biniam",
        "Senait,Helen,Luwam,Ruta",
        "",
        "Tekle,Gebre,Weldu,Haile",
        "haimanot,mariam,michael,ab",
        "",
        "",
    ),
    "ethiopisch": ("Dawit,Abebe,Girma", "Tigist,Meseret,Selam", "", "Ass,Bek,Tade,Wol", "efa,ele,sse,de", "", ""),
    "somalisch": (
        "Abdirahman,Mohamed,Hassan,Abdullahi",
        "Hodan,Fadumo,Sahra,Ayaan",
        "",
        "Warsa,Farah,Jama,Dirie,Egal",
        "me,h,n,le",
        "",
        "",
    ),
    "afghaans": (
        "Ahmad,Farid,Wahid,Najib",
        "Mariam,Fereshta,Parwana,Zarmina",
        "",
        "Ahmad,Karim,Noor,Sult,Haq",
        "zai,i,ani,khel,yar",
        "",
        "",
    ),
    "iraans": (
        "Reza,Behnam,Kaveh,Arash",
        "Shirin,Golnar,Mahsa,Parisa",
        "",
        "Ahma,Rost,Tehr,Mosa,Jafa",
        "di,ami,ani,vi,ri",
        "",
        "",
    ),
    "ghanees": (
        "Kwame,Kofi,Yaw,Kwabena",
        "Akosua,Ama,Efua,Abena",
        "",
        "Men,Asa,Ow,Bo,Ampo",
        "sah,nte,usu,ateng,nsah",
        "",
        "",
    ),
    "nigeriaans": (
        "Chinedu,Emeka,Tunde,Obinna",
        "Ngozi,Chiamaka,Funmilayo,Adaeze",
        "",
        "Oka,Ade,Olu,Eze,Nwo",
        "for,yemi,wale,kwe,su",
        "",
        "",
    ),
    "congolees": (
        "Jean-Pierre,Patrice,Blaise",
        "Nsimba,Mireille,Aimée",
        "",
        "Kabi,Mbu,Lu,Tshi,Nku",
        "la,yi,mba,sekedi,ndu",
        "",
        "",
    ),
    "tamil": (
        "Suresh,Kumaran,Thayalan",
        "Nirmala,Thusyanthi,Kalaivani",
        "",
        "Sivar,Thava,Bala,Raj,Kana",
        "ajah,nathan,kumar,aratnam,palan",
        "",
        "",
    ),
    "pakistaans": (
        "Imran,Bilal,Usman",
        "Ayesha,Sana,Mehwish",
        "",
        "Chaud,Qure,Butt,Malik,Rana",
        "hry,shi,ar,zada",
        "",
        "",
    ),
    "filipijns": (
        "Rodel,Jericho,Marvin",
        "Maricel,Joy,Rowena",
        "",
        "Santo,Bau,Reye,Mana,Cruz",
        "s,tista,s,lo,ado",
        "",
        "Dela,dela",
    ),
    "iers_brits": (
        "Declan,Ciarán,Gareth,Rhys",
        "Siobhán,Aoife,Bethan,Gemma",
        "",
        "Brenn,Sull,Kean,Donn,Galla",
        "an,ivan,e,elly,gher",
        "",
        "O',Mc,Mac",
    ),
    "duits": (
        "Jürgen,Lukas,Matthias,Günther",
        "Jutta,Ursula,Heike,Sabine",
        "",
        "Schm,Hof,Wag,Kraus,Brau",
        "idt,mann,ner,e,er",
        "",
        "von",
    ),
    "hongaars": (
        "Zoltán,Gábor,Ferenc",
        "Erzsébet,Zsófia,Katalin",
        "",
        "Horv,Nagy,Szab,Tót,Kovács",
        "áth,ó,h,i",
        "",
        "",
    ),
    "thai": ("Somchai,Anan", "Siriporn,Malee,Pranee", "", "Sri,Chai,Won,Suk", "sawat,yaphum,gsiri,prasert", "", ""),
    "koreaans_japans": (
        "Ji-ho,Min-jun,Haruto,Kenji",
        "Seo-yeon,Yuna,Sakura,Aiko",
        "",
        "",
        "",
        "Kim,Park,Choi,Tanaka,Watanabe,Sato,Yamamoto",
        "",
    ),
    "armeens": (
        "Aram,Tigran,Vahe",
        "Anahit,Lusine,Gayane",
        "",
        "Petros,Hakob,Sarg,Grig,Manuk",
        "yan,ian,isyan",
        "",
        "",
    ),
    "kort": ("Bo,Ed,Ko,Ad", "Ria,Jo,Ank,Tea", "", "", "", "Ng,Ho,Le,Yu,Ly,Oz,Li", ""),
}

NICKNAMES = _s(
    "Sjors,Kiki,Mo,Appie,Jopie,Bobbie,Tinus,Dewi,Pino,Tootje,Bep,Lowie,Mimi,Bennie,Stijnie,Jojo,Nono,"
    "Fatty,Zee,Rocky,Pim,Loeki,Mauk,Didi"
)

PROVIDERS = _s(
    "ziggo.nl,kpnmail.nl,hotmail.com,gmail.com,outlook.com,live.nl,planet.nl,home.nl,xs4all.nl,icloud.com,"
    "yahoo.com,proton.me,telenet.be,upcmail.nl,caiway.nl,gmx.de,onsbrabantnet.nl,online.nl"
)
MUNIS = _s(
    "Zwolle,Deventer,Apeldoorn,Almelo,Hengelo,Kampen,Harderwijk,Meppel,Assen,Emmen,Heerenveen,Tiel,Gouda,"
    "Alkmaar,Roosendaal,Oss,Venlo,Weert,Lelystad,Hoorn"
)

# streets: this set's own prefixes (gemstones and minerals, dune plants, old weights and measures, rope and
# sail words, old card games) and suffixes
STREET_HEADS = _s(
    "Jaspis,Agaat,Onyx,Beril,Topaas,Opaal,Granaat,Malachiet,Obsidiaan,Toermalijn,Amethist,Lapis,"
    "Helmgras,Zeekraal,Duinroos,Lamsoor,Zeeraket,Duindoorn,Zandzegge,Zeewinde,Kruipwilg,Duinviooltje,"
    "Schepel,Mud,Roede,Vadem,Okshoofd,Aam,Mengel,Pintje,Lood,Ankertje,"
    "Kabeltouw,Fok,Gaffel,Kluiver,Bezaan,Marlijn,Giek,Kikker,Kaapstander,"
    "Klaverjas,Rikken,Toepen,Pandoer,Hartenjagen,Piket,Omber"
)
STREET_TAILS = _s(
    "straat,laan,weg,pad,hof,erf,kade,dreef,singel,plein,gang,steeg,wal,veld,hoek,baan,akker,zoom,tuin,wende,rade,stede"
)
STREET_PRE = _s("Korte,Lange,Oude,Nieuwe,Achter,Boven")

# keep words
DEPTS = _s(
    "Publiekszaken,Burgerzaken,Klantcontactcentrum,Team Subsidies,Sociaal Domein,Veiligheid en Handhaving,"
    "Team Verkiezingen,Afdeling Financiën,Wijkteam Noord,Openbare Orde en Veiligheid,Team Evenementen,"
    "Gevonden Voorwerpen,Receptie Stadhuis,Bureau Rampenbestrijding,Team Vergunningen,Vrijwilligerscentrale"
)
ORGS = _s(
    "Rode Kruis,Veiligheidsregio IJsselland,Slachtofferhulp Nederland,Leger des Heils,Dierenambulance,"
    "Stichting Present,Kamer van Koophandel,Kiesraad,Belastingdienst,Jeugdfonds Sport & Cultuur,Oranje Fonds,"
    "VluchtelingenWerk,Voedselbank,Buurtzorg,Stichting Leergeld,Politie Oost-Nederland,Brandweer"
)
SCHEMES = _s(
    "Participatiewet,Gemeentewet,Kieswet,Algemene subsidieverordening,Wmo 2015,Awb,Wet veiligheidsregio's,"
    "Hondenbelasting,Burgerfonds,Buurtbudget,Energietoeslag,Sportakkoord,Noodverordening"
)
BUILDINGS = _s(
    "Stadhuis,Sporthal De Kooi,Wijkcentrum Het Anker,Bibliotheek Centrum,Dorpshuis De Linde,"
    "Cultuurhuis Pletterij,Evenementenhal,Scouting Gebouw,Noodopvang Sporthal,Gemeentewerf"
)
EVENTS = _s(
    "Koningsdag,Open Monumentendag,Nationale Burendag,Sinterklaasintocht,Jaarmarkt,Avondvierdaagse,"
    "Dodenherdenking,Kermis,Nieuwjaarsreceptie,Zomerfeest"
)
FUNCTIONS = _s(
    "baliemedewerker,coördinator,voorzitter,penningmeester,secretaris,stembureauvoorzitter,"
    "subsidieadviseur,wijkagent,bemiddelaar,teamleider,beleidsmedewerker,vrijwilliger,crisiscoördinator,"
    "receptionist,buitengewoon opsporingsambtenaar"
)
WEEKDAYS = _s("maandag,dinsdag,woensdag,donderdag,vrijdag,zaterdag,zondag")
MONTHS = _s("januari,februari,maart,april,mei,juni,juli,augustus,september,oktober,november,december")

# known file: word-names with two ordinary phrases each (the word occurs lower case in both);
# ("Word", first-name?, particle options, [phrase, phrase])
KNOWN = [
    ("Smid", 0, ["", "de"], ["de smid van het dorp", "een smid met een aambeeld"]),
    ("Kuiper", 0, ["", "de"], ["de vaten van de kuiper", "het werk van een kuiper"]),
    ("Wever", 0, ["", "de"], ["een wever aan het getouw", "de wever in het museum"]),
    ("Koster", 0, ["", "de"], ["de koster van de kerk", "de koster van de kapel"]),
    ("Slager", 0, ["", "de"], ["de slager op de hoek", "een slager met vlees"]),
    ("Molenaar", 0, ["", "de"], ["de molenaar bij de wieken", "een molenaar in opleiding"]),
    ("Stuurman", 0, ["", "de"], ["de stuurman aan het roer", "een stuurman op de pont"]),
    ("Herder", 0, ["", "de"], ["de herder met de kudde", "een herder op de heide"]),
    ("Timmerman", 0, ["", "de"], ["de timmerman met de zaag", "een timmerman voor het dak"]),
    ("Schipper", 0, ["", "de"], ["de schipper van de boot", "een schipper op de rivier"]),
    ("Pauw", 0, ["", "de"], ["een pauw in het park", "de pauw met zijn veren"]),
    ("Kraai", 0, ["", "de"], ["een kraai op het dak", "de kraai bij de vuilnisbak"]),
    ("Mus", 0, ["", "de"], ["een mus in de dakgoot", "de mus op het voederhuisje"]),
    ("Spreeuw", 0, ["", "de"], ["een spreeuw in de tuin", "de spreeuw op de antenne"]),
    ("Snoek", 0, ["", "de"], ["een snoek in de vijver", "de snoek aan de hengel"]),
    ("Baars", 0, ["", "de"], ["een baars in de sloot", "de baars aan de haak"]),
    ("Karper", 0, ["", "de"], ["een karper in de vijver", "de karper bij de steiger"]),
    ("Meeuw", 0, ["", "de"], ["een meeuw op de reling", "de meeuw bij de markt"]),
    ("Valk", 0, ["", "de"], ["een valk boven het weiland", "de valk op de paal"]),
    ("Reiger", 0, ["", "de"], ["een reiger aan de slootkant", "de reiger in het riet"]),
    ("Bunder", 0, ["", "van"], ["een bunder grond", "het bunder achter de boerderij"]),
    ("Akker", 0, ["van den", "van de"], ["de akker achter de schuur", "een akker met mais"]),
    ("Heuvel", 0, ["van den", "van de"], ["de heuvel bij de kerk", "een heuvel vol gras"]),
    ("Beek", 0, ["van", "van der", "ter"], ["de beek achter het huis", "een beek vol water"]),
    ("Berg", 0, ["van den", "van der"], ["een berg wasgoed", "de berg papier op tafel"]),
    ("Wal", 0, ["van der", "van de"], ["de wal van de haven", "de wal bij de jachthaven"]),
    ("Dijk", 0, ["van", "van der", "ter"], ["de dijk langs de rivier", "een dijk met schapen"]),
    ("Sluis", 0, ["van der", "ter"], ["de sluis in het kanaal", "een sluis met deuren"]),
    ("Brug", 0, ["van der", "ter"], ["de brug over de gracht", "een brug die openstaat"]),
    ("Poort", 0, ["van der", "ter"], ["de poort van de binnenplaats", "een poort met een slot"]),
    ("Toren", 0, ["van der", "ter"], ["de toren van de kerk", "een toren van steigers"]),
    ("Klok", 0, ["", "van der"], ["de klok in de hal", "een klok die stilstaat"]),
    ("Spijker", 0, ["", "de"], ["een spijker in de muur", "de spijker in de band"]),
    ("Hamer", 0, ["", "de"], ["een hamer uit de schuur", "de hamer van de voorzitter"]),
    ("Schaar", 0, ["", "de"], ["een schaar in de la", "de schaar van de kapper"]),
    ("Ketel", 0, ["", "de"], ["de ketel op het fornuis", "een ketel die lekt"]),
    ("Emmer", 0, ["", "de"], ["een emmer sop", "de emmer bij de deur"]),
    ("Mand", 0, ["", "de"], ["een mand met fruit", "de mand van de hond"]),
    ("Zeef", 0, ["", "de"], ["een zeef voor het meel", "de zeef in de keuken"]),
    ("Kruik", 0, ["", "de"], ["een kruik in bed", "de kruik met olie"]),
    ("Eik", 0, ["van der", "ter"], ["de eik op het plein", "een eik van honderd jaar"]),
    ("Beuk", 0, ["van der", "ter"], ["de beuk in de laan", "een beuk met brede kruin"]),
    ("Populier", 0, ["", "de"], ["een populier langs de weg", "de populier die omwaaide"]),
    ("Hazelaar", 0, ["", "de"], ["een hazelaar in de heg", "de hazelaar vol noten"]),
    ("Vlier", 0, ["van der", "ter"], ["een vlier bij het hek", "de vlier in bloei"]),
    ("Hagel", 0, ["", "de"], ["de hagel op het dak", "een bui met hagel"]),
    ("Mist", 0, ["", "de"], ["de mist boven het land", "dichte mist op de weg"]),
    ("Dauw", 0, ["", "de"], ["de dauw op het gras", "natte dauw in de ochtend"]),
    ("Bliksem", 0, ["", "de"], ["de bliksem van gisteren", "een flits van bliksem"]),
    ("Grauw", 0, ["", "de"], ["een grauw gordijn", "de grauw geverfde gevel"]),
    ("Blank", 0, ["", "de"], ["het blank gelakte hout", "een blank tafelblad"]),
    ("Kort", 0, ["", "de"], ["een kort gesprek", "het kort geding"]),
    ("Stil", 0, ["", "de"], ["een stil hoekje", "een stil moment"]),
    ("Vroom", 0, ["", "de"], ["een vroom gebed", "de vroom zingende koorleden"]),
    ("Broeder", 0, ["", "de"], ["de broeder in het ziekenhuis", "een broeder van de orde"]),
    ("Voogd", 0, ["", "de"], ["de voogd van het kind", "een voogd van jeugdbescherming"]),
    ("Graaf", 0, ["", "de"], ["de graaf in het kasteel", "een graaf uit de geschiedenis"]),
    ("Ridder", 0, ["", "de"], ["een ridder op een paard", "de ridder in het toneelstuk"]),
    ("Koopman", 0, ["", "de"], ["de koopman op de markt", "een koopman in tapijten"]),
    ("Jager", 0, ["", "de"], ["de jager in het bos", "een jager met een hond"]),
    ("Zout", 0, ["", "de"], ["zout op de weg", "een zak zout"]),
    ("Peper", 0, ["", "de"], ["peper in de soep", "een molen met peper"]),
    ("Honing", 0, ["", "de"], ["een pot honing", "honing van de imker"]),
    ("Stroo", 0, ["", "van"], ["een baal stroo", "stroo in de stal"]),
    ("Koren", 0, ["", "van"], ["het koren op het veld", "een schoof koren"]),
    ("Meel", 0, ["", "van"], ["een zak meel", "meel voor het brood"]),
    ("Tarwe", 0, ["", "van"], ["het veld met tarwe", "tarwe voor de molen"]),
    ("Haver", 0, ["", "van"], ["haver voor de paarden", "een veld haver"]),
    ("Bijl", 0, ["", "van"], ["een bijl in het hakblok", "de bijl van de houthakker"]),
    ("Zwart", 0, ["", "de"], ["een zwart busje", "het zwart geblakerde hout"]),
    ("Bruin", 0, ["", "de"], ["een bruin paard", "de bruin geschilderde deur"]),
    ("Grijs", 0, ["", "de"], ["een grijs pak", "het grijs geverfde hek"]),
    ("Hemel", 0, ["", "van"], ["de hemel boven de stad", "een blauwe hemel"]),
    ("Zon", 0, ["", "van"], ["de zon op het terras", "een plek in de zon"]),
    ("Wolk", 0, ["", "de"], ["een wolk boven de stad", "de wolk van rook"]),
    ("Storm", 1, [""], ["de storm van vorige week", "een storm op zee"]),
    ("Wolf", 1, [""], ["een wolf in het natuurgebied", "de wolf op de Veluwe"]),
    ("Beer", 1, [""], ["een beer van pluche", "de beer in de dierentuin"]),
    ("Bloem", 1, [""], ["een bloem in de vaas", "de bloem op het balkon"]),
    ("Jolijt", 1, [""], ["de jolijt op het feest", "de jolijt van de kinderen"]),
    ("Tijm", 1, [""], ["verse tijm uit de tuin", "een takje tijm"]),
]
