"""The statement the project started from, parsed field by field with the archive's registries."""

from __future__ import annotations

from conftest import CONTENT, SEED
from statements.parsing import load_knowledge, parse_file

MINISTERS = {
    "Bejtush Gashi": "Kosovo",
    "Herbert Kickl": "Austria",
    "Dragan Mektić": "Bosnia and Herzegovina",
    "Mevludin Nuhodžić": "Montenegro",
    "Valentin Radev": "Bulgaria",
    "Oliver Spasovski": "North Macedonia",
    "Nebojša Stefanović": "Serbia",
    "Fatmir Xhafaj": "Albania",
}


def parsed():
    knowledge, problems = load_knowledge(CONTENT / "data")
    assert problems == []
    return parse_file(SEED, knowledge)


def test_title_date_language_publisher():
    st = parsed()
    assert st.title.startswith("Joint statement by Commissioners Avramopoulos and King, the Ministers of Interior")
    assert st.date == "2018-06-19"
    assert st.language == "en"
    assert st.publisher == "Europese Commissie (EC)"


def test_two_commissioners_with_their_portfolios():
    commissioners = [s for s in parsed().signatories if s.organisation == "European Commission"]
    assert [(s.name, s.role) for s in commissioners] == [
        ("Dimitris Avramopoulos", "Commissioner for Migration, Home Affairs and Citizenship"),
        ("Julian King", "Commissioner for the Security Union"),
    ]


def test_eight_ministers_from_the_footnote_with_registry_spelling_and_country():
    ministers = {s.name: s.country for s in parsed().signatories if s.organisation != "European Commission"}
    assert ministers == MINISTERS  # the footnote's "MEKTIC" is the registry's "Mektić"
    assert all(s.role and s.role.startswith("Minister") for s in parsed().signatories[2:])


def test_held_and_announced_meetings():
    meetings = {(m.relation, m.date, m.end_date, m.place) for m in parsed().meetings}
    assert ("held", "2018-06-19", None, None) in meetings
    assert ("referenced", "2018-10-04", "2018-10-05", "Tirana") in meetings
    announced = next(m for m in parsed().meetings if m.relation == "referenced")
    assert announced.name == "EU-Western Balkans Home Affairs Ministerial"


def test_themes_ranked_from_the_vocabulary():
    ids = [t.id for t in parsed().topics]
    assert "migration" in ids[:2]
    assert all(t.eurovoc is None or t.eurovoc.startswith("http://eurovoc.europa.eu/") for t in parsed().topics)


def test_text_is_cleaned_of_republisher_artefacts():
    st = parsed()
    text = "\n".join(st.paragraphs)
    assert " i," not in text and "Met dank overgenomen" not in text
    assert "Europe Direct" not in text and "Press contacts" not in text
    assert st.notes and st.notes[0].startswith("*Ministers Bejtush GASHI")  # the footnote is kept as text
    assert st.warnings == ()
