"""Text in, Statement out: the parsing pipeline, pure (no Pelican, no file system beyond the caller's)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from slugify import slugify

from .countries import UNION_PARTS, find_countries, union_parts
from .dates import dateline_range, find_weekday, statement_date
from .identifiers import find_identifiers
from .language import detect_language
from .layout import UPPER, Layout, Line, split_layout
from .meetings import extract_meetings
from .model import Signatory, Statement, Warning
from .patterns import compile_factored
from .people import PeopleRegistry
from .signatories import extract_signatories
from .topics import ThemeVocabulary
from .vocabulary import ALIGN_HINT_RE, ALIGN_RE

MAX_ANALYSED_CHARS = 200_000
# a statement URL is its date and the title cut at a word within this many characters: short enough to read
# and to quote, long enough to tell statements of one day apart
SLUG_MAX_CHARS = 60
DATELINE_PLACE_RE = compile_factored(
    r"^\(?([" + UPPER + r"][\w'’\-]+(?:\s[" + UPPER + r"][\w\-]+)?),\s+(?:le\s+|den\s+|am\s+)?\S*\d"
)


@dataclass(frozen=True)
class Knowledge:
    """What the archive knows beyond the text: its people and its theme vocabulary."""

    people: PeopleRegistry = field(default_factory=PeopleRegistry)
    themes: ThemeVocabulary = field(default_factory=ThemeVocabulary)


def _unions_split(signatories: list[Signatory], date: str | None) -> list[Signatory]:
    """A state signing by a former union's name, in a text dated after the union ended, is its two states."""
    if not any(s.country in UNION_PARTS for s in signatories):
        return signatories  # (nearly every statement: no former union signs)
    out = []
    for s in signatories:
        parts = (union_parts(s.country, date) if not s.name else None) or (s.country,)
        out.extend(replace(s, country=part) for part in parts)
    return out


def make_slug(title: str, date: str | None) -> str:
    base = slugify(title, max_length=SLUG_MAX_CHARS, word_boundary=True) or "statement"
    return f"{date}-{base}" if date else base


SENTENCE_END_RE = compile_factored(r"[.!?][\"”»’']?\s")


def _aligned(layout: Layout) -> list[str]:
    out: list[str] = []
    # alignment clauses close a declaration: read its last lines and the footnotes
    lines = _paragraphs(layout.body[-40:]) + [ln.text for ln in layout.notes]
    for i, text in enumerate(lines):
        m = ALIGN_HINT_RE.search(text.lower()) and ALIGN_RE.search(text)
        if not m:
            continue
        # the countries are named in the sentence itself, or in the line just before it
        ends = list(SENTENCE_END_RE.finditer(text, 0, m.start()))
        opening = ends[-1].end() if ends else 0
        sentence = text[opening : m.start()] + text[m.start() :].split(".")[0]
        countries = find_countries(sentence)
        if not countries and i:
            countries = find_countries(lines[i - 1])
        for _, _, name in countries:
            if name not in out:
                out.append(name)
    return out


def _paragraphs(lines: list[Line]) -> list[str]:
    """Lines with no blank line between them, joined: a declaration printed with hard line breaks ("…, align" /
    "themselves with this declaration.") reads as one paragraph."""
    out: list[str] = []
    for ln in lines:
        prev = out[-1] if out else ""
        open_end = prev and not prev.rstrip("\"”»’'").endswith((".", ":", ";", "!", "?"))  # ('… justice."')
        last_word = prev.split()[-1] if prev else ""
        if open_end and (ln.text[:1].islower() or prev.endswith(",") or len(prev) > 60 and last_word.islower()):
            out[-1] += " " + ln.text
        else:
            out.append(ln.text)
    return out


def parse_statement(
    text: str, source: str, knowledge: Knowledge | None = None, line_offset: int = 0, today: dt.date | None = None
) -> Statement:
    """Parse one raw statement. Never raises on odd text: problems become warnings."""
    knowledge = knowledge or Knowledge()
    layout = split_layout(text, line_offset)
    warnings: list[Warning] = []
    title = layout.title
    if not title:
        warnings.append(Warning("the file has no text; nothing to publish"))
    elif len(title) > 300:
        warnings.append(
            Warning("the first line is very long for a title; put the title alone on the first line", layout.title_line)
        )
        title = title[:200].rsplit(" ", 1)[0] + "…"
    body_text = "\n".join(ln.text for ln in layout.body)
    if len(body_text) > MAX_ANALYSED_CHARS:
        warnings.append(
            Warning(
                f"the text is unusually long ({len(body_text):,} characters); it is published whole, "
                f"but only the first {MAX_ANALYSED_CHARS:,} were searched for themes. Check that the "
                "file holds one statement"
            )
        )
        body_text = body_text[:MAX_ANALYSED_CHARS]
    language = detect_language(body_text) or detect_language(title)
    date, date_warnings = statement_date(layout, language, today)
    warnings.extend(date_warnings)
    signatories, sig_warnings = extract_signatories(layout, knowledge.people, date, language)
    warnings.extend(sig_warnings)
    if not signatories:
        warnings.append(
            Warning(
                "no signatory found in the title, the opening lines or a footnote; "
                "add them with 'Signatories:' in a header or sidecar file"
            )
        )
    signatories = _unions_split(signatories, date)
    aligned = tuple(
        part
        for c in _aligned(layout)
        for part in union_parts(c, date) or (c,)
        if all(s.country != part for s in signatories)
    )
    dateline_place = None
    for ln in layout.body[:6]:  # (under a ministry's name, a label and a page date)
        m = DATELINE_PLACE_RE.match(ln.text)
        if m and not find_weekday(m.group(1)):  # ("Piektdien, 17. janvārī": a day, not a place)
            dateline_place = m.group(1).title() if m.group(1).isupper() else m.group(1)  # ("BREGANA" is Bregana)
            break
    meetings = extract_meetings(layout, date, dateline_place, dateline_range(layout, language), language)
    # document numbers sit in the header and the footer, not in the middle of the text
    edges = list(layout.body[:30]) + [
        ln for ln in layout.body[-30:] if ln.number > (layout.body[29].number if len(layout.body) > 30 else 0)
    ]
    identifiers = find_identifiers(
        [ln.text for ln in layout.header_lines]
        + [ln.text for ln in edges]
        + [f"{k}: {v}" for k, v, _ in layout.meta]  # "UNIQUE ID: 250513_6", "Nr: 074-25"
        + [ln.text for ln in layout.dropped[:60]]
    )
    topics = knowledge.themes.rank(title, body_text)
    return Statement(
        source=source,
        slug=make_slug(title, date),
        title=title,
        date=date,
        language=language,
        publisher=layout.publisher,
        identifiers=tuple(identifiers),
        signatories=tuple(signatories),
        aligned=aligned,
        topics=tuple(topics),
        meetings=tuple(meetings),
        warnings=tuple(warnings),
        paragraphs=tuple(ln.text for ln in layout.body),
        notes=tuple(ln.text for ln in layout.notes),
    )
