"""Jinja filters the templates use: dates for readers, and nothing that re-derives data."""

from __future__ import annotations

import datetime as dt

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def long_date(iso: str | None, empty: str = "date unknown") -> str:
    """'2018-06-19' → '19 June 2018'."""
    if not iso:
        return empty
    try:
        d = dt.date.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def date_range(start: str | None, end: str | None) -> str:
    if not end or end == start:
        return long_date(start)
    s, e = dt.date.fromisoformat(start or end), dt.date.fromisoformat(end)
    if (s.year, s.month) == (e.year, e.month):
        return f"{s.day}–{e.day} {MONTHS[s.month - 1]} {s.year}"
    return f"{long_date(start)} – {long_date(end)}"


def language_name(code: str | None) -> str:
    """'nl' → 'Dutch', from CLDR; the code itself when CLDR does not know it."""
    if not code:
        return "unknown"
    from babel import Locale

    return Locale.parse("en").languages.get(code, code)


FILTERS = {"long_date": long_date, "date_range": date_range, "language_name": language_name}
