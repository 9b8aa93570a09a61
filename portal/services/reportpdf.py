"""The quarterly and annual accountability report as a PDF, made from the same HTML with WeasyPrint.

WeasyPrint needs Pango (installed by .ci/setup.d/weasyprint.sh). Without it `available()` is False and the
report pages say so in Dutch; the HTML report always works. Only our own static files are fetched while
rendering: no other URL is ever opened.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from flask import current_app


class PdfUnavailable(RuntimeError):
    """The PDF library or its system libraries are missing."""


@functools.lru_cache(maxsize=1)
def _weasyprint() -> Any:
    try:
        import weasyprint
    except (ImportError, OSError) as exc:  # OSError: Pango/cairo not installed
        raise PdfUnavailable(str(exc)) from exc
    return weasyprint


def available() -> bool:
    """True when a PDF can be made on this machine."""
    try:
        _weasyprint()
    except PdfUnavailable:
        return False
    return True


def _no_fetching(weasyprint: Any) -> Any:
    """A URL fetcher that opens nothing: the stylesheets are handed over as text, the charts are inline SVG."""
    fetcher_class = getattr(getattr(weasyprint, "urls", None), "URLFetcher", None)
    if isinstance(fetcher_class, type):  # WeasyPrint 68+: an object with allowed protocols
        return fetcher_class(allowed_protocols=("data",))

    def refuse(url: str, *args: Any, **kwargs: Any) -> dict[str, Any]:
        raise ValueError("De PDF haalt geen bestanden op.")

    return refuse


STYLESHEETS = ("portal.css", "accountability.css", "accountability-pdf.css")


def render(html: str) -> bytes:
    """The report HTML as a tagged A4 PDF (PDF/UA-1), SVG charts kept as vectors."""
    weasyprint = _weasyprint()
    css_dir = Path(current_app.static_folder or "static") / "css"
    sheets = [weasyprint.CSS(string=(css_dir / name).read_text(encoding="utf-8")) for name in STYLESHEETS]
    document = weasyprint.HTML(string=html, url_fetcher=_no_fetching(weasyprint))
    return document.write_pdf(stylesheets=sheets, pdf_variant="pdf/ua-1", pdf_tags=True) or b""
