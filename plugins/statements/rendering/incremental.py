"""Rebuilds that render only what changed: each page notes what it read of the archive, and a page whose
inputs are the same as at the last build is not rendered again.

A page's inputs are the values the generator hands its template (a statement, a person's page, a list
of statements, …) and whatever the template looked up in the archive (`archive.people[slug]`,
`archive.meetings|length`, …), which `ArchiveReads` notes while the page renders. Both are kept as
digests in the build's cache folder, with a fingerprint of everything else a page depends on: the
templates and static files, the plugin's code, the settings and Pelican's own pages. When any of those
changes, every page is rendered again. A page is also rendered when its file is missing from the output.
"""

from __future__ import annotations

import hashlib
import io
import os
import pickle
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, fields, is_dataclass
from pathlib import Path
from typing import Any

ALL = "*"  # a read of a whole collection (its length, every value, or its order)
PURE = frozenset({"person_url", "theme_url", "meeting_url", "country_url", "organisation_url", "year_url", "urls"})
MANIFEST_VERSION = 2  # (2: reads in their own order)

Read = tuple[str, Any]  # (archive attribute, key or ALL)


class ArchiveReads:
    """The archive as one page's template sees it, noting each lookup in `reads`.

    URL builders are left unnoted: they depend only on the settings, which the fingerprint covers.
    """

    def __init__(self, archive: Any, reads: set[Read]) -> None:
        self._archive = archive
        self._reads = reads

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._archive, name)
        if name in PURE:
            return value
        if name == "statements":
            return self._statements
        if isinstance(value, dict):
            return _DictReads(name, value, self._reads)
        self._reads.add((name, ALL))
        return value

    def _statements(self, slugs: Iterable[str]) -> list:
        slugs = list(slugs)
        self._reads.update(("by_slug", s) for s in slugs)
        return self._archive.statements(slugs)


class _DictReads(Mapping):
    """One of the archive's dictionaries: a lookup notes its key, a walk over it notes the whole."""

    def __init__(self, name: str, data: dict, reads: set[Read]) -> None:
        self._name, self._data, self._reads = name, data, reads

    def __getitem__(self, key: Any) -> Any:
        self._reads.add((self._name, key))
        return self._data[key]

    def get(self, key: Any, default: Any = None) -> Any:
        self._reads.add((self._name, key))
        return self._data.get(key, default)

    def __contains__(self, key: object) -> bool:
        self._reads.add((self._name, key))
        return key in self._data

    def _all(self) -> dict:
        self._reads.add((self._name, ALL))
        return self._data

    def __iter__(self) -> Iterator:
        return iter(self._all())

    def __len__(self) -> int:
        return len(self._all())

    def keys(self) -> Any:
        return self._all().keys()

    def values(self) -> Any:
        return self._all().values()

    def items(self) -> Any:
        return self._all().items()


def _hash(data: bytes) -> bytes:
    return hashlib.blake2b(data, digest_size=16).digest()


def value_digest(value: Any) -> bytes:
    """A digest of a value by what it holds: pickled without its memo, so two equal values give the same
    bytes whether or not they share string objects (which differs from run to run). (The parse workers
    work out each statement's with it: reading.py.)"""
    out = io.BytesIO()
    pickler = pickle.Pickler(out, protocol=5)
    pickler.fast = True  # no memo: the data is acyclic
    pickler.dump(value)
    return _hash(out.getvalue())


class Digests:
    """Digests of this build's values, each worked out once (an entry is shown on many pages).

    `known` are (value, digest) pairs worked out already: the statements', by the parse workers. A dataclass
    holding one of them (an entry holds its statement) takes that digest for the field instead of pickling it
    again. (Only those: a digest must not depend on which values happened to be worked out before it.)
    """

    def __init__(self, archive: Any, known: Iterable[tuple[Any, bytes]] = ()) -> None:
        self.archive = archive
        self._known = {id(value): (value, digest) for value, digest in known}  # id → (value, kept alive; digest)
        self._objects: dict[int, tuple[Any, bytes]] = dict(self._known)  # and those worked out here
        self._reads: dict[Read, bytes] = {}

    def of(self, value: Any) -> bytes:
        if isinstance(value, (list, tuple)) and value and not isinstance(value[0], (str, int, float)):
            return _hash(b"[" + b"".join(self.of(v) for v in value))
        if not is_dataclass(value):  # a page's own small values: not kept, they are not shared
            return value_digest(value)
        known = self._objects.get(id(value))  # the archive's entries and pages, shown on many pages
        if known is None:
            known = (value, self._of_dataclass(value))
            self._objects[id(value)] = known
        return known[1]

    def _of_dataclass(self, value: Any) -> bytes:
        """Its fields pickled, but for those whose digest is known: those go in by their digest."""
        rest: list[tuple[str, Any]] = []
        parts = [type(value).__qualname__.encode()]
        for f in fields(value):
            field_value = getattr(value, f.name)
            known = self._known.get(id(field_value))
            if known is None:
                rest.append((f.name, field_value))
            else:
                parts.append(f.name.encode() + b"=" + known[1])
        if len(parts) == 1:
            return value_digest(value)
        return _hash(b"\0".join(parts) + value_digest(rest))

    def of_read(self, read: Read) -> bytes:
        known = self._reads.get(read)
        if known is None:
            name, key = read
            value = getattr(self.archive, name, None)
            if key != ALL:
                found = value.get(key) if isinstance(value, dict) else None
                known = self.of(found) if found is not None else b"missing"
            elif isinstance(value, dict):
                known = _hash(b"".join(value_digest(k) + self.of(v) for k, v in value.items()))
            else:
                known = self.of(value)
            self._reads[read] = known
        return known

    def of_reads(self, reads: Iterable[Read]) -> bytes:
        return _hash(b"".join(self.of_read(r) for r in reads))

    def of_inputs(self, template: str, values: dict) -> bytes:
        """What the generator hands the page's template, besides the archive."""
        parts = [template.encode()]
        for key in sorted(values):
            parts.append(key.encode() + b"=" + self.of(values[key]))
        return _hash(b"\0".join(parts))


@dataclass(frozen=True)
class Rendered:
    """What one page was rendered from."""

    inputs: bytes
    reads: tuple[Read, ...]
    reads_digest: bytes


@dataclass
class PageCache:
    """The last build's pages and what each was rendered from, for one output folder."""

    path: Path | None
    fingerprint: str
    output_path: Path
    previous: dict[str, Rendered] = field(default_factory=dict)
    current: dict[str, Rendered] = field(default_factory=dict)
    kept: int = 0
    rendered: int = 0

    @classmethod
    def load(cls, cache_dir: Path | None, output_path: Path, fingerprint: str) -> PageCache:
        path = None
        previous: dict[str, Rendered] = {}
        if cache_dir is not None:
            where = hashlib.sha1(str(output_path.resolve()).encode()).hexdigest()[:12]
            path = cache_dir / f"pages-{where}.pickle"
            try:
                with path.open("rb") as f:
                    version, stored_fingerprint, stored = pickle.load(f)
                if version == MANIFEST_VERSION and stored_fingerprint == fingerprint:
                    previous = stored
            except (OSError, EOFError, pickle.UnpicklingError, ValueError, TypeError, AttributeError):
                previous = {}  # no cache, or one from an older version: render every page
        return cls(path, fingerprint, output_path, previous)

    def unchanged(self, save_as: str, inputs: bytes, digests: Digests) -> bool:
        """Whether the page at `save_as` would come out as it is on disk; if so it is kept as it is."""
        before = self.previous.get(save_as)
        if before is None or before.inputs != inputs:
            return False
        if digests.of_reads(before.reads) != before.reads_digest:
            return False
        return (self.output_path / save_as).is_file()

    def keep(self, save_as: str) -> None:
        self.current[save_as] = self.previous[save_as]
        self.kept += 1

    def note(self, save_as: str, rendered: Rendered) -> None:
        self.current[save_as] = rendered
        self.rendered += 1

    def stale(self) -> list[str]:
        """Pages the last build wrote that this build did not: their statement, person, … is gone."""
        return sorted(set(self.previous) - set(self.current))

    def save(self) -> None:
        if self.path is None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        partial = self.path.with_suffix(f".{os.getpid()}.tmp")
        with partial.open("wb") as f:
            pickle.dump((MANIFEST_VERSION, self.fingerprint, self.current), f, protocol=5)
        partial.replace(self.path)


def rendered_from(inputs: bytes, reads: set[Read], digests: Digests) -> Rendered:
    try:
        ordered = tuple(sorted(reads))  # (names and keys are text: a fifth of the cost of ordering them by repr)
    except TypeError:  # a key of another type beside text ones
        ordered = tuple(sorted(reads, key=repr))
    return Rendered(inputs, ordered, digests.of_reads(ordered))


def fingerprint(settings: dict, context: dict, folders: Iterable[Path]) -> str:
    """Everything a page depends on besides its own inputs: code, templates, settings, Pelican's pages."""
    digest = hashlib.sha1(f"v{MANIFEST_VERSION}".encode())
    for folder in folders:
        for path in sorted(p for p in Path(folder).rglob("*") if p.is_file() and "__pycache__" not in p.parts):
            digest.update(str(path.relative_to(folder)).encode() + b"\0" + path.read_bytes())
    for key in sorted(settings):
        digest.update(key.encode() + b"=" + _plain(settings[key]).encode() + b"\0")
    for key in sorted(context):
        if key != "archive" and key not in settings:
            digest.update(key.encode() + b"=" + _plain(context[key]).encode() + b"\0")
    return digest.hexdigest()


def _plain(value: Any) -> str:
    """A value as text that is the same in every run: objects by their type (and a page by its address and
    text), never by their memory address."""
    if isinstance(value, (str, int, float, bool, type(None))):
        return repr(value)
    if isinstance(value, (list, tuple, set, frozenset)):
        items = [_plain(v) for v in value]
        return "[" + ",".join(sorted(items) if isinstance(value, (set, frozenset)) else items) + "]"
    if isinstance(value, dict):
        return "{" + ",".join(f"{_plain(k)}:{_plain(v)}" for k, v in sorted(value.items(), key=lambda kv: repr(kv[0]))) + "}"
    if hasattr(value, "save_as") and hasattr(value, "content"):  # a Pelican page or article
        return f"<{type(value).__name__} {value.save_as} {hashlib.sha1(str(value.content).encode()).hexdigest()}>"
    return f"<{type(value).__module__}.{type(value).__name__}>"
