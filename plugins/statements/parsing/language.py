"""The language of a statement's body, by py3langid's model restricted to the archive's languages."""

from __future__ import annotations

from functools import lru_cache

# Languages real statements are written in (FORMATS.md) plus their close neighbours.
LANGUAGES = ("en", "nl", "fr", "de", "it", "es", "pt", "sv", "no", "da", "fi", "hr", "sr", "bs", "sl", "mk", "bg", "sq", "pl", "cs", "sk", "el", "hu", "ro", "et", "lv", "lt", "ru", "uk", "tr")  # fmt: skip
# langid tells Serbian, Croatian and Bosnian apart poorly; they share dates and names here.
MIN_CHARS = 40


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ident.set_languages([lang for lang in LANGUAGES if lang in ident.labels])
    return ident


def detect_language(text: str) -> str | None:
    """ISO 639-1 code, or None when the text is too short to tell."""
    sample = text[:2000]  # two thousand characters decide as well as five, in less than half the time
    if sum(map(str.isalpha, sample)) < MIN_CHARS:
        return None
    lang, _prob = _identifier().classify(sample)
    return str(lang)
