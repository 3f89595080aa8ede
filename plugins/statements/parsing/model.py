"""The parsed statement and its parts: frozen values, no behaviour beyond serialisation."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Signatory:
    name: str | None
    role: str | None = None
    organisation: str | None = None
    country: str | None = None
    person: str | None = None  # slug of the person page

    def to_dict(self) -> dict:
        return {
            "name": self.name,
            "person": self.person,
            "role": self.role,
            "organisation": self.organisation,
            "country": self.country,
        }


@dataclass(frozen=True)
class Topic:
    id: str
    label: str
    eurovoc: str | None = None
    score: float = 0.0

    def to_dict(self) -> dict:
        return {"id": self.id, "label": self.label, "eurovoc": self.eurovoc}


@dataclass(frozen=True)
class Meeting:
    name: str
    date: str | None
    place: str | None
    relation: str  # "held" or "referenced"
    end_date: str | None = None
    series: str | None = None  # slug shared by every occurrence of a recurring meeting

    def to_dict(self) -> dict:
        return {
            "name": self.name,
            "date": self.date,
            "end_date": self.end_date,
            "place": self.place,
            "relation": self.relation,
        }


@dataclass(frozen=True)
class Warning:
    """Something an editor should check; `line` is 1-based in the raw file, when known."""

    message: str
    line: int | None = None

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}" if self.line else self.message


@dataclass(frozen=True)
class Statement:
    source: str
    slug: str
    title: str
    date: str | None
    language: str | None
    publisher: str | None = None
    identifiers: tuple[str, ...] = ()
    signatories: tuple[Signatory, ...] = ()
    aligned: tuple[str, ...] = ()
    topics: tuple[Topic, ...] = ()
    meetings: tuple[Meeting, ...] = ()
    warnings: tuple[Warning, ...] = ()
    paragraphs: tuple[str, ...] = ()  # cleaned body text, one entry per paragraph
    notes: tuple[str, ...] = ()  # footnotes kept as text (e.g. the signatory footnote)
    corrected: tuple[str, ...] = ()  # fields an editor set by hand
    source_url: str | None = None
    aliases: tuple[str, ...] = ()  # old URLs an editor wants to keep working

    def to_dict(self) -> dict:
        """The shape of statement.schema.json."""
        return {
            "source": self.source,
            "slug": self.slug,
            "title": self.title,
            "date": self.date,
            "language": self.language,
            "publisher": self.publisher,
            "identifiers": list(self.identifiers),
            "signatories": [s.to_dict() for s in self.signatories],
            "aligned": list(self.aligned),
            "topics": [t.to_dict() for t in self.topics],
            "meetings": [m.to_dict() for m in self.meetings],
            "warnings": [str(w) for w in self.warnings],
        }


__all__ = ["Meeting", "Signatory", "Statement", "Topic", "Warning"]
