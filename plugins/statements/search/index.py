"""Index exactly this build's statements with Pagefind's binary (from the `pagefind[bin]` wheel; it runs offline).

A large archive's index is split into shards by blocks of years (`pagefind/2015-2016/`, …,
`pagefind/undated/`); the search page loads the first and merges the others in the browser
(Pagefind's `mergeIndex`). A shard whose statements are unchanged keeps its index, so an edit
re-indexes one block of years, not the archive. Blocks are whole years, which keeps the newest-first
order exact when a reader browses by filter (search.js asks year by year). Below two shards' worth of
statements there is one shard, `pagefind/all/`.

Pagefind reads a staging folder of slim pages (about 1.6 times faster than its Python API); a forked
process renders them, tells which shards changed, writes their pages and runs Pagefind, beside the
linking and the page writing, and the build waits for it at the end. The slim pages go to a memory
filesystem (`/dev/shm`) where there is one with room: Pagefind's many threads open them at once, and
on a disk's filesystem that took three times the CPU. Pagefind itself runs on the CPUs the two
page-writing processes leave (one of two), since its threads only contend with them for the same cores.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

BUNDLE_DIR = "pagefind"
# Pagefind's ready-made search interfaces: the search page has its own (theme/static/js/search.js) and asks
# pagefind.js directly, so each shard would carry 420 kB that no reader loads
UNUSED_BUNDLE_FILES = (
    "pagefind-ui.js",
    "pagefind-ui.css",
    "pagefind-modular-ui.js",
    "pagefind-modular-ui.css",
    "pagefind-component-ui.js",
    "pagefind-component-ui.css",
    "pagefind-highlight.js",
)
DIGEST_FILE = ".statements-digest"  # what a shard was built from; the same pages again need no new index
SHARD_STATEMENTS = 2000  # about this many statements a shard (STATEMENTS_SEARCH_SHARD_SIZE)
ERRORS_FILE = "errors.txt"
DONE_FILE = "indexed.txt"  # written by the indexing process when it is done: the shards it indexed anew
MEMORY_FS = Path("/dev/shm")  # where the slim pages are staged, if it exists and has room for them
PAGE_WRITERS = 2  # processes writing pages while Pagefind runs (rendering/parallel.py)


@dataclass(frozen=True)
class SearchStats:
    pages: int
    seconds: float  # Pagefind's own time, from the start of staging to the finished bundles
    bytes_on_disk: int
    shards: int = 1
    reindexed: int = 0  # shards indexed anew; the others were unchanged and kept

    @property
    def reused(self) -> bool:
        return self.reindexed == 0


class SearchIndexError(RuntimeError):
    """Pagefind could not build the index; the message says why."""


@dataclass(frozen=True)
class Shard:
    key: str  # its folder under pagefind/: "all", "2015-2016", "undated"
    pages: tuple[tuple[str, Any], ...]  # (site-relative URL, the HTML to index or what `render` makes it from)

    def html(self, render: Callable[[Any], str] | None) -> list[tuple[str, str]]:
        return [(url, render(item) if render else item) for url, item in self.pages]


def shard_digest(pages: list[tuple[str, str]], language: str) -> str:
    """What a shard's index was built from: the same pages again need no new index."""
    digest = hashlib.sha1(language.encode())
    for url, html in pages:
        digest.update(url.encode() + b"\0" + html.encode() + b"\0")
    return digest.hexdigest()


def shard_key(date: str | None, years_per_shard: int | None) -> str:
    """The block of years a statement's index goes in; None: one shard for the whole archive."""
    if years_per_shard is None:
        return "all"
    if not date:
        return "undated"
    first = int(date[:4]) // years_per_shard * years_per_shard
    return str(first) if years_per_shard == 1 else f"{first}-{first + years_per_shard - 1}"


def years_per_shard(dates: list[str | None], shard_size: int = SHARD_STATEMENTS) -> int | None:
    """Whole years a shard spans so that a shard holds about `shard_size` statements; None for one shard."""
    if len(dates) < 2 * shard_size:
        return None
    years = [int(d[:4]) for d in dates if d]
    if not years:
        return None
    per_year = len(years) / (max(years) - min(years) + 1)
    return max(1, int(shard_size // per_year))


def split_shards(pages: list[tuple[str, Any, str | None]], shard_size: int) -> list[Shard]:
    """(URL, page, date) pages into shards, newest block of years first, 'undated' last."""
    span = years_per_shard([d for _, _, d in pages], shard_size)
    grouped: dict[str, list[tuple[str, Any]]] = {}
    for url, page, date in pages:
        grouped.setdefault(shard_key(date, span), []).append((url, page))
    return [
        Shard(key, tuple(grouped[key]))
        for key in sorted(grouped, key=lambda k: (k != "undated", k), reverse=True)  # newest first, undated last
    ]


@dataclass(frozen=True)
class PendingIndex:
    """Pagefind runs in progress: `finish()` puts the index in place."""

    output_path: Path
    shards: tuple[Shard, ...]
    started: float
    stage: Path
    pages_stage: Path | None = None  # a folder on the memory filesystem for the slim pages, if there is one
    process: multiprocessing.process.BaseProcess | None = field(default=None, compare=False)

    @property
    def pages(self) -> int:
        return sum(len(s.pages) for s in self.shards)

    def bundle_paths(self) -> list[str]:
        """The shards' folders under the site's root, the one the search page loads first at the head."""
        return [f"{BUNDLE_DIR}/{s.key}/" for s in self.shards]

    def finish(self) -> SearchStats:
        root = self.output_path / BUNDLE_DIR
        try:
            if self.process is not None:
                self.process.join()
            errors = self.stage / ERRORS_FILE
            if errors.exists() or not (self.stage / DONE_FILE).exists():
                code = self.process.exitcode if self.process is not None else None
                raise SearchIndexError((errors.read_text() if errors.exists() else f"exit code {code}").strip()[-500:])
            reindexed = (self.stage / DONE_FILE).read_text().split()
            for key in reindexed:
                built = self.stage / key / BUNDLE_DIR
                if not (built / "pagefind.js").exists():
                    raise SearchIndexError(f"Pagefind wrote no pagefind.js for {key}")
                target = root / key
                if target.exists():
                    shutil.rmtree(target)  # stale fragments from an earlier build must not be found
                target.parent.mkdir(parents=True, exist_ok=True)
                for name in UNUSED_BUNDLE_FILES:
                    (built / name).unlink(missing_ok=True)
                shutil.move(str(built), str(target))
                shutil.move(str(self.stage / key / DIGEST_FILE), str(target / DIGEST_FILE))
            keep = {s.key for s in self.shards}
            for old in list(root.iterdir()) if root.exists() else []:  # shards gone, or an older layout
                if old.name not in keep:
                    shutil.rmtree(old) if old.is_dir() else old.unlink()
        finally:
            self._remove_stages()
        return SearchStats(
            self.pages, time.perf_counter() - self.started, _size(root), len(self.shards), len(reindexed)
        )

    def cancel(self) -> None:
        """Stop Pagefind and remove its staging folder (the build failed before the index was needed)."""
        if self.process is not None and self.process.is_alive():
            self.process.terminate()  # its Pagefind child ends with the pipe it writes to
            self.process.join()
        self._remove_stages()

    def _remove_stages(self) -> None:
        for folder in (self.stage, self.pages_stage):
            if folder is not None:
                shutil.rmtree(folder, ignore_errors=True)


def start_search_index(
    output_path: Path,
    pages: list[tuple[str, Any, str | None]],
    language: str = "en",
    shard_size: int = SHARD_STATEMENTS,
    render: Callable[[Any], str] | None = None,
) -> PendingIndex:
    """Start indexing `pages` ((site-relative URL, page, date) triples) into output/pagefind/: a page is the HTML to
    index, or what `render` makes it from. Rendering them, and telling which shards changed since the last
    build, is the forked process's work (on the core the linking leaves).

    The pages are staged in a folder of their own, so stale pages left in output/ are never indexed.
    One index for every language (`--force-language`): statements in nine languages would otherwise be
    split into nine indexes, and a reader searching a name would only search one of them.
    """
    started = time.perf_counter()
    shards = tuple(split_shards(pages, shard_size))
    from pagefind_bin import get_executable

    output_path.mkdir(parents=True, exist_ok=True)
    # the bundles are written beside the output, on its filesystem, so that putting them in place is a rename
    stage = Path(tempfile.mkdtemp(prefix=".search-", dir=output_path.parent))
    pages_stage = _pages_stage()
    # a process, not a thread: rendering and writing thousands of pages would wait on the linking for the GIL
    process = multiprocessing.get_context("fork").Process(
        target=_index,
        args=(str(get_executable()), stage, pages_stage, output_path / BUNDLE_DIR, shards, language, render),
        daemon=True,
    )
    process.start()
    return PendingIndex(output_path, shards, started, stage, pages_stage, process)


def _pages_stage() -> Path | None:
    """A folder of its own on the memory filesystem for the slim pages, or None where there is none."""
    try:
        return Path(tempfile.mkdtemp(prefix="statements-search-", dir=MEMORY_FS))
    except OSError:  # no /dev/shm (macOS, Windows, some containers), or not writable
        return None


def _room_for(folder: Path, pages_bytes: int) -> bool:
    """Whether the memory filesystem has room for the slim pages, to spare for everything else."""
    free = os.statvfs(folder)
    return free.f_bavail * free.f_frsize >= 4 * pages_bytes + (64 << 20)


def _pagefind_cpus() -> set[int] | None:
    """The CPUs Pagefind may use: those the page writers leave, at least one; None to leave it unconfined."""
    if not hasattr(os, "sched_getaffinity"):
        return None
    cpus = sorted(os.sched_getaffinity(0))
    if len(cpus) <= 1:
        return None
    return set(cpus[-max(1, len(cpus) - PAGE_WRITERS) :])


def _index(
    executable: str,
    stage: Path,
    pages_stage: Path | None,
    root: Path,
    shards: tuple[Shard, ...],
    language: str,
    render: Callable[[Any], str] | None,
) -> None:
    """In the forked process: render each shard's pages; where they differ from those its index on disk was built
    from, stage them and run Pagefind, one shard after another. DONE_FILE lists the shards indexed anew."""
    try:
        cpus = _pagefind_cpus()
        if cpus:
            os.sched_setaffinity(0, cpus)  # Pagefind, started from this process, inherits it
        rendered = [(shard, shard.html(render)) for shard in shards]
        stale = []
        for shard, pages in rendered:
            digest = shard_digest(pages, language)
            kept = root / shard.key / DIGEST_FILE
            if not kept.exists() or kept.read_text() != digest:
                stale.append((shard, pages, digest))
        pages_bytes = sum(len(html) for _, pages, _ in stale for _, html in pages)
        site_root = pages_stage if pages_stage is not None and _room_for(pages_stage, pages_bytes) else stage
        for shard, pages, digest in stale:
            site = site_root / shard.key / "site"
            for url, html in pages:
                target = site / url.strip("/") / "index.html" if url.endswith("/") else site / url.strip("/")
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(html, encoding="utf-8")
            command = [executable, "--site", str(site), "--output-path", str(stage / shard.key / BUNDLE_DIR)]
            command += ["--force-language", language, "--silent"]
            done = subprocess.run(command, cwd=stage, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            if done.returncode:
                raise SearchIndexError(f"Pagefind exited with code {done.returncode}: {done.stderr.strip()[-500:]}")
            (stage / shard.key / DIGEST_FILE).write_text(digest)
            shutil.rmtree(site, ignore_errors=True)
        (stage / DONE_FILE).write_text("\n".join(shard.key for shard, _, _ in stale))
    except BaseException as exc:
        (stage / ERRORS_FILE).write_text(f"{type(exc).__name__}: {exc}")
        os._exit(1)
    os._exit(0)


def _size(bundle: Path) -> int:
    return sum(f.stat().st_size for f in bundle.rglob("*") if f.is_file())
