"""The parts of a raw statement: boilerplate goes, the statement's own text stays."""

from __future__ import annotations

from statements.parsing.layout import split_layout

MID_TEXT_CONTACT = """Infringement package: main decisions

Met dank overgenomen van Europese Commissie (EC) i, gepubliceerd op donderdag 28 april 2016.

1. Digital single market

Meer informatie: Ana Novak - tel. +32 229-67083; Petar Orlić - tel. +32 229-64532

The Commission calls on five Member States to transpose the updated rules on the re-use of public sector information, which should have been in national law by July 2015.

Press contacts:
Jana HORVAT (+32 2 298 64 33)
jana.horvat@example.eu

General public inquiries: Europe Direct by phone 00 800 67 89 10 11 or by email
"""


def test_contacts_in_the_middle_drop_only_the_contact_lines():
    layout = split_layout(MID_TEXT_CONTACT)
    text = [ln.text for ln in layout.body]
    assert any(t.startswith("The Commission calls on five Member States") for t in text)
    assert not any("229-67083" in t or "HORVAT" in t or "Europe Direct" in t for t in text)
    assert layout.publisher == "Europese Commissie (EC)"


def test_contact_block_at_the_end_is_dropped_to_the_end():
    layout = split_layout(MID_TEXT_CONTACT + "Lukas Weber\nSpokesperson\n")
    assert not any("Lukas Weber" in ln.text for ln in layout.body)
