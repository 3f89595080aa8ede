"""The generated archive reads like the real thing: the parser finds what the generator meant to write."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from pathlib import Path

from generate_archive import generate_archive

from conftest import ROOT
from statements.parsing import load_knowledge, parse_file


def test_the_same_size_and_seed_give_the_same_files(tmp_path: Path):
    a, b = generate_archive(40, tmp_path / "a"), generate_archive(40, tmp_path / "b")
    files = sorted(p.name for p in (a / "statements").iterdir())
    assert len(files) == 40
    assert all((a / "statements" / f).read_bytes() == (b / "statements" / f).read_bytes() for f in files)
    assert (a / "data/people.yaml").read_text() == (b / "data/people.yaml").read_text()
    assert (a / "data/themes.yaml").is_file()


def test_command_line(tmp_path: Path):
    result = subprocess.run(
        [sys.executable, str(ROOT / "tests/generate_archive.py"), "12", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert len(list((tmp_path / "statements").glob("*.txt"))) == 12


def test_the_parser_finds_registered_signatories_themes_dates_and_meetings(tmp_path: Path):
    archive = generate_archive(80, tmp_path)
    knowledge, problems = load_knowledge(archive / "data")
    assert problems == []
    parsed = [parse_file(p, knowledge) for p in sorted((archive / "statements").glob("*.txt"))]
    registered = {p.slug for p in knowledge.people.people}
    people = [s for st in parsed for s in st.signatories if s.name]
    assert people and all(s.person in registered for s in people)  # every invented name resolves
    assert all(st.signatories and st.topics for st in parsed)
    assert sum(1 for st in parsed if st.date is None) <= 8
    relations = Counter(m.relation for st in parsed for m in st.meetings)
    assert relations["held"] >= 10 and relations["referenced"] >= 5
    largest = max(len(st.signatories) for st in parsed)
    assert largest >= 7  # group statements with a footnote of ministers
