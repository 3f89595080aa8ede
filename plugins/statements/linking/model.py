"""The linked archive's values: where pages live, what they list, and what was derived for them."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..parsing import Statement


@dataclass(frozen=True)
class Urls:
    """URL and SAVE_AS patterns per page kind, from the settings (e.g. PERSON_URL = 'people/{slug}/')."""

    patterns: dict = field(default_factory=dict)

    def url(self, kind: str, slug: str) -> str:
        return self.patterns.get(f"{kind}_URL", kind.lower() + "/{slug}/").format(slug=slug)

    def save_as(self, kind: str, slug: str) -> str:
        return self.patterns.get(f"{kind}_SAVE_AS", kind.lower() + "/{slug}/index.html").format(slug=slug)


@dataclass(frozen=True)
class Entry:
    """A statement as the site shows it: the parsed statement plus where it lives."""

    statement: Statement
    slug: str
    url: str
    save_as: str
    sources: tuple[str, ...] = ()
    byline: str = ""  # "Ana Novak, Petar Orlić and 3 more": shown in every list, so worked out once


def make_byline(statement: Statement, limit: int = 4) -> str:
    """People first, then the countries and institutions that sign as such."""
    names = [s.name for s in statement.signatories if s.name]
    bodies = [
        s.country or s.organisation for s in statement.signatories if not s.name and (s.country or s.organisation)
    ]
    shown = names + bodies
    more = f" and {len(shown) - limit} more" if len(shown) > limit else ""
    return ", ".join(shown[:limit]) + more  # type: ignore[arg-type]


@dataclass(frozen=True)
class Count:
    """One row of a tally: what (a slug) and in how many statements."""

    slug: str
    count: int


@dataclass(frozen=True)
class Facets:
    """What a page's statements have in common, most frequent first."""

    people: tuple[Count, ...] = ()  # person slugs (for a person: co-signatories)
    themes: tuple[Count, ...] = ()  # theme ids (for a theme: related themes)
    years: tuple[Count, ...] = ()  # oldest first, every year from the first to the last, zeros included


@dataclass(frozen=True)
class Page:
    """A person, theme, meeting, country, organisation or year page: what it is and what it lists."""

    kind: str
    slug: str
    name: str
    url: str
    save_as: str
    statements: tuple[str, ...] = ()  # statement slugs, newest first
    details: tuple[tuple[str, object], ...] = ()
    facets: Facets = field(default_factory=Facets)

    def detail(self, key: str, default: object = None) -> object:
        return dict(self.details).get(key, default)


@dataclass(frozen=True)
class Neighbours:
    """A statement's previous (older) and next (newer) statement by date, as slugs."""

    previous: str | None = None
    next: str | None = None


@dataclass(frozen=True)
class RolePeriod:
    """A role a person held: from the registry (official dates) or as seen on the statements signed."""

    title: str
    start: str | None
    end: str | None
    organisation: str | None = None
    country: str | None = None
    observed: bool = False  # True: the dates are the first and last statement signed in that role


@dataclass(frozen=True)
class MeetingLinks:
    """A meeting in its series, and who took part (signed a statement issued at it)."""

    occurrences: tuple[str, ...] = ()  # meeting slugs of the whole series, oldest first, itself included
    nearby: tuple[str, ...] = ()  # the occurrences a page lists: itself and up to SERIES_WINDOW each side
    announced_before: tuple[str, ...] = ()  # statements dated before the meeting that mention it
    mentioned_after: tuple[str, ...] = ()  # statements on or after its date that mention it
    participants: tuple[str, ...] = ()  # person slugs, by name
    countries: tuple[str, ...] = ()  # country names signing as such
    organisations: tuple[str, ...] = ()  # organisation names signing as such


@dataclass(frozen=True)
class Numbers:
    """The archive in numbers, for the home page."""

    statements: int = 0
    dated: int = 0
    people: int = 0
    themes: int = 0
    meetings: int = 0
    countries: int = 0
    organisations: int = 0
    first_year: str | None = None
    last_year: str | None = None
