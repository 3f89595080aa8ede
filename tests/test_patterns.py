"""Long alternations arranged as prefix trees (patterns.py) match exactly what they were written to match."""

from __future__ import annotations

import os
import random
import re

import pytest

import statements.parsing  # noqa: F401  (every parser module, so that every pattern it compiles is recorded)
from conftest import FIXTURES
from statements.parsing.patterns import FACTORED_FROM, factored, prefilter

TEXTS = [
    "The Prime Minister welcomed the President; the ministers met at the Summit.",
    "ab abc abd a b ABC Abd aB",
    "Σύνοδος ΣΥΝΟΔΟΣ σύνοδος Straße STRASSE ſ K k",
    "x|y (a) [b] a-b a_b",
]


def _matches(pattern: re.Pattern, texts: list[str]) -> list:
    return [[(m.span(), m.groups(), m.groupdict()) for m in pattern.finditer(t)] for t in texts]


@pytest.mark.parametrize(
    "source",
    [
        r"\b(?:ab|abc|abd|b)\b",  # a shorter branch first is still tried first
        r"a|ab|abc",
        r"(?i)\b(?:Abd|abc|ABC|b)",  # small and capital letters are one letter here
        r"(?i)(?:σύνοδος|Συνοδ\w*|straße|ſ|s)",  # letters whose other case is wider are left in place
        r"(?:ab|\w+|ac)",  # nothing is moved across a branch that may begin with any letter
        r"(?P<w>ab|ac)|(a)(b)",  # a level with capturing groups keeps its order
        r"(?<!ab|ac)x|(?>a|ab)c",  # lookbehinds and atomic groups are left as written
        r"(?:x\||[|)]|\(a\)|a[\]b]|ab)",  # escapes and classes hold no alternation
        r"(ab)\1|ac",  # a backreference leaves the pattern as it is
        r"(?-i:Ab|Ac)|(?i:ab|AC)",
    ],
)
def test_factored_patterns_match_the_same_spans_and_groups(source):
    texts = [*TEXTS, "abab ac acc", "xab x xac ac ab"]
    assert _matches(re.compile(factored(source)), texts) == _matches(re.compile(source), texts)


def test_factored_shares_first_letters():
    assert factored(r"\b(?:minister|ministry|meeting|summit)\b") == r"\b(?:m(?:inist(?:er|ry)|eeting)|summit)\b"


def test_a_prefilter_matches_wherever_its_source_does():
    source = r"\b(?:meeting|(?:\w+-)?treffen|summit|sommet|session)\b"
    texts = ["Innenminister-Treffen", "the summit", "nothing here", "ministertreffen", "sessions"]
    assert [bool(prefilter(source.lower()).search(t.lower())) for t in texts] == [
        bool(re.search(source, t, re.I)) for t in texts
    ]


def test_every_parser_pattern_matches_as_its_source_on_fixture_lines():
    """Every pattern the parser compiles with compile_factored, against the one written, on real-format lines."""
    lines = sorted(
        {ln for p in FIXTURES.glob("*/*.txt") for ln in p.read_text(encoding="utf-8", errors="replace").splitlines()}
    )
    sample = random.Random(8).sample(lines, 600)
    assert len(FACTORED_FROM) > 300
    for pattern, source in FACTORED_FROM.items():
        original = re.compile(source, pattern.flags)
        assert _matches(pattern, sample) == _matches(original, sample), source[:80]


def _gated_patterns():
    import importlib
    import pkgutil

    from statements.parsing import dates
    from statements.parsing.patterns import Gated

    modules = [importlib.import_module(f"statements.parsing.{m.name}") for m in pkgutil.iter_modules(statements.parsing.__path__)]
    found = [(f"{m.__name__}.{name}", v) for m in modules for name, v in vars(m).items() if isinstance(v, Gated)]
    return found + [(f"weekday {n}", dates._weekday_re(n)) for n in range(7)]


def test_a_gated_pattern_finds_what_its_own_search_finds_on_fixture_lines_and_awkward_letters():
    """A gate may let through a text the pattern then finds nothing in, never stop one it finds something in."""
    gated = _gated_patterns()
    assert len(gated) >= 15 and all(g.test is not None for _, g in gated)  # (each one is written so it can be)
    lines = sorted(
        {ln for p in FIXTURES.glob("*/*.txt") for ln in p.read_text(encoding="utf-8", errors="replace").splitlines()}
    )
    lines = random.Random(8).sample(lines, 3000)
    awkward = [t.replace("s", "ſ").replace("i", "ı") for t in lines[:300]]  # letters Python's matching holds equal
    awkward += [t.upper() for t in lines[:300]] + ["ΥΠΟΓΡΆΦΟΝΤΕΣ ΣΉΜΕΡΑ", "İN THE NAME OF", "ON BEHALF OF THE"]
    found = 0
    for name, g in gated:
        for text in lines + awkward:
            if g.pattern_object.search(text):
                assert g.may_match(text) and g.search(text).span() == g.pattern_object.search(text).span(), (name, text)
                found += 1
    assert found > 200  # (the lines hold what the patterns look for)


def test_small_letters_write_each_letter_as_one_python_holds_it_equal_to():
    from re._casefix import _EXTRA_CASES

    from statements.parsing.patterns import small_letters

    for c in map(chr, range(0x10000)):
        if 0xD800 <= ord(c) < 0xE000 or len(c.lower()) != 1:
            continue
        assert re.fullmatch("(?i)" + re.escape(small_letters(c)), c), hex(ord(c))
    for c, others in _EXTRA_CASES.items():
        assert {small_letters(chr(o)) for o in others} == {small_letters(chr(c))}
    assert small_letters("ΟΔΟΣ ſ ı") == "οδοσ s i"


# What the parser builds once, kept between runs (kept.py): the same patterns and tables, built or from the store.


@pytest.fixture
def fresh_store(tmp_path, monkeypatch):
    """kept.py as a new process sees it, with its store in a folder of the test's own."""
    from statements.parsing import kept

    monkeypatch.setattr(kept, "KEPT_DIR", tmp_path)
    _next_run(kept, monkeypatch)
    kept._path.cache_clear()
    yield kept
    kept._path.cache_clear()


def _next_run(kept, monkeypatch) -> None:
    """The module's state as a new process starts with it (the store not read yet, nothing used or built)."""
    monkeypatch.setattr(kept, "_store", None)
    monkeypatch.setattr(kept, "_used", {})
    monkeypatch.setattr(kept, "_new", False)


def test_every_parser_pattern_taken_from_the_store_is_the_one_python_compiles(fresh_store, monkeypatch):
    kept = fresh_store
    made = []

    def make(source, flags):
        made.append(source)
        return source

    sources = [(factored(s, ignorecase=True), re.I) for s in list(FACTORED_FROM.values())[:150]]
    sources += [(r"(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)|(?P=d)", 0), (r"(?<![\w-])(?:a|b)(?:s|'s)?", re.M)]
    first = [kept.compiled(("test", s), lambda s=s, f=f: make(s, f), f) for s, f in sources]
    kept.keep()
    assert list(fresh_store.KEPT_DIR.glob("parser-*.pickle")), "the store is written"
    _next_run(kept, monkeypatch)
    made.clear()
    again = [kept.compiled(("test", s), lambda s=s, f=f: make(s, f), f) for s, f in sources]
    assert made == [], "every pattern came from the store: none was made again"
    # a Pattern compares its source, flags and the engine's code
    assert again == first == [re.compile(s, f) for s, f in sources]
    assert [p.groupindex for p in again] == [re.compile(s, f).groupindex for s, f in sources]


def test_an_unreadable_store_only_means_compiling_as_usual(fresh_store, monkeypatch):
    kept = fresh_store
    kept.compiled(("test",), lambda: "a|b")
    kept.keep()
    (store,) = fresh_store.KEPT_DIR.glob("parser-*.pickle")
    store.write_bytes(b"not a pickle")
    _next_run(kept, monkeypatch)
    assert kept.compiled(("test",), lambda: "a|b") == re.compile("a|b")
    kept.keep()  # and the store is written anew
    _next_run(kept, monkeypatch)
    assert kept.compiled(("test",), lambda: "unused") == re.compile("a|b")


def test_a_run_that_compiled_nothing_new_leaves_the_store_alone(fresh_store, monkeypatch):
    kept = fresh_store
    kept.compiled(("test",), lambda: "x")
    kept.keep()
    (store,) = fresh_store.KEPT_DIR.glob("parser-*.pickle")
    written = store.stat().st_mtime_ns
    _next_run(kept, monkeypatch)
    kept.compiled(("test",), lambda: "x")
    kept.keep()
    assert store.stat().st_mtime_ns == written


def test_a_kept_table_is_built_once_then_read_from_the_store(fresh_store, monkeypatch):
    kept = fresh_store
    built = []

    @kept.kept
    def months(language: str) -> dict[str, int]:
        built.append(language)
        return {"mai": 5} if language == "fr" else {"may": 5}

    assert months("fr") == {"mai": 5} and months("en") == {"may": 5}
    kept.keep()
    _next_run(kept, monkeypatch)
    built.clear()
    assert months("fr") == {"mai": 5} and months("en") == {"may": 5}
    assert built == []


def test_the_parsers_tables_and_patterns_from_the_store_are_the_ones_it_builds(fresh_store, monkeypatch):
    """The country and date tables and patterns, built in this run and then taken from a store it wrote."""
    from statements.parsing import countries, dates

    kept = fresh_store

    def build():
        for f in (countries._table, countries._adjectives, countries._name_adjectives, countries._country_re):
            f.cache_clear()
        dates._names_with_ambiguous.cache_clear()
        dates._patterns.cache_clear()
        return (
            countries._table(),
            countries._adjectives(),
            countries._name_adjectives(),
            countries._country_re(),
            dates._names_with_ambiguous(dates.DATE_LOCALES),
            dates._patterns(),
        )

    first = build()
    kept.keep()
    _next_run(kept, monkeypatch)
    again = build()
    assert not kept._new and set(kept._used) <= set(kept._stored()), "all from the store"
    assert again == first


def test_only_the_last_few_stores_are_kept(fresh_store, monkeypatch):
    kept = fresh_store
    for n in range(kept.STORES_KEPT + 2):
        (fresh_store.KEPT_DIR / f"parser-{n:012d}.pickle").write_bytes(b"an earlier parser's")
        os.utime(fresh_store.KEPT_DIR / f"parser-{n:012d}.pickle", ns=(n * 10**9, n * 10**9))
    kept.compiled(("test",), lambda: "x")
    kept.keep()
    left = sorted(p.name for p in fresh_store.KEPT_DIR.glob("parser-*.pickle"))
    assert kept._path().name in left and len(left) == kept.STORES_KEPT
    assert "parser-000000000000.pickle" not in left  # the oldest go
