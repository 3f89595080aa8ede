"""What Pagefind reads for each statement: a slim page with its text, filters, sort key and result fields.

Indexing these instead of the published pages keeps Pagefind away from navigation, related lists and
sidebars (faster, and no noise in excerpts); a result still links to the statement's real page.
"""

from __future__ import annotations

from html import escape

from ..linking import Entry

UNDATED_YEAR = "Date unknown"  # the year filter's value for statements that state no date (search.js knows it)


def index_page(entry: Entry, language_name, long_date, date_range) -> str:
    st = entry.statement
    parts = [f'<html lang="en"><body><main data-pagefind-body><h1 data-pagefind-meta="title">{escape(st.title)}</h1>']
    hidden = []
    if st.date:
        hidden += [
            f'<span data-pagefind-meta="date">{long_date(st.date)}</span>',
            f'<span data-pagefind-sort="date">{st.date}</span>',
            f'<span data-pagefind-filter="year">{st.date[:4]}</span>',
        ]
    else:  # a year too, so that a reader can pick them, and browsing year by year reaches them
        hidden += [
            '<span data-pagefind-sort="date">0000-00-00</span>',
            f'<span data-pagefind-filter="year">{UNDATED_YEAR}</span>',
        ]
    if entry.byline:
        hidden.append(f'<span data-pagefind-meta="signatories">{escape(entry.byline)}</span>')
    for s in st.signatories:
        if s.name:
            hidden.append(f'<span data-pagefind-filter="person">{escape(s.name)}</span>')
        if s.country:
            hidden.append(f'<span data-pagefind-filter="country">{escape(s.country)}</span>')
    for t in st.topics:
        hidden.append(f'<span data-pagefind-filter="theme">{escape(t.label)}</span>')
    for m in st.meetings:
        name = m.name.capitalize() if m.name == "meeting" else m.name
        hidden.append(f'<span data-pagefind-filter="meeting">{escape(name)}, {date_range(m.date, m.end_date)}</span>')
    if st.language:
        hidden.append(f'<span data-pagefind-filter="language">{escape(language_name(st.language))}</span>')
    parts.append("<div data-pagefind-ignore>" + "".join(hidden) + "</div>")
    # the signatories' names are searchable as words too ("mektic" finds Mektić's statements)
    names = ", ".join(s.name for s in st.signatories if s.name)
    if names:
        parts.append(f"<p>{escape(names)}</p>")
    parts.extend(f"<p>{escape(p)}</p>" for p in (*st.paragraphs, *st.notes, *st.identifiers))
    parts.append("</main></body></html>")
    return "".join(parts)
