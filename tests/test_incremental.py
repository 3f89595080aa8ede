"""Rebuilds render only the pages whose content changed, and come out as a clean build would.

Real Pelican builds of a generated archive: built once, then edited (the title of a statement issued at
a meeting changed, one statement deleted, one added) and built again into the same folder; the result is
compared byte for byte with a clean build of the edited archive into a new folder.
"""

from __future__ import annotations

import gzip
import json
import re
import shutil
from pathlib import Path

from conftest import run_build

STATEMENTS = 150


def site_files(root: Path) -> dict[Path, bytes]:
    """Every file the build writes itself (Pagefind names its fragments differently on each run)."""
    return {p.relative_to(root): p.read_bytes() for p in root.rglob("*") if p.is_file() and "pagefind" not in p.parts}


def rendered(log: str) -> tuple[int, int]:
    m = re.search(r"pages: (\d+) rendered, (\d+) kept", log)
    assert m, log[-2000:]
    return int(m.group(1)), int(m.group(2))


def test_an_edited_archive_rebuilds_as_a_clean_build_would(tmp_path: Path):
    from generate_archive import generate_archive

    content = generate_archive(STATEMENTS, tmp_path / "archive")
    site = tmp_path / "site"
    assert run_build(content, site).returncode == 0

    again = run_build(content, site)
    assert again.returncode == 0
    done, kept = rendered(again.stderr)
    assert done == 0 and kept > STATEMENTS  # nothing changed: every page kept

    files = sorted((content / "statements").glob("*.txt"))
    records = json.loads(gzip.decompress((site / "data/statements.json.gz").read_bytes()))
    held = next(r for r in records if any(m["relation"] == "held" for m in r["meetings"]))
    edited = content / held["source"]  # a statement issued at a meeting: on its page, too, the title changes
    title, _, rest = edited.read_text(encoding="utf-8").partition("\n")
    edited.write_text(f"{title} (corrected)\n{rest}", encoding="utf-8")
    removed = files[20]
    shutil.copy(files[30], content / "statements" / "added-copy-with-another-text.txt")
    added = content / "statements" / "added-copy-with-another-text.txt"
    head, _, tail = added.read_text(encoding="utf-8").partition("\n")
    added.write_text(f"{head} on a new subject\n\nA sentence of its own.\n{tail}", encoding="utf-8")
    removed.unlink()

    incremental = run_build(content, site)
    assert incremental.returncode == 0, incremental.stderr
    done, kept = rendered(incremental.stderr)
    assert 0 < done < kept  # some pages, not all

    clean = tmp_path / "clean"
    assert run_build(content, clean).returncode == 0
    mine, theirs = site_files(site), site_files(clean)
    assert sorted(set(mine) ^ set(theirs), key=str) == []  # the removed statement's page is gone too
    assert [str(p) for p in mine if mine[p] != theirs[p]] == []
