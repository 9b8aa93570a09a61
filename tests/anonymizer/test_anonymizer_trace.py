"""The lead's tracing tool names the rule that decided a chunk and the finder that took a word."""

from __future__ import annotations

import pytest

from anonymizer.tools.trace import judged, main, who


def test_judged_names_the_deciding_rule() -> None:
    lines, out = judged("Tijdens de Week van de Buurt belde Kees Bakker.")
    assert any("rule_event_named_by_time" in line for line in lines)
    assert any("'Kees Bakker'" in line and "final=None" not in line for line in lines)
    assert "Kees" not in out and "Week van de Buurt" in out


def test_who_names_the_finder_of_an_address() -> None:
    funcs = [fn for _f, fn, _span in who("Zij woont op Kerkstraat 12 in Ede.", "Kerkstraat")]
    assert "street_candidates" in funcs


def test_who_is_empty_for_a_kept_word(capsys: pytest.CaptureFixture[str]) -> None:
    assert who("Het Verhaal gaat verder.", "Verhaal") == []
    assert main(["--who", "Verhaal", "Het Verhaal gaat verder."]) == 0
    assert capsys.readouterr().out == ""
