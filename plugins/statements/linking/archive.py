"""One registry of statements, people, themes, meetings and countries, cross-linked by slug."""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from slugify import slugify

from ..parsing import Meeting, Statement
from ..parsing.layout import fold


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


@dataclass(frozen=True)
class Page:
    """A person, theme, meeting or country page: what it is and the statements it links to."""

    kind: str
    slug: str
    name: str
    url: str
    save_as: str
    statements: tuple[str, ...] = ()  # statement slugs, newest first
    details: tuple[tuple[str, object], ...] = ()

    def detail(self, key: str, default: object = None) -> object:
        return dict(self.details).get(key, default)


@dataclass(frozen=True)
class Archive:
    entries: tuple[Entry, ...]
    people: dict[str, Page]
    themes: dict[str, Page]
    meetings: dict[str, Page]
    countries: dict[str, Page]
    by_slug: dict[str, Entry]
    urls: Urls

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


def _newest_first(entries: list[Entry]) -> list[Entry]:
    return sorted(entries, key=lambda e: (e.statement.date or "", e.statement.title), reverse=True)


def meeting_slug(meeting: Meeting) -> str:
    return slugify(f"{meeting.date or 'undated'} {meeting.series or meeting.name}")


def country_slug(name: str) -> str:
    return slugify(name)


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


def build_archive(statements: list[Statement], urls: Urls) -> Archive:
    """Gather everything first; templates only read what this returns."""
    taken: Counter[str] = Counter()
    entries: list[Entry] = []
    for st, sources in merge_duplicates(statements):
        slug = st.slug
        taken[slug] += 1
        if taken[slug] > 1:
            slug = f"{slug}-{taken[slug]}"
        entries.append(Entry(st, slug, urls.url("STATEMENT", slug), urls.save_as("STATEMENT", slug), sources))
    entries = _newest_first(entries)

    people: dict[str, list[Entry]] = defaultdict(list)
    person_facts: dict[str, dict] = {}
    themes: dict[str, list[Entry]] = defaultdict(list)
    theme_facts: dict[str, dict] = {}
    meetings: dict[str, dict[str, list[Entry]]] = defaultdict(lambda: {"held": [], "referenced": []})
    meeting_facts: dict[str, Meeting] = {}
    countries: dict[str, list[Entry]] = defaultdict(list)
    for e in entries:
        for s in e.statement.signatories:
            if s.person and s.name:
                if e not in people[s.person]:
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
            if s.country and e not in countries[s.country]:
                countries[s.country].append(e)
        for t in e.statement.topics:
            themes[t.id].append(e)
            theme_facts[t.id] = {"label": t.label, "eurovoc": t.eurovoc}
        for m in e.statement.meetings:
            key = meeting_slug(m)
            meetings[key][m.relation].append(e)
            known = meeting_facts.get(key)
            if known is None or (not known.place and m.place) or (known.name == "meeting" and m.name != "meeting"):
                meeting_facts[key] = m

    def page(kind: str, slug: str, name: str, linked: list[Entry], **details: object) -> Page:
        return Page(
            kind,
            slug,
            name,
            urls.url(kind, slug),
            urls.save_as(kind, slug),
            tuple(e.slug for e in linked),
            tuple(details.items()),
        )

    person_pages = {
        slug: page(
            "PERSON",
            slug,
            f["name"],
            people[slug],
            roles=tuple(r for r, _ in f["roles"].most_common()),
            countries=tuple(c for c, _ in f["countries"].most_common()),
            organisations=tuple(o for o, _ in f["organisations"].most_common()),
        )
        for slug, f in person_facts.items()
    }
    theme_pages = {
        tid: page("THEME", tid, f["label"], themes[tid], eurovoc=f["eurovoc"]) for tid, f in theme_facts.items()
    }
    meeting_pages = {}
    for key, m in meeting_facts.items():
        held, referenced = meetings[key]["held"], meetings[key]["referenced"]
        meeting_pages[key] = page(
            "MEETING",
            key,
            m.name,
            _newest_first(list({*held, *referenced})),
            date=m.date,
            end_date=m.end_date,
            place=m.place,
            series=m.series,
            held_at=tuple(e.slug for e in held),
            announced_by=tuple(e.slug for e in referenced),
        )
    country_pages = {country_slug(c): page("COUNTRY", country_slug(c), c, linked) for c, linked in countries.items()}
    return Archive(
        tuple(entries), person_pages, theme_pages, meeting_pages, country_pages, {e.slug: e for e in entries}, urls
    )
