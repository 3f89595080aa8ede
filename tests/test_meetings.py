"""Meetings read from short statements in the forms real pages use (the fixture corpus holds whole pages)."""

from __future__ import annotations

from statements.parsing import parse_statement


def held_and_referenced(text: str) -> list[tuple[str, str | None, str]]:
    return [(m.name, m.date, m.relation) for m in parse_statement(text, "x.txt").meetings]


def test_intergovernmental_consultations_that_took_place_are_held_on_the_statements_day():
    meetings = held_and_referenced(
        "Polsko-niemieckie konsultacje międzyrządowe w Warszawie\n2.07.2024\n\n"
        "W Warszawie odbyły się 16. polsko-niemieckie konsultacje międzyrządowe, pierwsze od 2018 r. Na zakończenie "
        "obrad polsko-niemiecki plan działania podpisali premier i kanclerz federalny Niemiec.\n"
    )
    assert meetings[0] == ("konsultacje międzyrządowe", "2024-07-02", "held")


def test_earlier_government_consultations_are_a_referenced_meeting():
    meetings = held_and_referenced(
        "Gezamenlijke verklaring\n27-03-2023\n\n"
        "De regeringen van Nederland en Duitsland hielden vandaag in Rotterdam hun vierde regeringsconsultaties. "
        "Ruim drie jaar na de vorige regeringsconsultaties, op 2 oktober 2019 in Berlijn, staat Europa voor een "
        "andere werkelijkheid.\n"
    )
    assert ("regeringsconsultaties", "2019-10-02", "referenced") in meetings


def test_the_start_of_a_presidency_is_no_meeting():
    meetings = held_and_referenced(
        "Weimar\n25.02.2025\n\n"
        "We wtorek 25 lutego 2025 r. minister spotkał się w Warszawie z ministrami Francji i Niemiec. Spotkanie "
        "ministrów odbyło się w czasie polskiej prezydencji w Radzie UE, która rozpoczęła się 1 stycznia 2025 r.\n"
    )
    assert all(date != "2025-01-01" for _, date, _ in meetings)
