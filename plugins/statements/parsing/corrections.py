"""An editor's corrections (Markdown header or sidecar YAML) applied over what the parser found."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path
from typing import Any

from slugify import slugify

from .model import Meeting, Signatory, Statement, Topic, Warning
from .patterns import compile_factored
from .people import PeopleRegistry
from .signatories import resolve_people
from .topics import ThemeVocabulary
from .yamldata import YAMLError, load_yaml

FIELDS = (
    "title",
    "date",
    "language",
    "publisher",
    "signatories",
    "aligned",
    "themes",
    "meetings",
    "identifiers",
    "slug",
    "source_url",
    "aliases",
)
KEY_ALIASES = {
    "topics": "themes",
    "tags": "themes",
    "url": "source_url",
    "source": "source_url",
    "link": "source_url",
    "old_urls": "aliases",
    "redirect_from": "aliases",
    "authors": "signatories",
    "signatory": "signatories",
    "identifier": "identifiers",
    "lang": "language",
}
DATE_RE = compile_factored(r"^\d{4}-\d{2}-\d{2}$")


def sidecar_path(path: Path) -> Path:
    """statements/x.txt → statements/x.meta.yaml"""
    return path.with_name(path.stem + ".meta.yaml")


def load_sidecar(path: Path) -> tuple[dict[str, Any], list[Warning]]:
    side = sidecar_path(path)
    if not side.exists():
        return {}, []
    try:
        data = load_yaml(side.read_text(encoding="utf-8")) or {}
    except YAMLError as exc:
        return {}, [Warning(f"{side.name} is not valid YAML ({exc}); its corrections are ignored until fixed")]
    if not isinstance(data, dict):
        return {}, [Warning(f"{side.name} should hold 'field: value' lines; its corrections are ignored")]
    return {str(k).lower(): v for k, v in data.items()}, []


def _split(value: Any, sep: str = ";") -> list[Any]:
    if isinstance(value, list):
        return value
    if value is None:
        return []
    text = str(value)
    if sep == ";" and ";" not in text and "|" not in text:
        sep = ","
    return [part.strip() for part in text.split(sep) if part.strip()]


def _signatory(value: Any) -> Signatory:
    if isinstance(value, dict):
        return Signatory(
            name=value.get("name"),
            role=value.get("role"),
            organisation=value.get("organisation"),
            country=value.get("country"),
        )
    parts = [p.strip() or None for p in str(value).split("|")] + [None] * 4
    return Signatory(name=parts[0], role=parts[1], organisation=parts[2], country=parts[3])


def _meeting(value: Any) -> Meeting:
    from .meetings import series_slug

    if isinstance(value, dict):
        name = str(value.get("name") or "meeting")
        return Meeting(
            name=name,
            date=_iso(value.get("date")),
            end_date=_iso(value.get("end_date")),
            place=value.get("place"),
            relation=str(value.get("relation") or "referenced"),
            series=series_slug(name),
        )
    parts = [p.strip() or None for p in str(value).split("|")] + [None] * 5
    name = parts[0] or "meeting"
    return Meeting(
        name=name,
        date=parts[1],
        end_date=parts[2],
        place=parts[3],
        relation=parts[4] or "referenced",
        series=series_slug(name),
    )


def _iso(value: Any) -> str | None:
    return None if value in (None, "") else str(value)


def apply_corrections(
    statement: Statement, fields: dict[str, Any], people: PeopleRegistry, themes: ThemeVocabulary, origin: str
) -> Statement:
    """Every field the editor gives wins; the statement records which fields were corrected."""
    changes: dict[str, Any] = {}
    warnings = list(statement.warnings)
    for raw_key, value in fields.items():
        key = KEY_ALIASES.get(raw_key, raw_key)
        if key not in FIELDS:
            warnings.append(
                Warning(f"{origin}: unknown field '{raw_key}' is ignored; known fields: {', '.join(FIELDS)}")
            )
            continue
        if key == "date":
            text = _iso(value)
            if text is not None and not DATE_RE.match(text):
                warnings.append(Warning(f"{origin}: 'date: {value}' is not YYYY-MM-DD; the parsed date is kept"))
                continue
            changes["date"] = text
            warnings = [w for w in warnings if "date" not in w.message or "future" in w.message]
        elif key == "source_url" and value and not re.match(r"(?i)^https?://", str(value).strip()):
            warnings.append(Warning(f"{origin}: source_url '{value}' is not an http(s) address; it is not linked"))
        elif key == "slug":
            changes["slug"] = slugify(str(value)) or statement.slug  # never a path: "../x" becomes "x"
        elif key in ("title", "language", "publisher", "source_url"):
            changes[key] = None if value in (None, "") else str(value).strip()
        elif key == "signatories":
            found = [_signatory(v) for v in _split(value)]
            changes["signatories"] = tuple(resolve_people(found, people, changes.get("date", statement.date), []))
            warnings = [w for w in warnings if "signator" not in w.message and "registry" not in w.message]
        elif key == "themes":
            topics = []
            for theme_id in _split(value, ","):
                theme = themes.by_id(str(theme_id))
                if theme is None:
                    warnings.append(Warning(f"{origin}: theme '{theme_id}' is not in data/themes.yaml; add it there"))
                    continue
                topics.append(Topic(theme.id, theme.label, theme.eurovoc))
            changes["topics"] = tuple(topics)
        elif key == "meetings":
            changes["meetings"] = tuple(_meeting(v) for v in _split(value))
        elif key in ("aligned", "identifiers", "aliases"):
            changes[key] = tuple(str(v) for v in _split(value, ",") if str(v).strip())
    if not changes:
        return dataclasses.replace(statement, warnings=tuple(warnings))
    corrected = tuple(sorted({*statement.corrected, *("themes" if k == "topics" else k for k in changes)}))
    return dataclasses.replace(statement, **changes, warnings=tuple(warnings), corrected=corrected)
