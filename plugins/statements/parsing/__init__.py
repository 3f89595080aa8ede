"""The pure parsing core: raw statement text in, `Statement` and warnings out. Never imports Pelican."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from .corrections import apply_corrections, load_sidecar
from .model import Meeting, Signatory, Statement, Topic, Warning
from .parse import Knowledge, make_slug, parse_statement
from .people import load_people
from .sources import SourceError, find_other_files, find_statement_files, read_source
from .topics import load_themes


def load_knowledge(data_dir: Path | None) -> tuple[Knowledge, list[str]]:
    """The registries in `data_dir` (people.yaml, themes.yaml); missing files mean empty registries."""
    if data_dir is None:
        return Knowledge(), []
    people, problems = load_people(data_dir / "people.yaml")
    themes, theme_problems = load_themes(data_dir / "themes.yaml")
    return Knowledge(people, themes), problems + theme_problems


def parse_file(path: Path, knowledge: Knowledge, source: str | None = None, today: dt.date | None = None) -> Statement:
    """Read, parse and correct one file. Raises SourceError when there is nothing to parse."""
    raw = read_source(path)
    # the slug comes from the text as parsed, so a corrected title never moves the URL
    statement = parse_statement(raw.text, source or str(path), knowledge, raw.body_offset, today)
    extra: list[Warning] = []
    if raw.encoding != "utf-8":
        extra.append(Warning(f"the file is encoded as {raw.encoding}, not UTF-8; it was read, but save it as UTF-8"))
    sidecar, problems = load_sidecar(path)
    extra.extend(problems)
    if extra:
        statement = dataclasses.replace(statement, warnings=statement.warnings + tuple(extra))
    fields = {**dict(raw.header), **sidecar}
    if fields:
        origin = f"{path.name} {'sidecar' if sidecar else 'header'}"
        statement = apply_corrections(statement, fields, knowledge.people, knowledge.themes, origin)
    return statement


__all__ = [
    "Knowledge",
    "Meeting",
    "Signatory",
    "SourceError",
    "Statement",
    "Topic",
    "Warning",
    "find_other_files",
    "find_statement_files",
    "load_knowledge",
    "make_slug",
    "parse_file",
    "parse_statement",
]
