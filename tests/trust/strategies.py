"""Hypothesis strategies for the inputs that broke the server in the adversarial pass (issue 13).

NUL bytes and other control characters, astral-plane characters, non-ASCII digits (`²`, `٣`, `５`),
20-digit numbers and dates at the edges of the calendar (year 1, year 9999).
"""

from __future__ import annotations

from hypothesis import strategies as st

NON_ASCII_DIGITS = "²³¹٣٤۵५৬੭௮൯๑໒༣၄០᠕５𝟎𝟗"
CONTROL = "\x00\x01\x07\x08\x0b\x0c\x1b\x7f\x85\u2028\u2029\r\n\t"

nul_text = st.builds(lambda a, b: f"{a}\x00{b}", st.text(max_size=20), st.text(max_size=20))
control_text = st.text(st.sampled_from(CONTROL) | st.characters(codec="utf-8"), min_size=1, max_size=40)
astral_text = st.text(
    st.characters(min_codepoint=0x10000, max_codepoint=0x10FFFF, blacklist_categories=("Cs",)), min_size=1, max_size=20
)
non_ascii_digits = st.text(st.sampled_from(NON_ASCII_DIGITS), min_size=1, max_size=6)
huge_numbers = st.integers(10**18, 10**20 - 1).map(str) | st.just("9" * 20) | st.just("18446744073709551616")
negative_numbers = st.integers(-(10**20), -1).map(str)
extreme_dates = st.sampled_from(
    ["0001-01-01", "0000-01-01", "9999-12-31", "10000-01-01", "2026-02-30", "-0001-01-01", "1-1-1", "2026-13-01"]
)
extreme_datetimes = st.sampled_from(
    ["0001-01-01T00:00", "0001-01-01T00:30", "9999-12-31T23:59", "0000-01-01T00:00", "2026-02-30T10:00"]
)

nasty_text = nul_text | control_text | astral_text | non_ascii_digits | huge_numbers
nasty_number = non_ascii_digits | huge_numbers | negative_numbers | nul_text | astral_text
