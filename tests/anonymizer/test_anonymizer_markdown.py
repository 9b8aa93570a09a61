"""Article drafts are Markdown: headings and list items start a line like a sentence does."""

import pytest

from anonymizer import anonymize


@pytest.mark.parametrize(
    "text",
    [
        "## Situatie\n\nDe bewoner belde.\n\n## Uitkomst\n\nDe boete vervalt.\n\n## Leren\n\nLeerpunt: bel eerst.",
        "- Uitkomst was goed\n- Afstemming liep vlot",
        "> Situatie werd besproken.",
    ],
)
def test_markdown_line_starts_keep_ordinary_words(text):
    assert anonymize(text).text == text


def test_names_after_markdown_markers_still_go():
    assert "Jansen" not in anonymize("- Mevrouw Jansen belde.\n## Jansen belde terug").text


@pytest.mark.parametrize("text", ["Bel 06/12345678.", "Bel 010/1234567 na tienen."])
def test_phone_with_slash_goes(text):
    assert "[telefoonnummer]" in anonymize(text).text


def test_slash_dates_stay():
    text = "Op 01/02/2023 en 06/12/2023 kwam de brief."
    assert anonymize(text).text == text
