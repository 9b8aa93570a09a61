"""Generate the held-out anonymizer corpus holdout4 (deterministic, seed 5122026, stdlib only).

    python tests/anonymizer/holdout4/make_holdout4.py          # writes the three .jsonl files next to this file
    python tests/anonymizer/holdout4/make_holdout4.py --check  # only verifies that the files are what it writes

Every document passes a self-check before it is written: each pii and keep string occurs in the text, a
perfect anonymizer (every pii string replaced) leaks nothing under the shared scorer's leak rule and keeps
every keep string (so keep strings never overlap pii), and nothing personal is written that is not listed.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import known4  # noqa: E402
import shapes4 as S  # noqa: E402
import structured4  # noqa: E402
from core4 import Ctx  # noqa: E402

SEED = 5122026
PARTICLES = {"van", "de", "der", "den", "het", "'t", "ter", "te", "ten", "in", "op", "la", "le", "du"}


# --- the shared scorer's leak rule (copied so that the generator needs nothing outside this folder) ----------
def _norm(s: str) -> str:
    return re.sub(r"[\s.\-/()]", "", s).upper()


def leaked(item: dict[str, str], out: str) -> bool:
    text, label = item["text"], item["label"]
    if label in ("PERSON", "ADDRESS"):
        if label == "PERSON":
            parts = [p for p in text.split() if p.lower() not in PARTICLES and len(p) > 1]
        else:
            parts = [text.rsplit(" ", 1)[0] if re.search(r"\d", text) else text]
        for p in parts:
            for form in {p, p[0].upper() + p[1:]} if label == "PERSON" else {p}:
                if re.search(r"(?<![\w])" + re.escape(form) + r"(?![\w])", out):
                    return True
        return False
    if label == "EMAIL":
        return text.split("@")[0].lower() in out.lower()
    if label == "PHONE":
        return re.sub(r"\D", "", text)[-7:] in re.sub(r"\D", "", out)
    if label == "DATE_OF_BIRTH" and not re.fullmatch(r"[\d\-]+", text):
        return text.lower() in out.lower()
    return _norm(text) in _norm(out)


def perfect(text: str, pii: list[dict[str, str]]) -> str:
    out = text
    for item in sorted(pii, key=lambda i: -len(i["text"])):
        out = re.sub(r"(?<![\w])" + re.escape(item["text"]) + r"(?![\w])", "▒", out)
    return out


def check(doc: dict) -> str | None:
    """Why the document is not exactly annotated, or None."""
    text = doc["text"]
    for item in doc["pii"]:
        if not re.search(r"(?<![\w])" + re.escape(item["text"]) + r"(?![\w])", text):
            return f"pii not in text as a whole word: {item}"
    for k in doc["keep"]:
        if k.lower() not in text.lower():
            return f"keep not in text: {k}"
    out = perfect(text, doc["pii"])
    for item in doc["pii"]:
        if leaked(item, out):
            return f"a perfect anonymizer would still be scored as leaking {item}"
    for k in doc["keep"]:
        if k.lower() not in out.lower():
            return f"keep overlaps pii: {k}"
    if "\x00" in text:
        return "NUL"
    return None


# --- genres of the shapes file ---------------------------------------------------------------------------------
def _some(c: Ctx, x: S.Cast, shapes: list[S.Shape], lo: int, hi: int) -> list[str]:
    idx = sorted(c.rng.sample(range(len(shapes)), c.rng.randint(lo, min(hi, len(shapes)))))
    picked = [shapes[i] for i in idx]  # in list order: a call opens with the greeting, an agreement with parties
    return [f(c, x) for f in picked]


def g_log(c: Ctx, x: S.Cast) -> str:
    head = c.rng.choice(["Logboek", "contactlog", "LOG bemiddeling", "Notities"])
    return f"{c.K(head)} {x.r.sur() if c.rng.random() < 0.5 else ''}\n" + "\n".join(_some(c, x, S.LOG, 3, 5))


def g_mail(c: Ctx, x: S.Cast) -> str:
    greet = c.rng.choice(
        [
            lambda: f"Beste {x.m.first()},",
            lambda: "Goedemiddag,",
            lambda: f"Hoi {x.m.lower_first()}",
            lambda: "Geachte heer/mevrouw,",
        ]
    )()
    return greet + "\n\n" + " ".join(_some(c, x, S.BODY, 2, 3)) + "\n\n" + c.rng.choice(S.SIGN)(c, x)


def g_forward(c: Ctx, x: S.Cast) -> str:
    muni = c.rng.choice(["zwolle", "amersfoort", "deventer", "gouda", "almere"])
    return (
        f"---------- Doorgestuurd bericht ---------\nVan: {x.o.full()} <{x.o.work_email(muni)}>\n"
        f"Datum: {c.date()}\nOnderwerp: Fwd: {x.r.formal()}\n\n"
        + " ".join(_some(c, x, S.BODY, 1, 2))
        + "\n\n> "
        + S.persons_extra(c, x)
        + "\n\n"
        + c.rng.choice(S.SIGN)(c, x)
    )


def g_minutes(c: Ctx, x: S.Cast) -> str:
    return (
        f"Verslag {c.K('keukentafelgesprek')} {c.date()}\n"
        + "\n".join(_some(c, x, S.BULLET, 2, 4))
        + "\n"
        + " ".join(_some(c, x, S.BODY, 1, 2))
    )


def g_chat(c: Ctx, x: S.Cast) -> str:
    return "\n".join(_some(c, x, S.CHAT, 3, 5))


def g_call(c: Ctx, x: S.Cast) -> str:
    return f"{c.K('Telefoonnotitie')} {c.date()}\n" + "\n".join(_some(c, x, S.CALL, 2, 4))


def g_complaint(c: Ctx, x: S.Cast) -> str:
    body = " ".join(_some(c, x, S.BODY, 2, 4))
    if c.rng.random() < 0.3:
        return c.K("klacht") + ": " + body
    return f"Omschrijving {c.K('klacht')}:\n{body}"


def g_letter(c: Ctx, x: S.Cast) -> str:
    return "\n\n".join(_some(c, x, S.PDF, 2, 4))


def g_agreement(c: Ctx, x: S.Cast) -> str:
    return f"{c.K('AFSPRAKEN')}\n" + "\n".join(_some(c, x, S.AGREE, 2, 4))


def g_table(c: Ctx, x: S.Cast) -> str:
    return S.MD[0](c, x) + "\n\n" + " ".join(_some(c, x, S.BODY, 1, 2))


def g_mixed(c: Ctx, x: S.Cast) -> str:
    return " ".join(_some(c, x, S.BODY, 2, 3)) + " " + S.persons_extra(c, x)


def g_informal(c: Ctx, x: S.Cast) -> str:
    return " ".join(_some(c, x, S.INFORMAL, 2, 4))


GENRES: list[Callable[[Ctx, S.Cast], str]] = [
    g_log,
    g_mail,
    g_forward,
    g_informal,
    g_minutes,
    g_chat,
    g_call,
    g_complaint,
    g_letter,
    g_agreement,
    g_table,
    g_mixed,
]


def make_doc(rng: random.Random, build: Callable[[Ctx], tuple[str, dict | None]], doc_id: str) -> dict:
    last = ""
    for _ in range(200):
        c = Ctx(rng)
        text, known = build(c)
        text = re.sub(r"[ \t]+\n", "\n", text).strip()
        text = re.sub(r"\b(?:de|het) (?=(?:De|Het) [A-Z])", "", text)  # "aan de Het Want" -> "aan Het Want"
        doc: dict = {"id": doc_id, "text": text, "pii": c.pii, "keep": c.keep}
        if known:
            doc["known"] = known
        why = check(doc)
        if why is None:
            return doc
        last = why
    raise SystemExit(f"{doc_id}: no valid document after 200 tries ({last})")


def build_shapes(c: Ctx) -> tuple[str, None]:
    x = S.Cast(c)
    return c.rng.choice(GENRES)(c, x), None


def build_structured(c: Ctx) -> tuple[str, None]:
    return c.rng.choice(structured4.FORMATS)(c), None


def build_known(c: Ctx) -> tuple[str, dict]:
    return known4.known_doc(c)


FILES = {
    "holdout4_shapes.jsonl": (build_shapes, 350, "h4s"),
    "holdout4_known.jsonl": (build_known, 150, "h4k"),
    "holdout4_structured.jsonl": (build_structured, 200, "h4t"),
}


def generate() -> dict[str, str]:
    rng = random.Random(SEED)
    out = {}
    for name, (build, n, prefix) in FILES.items():
        docs = [make_doc(rng, build, f"{prefix}-{i:04d}") for i in range(n)]
        out[name] = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)
    return out


def main() -> int:
    files = generate()
    if "--check" in sys.argv:
        bad = [n for n, t in files.items() if (HERE / n).read_text(encoding="utf-8") != t]
        print("differs: " + ", ".join(bad) if bad else "ok")
        return 1 if bad else 0
    for name, text in files.items():
        (HERE / name).write_text(text, encoding="utf-8")
        print(name, text.count("\n"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
