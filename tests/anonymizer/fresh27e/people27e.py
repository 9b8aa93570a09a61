"""People, numbers and language packs for the fresh27e corpus (helper F27E).

Every personal value comes back marked: ``⟦LABEL|text⟧``; ordinary words that must survive are marked ``⟨word⟩``.
"""

from __future__ import annotations

import names27e as N


def P(text: str, label: str = "PERSON") -> str:
    return f"⟦{label}|{text}⟧"


def K(word: str) -> str:
    return f"⟨{word}⟩"


# ---------------------------------------------------------------- numbers


def bsn(r) -> str:
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        s = sum(x * (9 - i) for i, x in enumerate(d)) % 11
        if s < 10:
            d.append(s)
            v = "".join(map(str, d))
            return r.choice([v, f"{v[:4]}.{v[4:6]}.{v[6:]}", f"{v[:3]} {v[3:6]} {v[6:]}"])


def _iban_check(country: str, bban: str) -> str:
    num = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    return f"{98 - int(num) % 97:02d}"


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    num = "".join(str(int(ch, 36)) for ch in s[4:] + s[:4])
    return int(num) % 97 == 1


def iban(r, country: str = "NL") -> str:
    digits = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
    if country == "UA":
        bban = r.choice(["322313", "305299", "320649", "380805"]) + digits(19)
    elif country == "BG":
        bban = r.choice(["UNCR", "STSA", "FINV", "BPBI"]) + digits(6) + digits(8)
    else:
        bban = r.choice(["INGB", "ABNA", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ"]) + digits(10)
    v = country + _iban_check(country, bban) + bban
    if r.random() < 0.5:
        return " ".join(v[i : i + 4] for i in range(0, len(v), 4))
    return v


def phone_nl(r) -> str:
    d = "".join(str(r.randint(0, 9)) for _ in range(8))
    return r.choice(
        [
            f"06-{d}",
            f"06 {d[:4]} {d[4:]}",
            f"+31 6 {d}",
            f"+31 (0)6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}",
            f"0031 6 {d[:4]} {d[4:]}",
            f"06{d}",
        ]
    )


def phone_abroad(r, lang: str) -> str:
    d = "".join(str(r.randint(0, 9)) for _ in range(9))
    if lang in ("uk", "ru"):
        return r.choice([f"+380 {d[:2]} {d[2:5]} {d[5:7]} {d[7:]}", f"+380{d}"])
    if lang == "bg":
        return f"+359 {d[:2]} {d[2:5]} {d[5:]}"
    if lang == "el":
        return f"+30 69{d[:1]} {d[1:4]} {d[4:8]}"
    if lang == "ar":
        return r.choice([f"+963 9{d[:2]} {d[2:5]} {d[5:8]}", f"+964 7{d[:2]} {d[2:5]} {d[5:]}"])
    if lang == "fa":
        return f"+98 91{d[:1]} {d[1:4]} {d[4:8]}"
    if lang == "zh":
        return f"+86 13{d[:1]} {d[1:5]} {d[5:]}"
    return f"+291 7 {d[:3]} {d[3:6]}"


def phone_land(r) -> str:
    area = r.choice(["038", "013", "055", "058", "078", "036", "053", "077", "015", "023"])
    d = "".join(str(r.randint(0, 9)) for _ in range(7))
    return r.choice([f"{area}-{d}", f"{area} {d[:3]} {d[3:]}"])


POSTCODE_LETTERS = "ABCEGHJKLMNPRTVWXZ"


def postcode(r) -> str:
    n = r.randint(1011, 9999)
    ll = r.choice(POSTCODE_LETTERS) + r.choice(POSTCODE_LETTERS)
    return r.choice([f"{n} {ll}", f"{n}{ll}", f"{n} {ll}"])


PLATE_L = "BDFGHJKLNPRSTVXZ"
UA_L = "ABCEHIKMOPTX"
UA_CYR = dict(zip("ABCEHIKMOPTX", "АВСЕНІКМОРТХ"))


def plate(r) -> str:
    L = lambda n: "".join(r.choice(PLATE_L) for _ in range(n))
    D = lambda n: "".join(str(r.randint(1, 9)) for _ in range(n))
    return r.choice(
        [
            f"{L(2)}-{D(3)}-{L(1)}",
            f"{D(1)}-{L(3)}-{D(2)}",
            f"{D(2)}-{L(3)}-{D(1)}",
            f"{L(3)}-{D(2)}-{L(1)}",
            f"{L(1)}-{D(3)}-{L(2)}",
        ]
    )


def plate_ua(r, cyr: bool = False) -> str:
    a = r.choice(["AA", "AX", "BI", "KA", "AE", "BH", "CA", "AI"])
    b = "".join(r.choice(UA_L) for _ in range(2))
    v = f"{a} {r.randint(1000, 9999)} {b}"
    if cyr:
        v = "".join(UA_CYR.get(ch, ch) for ch in v)
    return v


def plate_bg(r) -> str:
    a = r.choice(["CB", "PB", "CA", "BT", "EH", "CH"])
    return f"{a} {r.randint(1000, 9999)} {r.choice(UA_L)}{r.choice(UA_L)}"


def case_number(r) -> str:
    yy = r.choice(["25", "26"])
    D = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
    L = lambda n: "".join(r.choice("ABCDEFGHKLMNPRSTUVWZ") for _ in range(n))
    return r.choice(
        [
            f"VTA-{yy}-{D(5)}",
            f"TB/{yy}/{D(4)}-{L(2)}",
            f"OEK.{D(4)}.{D(3)}",
            f"ZK{yy}{L(1)}{D(5)}",
            f"MEL-{D(6)}",
            f"BRP/20{yy}/{D(5)}",
            f"STH-{D(4)}/{yy}",
            f"RO{yy}-{D(3)}-{D(3)}",
            f"WI.{yy}.{D(4)}.{L(1)}",
            f"A{yy}-{D(4)}-UA",
            f"LP {yy}.{D(4)}",
            f"BZ-20{yy}-{L(2)}{D(4)}",
        ]
    )


MONTHS_NL = [
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
MON_ABBR = ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
AR_DIG = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
FA_DIG = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def birth_ymd(r, year_range=(1950, 2004)) -> tuple[int, int, int]:
    return r.randint(*year_range), r.randint(1, 12), r.randint(1, 28)


def dob(r, lang: str | None, ymd: tuple[int, int, int] | None = None, native: bool = False) -> str:
    """One date of birth in one of many styles; ``native`` prefers the resident's own script or convention."""
    y, m, d = ymd or birth_ymd(r)
    nat = []
    styles = [
        f"{d:02d}-{m:02d}-{y}",
        f"{d:02d}.{m:02d}.{y}",
        f"{d}/{m}/{y}",
        f"{d} {MONTHS_NL[m - 1]} {y}",
        f"{d} {MON_ABBR[m - 1]} {y}",
        f"{y}-{m:02d}-{d:02d}",
        f"{d}.{ROMAN[m - 1]}.{y}",
        f"{d}-{m}-{y}",
    ]
    if lang:
        L = LANG[lang]
        if L.get("months"):
            nat.append(f"{d} {L['months'][m - 1]} {y}{L.get('yr', '')}")
        if lang == "ar":
            nat.append(f"{d:02d}/{m:02d}/{y}".translate(AR_DIG))
        if lang == "fa":
            nat.append(f"{y}/{m:02d}/{d:02d}".translate(FA_DIG))
        if lang == "zh":
            nat.append(f"{y}年{m}月{d}日")
        if lang in ("uk", "ru", "bg"):
            nat.append(f"{d:02d}.{m:02d}.{y}")
        if lang == "ti":
            nat.append(f"{d:02d}/{m:02d}/{y}")
    if native and nat:
        return r.choice(nat)
    return r.choice(styles + nat)


def ordinary_date(r) -> str:
    m, d = r.randint(1, 12), r.randint(1, 28)
    return r.choice([f"{d} {MONTHS_NL[m - 1]}", f"{d} {MONTHS_NL[m - 1]} 2026", f"{d} {MONTHS_NL[m - 1]} 2025"])


# ---------------------------------------------------------------- language packs (keep words marked)

LANG = {
    "uk": dict(
        hello=["Привіт", "Доброго дня", "Добрий день", "Вітаю"],
        thanks=["Дякую", "Щиро дякую", "Дякуємо"],
        formal="Шановні",
        bye=["З повагою", "До побачення"],
        lang_nl="Oekraïens",
        country=["Oekraïne"],
        home=["Kharkiv", "Mariupol", "Odesa", "Dnipro", "Zaporizhzhia", "Kherson", "Mykolaiv", "Sumy"],
        fl=("Прізвище", "Ім'я", "Адреса", "Дата"),
        months=[
            "січня",
            "лютого",
            "березня",
            "квітня",
            "травня",
            "червня",
            "липня",
            "серпня",
            "вересня",
            "жовтня",
            "листопада",
            "грудня",
        ],
        yr=" р.",
        lines=[
            ("⟨Ми⟩ досі не отримали лист про допомогу.", "⟨Wij⟩ hebben nog steeds geen brief over de hulp gekregen."),
            ("⟨Я⟩ не розумію, чому гроші не прийшли.", "⟨Ik⟩ begrijp niet waarom het geld niet is gekomen."),
            ("⟨Будь⟩ ласка, допоможіть з реєстрацією.", "⟨Help⟩ alstublieft met de registratie."),
            (
                "⟨Наша⟩ квартира дуже холодна, опалення не працює.",
                "⟨Ons⟩ appartement is erg koud, de verwarming werkt niet.",
            ),
            ("⟨Діти⟩ ще не ходять до школи.", "⟨Kinderen⟩ gaan nog niet naar school."),
            ("⟨Мені⟩ потрібен перекладач на зустріч.", "⟨Ik⟩ heb een tolk nodig bij het gesprek."),
        ],
        dob_cue="дата народження",
    ),
    "ru": dict(
        hello=["Здравствуйте", "Добрый день", "Привет"],
        thanks=["Спасибо", "Большое спасибо"],
        formal="Уважаемые",
        bye=["С уважением"],
        lang_nl="Russisch",
        country=["Oekraïne", "Oekraïne", "Moldavië"],
        home=["Kharkiv", "Odesa", "Kryvyi Rih", "Chisinau", "Donetsk"],
        fl=("Фамилия", "Имя", "Адрес", "Дата"),
        months=[
            "января",
            "февраля",
            "марта",
            "апреля",
            "мая",
            "июня",
            "июля",
            "августа",
            "сентября",
            "октября",
            "ноября",
            "декабря",
        ],
        yr=" г.",
        lines=[
            ("⟨Мы⟩ до сих пор не получили письмо.", "⟨Wij⟩ hebben de brief nog steeds niet ontvangen."),
            ("⟨Я⟩ не понимаю, почему деньги не пришли.", "⟨Ik⟩ begrijp niet waarom het geld niet gekomen is."),
            ("⟨Пожалуйста⟩, помогите с регистрацией.", "⟨Alstublieft⟩, help met de registratie."),
            ("⟨Квартира⟩ очень холодная, отопление не работает.", "⟨Appartement⟩ erg koud, verwarming werkt niet."),
            ("⟨Нам⟩ нужен переводчик.", "⟨Wij⟩ hebben een tolk nodig."),
        ],
        dob_cue="дата рождения",
    ),
    "bg": dict(
        hello=["Здравейте", "Добър ден"],
        thanks=["Благодаря", "Много благодаря"],
        formal="Уважаеми",
        bye=["Поздрави", "С уважение"],
        lang_nl="Bulgaars",
        country=["Bulgarije"],
        home=["Plovdiv", "Sliven", "Varna", "Pazardzhik", "Stara Zagora"],
        fl=("Фамилия", "Име", "Адрес", "Дата"),
        months=[
            "януари",
            "февруари",
            "март",
            "април",
            "май",
            "юни",
            "юли",
            "август",
            "септември",
            "октомври",
            "ноември",
            "декември",
        ],
        yr=" г.",
        lines=[
            ("⟨Аз⟩ работя в оранжерия и нямам договор.", "⟨Ik⟩ werk in een kas en heb geen contract."),
            ("⟨Моля⟩, изпратете писмото на английски.", "⟨Stuur⟩ de brief alstublieft in het Engels."),
            ("⟨Хазяинът⟩ иска пари в брой.", "⟨Huisbaas⟩ wil contant geld."),
            ("⟨Нямаме⟩ топла вода от три седмици.", "⟨Geen⟩ warm water sinds drie weken."),
        ],
        dob_cue="дата на раждане",
    ),
    "el": dict(
        hello=["Καλημέρα", "Γεια σας"],
        thanks=["Ευχαριστώ", "Ευχαριστώ πολύ"],
        formal="Αξιότιμοι",
        bye=["Με εκτίμηση"],
        lang_nl="Grieks",
        country=["Griekenland"],
        home=["Thessaloniki", "Patras", "Larisa", "Volos"],
        fl=("Επώνυμο", "Όνομα", "Διεύθυνση", "Ημερομηνία"),
        months=[
            "Ιανουαρίου",
            "Φεβρουαρίου",
            "Μαρτίου",
            "Απριλίου",
            "Μαΐου",
            "Ιουνίου",
            "Ιουλίου",
            "Αυγούστου",
            "Σεπτεμβρίου",
            "Οκτωβρίου",
            "Νοεμβρίου",
            "Δεκεμβρίου",
        ],
        lines=[
            ("⟨Δεν⟩ καταλαβαίνω την επιστολή.", "⟨Ik⟩ begrijp de brief niet."),
            ("⟨Παρακαλώ⟩ απαντήστε στα αγγλικά.", "⟨Antwoord⟩ alstublieft in het Engels."),
            ("⟨Περιμένουμε⟩ τρεις μήνες.", "⟨Wij⟩ wachten drie maanden."),
        ],
        dob_cue="ημερομηνία γέννησης",
    ),
    "ar": dict(
        hello=["مرحبا", "السلام عليكم", "مساء الخير"],
        thanks=["شكرا", "شكرا جزيلا"],
        formal="السادة",
        bye=["مع التحية", "مع الشكر"],
        lang_nl="Arabisch",
        country=["Syrië"],
        home=["Aleppo", "Homs", "Idlib", "Deir ez-Zor", "Latakia"],
        fl=("الاسم", "الاسم الأول", "العنوان", "تاريخ"),
        lines=[
            ("⟨نحن⟩ ننتظر الرسالة منذ شهرين.", "⟨Wij⟩ wachten al twee maanden op de brief."),
            ("⟨أنا⟩ لا أفهم لماذا توقفت المساعدة.", "⟨Ik⟩ begrijp niet waarom de uitkering gestopt is."),
            ("⟨الرجاء⟩ الرد باللغة العربية.", "⟨Antwoord⟩ alstublieft in het Arabisch."),
            ("⟨البيت⟩ فيه رطوبة والأطفال مرضى.", "⟨Huis⟩ heeft vocht en de kinderen zijn ziek."),
        ],
        dob_cue="تاريخ الميلاد",
    ),
    "ti": dict(
        hello=["ሰላም"],
        thanks=["የቐንየለይ"],
        formal="ክቡራት",
        bye=["ምስ ሰላምታ"],
        lang_nl="Tigrinya",
        country=["Eritrea"],
        home=["Asmara", "Keren", "Mendefera", "Adi Keyh"],
        fl=("ስም", "ስም ኣቦ", "ኣድራሻ", "ዕለት"),
        lines=[
            ("⟨ኣነ⟩ ደብዳበ ኣይተረደኣንን።", "⟨Ik⟩ begrijp de brief niet."),
            ("⟨ቆልዓይ⟩ ቤት ትምህርቲ ክኸይድ ይደሊ።", "⟨Mijn⟩ kind wil naar school."),
            ("⟨በጃኹም⟩ ብትግርኛ ተርጉሙለይ።", "⟨Vertaal⟩ alstublieft in het Tigrinya."),
        ],
        dob_cue="ዕለተ ልደት",
    ),
    "fa": dict(
        hello=["سلام", "درود"],
        thanks=["ممنون", "سپاس"],
        formal="با احترام",
        bye=["با تشکر"],
        lang_nl="Farsi",
        country=["Iran", "Afghanistan"],
        home=["Herat", "Kabul", "Mashhad", "Shiraz", "Mazar-e Sharif"],
        fl=("نام خانوادگی", "نام", "نشانی", "تاریخ"),
        lines=[
            ("⟨من⟩ نامه را نمی‌فهمم.", "⟨Ik⟩ begrijp de brief niet."),
            ("⟨ما⟩ سه ماه است که منتظریم.", "⟨Wij⟩ wachten al drie maanden."),
            ("⟨لطفا⟩ به فارسی جواب بدهید.", "⟨Antwoord⟩ alstublieft in het Perzisch."),
        ],
        dob_cue="تاریخ تولد",
    ),
    "zh": dict(
        hello=["您好", "你好"],
        thanks=["谢谢", "非常感谢"],
        formal="尊敬的",
        bye=["此致"],
        lang_nl="Chinees",
        country=["China"],
        home=["Wenzhou", "Qingtian", "Guangzhou", "Hongkong"],
        fl=("姓", "名", "地址", "日期"),
        lines=[
            ("⟨我们⟩ 还没有收到信。", "⟨Wij⟩ hebben de brief nog niet ontvangen."),
            ("⟨我⟩ 不明白为什么要交罚款。", "⟨Ik⟩ begrijp niet waarom ik een boete moet betalen."),
            ("⟨请⟩ 用英文回复。", "⟨Antwoord⟩ alstublieft in het Engels."),
        ],
        dob_cue="出生日期",
    ),
}

# ---------------------------------------------------------------- people


def _latin_surname(r, origin: str, gender: str, key=None):
    fem, mal, pre, suf = N.LATIN[origin]
    if key is None:
        if origin == "Somali":
            key = tuple(r.sample(pre, 2))
        elif not suf:
            key = (r.choice(pre),)
        else:
            key = (r.choice(pre), r.choice(suf))
        if origin == "Dutch":
            key = key + (r.choice(N.DUTCH_PARTICLES) if r.random() < 0.6 else "",)
    if origin == "Somali":
        last = " ".join(key)
    elif len(key) == 1:
        last = key[0]
    else:
        last = key[0] + key[1]
    if origin == "Polish" and gender == "f" and last.endswith("ski"):
        last = last[:-1] + "a"
    part = key[2] if origin == "Dutch" else ""
    return key, last, part


def latin_person(r, origin: str, gender: str | None = None, key=None, word_surname: str | None = None) -> dict:
    gender = gender or r.choice("fm")
    fem, mal, _, _ = N.LATIN[origin]
    first = r.choice(fem if gender == "f" else mal)
    if word_surname:
        part = r.choice(["", "", "de", "van", "van der"]) if origin == "Dutch" else ""
        last, key = word_surname, None
    else:
        key, last, part = _latin_surname(r, origin, gender, key)
    full = f"{first} {part + ' ' if part else ''}{last}"
    lastb = f"{part[0].upper() + part[1:] + ' ' if part else ''}{last}"
    return dict(
        origin=origin,
        gender=gender,
        first=first,
        last=last,
        full=full,
        lastb=lastb,
        key=key,
        alt_first=first,
        alt_last=last,
    )


def script_person(r, origin: str, gender: str | None = None, key=None) -> dict:
    gender = gender or r.choice("fm")
    lang = N.LANG_OF[origin]
    p = dict(origin=origin, gender=gender, lang=lang)
    fem_m = {
        "uk": (N.UK_F, N.UK_M),
        "ru": (N.RU_F, N.RU_M),
        "bg": (N.BG_F, N.BG_M),
        "el": (N.EL_F, N.EL_M),
        "ar": (N.AR_F, N.AR_M),
        "ti": (N.TI_F, N.TI_M),
        "fa": (N.FA_F, N.FA_M),
    }
    if lang == "zh":
        if key is None:
            key = (r.choice(N.ZH_SUR),)
        nat_l, lat_l = key[0]
        giv = r.sample(N.ZH_GIV, 2)
        nat_f = "".join(g[0] for g in giv)
        lat_f = "".join(g[1] for g in giv)
        lat_f = lat_f[0].upper() + lat_f[1:]
        alt_f = "-".join(g[1].capitalize() for g in giv) if len(giv) == 2 else lat_f
        p.update(
            first=lat_f,
            last=lat_l,
            alt_first=alt_f,
            alt_last=lat_l,
            nat_first=nat_f,
            nat_last=nat_l,
            nat_full=nat_l + nat_f,
            full=f"{lat_l} {lat_f}",
            key=key,
        )
        p["alt_full"] = f"{alt_f} {lat_l}"
        p["lastb"] = lat_l
        return p
    nat_f, variants = r.choice(fem_m[lang][0 if gender == "f" else 1])
    first, alt_first = variants[0], r.choice(variants[1:]) if len(variants) > 1 else variants[0]
    if lang == "uk":
        key = key or (r.choice(N.UK_ROOTS), r.choice(N.UK_SUF), r.choice(N.UK_PATR))
        (nr, lr), (ns, ls), patr = key
        if ns == "чук" and nr.endswith("ч"):
            ns, ls = "ук", "uk"
        nat_l = (nr[:-1] if nr.endswith("ь") and ns[0] in "еєиі" else nr) + ns
        last = lr + ls
        alt_last = N.dutch_style(last)
        p["patr"] = patr[0] if gender == "f" else patr[1]
    elif lang in ("ru", "bg"):
        roots, sufs = (N.RU_ROOTS, N.RU_SUF) if lang == "ru" else (N.BG_ROOTS, N.BG_SUF)
        key = key or (r.choice(roots), r.choice(sufs), r.choice(N.RU_PATR) if lang == "ru" else r.choice(N.BG_ROOTS))
        (nr, lr), (ns, ls), patr = key
        nat_l, last = nr + ns, lr + ls
        if gender == "f":
            nat_l, last = nat_l + "а", last + "a"
        alt_last = N.dutch_style(last)
        if lang == "ru":
            p["patr"] = patr[0] if gender == "f" else patr[1]
        else:
            p["patr"] = patr[0] + ("ова" if gender == "f" else "ов")
    elif lang == "el":
        key = key or (r.choice(N.EL_ROOTS), r.randrange(3))
        (nr, lr), si = key
        ns, ls = (N.EL_SUF_F if gender == "f" else N.EL_SUF_M)[si]
        nat_l, last = nr + ns, lr + ls
        alt_last = last.replace("k", "c") if "k" in last else last.replace("p", "pp", 1)
    elif lang == "ar":
        if key is None:
            if origin == "Moroccan":
                key = ("ma", r.choice(N.AR_ROOTS_MA), r.random() < 0.5)
            else:
                key = ("sy", r.choice(N.AR_ROOTS_SY if origin == "Syrian" else N.AR_ROOTS_IQ), r.random() < 0.3)
        kind, (nr, lr), abu = key
        if kind == "ma":
            if abu:
                nat_l, last, alt_last = "بو" + nr, "Bou" + lr.lower(), "Bou " + lr
            else:
                nat_l, last, alt_last = "ال" + nr + "ي", f"El {lr}i", f"El{lr.lower()}i"
        else:
            if abu:
                nat_l, last, alt_last = "أبو " + nr, f"Abu {lr}", f"Abou {lr}"
            else:
                nat_l, last, alt_last = "ال" + nr, f"Al-{lr}", r.choice([f"Al {lr}", f"El-{lr}", f"Al{lr.lower()}"])
    elif lang == "ti":
        key = key or (r.choice(N.TI_PRE), r.choice(N.TI_SUF))
        (npre, lpre, apre), (nsuf, lsuf) = key
        nat_l, last, alt_last = npre + nsuf, lpre + lsuf, apre + lsuf
    else:  # fa
        sufs = N.FA_SUF_IR if origin == "Iranian" else N.FA_SUF_AF
        key = key or (r.choice(N.FA_ROOTS), r.choice(sufs))
        (nr, lr, ar_), (ns, ls, as_) = key
        nat_l, last, alt_last = nr + ns, lr + ls, ar_ + as_
    p.update(
        first=first,
        alt_first=alt_first,
        last=last,
        alt_last=alt_last,
        nat_first=nat_f,
        nat_last=nat_l,
        nat_full=f"{nat_f} {nat_l}",
        full=f"{first} {last}",
        alt_full=f"{alt_first} {alt_last}",
        key=key,
        lastb=last,
    )
    return p


def person(r, origin: str, **kw) -> dict:
    if origin in N.LATIN:
        return latin_person(r, origin, **kw)
    return script_person(r, origin, **kw)


OFFICIALS = [
    ("consulent", "Team Statushouders"),
    ("beleidsmedewerker", "Opvang Oekraïners"),
    ("klantmanager", "Werk en Inkomen"),
    ("leerplichtambtenaar", "Leerplicht"),
    ("medewerker", "Burgerzaken"),
    ("handhaver", "Toezicht en Handhaving"),
    ("locatiemanager", "Gemeentelijke Opvang"),
    ("jurist", "Bezwaar en Beroep"),
    ("wijkcoach", "Sociaal Wijkteam"),
    ("casemanager", "Huisvesting"),
    ("schuldhulpverlener", "Schulddienstverlening"),
    ("klantadviseur", "Parkeren"),
    ("inburgeringsregisseur", "Inburgering"),
    ("coördinator", "Vrijwilligerspunt"),
]
CITIES = [
    "Zwolle",
    "Tilburg",
    "Apeldoorn",
    "Leeuwarden",
    "Dordrecht",
    "Almere",
    "Haarlem",
    "Enschede",
    "Venlo",
    "Delft",
    "Assen",
    "Deventer",
    "Helmond",
    "Emmen",
    "Sittard",
    "Roosendaal",
    "Gouda",
    "Hoorn",
    "Zaandam",
]
STREET_A = [
    "Linden",
    "Berken",
    "Populier",
    "Meidoorn",
    "Kastanje",
    "Wilgen",
    "Esdoorn",
    "Hazelaar",
    "Sering",
    "Vlier",
    "Eiken",
    "Kievit",
    "Merel",
    "Spreeuwen",
    "Reiger",
    "Zwaluw",
    "Tulp",
    "Narcis",
    "Molen",
    "Dijkgraaf",
    "Schoener",
    "Kogge",
    "Fregat",
    "Brigantijn",
]
STREET_B = ["laan", "straat", "hof", "plein", "weg", "kade", "singel", "dreef", "pad", "erf"]
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"]
WEEKDAYS_C = ["Maandag", "Dinsdag", "Woensdag", "Donderdag", "Vrijdag"]
MUNI = {
    "Zwolle": "038",
    "Tilburg": "013",
    "Apeldoorn": "055",
    "Leeuwarden": "058",
    "Dordrecht": "078",
    "Almere": "036",
    "Haarlem": "023",
    "Enschede": "053",
    "Venlo": "077",
    "Delft": "015",
    "Assen": "0592",
    "Deventer": "0570",
    "Helmond": "0492",
    "Emmen": "0591",
    "Sittard": "046",
    "Roosendaal": "0165",
    "Gouda": "0182",
    "Hoorn": "0229",
    "Zaandam": "075",
}

# Dutch surnames that are also ordinary words, with a phrase using the word in its ordinary sense (lower case)
KNOWN_WORDS = {
    "Bakker": "de ⟨bakker⟩ op de hoek geeft elke ochtend brood mee",
    "Visser": "een ⟨visser⟩ bij de haven heeft hun fietsen gevonden",
    "Koster": "de ⟨koster⟩ van de kerk opent op zondag de zaal voor de taalles",
    "Schipper": "de ⟨schipper⟩ van het pontje laat de kinderen gratis meevaren",
    "Molenaar": "de ⟨molenaar⟩ liet de kinderen de molen van binnen zien",
    "Brouwer": "een ⟨brouwer⟩ uit de buurt bood werk aan in zijn magazijn",
    "Timmerman": "een ⟨timmerman⟩ repareerde gratis de kapotte deur",
    "Vos": "er loopt 's nachts een ⟨vos⟩ door de tuin en de kinderen zijn bang",
    "Haan": "de ⟨haan⟩ van de buren kraait om vijf uur",
    "Winter": "deze ⟨winter⟩ is het huis te koud",
    "Storm": "de ⟨storm⟩ van vorige week heeft het dak van de schuur beschadigd",
    "Hoek": "het gezin woont op de ⟨hoek⟩ van de straat",
    "Bos": "de kinderen spelen graag in het ⟨bos⟩ achter de school",
    "Beek": "het pad langs de ⟨beek⟩ is 's avonds donker",
    "Kok": "de oudste zoon werkt als ⟨kok⟩ in een restaurant",
    "Boer": "de vader werkt bij een ⟨boer⟩ in de kas",
    "Schilder": "een ⟨schilder⟩ komt volgende week de muur witten",
    "Steen": "een losse ⟨steen⟩ in de stoep deed haar vallen",
    "Mol": "een ⟨mol⟩ heeft het gazon omgewoeld",
    "Vink": "er zit een ⟨vink⟩ in de tuin die de jongste elke dag voert",
    "Kroon": "de moeder heeft een nieuwe ⟨kroon⟩ nodig bij de tandarts",
    "Groot": "het is een ⟨groot⟩ gezin met vier kinderen",
    "Klein": "het huis is ⟨klein⟩ voor zes mensen",
    "Valk": "een ⟨valk⟩ cirkelt elke ochtend boven het weiland",
    "Smid": "de ⟨smid⟩ in het dorp heeft de fiets gelast",
    "Zomer": "vóór de ⟨zomer⟩ moet er een ander huis zijn",
    "Dam": "het gastgezin woont vlak bij de ⟨dam⟩ in het dorp",
    "Haas": "de kinderen zagen een ⟨haas⟩ in het weiland",
    "Berg": "er ligt een ⟨berg⟩ post die niemand kan lezen",
    "Veld": "de jongens voetballen op het ⟨veld⟩ achter de school",
}
