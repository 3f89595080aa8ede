"""Dates in the formats and languages real statements use; the statement's own date, never a decoy."""

from __future__ import annotations

import datetime as dt

import pytest

from statements.parsing import parse_statement
from statements.parsing.dates import find_dates


@pytest.mark.parametrize(
    "text, expected",
    [
        ("gepubliceerd op dinsdag 19 juni 2018", "2018-06-19"),
        ("Friday, September 15 2017, 0:58", "2017-09-15"),
        ("Bruxelles, le 20 juin 2018", "2018-06-20"),
        ("(17 août 2015)", "2015-08-17"),
        ("6. Oktober 2021", "2021-10-06"),
        ("28 januar 2020.", "2020-01-28"),
        ("Dato: 31.10.2018", "2018-10-31"),
        ("18.09.06", "2006-09-18"),
        ("19/11/2018 - 19:06", "2018-11-19"),
        ("11 Jul. 2018", "2018-07-11"),
        ("August 5, 2012", "2012-08-05"),
        ("30.4.2019", "2019-04-30"),
        ("19 de junio de 2018", "2018-06-19"),
        ("12 Ιουνίου 2019", "2019-06-12"),
        ("15. listopadu 2019", "2019-11-15"),
        ("2024. 03. 03.", "2024-03-03"),  # Hungarian numeric, year first
        ("3 października 2019", "2019-10-03"),
        ("5 settembre 2017", "2017-09-05"),
        ("Sarajevo, 4. mart 2020.", "2020-03-04"),
    ],
)
def test_full_dates(text, expected):
    assert find_dates(text)[0].to_date().isoformat() == expected


def test_day_month_range_without_year():
    (dm,) = find_dates("taking place on 4-5 October in Tirana")
    assert (dm.day, dm.end_day, dm.month, dm.year) == (4, 5, 10, None)


def statement(*body: str) -> str:
    return "A joint statement\n\n" + "\n\n".join(body) + "\n"


def test_dateline_wins_over_decoy_dates_in_the_body():
    st = parse_statement(
        statement(
            "Brussels, 19 November 2018",
            "The ministers recalled their statement of 12 March 2017 and the elections of 24 June 2018.",
        ),
        "x.txt",
    )
    assert st.date == "2018-11-19"


def test_no_full_date_is_null_with_a_warning_never_a_guess():
    st = parse_statement(
        statement(
            "Tuesday 20 September",
            "The ministers met and discussed the anniversary of 11 July 1995 and the deadline of 1 May 2020.",
        ),
        "x.txt",
    )
    assert st.date is None
    assert any("no year" in w.message for w in st.warnings)


def test_future_date_is_kept_and_flagged():
    st = parse_statement(
        statement("Brussels, 3 March 2031", "Text of the statement."), "x.txt", today=dt.date(2026, 11, 29)
    )
    assert st.date == "2031-03-03" and any("future" in w.message for w in st.warnings)


def test_conflicting_dateline_and_source_line():
    text = (
        "A joint statement\n\nSource: Council of the European Union (Council) i, published on Friday, "
        "September 15 2017, 0:58.\n\nBrussels, 10 September 2017\n\nText.\n"
    )
    st = parse_statement(text, "x.txt")
    assert st.date == "2017-09-10" and any("source line says 2017-09-15" in w.message for w in st.warnings)


def test_us_month_day_without_year_is_a_date_only_with_a_capital():
    [summit] = find_dates("the NATO Summit in Washington from July 9 to 11, which", "en")
    assert (summit.to_date(2024), summit.to_end_date(2024)) == (dt.date(2024, 7, 9), dt.date(2024, 7, 11))
    assert find_dates("may 5 members join", "en") == []
    # "des" is Catalan for December: it must not swallow the day that opens a French range
    [council] = find_dates("lors du Conseil européen des 24 et 25 septembre.", "fr")
    assert (council.day, council.end_day, council.month) == (24, 25, 9)


@pytest.mark.parametrize(
    "line",
    ["Publicat: 03.03.2024", "Közzététel: 2024. 03. 03.", "Gepubliceerd op: 03-03-2024", "Data publicării: 03.03.2024"],
)
def test_a_website_publication_line_in_more_languages_dates_an_undated_text(line):
    st = parse_statement(f"Joint statement on cooperation\n{line}\n\nThe ministers agreed to cooperate.\n", "x.txt")
    assert st.date == "2024-03-03"


def test_a_dateline_wins_over_a_publication_line_in_any_language():
    st = parse_statement(
        "Joint statement on cooperation\nPublicat: 05.03.2024\n\nBucurești, 3 martie 2024\n\n"
        "Miniștrii au convenit să coopereze.\n",
        "x.txt",
    )
    assert st.date == "2024-03-03"


def test_a_dateline_without_year_takes_the_year_of_an_update_line_of_the_same_day():
    st = parse_statement(
        "Mercosur y la UE anuncian el acuerdo\nActualizado: 06/12/2024 14:52\n\nMontevideo, 6 dic (EFE).-\n\n"
        "Los Estados partes anunciaron este viernes la conclusión de las negociaciones.\n",
        "x.txt",
    )
    assert st.date == "2024-12-06"


def test_an_update_line_alone_never_dates_a_statement():
    st = parse_statement(
        "Statement\nLast updated: 06/12/2024\n\nMontevideo, 5 dic (EFE).-\n\nThe parties announced the agreement.\n",
        "x.txt",
    )
    assert st.date is None


def test_a_dateline_with_a_place_and_its_island_or_region():
    st = parse_statement(
        "Declaração conjunta da Cimeira do Atlântico\nPrimeiro-Ministro > Comunicados\n\n"
        "Base das Lajes, Terceira, 16 de Março de 2003\n\n"
        "Nós, os Chefes de Governo, reunidos hoje na ilha Terceira, reafirmamos o valor da solidariedade.\n",
        "x.txt",
    )
    assert st.date == "2003-03-16"


def test_a_header_of_fields_apart_by_dashes_holds_the_date():
    st = parse_statement(
        "Parliaments sign memorandum\nPress release - External relations - 03-07-2015 - 15:26\n\n"
        "The President of the Parliament signed the memorandum today.\n",
        "x.txt",
    )
    assert st.date == "2015-07-03"


def test_a_label_a_comma_and_a_spaced_numeric_date():
    st = parse_statement(
        "Premiér podepsal závěry\nVláda České republiky\nTisková zpráva, 29. 11. 2001\n\n"
        "Předseda vlády podepsal ve čtvrtek po setkání v Bruselu společný dokument.\n",
        "x.txt",
    )
    assert st.date == "2001-11-29"


def test_a_press_room_header_with_a_minus_sign_between_its_fields_dates_the_statement():
    st = parse_statement(
        "Assembly constituted: joint declaration\nEuropean Parliament\n"
        "Press release - External relations − 03-05-2011 - 18:12\n\n"
        "The Assembly held its constituent meeting in Brussels on Tuesday, after the elections of 19 December 2010.\n",
        "x.txt",
    )
    assert st.date == "2011-05-03"


def test_a_signing_formula_above_unfolded_signature_columns_dates_the_text():
    columns = (
        "For the Government of the                 For the Government of the\n"
        "Republic of Estonia                       Republic of Finland\n"
        ".............................             .............................\n"
        "Kalev Tamm                                Mikko Laine\n"
        "Minister of Entrepreneurship              Minister of Local Government\n"
        "and Information Technology                and Public Reforms\n"
    )
    st = parse_statement(
        "JOINT DECLARATION OF INTENT ON DATA EXCHANGE\n\nThe Participants,\n\nHave reached the following understanding:\n\n"
        + "".join(
            f"{n}. The Participants will cooperate on item {n} of the plan through their public administrations.\n\n"
            for n in range(1, 6)
        )
        + "Signed at Helsinki on 8 February 2018 in two original copies in the English lan-\nguage.\n\n"
        + columns
        + "\nJOINT DECLARATION – DATA EXCHANGE 2/2\n--- page break ---\nAnnex: contact points\nTallinn: data office\n"
        + "Helsinki: data office\n",
        "x.txt",
    )
    assert st.date == "2018-02-08"


def test_a_signed_formula_with_copies_languages_and_two_places_dates_the_text():
    st = parse_statement(
        "Joint Declaration of Intent on Offshore Wind\n\n"
        "1. The Participants will cooperate on offshore wind in the North Sea and the Atlantic.\n\n"
        "Signed in duplicate, in the English language, in Lisbon and Copenhagen, on 23 September 2020.\n\n"
        "For the Government of the Portuguese Republic\n",
        "x.txt",
    )
    assert st.date == "2020-09-23"


def test_slovenian_months_in_the_genitive():
    for text, want in (
        ("Izjava\n\nBruselj, 12. februarja 2008\n\nEvropska unija pozdravlja volitve.\n", "2008-02-12"),
        ("Izjava\n\nLjubljana, 3. julija 2019\n\nMinistra sta podpisala izjavo.\n", "2019-07-03"),
    ):
        assert parse_statement(text, "x.txt").date == want


def test_a_press_rooms_label_and_committee_codes_before_the_date_but_not_a_page_update_line():
    st = parse_statement(
        "Co-chairs call for closer cooperation\n\nPress Releases  SEDE  AFET  20-02-2018 - 18:12\n\n"
        "Members of the two assemblies met in Brussels on Tuesday for their annual joint meeting.\n",
        "x.txt",
    )
    assert st.date == "2018-02-20"
    undated = parse_statement(
        "Fælleserklæring\n\nSkagen, mandag\n\nStatsministrene mødtes i dag i Skagen.\n\n"
        "Siden er senest opdateret 03.11.2004\n",
        "x.txt",
    )
    assert undated.date is None


def test_a_month_in_the_genitive_before_days_with_their_dots_and_a_short_full_month_name():
    from statements.parsing.dates import find_dates

    fi = find_dates("Eurooppa-neuvosto käsittelee maaliskuun 24.–25. päivän kokouksessaan", "fi")
    lt = find_dates("Europos Vadovų Taryba kovo 20–21 d. Briuselyje", "lt")
    ro = find_dates("la Consiliul European din 17 și 18 aprilie", "ro")
    assert [(d.day, d.end_day, d.month) for d in fi] == [(24, 25, 3)]
    assert [(d.day, d.end_day, d.month) for d in lt] == [(20, 21, 3)]
    assert [(d.day, d.end_day, d.month) for d in ro] == [(17, 18, 4)]


def test_a_slovenian_objava_label_dates_the_page():
    from statements.parsing.parse import parse_statement

    st = parse_statement(
        "Slovenija in Estonija za skupni pristop\nMinistrstvo za okolje in prostor\nObjava: 13. 9. 2022\n\n"
        "Državni sekretar in estonski minister za okolje sta danes v Ljubljani podpisala skupno izjavo.\n",
        "x.txt",
    )
    assert st.date == "2022-09-13"


def test_greek_ordinal_days_and_their_range():
    from statements.parsing.dates import find_dates

    found = find_dates("ενόψει του Ευρωπαϊκού Συμβουλίου της 19ης και 20ής Μαρτίου στις Βρυξέλλες", "el")
    assert [(d.day, d.month, d.end_day) for d in found] == [(19, 3, 20)]
    assert [(d.day, d.month, d.year) for d in find_dates("από την 1η Μαΐου 2004", "el")] == [(1, 5, 2004)]
    assert [(d.day, d.end_day) for d in find_dates("της 22ας και 23ης Μαρτίου", "el")] == [(22, 23)]


def test_a_dateline_under_a_pages_trail_is_no_part_of_it():
    from statements.parsing import parse_statement

    st = parse_statement(
        "Déclaration conjointe franco-danoise\nFrance Diplomatie - Ministère de l'Europe et des Affaires étrangères\n"
        "Accueil > Politique étrangère de la France > Diplomatie numérique > Actualités\nParis, 14 octobre 2024\n\n"
        "La secrétaire d'État a reçu ce lundi à Paris la ministre danoise de la Numérisation.\n",
        "x.txt",
    )
    assert st.date == "2024-10-14"


def test_a_numbered_press_release_line_dates_the_release_but_a_bulletins_issue_does_not():
    from statements.parsing import parse_statement

    release = parse_statement(
        "Dichiarazione congiunta\nMinistero dell'Economia e delle Finanze\n\nComunicato Stampa N° 112 del 19/07/2023\n\n"
        "Il Ministro ha ricevuto oggi a Roma la Consigliera federale.\n",
        "x.txt",
    )
    bulletin = parse_statement(
        "Gemeinsame Erklärung\nBulletin der Bundesregierung\nBulletin Nr. 7 vom 24. Januar 1997\n\n"
        "Die Regierungschefs haben am 21. Januar 1997 in Prag die nachstehende Erklärung unterzeichnet.\n",
        "x.txt",
    )
    assert (release.date, release.identifiers) == ("2023-07-19", ("112",))
    assert bulletin.date != "1997-01-24"


def test_a_dutch_range_through_its_last_day():
    found = find_dates("de VN-klimaattop, die van 2 tot en met 13 december in Madrid wordt gehouden")
    assert [(d.to_date(2019), d.to_end_date(2019)) for d in found] == [(dt.date(2019, 12, 2), dt.date(2019, 12, 13))]


def test_a_czech_range_with_az_spans_both_days():
    (found,) = find_dates("konference, která se uskuteční ve dnech 7. až 18. prosince 2009 v Kodani", "cs")
    assert (found.day, found.end_day, found.month, found.year) == (7, 18, 12, 2009)


def test_a_range_over_two_months_is_one_range():
    (found,) = find_dates("the Conference in Montreal from 28 November to 9 December 2005", "en")
    assert (found.day, found.month, found.end_day, found.end_month, found.year) == (28, 11, 9, 12, 2005)
    (found,) = find_dates("du 28 novembre au 9 décembre", "fr")
    assert (found.day, found.month, found.end_day, found.end_month) == (28, 11, 9, 12)


def test_signed_at_two_places_closing_a_declaration_dates_it():
    st = parse_statement(
        "Joint Declaration of Intent between Portugal and Finland on digital skills\n\n"
        "The Participants,\n\nRecalling the Digital Education Action Plan presented on 30 September 2020;\n\n"
        "1. The Participants intend to cooperate on digital skills.\n\n"
        "Signed at Lisbon and Helsinki on 11 May 2021, in two originals in the English language.\n\n"
        "For the Government of the Portuguese Republic\nFor the Government of the Republic of Finland\n",
        "x.txt",
    )
    assert st.date == "2021-05-11"


def test_an_estonian_month_in_the_genitive_before_its_noun():
    (found,) = find_dates("Euroopa Ülemkogu 17.–18. oktoobri kohtumisel Brüsselis", "et")
    assert (found.day, found.end_day, found.month) == (17, 18, 10)


def test_a_danish_range_from_fra_to_til_across_months_is_one_range():
    (found,) = find_dates("klimakonference COP26 i Glasgow, som finder sted fra 31. oktober til 12. november", "da")
    assert (found.day, found.month, found.end_day, found.end_month) == (31, 10, 12, 11)


def test_a_press_label_then_a_dash_or_of_then_the_date_is_a_dateline():
    for line, want in (
        ("Comunicato stampa – 14 marzo 2019", "2019-03-14"),
        ("Communiqué de presse – 02.10.2007", "2007-10-02"),
        ("Communiqué de presse du 5 juin 2001", "2001-06-05"),
        ("Press release - 30 January 2015", "2015-01-30"),
    ):
        text = f"Joint declaration\n\n{line}\n\nThe two ministers met today in the capital.\n"
        assert parse_statement(text, "x.txt").date == want, line


def test_a_title_lines_event_of_a_day_is_no_dateline_but_a_release_of_a_day_is():
    text = (
        "DECLARACIÓN CONJUNTA SOBRE LA RECONSTRUCCIÓN\nTRAS LAS INUNDACIONES DEL 3 DE MARZO DE 2015\n\n"
        "Los dos gobiernos acuerdan cooperar.\n\nHecho en Quito, el 20 de abril de 2015.\n"
    )
    assert parse_statement(text, "x.txt").date == "2015-04-20"
    assert parse_statement("Erklärung\n\nStadtkorrespondenz vom 04.05.2016\n\nDie Städte arbeiten zusammen.\n", "x.txt").date == "2016-05-04"


def test_ukrainian_and_russian_dates():
    from statements.parsing.dates import find_dates

    assert [(d.day, d.month, d.year) for d in find_dates("3 жовтня 2023, 11:20")] == [(3, 10, 2023)]
    assert [(d.day, d.month, d.year) for d in find_dates("17 марта 2011 года")] == [(17, 3, 2011)]


def test_an_agency_dateline_without_a_year_under_a_page_dated_a_day_later_is_the_statements_date():
    st = parse_statement(
        "Malta and Tunisia sign fisheries deal\n\nValletta Courier | World | Friday, June 10, 2005\n\n"
        "TUNIS, Jun 9 (TAP) - Malta and Tunisia on Thursday signed an agreement on fisheries cooperation in the "
        "Strait of Sicily after talks between their ministers.\n",
        "x.txt",
    )
    assert st.date == "2005-06-09"


def test_a_yearless_dateline_takes_the_one_year_the_text_names_in_which_its_weekday_fits():
    st = parse_statement(
        "Malta and Slovenia sign e-health memorandum\n\n"
        "VALLETTA, Mar 14 (MNA) -- Malta and Slovenia on Tuesday signed a memorandum on e-health cooperation.\n\n"
        "The two countries hold the Council presidency in turn in 2017 and 2021.\n",
        "x.txt",
    )
    assert st.date == "2017-03-14"  # (14 March 2017 was a Tuesday; in 2021 it was a Sunday)
    none = parse_statement(
        "Malta and Slovenia sign e-health memorandum\n\n"
        "VALLETTA, Mar 14 (MNA) -- Malta and Slovenia on Monday signed a memorandum on e-health cooperation.\n\n"
        "The two countries hold the Council presidency in turn in 2017 and 2021.\n",
        "x.txt",
    )
    assert none.date is None  # (neither year's 14 March was a Monday: no date is guessed)


def test_a_newspapers_day_above_a_story_dateline_a_day_earlier_gives_the_storys_date():
    st = parse_statement(
        "Estonia and Latvia agree on rail link\n\nThe Baltic Courier – Saturday, 14 March 2009\n\n"
        "TALLINN, Friday, 13 March 2009 – Estonia and Latvia will build the rail link together, according to a joint "
        "statement issued at the end of talks between their prime ministers.\n",
        "x.txt",
    )
    assert st.date == "2009-03-13"


def test_a_date_then_its_place_and_a_place_with_an_elided_article():
    uk = parse_statement(
        "Спільна заява\n\nМіністерство закордонних справ України\n\n5 березня 2004 року, м. Львів\n\n"
        "Міністри закордонних справ підписали спільну заяву.\n",
        "x.txt",
    )
    assert uk.date == "2004-03-05"
    es = parse_statement(
        "Declaración conjunta\n\nOficina de Información Diplomática\n\nSant Julià de Lòria, 9 de mayo de 2001\n\n"
        "Los dos ministros firmaron hoy la declaración.\n",
        "x.txt",
    )
    assert es.date == "2001-05-09"
    ca = parse_statement(
        "Declaració conjunta\n\nL'Hospitalet d'Urgell, 9 de maig de 2001\n\nEls dos ministres han signat la declaració.\n",
        "x.txt",
    )
    assert ca.date == "2001-05-09"


def test_an_agency_before_the_place_of_a_dateline_and_a_labelled_publication_date():
    wire = parse_statement(
        "Two ministers sign a ferry declaration\n(ANSA) - Bari, March 3 2004 - Italy and Croatia on Wednesday signed a "
        "joint declaration aimed at\nopening two more ferry lines across the Adriatic before the summer season.\n\n"
        "The ministers will report to the Transport Council in Luxembourg on June 10 2004.\n",
        "x.txt",
    )
    assert wire.date == "2004-03-03"
    page = parse_statement(
        "Wspólne oświadczenie\n\nMinisterstwo Infrastruktury\n\nMinistrowie podpisali w piątek wspólne oświadczenie "
        "w sprawie przejścia granicznego.\n\nObaj ministrowie przedstawią postępy na posiedzeniu Rady w dniu "
        "6 listopada 2005 r. w Brukseli.\n\n"
        "Data publikacji: 14.10.2005\n",
        "x.txt",
    )
    assert page.date == "2005-10-14"


def test_a_portuguese_signing_formula_with_a_contracted_preposition_and_a_place_of_several_words():
    st = parse_statement(
        "Declaração Conjunta\n\nNós, os Ministros da Cultura, reunidos na Ilha do Sal, recordando a Conferência de "
        "17 de Julho de 1996,\n\ndecidimos cooperar.\n\n"
        "Feito na Ilha do Sal, aos 3 de Dezembro de 1998, em dois exemplares em língua portuguesa.\n",
        "x.txt",
    )
    assert st.date == "1998-12-03"
