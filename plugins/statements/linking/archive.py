"""One registry of statements, people, themes, meetings, countries, organisations and years, cross-linked
by slug, with everything the pages show derived once here (templates only navigate it)."""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from slugify import slugify

from ..parsing import Meeting, Statement
from ..parsing.layout import fold
from ..parsing.people import PeopleRegistry
from .chronology import build_neighbours, group_by_year
from .facets import UNDATED, build_facets
from .meetings import announced_meetings, build_meeting_links, recent_meetings
from .model import Entry, Facets, MeetingLinks, Neighbours, Numbers, Page, RolePeriod, Urls, make_byline
from .people import build_people_index, build_person_meetings, build_role_periods
from .related import build_related


@dataclass(frozen=True)
class Archive:
    entries: tuple[Entry, ...]
    people: dict[str, Page]
    themes: dict[str, Page]
    meetings: dict[str, Page]
    countries: dict[str, Page]
    by_slug: dict[str, Entry]
    urls: Urls
    organisations: dict[str, Page] = field(default_factory=dict)
    years: dict[str, Page] = field(default_factory=dict)  # newest first, 'undated' last
    neighbours: dict[str, Neighbours] = field(default_factory=dict)  # statement slug →
    related: dict[str, tuple[str, ...]] = field(default_factory=dict)  # statement slug → statement slugs
    roles: dict[str, tuple[RolePeriod, ...]] = field(default_factory=dict)  # person slug →
    person_meetings: dict[str, tuple[str, ...]] = field(default_factory=dict)  # person slug → meeting slugs
    meeting_links: dict[str, MeetingLinks] = field(default_factory=dict)  # meeting slug →
    numbers: Numbers = field(default_factory=Numbers)
    recent_meetings: tuple[str, ...] = ()
    announced_meetings: tuple[str, ...] = ()
    people_index: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (initial, person slugs by surname)

    def statements(self, slugs) -> list[Entry]:
        return [self.by_slug[s] for s in slugs if s in self.by_slug]

    def person_url(self, slug: str) -> str:
        return self.urls.url("PERSON", slug)

    def theme_url(self, theme_id: str) -> str:
        return self.urls.url("THEME", theme_id)

    def meeting_url(self, meeting: Meeting) -> str:
        return self.urls.url("MEETING", meeting_slug(meeting))

    def country_url(self, name: str) -> str:
        return self.urls.url("COUNTRY", country_slug(name))

    def organisation_url(self, name: str) -> str:
        return self.urls.url("ORGANISATION", organisation_slug(name))

    def year_url(self, year: str | None) -> str:
        return self.urls.url("YEAR", year or UNDATED)


def _newest_first(entries: list[Entry]) -> list[Entry]:
    return sorted(entries, key=lambda e: (e.statement.date or "", e.statement.title), reverse=True)


def meeting_slug(meeting: Meeting) -> str:
    return _slug(f"{meeting.date or 'undated'} {meeting.series or meeting.name}")


@lru_cache(maxsize=65536)  # pure; every page links each of its signatories' countries, meetings, institutions
def _slug(text: str) -> str:
    return slugify(text)


def country_slug(name: str) -> str:
    return _slug(name)


def fingerprint(st: Statement) -> str:
    """Same title and same text, whatever the file name or wrapper: the same statement."""
    text = " ".join((st.title, *st.paragraphs))
    return hashlib.sha1(" ".join(fold(text).split()).encode("utf-8")).hexdigest()


def merge_duplicates(statements: list[Statement]) -> list[tuple[Statement, tuple[str, ...]]]:
    """One statement per text, with every file it came from (the first file, by path, is kept)."""
    groups: dict[str, list[Statement]] = {}
    for st in sorted(statements, key=lambda s: s.source):
        groups.setdefault(fingerprint(st), []).append(st)
    return [(group[0], tuple(s.source for s in group)) for group in groups.values()]


def organisation_slug(name: str) -> str:
    return _slug(name)


def build_entries(statements: list[Statement], urls: Urls) -> list[Entry]:
    """The statements as the site lists them, newest first: duplicates merged, each with its own URL."""
    taken: Counter[str] = Counter()
    entries: list[Entry] = []
    for st, sources in merge_duplicates(statements):
        slug = st.slug
        taken[slug] += 1
        if taken[slug] > 1:
            slug = f"{slug}-{taken[slug]}"
        entries.append(
            Entry(st, slug, urls.url("STATEMENT", slug), urls.save_as("STATEMENT", slug), sources, make_byline(st))
        )
    return _newest_first(entries)


def build_archive(
    statements: list[Statement],
    urls: Urls,
    registry: PeopleRegistry | None = None,
    entries: list[Entry] | None = None,
) -> Archive:
    """Gather everything first; templates only read what this returns. `registry` gives people's
    official role dates; without it, roles are dated by the statements signed in them. `entries` are
    `build_entries(statements, urls)` when the caller has them already."""
    if entries is None:
        entries = build_entries(statements, urls)

    people: dict[str, list[Entry]] = defaultdict(list)
    person_facts: dict[str, dict] = {}
    themes: dict[str, list[Entry]] = defaultdict(list)
    theme_facts: dict[str, dict] = {}
    meetings: dict[str, dict[str, list[Entry]]] = defaultdict(lambda: {"held": [], "referenced": []})
    meeting_facts: dict[str, Meeting] = {}
    countries: dict[str, list[Entry]] = defaultdict(list)
    organisations: dict[str, list[Entry]] = defaultdict(list)
    for e in entries:
        for s in e.statement.signatories:
            if s.person and s.name:
                if not people[s.person] or people[s.person][-1] is not e:
                    people[s.person].append(e)
                facts = person_facts.setdefault(
                    s.person, {"name": s.name, "roles": Counter(), "countries": Counter(), "organisations": Counter()}
                )
                if s.role:
                    facts["roles"][s.role] += 1
                if s.country:
                    facts["countries"][s.country] += 1
                if s.organisation:
                    facts["organisations"][s.organisation] += 1
            if s.country and (not countries[s.country] or countries[s.country][-1] is not e):
                countries[s.country].append(e)
            if s.organisation and (not organisations[s.organisation] or organisations[s.organisation][-1] is not e):
                organisations[s.organisation].append(e)
        for t in e.statement.topics:
            themes[t.id].append(e)
            theme_facts[t.id] = {"label": t.label, "eurovoc": t.eurovoc}
        for m in e.statement.meetings:
            key = meeting_slug(m)
            meetings[key][m.relation].append(e)
            known = meeting_facts.get(key)
            if known is None or (not known.place and m.place) or (known.name == "meeting" and m.name != "meeting"):
                meeting_facts[key] = m
    names = {slug: f["name"] for slug, f in person_facts.items()}

    def page(
        kind: str, slug: str, name: str, linked: list[Entry], facets: Facets | None = None, **details: object
    ) -> Page:
        return Page(
            kind,
            slug,
            name,
            urls.url(kind, slug),
            urls.save_as(kind, slug),
            tuple(e.slug for e in linked),
            tuple(details.items()),
            facets or Facets(),
        )

    person_pages = {
        slug: page(
            "PERSON",
            slug,
            f["name"],
            people[slug],
            build_facets(people[slug], names, skip_person=slug),
            roles=tuple(r for r, _ in f["roles"].most_common()),
            countries=tuple(c for c, _ in f["countries"].most_common()),
            organisations=tuple(o for o, _ in f["organisations"].most_common()),
        )
        for slug, f in person_facts.items()
    }
    theme_pages = {
        tid: page(
            "THEME",
            tid,
            f["label"],
            themes[tid],
            build_facets(themes[tid], names, skip_theme=tid),
            eurovoc=f["eurovoc"],
        )
        for tid, f in theme_facts.items()
    }
    meeting_pages = {}
    for key, m in meeting_facts.items():
        held, referenced = meetings[key]["held"], meetings[key]["referenced"]
        meeting_pages[key] = page(
            "MEETING",
            key,
            m.name,
            _newest_first(list(dict.fromkeys([*held, *referenced]))),
            date=m.date,
            end_date=m.end_date,
            place=m.place,
            series=m.series,
            held_at=tuple(e.slug for e in held),
            announced_by=tuple(e.slug for e in referenced),
        )
    country_pages = {
        country_slug(c): page(
            "COUNTRY", country_slug(c), c, linked, build_facets(linked, names, lambda s, c=c: s.country == c)
        )
        for c, linked in countries.items()
    }
    organisation_pages = {
        organisation_slug(o): page(
            "ORGANISATION",
            organisation_slug(o),
            o,
            linked,
            build_facets(linked, names, lambda s, o=o: s.organisation == o),
        )
        for o, linked in organisations.items()
    }
    year_pages = {
        year: page("YEAR", year, year if year != UNDATED else "Date unknown", linked, build_facets(linked, names))
        for year, linked in group_by_year(tuple(entries)).items()
    }

    by_slug = {e.slug: e for e in entries}
    meeting_links = build_meeting_links(meeting_pages, by_slug, names)
    dated = [e.statement.date for e in entries if e.statement.date]
    return Archive(
        tuple(entries),
        person_pages,
        theme_pages,
        meeting_pages,
        country_pages,
        by_slug,
        urls,
        organisations=organisation_pages,
        years=year_pages,
        neighbours=build_neighbours(tuple(entries)),
        related=build_related(tuple(entries), [*people.values(), *themes.values()]),
        roles=build_role_periods(people, registry),
        person_meetings=build_person_meetings(
            {k: tuple(p.detail("held_at", ())) for k, p in meeting_pages.items()},  # type: ignore[arg-type]
            by_slug,
            {k: m.date for k, m in meeting_facts.items()},
        ),
        meeting_links=meeting_links,
        numbers=Numbers(
            statements=len(entries),
            dated=len(dated),
            people=len(person_pages),
            themes=len(theme_pages),
            meetings=len(meeting_pages),
            countries=len(country_pages),
            organisations=len(organisation_pages),
            first_year=min(dated)[:4] if dated else None,
            last_year=max(dated)[:4] if dated else None,
        ),
        recent_meetings=recent_meetings(meeting_pages),
        announced_meetings=announced_meetings(meeting_pages, meeting_links),
        people_index=build_people_index(names),
    )
