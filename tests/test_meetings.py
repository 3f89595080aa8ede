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


def test_the_meeting_is_named_after_its_verb_not_after_a_body_in_the_subject():
    meetings = held_and_referenced(
        "EU-Canada Summit Joint Statement\nSt. John's, 24 November 2023\n\n"
        "We, the President of the European Council, the President of the European Commission and the Prime Minister "
        "of Canada, met in St. John's on 23 and 24 November 2023 for the 19th EU-Canada Summit.\n"
    )
    assert meetings[0] == ("19th EU-Canada Summit", "2023-11-23", "held")


def test_abbreviations_do_not_end_a_sentence_and_declined_council_and_summit_names_count():
    meetings = held_and_referenced(
        "Deklaracja\n7.10.2019\n\n"
        "Ministrowie przedstawią deklarację na posiedzeniu Rady ds. Rolnictwa i Rybołówstwa 14–15 października w "
        "Luksemburgu oraz przed Radą Europejską 17–18 października w Brukseli. Miniștrii așteaptă ca Summitul NATO "
        "de la Washington din 9-11 iulie 2024 să transmită un mesaj.\n"
    )
    dates = {date for _, date, relation in meetings if relation == "referenced"}
    assert {"2019-10-14", "2019-10-17", "2024-07-09"} <= dates


def test_a_council_of_ministers_on_the_statements_weekday_is_held_and_a_future_one_referenced():
    meetings = held_and_referenced(
        "Erklärung von Meseberg\n19.06.2018, 21:47 Uhr\n\n"
        "Meseberg (dpa) - Deutschland und Frankreich wollen die Eurozone stärken. Darauf haben sich beide "
        "Regierungen am Dienstag beim Deutsch-Französischen Ministerrat auf Schloss Meseberg verständigt.\n\n"
        "Die Minister sahen dem OSZE-Ministerrat in Stockholm am 2. und 3. Dezember entgegen.\n"
    )
    assert ("Deutsch-Französischen Ministerrat", "2018-06-19", "held") in meetings
    assert any(date == "2018-12-02" and relation == "referenced" for _, date, relation in meetings)


def test_the_eurogroup_and_ecofin_meet():
    meetings = held_and_referenced(
        "Joint paper on the EMU\n6 March 2018\n\n"
        "Finance Ministers will discuss the subject at the Eurogroup in Brussels on 12 March, and ministers will "
        "meet again at the informal ECOFIN in Sofia on 27 April.\n"
    )
    assert {(date, relation) for _, date, relation in meetings} >= {("2018-03-12", "referenced"), ("2018-04-27", "referenced")}


def test_nordic_councils_finnish_summits_and_forums_in_compounds_are_meetings():
    meetings = held_and_referenced(
        "Fælles brev\n15. maj 2024\n\n"
        "Brevet vil blive drøftet, når ministrene mødes i Rådet for retlige og indre anliggender den 13.-14. juni i "
        "Luxembourg. Maat tuovat viestinsä YK:n pääsihteerin ilmastohuippukokoukseen, joka pidetään New Yorkissa "
        "23. syyskuuta 2019.\n"
    )
    assert {date for _, date, _ in meetings} >= {"2024-06-13", "2019-09-23"}


def test_a_meeting_after_which_they_signed_today_was_held_in_greek():
    meetings = held_and_referenced(
        "Κοινή δήλωση\nΑθήνα, 9 Ιουνίου 2020\n\n"
        "Ο Υπουργός Εξωτερικών Νίκος Παππάς υπέγραψε σήμερα, μετά τη συνάντησή τους στην Αθήνα, τη Συμφωνία.\n"
    )
    assert ("2020-06-09", "held") in {(date, relation) for _, date, relation in meetings}


def test_the_european_council_in_south_slavic_cases_and_a_slovene_range_of_days():
    meetings = held_and_referenced(
        "Skupna izjava\nLjubljana, 6. oktober 2021\n\n"
        "Voditelji so se danes srečali na Brdu. Temo bomo znova odprli na zasedanju Evropskega sveta 21. in 22. "
        "oktobra, potem ko smo jo potrdili na vrhu v Sofiji 17. maja 2018.\n"
    )
    assert {(date, relation) for _, date, relation in meetings} >= {
        ("2021-10-21", "referenced"),
        ("2018-05-17", "referenced"),
    }


def test_a_related_link_to_the_meeting_held_over_those_days_is_no_second_meeting():
    meetings = held_and_referenced(
        "Skupna izjava vrha EU-Rusija\nLjubljana, 27. junij 2008\n\n"
        "Voditelji so danes ob koncu 21. vrha EU-Rusija, ki je potekal 26. in 27. junija v Hanti-Mansijsku, "
        "sprejeli skupno izjavo.\n\n"
        "Sorodne vsebine: Vrh EU-Rusija, Hanti-Mansijsk, 26.-27. 6. 2008\n"
    )
    assert [relation for _, _, relation in meetings].count("held") == 1


def test_a_dateline_under_a_ministrys_name_a_label_and_a_page_date_places_the_meeting_signed_there_today():
    st = parse_statement(
        "Vertrag unterzeichnet\nBundesministerium des Innern\nPressemitteilung\n27.05.2005\n\nPrüm, 27. Mai 2005\n\n"
        "Der Bundesinnenminister hat heute gemeinsam mit seinen Amtskollegen aus Belgien und Spanien in der "
        "Eifelstadt Prüm einen Vertrag unterzeichnet.\n",
        "x.txt",
    )
    assert [(m.date, m.place, m.relation) for m in st.meetings] == [("2005-05-27", "Prüm", "held")]


def test_an_undated_copy_signed_in_a_place_on_a_weekday_places_the_meeting_there():
    st = parse_statement(
        "Ministers sign statement\nFriday, 13:15\n\n"
        "The ministers of Cyprus, Greece and Malta signed a joint statement in Valletta on Friday calling for "
        "more funding.\n",
        "x.txt",
    )
    assert [(m.date, m.place, m.relation) for m in st.meetings] == [(None, "Valletta", "held")]


def test_swedish_leaders_who_have_met_today_and_the_estonian_european_council():
    meetings = held_and_referenced(
        "Gemensamt uttalande\n14 juni 2001\n\n"
        "Statsministern och USA:s president har i dag, torsdagen den 14 juni 2001, träffats i Göteborg och antagit "
        "följande gemensamma uttalande.\n"
    )
    assert ("2001-06-14", "held") in {(date, relation) for _, date, relation in meetings}
    meetings = held_and_referenced(
        "Ühisavaldus\nPaldiski, 11. detsember 2019\n\n"
        "Räägime energiajulgeolekust ka homme algaval Euroopa Ülemkogul Brüsselis, mis toimub 12.–13. detsembril.\n"
    )
    assert ("2019-12-12", "referenced") in {(date, relation) for _, date, relation in meetings}


def test_one_meeting_over_the_same_days_named_twice_in_a_sentence_is_one():
    meetings = held_and_referenced(
        "Joint statement\nTokyo, 12 May 2022\n\n"
        "We look forward to meeting again at the G7 Summit in Elmau on 26-28 June 2022, the summit that will "
        "follow ours.\n"
    )
    assert len([m for m in meetings if m[1] == "2022-06-26"]) == 1


def test_a_month_before_its_day_ends_the_sentence_so_a_later_will_does_not_move_past_meetings_to_next_year():
    meetings = held_and_referenced(
        "Joint statement\nTokyo, September 27, 2019\n\n"
        "The Partnership builds on the principles endorsed at the G20 Osaka Summit on June 28 and 29, and on the "
        "26th Japan-EU Summit held in Brussels on April 25. Both sides will cooperate in transport and energy.\n"
    )
    assert ("2019-06-28", "referenced") in [(m[1], m[2]) for m in meetings]
    assert ("2019-04-25", "referenced") in [(m[1], m[2]) for m in meetings]


def test_a_meetings_month_is_read_in_the_statements_own_language():
    meetings = held_and_referenced(
        "Oświadczenie przywódców\nKijów, 26 listopada 2022 r.\n\n"
        "Przywódcy podpisali dziś w Kijowie wspólne oświadczenie. Przywódcy odnieśli się także do ustaleń szczytu "
        "G20 na Bali, który odbył się 15-16 listopada, oraz do wcześniejszych rozmów.\n"
    )
    assert ("2022-11-15", "referenced") in [(m[1], m[2]) for m in meetings]  # (in Croatian "listopad" is October)


def test_a_sentence_ends_before_a_capital_with_an_umlaut_so_the_next_ones_will_is_not_its_own():
    meetings = held_and_referenced(
        "Gemeinsame Presseerklärung\nBerlin, 14. September 2020\n\n"
        "Wir knüpfen an die Ergebnisse des EU-China-Gipfels vom 22. Juni an. Über die Beziehungen zu China wird auch "
        "der Europäische Rat beraten.\n"
    )
    assert ("2020-06-22", "referenced") in [(m[1], m[2]) for m in meetings]


def test_the_european_council_in_the_nordic_languages_is_a_meeting():
    meetings = held_and_referenced(
        "Avtalen undertegnet\nOslo, 18. mai 1999\n\n"
        "Formannskapet vil orientere om avtalen på Det europeiske råd i Köln 3.-4. juni.\n"
    )
    assert ("1999-06-03", "referenced") in [(m[1], m[2]) for m in meetings]


def test_a_statement_issued_at_a_meetings_close_was_made_at_that_meeting_on_its_day():
    meetings = held_and_referenced(
        "Gemeinsame Erklärung\nBerlin, 7. April 2016\n\n"
        "Die Bundeskanzlerin und der Präsident der Französischen Republik haben zum Abschluss des 18. "
        "Deutsch-Französischen Ministerrats in Metz die folgende gemeinsame Erklärung abgegeben:\n"
    )
    assert [(m[1], m[2]) for m in meetings] == [("2016-04-07", "held")]


def test_a_nordic_ministerial_conference_whose_days_cover_the_statements_is_held():
    meetings = held_and_referenced(
        "Pressemelding\nOslo, 15.06.2011\n\n"
        "Ministrene med ansvar for skog i Europa ble i dag enige om å starte forhandlinger om en avtale. Beslutningen "
        "ble tatt på FOREST EUROPE-ministerkonferansen, som holdes i Oslo 14.-16. juni.\n"
    )
    assert ("2011-06-14", "held") in [(m[1], m[2]) for m in meetings]


def test_a_host_who_welcomed_guests_tonight_to_a_summit_held_it():
    meetings = held_and_referenced(
        "Gemensamt uttalande\nStockholm den 4 september 2013\n\n"
        "Statsminister Erik Lindgren välkomnade i kväll sina nordiska kolleger till ett toppmöte i Stockholm. Efter "
        "en arbetsmiddag antog ledarna ett gemensamt uttalande.\n"
    )
    assert [(m[1], m[2]) for m in meetings] == [("2013-09-04", "held")]


def test_having_met_below_a_we_declarations_list_of_signers_is_its_meeting():
    meetings = held_and_referenced(
        "Declaration of the Ministers\nHome | Press | Regional Cooperation | Chairmanship 2014\nTirana, 12 June 2014\n\n"
        "We, the Ministers for Foreign Affairs of the Participating States of the Process,\n\n"
        "Mr Arben Koci, Minister of Foreign Affairs of the Republic of Albania, Mr Ivo Rajković, State Secretary in "
        "the Ministry of Foreign Affairs of the Republic of Croatia,\n\n"
        "having met in Tirana on 12 June 2014 at the Formal Meeting of the Ministers for Foreign Affairs,\n\n"
        "1. Reaffirm our commitment to good-neighbourly relations.\n"
    )
    assert ("2014-06-12", "held") in [(m[1], m[2]) for m in meetings]


def test_a_statement_adopted_at_the_close_of_a_meeting_in_romanian_was_made_there():
    meetings = held_and_referenced(
        "Declarație comună\nComunicat de presă\n14.03.2016\n\n"
        "Miniștrii afacerilor externe ai celor două țări s-au întâlnit la Iași. La finalul întâlnirii de la Iași, cei "
        "doi miniștri au adoptat următoarea declarație comună:\n"
    )
    assert ("2016-03-14", "held") in [(m[1], m[2]) for m in meetings]


def test_a_hungarian_session_held_on_the_statements_weekday_is_its_meeting():
    meetings = held_and_referenced(
        "Közös nyilatkozat\nFőoldal > Hírek\n\n2007. március 6., kedd\n\n"
        "A két kormányküldöttség kedden Szegeden ülésezett, hogy folytassa a tárgyalásokat a 2001. május 2-i "
        "megállapodás végrehajtásáról. Az ülés végén a két küldöttség vezetője az alábbi közös nyilatkozatot írta alá.\n"
    )
    assert [(m[1], m[2]) for m in meetings] == [("2007-03-06", "held")]


def test_governments_that_adopted_a_declaration_today_in_a_city_met_there():
    meetings = held_and_referenced(
        "Declaração conjunta\nInício > Comunicados\n2019-03-14 às 18h20\n\n"
        "Os Governos da República Portuguesa e do Reino da Bélgica adotaram hoje, em Lisboa, uma declaração conjunta "
        "sobre o aprofundamento das relações bilaterais.\n"
    )
    assert [(m[1], m[2]) for m in meetings] == [("2019-03-14", "held")]


def test_a_body_that_held_its_meeting_on_the_statements_weekday_met_then():
    meetings = held_and_referenced(
        "Assembly constituted\nPress release - External relations - 03-05-2011 - 18:12\n\n"
        "The Parliamentary Assembly, which brings together members of twelve parliaments, held its constituent "
        "meeting in Brussels on Tuesday. The two Co-Presidents then signed the following joint declaration:\n"
    )
    assert ("2011-05-03", "held") in [(m[1], m[2]) for m in meetings]


def test_ministers_who_held_talks_today_held_a_meeting():
    st = parse_statement(
        "Joint Statement\n\nNicosia, 11 March 2003\n\n"
        "The Minister of Foreign Affairs of Cyprus and the Minister of Foreign Affairs of Estonia held talks today "
        "at the Ministry of Foreign Affairs in Nicosia. At the end of their talks the two Ministers adopted the "
        "following Joint Statement:\n",
        "x.txt",
    )
    assert [(m.date, m.relation) for m in st.meetings] == [("2003-03-11", "held")]


def test_a_statement_adopted_on_the_statements_weekday_in_a_city_was_held_there():
    st = parse_statement(
        "Déclaration conjointe\n\nVilnius, le 11 octobre 2018\n\n"
        "La ministre des Affaires européennes et le vice-ministre des Affaires étrangères de Lituanie ont adopté "
        "ce jeudi à Vilnius, à l'issue de leur entretien, la déclaration suivante :\n",
        "x.txt",
    )
    assert [(m.date, m.place, m.relation) for m in st.meetings] == [("2018-10-11", "Vilnius", "held")]


def test_an_opening_paragraph_broken_into_lines_is_read_whole_for_its_meeting():
    st = parse_statement(
        "Wspólne oświadczenie\n\nWarszawa, 11 marca 2025\n\n"
        "Minister ds. Unii Europejskiej Rzeczypospolitej Polskiej oraz minister stanu ds. europejskich\n"
        "Irlandii spotkali się we wtorek w Warszawie. Po spotkaniu ministrowie przyjęli wspólne oświadczenie.\n",
        "x.txt",
    )
    assert [(m.date, m.relation) for m in st.meetings] == [("2025-03-11", "held")]


def test_talks_on_the_statements_weekday_in_french_and_a_romanian_thursday():
    fr = parse_statement(
        "Déclaration conjointe\n\nParis, le 5 juillet 2021\n\n"
        "Le secrétaire d'État chargé des affaires européennes et son homologue slovène se sont entretenus ce lundi "
        "à Paris. À l'issue de leur entretien, ils ont adopté la déclaration suivante :\n",
        "x.txt",
    )
    ro = parse_statement(
        "Declarație comună\n\nBucurești, 14 martie 2019\n\n"
        "Ministrul afacerilor externe l-a primit joi, la sediul MAE din București, pe ministrul afacerilor externe al "
        "Republicii Letonia. La finalul convorbirilor, cei doi miniștri au semnat o declarație comună.\n",
        "x.txt",
    )
    assert [(m.date, m.relation) for m in fr.meetings] == [("2021-07-05", "held")]
    assert [(m.date, m.relation) for m in ro.meetings] == [("2019-03-14", "held")]


def test_join_is_no_thursday():
    import datetime as dt

    from statements.parsing.dates import weekday_of

    assert weekday_of("We invite others to join us.", dt.date(2019, 3, 14)) is None
    assert weekday_of("s-au întâlnit joi la București", dt.date(2019, 3, 14)) is not None


def test_an_undated_agency_copy_signed_on_a_weekday_in_its_case_form_under_the_agencys_dateline():
    lv = parse_statement(
        "Latvija un Igaunija sadarbosies ūdeņraža jomā\nLETA | Ekonomika | otrdiena, 11:02\n\nValmiera, LETA.\n\n"
        "Ekonomikas ministrs Jānis Kalniņš un Igaunijas ekonomikas ministrs otrdien Valmierā parakstīja kopīgu "
        "paziņojumu par sadarbību ūdeņraža jomā.\n",
        "x.txt",
    )
    en = parse_statement(
        "Cyprus, Malta ministers call for common rules\nPolitics | Monday, 14:05\n\n"
        "NICOSIA (CNA) -- Transport Minister Andreas Georgiou and Malta's Minister for Transport issued a joint "
        "statement on Monday calling for common rules on ferry links.\n",
        "x.txt",
    )
    da = parse_statement(
        "Danmark og Finland vil styrke samarbejdet\nRitzau | onsdag kl. 13.47\n\n"
        "Miljøminister Karen Holmgaard og hendes finske kollega har onsdag i Aarhus underskrevet en fælles erklæring "
        "om havmiljøet.\n",
        "x.txt",
    )
    for st, place in ((lv, "Valmiera"), (en, "Nicosia"), (da, "Aarhus")):
        assert st.date is None
        assert [(m.date, m.relation, m.place) for m in st.meetings] == [(None, "held", place)]


def test_a_hyphened_meeting_name_stays_one_word():
    st = parse_statement(
        "Yhteinen julkilausuma\n\nHelsinki 3.10.2021\n\n"
        "Ministerit toivovat, että Eurooppa-neuvosto käsittelee asiaa 21.–22. lokakuuta 2021.\n",
        "x.txt",
    )
    assert [(m.name, m.date, m.relation) for m in st.meetings] == [("Eurooppa-neuvosto", "2021-10-21", "referenced")]


def test_a_climate_conference_by_its_number_and_as_the_short_name_of_the_one_before_it():
    st = parse_statement(
        "Joint statement\n\nApia, 3 June 2024\n\n"
        "Both sides will work together for an ambitious outcome at COP29 in Baku from 11 to 22 November 2024.\n\n"
        "They recalled the UN Climate Change Conference (COP28) in Dubai on 30 November 2023.\n",
        "x.txt",
    )
    assert [(m.name, m.date, m.relation) for m in st.meetings] == [
        ("COP29", "2024-11-11", "referenced"),
        ("UN Climate Change Conference", "2023-11-30", "referenced"),
    ]


def test_a_lithuanian_days_mark_ends_no_sentence():
    st = parse_statement(
        "Bendras pareiškimas\n\nVilnius, 2021 m. spalio 5 d.\n\n"
        "Tikimės, kad spalio 21–22 d. Briuselyje vyksiantis Europos Vadovų Tarybos susitikimas patvirtins ES "
        "įsipareigojimą.\n",
        "x.txt",
    )
    assert [(m.date, m.end_date, m.relation) for m in st.meetings] == [("2021-10-21", "2021-10-22", "referenced")]


def test_an_agency_first_dateline_and_slavic_verbs_of_meeting():
    it = parse_statement(
        "Italy, Malta sign joint statement\nPolitics | Tuesday 15:48\n\n"
        "(ANSA) - Rome - Italian Culture Undersecretary Marta Bellandi and Malta's minister for culture on Tuesday "
        "signed a joint statement on cultural heritage.\n",
        "x.txt",
    )
    sl = parse_statement(
        "Skupna izjava\n\nLjubljana, 17. oktober 2017\n\n"
        "Minister za kmetijstvo in danski minister za okolje sta se danes sestala v Ljubljani. Po pogovorih sta "
        "podpisala skupno izjavo.\n",
        "x.txt",
    )
    assert [(m.date, m.relation, m.place) for m in it.meetings] == [(None, "held", "Rome")]
    assert [(m.date, m.relation) for m in sl.meetings] == [("2017-10-17", "held")]


def test_an_agency_in_brackets_after_the_city_with_no_dash():
    st = parse_statement(
        "Sverige och Estland vill samarbeta\nTT Nyhetsbyrån\n\n"
        "Stockholm (TT) Sveriges näringsminister och Estlands ekonomiminister undertecknade på onsdagen en gemensam "
        "förklaring om samarbete.\n",
        "x.txt",
    )
    assert [(m.date, m.relation, m.place) for m in st.meetings] == [(None, "held", "Stockholm")]


def test_the_european_council_in_bulgarian_and_lithuanian():
    bg = parse_statement(
        "Съвместно изявление\n\nСофия, 14 юни 2018\n\n"
        "Ще работим заедно, за да може Европейският съвет на 28 и 29 юни в Брюксел да даде ясни насоки.\n",
        "x.txt",
    )
    lt = parse_statement(
        "Bendras pareiškimas\n\nVilnius, 2014 m. kovo 6 d.\n\n"
        "Ministrai tikisi, kad Europos Vadovų Taryba kovo 20–21 d. Briuselyje skirs dėmesio jaunimui.\n",
        "x.txt",
    )
    assert [(m.date, m.end_date, m.relation) for m in bg.meetings] == [("2018-06-28", "2018-06-29", "referenced")]
    assert [(m.date, m.end_date, m.relation) for m in lt.meetings] == [("2014-03-20", "2014-03-21", "referenced")]


def test_a_year_ends_a_sentence_and_presiding_over_the_council_is_no_meeting():
    cs = parse_statement(
        "Společné prohlášení\n\nPraha, 14. října 2008\n\n"
        "Hlavním tématem jednání byla zkušenost Portugalska z jeho předsednictví ve druhé polovině roku 2007. Po "
        "jednání v Lichtenštejnském paláci podepsali společné prohlášení.\n",
        "x.txt",
    )
    hr = parse_statement(
        "Zajednička izjava\n\nZagreb, 5. ožujka 2020.\n\n"
        "Hrvatska, koja od 1. siječnja predsjeda Vijećem Europske unije, i Švedska potpisale su izjavu.\n",
        "x.txt",
    )
    assert not [m for m in cs.meetings if m.relation == "referenced"]
    assert not [m for m in hr.meetings if m.date == "2020-01-01"]


def test_a_bodys_dated_document_or_act_is_no_meeting_but_the_meeting_that_acted_is():
    es = parse_statement(
        "Declaración conjunta\n\nMadrid, 11 de octubre de 2013\n\n"
        "Los ministros presentarán sus planes conforme a la Recomendación del Consejo de 22 de abril de 2013.\n\n"
        "La Estrategia Europa 2020, aprobada por el Consejo Europeo del 17 de junio de 2010, sigue vigente.\n",
        "x.txt",
    )
    assert [(m.date, m.relation) for m in es.meetings] == [("2010-06-17", "referenced")]


def test_a_deal_struck_at_a_trilogue_is_a_meeting_held_that_day():
    st = parse_statement(
        "Batteries: deal reached\nEuropean Parliament\nPress Releases\n\n09-12-2022 - 02:10\n\n"
        "Parliament and Council negotiators reached a provisional agreement in Brussels at the final round of "
        "interinstitutional negotiations (trilogue).\n",
        "x.txt",
    )
    assert [(m.name, m.date, m.relation, m.place) for m in st.meetings] == [
        ("trilogue", "2022-12-09", "held", "Brussels")
    ]


def test_a_dutch_council_compound_and_a_minister_received_today():
    nl = parse_statement(
        "Gezamenlijke verklaring\n\nDen Haag, 12 mei 2016\n\n"
        "De minister wil de afspraken op de Milieuraad van 20 juni in Luxemburg voorleggen.\n",
        "x.txt",
    )
    sl = parse_statement(
        "Skupna izjava\n\nLjubljana, 14. septembra 2004\n\n"
        "Minister za zunanje zadeve je danes v Ljubljani sprejel latvijskega zunanjega ministra.\n",
        "x.txt",
    )
    assert [(m.date, m.relation) for m in nl.meetings] == [("2016-06-20", "referenced")]
    assert [(m.date, m.relation) for m in sl.meetings] == [("2004-09-14", "held")]


def test_greek_ministers_signed_today_in_a_city_held_a_meeting():
    st = parse_statement(
        "Κοινή δήλωση Κύπρου – Αυστρίας\n\nΛευκωσία, 27 Φεβρουαρίου 2018\n\n"
        "Ο Υπουργός Υγείας και ο Ομοσπονδιακός Υπουργός Υγείας της Αυστρίας υπέγραψαν σήμερα στη Λευκωσία κοινή δήλωση "
        "για τις σπάνιες παθήσεις.\n",
        "x.txt",
    )
    assert [(m.date, m.relation) for m in st.meetings] == [("2018-02-27", "held")]
    assert [s.country for s in st.signatories] == ["Cyprus", "Austria"]


def test_a_hungarian_council_by_its_capital_and_a_bodys_act_before_it():
    st = parse_statement(
        "Közös nyilatkozat\nKormány\n\n2024. június 18.\n\n"
        "A két ország üdvözli, hogy az Általános Ügyek Tanácsa június 25-én Luxembourgban kormányközi konferenciákat "
        "tarthat.\n\nA miniszterek emlékeztettek arra, hogy a stratégiát 2011. június 24-én fogadta el az Európai "
        "Tanács.\n",
        "x.txt",
    )
    assert [(m.name, m.date, m.relation) for m in st.meetings] == [
        ("Általános Ügyek Tanácsa", "2024-06-25", "referenced")
    ]


def test_a_greek_council_in_the_genitive_and_a_councils_resolutions():
    st = parse_statement(
        "Κοινή Δήλωση\nΥπουργείο Εξωτερικών\n\nΛευκωσία, 12 Φεβρουαρίου 2009\n\n"
        "Οι δύο Υπουργοί θα συντονιστούν ενόψει του Ευρωπαϊκού Συμβουλίου της 19ης και 20ής Μαρτίου στις Βρυξέλλες.\n\n"
        "Πενήντα χρόνια μετά την εισβολή της 20ής Ιουλίου 1974, στη βάση των ψηφισμάτων του Συμβουλίου Ασφαλείας.\n",
        "x.txt",
    )
    assert [(m.date, m.end_date, m.relation) for m in st.meetings] == [("2009-03-19", "2009-03-20", "referenced")]


def test_a_council_being_prepared_is_referenced_ahead_however_far_its_date():
    st = parse_statement(
        "Wspólne oświadczenie ministrów\nMON\n\n29.10.2014\n\n"
        "Będziemy współpracować przy przygotowaniu posiedzenia Rady do Spraw Ogólnych z udziałem ministrów spraw "
        "europejskich 18 listopada w Brukseli.\n",
        "x.txt",
    )
    assert [(m.date, m.relation) for m in st.meetings] == [("2014-11-18", "referenced")]


def test_signed_where_a_case_ending_says_on_the_statements_own_weekday_is_a_meeting_held_there():
    st = parse_statement(
        "Latvijas un Igaunijas kopīgs paziņojums\nZemkopības ministrija\n\n2017. gada 15. februāris\n\n"
        "Latvijas zemkopības ministrs Jānis Ozoliņš un Igaunijas lauku lietu ministrs Tõnis Kask trešdien, "
        "15. februārī, Valmierā parakstīja kopīgu paziņojumu par sadarbību.\n",
        "x.txt",
    )
    assert [(m.date, m.relation, m.place) for m in st.meetings] == [("2017-02-15", "held", "Valmierā")]


def test_a_statement_issued_today_in_the_margins_of_a_summit_was_issued_at_it():
    st = parse_statement(
        "EU-Canada: joint statement on fisheries\nEuropean Commission\nIP/99/123\nOttawa, 17 June 1999\n\n"
        "The Commissioner for Fisheries and the Canadian Minister of Fisheries today issued the following joint "
        "statement in the margins of the EU-Canada Summit in Ottawa:\n\n\"Both sides will cooperate.\"\n",
        "x.txt",
    )
    assert [(m.name, m.date, m.relation, m.place) for m in st.meetings] == [
        ("EU-Canada Summit", "1999-06-17", "held", "Ottawa")
    ]


def test_a_council_under_way_elsewhere_since_yesterday_is_referenced_not_where_the_text_was_issued():
    st = parse_statement(
        "Gemeinsame Erklärung zur Grenzregion\nBundesministerium\n\nKehl, 21. Februar 2020\n\n"
        "Die beiden Staatssekretäre haben heute in Kehl eine gemeinsame Erklärung unterzeichnet.\n\n"
        "Beide Seiten verweisen auf die Beratungen des Europäischen Rates, der seit gestern, dem 20. Februar 2020, "
        "in Brüssel tagt.\n",
        "x.txt",
    )
    assert [(m.date, m.relation) for m in st.meetings] == [("2020-02-21", "held"), ("2020-02-20", "referenced")]


def test_a_meeting_held_on_the_day_before_and_the_statements_day_starts_the_day_before():
    st = parse_statement(
        "EP and Korean parliamentarians meet\nEuropean Parliament\nStrasbourg, 28 November 2019\n\n"
        "Members of the European Parliament and of the National Assembly of Korea held their 20th EU-Korea "
        "Interparliamentary Meeting in Strasbourg on Wednesday and Thursday.\n",
        "x.txt",
    )
    assert [(m.date, m.end_date, m.relation) for m in st.meetings] == [("2019-11-27", "2019-11-28", "held")]


def test_conclusions_adopted_by_a_council_there_on_a_day_were_adopted_at_its_meeting():
    st = parse_statement(
        "Joint statement on better regulation\nGovernment.nl\n\nThe Hague, 10 March 2015\n\n"
        "The two ministers recall the conclusions adopted by the Competitiveness Council in Brussels on 2 March.\n",
        "x.txt",
    )
    assert [(m.date, m.relation) for m in st.meetings if m.date != "2015-03-10"] == [("2015-03-02", "referenced")]


def test_a_statement_issued_after_a_meeting_on_its_own_weekday_was_issued_at_that_meeting():
    st = parse_statement(
        "MEPs and Nepali lawmakers call for climate finance\nNews European Parliament\n\n"
        "MEPs and Nepali lawmakers call for climate finance\nPress Releases\n14-06-2023 - 17:05\n\n"
        "Lena Aaltonen, chair of the delegation for relations with South Asia, and Hari Prasad Koirala, chair of the "
        "international relations committee of the Federal Parliament of Nepal, issued the following joint statement "
        "after their interparliamentary meeting in Strasbourg on Wednesday:\n",
        "x.txt",
    )
    assert [(m.name, m.date, m.place, m.relation) for m in st.meetings] == [
        ("meeting", "2023-06-14", "Strasbourg", "held")
    ]


def test_agreed_within_a_videoconference_on_the_statements_weekday_and_a_day_from_which_a_rule_applies():
    st = parse_statement(
        "Gemeinsame Erklärung der Verkehrsminister Österreichs und Sloweniens\nBundesministerium für Verkehr\n\n"
        "15.03.2023\n\n"
        "Die Bundesministerin für Verkehr der Republik Österreich und der Verkehrsminister der Republik Slowenien haben "
        "sich am Mittwoch im Rahmen einer Videokonferenz auf die folgende gemeinsame Erklärung verständigt:\n\n"
        "„Die Grenzkontrollen sollen ab dem 30. Juni 2023 entfallen, sofern der Rat der Europäischen Union zustimmt.“\n",
        "x.txt",
    )
    assert [(m.name, m.date, m.relation) for m in st.meetings] == [("Videokonferenz", "2023-03-15", "held")]


def test_two_signers_who_signed_with_a_hungarian_singular_verb_on_the_statements_weekday_met_there():
    st = parse_statement(
        "Közös nyilatkozat a Szeged–Szabadka vasútvonalról\nKormany.hu\n\n2017. március 9.\n\n"
        "Vértesi Ákos innovációs és technológiai miniszter és Dragan Milošević, Szerbia közlekedési minisztere "
        "csütörtökön Szegeden közös nyilatkozatot írt alá a vasútvonal felújításáról.\n",
        "x.txt",
    )
    assert [(m.date, m.relation) for m in st.meetings] == [("2017-03-09", "held")]


def test_a_joint_declaration_made_today_in_a_city_in_dutch_was_made_at_a_meeting_there():
    st = parse_statement(
        "Nederland en België over de Schelde\nMet dank overgenomen van Ministerie van Infrastructuur, gepubliceerd op "
        "dinsdag 10 mei 2022.\n\n"
        "Minister Joris van Teeffelen van Infrastructuur en de Belgische minister van Mobiliteit Lotte Verhaegen "
        "hebben vandaag in Antwerpen een gezamenlijke verklaring afgelegd over de toegankelijkheid van de haven.\n",
        "x.txt",
    )
    assert [(m.date, m.relation) for m in st.meetings] == [("2022-05-10", "held")]


def test_a_hungarian_host_who_received_a_guest_on_the_statements_weekday_met_there_and_a_state_is_no_place():
    st = parse_statement(
        "Magyar–szlovén közös nyilatkozat\nKormany.hu\n\n2019. október 8.\n\n"
        "Bakóczi Tamás agrárminiszter kedden Budapesten fogadta a Szlovén Köztársaság mezőgazdasági miniszterét. "
        "A megbeszélést követően a két miniszter közös nyilatkozatot írt alá.\n",
        "x.txt",
    )
    assert [(m.date, m.place, m.relation) for m in st.meetings] == [("2019-10-08", None, "held")]


def test_a_romanian_statement_signed_today_la_a_city_was_signed_at_a_meeting_there():
    st = parse_statement(
        "Declarație comună a României și a Regatului Danemarcei privind energia eoliană\nMinisterul Energiei\n\n"
        "Joi, 20 mai 2021\n\n"
        "Ministrul energiei al României și ministrul climei al Regatului Danemarcei au semnat astăzi, la Constanța, o "
        "declarație comună privind energia eoliană offshore.\n",
        "x.txt",
    )
    assert [(m.date, m.place, m.relation) for m in st.meetings] == [("2021-05-20", "Constanța", "held")]


def test_a_romanian_first_name_is_no_slavic_council():
    st = parse_statement(
        "Declarație comună a României și a Belgiei\nMinisterul Cercetării\n\nMarți, 9 aprilie 2024\n\n"
        "Ministrul cercetării, Radu Constantinescu, și ministrul belgian al digitalizării au semnat astăzi, la "
        "București, o declarație comună privind inteligența artificială.\n",
        "x.txt",
    )
    assert [(m.name, m.date, m.relation) for m in st.meetings] == [("meeting", "2024-04-09", "held")]


def test_a_conference_that_opens_today_elsewhere_and_runs_until_a_day_is_referenced_from_today():
    st = parse_statement(
        "Declaration by the High Representative on behalf of the EU on the Review Conference\n\n"
        "Brussels, 5 May 2014\n\n"
        "The European Union welcomes the Review Conference of the States Parties, which opens today in Vienna and "
        "runs until 9 May, and calls on all States to take part.\n",
        "x.txt",
    )
    assert [(m.date, m.end_date, m.relation) for m in st.meetings] == [("2014-05-05", "2014-05-09", "referenced")]


def test_a_ministrys_long_name_over_its_sites_address_is_no_opening_paragraph():
    st = parse_statement(
        "Déclaration conjointe franco-italienne sur les lanceurs\n"
        "Ministère de l'Enseignement supérieur, de la Recherche et de l'Innovation de la République française\n"
        "recherche.gouv.fr\n\nParis, le 2 décembre 2014\n\n"
        "En marge du Conseil de l'Agence spatiale européenne au niveau ministériel, réuni ce mardi à Luxembourg, la "
        "secrétaire d'État chargée de la Recherche et le ministre italien de l'Université ont adopté la déclaration "
        "conjointe suivante :\n",
        "x.txt",
    )
    assert [(m.date, m.relation) for m in st.meetings] == [("2014-12-02", "held")]


def test_a_hungarian_aláírta_on_the_statements_weekday_where_the_dateline_says_is_a_meeting_there():
    st = parse_statement(
        "Közös nyilatkozat a két miniszter találkozójáról\nKormány\n\nDebrecen, 2005. május 10.\n\n"
        "Magyarország külügyminisztere és Szlovénia külügyminisztere kedden Debrecenben tárgyalásai végén aláírta a "
        "közös nyilatkozatot.\n",
        "x.txt",
    )
    assert [(m.date, m.relation) for m in st.meetings] == [("2005-05-10", "held")]


def test_bulgarian_a_statement_made_after_the_meeting_and_a_council_that_sat_yesterday():
    st = parse_statement(
        "Съвместно изявление на двамата министри\nМинистерство на външните работи\n\n15.03.2011\n\n"
        "Министърът на външните работи на България и министърът на външните работи на Гърция направиха след срещата "
        "си в Пловдив следното съвместно изявление:\n\n"
        "„Съветът по външни работи, заседавал вчера в Брюксел, подкрепи нашето предложение.“\n",
        "x.txt",
    )
    assert [(m.date, m.relation) for m in st.meetings] == [("2011-03-15", "held"), ("2011-03-14", "referenced")]


def test_a_dutch_council_compound_in_a_later_bullet_is_a_meeting():
    st = parse_statement(
        "Nederland en Estland ondertekenen verklaring over bodembeheer\nMinisterie van LNV\n\n12 maart 2019\n\n"
        "De ministers van Landbouw van Nederland en Estland hebben vandaag in Den Haag een verklaring over "
        "bodembeheer ondertekend.\n\nZij spraken af:\n"
        "- het onderwerp in te brengen tijdens de Landbouw- en Visserijraad van 18 juni in Luxemburg.\n",
        "x.txt",
    )
    assert ("2019-06-18", "referenced") in [(m.date, m.relation) for m in st.meetings]


def test_a_swedish_council_configuration_compound_is_a_meeting_and_a_research_council_is_not():
    text = (
        "Gemensamt uttalande om sillen i Östersjön\nRegeringskansliet\n\nPublicerad 3 oktober 2022\n\n"
        "Ministrarna träffades i Stockholm. Sverige och Finland driver frågan inför jordbruks- och fiskerådet den "
        "17–18 oktober i Luxemburg. Underlaget kommer från havsforskningsrådet den 30 september.\n"
    )
    meetings = [(m.date, m.relation) for m in parse_statement(text, "x.txt").meetings]
    assert ("2022-10-17", "referenced") in meetings
    assert ("2022-09-30", "referenced") not in meetings


def test_an_agreements_own_day_after_a_meeting_noun_is_no_meeting():
    st = parse_statement(
        "Joint communiqué of the EU-Namibia Political Dialogue\n\nWindhoek, 4 May 2016\n\n"
        "1. The two sides, who met in Windhoek, reaffirmed the value of the political dialogue provided for in "
        "Article 8 of the Partnership Agreement signed on 23 June 2000.\n",
        "x.txt",
    )
    assert "2000-06-23" not in [m.date for m in st.meetings]


def test_the_day_a_conference_was_first_planned_for_is_no_meeting():
    text = (
        "Joint statement on the donors' conference\n\nBrussels, 20 March 2023\n\n"
        "The ministers met in Brussels today at the donors' conference. The conference had originally been scheduled "
        "for 16 March but was moved in agreement with the host.\n"
    )
    assert "2023-03-16" not in [m.date for m in parse_statement(text, "x.txt").meetings]


def test_a_sentence_that_opens_with_its_dateline_and_signs_today_is_a_meeting_there():
    st = parse_statement(
        "Gemeinsame Erklärung Österreichs und Sloweniens zum Wolf\nBundesministerium\n\n"
        "Graz, 14. Mai 2024 – Bei einem Arbeitsgespräch im Landhaus haben die Landwirtschaftsminister Österreichs und "
        "Sloweniens heute eine gemeinsame Erklärung zum Herdenschutz unterzeichnet.\n",
        "x.txt",
    )
    assert [(m.date, m.place, m.relation) for m in st.meetings] == [("2024-05-14", "Graz", "held")]


def test_a_czech_minister_who_met_his_guest_today_held_a_meeting():
    st = parse_statement(
        "Společné prohlášení ministrů zemědělství\nMinisterstvo zemědělství\n\n"
        "Brno 4. října 2019 – Ministr zemědělství Karel Dvořáček se dnes v Brně setkal s rakouskou ministryní "
        "zemědělství Annou Grubnerovou. Oba ministři navštívili vinice v okolí Brna a na radnici podepsali společné "
        "prohlášení k budoucnosti vinařství.\n",
        "x.txt",
    )
    assert [(m.date, m.relation) for m in st.meetings] == [("2019-10-04", "held")]


def test_a_press_releases_highlights_under_its_title_are_no_opening_paragraph():
    st = parse_statement(
        "Declaración conjunta de España y Portugal sobre el hidrógeno\nMinisterio para la Transición Ecológica\n\n"
        "Madrid, lunes 7 de noviembre de 2022\n\n"
        "- España y Portugal piden una estrategia coordinada de la Unión Europea y de sus Estados miembros sobre el "
        "hidrógeno\n- Ambos países impulsarán el corredor de hidrógeno entre la península y Francia\n\n"
        "La vicepresidenta tercera del Gobierno ha recibido este lunes, en la sede del Ministerio, al ministro de "
        "Ambiente de Portugal. Tras la reunión, ambos han suscrito la siguiente declaración conjunta.\n",
        "x.txt",
    )
    assert [(m.date, m.relation) for m in st.meetings] == [("2022-11-07", "held")]


def test_a_meeting_held_yesterday_beside_todays_is_referenced_the_day_before():
    st = parse_statement(
        "Joint statement on the border\n\nBrussels, 12 May 2010\n\n"
        "The Vice-President of the Commission and the Minister of the Interior of Malta met in Brussels today and "
        "issued the following joint statement:\n\n"
        '"We welcome the commitment made at the meeting of senior officials held in Brussels yesterday."\n',
        "x.txt",
    )
    assert [(m.date, m.relation) for m in st.meetings] == [("2010-05-12", "held"), ("2010-05-11", "referenced")]


def test_a_meeting_held_on_the_day_before_and_the_statements_own_weekday_was_held_there():
    st = parse_statement(
        "EU-Armenia parliamentarians call for visa liberalisation\nEuropean Parliament\n\n"
        "Press release - External relations - 14-11-2018 - 16:05\n\n"
        "Members of the European Parliament and of the National Assembly of Armenia called for faster progress at the "
        "end of the 19th EU-Armenia Parliamentary Cooperation Committee meeting, held in Strasbourg on Tuesday and "
        "Wednesday.\n",
        "x.txt",
    )
    held = [(m.date, m.end_date, m.place) for m in st.meetings if m.relation == "held"]
    assert held == [("2018-11-13", "2018-11-14", "Strasbourg")]


def test_a_day_since_when_or_some_weeks_from_the_meeting_is_not_its_day():
    st = parse_statement(
        "Nederland en België werken samen aan visserijcontrole\n\n"
        "Den Haag, 12 maart 2019\n\n"
        "Tijdens hun ontmoeting op het ministerie bespraken de ministers ook de regels, die sinds 1 januari van kracht "
        "zijn.\n\n"
        "The meeting took place a few weeks after the Commission recommended on 13 February to open the talks.\n",
        "x.txt",
    )
    assert [m.date for m in st.meetings if m.relation == "referenced"] == []


def test_an_events_long_span_beside_the_statements_weekday_is_not_the_meetings():
    st = parse_statement(
        "Skupna izjava Slovenije in Finske o športu\n\n"
        "Ljubljana, 3. marca 2023\n\n"
        "Ob svetovnem prvenstvu, ki v Planici poteka od 21. februarja do 5. marca, sta se v petek v Planici sestala "
        "ministra za šport.\n",
        "x.txt",
    )
    assert [(m.date, m.end_date) for m in st.meetings if m.relation == "held"] == [("2023-03-03", None)]


def test_a_portuguese_forum_and_an_italian_session_are_meetings():
    st = parse_statement(
        "Declaração conjunta sobre o oceano\n\nLisboa, 16 de fevereiro de 2022\n\n"
        "As duas ministras participarão no Fórum Oceano, que se realiza em Paris de 2 a 4 de março.\n",
        "x.txt",
    )
    assert ("2022-03-02", "2022-03-04") in [(m.date, m.end_date) for m in st.meetings]
    st = parse_statement(
        "Dichiarazione congiunta sulla dieta\n\nRoma, 17 novembre 2010\n\n"
        "I ministri hanno seguito la sessione del Comitato a Nairobi dal 15 al 19 novembre.\n",
        "x.txt",
    )
    assert ("2010-11-15", "2010-11-19") in [(m.date, m.end_date) for m in st.meetings]


def test_the_mornings_session_is_no_meeting_of_tomorrow():
    st = parse_statement(
        "Declaración conjunta sobre la sequía\n\nCórdoba, 15 de marzo de 2024\n\n"
        "Los ministros han firmado hoy en Córdoba una declaración conjunta.\n\n"
        "El comisario europeo ha asistido como invitado y ha intervenido en la sesión de la mañana.\n",
        "x.txt",
    )
    assert "2024-03-16" not in [m.date for m in st.meetings]


def test_a_finnish_council_compound_is_a_meeting_but_the_government_is_not():
    st = parse_statement(
        "Suomen ja Viron yhteinen julkilausuma\n\nHelsinki 11.10.2018\n\n"
        "Ministerit tuovat asian esiin liikenneneuvostossa 3. joulukuuta Brysselissä.\n",
        "x.txt",
    )
    assert ("2018-12-03", "referenced") in [(m.date, m.relation) for m in st.meetings]


def test_a_council_that_set_something_is_this_years_though_the_sentence_says_will():
    st = parse_statement(
        "Commission welcomes ferry link\n\nBrussels, 9 September 1999\n\n"
        "The new link will bring the ports closer, following the guidelines set by the Tampere "
        "European Council of 15 and 16 June on transport.\n",
        "x.txt",
    )
    assert [(m.date, m.end_date) for m in st.meetings] == [("1999-06-15", "1999-06-16")]


def test_a_conference_that_opened_yesterday_and_runs_until_a_day_is_referenced_from_yesterday():
    st = parse_statement(
        "Joint press release\n\nLomé, 01.12.2023\n\n"
        "While the Biodiversity Conference goes on in Montreal, where it opened yesterday and will run until 12 December, "
        "the two sides called for an ambitious outcome.\n",
        "x.txt",
    )
    assert [(m.date, m.end_date, m.relation) for m in st.meetings] == [("2023-11-30", "2023-12-12", "referenced")]


def test_another_events_day_written_after_it_is_no_meetings_day():
    st = parse_statement(
        "Joint press release\n\nNiamey, 07/11/2022\n\n"
        "Recalling the presidential election of 21 February 2021, the Union encouraged an open dialogue with all "
        "parties. It was the first session held as a Partnership Dialogue since the initialling, on 2 June 2019, "
        "of the new agreement.\n",
        "x.txt",
    )
    assert [m.date for m in st.meetings if m.relation == "referenced"] == []


def test_two_sides_that_held_the_named_dialogue_today_held_it_there():
    st = parse_statement(
        "Joint press release\n\nNiamey, 07/11/2022\n\n"
        "The European Union and Niger held the annual EU-Niger Political Dialogue at the foreign ministry in Niamey today.\n",
        "x.txt",
    )
    assert [(m.date, m.place, m.relation) for m in st.meetings] == [("2022-11-07", "Niamey", "held")]


def test_a_conference_that_opened_on_a_day_and_runs_until_another_spans_both():
    st = parse_statement(
        "Joint press release\n\nNiamey, 09/11/2022\n\n"
        "Both sides looked forward to the Climate Change Conference, which opened on 3 November in Cairo and runs "
        "until 14 November.\n",
        "x.txt",
    )
    assert [(m.date, m.end_date, m.relation) for m in st.meetings] == [("2022-11-03", "2022-11-14", "referenced")]


def test_a_german_council_named_by_its_ministers_is_the_meeting_of_its_day():
    st = parse_statement(
        "Gemeinsame Erklärung\n\nLinz, 18.11.2022\n\nDie Partner wollen das Thema im Rat der "
        "EU-Verkehrsministerinnen und -minister am 5. Dezember in Brüssel ansprechen.\n",
        "x.txt",
    )
    assert [(m.name, m.date) for m in st.meetings] == [
        ("Rat der EU-Verkehrsministerinnen und -minister", "2022-12-05")
    ]


def test_a_romance_meetings_name_runs_on_through_its_capitalised_words():
    st = parse_statement(
        "Declaração conjunta\n\nLisboa, 5 de julho de 2012\n\nOs dois Primeiros-Ministros vão coordenar-se na Conferência "
        "de Ministros da Saúde da CPLP, em Luanda, a 14 de julho.\n",
        "x.txt",
    )
    assert [(m.name, m.date) for m in st.meetings] == [("Conferência de Ministros da Saúde da CPLP", "2012-07-14")]


def test_the_councils_header_in_another_language_is_no_meeting_held():
    st = parse_statement(
        "Kõrge esindaja deklaratsioon Euroopa Liidu nimel Mali kohta\nEUROOPA LIIDU NÕUKOGU ET\nBrüssel, 3. märts 2016\n\n"
        "Euroopa Liit tervitab rahulepet.\n",
        "x.txt",
    )
    assert st.meetings == ()


def test_a_bodys_document_dated_after_the_body_and_a_states_accession_give_no_meetings_day():
    st = parse_statement(
        "Deklaratsioon\n\nBrüssel, 7. aprill 2014\n\nEL tunnustab ÜRO Julgeolekunõukogu 3. märtsi 2001. aasta "
        "resolutsiooniga asutatud tribunali tööd.\n",
        "x.txt",
    )
    assert st.meetings == ()
    st = parse_statement(
        "Skupna izjava\n\nLjubljana, 11. april 2024\n\nSrečanje je bilo v letu, ko Hrvaška praznuje deset "
        "let članstva v Evropski uniji, h kateri je pristopila 1. julija 2013.\n",
        "x.txt",
    )
    assert "2013-07-01" not in [m.date for m in st.meetings]


def test_political_consultations_held_today_are_a_meeting_of_no_name():
    st = parse_statement(
        "Declarație comună\n\nData publicării: 19.05.2015\n\n"
        "Guvernul României și Guvernul Republicii Chile au adoptat marți, după consultările politice "
        "desfășurate la sediul ministerului din București, următoarea declarație comună:\n",
        "x.txt",
    )
    assert [(m.name, m.date, m.relation) for m in st.meetings] == [("meeting", "2015-05-19", "held")]


def test_at_their_meeting_on_the_statements_weekday_is_held_that_day():
    st = parse_statement(
        "EU-Jordan: MEPs call for reform\n\n27-11-2018 - 17:52\n\n"
        "Members of the European Parliament and of the Jordanian Parliament urged reforms at their joint committee "
        "meeting in Strasbourg on Tuesday.\n",
        "x.txt",
    )
    assert [(m.date, m.place, m.relation) for m in st.meetings] == [("2018-11-27", "Strasbourg", "held")]


def test_an_undated_copy_whose_second_paragraph_says_where_the_ministers_met_holds_that_meeting():
    st = parse_statement(
        "Arvenia and Borland extend border patrols\nAgency English\nWednesday, 11:02\n\n"
        "KESTREL - Arvenia and Borland will share their weather radars, their transport ministers said on Wednesday "
        "after a day of talks on the safety of mountain roads.\n\n"
        "The two ministers met at the old customs house in Kestrel, where they signed a joint statement on radars.\n\n"
        "They will report to the Justice and Home Affairs Council on 13 June.\n",
        "x.txt",
    )
    assert st.date is None
    assert [(m.date, m.place, m.relation) for m in st.meetings] == [(None, "Kestrel", "held")]


def test_an_undated_czech_copy_in_which_the_ministers_published_a_joint_statement_holds_their_meeting():
    st = parse_statement(
        "Česko a Rakousko chrání vinice\nAgentura\nčtvrtek 11:40\n\n"
        "Brno - Ministři zemědělství Česka a Rakouska ve čtvrtek v Brně po jednání zveřejnili společné prohlášení o "
        "ochraně vinic před suchem a o společném výzkumu odrůd.\n",
        "x.txt",
    )
    assert [(m.date, m.place, m.relation) for m in st.meetings] == [(None, "Brno", "held")]


def test_a_slavic_councils_configuration_after_for_names_the_meeting_and_may_run_far_from_its_date():
    st = parse_statement(
        "Zajednička izjava\n\nZagreb, 20. rujna 2019.\n\n"
        "Ministri su potpisali zajedničku izjavu. Prijedloge će ministri iznijeti na "
        "sjednici Vijeća za zaštitu okoliša, klimu i energetsku učinkovitost 14. listopada u Luxembourgu.\n",
        "x.txt",
    )
    assert [(m.name, m.date, m.relation) for m in st.meetings if m.relation == "referenced"] == [
        ("Vijeća za zaštitu okoliša, klimu i energetsku učinkovitost", "2019-10-14", "referenced")
    ]
    # (a relative clause after the configuration is no part of it)
    st = parse_statement(
        "Společné prohlášení\n\nPraha, 5. září 2018\n\nMinistři podepsali společné prohlášení. Postoj představí na "
        "zasedání Rady pro dopravu, které se uskuteční 3. prosince v Bruselu.\n",
        "x.txt",
    )
    assert [m.name for m in st.meetings if m.relation == "referenced"] == ["Rady pro dopravu"]


def test_a_declaration_signed_at_a_video_meeting_holds_that_meeting_on_the_statements_day():
    st = parse_statement(
        "Joint declaration\n\nPublished 9 March 2021\n\nArvenia and Borland signed on Tuesday a joint declaration on "
        "electric roads. The declaration was signed at a video meeting between Kestrel and Falcon.\n",
        "x.txt",
    )
    assert [(m.date, m.relation) for m in st.meetings] == [("2021-03-09", "held")]
    # (but an agreement signed at a summit of another year is that summit's)
    st = parse_statement(
        "Joint declaration\n\nPublished 9 March 2021\n\nArvenia and Borland want electric roads. The treaty was "
        "signed at the Kestrel Summit in 2015.\n",
        "x.txt",
    )
    assert st.meetings == ()


def test_a_conventions_signing_day_after_its_long_name_is_no_meeting_of_its_conference():
    st = parse_statement(
        "Declaração conjunta\n\nLisboa, 18 de julho de 2008\n\n"
        "Os Governos reunidos em Lisboa no quadro da Conferência das Partes da Convenção sobre a Cooperação para a "
        "Protecção das Águas das Bacias Hidrográficas, assinada em Albufeira a 30 de Novembro de 1998, reconhecem a "
        "necessidade de rever o regime de caudais.\n",
        "x.txt",
    )
    assert "1998-11-30" not in [m.date for m in st.meetings]


def test_a_day_right_before_on_the_margins_of_a_summit_is_that_summits():
    st = parse_statement(
        "Joint press statement\n\nBrussels, 19 November 2019\n\nThe Council welcomed the Agreement, signed in "
        "Brussels on 24 November 2017 on the margins of the Arvenia Partnership Summit and applied since 1 June 2018.\n",
        "x.txt",
    )
    assert ("Arvenia Partnership Summit", "2017-11-24", "referenced") in [
        (m.name, m.date, m.relation) for m in st.meetings
    ]


def test_talks_held_today_and_a_meeting_chaired_today_and_a_statement_published_after_a_meeting_are_held():
    cases = [
        "Joint statement\n\nKestrel, 11 October 2008\n\nTonight, after talks held in Kestrel between their teams, the "
        "transport ministers of Arvenia and Borland agreed on this joint statement:\n",
        "Dichiarazione congiunta\n\nData: 27/02/2024\n\nIl Ministro degli Esteri e il Ministro degli Esteri della "
        "Repubblica di Malta hanno presieduto oggi a Roma la riunione del Comitato dei Ministri.\n",
        "Zajednička izjava\n\nSplit, 4. studenoga 2010.\n\nMinistri kulture dviju zemalja danas su obišli Dioklecijanovu "
        "palaču. Nakon sastanka u Muzeju grada ministri su objavili ovu zajedničku izjavu:\n",
    ]
    for text in cases:
        st = parse_statement(text, "x.txt")
        assert [(m.date, m.relation) for m in st.meetings] == [(st.date, "held")], text


def test_czech_conferences_and_summits_in_any_case_and_a_german_council_that_met_yesterday_are_meetings():
    st = parse_statement(
        "Společné prohlášení\n\nPraha, 5. března 2024\n\nMinistři podepsali prohlášení. Na konferenci o obnově "
        "infrastruktury v Lyonu 26. února se k iniciativě přidaly další státy a postup sladí před summitem NATO ve "
        "Washingtonu 9.-11. července.\n",
        "x.txt",
    )
    assert {m.date for m in st.meetings if m.relation == "referenced"} == {"2024-02-26", "2024-07-09"}
    st = parse_statement(
        "Gemeinsame Erklärung\n\nWien, 21. März 2025\n\nDie Ministerinnen unterzeichneten heute in Wien die Erklärung. "
        "Beide lobten den Rat der Umweltminister, der gestern in Luxemburg getagt hat.\n",
        "x.txt",
    )
    assert ("2025-03-20", "referenced") in [(m.date, m.relation) for m in st.meetings]


def test_a_range_with_articles_between_its_days_dates_a_meeting_announced_with_will():
    from statements.parsing.dates import find_dates

    assert [(d.to_date(2022).isoformat(), d.to_end_date(2022).isoformat()) for d in find_dates("vom 6. bis zum 18. November")] == [
        ("2022-11-06", "2022-11-18")
    ]
    st = parse_statement(
        "Fælles erklæring\n\nBruxelles, 13. september 2022\n\nMinistrene underskrev i dag erklæringen. Landene vil "
        "drøfte sagen på FN's klimatopmøde COP30 i Belém, som afholdes fra den 10. til den 21. november.\n",
        "x.txt",
    )
    assert ("2022-11-10", "2022-11-21", "referenced") in [(m.date, m.end_date, m.relation) for m in st.meetings]


def test_a_swedish_host_who_received_a_guest_today_and_slovak_intergovernmental_consultations_are_held():
    st = parse_statement(
        "Gemensamt uttalande\n\nPublicerad 16 maj 2023\n\nJustitieministern tog i dag emot Finlands justitieminister i "
        "Göteborg. Samtalet gällde gränsöverskridande brottslighet.\n",
        "x.txt",
    )
    assert [(m.date, m.relation) for m in st.meetings] == [("2023-05-16", "held")]
    st = parse_statement(
        "Spoločné vyhlásenie\n\n22. apríla 2022\n\nPremiéri dnes v Žiline na záver druhých "
        "slovensko-maďarských medzivládnych konzultácií schválili spoločné vyhlásenie o doprave.\n",
        "x.txt",
    )
    assert [(m.date, m.relation) for m in st.meetings] == [("2022-04-22", "held")]


def test_signers_who_met_today_apart_from_a_conference_under_way_hold_both():
    st = parse_statement(
        "Joint statement\n\nRiga, 14 May 2003\n\nThe Prime Ministers of Lithuania and Finland, who attend the Baltic "
        "Forum on energy held in Riga on 13 and 14 May, met today at the Castle and adopted the following statement.\n",
        "x.txt",
    )
    held = [(m.date, m.end_date) for m in st.meetings if m.relation == "held"]
    assert ("2003-05-13", "2003-05-14") in held
    assert ("2003-05-14", None) in held


def test_a_polish_having_met_today_is_a_held_meeting():
    st = parse_statement(
        "Wspólne oświadczenie\n\nKraków, 5 maja 2004 r.\n\nMy, ministrowie kultury Polski i Słowacji, spotkawszy się "
        "dziś w Krakowie, przyjmujemy następujące oświadczenie.\n",
        "x.txt",
    )
    assert ("2004-05-05", "held") in [(m.date, m.relation) for m in st.meetings]


def test_signers_having_met_after_their_offices_below_a_two_line_heading_hold_a_meeting():
    st = parse_statement(
        "JOINT DECLARATION ON RIVER NAVIGATION\nBETWEEN THE GOVERNMENT OF A AND\nTHE GOVERNMENT OF B\n\n"
        "The Minister of Transport of the Republic of Lithuania and the Minister of Transport of the Republic of "
        "Belarus, having met in Druskininkai on 3 July 1996,\n\nRecalling their earlier talks,\n\n"
        "Have agreed as follows:\n\n1. Navigation on the river shall be free.\n\nDone at Druskininkai, 3 July 1996.\n",
        "x.txt",
    )
    assert ("1996-07-03", "held") in [(m.date, m.relation) for m in st.meetings]


def test_the_second_paragraph_that_issues_the_statement_at_the_end_of_a_meeting_holds_it():
    st = parse_statement(
        "Parliamentarians urge a trade deal\n\nPress release - 9 May 2017\n\n"
        "The co-chairs of the EU-Peru Joint Committee asked on Tuesday for an early deal on services.\n\n"
        "Ana Viltoft, chair of Parliament's delegation, and Diego Quispe Huamán, chair of the Peruvian delegation, "
        "issued the following joint statement at the end of the meeting of the EU-Peru Joint Committee in Brussels:\n",
        "x.txt",
    )
    assert ("2017-05-09", "held") in [(m.date, m.relation) for m in st.meetings]


def test_a_nordic_agreed_today_in_a_place_holds_a_meeting():
    st = parse_statement(
        "Gemensamt uttalande\n\nPublicerad 4 juni 2019\n\nVi, Sveriges och Estlands utbildningsministrar, har i dag i "
        "Tallinn enats om ett närmare samarbete om lärarutbildning.\n",
        "x.txt",
    )
    assert ("2019-06-04", "held") in [(m.date, m.relation) for m in st.meetings]


def test_an_undated_finnish_or_estonian_copy_whose_ministers_issued_a_joint_statement_on_a_weekday_holds_a_meeting():
    for text in (
        "Suomi ja Viro sopivat\nSTT | Kotimaa | tiistai 11.20\n\nOULU (STT) Ministerit antoivat tiistaina Oulussa "
        "yhteisen julkilausuman rautatieyhteyksistä.\n",
        "Eesti ja Soome leppisid kokku\nBNS | esmaspäev, 12:10\n\nTARTU, BNS – Ministrid andsid esmaspäeval Tartus "
        "välja ühisavalduse raudteeühenduste kohta.\n",
    ):
        st = parse_statement(text, "x.txt")
        assert st.date is None
        assert [(m.date, m.relation) for m in st.meetings] == [(None, "held")], text


def test_a_bulgarian_host_who_received_a_guest_today_holds_a_meeting():
    st = parse_statement(
        "Съвместна декларация\n\n12.03.2019\n\nМинистърът на земеделието прие днес в Пловдив министъра на "
        "земеделието на Република Сърбия.\n",
        "x.txt",
    )
    assert ("2019-03-12", "held") in [(m.date, m.relation) for m in st.meetings]


def test_accession_talks_opened_on_a_day_are_no_meeting_but_an_accession_conference_is():
    st = parse_statement(
        "Spoločné vyhlásenie\n\nBratislava, 12. decembra 2023\n\nKomisia odporučila otvoriť s Moldavskom prístupové "
        "rokovania 8. novembra 2023.\n",
        "x.txt",
    )
    assert "2023-11-08" not in [m.date for m in st.meetings]
    st = parse_statement(
        "Zajednička izjava\n\nZagreb, 9. travnja 2012.\n\nHrvatska je poglavlje o ribarstvu zatvorila na pristupnoj "
        "konferenciji 21. ožujka 2012. u Bruxellesu.\n",
        "x.txt",
    )
    assert ("2012-03-21", "referenced") in [(m.date, m.relation) for m in st.meetings]


def test_signed_today_at_a_place_the_patterns_do_not_know_holds_a_meeting():
    st = parse_statement(
        "Dichiarazione congiunta\n\nData: 12/09/2016\n\nRoma - I due ministri della cultura hanno firmato oggi "
        "alla Galleria Borghese una dichiarazione sul restauro delle opere d'arte.\n",
        "x.txt",
    )
    assert ("2016-09-12", "held") in [(m.date, m.relation) for m in st.meetings]


def test_a_lithuanian_council_configurations_sitting_on_a_day_without_its_year_is_referenced():
    st = parse_statement(
        "Lietuvos ir Estijos žemės ūkio ministrų bendras pareiškimas\n\n2016 m. vasario 18 d.\n\n"
        "Žemės ūkio ministrai šiandien Kaune pasirašė bendrą pareiškimą.\n\n"
        "Ministrai savo poziciją pristatys Žemės ūkio ir žuvininkystės tarybos posėdyje kovo 14 d. Briuselyje.\n",
        "x.txt",
    )
    assert ("referenced", "2016-03-14") in [(m.relation, m.date) for m in st.meetings]
    parliament = parse_statement(
        "Bendras pareiškimas\n\n2016 m. kovo 11 d.\n\nŠiandien minime, kad 1990 m. kovo 11 d. Aukščiausioji Taryba "
        "atkūrė nepriklausomybę.\n",
        "x.txt",
    )
    assert all(m.date != "1990-03-11" for m in parliament.meetings)  # (a parliament, in capitals, no meeting)


def test_more_verbs_of_meeting_in_hungarian_romanian_and_polish():
    texts = [
        "Közös nyilatkozat\n\nKözlekedési Minisztérium\n\n2012. március 6.\n\nA két miniszter kedden Győrben tárgyalást "
        "folytatott, majd közös nyilatkozatot írt alá.\n",
        "Declarație comună\n\nData: 06.03.2012\n\nMinistrul de externe s-a întâlnit marți, la Iași, cu omologul său "
        "moldovean. Cei doi miniștri au semnat o declarație comună.\n",
        "Wspólne oświadczenie\n\n06.03.2012\n\nMinister Zdrowia oraz minister zdrowia Republiki Litewskiej spotkały się "
        "we wtorek w Sejnach i przyjęły wspólne oświadczenie.\n",
    ]
    for text in texts:
        st = parse_statement(text, "x.txt")
        assert ("held", "2012-03-06") in [(m.relation, m.date) for m in st.meetings], text[:40]


def test_a_slovenian_host_who_met_and_a_spanish_held_meeting_of_work():
    st = parse_statement(
        "Skupna izjava\n\nLjubljana, 3. marec 2011\n\nMinister za zunanje zadeve se je danes v Ljubljani sestal z "
        "ministrom za zunanje zadeve Albanije. Ministra sta podpisala skupno izjavo.\n",
        "x.txt",
    )
    assert ("held", "2011-03-03") in [(m.relation, m.date) for m in st.meetings]
    es = parse_statement(
        "Declaración conjunta\n\nMadrid, 2 de junio de 2022\n\nLa ministra de Sanidad y el ministro de Salud de la "
        "República Eslovaca han mantenido hoy una reunión.\n",
        "x.txt",
    )
    assert ("held", "2022-06-02") in [(m.relation, m.date) for m in es.meetings]
    kept = parse_statement(
        "Declaración conjunta\n\nMadrid, 2 de junio de 2022\n\nLos dos Gobiernos han mantenido hoy su apoyo a la "
        "candidatura.\n",
        "x.txt",
    )
    assert not [m for m in kept.meetings if m.relation == "held"]  # (support maintained: no meeting)


def test_a_place_after_a_capital_preposition_opening_the_sentence_and_never_an_offices_portfolio():
    st = parse_statement(
        "Wspólne oświadczenie\n\n12.03.2019\n\nW Rzeszowie spotkali się Minister Rolnictwa i Rozwoju Wsi Zdzisław "
        "Kowalczyk-Bór oraz Minister Gospodarki Morskiej i Żeglugi Śródlądowej Henryk Sowiński.\n",
        "x.txt",
    )
    assert [(m.relation, m.place) for m in st.meetings] == [("held", "Rzeszowie")]
