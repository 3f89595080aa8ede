"""What a page tells machines about itself: canonical URL, Open Graph tags and schema.org JSON-LD."""

from __future__ import annotations

from ..linking import Archive, Entry, Page
from ..parsing import Signatory, Topic
from .output import Site

SCHEMA_ORG = "https://schema.org"
EUROVOC_SCHEME = "http://eurovoc.europa.eu/100141"  # the EuroVoc thesaurus as a SKOS concept scheme
DESCRIPTION_CHARS = 200
OG_TYPES = {"PERSON": "profile"}


def describe(text: str, limit: int = DESCRIPTION_CHARS) -> str:
    """A description cut at a word, for link previews."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def _compact(data: dict) -> dict:
    """Leave out what is unknown rather than publish nulls and empty lists."""
    return {k: v for k, v in data.items() if v not in (None, "", [], ())}


def signatory_ld(s: Signatory, archive: Archive, site: Site) -> dict:
    """A person who signed, or the institution or country that signed as such."""
    if not s.name:
        if s.organisation:
            return {"@type": "Organization", "name": s.organisation}
        return _compact(
            {
                "@type": "Country",
                "name": s.country,
                "url": site.link(archive.country_url(s.country)) if s.country else None,
            }
        )
    return _compact(
        {
            "@type": "Person",
            "name": s.name,
            "jobTitle": s.role,
            "url": site.link(archive.person_url(s.person)) if s.person else None,
            "affiliation": {"@type": "Organization", "name": s.organisation} if s.organisation else None,
            # the state a minister signs for; schema.org has no closer property for it
            "nationality": {"@type": "Country", "name": s.country} if s.country else None,
        }
    )


def theme_ld(topic: Topic, archive: Archive, site: Site) -> dict:
    """A theme as a DefinedTerm; with a EuroVoc concept, that concept's URI is its identity."""
    return _compact(
        {
            "@type": "DefinedTerm",
            "@id": topic.eurovoc,
            "name": topic.label,
            "termCode": topic.id,
            "url": site.link(archive.theme_url(topic.id)),
            "inDefinedTermSet": {"@type": "DefinedTermSet", "@id": EUROVOC_SCHEME, "name": "EuroVoc"}
            if topic.eurovoc
            else None,
        }
    )


def statement_ld(entry: Entry, archive: Archive, site: Site) -> dict:
    st = entry.statement
    url = site.link(entry.url)
    return _compact(
        {
            "@context": SCHEMA_ORG,
            "@type": "NewsArticle",
            "@id": url,
            "url": url,
            "mainEntityOfPage": url,
            "headline": describe(st.title, 110),
            "name": st.title,
            "datePublished": st.date,
            "inLanguage": st.language,
            "author": [signatory_ld(s, archive, site) for s in st.signatories],
            "publisher": {"@type": "Organization", "name": st.publisher} if st.publisher else None,
            "about": [theme_ld(t, archive, site) for t in st.topics],
            "identifier": list(st.identifiers),
            "isBasedOn": st.source_url,
            "isPartOf": {"@type": "WebSite", "name": site.name, "url": site.link("")},
        }
    )


def _statement_refs(page: Page, archive: Archive, site: Site) -> list[dict]:
    return [
        {"@type": "NewsArticle", "@id": site.link(e.url), "headline": describe(e.statement.title, 110)}
        for e in archive.statements(page.statements)
    ]


def page_ld(page: Page, archive: Archive, site: Site) -> dict | None:
    """JSON-LD for a person (Person), meeting (Event) or theme (DefinedTerm) page; None for countries."""
    url = site.link(page.url)
    if page.kind == "PERSON":
        data = {
            "@type": "Person",
            "name": page.name,
            "jobTitle": list(page.detail("roles", ())),
            "affiliation": [{"@type": "Organization", "name": o} for o in page.detail("organisations", ())],
            "nationality": [{"@type": "Country", "name": c} for c in page.detail("countries", ())],
        }
    elif page.kind == "MEETING":
        place = page.detail("place")
        data = {
            "@type": "Event",
            "name": page.name,
            "startDate": page.detail("date"),
            "endDate": page.detail("end_date"),
            "location": {"@type": "Place", "name": place} if place else None,
        }
    elif page.kind == "THEME":
        data = theme_ld(Topic(page.slug, page.name, page.detail("eurovoc")), archive, site)  # type: ignore[arg-type]
    else:
        return None
    return _compact(
        {
            "@context": SCHEMA_ORG,
            **data,
            "url": url,
            "mainEntityOfPage": url,
            "subjectOf": _statement_refs(page, archive, site),
        }
    )


def open_graph(
    title: str, url: str, site: Site, og_type: str = "website", description: str = "", published: str | None = None
) -> list[tuple[str, str]]:
    tags = [("og:type", og_type), ("og:title", title), ("og:url", url), ("og:site_name", site.name)]
    if description:
        tags.append(("og:description", description))
    if published:
        tags.append(("article:published_time", published))
    return tags


# Template variables for a page's head: page_url (for the canonical link), open_graph and jsonld.
# Open Graph and schema.org want absolute URLs, so a build without SITEURL leaves both out.


def statement_meta(entry: Entry, archive: Archive, site: Site) -> dict:
    st = entry.statement
    if not site.absolute:
        return {"page_url": entry.url}
    return {
        "page_url": entry.url,
        "jsonld": statement_ld(entry, archive, site),
        "open_graph": open_graph(
            st.title, site.link(entry.url), site, "article", describe(" ".join(st.paragraphs[:2])), st.date
        ),
    }


def page_meta(page: Page, archive: Archive, site: Site) -> dict:
    if not site.absolute:
        return {"page_url": page.url}
    count = len(page.statements)
    summary = f"{count} statement{'s' if count != 1 else ''} in the {site.name}."
    return {
        "page_url": page.url,
        "jsonld": page_ld(page, archive, site),
        "open_graph": open_graph(page.name, site.link(page.url), site, OG_TYPES.get(page.kind, "website"), summary),
    }


def index_meta(title: str, path: str, site: Site) -> dict:
    """The home page and the index pages: a canonical link and Open Graph basics."""
    if not site.absolute:
        return {"page_url": path}
    return {"page_url": path, "open_graph": open_graph(title, site.link(path), site)}
