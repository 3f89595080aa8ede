"""schema.org JSON-LD, Open Graph and canonical URLs on statement, person, meeting and theme pages."""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path

from conftest import SUBPATH_SITEURL, fixture_archive
from statements.parsing import Topic
from statements.rendering.output import Site
from statements.rendering.structured import EUROVOC_SCHEME, describe, page_ld, statement_ld

SITE = Site(SUBPATH_SITEURL, "Joint Statements Archive")
CONCEPT = "http://eurovoc.europa.eu/1234"  # any EuroVoc concept URI
JSONLD_RE = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.DOTALL)
SEED_URL = "statements/2018-06-19-joint-statement-by-commissioners-avramopoulos-and-king-the/"


def entry(title_start: str):
    archive = fixture_archive()
    return archive, next(e for e in archive.entries if e.statement.title.startswith(title_start))


def jsonld_of(site: Path, page: str) -> dict:
    (block,) = JSONLD_RE.findall((site / page / "index.html").read_text(encoding="utf-8"))
    return json.loads(block)


def test_statement_is_a_news_article_signed_by_people_about_eurovoc_terms():
    archive, e = entry("Joint statement by Commissioners")
    e = dataclasses.replace(
        e,
        statement=dataclasses.replace(
            e.statement, topics=(Topic("migration", "Migration", CONCEPT), Topic("trade", "Trade", None))
        ),
    )
    ld = statement_ld(e, archive, SITE)
    assert ld["@type"] == "NewsArticle" and ld["datePublished"] == "2018-06-19"
    assert ld["url"] == ld["@id"] == f"{SUBPATH_SITEURL}/{SEED_URL}" and len(ld["headline"]) <= 110
    mektic = next(a for a in ld["author"] if a["name"] == "Dragan Mektić")
    assert mektic == {
        "@type": "Person",
        "name": "Dragan Mektić",
        "jobTitle": "Minister of Interior",
        "url": f"{SUBPATH_SITEURL}/people/dragan-mektic/",
        "nationality": {"@type": "Country", "name": "Bosnia and Herzegovina"},
    }
    migration, trade = ld["about"]
    assert migration == {
        "@type": "DefinedTerm",
        "@id": CONCEPT,
        "name": "Migration",
        "termCode": "migration",
        "url": f"{SUBPATH_SITEURL}/themes/migration/",
        "inDefinedTermSet": {"@type": "DefinedTermSet", "@id": EUROVOC_SCHEME, "name": "EuroVoc"},
    }
    assert "@id" not in trade and "inDefinedTermSet" not in trade  # no EuroVoc concept: nothing invented


def test_undated_statement_has_no_date_and_countries_sign_as_countries():
    archive, e = entry("Joint statement on trade")
    ld = statement_ld(e, archive, SITE)
    assert "datePublished" not in ld
    assert [a["@type"] for a in ld["author"]] == ["Person", "Country", "Country"]
    assert ld["author"][1] == {"@type": "Country", "name": "France", "url": f"{SUBPATH_SITEURL}/countries/france/"}


def test_person_meeting_and_theme_pages():
    archive = fixture_archive()
    person = page_ld(archive.people["nebojsa-stefanovic"], archive, SITE)
    assert person["@type"] == "Person" and person["nationality"] == [{"@type": "Country", "name": "Serbia"}]
    assert len(person["subjectOf"]) == 2 and person["url"] == f"{SUBPATH_SITEURL}/people/nebojsa-stefanovic/"
    meeting = page_ld(archive.meetings["2018-10-04-eu-western-balkans-home-affairs-ministerial"], archive, SITE)
    assert (meeting["@type"], meeting["startDate"], meeting["endDate"]) == ("Event", "2018-10-04", "2018-10-05")
    assert meeting["location"] == {"@type": "Place", "name": "Tirana"}
    assert page_ld(archive.themes["trade"], archive, SITE)["@type"] == "DefinedTerm"
    assert page_ld(archive.countries["france"], archive, SITE) is None


def test_published_pages_carry_json_ld_open_graph_and_a_canonical_url(published_site: Path):
    for page, kind in (
        (SEED_URL, "NewsArticle"),
        ("people/dragan-mektic/", "Person"),
        ("meetings/2018-10-04-eu-western-balkans-home-affairs-ministerial/", "Event"),
    ):
        html = (published_site / page / "index.html").read_text(encoding="utf-8")
        ld = jsonld_of(published_site, page)
        assert ld["@context"] == "https://schema.org" and ld["@type"] == kind
        assert ld["url"] == f"{SUBPATH_SITEURL}/{page}"
        assert f'<link rel="canonical" href="{SUBPATH_SITEURL}/{page}">' in html
        assert f'<meta property="og:url" content="{SUBPATH_SITEURL}/{page}">' in html
        assert '<meta property="og:title"' in html and '<meta property="og:site_name"' in html
    home = (published_site / "index.html").read_text(encoding="utf-8")
    assert f'<link rel="canonical" href="{SUBPATH_SITEURL}/">' in home


def test_json_ld_cannot_break_out_of_its_script_element():
    archive, e = entry("Joint statement on trade")
    e = dataclasses.replace(e, statement=dataclasses.replace(e.statement, title="</script><script>alert(1)"))
    from jinja2 import Environment

    html = Environment().from_string("{{ ld|tojson }}").render(ld=statement_ld(e, archive, SITE))
    assert "</script>" not in html and json.loads(html)["name"] == "</script><script>alert(1)"


def test_description_is_cut_at_a_word():
    assert describe("word " * 100, 20) == "word word word word…"
    assert describe("  short\n text ") == "short text"


def test_a_local_build_has_a_canonical_link_but_no_structured_data(built_site: Path):
    html = (built_site / SEED_URL / "index.html").read_text(encoding="utf-8")
    assert f'<link rel="canonical" href="../../{SEED_URL}">' in html
    assert "application/ld+json" not in html and "og:url" not in html  # both need absolute URLs
