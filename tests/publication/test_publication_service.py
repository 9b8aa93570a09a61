"""Units of the publication service: record matching, cleaning, restoring, highlighting, numbering."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markupsafe import Markup

from anonymizer import Entity, Known
from portal.extensions import db
from portal.models import Article
from portal.services import publication as pub

RECORD = pub.RecordTerms(
    name_parts=("Ben", "Groen"),
    emails=("b.groen77@example.org",),
    phones=("612345678",),
    official_parts=("Henk", "Geheimzinnig"),
)
CTX = pub.Context(
    Known(names=["Ben Groen", "Henk Geheimzinnig"], emails=["b.groen77@example.org"], phones=["06-12345678"]), RECORD
)


@pytest.mark.parametrize(
    "raw,digits",
    [
        ("06-12345678", "612345678"),
        ("06 1234 5678", "612345678"),
        ("+31 6 12345678", "612345678"),
        ("0031612345678", "612345678"),
        ("+31 (0)6 1234 5678", "612345678"),
        ("31612345678", "612345678"),
        ("010-1234567", "101234567"),
        ("", ""),
    ],
)
def test_phone_digits(raw, digits):
    assert pub.phone_digits(raw) == digits


@pytest.mark.parametrize(
    "text,kinds",
    [
        ("Ik ben blij.", []),  # "ben" is a word; only "Ben" counts
        ("Ben belde.", ["RECORD_NAME"]),
        ("de groene container van groen", []),  # "groen" is an ordinary word: only capitalised is it the name
        ("de groene container van Groen", ["RECORD_NAME"]),  # issue 10: a word-like name part where it names
        ("Mail B.GROEN77@EXAMPLE.ORG", ["RECORD_EMAIL"]),
        ("gebruiker b.groen77 schreef", ["RECORD_EMAIL"]),
        ("bel 06 - 1234 - 5678", ["RECORD_PHONE"]),
        ("bel 06/12345678", ["RECORD_PHONE"]),
        ("bel +31 6 12 34 56 78", ["RECORD_PHONE"]),
        ("bel 0612345679", []),
        ("in 2026 op 12 maart", []),
        ("Henk zei", ["RECORD_OFFICIAL"]),
    ],
)
def test_record_spans(text, kinds):
    assert [k for _s, _e, k in pub.record_spans(text, RECORD)] == kinds


@pytest.fixture
def fake_finder(monkeypatch):
    """A predictable anonymizer: every capitalised 'Zon' or 'Maan' is a person, 'Ben' too."""

    def find(text: str, known: Known | None = None) -> list[Entity]:
        people = {}
        out = []
        for m in re.finditer(r"\b(Zon|Maan|Ben)\b", text):
            n = people.setdefault(m.group(), len(people) + 5)
            out.append(Entity(m.start(), m.end(), "PERSON", m.group(), f"[persoon {n}]"))
        return out

    monkeypatch.setattr(pub.record, "find_entities", find)


def test_restore_brings_back_exactly_one_occurrence(fake_finder):
    raw = {"situation": "Zon scheen. Daarna Zon weer. Maan ook.", "lesson": "Zon."}
    first = pub.clean_fields(raw, CTX)
    assert first["situation"].text == "[persoon 1] scheen. Daarna [persoon 1] weer. [persoon 2] ook."
    assert first["lesson"].text == "[persoon 1]."  # one person, one placeholder across the sections
    second_zon = first["situation"].replacements[1]
    assert second_zon.original == "Zon" and second_zon.key.endswith(":1") and second_zon.restorable
    again = pub.clean_fields(raw, CTX, restore={"situation": {second_zon.key}})
    assert again["situation"].text == "[persoon 1] scheen. Daarna Zon weer. [persoon 2] ook."
    assert again["lesson"].text == "[persoon 1]."
    # a key ticked in one field restores nothing in another (the first "Zon" of the lesson has key ...:0)
    first_zon = first["situation"].replacements[0].key
    assert first["lesson"].replacements[0].key == first_zon
    only_lesson = pub.clean_fields(raw, CTX, restore={"lesson": {first_zon}})
    assert only_lesson["lesson"].text == "Zon." and only_lesson["situation"].text == first["situation"].text
    assert [r.restored for r in again["situation"].replacements] == [False, True, False]


def test_record_data_is_never_restorable_and_gets_a_role_placeholder(fake_finder):
    raw = {"situation": "Ben Groen belde met Henk. Mail b.groen77@example.org of bel 06/12345678."}
    cleaned = pub.clean_fields(raw, CTX)
    assert cleaned["situation"].text == ("[bewoner] belde met [ambtenaar]. Mail [e-mailadres] of bel [telefoonnummer].")
    assert not any(r.restorable for r in cleaned["situation"].replacements)
    keys = {r.key for r in cleaned["situation"].replacements}
    assert pub.clean_fields(raw, CTX, restore={"situation": keys})["situation"].text == cleaned["situation"].text


def test_extra_words_and_overlaps_never_leave_a_piece_behind(fake_finder):
    raw = {"situation": "De Lindelaan bij Zon Maanstraat. Bakkerij de Lindelaan."}
    cleaned = pub.clean_fields(raw, CTX, extra_words=["lindelaan", "Zon Maanstraat"], extra_placeholder="[adres]")
    # "Zon Maanstraat" overlaps the person "Zon": one placeholder for the whole, nothing of either left
    assert cleaned["situation"].text == "De [adres] bij [persoon 1]. Bakkerij de [adres]."
    extra = [r for r in cleaned["situation"].replacements if r.label == "EXTRA"]
    assert [r.original for r in extra] == ["Lindelaan", "Zon Maanstraat", "Lindelaan"]
    assert not any(r.restorable for r in extra)
    assert pub.cleaning._replace("abcdef", [(1, 3, "[x]"), (2, 5, "[y]")]) == "a[x]f"


def test_numbering_skips_placeholders_already_in_the_text(fake_finder):
    cleaned = pub.clean_fields({"situation": "[persoon 1] en [persoon 2] spraken met Maan."}, CTX)
    assert cleaned["situation"].text == "[persoon 1] en [persoon 2] spraken met [persoon 3]."


def test_parse_extra_words():
    assert pub.parse_extra_words("Lindelaan\n  de  Dorpsstraat , lindelaan;Bakker\n\n") == (
        ["Lindelaan", "de Dorpsstraat", "Bakker"],
        None,
    )
    assert pub.parse_extra_words("") == ([], None)
    assert pub.parse_extra_words("x")[1] is not None


def test_highlight_escapes_and_marks():
    html = pub.highlight('<script>alert("x")</script> [persoon 1] & Groen', ["Groen", "<script>"])
    assert isinstance(html, Markup)
    assert "<script>" not in html
    assert '<mark class="mark--found">&lt;script&gt;</mark>alert(&#34;x&#34;)' in html
    assert '<mark class="mark--placeholder">[persoon 1]</mark> &amp; <mark class="mark--found">Groen</mark>' in html
    assert pub.highlight("", None) == Markup("")


def test_assemble_body_and_where_findings_are(app):
    article = Article(
        title="Titel", situation="Een.", coordination="", outcome_text="Drie.", lesson="Vier.", reference="x", year=2025
    )
    article.body = pub.assemble_body(article)
    assert article.body == "## Situatie\n\nEen.\n\n## Afstemming\n\n## Uitkomst\n\nDrie.\n\n## Leren\n\nVier."
    text, segments = pub.check._segments(article)
    pieces = {where: text[s:e] for s, e, where, _name in segments}
    assert pieces["de titel"] == "Titel" and pieces["Situatie"] == "Een." and pieces["Uitkomst"] == "Drie."
    assert pieces["Leren"] == "Vier." and pieces["de kop Afstemming"] == "## Afstemming"


def test_any_entity_refuses_publication(app, monkeypatch):
    article = Article(
        title="Titel",
        situation="Een Zon.",
        coordination="x",
        outcome_text="y",
        lesson="z",
        reference="concept:x",
        year=2025,
        status="review",
    )
    article.body = pub.assemble_body(article)
    assert pub.publication_findings(article) == []
    monkeypatch.setattr(
        pub.record,
        "find_entities",
        lambda text, known=None: [
            Entity(m.start(), m.end(), "IBAN", "Zon", "[iban]") for m in re.finditer("Zon", text)
        ],
    )
    findings = pub.publication_findings(article)
    assert [(f.where, f.label, f.text) for f in findings] == [("Situatie", "IBAN", "Zon")]
    assert "IBAN „Zon” (in Situatie)" in str(pub.PublicationRefused(findings))


def test_next_reference_per_year(app):
    for ref in ("KB-2026-0003", "KB-2026-0011", "KB-2025-0099", "KB-2026-x", "concept:4"):
        db.session.add(Article(reference=ref, title="t", body="b", year=2026))
    db.session.commit()
    assert pub.next_reference(2026) == "KB-2026-0012"
    assert pub.next_reference(2025) == "KB-2025-0100"
    assert pub.next_reference(2027) == "KB-2027-0001"
    assert isinstance(dt.date.today().year, int)


# --- property: the resident's own data never survives a save, wherever it is planted -------------------------

WORDS = st.sampled_from(
    [
        "de",
        "gemeente",
        "belde",
        "over",
        "een",
        "boete",
        "Parkeren",
        "in",
        "maart",
        "en",
        "de",
        "bewoner",
        "Zij",
        "zei",
        "dat",
        "het",
        "goed",
        "was",
        "afdeling",
        "brief",
        "12",
        "euro",
    ]
)
PLANTS = st.sampled_from(
    [
        "Şükrü",
        "ŞÜKRÜ",
        "şükrü",
        "Öztürk",
        "öztürk",
        "Brink",
        "s.brink84@voorbeeld-mail.nl",
        "S.Brink84@Voorbeeld-Mail.NL",
        "s.brink84",
        "06-41234567",
        "06 4123 4567",
        "0641234567",
        "+31641234567",
        "+31 (0)6 41 23 45 67",
        "0031 6 4123 4567",
        "06/41234567",
        "06.41.23.45.67",
    ]
)
RESIDENT_CTX = pub.Context(
    Known(names=["Şükrü van der Brink-Öztürk"], emails=["s.brink84@voorbeeld-mail.nl"], phones=["06-41234567"]),
    pub.RecordTerms(("Şükrü", "Brink", "Öztürk"), ("s.brink84@voorbeeld-mail.nl",), ("641234567",)),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    before=st.lists(WORDS, max_size=12),
    plant=PLANTS,
    after=st.lists(WORDS, max_size=12),
    punct=st.sampled_from(["", ".", ",", ":", ")", "!"]),
    field=st.sampled_from(pub.FIELD_NAMES),
)
def test_planted_record_data_never_survives(before, plant, after, punct, field):
    text = " ".join([*before, plant + punct, *after])
    stored = pub.clean_fields({field: text}, RESIDENT_CTX)[field].text
    low = stored.casefold()
    for part in ("şükrü", "öztürk", "brink", "s.brink84"):
        assert part not in low, (text, stored)
    assert "641234567" not in re.sub(r"\D", "", stored), (text, stored)
