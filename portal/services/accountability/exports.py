"""The figures as long-format CSV rows and as a short plain-Dutch summary (B1)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def flat_rows(data: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Long-format rows (period, table, key, label, measure, value) for CSV; values exactly as published."""
    p = data["period"]
    out: list[dict[str, Any]] = []

    def add(table: str, key: str, label: str, measure: str, value: Any) -> None:
        out.append(
            {
                "from": p["from"],
                "to": p["to"],
                "table": table,
                "key": key,
                "label": label,
                "measure": measure,
                "value": "" if value is None else value,
                "suppressed": "ja" if value is None or value == "<5" else "nee",
            }
        )

    add("received", "total", "Totaal ontvangen", "count", data["received"]["total"])
    for table in ("by_theme", "by_department", "by_channel"):
        for r in data["received"][table]:
            add(f"received_{table[3:]}", r["key"], r["label"], "count", r["count"])
    for r in data["outcomes"]["rows"]:
        add("outcome", r["key"], r["label"], "count", r["count"])
        if r["key"] != "lopend":
            add("outcome", r["key"], r["label"], "pct", r["pct"])
    for r in data["outcomes"]["routes"]:
        add("referral_route", r["key"], r["label"], "count", r["count"])
    for r in data["outcomes"]["categories"]:
        add("referral_category", r["key"], r["label"], "count", r["count"])
    add(
        "outcome",
        "solved_without_complaint",
        "Opgelost zonder formele klacht",
        "pct",
        data["outcomes"]["solved_without_complaint_pct"],
    )
    for name in ("first_contact", "resolution"):
        t = data[name]
        for measure in ("norm_days", "count", "median_days", "p90_days", "within_norm_pct"):
            add(name, "all", "Alle verzoeken", measure, t[measure])
    ag = data["agreements"]
    for s in ("open", "kept", "broken", "total"):
        add("agreements", "all", "Alle afdelingen", s, ag[s])
    for r in ag["by_department"]:
        for s in ("open", "kept", "broken", "total", "broken_pct"):
            add("agreements_department", r["key"], r["label"], s, r[s])
    add("control", "all", "Controlevraag", "answered", data["control"]["answered"])
    add("control", "all", "Controlevraag", "satisfied_pct", data["control"]["satisfied_pct"])
    for rule in data.get("rules", []):
        for i, f in enumerate(rule["figures"], start=1):
            add(
                f"rule{rule['number']}",
                f"{rule['key']}-{i}",
                f["label"],
                "pct" if f["unit"] == "%" else "value",
                f["value"],
            )
    return out


def _n(value: Any) -> str:
    return "minder dan 5" if value == "<5" else ("een onbekend aantal" if value is None else str(value))


def summary(data: Mapping[str, Any]) -> list[str]:
    """A short plain-Dutch summary of the figures (B1), sentence by sentence."""
    lines = []
    total = data["received"]["total"]
    prev = data.get("previous")
    text = f"In deze periode kwamen {_n(total)} verzoeken binnen"
    if prev and isinstance(total, int) and isinstance(prev["received"]["total"], int):
        before = prev["received"]["total"]
        if total > before:
            text += f", meer dan in de periode ervoor ({before})"
        elif total < before:
            text += f", minder dan in de periode ervoor ({before})"
        else:
            text += ", evenveel als in de periode ervoor"
    lines.append(text + ".")
    top = [
        r
        for r in data["received"]["by_theme"]
        if isinstance(r["count"], int) and r["count"] >= 5 and r["key"] != "onbekend"
    ]
    if top:
        best = max(top, key=lambda r: r["count"])
        lines.append(f"De meeste verzoeken gingen over {best['label'].lower()} ({best['count']}).")
    pct = data["outcomes"]["solved_without_complaint_pct"]
    if pct is not None:
        lines.append(f"Van de afgehandelde verzoeken is {_pct(pct)} opgelost of deels opgelost, zonder formele klacht.")
    fc = data["first_contact"]
    if fc["within_norm_pct"] is not None:
        lines.append(
            f"Bij {_pct(fc['within_norm_pct'])} was er binnen {fc['norm_days']} werkdagen eerste contact "
            f"(de helft binnen {fc['median_days']} werkdagen)."
        )
    ag = data["agreements"]
    if isinstance(ag["broken"], int) and isinstance(ag["kept"], int) and ag["kept"] + ag["broken"]:
        lines.append(f"De gemeente kwam {_n(ag['kept'])} afspraken na en {_n(ag['broken'])} niet.")
    sat = data["control"]["satisfied_pct"]
    if sat is not None:
        lines.append(f"Van de inwoners die de controlevraag beantwoordden, was {_pct(sat)} tevreden.")
    patterns = data.get("patterns") or {}
    if patterns.get("rising_themes"):
        names = ", ".join(r["label"].lower() for r in patterns["rising_themes"][:3])
        lines.append(f"Meer verzoeken dan in de periode ervoor over: {names}.")
    if patterns.get("more_broken"):
        names = ", ".join(r["label"] for r in patterns["more_broken"][:3])
        lines.append(f"Vaker afspraken niet nagekomen bij: {names}.")
    return lines


def _pct(value: float) -> str:
    return f"{int(value + 0.5)}%"  # half up, as people expect
