"""`statements parse --json`: the shape parse quality is measured in."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema

from conftest import ROOT, SEED

SCHEMA = json.loads((ROOT / "plugins/statements/statement.schema.json").read_text())


def run_cli(*args: str) -> subprocess.CompletedProcess:
    exe = Path(sys.executable).parent / "statements"
    return subprocess.run([str(exe), *args], cwd=ROOT, capture_output=True, text=True, timeout=300)


def test_parse_json_matches_the_schema_one_object_per_file(tmp_path: Path):
    other = tmp_path / "undated.txt"
    other.write_text("A statement with no date\n\nThe ministers discussed migration and trade.\n", encoding="utf-8")
    result = run_cli("parse", "--json", str(SEED), str(other))
    assert result.returncode == 0, result.stderr
    objects = json.loads(result.stdout)
    assert [o["source"] for o in objects] == [str(SEED), str(other)]
    for obj in objects:
        jsonschema.validate(obj, SCHEMA)
    assert objects[0]["date"] == "2018-06-19"
    assert objects[1]["date"] is None and any("date" in w for w in objects[1]["warnings"])


def test_directory_expands_to_its_statements():
    result = run_cli("parse", "--json", str(ROOT / "content/statements"))
    objects = json.loads(result.stdout)
    assert len(objects) == len(list((ROOT / "content/statements").glob("*.txt")))


def test_unreadable_input_is_reported_not_dropped(tmp_path: Path):
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    result = run_cli("parse", "--json", str(empty), str(SEED))
    objects = json.loads(result.stdout)
    assert len(objects) == 2 and "empty" in objects[0]["warnings"][0]
    assert result.returncode == 1 and "empty" in result.stderr
