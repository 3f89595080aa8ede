"""Who signs: roles with two 'of's keep the country apart from the portfolio."""

from __future__ import annotations

from statements.parsing import parse_statement


def test_country_after_a_portfolio_is_the_signatory_country_not_part_of_the_role():
    st = parse_statement(
        "Joint statement on border management\n\n"
        "Joint statement by the Minister of Foreign Affairs of Croatia Ana NOVAK i, the Minister of Interior of "
        "the Republic of North Macedonia Petar ORLIĆ and the Prime Minister of Slovenia Jana HORVAT i.\n\n"
        "Effective border management remains a priority.\n",
        "x.txt",
    )
    assert [(s.name, s.role, s.country) for s in st.signatories] == [
        ("Ana Novak", "Minister of Foreign Affairs", "Croatia"),
        ("Petar Orlić", "Minister of Interior", "North Macedonia"),
        ("Jana Horvat", "Prime Minister", "Slovenia"),
    ]
