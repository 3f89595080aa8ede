"""What the parser builds once, kept beside this installation between runs, like Python's compiled modules.

At every start the parser built its tables from CLDR (month, weekday and country names in some thirty locales,
nationality adjectives: about 0.4 s) and compiled its patterns (Python parses a regular expression and writes the
matching engine's code in Python: about 0.4 s for the parser's long word lists, plus 0.13 s factoring them into prefix
trees), all on one core before the parse workers fork. The first run after a change to the parser (or to Python or
Babel) builds them as before and `keep()` writes them to a store in the virtual environment
(`.venv/share/statements/`, beside the language model's copy); later runs read them from it in a few hundredths of a
second:

- `@kept` on a table's function (no arguments, or hashable ones): its value from the store, else built and noted;
- `compiled(key, make_source, flags)`: a pattern from the engine's code in the store, handed to the engine as `re.compile`
  does at its end, else compiled as usual and noted. A pattern enters the store only after the one made from its
  noted code compared equal to the one `re.compile` made (a `re.Pattern` compares its source, flags and code).

The store is named for everything its entries depend on: every module of the parser, Python's and its engine's
version, Babel's. Another Python without these calls, or a store that cannot be read or written: everything is built
as usual, and the start is only slower.
"""

from __future__ import annotations

import functools
import hashlib
import os
import pickle
import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

try:  # (Python's own pattern compiler, in Python; the engine `_sre` is its C part)
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - another Python: patterns are compiled as usual
    _sre = _compiler = _parser = None

KEPT_DIR = Path(sys.prefix) / "share" / "statements"
FORMAT = 1  # raise when what an entry holds changes
STORES_KEPT = 4  # (2 MB each)

T = TypeVar("T")
_store: dict[tuple, Any] | None = None  # key → a table, or (source, what `_sre.compile` takes after it); read once
_used: dict[tuple, Any] = {}  # what this run built or took from the store, for `keep`
_new = False  # whether this run built anything the store did not hold
_MISSING = object()


@functools.lru_cache(maxsize=1)
def _path() -> Path:
    from babel import __version__ as babel_version

    key = hashlib.sha1(f"{sys.version}-{getattr(_sre, 'MAGIC', '')}-{babel_version}-{FORMAT}".encode())
    for module in sorted(Path(__file__).parent.glob("*.py")):
        key.update(module.read_bytes())
    return KEPT_DIR / f"parser-{key.hexdigest()[:12]}.pickle"


def _stored() -> dict[tuple, Any]:
    global _store
    if _store is None:
        try:
            with open(_path(), "rb") as f:
                _store = pickle.load(f)
            if not isinstance(_store, dict):
                _store = {}
        except Exception:  # none yet, or unreadable: everything is built as usual
            _store = {}
    return _store


def kept(build: Callable[..., T]) -> Callable[..., T]:
    """A table built once: taken from the store where it is, else built (and noted for `keep`). Put it under
    `functools.cache` (or call it from a cached function), which keeps it for the rest of the run."""
    name = f"{build.__module__}.{build.__qualname__}"

    @functools.wraps(build)
    def table(*args: Any) -> T:
        global _new
        key = ("table", name, args)
        found = _stored().get(key, _MISSING)
        if found is _MISSING:
            found = build(*args)
            _new = True
        _used[key] = found
        return found

    return table


def compiled(key: tuple, make_source: Callable[[], str], flags: int = 0) -> re.Pattern:
    """`re.compile(make_source(), flags)`, from the engine's code in the store where it has `key`. The key names the
    source (with the parser's code, which names the store): `make_source` is only called when the store lacks it."""
    global _new
    flags = int(flags)
    key = ("pattern", *key, flags)
    found = _stored().get(key)
    if found is not None:
        source, form = found
        try:
            pattern = _sre.compile(source, *form)
        except Exception:  # (not with a store this Python wrote: compiled as usual)
            pass
        else:
            _used[key] = found
            return pattern
    source = make_source()
    pattern = re.compile(source, flags)
    form = _form(source, flags)
    if form is not None and _sre.compile(source, *form) == pattern:
        _used[key] = (source, form)
        _new = True
    return pattern


def _form(source: str, flags: int) -> tuple | None:
    """What `re._compiler.compile` hands the engine for `source` (its own steps, keeping their result)."""
    if _parser is None:
        return None
    try:
        parsed = _parser.parse(source, flags)
        code = [int(op) for op in _compiler._code(parsed, flags)]  # (opcodes are named ints: kept as ints)
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        return (flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup))
    except Exception:  # another Python's compiler: compiled as usual, not kept
        return None


def keep() -> None:
    """Write the store with everything this run used, if it built anything the store lacked (once after a change, in
    the build's main process before its workers fork)."""
    global _new, _store
    if not _new:
        return
    path = _path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, suffix=".tmp", delete=False) as out:
            pickle.dump(dict(_used), out, protocol=pickle.HIGHEST_PROTOCOL)
        os.chmod(out.name, 0o644)
        os.replace(out.name, path)  # whole or not at all, should two builds write it at once
    except OSError:
        try:
            os.unlink(out.name)
        except (OSError, NameError):
            pass
        return
    _new, _store = False, {**(_store or {}), **_used}
    try:  # the stores of earlier versions of the parser go, but for the last few (two checkouts may share one .venv)
        stores = sorted(path.parent.glob("parser-*.pickle"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
        for old in stores[STORES_KEPT:]:
            old.unlink(missing_ok=True)
    except OSError:
        pass
