"""Index exactly this build's statements with Pagefind's Python API (its binary runs offline)."""

from __future__ import annotations

import asyncio
import hashlib
import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

BUNDLE_DIR = "pagefind"
DIGEST_FILE = ".statements-digest"  # what the bundle was built from; the same pages again need no new index


@dataclass(frozen=True)
class SearchStats:
    pages: int
    seconds: float
    bytes_on_disk: int
    reused: bool = False


async def _index(site: Path, bundle: Path, language: str) -> None:
    from pagefind.index import IndexConfig, PagefindIndex

    # output_path in the config too: with add_directory, Pagefind otherwise also writes ./pagefind in the cwd
    config = IndexConfig(force_language=language, keep_index_url=False, output_path=str(bundle))
    async with PagefindIndex(config=config) as index:
        await index.add_directory(str(site))
        await index.write_files(output_path=str(bundle))


def write_search_index(output_path: Path, pages: list[tuple[str, str]], language: str = "en") -> SearchStats:
    """Replace output/pagefind/ with an index of `pages` ((site-relative URL, HTML to index) pairs).

    The pages are staged in a folder of their own and read by Pagefind in one call (about twenty times
    faster than page by page through its API), so stale pages left in output/ are never indexed.
    One index for every language (`force_language`): statements in nine languages would otherwise be
    split into nine indexes, and a reader searching a name would only search one of them.
    """
    started = time.perf_counter()
    bundle = output_path / BUNDLE_DIR
    digest = hashlib.sha1(language.encode())
    for url, html in pages:
        digest.update(url.encode() + b"\0" + html.encode() + b"\0")
    if bundle.exists() and (bundle / DIGEST_FILE).exists() and (bundle / DIGEST_FILE).read_text() == digest.hexdigest():
        return SearchStats(len(pages), time.perf_counter() - started, _size(bundle), reused=True)
    if bundle.exists():
        shutil.rmtree(bundle)  # stale fragments from an earlier build must not be found
    stage = Path(tempfile.mkdtemp(prefix=".search-", dir=output_path.parent))
    try:
        for url, html in pages:
            target = stage / url.strip("/") / "index.html" if url.endswith("/") else stage / url.strip("/")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(html, encoding="utf-8")
        asyncio.run(_index(stage, bundle, language))
    finally:
        shutil.rmtree(stage, ignore_errors=True)
    (bundle / DIGEST_FILE).write_text(digest.hexdigest())
    return SearchStats(len(pages), time.perf_counter() - started, _size(bundle))


def _size(bundle: Path) -> int:
    return sum(f.stat().st_size for f in bundle.rglob("*") if f.is_file())
