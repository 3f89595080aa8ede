"""Index exactly this build's statement pages with Pagefind's Python API (its binary runs offline)."""

from __future__ import annotations

import asyncio
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

BUNDLE_DIR = "pagefind"


@dataclass(frozen=True)
class SearchStats:
    pages: int
    seconds: float
    bytes_on_disk: int


async def _index(pages: list[tuple[str, Path]], bundle: Path, language: str) -> None:
    from pagefind.index import IndexConfig, PagefindIndex

    config = IndexConfig(force_language=language, keep_index_url=False)
    async with PagefindIndex(config=config) as index:
        for url, path in pages:
            await index.add_html_file(content=path.read_text(encoding="utf-8"), url=url)
        await index.write_files(output_path=str(bundle))


def write_search_index(output_path: Path, pages: list[tuple[str, Path]], language: str = "en") -> SearchStats:
    """Replace output/pagefind/ with an index of `pages` ((site-relative URL, file) pairs).

    One index for every language (`force_language`): statements in nine languages would otherwise
    be split into nine indexes, and a reader searching a name would only search one of them.
    """
    started = time.perf_counter()
    bundle = output_path / BUNDLE_DIR
    if bundle.exists():
        shutil.rmtree(bundle)  # stale fragments from an earlier build must not be found
    asyncio.run(_index(pages, bundle, language))
    size = sum(f.stat().st_size for f in bundle.rglob("*") if f.is_file())
    return SearchStats(len(pages), time.perf_counter() - started, size)
