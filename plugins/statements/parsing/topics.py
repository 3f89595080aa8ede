"""Themes from the archive's controlled vocabulary, ranked by how much of the text is about them."""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from .layout import fold
from .model import Topic
from .patterns import compile_factored
from .yamldata import YAMLError, load_yaml

WORD_RE = compile_factored(r"\w[\w'’-]*")
MAX_TOPICS = 4
MIN_HITS = 2  # one passing mention does not make a theme


@dataclass(frozen=True)
class Theme:
    id: str
    label: str
    eurovoc: str | None
    keywords: tuple[str, ...]  # folded word prefixes, all languages


@dataclass(frozen=True)
class ThemeVocabulary:
    themes: tuple[Theme, ...] = ()

    def __post_init__(self) -> None:
        # keyword → the themes it belongs to; a keyword matches the start of a word ("migra" → "migration"),
        # a phrase matches whole words then the start of its last word
        owners: dict[str, list[str]] = {}
        for t in self.themes:
            for k in t.keywords:
                owners.setdefault(k, []).append(t.id)
        phrases: dict[str, list[tuple[str, ...]]] = {}
        for k in owners:
            if " " in k:
                tokens = tuple(k.split())
                phrases.setdefault(tokens[0], []).append(tokens)
        object.__setattr__(self, "_owners", owners)
        object.__setattr__(self, "_phrases", phrases)
        object.__setattr__(self, "_shortest", min((len(k) for k in owners), default=1))
        object.__setattr__(self, "_prefix_of", {})  # word → its longest keyword prefix (or None): words recur

    def by_id(self, theme_id: str) -> Theme | None:
        return next((t for t in self.themes if t.id == theme_id), None)

    def _hits(self, text: str) -> Counter[str]:
        """One hit per word: the longest keyword or phrase that starts there (a pass over words, not a regex)."""
        owners, phrases, shortest = self._owners, self._phrases, self._shortest  # type: ignore[attr-defined]
        prefix_of = self._prefix_of  # type: ignore[attr-defined]
        words = WORD_RE.findall(text)
        hits: Counter[str] = Counter()
        for i, word in enumerate(words):
            best = None
            for tokens in phrases.get(word, ()):
                n = len(tokens)
                if (
                    tuple(words[i : i + n - 1]) == tokens[:-1]
                    and i + n <= len(words)
                    and words[i + n - 1].startswith(tokens[-1])
                ):
                    candidate = " ".join(tokens)
                    if best is None or len(candidate) > len(best):
                        best = candidate
            if best is None:
                if word in prefix_of:
                    best = prefix_of[word]
                else:
                    for length in range(len(word), shortest - 1, -1):
                        if word[:length] in owners:
                            best = word[:length]
                            break
                    prefix_of[word] = best
            if best is not None:
                hits.update(owners[best])
        return hits

    def rank(self, title: str, body: str) -> list[Topic]:
        """The few themes the text is most about: keyword hits, the title counting three times."""
        text, head = fold(body), fold(title)
        words = max(50, len(text.split()))
        hits = self._hits(text)
        for theme_id, n in self._hits(head).items():
            hits[theme_id] += 3 * n
        scored = [(n / math.sqrt(words), t) for t in self.themes if (n := hits.get(t.id, 0)) >= MIN_HITS]
        scored.sort(key=lambda pair: (-pair[0], pair[1].id))
        if not scored:
            return []
        best = scored[0][0]
        return [
            Topic(t.id, t.label, t.eurovoc, round(score, 3)) for score, t in scored[:MAX_TOPICS] if score >= best / 4
        ]


def load_themes(path: Path) -> tuple[ThemeVocabulary, list[str]]:
    if not path.exists():
        return ThemeVocabulary(), []
    try:
        data = load_yaml(path.read_text(encoding="utf-8")) or []
    except YAMLError as exc:
        return ThemeVocabulary(), [f"{path}: is not valid YAML ({exc}); fix it, the build goes on without themes"]
    problems, themes, seen = [], [], set()
    for i, entry in enumerate(data if isinstance(data, list) else [], 1):
        if not isinstance(entry, dict) or not entry.get("id") or not entry.get("label"):
            problems.append(f"{path}: theme {i} needs 'id:' and 'label:'; it is skipped")
            continue
        if entry["id"] in seen:
            problems.append(f"{path}: theme id '{entry['id']}' appears twice; give each theme its own id")
            continue
        seen.add(entry["id"])
        kw = entry.get("keywords") or {}
        words = kw.values() if isinstance(kw, dict) else [kw]
        keywords = tuple(sorted({fold(str(k)) for group in words for k in (group or []) if str(k).strip()}))
        themes.append(Theme(str(entry["id"]), str(entry["label"]), entry.get("eurovoc"), keywords))
    return ThemeVocabulary(tuple(themes)), problems
