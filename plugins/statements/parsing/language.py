"""The language of a statement's body, by py3langid's model restricted to the archive's languages."""

from __future__ import annotations

import hashlib
import os
import sys
import threading
from functools import lru_cache
from itertools import islice
from pathlib import Path

from .patterns import compile_factored

# Languages real statements are written in (FORMATS.md) plus their close neighbours.
LANGUAGES = ("en", "nl", "fr", "de", "it", "es", "pt", "sv", "no", "da", "fi", "hr", "sr", "bs", "sl", "mk", "bg", "sq", "pl", "cs", "sk", "el", "hu", "ro", "et", "lv", "lt", "ru", "uk", "tr")  # fmt: skip
MIN_CHARS = 40
# The model reads a text byte by byte in Python: a fifth of a short statement's parse at 2,000 characters. Every
# fixture (1,226) gets the same language from its first 300 characters as from 2,000, page chrome included, once
# the Croatian, Serbian and Bosnian spellings below are read further on; at 200, two do not. 600 leaves a margin.
SAMPLE_CHARS = 600
SHTOKAVIAN_CHARS = 4000  # the spelling tests below are cheap: they read further for more evidence


_LOADING = threading.Lock()  # a caller waits for a load under way in the background instead of loading again


def _identifier():
    with _LOADING:
        return _load_identifier()


@lru_cache(maxsize=1)
def _load_identifier():
    from array import array

    import numpy as np
    from py3langid.langid import MODEL_DIR, MODEL_FILE

    identifier_class = _identifier_class()
    source = MODEL_DIR / MODEL_FILE
    ident = _read_copy(source, identifier_class)
    if ident is None:
        try:
            ident = _read_model(source, identifier_class)
        except (OSError, KeyError, ValueError, TypeError):  # a model of another layout: py3langid's loader reads it
            ident = identifier_class.from_model_file(MODEL_FILE, norm_probs=True)
        ident.set_languages([lang for lang in LANGUAGES if lang in ident.labels])
        # the restricted table is a column-wise copy: a statement's few hundred features read a row each, which in
        # row order are a cache line apiece instead of thirty-one (0.53 → 0.40 ms a statement)
        ident.nb_ptc = np.ascontiguousarray(ident.nb_ptc)
        ident.window = 0  # (tables of another shape: the walk stays py3langid's)
        if hasattr(ident.tk_nextmove, "typecode"):
            ident.window = _window(ident.tk_nextmove, ident._rowbase)
        _save_copy(source, ident)
    # the walk reads each state's row offset and output: as 4-byte arrays (800 kB) they stay in the processor's
    # cache, where lists of int objects (7 MB) did not (0.27 → 0.21 ms a statement)
    ident._rowbase = array("I", ident._rowbase)
    ident.tk_output = array("i", ident.tk_output)
    return ident


def _identifier_class():
    """py3langid's identifier, reading a text's features with NumPy (see `_features`) where it can."""
    from py3langid.langid import LanguageIdentifier

    class Identifier(LanguageIdentifier):
        __slots__ = ("window", "_tables")

        def _raw_score(self, text):
            visits = _features(self, text) if getattr(self, "window", 0) and len(text) >= MIN_WALK_BYTES else None
            if not visits:  # (a short text, or none of the model's features: py3langid's own walk and answer)
                return super()._raw_score(text)
            return self._sparse_score(visits, self.nb_ptc)

    return Identifier


# The model reads a text byte by byte, through an automaton whose state after each byte py3langid's walk finds from
# the state before it, in Python (a twentieth of a statement's parse). The automaton's state after a byte is the
# longest of the model's byte sequences that the text so far ends with (it reads them all at once, like Aho and
# Corasick's), and none is longer than `window` bytes: the state after each byte is the state reached from the start
# by the `window` bytes that end there. `_features` takes that step for every byte of the text at once, `window`
# times, with NumPy: the same features, in the same order, in half the time.
MIN_WALK_BYTES = 128  # below this, py3langid's walk in Python is the quicker (17 µs each at 128 bytes, 9 and 15 at 64)


def _window(nextmove, rowbase) -> int:
    """The length of the automaton's longest sequence: the most steps from its start to any state."""
    import numpy as np

    moves = np.frombuffer(nextmove, dtype=np.dtype(nextmove.typecode))
    rows = np.asarray(rowbase, dtype=np.int64)
    steps = np.full(len(rows), -1, dtype=np.int64)
    steps[0] = 0
    frontier, step = np.zeros(1, dtype=np.int64), 0
    while frontier.size:
        step += 1
        reached = moves[(rows[frontier, None] + np.arange(256)).ravel()].astype(np.int64)
        reached = np.unique(reached[steps[reached] < 0])
        steps[reached] = step
        frontier = reached
    return int(steps.max())


def _features(ident, text: bytes):
    """py3langid's `visit_counts` for `text`: the model's features (output ids) it holds, counted in the order
    each first appears; None if it holds none."""
    from collections import Counter

    import numpy as np

    tables = getattr(ident, "_tables", None)
    if tables is None:  # (views of the walk's arrays, and the rows' offsets as NumPy indexes)
        moves = np.frombuffer(ident.tk_nextmove, dtype=np.dtype(ident.tk_nextmove.typecode))
        rows = np.frombuffer(ident._rowbase, dtype=np.uint32).astype(np.intp)
        tables = ident._tables = moves, rows, np.frombuffer(ident.tk_output, dtype=np.int32)
    moves, rows, outputs = tables
    data = np.frombuffer(text, dtype=np.uint8).astype(np.intp)
    n = len(data)
    states = np.zeros(n, dtype=np.intp)  # each byte's state, reached from the start by the bytes before it
    for back in range(min(ident.window, n) - 1, -1, -1):  # the byte `back` places before each one, earliest first
        states[back:] = moves.take(rows.take(states[back:]) + data[: n - back])
    found = outputs.take(states)
    found = found[found >= 0]
    return Counter(found.tolist()) if len(found) else None


# py3langid ships its model compressed (xz): decompressing it took half of the 0.85 s a build spent loading the model
# before any statement could be read. The first load keeps the decompressed tables, already restricted to LANGUAGES,
# beside this installation (in its virtual environment, like Python's compiled modules); later builds read them in a
# twentieth of the time. A copy that cannot be written or read is only a slower start.
MODEL_COPY_DIR = Path(sys.prefix) / "share" / "statements"
MODEL_COPY_FORMAT = 2  # raise when what the copy holds changes (2: the automaton's window)


def _copy_path(source: Path) -> Path:
    st = source.stat()
    key = f"{st.st_size}-{st.st_mtime_ns}-{','.join(LANGUAGES)}-{MODEL_COPY_FORMAT}"
    return MODEL_COPY_DIR / f"language-model-{hashlib.sha1(key.encode()).hexdigest()[:12]}.npz"


def _read_copy(source: Path, identifier_class):
    import numpy as np

    try:
        with np.load(_copy_path(source), allow_pickle=False) as data:
            ident = _from_arrays(data, identifier_class)
            ident.window = int(data["window"])
            return ident
    except (OSError, KeyError, ValueError, TypeError):  # none yet, or unreadable: decompress the model
        return None


def _save_copy(source: Path, ident) -> None:
    import tempfile

    import numpy as np

    try:
        target = _copy_path(source)
        target.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=target.parent, suffix=".npz", delete=False) as out:
            np.savez(
                out,
                ptc=ident.nb_ptc,
                pc=ident.nb_pc,
                classes=np.array(ident.nb_classes),
                nextmove=np.asarray(ident.tk_nextmove),
                out_feat=np.asarray(ident.tk_output, dtype=np.int32),
                nextmove_row=np.asarray(ident.tk_row),
                window=np.array(ident.window),
            )
        os.chmod(out.name, 0o644)
        os.replace(out.name, target)  # whole or not at all, should two builds write it at once
        for old in target.parent.glob("language-model-*.npz"):  # copies of another model or format (46 MB each)
            if old != target:
                old.unlink(missing_ok=True)
    except (OSError, ValueError, TypeError):
        try:
            os.unlink(out.name)
        except (OSError, NameError):
            pass


def _stdlib_array(values):
    """The DFA walk indexes a stdlib array faster than a NumPy one."""
    from array import array

    import numpy as np

    values = np.ascontiguousarray(values)
    out = array({2: "H", 4: "I", 8: "L"}[values.dtype.itemsize])
    out.frombytes(memoryview(values).cast("B"))
    return out


def _read_model(path, identifier_class):
    """py3langid's model (NumPy arrays in an xz file), decompressed in pieces of 8 MB. py3langid's own loader takes
    pieces of 8 kB, and each waits for the interpreter, which the tables built beside the load hold: it took a second
    instead of half of one. Like py3langid's, the decompressed arrays go through a temporary file, never all in memory.
    """
    import lzma
    import tempfile

    import numpy as np

    with path.open("rb") as compressed, tempfile.TemporaryFile(suffix=".npz") as npz:
        decompressor = lzma.LZMADecompressor()
        while not decompressor.eof:
            piece = compressed.read(1 << 20) if decompressor.needs_input else b""
            if decompressor.needs_input and not piece:
                raise ValueError(f"{path}: the model file ends early")
            npz.write(decompressor.decompress(piece, max_length=1 << 23))
        npz.seek(0)
        with np.load(npz, allow_pickle=False) as data:
            return _from_arrays(data, identifier_class)


def _from_arrays(data, identifier_class):
    """The identifier from py3langid's arrays (its model's, or the copy's, which has the same names)."""
    import numpy as np

    return identifier_class(
        np.asarray(data["ptc"]),
        np.asarray(data["pc"]),
        data["classes"].tolist(),
        _stdlib_array(data["nextmove"]),
        data["out_feat"].tolist(),
        norm_probs=True,
        tk_row=_stdlib_array(data["nextmove_row"]),
    )


def load_model_in_background() -> threading.Thread:
    """Start loading the language model (about half a second the first time, mostly decompressing it, which leaves the
    interpreter free; a tenth of that from its copy) while the caller builds the parser's other tables; the first
    detection waits for it."""
    import py3langid.langid  # noqa: F401  (here: importing it and NumPy in the thread would hold the interpreter)

    thread = threading.Thread(target=_identifier, name="language model", daemon=True)
    thread.start()
    return thread


def detect_language(text: str) -> str | None:
    """ISO 639-1 code, or None when the text is too short to tell."""
    sample = text[:SAMPLE_CHARS]
    if len(list(islice(filter(str.isalpha, sample), MIN_CHARS))) < MIN_CHARS:  # (counted up to MIN_CHARS only)
        return None
    lang, _prob = _identifier().classify(sample)
    return _shtokavian(text[:SHTOKAVIAN_CHARS], str(lang)) if lang in SHTOKAVIAN else str(lang)


SHTOKAVIAN = frozenset({"hr", "sr", "bs"})
# Croatian writes "Europska", Serbian and Bosnian "Evropska"; Serbian is ekavian ("predsednik", "sledeću"), Croatian
# and Bosnian ijekavian ("predsjednik", "sljedeću")
EUROPEAN_HR_RE = compile_factored(r"(?i)\beurops")
EUROPEAN_SR_BS_RE = compile_factored(r"(?i)\bevrops")
EKAVIAN_RE = compile_factored(
    r"(?i)\b(?:predsedni|savet|sednic|vreme|reč|deca|posle|spoljn|sledeć|razmen|vesti\b|severn|ocen|primen|mesec)"
)
IJEKAVIAN_RE = compile_factored(
    r"(?i)(?:predsjedni|vijeć|vrijeme|riječ|djec|poslije|sjednic|tjedn|sljedeć|razmjen|vijest|sjevern|ocjen|primjen"
    r"|mjesec)"
)


def _shtokavian(sample: str, lang: str) -> str:
    """langid tells Croatian, Serbian and Bosnian apart poorly: their spelling of 'European' and of the old 'ě'
    does, where the text has them."""
    hr, sr_bs = len(EUROPEAN_HR_RE.findall(sample)), len(EUROPEAN_SR_BS_RE.findall(sample))
    ekavian, ijekavian = len(EKAVIAN_RE.findall(sample)), len(IJEKAVIAN_RE.findall(sample))
    if hr > sr_bs:
        return "hr"
    if ekavian > ijekavian:
        return "sr"
    if sr_bs > hr and ijekavian > ekavian:
        return "bs"
    return lang
