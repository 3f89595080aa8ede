"""Counts over a group of statements: who signs in it, on which themes, in which years."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from itertools import chain

from ..parsing import Signatory
from .model import Count, Entry, Facets

UNDATED = "undated"  # the year slug of statements with no known date


def year_of(entry: Entry) -> str:
    return entry.statement.date[:4] if entry.statement.date else UNDATED


def tally(counter: Counter[str], names: dict[str, str] | None = None) -> tuple[Count, ...]:
    """Most frequent first; ties by name (or slug), then slug (two people may share a name), so pages are stable
    between builds."""
    names = names or {}
    return tuple(
        Count(slug, n) for slug, n in sorted(counter.items(), key=lambda kv: (-kv[1], names.get(kv[0], kv[0]), kv[0]))
    )


def years_with_gaps(counter: Counter[str]) -> tuple[Count, ...]:
    """Per-year counts from the first year to the last, with the empty years a chart must show."""
    dated = sorted(int(y) for y in counter if y != UNDATED)
    if not dated:
        return ()
    return tuple(Count(str(y), counter.get(str(y), 0)) for y in range(dated[0], dated[-1] + 1))


def build_facets(
    entries: Iterable[Entry],
    names: dict[str, str],
    counts_signatory: Callable[[Signatory], bool] = lambda s: True,
    skip_person: str | None = None,
    skip_theme: str | None = None,
) -> Facets:
    """People, themes and years over `entries`; `names` (person slug → name) orders ties.

    `counts_signatory` narrows the people counted (a country page counts only those signing for it).
    """
    entries = tuple(entries)
    # each statement counts a person or theme once; counted in one pass each (Counter's loop is in C), and the page's
    # own person or theme left out after (a person's page does not list them as signing with themselves)
    people = Counter(
        chain.from_iterable(
            {s.person for s in e.statement.signatories if s.person and counts_signatory(s)} for e in entries
        )
    )
    themes = Counter(chain.from_iterable({t.id for t in e.statement.topics} for e in entries))
    people.pop(skip_person, None)  # type: ignore[arg-type]
    themes.pop(skip_theme, None)  # type: ignore[arg-type]
    years = Counter(map(year_of, entries))
    return Facets(tally(people, names), tally(themes), years_with_gaps(years))
