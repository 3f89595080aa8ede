"""Reading every statement for a build: on every core, and only what changed since the last build."""

from __future__ import annotations

import gc
import hashlib
import logging
import multiprocessing
import os
import pickle
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from ..parsing import Knowledge, SourceError, Statement, kept, parse_file
from ..parsing.corrections import sidecar_path
from ..parsing.language import load_model_in_background
from .incremental import value_digest
from .parallel import in_background

logger = logging.getLogger(__name__)

PARALLEL_FROM = 200  # fewer files than this are read faster in one process than by starting workers
_knowledge = Knowledge()  # set once in each worker process by _start_worker


def parser_fingerprint(data_dir: Path) -> str:
    """Changes whenever the parser's code, this module (the cache's format) or the archive's registries change:
    then every file is read anew."""
    digest = hashlib.sha1(Path(__file__).read_bytes())
    parsing = Path(__file__).resolve().parent.parent / "parsing"
    for source in sorted(parsing.glob("*.py")):
        digest.update(source.read_bytes())
    for name in ("people.yaml", "themes.yaml"):
        if (data_dir / name).exists():
            digest.update((data_dir / name).read_bytes())
    return digest.hexdigest()[:16]


def _stamp(path: Path) -> tuple:
    """What the parse of `path` depends on: its file and its sidecar, by size and time. (An absolute path, not a
    resolved one: resolving a path stats each of its folders, for thousands of files at the start of every build.)"""

    def one(p: str) -> tuple[int, int] | None:
        try:
            st = os.stat(p)
        except OSError:
            return None
        return st.st_size, st.st_mtime_ns

    return (os.path.abspath(path), one(str(path)), one(str(sidecar_path(path))))


def _warm_up(knowledge: Knowledge) -> None:
    """Build the parser's lookup tables (CLDR names, country and date patterns, language model) once."""
    from ..parsing import parse_statement
    from ..parsing.countries import nationality_adjective
    from ..parsing.dates import _locales_for, _names, _patterns
    from ..parsing.language import LANGUAGES

    model = load_model_in_background()
    _patterns()
    nationality_adjective("warm-up")  # builds the adjective table from CLDR
    for language in (None, *LANGUAGES):
        _names(_locales_for(language))
    model.join()  # no thread may be running when the workers fork
    parse_statement(
        "A joint statement by the Minister\n\nBrussels, 1 June 2020\n\nThe ministers of France met today.",
        "warm-up",
        knowledge,
    )
    kept.keep()  # the patterns compiled anew, for the next start (written once after a change to the parser)


def _start_worker(knowledge: Knowledge) -> None:
    global _knowledge
    _knowledge = knowledge


Result = tuple[Statement | None, str | None, bytes]  # (statement, None, its digest) or (None, failure, b"")


def _parse_one(job: tuple[Path, str]) -> Result:
    """(statement, None, its digest), or (None, what the editor should do, b""); never raises.

    The digest (what the statement holds, for the page cache: incremental.py) is worked out here, on every
    core, once per parse; the page writers would otherwise each work it out again for every statement they list.
    """
    path, rel = job
    try:
        statement = parse_file(path, _knowledge, source=rel)
    except SourceError as exc:
        return None, str(exc), b""
    except Exception as exc:  # a parser bug must not stop the build or hide the file
        return None, f"{rel}: could not be parsed ({type(exc).__name__}: {exc}); please report this with the file", b""
    return statement, None, value_digest(statement)


def _nothing() -> None:
    pass


@dataclass(frozen=True)
class Reading:
    """What `read_statements` read: the statements, with each one's digest; the files it could not read."""

    statements: list[Statement]
    digests: list[bytes]  # digests[i] is that of statements[i]
    failures: list[str]
    cached: int  # how many came from the cache, unchanged since the last build
    saved: Callable[[], None] = _nothing  # waits until the parse cache is written


def read_statements(
    jobs: list[tuple[Path, str]], knowledge: Knowledge, cache_file: Path | None, workers: int | None = None
) -> Reading:
    """Parse every (path, source name) job, or take it from the cache when its files are unchanged."""
    cache: dict = {}
    if cache_file and cache_file.exists():
        try:
            cache = pickle.loads(cache_file.read_bytes())
        except Exception:  # an unreadable cache is only a slower build
            logger.info("statements: the parse cache %s could not be read; reading every file", cache_file)
    stamps = [_stamp(path) for path, _ in jobs]
    results: list[Result | None] = [
        cache.get((s, rel)) for s, (_, rel) in zip(stamps, jobs)
    ]
    todo = [i for i, r in enumerate(results) if r is None]
    workers = workers or os.cpu_count() or 1
    if len(todo) >= PARALLEL_FROM and workers > 1:
        collecting = gc.isenabled()
        gc.disable()  # (the tables are millions of objects, and none is garbage: the collector would walk them all)
        try:
            _warm_up(knowledge)  # tables built once here are shared by the forked workers
        finally:
            if collecting:
                gc.enable()
        gc.freeze()  # and never walked by their garbage collectors (nor copied into them by its touching every page)
        context = multiprocessing.get_context("fork")
        try:
            with ProcessPoolExecutor(
                workers, mp_context=context, initializer=_start_worker, initargs=(knowledge,)
            ) as pool:
                for i, result in zip(todo, pool.map(_parse_one, [jobs[i] for i in todo], chunksize=64)):
                    results[i] = result
        finally:
            gc.unfreeze()
    else:
        if todo:
            load_model_in_background()  # while the first statement's parse builds the other tables
        _start_worker(knowledge)
        for i in todo:
            results[i] = _parse_one(jobs[i])
        if todo:
            kept.keep()
    saved: Callable[[], None] = _nothing
    if cache_file and (todo or len(cache) != len(jobs)):  # (unchanged: the cache on disk is this one)
        fresh = {(s, rel): r for s, (_, rel), r in zip(stamps, jobs, results)}
        # pickled and written in a forked process, beside the linking; the build asks for it when it has linked
        saved = in_background(partial(_save_cache, cache_file, fresh), len(todo)).result
    read = [r for r in results if r and r[0] is not None]
    failures = [r[1] for r in results if r and r[1] is not None]
    return Reading([r[0] for r in read], [r[2] for r in read], failures, len(jobs) - len(todo), saved)


def _save_cache(cache_file: Path, fresh: dict) -> None:
    partial_file = cache_file.with_suffix(f".{os.getpid()}.tmp")  # never a half-written cache under its name
    try:
        cache_file.parent.mkdir(parents=True, exist_ok=True)
        partial_file.write_bytes(pickle.dumps(fresh, protocol=pickle.HIGHEST_PROTOCOL))
        partial_file.replace(cache_file)
    except OSError as exc:
        partial_file.unlink(missing_ok=True)
        logger.info("statements: the parse cache could not be written (%s); the next build reads every file", exc)

