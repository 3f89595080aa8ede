"""An editor corrects any field without touching the raw text: Markdown header or sidecar YAML."""

from __future__ import annotations

from conftest import CONTENT, FIXTURES
from statements.parsing import load_knowledge, parse_file

KNOWLEDGE, _ = load_knowledge(CONTENT / "data")


def test_markdown_header_overrides_the_parser():
    st = parse_file(FIXTURES / "corrections/corrected.md", KNOWLEDGE)
    assert st.title == "Joint statement of the ministers (corrected title)"
    assert st.date == "2019-03-05"
    assert [(s.name, s.role, s.country) for s in st.signatories] == [
        ("Ana Novak", "Minister of Foreign Affairs", "Croatia"),
        ("Petar Orlić", "Minister of the Interior", "Serbia"),
    ]
    assert set(st.corrected) == {"title", "date", "signatories", "themes"}
    assert not any("date" in w.message for w in st.warnings)


def test_corrected_title_does_not_move_the_url():
    st = parse_file(FIXTURES / "corrections/corrected.md", KNOWLEDGE)
    assert st.slug.endswith("joint-statement-of-the-ministers")


def test_sidecar_yaml_beside_a_raw_file_wins_over_the_source_line():
    st = parse_file(FIXTURES / "corrections/sidecar.txt", KNOWLEDGE)
    assert st.date == "2019-03-01"  # the source line says 4 March
    assert st.signatories[0].name == "Jana Horvat" and st.signatories[0].country == "Slovenia"
    assert st.identifiers == ("STATEMENT/19/1234",)
    assert st.publisher == "Raad van de Europese Unie (Raad)"
    assert set(st.corrected) == {"date", "signatories", "identifiers"}


def test_a_bad_correction_is_reported_and_the_parsed_value_kept(tmp_path):
    raw = tmp_path / "x.txt"
    raw.write_text((FIXTURES / "corrections/sidecar.txt").read_text(), encoding="utf-8")
    (tmp_path / "x.meta.yaml").write_text("date: 4 March\ncolour: blue\n", encoding="utf-8")
    st = parse_file(raw, KNOWLEDGE)
    assert st.date == "2019-03-04"
    messages = " ".join(w.message for w in st.warnings)
    assert "not YYYY-MM-DD" in messages and "unknown field 'colour'" in messages
