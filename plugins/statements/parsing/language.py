"""The language of a statement's body, by py3langid's model restricted to the archive's languages."""

from __future__ import annotations

import threading
from functools import lru_cache

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
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    try:
        ident = _read_model(MODEL_DIR / MODEL_FILE, LanguageIdentifier)
    except (OSError, KeyError, ValueError, TypeError):  # a model of another layout: py3langid's own loader reads it
        ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ident.set_languages([lang for lang in LANGUAGES if lang in ident.labels])
    # the restricted table is a column-wise copy: a statement's few hundred features read a row each, which in
    # row order are a cache line apiece instead of thirty-one (0.53 → 0.40 ms a statement)
    ident.nb_ptc = np.ascontiguousarray(ident.nb_ptc)
    # the walk reads each state's row offset and output: as 4-byte arrays (800 kB) they stay in the processor's
    # cache, where lists of int objects (7 MB) did not (0.27 → 0.21 ms a statement)
    ident._rowbase = array("I", ident._rowbase)
    ident.tk_output = array("i", ident.tk_output)
    return ident


def _read_model(path, identifier_class):
    """py3langid's model (NumPy arrays in an xz file), decompressed in pieces of 8 MB. py3langid's own loader takes
    pieces of 8 kB, and each waits for the interpreter, which the tables built beside the load hold: it took a second
    instead of half of one. Like py3langid's, the decompressed arrays go through a temporary file, never all in memory.
    """
    import lzma
    import tempfile
    from array import array

    import numpy as np

    def stdlib_array(values) -> array:  # the DFA walk indexes a stdlib array faster than a NumPy one
        values = np.ascontiguousarray(values)
        out = array({2: "H", 4: "I", 8: "L"}[values.dtype.itemsize])
        out.frombytes(memoryview(values).cast("B"))
        return out

    with path.open("rb") as compressed, tempfile.TemporaryFile(suffix=".npz") as npz:
        decompressor = lzma.LZMADecompressor()
        while not decompressor.eof:
            piece = compressed.read(1 << 20) if decompressor.needs_input else b""
            if decompressor.needs_input and not piece:
                raise ValueError(f"{path}: the model file ends early")
            npz.write(decompressor.decompress(piece, max_length=1 << 23))
        npz.seek(0)
        with np.load(npz, allow_pickle=False) as data:
            return identifier_class(
                np.asarray(data["ptc"]),
                np.asarray(data["pc"]),
                data["classes"].tolist(),
                stdlib_array(data["nextmove"]),
                data["out_feat"].tolist(),
                norm_probs=True,
                tk_row=stdlib_array(data["nextmove_row"]),
            )


def load_model_in_background() -> threading.Thread:
    """Start loading the language model (about half a second, mostly decompressing it, which leaves the interpreter
    free) while the caller builds the parser's other tables; the first detection waits for it."""
    import py3langid.langid  # noqa: F401  (here: importing it and NumPy in the thread would hold the interpreter)

    thread = threading.Thread(target=_identifier, name="language model", daemon=True)
    thread.start()
    return thread


def detect_language(text: str) -> str | None:
    """ISO 639-1 code, or None when the text is too short to tell."""
    sample = text[:SAMPLE_CHARS]
    if sum(map(str.isalpha, sample)) < MIN_CHARS:
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
