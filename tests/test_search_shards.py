"""A large archive's search index in shards (blocks of years), merged in a real Chromium.

The generated archive is built with a small shard size, so that it has a shard per year: a word search
finds what the one-shard index finds, browsing by a filter stays newest first across shards, and an
edit to one statement re-indexes only its shard.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import re
import threading
from collections.abc import Iterator
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest

from conftest import CHROMIUM, GENERATED_STATEMENTS, NO_BROWSER, Visit, _QuietHandler, run_build

SHARD_SIZE = "STATEMENTS_SEARCH_SHARD_SIZE=40"  # 300 statements over ten years: a shard a year


@pytest.fixture(scope="session")
def sharded(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, str]:
    """(content, output, build log) of the generated archive, indexed in shards."""
    from generate_archive import generate_archive

    content = generate_archive(GENERATED_STATEMENTS, tmp_path_factory.mktemp("sharded"))
    output = tmp_path_factory.mktemp("sharded-site")
    result = run_build(content, output, "--extra-settings", SHARD_SIZE)
    assert result.returncode == 0, result.stdout + result.stderr
    return content, output, result.stderr


@pytest.fixture(scope="session")
def sharded_url(sharded: tuple[Path, Path, str]) -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(sharded[1])))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}/"
    server.shutdown()
    server.server_close()


def shards(site: Path) -> list[str]:
    return sorted(p.name for p in (site / "pagefind").iterdir())


def test_the_index_is_split_by_year(sharded: tuple[Path, Path, str]):
    _, site, log = sharded
    years = shards(site)
    assert len(years) >= 8 and all(re.fullmatch(r"\d{4}|undated", y) for y in years), years
    assert f"in {len(years)} shards" in log
    search_page = (site / "search/index.html").read_text(encoding="utf-8")
    assert all(f"pagefind/{y}/" in search_page for y in years)


def found(page) -> int:
    page.wait_for_function("() => /found/.test(document.querySelector('.search-status').textContent)")
    return int(page.inner_text(".search-status").split()[0])


def shown_dates(page) -> list[dt.date]:
    metas = page.eval_on_selector_all(".search-results li .meta", "els => els.map(e => e.textContent)")
    return [dt.datetime.strptime(m.split(" · ")[0], "%d %B %Y").date() for m in metas if m[0].isdigit()]


@pytest.mark.skipif(not CHROMIUM.exists(), reason=NO_BROWSER)
def test_merged_shards_find_what_one_index_finds(browser, base_url: str, sharded_url: str):
    counts = []
    for url in (base_url, sharded_url):
        v = Visit(browser, url)
        counts.append(found(v.open("search/?q=ministers")))
        assert not v.foreign
        v.close()
    assert counts[0] == counts[1] > 0


@pytest.mark.skipif(not CHROMIUM.exists(), reason=NO_BROWSER)
def test_browsing_by_a_filter_is_newest_first_across_shards(browser, sharded_url: str):
    v = Visit(browser, sharded_url)
    page = v.open("search/")
    page.wait_for_selector(".search-ready")
    box = page.locator(".search-filters fieldset:has(legend:text('Language')) input").first
    box.check()  # one language: most of the archive, over every year
    total = found(page)
    for shown in (20, 40, 60):  # three pages of results, across a year's boundary
        page.wait_for_function("n => document.querySelectorAll('.search-results li').length >= n", arg=shown)
        if shown < 60:
            page.click(".search-more")
    dates = shown_dates(page)
    assert total > 60 and len(dates) >= 40
    assert len({d.year for d in dates}) >= 2
    assert dates == sorted(dates, reverse=True)
    v.close()


def test_an_edit_reindexes_only_its_shard(sharded: tuple[Path, Path, str], tmp_path: Path):
    content, site, _ = sharded
    before = {y: os.stat(site / "pagefind" / y / "pagefind-entry.json").st_mtime_ns for y in shards(site)}
    edited = sorted((content / "statements").glob("2019-*.txt"))[0]
    title, _, rest = edited.read_text(encoding="utf-8").partition("\n")
    edited.write_text(f"{title}\n\nThe ministers also discussed quokkas.\n{rest}", encoding="utf-8")
    result = run_build(content, site, "--extra-settings", SHARD_SIZE)
    assert result.returncode == 0, result.stderr
    assert "1 changed, indexed in" in result.stderr
    after = {y: os.stat(site / "pagefind" / y / "pagefind-entry.json").st_mtime_ns for y in shards(site)}
    assert [y for y in before if before[y] != after[y]] == ["2019"]
    assert "pages:" in result.stderr and "kept as they were" in result.stderr


@pytest.mark.parametrize("memory_fs", ["there", "missing"])
def test_staged_pages_leave_nothing_behind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, memory_fs: str):
    """The slim pages Pagefind reads are staged on a memory filesystem when there is one, else beside the output;
    either way the index is built and no staging folder is left behind."""
    from statements.search import index

    memory = tmp_path / "shm"
    if memory_fs == "there":
        memory.mkdir()
    monkeypatch.setattr(index, "MEMORY_FS", memory)
    output = tmp_path / "site" / "output"
    pages = [
        (f"statements/{n}/", f"<html><body><main data-pagefind-body><p>quokka number {n}</p></main></body></html>", None)
        for n in range(3)
    ]
    pending = index.start_search_index(output, pages)
    if memory_fs == "there":  # the pages went to the memory filesystem, in a folder of their own
        assert [p.name.startswith("statements-search-") for p in memory.iterdir()] == [True]
    stats = pending.finish()
    assert stats.pages == 3 and (output / "pagefind" / "all" / "pagefind.js").exists()
    assert sorted(p.name for p in output.parent.iterdir()) == ["output"]
    assert not memory.exists() or list(memory.iterdir()) == []
