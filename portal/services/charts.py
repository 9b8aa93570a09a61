"""Accessible server-side SVG charts: role="img", <title> and <desc>; the page shows the same numbers in a table."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape
from typing import Any

from markupsafe import Markup

BAR_HEIGHT, GAP, LABEL_WIDTH, VALUE_WIDTH, WIDTH = 22, 8, 230, 95, 640
FILL, TEXT = "#00527a", "#1a1a1a"


def _num(value: int | float | str | None) -> str:
    """Dutch notation: 12.345 and 12,5."""
    if value is None:
        return "verborgen"
    if isinstance(value, float):
        return f"{value:,.1f}".replace(",", " ").replace(".", ",").replace(" ", ".")
    if isinstance(value, int):
        return f"{value:,}".replace(",", ".")
    return str(value)


def bar_chart(
    chart_id: str,
    title: str,
    rows: Sequence[Any],
    value_key: str = "count",
    unit: str = "",
    label_key: str = "label",
    prefix: str = "",
) -> Markup:
    """Horizontal bars, one per row; hidden values ("<5", None) get no bar but their text.

    Rows are (label, value) pairs or mappings with `label_key` and `value_key`. `prefix` and `unit` go before and
    after each shown number (e.g. prefix="€ ", unit="%").
    """
    rows = [(r[label_key], r[value_key]) if isinstance(r, Mapping) else (r[0], r[1]) for r in rows]
    numbers = [v for _label, v in rows if isinstance(v, int | float)]
    top = max(numbers) if numbers else 0
    height = max(1, len(rows)) * (BAR_HEIGHT + GAP) + GAP
    span = WIDTH - LABEL_WIDTH - VALUE_WIDTH

    def text(value: Any) -> str:
        return f"{prefix}{_num(value)}{unit}" if isinstance(value, int | float) else _num(value)

    listed = "; ".join(f"{label}: {text(value)}" for label, value in rows)
    desc = f"Staafdiagram. {listed}." if rows else "Geen gegevens in deze periode."
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" '
        f'aria-labelledby="{chart_id}-t {chart_id}-d" viewBox="0 0 {WIDTH} {height}" '
        f'width="100%" preserveAspectRatio="xMinYMin meet" focusable="false">',
        f'<title id="{chart_id}-t">{escape(title)}</title>',
        f'<desc id="{chart_id}-d">{escape(desc)}</desc>',
    ]
    for i, (label, value) in enumerate(rows):
        y = GAP + i * (BAR_HEIGHT + GAP)
        mid = y + BAR_HEIGHT / 2 + 5
        parts.append(
            f'<text x="{LABEL_WIDTH - 8}" y="{mid:.0f}" text-anchor="end" fill="{TEXT}" '
            f'font-size="14">{escape(label[:32])}</text>'
        )
        if isinstance(value, int | float) and top > 0 and value > 0:
            width = max(1.0, span * value / top)
            parts.append(f'<rect x="{LABEL_WIDTH}" y="{y}" width="{width:.1f}" height="{BAR_HEIGHT}" fill="{FILL}"/>')
            text_x = LABEL_WIDTH + width + 6
        else:
            text_x = LABEL_WIDTH + 6
        parts.append(f'<text x="{text_x:.1f}" y="{mid:.0f}" fill="{TEXT}" font-size="14">{escape(text(value))}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))
