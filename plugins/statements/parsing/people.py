"""The archive's people registry: canonical names, spellings seen, roles over time."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from slugify import slugify

from .layout import fold
from .yamldata import YAMLError, load_yaml

PARTICLES = {
    "van",
    "von",
    "der",
    "den",
    "de",
    "del",
    "della",
    "di",
    "da",
    "du",
    "le",
    "la",
    "des",
    "ten",
    "ter",
    "zu",
    "dos",
    "das",
    "bin",
    "ben",
    "al",
    "el",
    "af",
    "av",
}
# Irish particles, written with a capital whatever the case of the name: "Cathal Ó Loingsigh", "Máire Ní Bhriain"
IRISH_PARTICLES = frozenset({"ó", "ní", "nic", "uí"})
PARTICLES |= IRISH_PARTICLES


@dataclass(frozen=True)
class Role:
    title: str
    organisation: str | None = None
    country: str | None = None
    start: str | None = None  # ISO date, inclusive
    end: str | None = None

    def held_on(self, date: str | None) -> bool:
        if not date:
            return not self.end  # undated statement: only an open-ended role is safe
        return (not self.start or self.start <= date) and (not self.end or date <= self.end)


@dataclass(frozen=True)
class Person:
    slug: str
    name: str
    spellings: tuple[str, ...] = ()
    country: str | None = None
    organisation: str | None = None
    roles: tuple[Role, ...] = ()

    def role_on(self, date: str | None) -> Role | None:
        held = [r for r in self.roles if r.held_on(date)]
        return held[0] if held else None


@dataclass(frozen=True)
class PeopleRegistry:
    people: tuple[Person, ...] = ()

    def __post_init__(self) -> None:
        index: dict[str, Person] = {}
        surnames: dict[str, list[Person]] = {}
        for person in self.people:
            for spelling in (person.name, *person.spellings):
                index.setdefault(name_key(spelling), person)
                surnames.setdefault(name_key(surname_of(spelling)), []).append(person)
        object.__setattr__(self, "_index", index)
        object.__setattr__(self, "_surnames", surnames)

    def find(self, name: str) -> Person | None:
        """The person with this spelling, or with this surname if only one person has it."""
        key = name_key(name)
        person = self._index.get(key)  # type: ignore[attr-defined]
        if person:
            return person
        candidates = {p.slug: p for p in self._surnames.get(name_key(surname_of(name)), [])}  # type: ignore[attr-defined]
        if len(candidates) == 1 and (
            len(name.split()) == 1 or _given_compatible(name, next(iter(candidates.values())))
        ):
            return next(iter(candidates.values()))
        return None

    def __len__(self) -> int:
        return len(self.people)


def _given_compatible(name: str, person: Person) -> bool:
    """'D. Avramopoulos' or 'Dimitris Avramopoulos' fit; 'Maria Avramopoulos' does not."""
    given = name_key(name).split()[0]
    for spelling in (person.name, *person.spellings):
        parts = name_key(spelling).split()
        if len(parts) > 1 and (
            parts[0] == given or parts[0][:1] == given.rstrip(".")[:1] and len(given.rstrip(".")) == 1
        ):
            return True
    return False


@lru_cache(maxsize=65536)  # pure, and looked up twice for every name
def name_key(name: str) -> str:
    return re.sub(r"[^\w ]+", " ", fold(name)).strip().replace("  ", " ")


def surname_of(name: str) -> str:
    parts = name.split()
    if not parts:
        return ""
    i = len(parts) - 1
    while i > 0 and parts[i - 1].lower() in PARTICLES:
        i -= 1
    return " ".join(parts[i:])


@lru_cache(maxsize=65536)  # pure: the same names recur in every statement
def person_slug(name: str) -> str:
    return slugify(name) or "unnamed"


def load_people(path: Path) -> tuple[PeopleRegistry, list[str]]:
    """Read people.yaml; return the registry and problems found (each says what to fix)."""
    if not path.exists():
        return PeopleRegistry(), []
    problems: list[str] = []
    try:
        data = load_yaml(path.read_text(encoding="utf-8")) or []
    except YAMLError as exc:
        return PeopleRegistry(), [f"{path}: is not valid YAML ({exc}); fix it, the build goes on without it"]
    if not isinstance(data, list):
        return PeopleRegistry(), [f"{path}: should be a list of people (each starting with '- name:')"]
    people = []
    for i, entry in enumerate(data, 1):
        if not isinstance(entry, dict) or not entry.get("name"):
            problems.append(f"{path}: entry {i} has no 'name:'; it is skipped")
            continue
        roles = tuple(
            Role(
                title=str(r.get("title", "")),
                organisation=r.get("organisation"),
                country=r.get("country", entry.get("country")),
                start=str(r["from"]) if r.get("from") else None,
                end=str(r["until"]) if r.get("until") else None,
            )
            for r in entry.get("roles") or []
            if isinstance(r, dict) and r.get("title")
        )
        name = str(entry["name"])
        people.append(
            Person(
                slug=str(entry.get("slug") or person_slug(name)),
                name=name,
                spellings=tuple(str(s) for s in entry.get("spellings") or []),
                country=entry.get("country"),
                organisation=entry.get("organisation"),
                roles=roles,
            )
        )
    return PeopleRegistry(tuple(people)), problems
