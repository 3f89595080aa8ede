"""Time in the archive: previous and next statement by date, and statements grouped by year."""

from __future__ import annotations

from collections import defaultdict

from .facets import UNDATED, year_of
from .model import Entry, Neighbours


def build_neighbours(entries: tuple[Entry, ...]) -> dict[str, Neighbours]:
    """`entries` newest first. Dated statements chain by date; undated ones only among themselves,
    since "previous" between an undated statement and a dated one would claim an order nobody knows."""
    out: dict[str, Neighbours] = {}
    for chain in ([e for e in entries if e.statement.date], [e for e in entries if not e.statement.date]):
        for i, e in enumerate(chain):
            older = chain[i + 1].slug if i + 1 < len(chain) else None
            newer = chain[i - 1].slug if i > 0 else None
            out[e.slug] = Neighbours(previous=older, next=newer)
    return out


def group_by_year(entries: tuple[Entry, ...]) -> dict[str, list[Entry]]:
    """Year (or 'undated') → its statements in the order given; newest year first, undated last."""
    years: dict[str, list[Entry]] = defaultdict(list)
    for e in entries:
        years[year_of(e)].append(e)
    order = sorted((y for y in years if y != UNDATED), reverse=True) + ([UNDATED] if UNDATED in years else [])
    return {y: years[y] for y in order}
