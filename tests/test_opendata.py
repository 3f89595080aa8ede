"""Open data under data/: the schema's shape, documented CSV columns, cross-references that resolve."""

from __future__ import annotations

import csv
import dataclasses
import gzip
import io
import json
import re
from pathlib import Path

import jsonschema

from conftest import ROOT, SEED, SUBPATH_SITEURL, fixture_archive
from statements.parsing import Statement
from statements.rendering.opendata import CSV_COLUMNS, FILES, statement_records

SCHEMA = json.loads((ROOT / "plugins/statements/statement.schema.json").read_text())


def load(site: Path, name: str):
    data = (site / "data" / name).read_bytes()
    return json.loads(gzip.decompress(data) if name.endswith(".gz") else data)


def test_statements_json_is_every_statement_in_the_schemas_shape(published_site: Path):
    records = load(published_site, "statements.json.gz")
    on_disk = {p.parent.name for p in (published_site / "statements").glob("*/index.html")} - {"western-balkans-route"}
    assert {r["slug"] for r in records} == on_disk and len(records) == 3
    keys = set(Statement("s", "s", "t", None, None).to_dict())
    for record in records:
        jsonschema.validate(record, SCHEMA)
        assert set(record) == keys
    undated = next(r for r in records if r["title"] == "Joint statement on trade cooperation")
    assert undated["date"] is None


def test_statement_slug_is_the_one_its_url_uses_even_when_two_collide():
    seed = fixture_archive().by_slug
    twin = next(e.statement for e in seed.values() if e.statement.source.endswith(SEED.name))
    # same title and date, another text: a second statement (the same text would be merged as a duplicate)
    other = dataclasses.replace(twin, source="statements/copy.txt", paragraphs=(*twin.paragraphs, "Another line."))
    archive = fixture_archive(other)
    slugs = [r["slug"] for r in statement_records(archive)]
    assert len(slugs) == len(set(slugs)) == 4 and twin.slug + "-2" in slugs


def test_csv_has_one_row_per_statement_and_the_documented_columns(published_site: Path):
    text = gzip.decompress((published_site / "data/statements.csv.gz").read_bytes()).decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert tuple(rows[0]) == CSV_COLUMNS and len(rows) == 3
    seed = next(r for r in rows if r["source"].endswith(SEED.name))
    assert seed["date"] == "2018-06-19" and seed["url"].startswith(SUBPATH_SITEURL + "/statements/")
    assert "Dragan Mektić" in seed["signatories"].split("; ") and "dragan-mektic" in seed["people"].split("; ")
    assert "migration" in seed["themes"].split("; ")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    documented = re.findall(r"^\| `([a-z_]+)` \|", readme.split("Columns of `statements.csv", 1)[1], flags=re.MULTILINE)
    assert tuple(documented[: len(CSV_COLUMNS)]) == CSV_COLUMNS


def test_people_themes_and_meetings_refer_to_published_statements(published_site: Path):
    slugs = {r["slug"] for r in load(published_site, "statements.json.gz")}
    people, themes, meetings = (load(published_site, n) for n in ("people.json.gz", "themes.json.gz", "meetings.json.gz"))
    for records, key in ((people, "slug"), (themes, "id"), (meetings, "slug")):
        assert [r[key] for r in records] == sorted(r[key] for r in records)
        for r in records:
            assert r["statements"] and set(r["statements"]) <= slugs
            assert (published_site / r["url"][len(SUBPATH_SITEURL) + 1 :] / "index.html").is_file()
    mektic = next(p for p in people if p["slug"] == "dragan-mektic")
    assert mektic["name"] == "Dragan Mektić" and mektic["countries"] == ["Bosnia and Herzegovina"]
    tirana = next(m for m in meetings if m["place"] == "Tirana")
    assert (tirana["date"], tirana["end_date"]) == ("2018-10-04", "2018-10-05") and tirana["announced_by"]


def test_every_page_leads_to_the_data_files_on_the_guide(built_site: Path):
    page = (built_site / "people/dragan-mektic/index.html").read_text(encoding="utf-8")
    assert 'href="../../guide/#data-h"' in page
    guide = (built_site / "guide/index.html").read_text(encoding="utf-8")
    for name in FILES:
        assert f'href="../data/{name}"' in guide
