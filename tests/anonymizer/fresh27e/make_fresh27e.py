"""Generator of the blind anonymizer corpus fresh27e (helper F27E, round twenty-one).

Residents who write to the municipality and the mediator partly or wholly in another script (Cyrillic, Arabic,
Ge'ez, Persian, Greek, Chinese). Seed 20262105; document i draws from random.Random("20262105-<i>") and, when it
fails its gate, from "20262105-<i>-<attempt>".

    python make_fresh27e.py            write fresh27e_texts.jsonl
    python make_fresh27e.py --check    exit 1 if the committed file differs from what would be written
    python make_fresh27e.py --stats    counts per label, shapes, known-name documents, redraws
"""

from __future__ import annotations

import importlib.util
import json
import random
import re
import string
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import names27e as N  # noqa: E402
import people27e as PP  # noqa: E402
from people27e import K, P  # noqa: E402
from shapes27e import BODIES, CLOSERS, OPENERS  # noqa: E402

SEED = "20262105"
N_DOCS = 300
OUT = HERE / "fresh27e_texts.jsonl"
LABELS = (
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
)
PARTICLES = {"van", "de", "der", "den", "het", "'t", "ter", "te", "ten", "in", "op", "la", "le", "du"}

_spec = importlib.util.spec_from_file_location("score27e", HERE.parent / "corpora" / "score.py")
_score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_score)

SHAPES = {
    **{f"open:{k}": v for k, v in OPENERS.items()},
    **{f"body:{k}": v for k, v in BODIES.items()},
    **{f"close:{k}": v for k, v in CLOSERS.items()},
}
KNOWN_SHAPES = [k for k in BODIES if k.startswith("known_")]
CYCLE_BODIES = [k for k in BODIES if not k.startswith("known_")]

RESIDENT_WEIGHTS = [
    ("Ukrainian", 30),
    ("Russian", 10),
    ("Syrian", 12),
    ("Iraqi", 6),
    ("Moroccan", 7),
    ("Eritrean", 9),
    ("Iranian", 5),
    ("Afghan", 6),
    ("Bulgarian", 6),
    ("Greek", 4),
    ("Chinese", 5),
]
HOST_ORIGINS = ["Dutch"] * 6 + ["Frisian"] * 2 + ["German", "Flemish", "Surinamese-Creole", "Indonesian"]
OTHER_ORIGINS = list(N.LATIN) + N.SCRIPT_ORIGINS
SCHEMES = [
    "⟨Regeling⟩ ⟨Opvang⟩ ⟨Ontheemden⟩",
    "⟨bijzondere⟩ ⟨bijstand⟩",
    "⟨huurtoeslag⟩",
    "⟨leefgeld⟩",
    "⟨Meedoenpas⟩",
    "⟨kwijtschelding⟩",
    "⟨inburgering⟩",
    "⟨Jeugdfonds⟩ ⟨Sport⟩",
    "⟨schoolvervoer⟩",
]
SUBJECTS = [
    "⟨Brief⟩ niet begrepen",
    "⟨Leefgeld⟩ gestopt",
    "⟨Inschrijving⟩ BRP",
    "⟨Schoolvervoer⟩ kinderen",
    "⟨Verhuizing⟩ naar andere opvang",
    "⟨Naheffing⟩ parkeren",
]
DECISION = {
    "uk": "Рішення",
    "ru": "Решение",
    "bg": "Решение",
    "el": "Απόφαση",
    "ar": "قرار",
    "fa": "تصمیم",
    "zh": "决定",
    "ti": "ውሳኔ",
}
CASE_CUE = {
    "uk": "номер справи",
    "ru": "номер дела",
    "bg": "номер на преписка",
    "el": "αριθμός υπόθεσης",
    "ar": "رقم الملف",
    "fa": "شماره پرونده",
    "zh": "案件编号",
}
REL = {"f": ["dochter", "moeder", "zus", "vrouw", "schoonmoeder"], "m": ["zoon", "vader", "broer", "man", "opa"]}
CHANNELS = ["⟨telefoon⟩", "⟨balie⟩", "⟨e-mail⟩", "⟨WhatsApp⟩", "⟨brief⟩"]
MAIL_DOMAINS = ["gmail.com", "ukr.net", "outlook.com", "hotmail.com", "yahoo.com", "i.ua", "proton.me", "icloud.com"]
DUTCH_DOMAINS = ["ziggo.nl", "kpnmail.nl", "hetnet.nl", "gmail.com", "xs4all.nl", "planet.nl"]


def ascii_(s: str) -> str:
    s = N.strip_accents(s).replace("ł", "l").replace("ı", "i").replace("Ł", "L")
    return re.sub(r"[^A-Za-z]", "", s).lower()


def fields(template: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(template) if f}


def pick(r, weighted):
    total = sum(w for _, w in weighted)
    x = r.uniform(0, total)
    for item, w in weighted:
        x -= w
        if x <= 0:
            return item
    return weighted[-1][0]


def email_for(r, p: dict, dutch: bool = False) -> str:
    f, l = ascii_(p["first"]), ascii_(p["last"])
    if p.get("lang") == "zh" and r.random() < 0.4:
        return f"{r.randint(10**8, 10**10)}@qq.com"
    local = r.choice([f"{f}.{l}", f"{f[0]}.{l}", f"{l}.{f}", f"{f}{l}{r.randint(10, 99)}", f"{f}_{l[:5]}"])
    return f"{local}@{r.choice(DUTCH_DOMAINS if dutch else MAIL_DOMAINS)}"


def possessive(name: str) -> str:
    """Dutch possessive of a first name: Olena's, Bohdans, Taras'."""
    if name[-1] in "sxz":
        return name + "'"
    if name[-1] in "aeiouy":
        return name + "'s"
    return name + "s"


def title(p: dict, cap: bool = False) -> str:
    t = "mevrouw" if p["gender"] == "f" else "meneer"
    return t.capitalize() if cap else t


def build_context(r, i: int, known: bool) -> dict:
    c: dict[str, str] = {}
    origin = pick(r, RESIDENT_WEIGHTS)
    res = PP.person(r, origin)
    lang = res["lang"]
    L = PP.LANG[lang]
    g = res["gender"]
    c["r_full"] = P(res["full"])
    c["r_first"] = P(res["first"])
    c["r_last"] = P(res["last"])
    c["r_lastb"] = P(res["lastb"])
    c["r_alt_full"] = P(res["alt_full"])
    c["r_alt_first"] = P(res["alt_first"])
    c["r_first_lc"] = P(res["first"].lower())
    c["r_poss"] = P(possessive(res["first"]))
    c["r_caps"] = P(f"{res['last'].upper()} {res['first']}")
    c["r_nat_full"] = P(res["nat_full"])
    c["r_nat_first"] = P(res["nat_first"])
    c["r_nat_last"] = P(res["nat_last"])
    c["r_title"], c["r_title_c"] = title(res), title(res, True)
    c["r_pron"], c["r_pron_c"] = ("zij", "Zij") if g == "f" else ("hij", "Hij")
    c["r_poss_pron"], c["r_poss_pron_c"] = ("haar", "Haar") if g == "f" else ("zijn", "Zijn")
    if lang in ("uk", "ru", "bg", "el"):
        nat_last_caps = N.strip_accents(res["nat_last"]).upper() if lang == "el" else res["nat_last"].upper()
        caps = f"{nat_last_caps} {res['nat_first']}" + (f" {res['patr']}" if res.get("patr") else "")
        c["r_caps_nat"] = P(caps)
    if lang in ("uk", "ru"):
        c["r_patr_full"] = P(f"{res['nat_first']} {res['patr']}")
        c["r_gen"] = P(N.cyr_gen(res["nat_first"], lang))
    if lang == "uk" and g == "f":
        c["r_voc_q"] = "⟨Шановна⟩ " + P(f"{N.uk_voc(res['nat_first'])} {N.uk_voc(res['patr'])}")
    hand = f"{ascii_(res['first'])}_{ascii_(res['last'])[:7]}{r.randint(1, 99)}"
    c["r_handle"] = "@" + P(hand)
    c["r_file"] = "scan-" + P(f"{res['last']}_{res['first']}".replace(" ", "_")) + ".pdf"
    ymd = PP.birth_ymd(r)
    c["r_dob"] = P(PP.dob(r, lang, ymd), "DATE_OF_BIRTH")
    c["r_dob_nat"] = P(PP.dob(r, lang, ymd, native=True), "DATE_OF_BIRTH")
    y, m, d = ymd
    c["r_dob_num"] = P(r.choice([f"{d:02d}-{m:02d}-{y}", f"{d:02d}.{m:02d}.{y}"]), "DATE_OF_BIRTH")
    c["r_email"] = P(email_for(r, res), "EMAIL")
    c["r_phone"] = P(PP.phone_nl(r), "PHONE")
    c["r_phone_f"] = P(PP.phone_abroad(r, lang), "PHONE")
    # family member sharing the family name
    fg = r.choice("fm")
    fam = PP.person(r, origin, gender=fg, key=res["key"])
    c["f_first"] = P(fam["first"])
    c["f_full"] = P(fam["full"])
    c["f_nat_first"] = P(fam["nat_first"])
    c["f_rel"] = K(r.choice(REL[fg]))
    c["f_dob"] = P(PP.dob(r, lang, PP.birth_ymd(r, (1940, 2020))), "DATE_OF_BIRTH")
    # host family (the known-name resident in every fourth document)
    if known:
        word = r.choice(sorted(PP.KNOWN_WORDS))
        host = PP.latin_person(r, r.choice(["Dutch", "Dutch", "Frisian"]), word_surname=word)
        c["kw_phrase"] = PP.KNOWN_WORDS[word]
    else:
        host = PP.person(r, r.choice(HOST_ORIGINS))
    c["h_full"] = P(host["full"])
    c["h_first"] = P(host["first"])
    c["h_first_lc"] = P(host["first"].lower())
    c["h_lastb"] = P(host["lastb"])
    c["h_title"], c["h_title_c"] = title(host), title(host, True)
    h_phone = r.choice([PP.phone_nl(r), PP.phone_land(r)])
    h_email = email_for(r, host, dutch=True)
    c["h_phone"] = P(h_phone, "PHONE")
    c["h_email"] = P(h_email, "EMAIL")
    nb = PP.person(r, r.choice(OTHER_ORIGINS))
    c["n_full"] = P(nb["full"])
    c["n_lastb"] = P(nb["lastb"])
    c["n_title_c"] = title(nb, True)
    c["n_no"] = str(r.randint(2, 180))
    off = PP.person(r, r.choice(OTHER_ORIGINS))
    func, dept = r.choice(PP.OFFICIALS)
    c["o_full"] = P(off["full"])
    c["o_lastb"] = P(off["lastb"])
    c["o_title"], c["o_title_c"] = title(off), title(off, True)
    c["o_func"], c["o_dept"] = K(func), K(dept)
    med = PP.person(r, r.choice(OTHER_ORIGINS))
    c["m_full"] = P(med["full"])
    c["m_first"] = P(med["first"])
    c["m_lastb"] = P(med["lastb"])
    c["m_title"] = title(med)
    c["m_email"] = P(f"{ascii_(med['first'])[0]}.{ascii_(med['last'])}@verzoektotafstemming.nl", "EMAIL")
    interp = PP.person(r, origin if r.random() < 0.7 else r.choice(OTHER_ORIGINS))
    c["t_full"] = P(interp["full"])
    c["t_first"] = P(interp["first"])
    vol = PP.person(r, r.choice(OTHER_ORIGINS))
    c["v_full"] = P(vol["full"])
    c["v_first"] = P(vol["first"])
    c["v_first_lc"] = P(vol["first"].lower())
    # places and numbers
    city = r.choice(PP.CITIES)
    c["city"] = K(city)
    street = r.choice(PP.STREET_A) + r.choice(PP.STREET_B)
    num = r.choice(
        [
            str(r.randint(1, 240)),
            f"{r.randint(1, 90)}-{r.randint(1, 3)}",
            f"{r.randint(1, 90)}{r.choice('ABC')}",
            f"{r.randint(1, 90)}-hs",
        ]
    )
    c["street"] = P(street, "ADDRESS")
    c["addr"] = P(f"{street} {num}", "ADDRESS")
    if lang in ("uk", "ru", "bg"):
        c["addr_cyr"] = P(f"{N.dutch_to_cyr(street)} {num}", "ADDRESS")
        c["plate_c"] = P(PP.plate_ua(r, cyr=True), "LICENSE_PLATE")
    c["pc"] = P(PP.postcode(r), "POSTCODE")
    c["bsn"] = P(PP.bsn(r), "BSN")
    c["iban"] = P(PP.iban(r), "IBAN")
    if lang in ("uk", "ru", "bg"):
        c["iban_f"] = P(PP.iban(r, "BG" if lang == "bg" else "UA"), "IBAN")
    c["plate"] = P(PP.plate(r), "LICENSE_PLATE")
    if lang in ("uk", "ru", "bg"):
        c["plate_f"] = P(PP.plate_bg(r) if lang == "bg" else PP.plate_ua(r), "LICENSE_PLATE")
    case, case2 = PP.case_number(r), PP.case_number(r)
    c["case"], c["case2"] = P(case, "CASE_NUMBER"), P(case2, "CASE_NUMBER")
    if lang in CASE_CUE:
        c["case_cue"] = K(CASE_CUE[lang])
    c["date1"] = K(PP.ordinary_date(r))
    c["date2"] = K(PP.ordinary_date(r))
    c["wd"] = K(r.choice(PP.WEEKDAYS))
    c["month"] = K(r.choice(PP.MONTHS_NL))
    c["amount"] = K(r.choice(["€ 56,10", "€ 260", "€ 1.245,50", "€ 87,75", "€ 412", "€ 35"]))
    c["weeks"] = str(r.randint(3, 14))
    area = PP.MUNI[city]
    c["muni_phone"] = K(f"14 {area}")
    c["muni_mail"] = K(f"info@{city.lower()}.nl")
    c["time"] = f"{r.randint(7, 22):02d}:{r.randint(0, 59):02d}"
    c["scheme"] = r.choice(SCHEMES)
    c["subject"] = r.choice(SUBJECTS)
    c["channel"] = r.choice(CHANNELS)
    c["decision_nat"] = K(DECISION[lang])
    # language pack
    c["hello"] = K(r.choice(L["hello"]))
    c["thanks"] = K(r.choice(L["thanks"]))
    c["formal"] = K(L["formal"])
    c["bye"] = K(r.choice(L["bye"]))
    c["lang_nl"] = K(L["lang_nl"])
    c["country"] = K(r.choice(L["country"]))
    c["home"] = K(r.choice(L["home"]))
    (n1, t1), (n2, t2) = r.sample(L["lines"], 2)
    c["nat1"], c["nl1"], c["nat2"], c["nl2"] = n1, t1, n2, t2
    plain = re.sub(r"[⟨⟩]", "", t1)
    c["nl1_lc"] = plain[0].lower() + plain[1:]
    c["fl_sur"], c["fl_first"] = K(L["fl"][0]), K(L["fl"][1])
    c["fl_dob"] = K(L["dob_cue"])
    c["dob_cue"] = K(L["dob_cue"])
    meta = {
        "origin": origin,
        "lang": lang,
        "host": host,
        "h_phone": h_phone,
        "h_email": h_email,
        "origins": {
            origin,
            host["origin"],
            nb["origin"],
            off["origin"],
            med["origin"],
            interp["origin"],
            vol["origin"],
        },
    }
    return c, meta


PII_RE = re.compile(r"⟦([A-Z_]+)\|(.*?)⟧")
KEEP_RE = re.compile(r"⟨(.*?)⟩")


def render(marked: str) -> tuple[str, list[dict], list[str]]:
    pii, keep = [], []
    for label, text in PII_RE.findall(marked):
        item = {"text": text, "label": label}
        if item not in pii:
            pii.append(item)
    for w in KEEP_RE.findall(marked):
        if w not in keep and w.lower() not in PARTICLES:
            keep.append(w)
    text = KEEP_RE.sub(lambda m: m.group(1), PII_RE.sub(lambda m: m.group(2), marked))
    return text, pii, keep


def usable(name: str, c: dict) -> bool:
    return fields(SHAPES[name]) <= c.keys()


def make_doc(i: int, r: random.Random) -> tuple[dict, list[str], set[str]]:
    known = i % 4 == 1
    opener = "open:" + list(OPENERS)[i % len(OPENERS)]
    forced = "body:" + CYCLE_BODIES[i % len(CYCLE_BODIES)]
    closer = "close:" + list(CLOSERS)[i % len(CLOSERS)]
    for _ in range(40):
        c, meta = build_context(r, i, known)
        if all(usable(s, c) for s in (opener, forced, closer)):
            break
    shapes = (
        [opener] if usable(opener, c) else [r.choice([s for s in SHAPES if s.startswith("open:") and usable(s, c)])]
    )
    bodies = [forced] if usable(forced, c) else []
    if known:
        bodies.append("body:" + r.choice(KNOWN_SHAPES))
    pool = [
        s
        for s in SHAPES
        if s.startswith("body:") and usable(s, c) and s not in bodies and not s.startswith("body:known_")
    ]
    bodies += r.sample(pool, r.randint(1, 3))
    r.shuffle(bodies)
    shapes += bodies
    shapes.append(
        closer if usable(closer, c) else r.choice([s for s in SHAPES if s.startswith("close:") and usable(s, c)])
    )
    parts = [SHAPES[s].format_map(c) for s in shapes]
    body, prev = "", ""
    for part in parts[1:-1]:
        ends = prev.rstrip().endswith((".", "!", "?", '"', ")", "。", "።", "👍"))
        sep = "\n" if "\n" in part or "\n" in prev or not ends else " "
        body = part if not body else body + sep + part
        prev = part
    marked = parts[0] + "\n" + body + "\n" + parts[-1]
    text, pii, keep = render(marked)
    doc = {"id": f"fresh27e-{i:04d}", "text": text, "pii": pii, "keep": keep}
    if known:
        kn = {"names": [meta["host"]["full"]]}
        if meta["h_email"] in text:
            kn["emails"] = [meta["h_email"]]
        if meta["h_phone"] in text:
            kn["phones"] = [meta["h_phone"]]
        doc["known"] = kn
    return doc, shapes, meta["origins"]


def bsn_ok(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    return (sum(int(x) * (9 - k) for k, x in enumerate(d[:8])) - int(d[8])) % 11 == 0


def _words(s: str) -> set[str]:
    return {w.lower() for w in re.findall(r"\w+", s) if len(w) > 1 and w.lower() not in PARTICLES}


def gate(doc: dict) -> str | None:
    """None when the document passes its three gates, else the reason."""
    try:
        _score.check_doc(doc)
    except AssertionError as e:
        return f"check_doc: {e}"
    for item in doc["pii"]:
        if item["label"] not in LABELS:
            return f"label {item['label']}"
        if item["label"] == "BSN" and not bsn_ok(item["text"]):
            return f"bsn {item['text']}"
        if item["label"] == "IBAN" and not PP.iban_ok(item["text"]):
            return f"iban {item['text']}"
    names = set()
    for item in doc["pii"]:
        if item["label"] == "PERSON":
            names |= _words(item["text"])
    known_words = set()
    for n in doc.get("known", {}).get("names", []):
        known_words |= _words(n)
    for k in doc["keep"]:
        shared = _words(k) & names
        if shared and not (k == k.lower() and shared <= known_words):
            return f"keep {k!r} shares {sorted(shared)} with a name"
    if "known" in doc:
        if not any(k == k.lower() and _words(k) & known_words for k in doc["keep"]):
            return "known name without its ordinary lower-case use"
    return None


def generate() -> tuple[list[dict], Counter, list, set]:
    docs, shape_use, redraws, origins = [], Counter(), [], set()
    for i in range(N_DOCS):
        r = random.Random(f"{SEED}-{i}")
        attempt = 0
        while True:
            doc, shapes, orig = make_doc(i, r)
            reason = gate(doc)
            if reason is None:
                break
            attempt += 1
            redraws.append((doc["id"], reason))
            if attempt > 50:
                raise SystemExit(f"{doc['id']}: {reason}")
            r = random.Random(f"{SEED}-{i}-{attempt}")
        docs.append(doc)
        shape_use.update(shapes)
        origins |= orig
    return docs, shape_use, redraws, origins


def serialise(docs: list[dict]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv: list[str]) -> int:
    docs, shape_use, redraws, origins = generate()
    data = serialise(docs)
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == data
        print("fresh27e_texts.jsonl is up to date" if same else "fresh27e_texts.jsonl differs from the generator")
        return 0 if same else 1
    if "--stats" in argv:
        labels = Counter(item["label"] for d in docs for item in d["pii"])
        print(f"documents: {len(docs)}")
        for lab in LABELS:
            print(f"  {lab:14} {labels[lab]}")
        print(f"  {'total':14} {sum(labels.values())}")
        print(f"keep words: {sum(len(d['keep']) for d in docs)} (min per document {min(len(d['keep']) for d in docs)})")
        print(
            f"shapes registered: {len(SHAPES)}; shapes used: {len(shape_use)} "
            f"(openers {sum(1 for s in shape_use if s.startswith('open:'))}, "
            f"bodies {sum(1 for s in shape_use if s.startswith('body:'))}, "
            f"closers {sum(1 for s in shape_use if s.startswith('close:'))})"
        )
        unused = sorted(set(SHAPES) - set(shape_use))
        if unused:
            print(f"  unused: {', '.join(unused)}")
        print(f"origin groups: {len(origins)}")
        print(f"known-name documents: {sum(1 for d in docs if 'known' in d)}")
        print(f"redraws: {len(redraws)}")
        for k, v in sorted(Counter(v.split(":")[0].split(" ")[0] for _, v in redraws).items()):
            print(f"  {k}: {v}")
        return 0
    OUT.write_text(data, encoding="utf-8")
    print(f"{len(docs)} documents -> {OUT.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
