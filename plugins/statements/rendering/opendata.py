"""Open data under data/: every statement as JSON and CSV, and the people, themes and meetings."""

from __future__ import annotations

import csv
import dataclasses
import gzip
import io
import json
from typing import Any

from ..linking import Archive, Entry, meeting_slug
from .output import Site, write_bytes

# name → what it holds; the guide links each file, the README documents them. All are gzipped JSON or CSV:
# uncompressed they were 26 of the 206 MB of a 10,000-statement site (more than the search index twice
# over), gzipped 1.5 MB; pandas, R, jq after `gunzip`, and the desktops' own unpackers read them.
FILES = {
    "statements.json.gz": "every statement, in the shape of statement.schema.json",
    "statements.csv.gz": "one row per statement",
    "people.json.gz": "every person who signed, with their statements",
    "themes.json.gz": "the themes, their EuroVoc concepts and statements",
    "meetings.json.gz": "the meetings, with the statements issued at or announcing them",
}
DATA_DIR = "data"
LIST_SEPARATOR = "; "  # between several values in one CSV cell
CSV_COLUMNS = (
    "slug",
    "url",
    "date",
    "title",
    "language",
    "publisher",
    "signatories",
    "people",
    "countries",
    "organisations",
    "aligned",
    "themes",
    "meetings",
    "identifiers",
    "source_url",
    "source",
)


def linked_files() -> dict[str, str]:
    """save_as → what it holds, for the footer's links."""
    return {f"{DATA_DIR}/{name}": what for name, what in FILES.items()}


def dump_json(data: Any) -> str:
    """Sorted keys and a final newline, so two builds of the same content are byte-identical.

    A list is written one record per line, without spaces between items: a diff or `grep` still shows one
    statement, and the file is about half the size of an indented one."""
    if isinstance(data, list):
        lines = ",\n".join(json.dumps(item, ensure_ascii=False, sort_keys=True, separators=(",", ":")) for item in data)
        return f"[\n{lines}\n]\n" if data else "[]\n"
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def statement_records(archive: Archive) -> list[dict]:
    """`Statement.to_dict()` for each statement, newest first; `slug` is the one its URL uses."""
    return [dataclasses.replace(e.statement, slug=e.slug).to_dict() for e in archive.entries]


def _unique(values: Any) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))


def _csv_row(entry: Entry, site: Site) -> dict[str, str]:
    st = entry.statement
    signers = st.signatories
    cells: dict[str, Any] = {
        "slug": entry.slug,
        "url": site.link(entry.url),
        "date": st.date,
        "title": st.title,
        "language": st.language,
        "publisher": st.publisher,
        "signatories": [s.name or s.organisation or s.country for s in signers],
        "people": _unique(s.person for s in signers),
        "countries": _unique(s.country for s in signers),
        "organisations": _unique(s.organisation for s in signers),
        "aligned": st.aligned,
        "themes": [t.id for t in st.topics],
        "meetings": _unique(meeting_slug(m) for m in st.meetings),
        "identifiers": st.identifiers,
        "source_url": st.source_url,
        "source": st.source,
    }
    return {
        k: LIST_SEPARATOR.join(v for v in cells[k] if v) if isinstance(cells[k], (list, tuple)) else (cells[k] or "")
        for k in CSV_COLUMNS
    }


def statements_csv(archive: Archive, site: Site) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS)  # RFC 4180: CRLF line ends, quotes where needed
    writer.writeheader()
    for entry in archive.entries:
        writer.writerow(_csv_row(entry, site))
    return out.getvalue()


def people_records(archive: Archive, site: Site) -> list[dict]:
    return [
        {
            "slug": p.slug,
            "name": p.name,
            "url": site.link(p.url),
            "roles": list(p.detail("roles", ())),
            "countries": list(p.detail("countries", ())),
            "organisations": list(p.detail("organisations", ())),
            "statements": list(p.statements),
        }
        for p in sorted(archive.people.values(), key=lambda p: p.slug)
    ]


def theme_records(archive: Archive, site: Site) -> list[dict]:
    return [
        {
            "id": t.slug,
            "label": t.name,
            "eurovoc": t.detail("eurovoc"),
            "url": site.link(t.url),
            "statements": list(t.statements),
        }
        for t in sorted(archive.themes.values(), key=lambda t: t.slug)
    ]


def meeting_records(archive: Archive, site: Site) -> list[dict]:
    return [
        {
            "slug": m.slug,
            "name": m.name,
            "date": m.detail("date"),
            "end_date": m.detail("end_date"),
            "place": m.detail("place"),
            "url": site.link(m.url),
            "held_at": list(m.detail("held_at", ())),
            "announced_by": list(m.detail("announced_by", ())),
            "statements": list(m.statements),
        }
        for m in sorted(archive.meetings.values(), key=lambda m: m.slug)
    ]


def gzipped(text: str) -> bytes:
    """No time stamp in the header, so two builds of the same content give the same bytes. Level 6, zlib's own
    default: at 10,000 statements half the time of level 9 (0.22 against 0.46 s) for 5% more bytes (1.46 MB)."""
    return gzip.compress(text.encode("utf-8"), compresslevel=6, mtime=0)


def open_data_files(archive: Archive, site: Site) -> dict[str, bytes]:
    """save_as → gzipped file, for every file in FILES."""
    files = {
        "statements.json.gz": dump_json(statement_records(archive)),
        "statements.csv.gz": statements_csv(archive, site),
        "people.json.gz": dump_json(people_records(archive, site)),
        "themes.json.gz": dump_json(theme_records(archive, site)),
        "meetings.json.gz": dump_json(meeting_records(archive, site)),
    }
    return {f"{DATA_DIR}/{name}": gzipped(files[name]) for name in FILES}


def write_open_data(writer: Any, files: dict[str, bytes]) -> None:
    """Write what `open_data_files` worked out."""
    for save_as, data in files.items():
        write_bytes(writer, save_as, data)
