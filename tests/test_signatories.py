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


def test_a_nationality_adjective_in_a_role_names_the_country_and_leaves_the_role():
    from statements.parsing.names import clean_role

    assert clean_role("il Ministro francese dell'Agricoltura") == ("Ministro dell'Agricoltura", "France", None)
    assert clean_role("den österreichischen Bundesminister für Inneres") == (
        "Bundesminister für Inneres",
        "Austria",
        None,
    )
    assert clean_role("la Ministra austriaca per il Clima")[1] == "Austria"  # a variant's name: "tedesco austriaco"
    assert clean_role("polského prezidenta")[1] == "Poland"
    assert clean_role("de Duitse minister van Buitenlandse Zaken")[1] == "Germany"
    # words that only look like one keep the role whole
    assert clean_role("Ministro degli Affari Esteri e della Cooperazione Internazionale")[1] is None


def test_the_language_named_after_a_country_stands_for_it_and_no_other():
    from statements.parsing.countries import nationality_adjective

    assert nationality_adjective("portoghese") == "Portugal"  # not Brazil, where most speak it
    assert nationality_adjective("europeo") is None  # "portoghese europeo" names no country
    assert nationality_adjective("catalano") is None  # Catalan is not Canada's


def test_slovenian_in_after_a_list_of_names_is_and_but_in_after_one_name_is_a_place():
    from statements.parsing.names import names_in
    from statements.parsing.people import PeopleRegistry

    listed = names_in(
        "Izjavo so podpisali Boštjan Vrhovnik, Ivana Lovrić, Emir Halilović in Jelena Stanković.", PeopleRegistry()
    )
    assert [n.text for n in listed] == ["Boštjan Vrhovnik", "Ivana Lovrić", "Emir Halilović", "Jelena Stanković"]
    one = names_in("The Minister met Ana Novak in Brussels.", PeopleRegistry())
    assert [n.text for n in one] == ["Ana Novak"]


def test_letters_after_a_name_are_not_part_of_it():
    from statements.parsing.people import PeopleRegistry
    from statements.parsing.signatories import _from_list

    found = _from_list(
        "The Taoiseach, Fergal Ó Ceallaigh TD, and the Prime Minister of Lithuania, Gediminas Rimkus",
        (),
        PeopleRegistry(),
    )
    assert [(s.name, s.role, s.country) for s in found] == [
        ("Fergal Ó Ceallaigh", "Taoiseach", "Ireland"),  # (the office names its country)
        ("Gediminas Rimkus", "Prime Minister", "Lithuania"),
    ]


def test_a_clause_before_the_role_word_is_cut_but_a_role_with_commas_stays_whole():
    from statements.parsing.names import clean_role

    assert clean_role("reunión ministerial del MED5, en la que han participado el ministro del Interior")[0] == (
        "ministro del Interior"
    )
    assert clean_role("Deputy Prime Minister, Minister of Foreign Affairs")[0] == (
        "Deputy Prime Minister, Minister of Foreign Affairs"
    )
    after_name = (
        ", Minister of Foreign Affairs and Expatriates of the Hashemite Kingdom of Jordan, for the Trilateral Meeting"
    )
    assert clean_role(after_name)[:2] == ("Minister of Foreign Affairs and Expatriates", "Jordan")


def test_country_names_are_read_in_the_cases_statements_write_them():
    from statements.parsing.countries import find_countries

    declined = {
        "premierzy Litwy, Łotwy i Danii": ["Lithuania", "Latvia", "Denmark"],  # short Polish names' genitive
        "ministr zahraničí Litvy": ["Lithuania"],
        "ministri Grčke i Češke": ["Greece", "Czechia"],  # Croatian short names in -čka, -ška
        "ο Πρωθυπουργός της Ελλάδος": ["Greece"],  # the formal genitive
        "Suomen tasavallan puolesta": ["Finland"],
    }
    for text, countries in declined.items():
        assert [c for _, _, c in find_countries(text)] == countries, text


def test_a_signature_block_says_on_behalf_of_before_or_after_the_country():
    st = parse_statement(
        "Joint declaration on grid interconnection\nTallinn, 4 October 2023\n\n"
        "The ministers agreed on a common plan for the region.\n\n"
        "Eesti Vabariigi nimel\nKalev Ilves\nmajandus- ja taristuminister\n\n"
        "V imenu Republike Slovenije\nTadej Brezovar\nminister za okolje, podnebje in energijo\n",
        "x.txt",
    )
    assert [(s.name, s.country) for s in st.signatories] == [("Kalev Ilves", "Estonia"), ("Tadej Brezovar", "Slovenia")]


def test_closing_lines_of_role_name_and_country_sign():
    st = parse_statement(
        "Felles erklæring\n3. mars 2024\n\nMinistrene ble enige om et tettere samarbeid.\n\n"
        "Utenriksminister Ingrid Dahl, Norge\nUtenriksminister Anna Lindqvist, Sverige\n",
        "x.txt",
    )
    assert [(s.name, s.role, s.country) for s in st.signatories] == [
        ("Ingrid Dahl", "Utenriksminister", "Norway"),
        ("Anna Lindqvist", "Utenriksminister", "Sweden"),
    ]


def test_a_country_in_brackets_after_a_name_is_that_signers():
    st = parse_statement(
        "Joint statement\n3 March 2024\n\nPrime Minister Kalev Tamm (Estonia), Prime Minister Ilze Bērziņa (Latvia) "
        "and Prime Minister Rimas Jonaitis (Lithuania) adopted the following statement.\n",
        "x.txt",
    )
    assert [(s.name, s.role, s.country) for s in st.signatories] == [
        ("Kalev Tamm", "Prime Minister", "Estonia"),
        ("Ilze Bērziņa", "Prime Minister", "Latvia"),
        ("Rimas Jonaitis", "Prime Minister", "Lithuania"),
    ]


def test_a_counterpart_named_by_nationality_signs_for_that_state():
    st = parse_statement(
        "Déclaration commune\n3 mars 2024\n\nLa ministre française de l'Europe et des affaires étrangères, Claire "
        "Martin, et son homologue belge, Lieven Peeters, ont signé aujourd'hui une déclaration commune.\n",
        "x.txt",
    )
    assert [(s.name, s.country) for s in st.signatories] == [("Claire Martin", "France"), ("Lieven Peeters", "Belgium")]


def test_countries_opening_a_news_report_of_their_statement_sign_as_such():
    st = parse_statement(
        "Four net payers issue a joint statement on the EU budget\n3 March 2024\n\n"
        "The Netherlands, Austria, Sweden and Finland call for a smaller EU budget in a joint statement "
        "published on Tuesday.\n\nDenmark took part in the talks but did not sign.\n",
        "x.txt",
    )
    assert [(s.name, s.country) for s in st.signatories] == [
        (None, "Netherlands"),
        (None, "Austria"),
        (None, "Sweden"),
        (None, "Finland"),
    ]


def test_a_government_signs_through_its_minister_and_bodies_after_and_by_sign_too():
    st = parse_statement(
        "EU and Ukraine sign a joint declaration\n23 March 2009\n\n"
        "The declaration was signed by Prime Minister Larysa Horobets on behalf of the Government of Ukraine, and by "
        "the European Commission, the European Investment Bank and the World Bank.\n",
        "x.txt",
    )
    assert [(s.name, s.country, s.organisation) for s in st.signatories] == [
        ("Larysa Horobets", "Ukraine", None),
        (None, None, "European Commission"),
        (None, None, "European Investment Bank"),
        (None, None, "World Bank"),
    ]


def test_a_title_after_an_article_is_no_registry_surname():
    from statements.parsing import Knowledge
    from statements.parsing.people import PeopleRegistry, Person

    people = PeopleRegistry((Person(slug="julian-king", name="Julian King", organisation="European Commission"),))
    st = parse_statement(
        "Joint statement of the MED9 leaders\n3 March 2024\n\n"
        "Prime Minister Matej Novak hosted the leaders of the Mediterranean EU Member States in Portorož today. The "
        "leaders of Cyprus, France and Spain were joined by the President of the European Commission and, as guest "
        "of honour, by the King of Jordan and the Crown Prince.\n\n"
        "The working session focused on energy. A separate joint statement on the Middle East was adopted with "
        "Jordan.\n",
        "x.txt",
        Knowledge(people=people),
    )
    assert all(s.name != "Julian King" for s in st.signatories)


def test_offices_listed_between_two_names_sign_unnamed_and_the_capacity_stays_with_its_holder():
    st = parse_statement(
        "Cimeira UE-Brasil\n4 de julho de 2007\n\n"
        "O Primeiro-Ministro de Portugal, Rui Tavares Lobo, na qualidade de Presidente do Conselho Europeu, assistido "
        "pelo Alto Representante, o Presidente da Comissão Europeia e o Presidente da República Federativa do Brasil, "
        "Paulo Mendes Ribeiro, reuniram-se hoje em Lisboa.\n",
        "x.txt",
    )
    assert [(s.name, s.organisation, s.country) for s in st.signatories] == [
        ("Rui Tavares Lobo", None, "Portugal"),
        (None, "European Commission", None),
        ("Paulo Mendes Ribeiro", None, "Brazil"),
    ]


def test_a_name_before_a_long_role_is_read_whole_and_a_links_i_leaves_no_and_in_the_role():
    st = parse_statement(
        "Joint statement on the anniversary\n4 November 2025\n\n"
        "Victor Ciobanu, Deputy Prime Minister and Chair of the Committee of Ministers, Petros Vlachakis, President "
        "of the Parliamentary Assembly, and Matthias Gerber, Secretary General of the Council of Europe, issued the "
        "following statement:\n\n"
        "On the same day, Vice-President Aino Lehtinen i and Commissioner for Trade Lukas Brandstätter i met.\n",
        "x.txt",
    )
    assert [s.name for s in st.signatories] == ["Victor Ciobanu", "Petros Vlachakis", "Matthias Gerber"]
    st = parse_statement(
        "Joint statement\n3 May 2024\n\n"
        "On World Press Freedom Day, Vice-President Aino Lehtinen i and Commissioner for Trade Lukas Brandstätter i "
        "made the following statement:\n",
        "x.txt",
    )
    assert [(s.name, s.role) for s in st.signatories] == [
        ("Aino Lehtinen", "Vice-President"),
        ("Lukas Brandstätter", "Commissioner for Trade"),
    ]


def test_co_chairs_between_dashes_sign_by_office_and_the_high_representative_for_the_union():
    st = parse_statement(
        "Conference on the future of the region: co-chairs' statement\n30 June 2025\n\n"
        "The co-chairs of the Conference – the High Representative of the Union for Foreign Affairs and Security "
        "Policy/Vice-President of the European Commission and the Commissioner for the Mediterranean – and the "
        "Minister for Foreign Affairs of Jordan, Samir Haddadin, issue the following joint statement.\n\n"
        "The meeting took place at 10 Downing Street.\n",
        "x.txt",
    )
    assert [(s.name, s.organisation) for s in st.signatories] == [
        (None, "European Union"),
        (None, "European Commission"),
        ("Samir Haddadin", None),
    ]


def test_menus_are_no_paragraphs_and_heads_of_state_after_a_participle_sign_for_their_countries():
    st = parse_statement(
        "Joint declaration on defence\n"
        "[ARCHIVED CONTENT] This page has been archived and is no longer updated. Archived on 1 May 2008.\n"
        "Home | News | Latest news | Speeches | Publications | About us\n"
        "You are here: Home > Newsroom > Archive 1998\n\n"
        "4 December 1998\n\n"
        "The following declaration was issued today at the close of the summit held on 3 and 4 December 1998.\n\n"
        "Meeting in Saint-Malo, the Heads of State and Government of the United Kingdom and of France have agreed "
        "on the following points:\n",
        "x.txt",
    )
    assert [s.country for s in st.signatories] == ["United Kingdom", "France"]


def test_the_governments_of_two_countries_as_the_subject_sign_as_countries():
    st = parse_statement(
        "Gezamenlijke verklaring\n27-03-2023\n\n"
        "De regeringen van Nederland en Duitsland hielden vandaag in Rotterdam hun vierde regeringsconsultaties.\n",
        "x.txt",
    )
    assert [s.country for s in st.signatories] == ["Netherlands", "Germany"]


def test_the_council_agreeing_on_its_own_page_signs_and_its_number_is_read_between_pipes():
    st = parse_statement(
        "Statement on the situation by the EU Ministers of Home Affairs\n"
        "Source: Council of the European Union (Council) i, published on Tuesday, August 31 2021, 18:10.\n"
        "Council of the EU | Press release | 642/21 | 31/08/2021\n\n"
        "The EU Ministers of Home Affairs met today in Brussels for an extraordinary Council. The Council agreed on "
        "the following\n",
        "x.txt",
    )
    assert [s.organisation for s in st.signatories] == ["Council of the European Union"]
    assert "642/21" in st.identifiers
    dated = parse_statement("Benelux\nBenelux Unie | Persbericht | 30/10/2023\n\nDe premiers kwamen samen.\n", "x.txt")
    assert dated.identifiers == ()


def test_an_office_with_no_country_before_the_countries_is_the_publishers_own():
    st = parse_statement(
        "España y Alemania firman un Plan de Acción\nLa Moncloa\nGobierno de España\n"
        "A Coruña, miércoles 5 de octubre de 2022\n\n"
        "El presidente del Gobierno y el canciller federal de la República Federal de Alemania han firmado hoy en A "
        "Coruña una declaración conjunta.\n",
        "x.txt",
    )
    assert [(s.role, s.country) for s in st.signatories][0] == ("presidente del Gobierno", "Spain")
    st = parse_statement(
        "Deutschland und Frankreich unterzeichnen Erklärung\n19.06.2018\n\n"
        "Meseberg (dpa) - Deutschland und Frankreich wollen die Eurozone stärken. Die Bundeskanzlerin und der "
        "französische Staatspräsident unterzeichneten am Abend eine gemeinsame Erklärung.\n",
        "x.txt",
    )
    assert [(s.role, s.country) for s in st.signatories] == [
        ("Bundeskanzlerin", "Germany"),
        ("Staatspräsident", "France"),
    ]


def test_signers_after_a_verb_first_sentence_with_their_nationality_adjectives():
    st = parse_statement(
        "Gemeinsame Erklärung\nGlasgow, 11.11.2021\n\n"
        "Die Umweltminister Deutschlands und Dänemarks haben heute eine gemeinsame Erklärung vorgestellt. "
        "Unterzeichnet haben Bundesumweltministerin Katrin Wendling sowie der dänische Minister für Klima, Energie "
        "und Versorgung Rasmus Brødsgaard.\n",
        "x.txt",
    )
    assert [(s.name, s.country) for s in st.signatories] == [
        ("Katrin Wendling", "Germany"),
        ("Rasmus Brødsgaard", "Denmark"),
    ]


def test_a_host_signing_together_with_countries_and_the_commission_and_a_region_is_no_name():
    st = parse_statement(
        "Rijnoeverstaten maken afspraken\n13 februari 2020\n\n"
        "Minister van Infrastructuur en Waterstaat Anouk Verschoor heeft donderdag in Amsterdam samen met de "
        "ministers en vertegenwoordigers van Zwitserland, Frankrijk, Duitsland en België en de Europese Commissie "
        "het communiqué van de 16e Rijnministersconferentie ondertekend. België werd op de conferentie "
        "vertegenwoordigd door het Waals Gewest.\n",
        "x.txt",
    )
    assert [(s.name, s.organisation, s.country) for s in st.signatories] == [
        ("Anouk Verschoor", None, None),
        (None, None, "Switzerland"),
        (None, None, "France"),
        (None, None, "Germany"),
        (None, None, "Belgium"),
        (None, "European Commission", None),
    ]


def test_plural_nouns_and_adjectives_of_romance_languages_are_no_names():
    st = parse_statement(
        "Declaração de Lisboa – II Cimeira para as Interligações Energéticas\n2018-07-27 às 19h40\n\n"
        "O Presidente da República Francesa, o Primeiro-Ministro de Portugal, o Presidente do Governo de Espanha e o "
        "Comissário Europeu para a Ação Climática e Energia assinaram esta sexta-feira, em Lisboa, a Declaração de "
        "Lisboa, no final da II Cimeira para as Interligações Energéticas.\n",
        "x.txt",
    )
    assert not any(s.name for s in st.signatories)
    assert [s.country or s.organisation for s in st.signatories] == [
        "France",
        "Portugal",
        "Spain",
        "European Commission",
    ]


def test_countries_listed_before_their_office_sign_in_a_postposing_language():
    st = parse_statement(
        "Közös nyilatkozatot fogadtak el\nFrissítve: kedd, 17:42\n\n"
        "Pozsony, kedd (MTI) – Az Európai Unió bővítésének gyorsítását sürgeti az a közös nyilatkozat, amelyet a "
        "négy visegrádi ország – Csehország, Lengyelország, Magyarország és Szlovákia –, valamint Albánia és Szerbia "
        "külügyminiszterei fogadtak el kedden Pozsonyban.\n",
        "x.txt",
    )
    assert [(s.role, s.country) for s in st.signatories] == [
        ("külügyminiszter", c) for c in ("Czechia", "Poland", "Hungary", "Slovakia", "Albania", "Serbia")
    ]


def test_a_bodys_verb_of_regret_ends_its_subject_so_no_name_is_read_from_the_clause_after_it():
    st = parse_statement(
        "Russland: Erklärung des Hohen Vertreters im Namen der EU zu den Präsidentschaftswahlen\n18. März 2024\n\n"
        "Die Europäische Union bedauert, dass Russland keine Wahlbeobachterinnen und Wahlbeobachter des Büros für "
        "demokratische Institutionen und Menschenrechte der OSZE eingeladen hat.\n",
        "x.txt",
    )
    assert [(s.name, s.organisation) for s in st.signatories] == [(None, "European Union")]


def test_a_block_for_an_office_without_its_holders_name_signs_beside_named_blocks():
    st = parse_statement(
        "Gemeinsame Erklärung\nBern, 20.12.2024\n\n"
        "Die beiden Präsidentinnen unterzeichneten die folgende gemeinsame Erklärung.\n\n"
        "Die Verhandlungen sind abgeschlossen.\n\n"
        "Für die Schweizerische Eidgenossenschaft\nCornelia Aebischer\nBundespräsidentin\n\n"
        "Für die Europäische Kommission\nDie Präsidentin der Europäischen Kommission\n",
        "x.txt",
    )
    assert [(s.name, s.organisation, s.country) for s in st.signatories] == [
        ("Cornelia Aebischer", None, "Switzerland"),
        (None, "European Commission", None),
    ]


def test_post_nominal_letters_with_dots_are_no_part_of_the_name():
    st = parse_statement(
        "Joint paper\n6 March 2018\n\n"
        "Today, the Minister for Finance, Declan Horgan T.D., together with his counterparts from Denmark, Estonia "
        "and Finland, published a joint paper.\n",
        "x.txt",
    )
    assert "Declan Horgan" in [s.name for s in st.signatories]


def test_greek_offices_between_countries_and_a_summit_in_the_genitive_is_no_name():
    st = parse_statement(
        "Κοινό Ανακοινωθέν της 3ης Διακυβερνητικής Συνόδου Ελλάδας – Κύπρου\n"
        "Αθήνα, Τετάρτη 12 Νοεμβρίου 2025\n\n"
        "Ο Πρωθυπουργός της Ελληνικής Δημοκρατίας και ο Πρόεδρος της Κυπριακής Δημοκρατίας προήδρευσαν σήμερα της "
        "3ης Διακυβερνητικής Συνόδου Ελλάδας – Κύπρου.\n",
        "x.txt",
    )
    assert [(s.name, s.role, s.country) for s in st.signatories] == [
        (None, "Πρωθυπουργός", "Greece"),
        (None, "Πρόεδρος", "Cyprus"),
    ]


def test_a_quotation_mark_after_the_last_name_of_a_block_is_no_part_of_it():
    st = parse_statement(
        "Dichiarazione congiunta\nBerlino, 22 novembre 2023\n\n"
        "I due governi hanno firmato la seguente dichiarazione:\n\n"
        "\"Le relazioni sono strette.\n\n"
        "Per il Governo della Repubblica Italiana\nIl Presidente del Consiglio dei Ministri\nGiovanna Marcellini\n\n"
        "Per il Governo della Repubblica Federale di Germania\nIl Cancelliere Federale\nMatthias Reinholz\"\n",
        "x.txt",
    )
    assert [(s.name, s.country) for s in st.signatories] == [
        ("Giovanna Marcellini", "Italy"),
        ("Matthias Reinholz", "Germany"),
    ]


def test_an_institutions_office_unnamed_under_a_signed_in_place_on_date_by_heading():
    st = parse_statement(
        "Joint Declaration of the Commissioner and the Ministers\nStatement | 28 September 2020 | Palanga\n\n"
        "Today the Commissioner and the ministers signed the following declaration.\n\n"
        "We commit to a cleaner sea.\n\n"
        "Signed in Palanga on 28 September 2020 by:\n\n"
        "The Commissioner for Environment, Oceans and Fisheries, for the European Commission\n"
        "Signe Hvidbjerg, Minister for Environment, Denmark\n"
        "Rein Kuusemets, Minister of the Environment, Estonia\n",
        "x.txt",
    )
    assert [(s.name, s.organisation, s.country) for s in st.signatories] == [
        (None, "European Commission", None),
        ("Signe Hvidbjerg", None, "Denmark"),
        ("Rein Kuusemets", None, "Estonia"),
    ]


def test_an_eu_office_beside_embassies_signs_for_the_union_and_a_statement_of_a_day_names_no_signer():
    st = parse_statement(
        "Dichiarazione congiunta delle Ambasciate di Francia, Germania e Italia e dell'Ufficio dell'Unione europea "
        "in Kosovo\nData: 28/05/2023\n\n"
        "Le Ambasciate hanno diffuso oggi la seguente dichiarazione congiunta:\n\n"
        "\"Due giorni dopo la nostra dichiarazione del 26 maggio, la situazione nei comuni del nord del Kosovo resta "
        "molto tesa.\"\n",
        "x.txt",
    )
    assert [s.country or s.organisation for s in st.signatories] == ["France", "Germany", "Italy", "European Union"]


def test_greek_portfolios_in_the_genitive_are_no_names_and_articles_leave_the_role():
    st = parse_statement(
        "Κοινή δήλωση MED5\nΑθήνα, 20 Μαρτίου 2021\n\n"
        "Ο Υπουργός Μετανάστευσης και Ασύλου Νίκος Λαμπρόπουλος υποδέχθηκε σήμερα στην Αθήνα τον Υπουργό Εσωτερικών "
        "της Κύπρου Χαράλαμπο Ευσταθίου, την Υπουργό Εσωτερικών της Ιταλίας Φραντσέσκα Μπερνάρντι και τον Μαλτέζο "
        "Υπουργό Εσωτερικών, Εθνικής Ασφάλειας και Επιβολής του Νόμου. Στο τέλος της συνάντησης οι Υπουργοί "
        "υπέγραψαν την ακόλουθη κοινή δήλωση.\n",
        "x.txt",
    )
    assert "Εθνικής Ασφάλειας" not in [s.name for s in st.signatories]
    assert ("Φραντσέσκα Μπερνάρντι", "Υπουργό Εσωτερικών") in [(s.name, s.role) for s in st.signatories]


def test_the_members_of_an_institution_sign_as_the_institution():
    st = parse_statement(
        "Statement of the members of the European Council on the situation in the Middle East\n15 October 2023\n\n"
        "1. The members of the European Council condemn, in the strongest terms, the attacks on Israel.\n",
        "x.txt",
    )
    assert [(s.name, s.organisation) for s in st.signatories] == [(None, "European Council")]


def test_unnamed_hosts_before_a_verb_of_receiving_sign_beside_their_named_guest():
    st = parse_statement(
        "Joint statement by the European Commission and Norway\n5 May 2022\n\n"
        "The Executive Vice-President for the European Green Deal and the Commissioner for Energy received Norway's "
        "Minister of Petroleum and Energy, Torgeir Hjelmeland, in Brussels today. At the end of their meeting, the "
        "three agreed the following joint statement:\n",
        "x.txt",
    )
    assert [(s.name, s.role, s.organisation, s.country) for s in st.signatories] == [
        (None, "Executive Vice-President for the European Green Deal", "European Commission", None),
        (None, "Commissioner for Energy", "European Commission", None),
        ("Torgeir Hjelmeland", "Minister of Petroleum and Energy", None, "Norway"),
    ]


def test_institutions_heads_added_to_a_we_list_with_as_well_as_sign():
    st = parse_statement(
        "G7 Leaders' Statement\n24 February 2022\n\n"
        "We, the Leaders of Canada, France and Japan, as well as the President of the European Council and the "
        "President of the European Commission, met today by videoconference to coordinate our response.\n",
        "x.txt",
    )
    assert [s.country or s.organisation for s in st.signatories] == [
        "Canada",
        "France",
        "Japan",
        "European Council",
        "European Commission",
    ]


def test_who_assists_a_signer_represented_at_a_summit_does_not_sign():
    st = parse_statement(
        "EU-Russia Summit: Joint Statement\nSt Petersburg, 31 May 2003\n\n"
        "The European Union was represented by the Prime Minister of the Hellenic Republic, in his capacity as "
        "President of the European Council, and by the President of the European Commission, assisted by the "
        "Secretary-General of the Council/High Representative for the Common Foreign and Security Policy.\n",
        "x.txt",
    )
    assert [(s.organisation, s.country) for s in st.signatories] == [
        ("European Council", "Greece"),
        ("European Commission", None),
    ]


def test_french_elided_articles_join_a_list_of_countries_and_leave_no_role():
    st = parse_statement(
        "Déclaration sur la Birmanie\n3 février 2021\n\n"
        "\"Nous, ministres des Affaires étrangères de l'Allemagne, du Canada, de la France, de l'Italie et du Japon, "
        "ainsi que le Haut représentant de l'Union européenne, condamnons fermement le coup d'État militaire.\n",
        "x.txt",
    )
    assert [s.country or s.organisation for s in st.signatories] == [
        "Germany",
        "Canada",
        "France",
        "Italy",
        "Japan",
        "European Union",
    ]
    assert all(not s.role.endswith("'") for s in st.signatories if s.role)


def test_swedish_high_representative_on_behalf_of_the_eu_and_countries_that_align():
    st = parse_statement(
        "Förklaring av den höga representanten på EU:s vägnar om vissa länders anpassning till rådets beslut\n"
        "4 februari 2021\n\n"
        "Den 7 december 2020 antog rådet beslutet.\n\n"
        "Kandidatländerna Nordmakedonien, Montenegro och Albanien samt Eftaländerna Island och Norge anpassar sig "
        "till detta rådsbeslut.\n",
        "x.txt",
    )
    assert [s.organisation for s in st.signatories] == ["European Union"]
    assert set(st.aligned) == {"North Macedonia", "Montenegro", "Albania", "Iceland", "Norway"}


def test_share_buttons_post_nominals_and_the_first_half_of_a_compound_are_no_names():
    st = parse_statement(
        "Joint statement\n8 May 2019\n\nPrint Share\nFacebook Twitter LinkedIn\n\n"
        "Die Staats- und Regierungschefs der G7 sind heute zusammengekommen.\n\n"
        "For Ireland\nCiarán Kilbride T.D.\nTánaiste\n\nFor the United Kingdom\nRupert Tolhurst MP\nChancellor\n",
        "x.txt",
    )
    assert [s.name for s in st.signatories if s.name] == ["Ciarán Kilbride", "Rupert Tolhurst"]


def test_one_line_blocks_for_regions_sign_through_their_named_heads():
    st = parse_statement(
        "Společné prohlášení hejtmanů\n12. 2. 2021\n\n"
        "Hejtmani čtyř příhraničních krajů dnes podepsali společné prohlášení.\n\n"
        "Za Karlovarský kraj: Radek Vondrák, hejtman\nZa Ústecký kraj: Lubomír Hrdina, hejtman\n",
        "x.txt",
    )
    assert [(s.name, s.role) for s in st.signatories] == [
        ("Radek Vondrák", "hejtman"),
        ("Lubomír Hrdina", "hejtman"),
    ]


def test_name_role_state_blocks_under_a_signed_by_heading_with_a_paragraph_after_them():
    st = parse_statement(
        "Joint Declaration of Intent\n23 September 2019\n\n"
        "At the end of the meeting, the ministers signed a joint declaration of intent.\n\n"
        "The declaration was signed by:\n\n"
        "Clive Vella Gauci\nMinister for Home Affairs and National Security\nRepublic of Malta\n\n"
        "Bertrand Lafargue\nMinister of the Interior\nFrench Republic\n\n"
        "The text will be presented to all Member States at the Justice and Home Affairs Council in Luxembourg on "
        "7 and 8 October, with a view to broadening participation.\n",
        "x.txt",
    )
    assert [(s.name, s.country) for s in st.signatories] == [
        ("Clive Vella Gauci", "Malta"),
        ("Bertrand Lafargue", "France"),
    ]


def test_closing_lines_of_a_role_and_name_without_comma_and_an_unnamed_eu_office():
    st = parse_statement(
        "EU:s ministerforum för Indo-Stillahavsområdet: medordförandenas uttalande\n13 maj 2023\n\n"
        "Efter mötet gjorde medordförandena följande uttalande:\n\n"
        "\"Vi bygger vidare på det första forumet.\"\n\n"
        "Utrikesminister Johan Edenholm\nEU:s höga representant för utrikes frågor och säkerhetspolitik\n",
        "x.txt",
    )
    assert [(s.name, s.organisation) for s in st.signatories] == [
        ("Johan Edenholm", None),
        (None, "European Union"),
    ]


def test_a_related_pages_title_under_the_text_signs_nothing():
    st = parse_statement(
        "Statement by the Chair\n9 March 2024\n\nThe Chair called for the release of the staff members.\n\n"
        "Related Stories\nStatement by the OSCE Chair on the International Day of Solidarity\n",
        "x.txt",
    )
    assert all(s.name != "Related Stories" for s in st.signatories)


def test_eu_agencies_sign_as_institutions():
    st = parse_statement(
        "ECDC and EMA joint statement on a second booster dose\n6 April 2022\n\n"
        "The European Centre for Disease Prevention and Control (ECDC) and the European Medicines Agency (EMA) have "
        "today issued a joint statement on the use of a second booster.\n",
        "x.txt",
    )
    assert [s.organisation for s in st.signatories] == [
        "European Centre for Disease Prevention and Control",
        "European Medicines Agency",
    ]


def test_offices_set_side_by_side_in_columns_a_blank_line_below_their_for_lines():
    st = parse_statement(
        "Joint Declaration on EU-NATO Cooperation\n10 January 2023\n\n"
        "We call on all Member States and all Allies to work together.\n\n"
        "Done at Brussels, on 10 January 2023.\n\n"
        "For the European Council          For the European Commission          For the North Atlantic Treaty "
        "Organization\n\n"
        "President                          President                            Secretary General\n\n3/3\n",
        "x.txt",
    )
    assert [s.organisation for s in st.signatories] == [
        "European Council",
        "European Commission",
        "North Atlantic Treaty Organization",
    ]


def test_the_council_of_europes_bodies_are_institutions_of_their_own():
    st = parse_statement(
        "Joint statement by the President of the Committee of Ministers, the President of the Parliamentary Assembly "
        "and the Secretary General of the Council of Europe\n16 March 2022\n\n"
        "We take this step with a heavy heart.\n\n"
        "Federico Mancinelli\nPresident of the Committee of Ministers\n\n"
        "Gerrit Veenhuizen\nPresident of the Parliamentary Assembly of the Council of Europe\n\n"
        "The Secretary General of the Council of Europe\n",
        "x.txt",
    )
    assert [(s.name, s.organisation) for s in st.signatories] == [
        ("Federico Mancinelli", "Committee of Ministers of the Council of Europe"),
        ("Gerrit Veenhuizen", "Parliamentary Assembly of the Council of Europe"),
        (None, "Council of Europe"),
    ]


def test_on_behalf_of_qualifying_one_signer_in_a_list_and_the_social_partners_as_organisations():
    st = parse_statement(
        "Val Duchesse social partners summit\n31 January 2024\n\n"
        "At the Château de Val Duchesse in Brussels, the President of the European Commission, the Prime Minister of "
        "Belgium on behalf of the Belgian Presidency of the Council of the EU, and the social partners BusinessEurope, "
        "SMEunited and SGI Europe today signed the Tripartite Declaration.\n",
        "x.txt",
    )
    assert [s.country or s.organisation for s in st.signatories] == [
        "Belgium",
        "European Commission",
        "BusinessEurope",
        "SMEunited",
        "SGI Europe",
    ]


def test_a_german_subject_after_its_auxiliary_with_the_participle_closing_the_sentence():
    st = parse_statement(
        "Gemeinsame Erklärung\n11.06.2024\n\n"
        "Am ersten Tag der Konferenz, die Deutschland und die Ukraine gemeinsam in Berlin ausrichten, haben "
        "Bundesentwicklungsministerin Ricarda Albersmeyer und der ukrainische Minister für Infrastruktur Taras "
        "Levchenko eine Gemeinsame Erklärung unterzeichnet.\n",
        "x.txt",
    )
    assert [(s.name, s.country) for s in st.signatories][1] == ("Taras Levchenko", "Ukraine")
    assert st.signatories[0].name == "Ricarda Albersmeyer"


def test_south_slavic_offices_joined_by_in_between_two_names():
    st = parse_statement(
        "Skupna izjava vrha EU-Rusija\nHanti-Mansijsk, 27. junij 2008\n\n"
        "Predsednik vlade Republike Slovenije Marjan Zupanc, ki v imenu slovenskega predsedstva vodi Evropski svet, "
        "predsednik Evropske komisije in predsednik Ruske federacije Konstantin Jeremejev so danes sprejeli skupno "
        "izjavo.\n",
        "x.txt",
    )
    assert [(s.name, s.organisation, s.country) for s in st.signatories] == [
        ("Marjan Zupanc", None, "Slovenia"),
        (None, "European Commission", None),
        ("Konstantin Jeremejev", None, "Russia"),
    ]


def test_a_three_word_name_after_by_is_whole():
    from statements.parsing.names import names_in
    from statements.parsing.people import PeopleRegistry

    found = names_in("co-chaired by the High Representative and by Gustavo Larralde Quiroga, Minister", PeopleRegistry())
    assert [n.text for n in found] == ["Gustavo Larralde Quiroga"]


def test_a_polish_high_representative_on_behalf_of_the_union_on_the_occasion_of_a_day():
    st = parse_statement(
        "Deklaracja Wysokiego Przedstawiciela w imieniu Unii Europejskiej z okazji Międzynarodowego Dnia Demokracji\n"
        "15 września 2022\n\nUnia Europejska obchodzi dziś Międzynarodowy Dzień Demokracji.\n",
        "x.txt",
    )
    assert [s.organisation for s in st.signatories] == ["European Union"]


def test_governments_named_by_their_states_full_names_and_a_norwegian_signing_verb():
    st = parse_statement(
        "Déclaration commune\n5 octobre 2021\n\n"
        "Les gouvernements du Grand-Duché de Luxembourg et du Royaume de Belgique, réunis ce mardi à Luxembourg, ont "
        "adopté la déclaration suivante.\n",
        "x.txt",
    )
    assert [s.country for s in st.signatories] == ["Luxembourg", "Belgium"]
    st = parse_statement(
        "Norge og EU inngår partnerskap\n28.05.2024\n\n"
        "Forsvarsminister Sverre Aasgaard, utenriksminister Torleif Hjertaas og EUs høye representant for utenriks- og "
        "sikkerhetspolitikk undertegnet tirsdag kveld i Brussel en avtale.\n",
        "x.txt",
    )
    assert [s.name or s.organisation for s in st.signatories] == ["Sverre Aasgaard", "Torleif Hjertaas", "European Union"]


def test_for_the_commission_in_signature_columns_is_the_european_commission():
    st = parse_statement(
        "European Declaration on Digital Rights and Principles\n15 December 2022\n\n"
        "We commit to a digital transformation that leaves nobody behind.\n\n"
        "Done at Brussels, 15 December 2022.\n\n"
        "For the European Parliament       For the Council       For the Commission\n"
        "The President                     The President         The President\n",
        "x.txt",
    )
    assert [s.organisation for s in st.signatories] == [
        "European Parliament",
        "Council of the European Union",
        "European Commission",
    ]


def test_a_court_is_no_persons_name():
    from statements.parsing.names import names_in
    from statements.parsing.people import PeopleRegistry

    text = "de aanklager van het Internationaal Strafhof, Oliver Grantham, hebben"
    assert [n.text for n in names_in(text, PeopleRegistry())] == ["Oliver Grantham"]


def test_states_between_dashes_after_a_relative_clause_are_the_subject_and_sign():
    st = parse_statement(
        "Declaración de Lisboa\nLisboa, 12 de marzo de 2009\n\n"
        "Los representantes de los siete Estados que han ratificado el Convenio —Austria, Chipre, Grecia, Irlanda, "
        "Malta, Portugal y Suecia— se han reunido hoy en Lisboa y han adoptado la siguiente declaración.\n\n"
        "Portugal estuvo representado por el secretario de Estado para la Unión Europea, Tomás Vieira Lobo, y "
        "Grecia por el ministro delegado de Asuntos Exteriores, Nikos Pappas, que copresidieron la reunión.\n",
        "x.txt",
    )
    named = [(s.name, s.role, s.organisation, s.country) for s in st.signatories if s.name]
    assert named == [
        ("Tomás Vieira Lobo", "secretario de Estado para la Unión Europea", None, "Portugal"),
        ("Nikos Pappas", "ministro delegado de Asuntos Exteriores", None, "Greece"),
    ]
    unnamed = {s.country for s in st.signatories if not s.name}
    assert unnamed == {"Austria", "Cyprus", "Ireland", "Malta", "Sweden"}
    assert all(s.role is None for s in st.signatories if not s.name)  # representatives hold no office as such


def test_a_list_that_issues_the_statement_signs_beside_the_one_member_named_as_signing_for_its_country():
    st = parse_statement(
        "Les ministres adoptent une déclaration commune\nBruxelles, 3 mars 2016\n\n"
        "Les ministres de la Justice de cinq États membres – la France, l'Allemagne, la Belgique, l'Italie et "
        "l'Espagne – ont adopté une déclaration commune sur la coopération judiciaire.\n\n"
        "Pour la Belgique, la déclaration a été signée par le ministre de la Justice, Pieter Claessens.\n",
        "x.txt",
    )
    assert sorted((s.country, s.name, s.role) for s in st.signatories) == [
        ("Belgium", "Pieter Claessens", "ministre de la Justice"),
        ("France", None, "ministre de la Justice"),
        ("Germany", None, "ministre de la Justice"),
        ("Italy", None, "ministre de la Justice"),
        ("Spain", None, "ministre de la Justice"),
    ]


def test_an_office_before_and_then_a_name_with_its_own_role_after_it_are_two_signers():
    st = parse_statement(
        "EU and Serbia close a chapter\nBrussels, 5 May 2015\n\n"
        "After the Conference, the Commissioner for Enlargement and Neighbourhood Policy and Milan Jovanović, "
        "Minister of Foreign Affairs of Serbia, issued the following joint statement:\n\n"
        '"We welcome the progress."\n',
        "x.txt",
    )
    assert [(s.name, s.role, s.organisation, s.country) for s in st.signatories] == [
        (None, "Commissioner for Enlargement and Neighbourhood Policy", "European Commission", None),
        ("Milan Jovanović", "Minister of Foreign Affairs", None, "Serbia"),
    ]


def test_a_joint_statement_by_two_offices_joined_by_and_has_two_signers():
    st = parse_statement(
        "Joint Statement by the High Representative/Vice-President and Commissioner for Trade on the elections\n"
        "Brussels, 09/10/2016\n\nThe elections were competitive.\n",
        "x.txt",
    )
    assert [(s.role, s.organisation) for s in st.signatories] == [
        ("High Representative/Vice-President", "European Union"),
        ("Commissioner for Trade", "European Commission"),
    ]


def test_the_one_named_signer_of_no_country_on_a_governments_page_is_its_countrys_own():
    st = parse_statement(
        "Zajednička izjava o otvorenju mosta\nVlada Republike Hrvatske\nObjavljeno: 26. srpnja 2022.\n\n"
        "Predsjednik Vlade Ivo Marić i povjerenica Europske komisije za koheziju dali su sljedeću zajedničku "
        "izjavu:\n\n"
        '"Most povezuje jug zemlje."\n',
        "x.txt",
    )
    assert [(s.name, s.organisation, s.country) for s in st.signatories] == [
        ("Ivo Marić", None, "Croatia"),
        (None, "European Commission", None),
    ]


def test_a_national_minister_for_european_affairs_holds_no_office_of_the_union():
    from statements.parsing.names import clean_role

    assert clean_role("secretario de Estado para la Unión Europea")[2] is None
    assert clean_role("ministre chargé des affaires de l'Union européenne.") == (
        "ministre chargé des affaires de l'Union européenne",
        None,
        None,
    )
    assert clean_role("High Representative of the European Union")[2] == "European Union"


def test_institutions_after_the_dashed_states_and_before_the_verb_are_of_the_subject():
    st = parse_statement(
        "Communiqué commun\nBruxelles, le 2 mai 1998\n\n"
        "Les ministres et les gouverneurs des banques centrales des États membres participants – la Belgique, "
        "l'Allemagne, l'Espagne et la France –, la Commission européenne et l'Institut monétaire européen sont "
        "convenus ce samedi d'utiliser les cours pivots.\n\n"
        "Les taux seront adoptés par le Conseil le premier jour de la troisième phase.\n",
        "x.txt",
    )
    assert [s.country or s.organisation for s in st.signatories] == [
        "Belgium",
        "Germany",
        "Spain",
        "France",
        "European Commission",
        "European Monetary Institute",
    ]


def test_offices_between_two_names_whose_roles_come_first_all_sign():
    st = parse_statement(
        "Společné prohlášení podepsáno\nPraha, 8. května 2009\n\n"
        "Prohlášení podepsali předseda vlády ČR Jan Novotný, předseda Evropské komise, prezident Ázerbájdžánské "
        "republiky, prezident Gruzie, "
        "prezident Turecké republiky a za Egypt ministr zahraničí Ahmed Fathy.\n",
        "x.txt",
    )
    assert [(s.name, s.role, s.organisation, s.country) for s in st.signatories] == [
        ("Jan Novotný", "předseda vlády", None, "Czechia"),
        (None, "předseda Evropské komise", "European Commission", None),
        (None, "prezident", None, "Azerbaijan"),
        (None, "prezident", None, "Georgia"),
        (None, "prezident", None, "Türkiye"),
        ("Ahmed Fathy", "ministr zahraničí", None, "Egypt"),
    ]


def test_one_person_signing_for_one_of_the_listed_countries_takes_its_place():
    st = parse_statement(
        "Κοινή διακήρυξη\nΑθήνα, 10 Ιανουαρίου 2017\n\n"
        "Οι αρχηγοί κρατών και κυβερνήσεων της Γαλλίας, της Ελλάδας, της Ιταλίας και της Κύπρου υιοθέτησαν "
        "σήμερα κοινή διακήρυξη. Για την Ελλάδα τη διακήρυξη υπέγραψε ο πρωθυπουργός Νίκος Παππάς.\n",
        "x.txt",
    )
    assert sorted((s.country, s.name) for s in st.signatories) == [
        ("Cyprus", None),
        ("France", None),
        ("Greece", "Νίκος Παππάς"),
        ("Italy", None),
    ]


def test_a_co_signer_signs_beside_the_two_who_signed():
    st = parse_statement(
        "Arbitražni sporazum podpisan\nLjubljana, 4. novembra 2009\n\n"
        "Predsednik vlade Republike Slovenije Janez Novak in predsednica vlade Republike Hrvaške Ana Horvat sta "
        "danes v Stockholmu podpisala sporazum. Sporazum je kot predstavnik predsedstva sopodpisal švedski "
        "predsednik vlade Lars Berg.\n",
        "x.txt",
    )
    assert [(s.name, s.role, s.country) for s in st.signatories] == [
        ("Janez Novak", "Predsednik vlade", "Slovenia"),
        ("Ana Horvat", "predsednica vlade", "Croatia"),
        ("Lars Berg", "predsednik vlade", "Sweden"),
    ]


def test_an_unnamed_office_of_another_country_after_the_named_signer_signs_too():
    st = parse_statement(
        "Paris et Varsovie signent un traité\nNancy, 9 mai 2025\n\n"
        "Le Premier ministre polonais Jan Kowal et le président français ont signé vendredi à Nancy un traité "
        "de coopération renforcée, que les deux pays présentent comme un pendant oriental.\n",
        "x.txt",
    )
    assert [(s.name, s.role, s.country) for s in st.signatories] == [
        ("Jan Kowal", "Premier ministre", "Poland"),
        (None, "président", "France"),
    ]


def test_two_offices_each_after_by_in_italian_are_two_signers():
    st = parse_statement(
        "Firma della Dichiarazione congiunta\nIl Cairo, 17 marzo 2024\n\n"
        "La Dichiarazione è stata firmata dalla Presidente della Commissione europea e dal Presidente della "
        "Repubblica araba d'Egitto, Omar Fathy, al termine dell'incontro.\n",
        "x.txt",
    )
    assert [(s.name, s.organisation, s.country) for s in st.signatories] == [
        (None, "European Commission", None),
        ("Omar Fathy", None, "Egypt"),
    ]


def test_an_office_of_one_country_before_another_countrys_named_office_holder_signs_unnamed():
    st = parse_statement(
        "Prime ministers issue joint statement in Kyiv\nKyiv, 15 March 2022\n\n"
        "The Prime Minister of Poland, Czech Prime Minister Jan Dvořák and Slovenian Prime Minister Matej Kos "
        "arrived in Kyiv by train and met with the President and the Prime Minister of Ukraine. The three prime "
        "ministers issued a joint statement.\n",
        "x.txt",
    )
    assert sorted((s.country, s.name) for s in st.signatories) == [
        ("Czechia", "Jan Dvořák"),
        ("Poland", None),
        ("Slovenia", "Matej Kos"),
    ]


def test_the_offices_that_issue_the_statement_after_one_of_them_was_named_all_sign():
    st = parse_statement(
        "Joint statement following the high-level meeting\nYerevan, 05.04.2024\n\n"
        "Prime Minister Aram Petrosyan today took part in a meeting in Brussels with the President of the European "
        "Commission and the US Secretary of State. Following the meeting, the President of the European "
        "Commission, the US Secretary of State and the Prime Minister of Armenia issued the following joint "
        "statement:\n",
        "x.txt",
    )
    assert sorted((s.name or "", s.role, s.country or s.organisation) for s in st.signatories) == [
        ("", "President", "European Commission"),
        ("", "Secretary of State", "United States"),
        ("Aram Petrosyan", "Prime Minister", "Armenia"),
    ]


def test_a_slovene_office_after_an_on_behalf_clause_signs_beside_the_named_host():
    st = parse_statement(
        "Skupna izjava\nLjubljana, 6. oktober 2021\n\n"
        "Predsednik vlade Republike Slovenije Janez Kranjc, ki je v imenu slovenskega predsedovanja Svetu EU gostil "
        "vrh, in predsednik Evropskega sveta sta v sredo podala skupno izjavo:\n",
        "x.txt",
    )
    assert [(s.name, s.organisation, s.country) for s in st.signatories] == [
        ("Janez Kranjc", None, "Slovenia"),
        (None, "European Council", None),
    ]


def test_a_greek_portfolio_is_no_persons_name():
    st = parse_statement(
        "Κοινή δήλωση\nΑθήνα, 9 Ιουνίου 2020\n\n"
        "Ο Υπουργός Εξωτερικών Νίκος Παππάς και ο Υπουργός Εξωτερικών και Διεθνούς Συνεργασίας της Ιταλίας "
        "Marco Rossi υπέγραψαν σήμερα τη Συμφωνία.\n",
        "x.txt",
    )
    assert [s.name for s in st.signatories] == ["Νίκος Παππάς", "Marco Rossi"]


def test_heads_of_government_gathered_who_sign_the_declaration_in_portuguese():
    st = parse_statement(
        "Declaração Conjunta\nBraga, 19 de Janeiro de 2008\n\n"
        "O Primeiro-Ministro de Portugal, Rui Matos Pinto, e o Presidente do Governo de Espanha, Luis Ortega "
        "Ruiz, reunidos em Braga, subscrevem a presente Declaração Conjunta.\n",
        "x.txt",
    )
    assert [(s.name, s.country) for s in st.signatories] == [("Rui Matos Pinto", "Portugal"), ("Luis Ortega Ruiz", "Spain")]
    assert st.aligned == ()


def test_the_institution_a_named_signer_heads_in_his_capacity_is_no_other_signer():
    st = parse_statement(
        "Declaración conjunta UE-EE.UU.\nMadrid, 3 de diciembre de 1995\n\n"
        "El presidente del Gobierno, Pedro Ruiz Gil, en su calidad de presidente en ejercicio del Consejo Europeo, "
        "el presidente de la Comisión Europea y el presidente de Canadá han suscrito hoy una declaración conjunta.\n",
        "x.txt",
    )
    assert "European Council" not in [s.organisation for s in st.signatories]
    assert "European Commission" in [s.organisation for s in st.signatories]


def test_we_the_presidents_of_three_institutions_sign_as_their_heads():
    st = parse_statement(
        "Joint statement by the Presidents\nBrussels, 12 October 2012\n\n"
        "We, the Presidents of the European Parliament, the European Council and the European Commission, are "
        "deeply honoured by the award.\n",
        "x.txt",
    )
    assert [s.organisation for s in st.signatories] == [
        "European Parliament",
        "European Council",
        "European Commission",
    ]


def test_the_french_republic_by_its_long_name_signs():
    st = parse_statement(
        "Gezamenlijke verklaring\nAmsterdam, 12 april 2023\n\n"
        "De regeringen van het Koninkrijk der Nederlanden en de Franse Republiek hebben vandaag deze gezamenlijke "
        "verklaring aangenomen.\n",
        "x.txt",
    )
    assert [s.country for s in st.signatories] == ["Netherlands", "France"]


def test_a_portuguese_declaration_of_the_high_representative():
    st = parse_statement(
        "Dia Internacional: Declaração do Alto Representante em nome da UE\nConselho da UE\n29 de agosto de 2019\n\n"
        "A União Europeia recorda todas as vítimas.\n",
        "x.txt",
    )
    assert [(s.role, s.organisation) for s in st.signatories] == [("Alto Representante", "European Union")]


def test_an_unnamed_office_signs_together_with_the_heads_of_two_institutions():
    st = parse_statement(
        "Berliner Erklärung unterzeichnet\nBerlin, 25. März 2007\n\n"
        "Die Bundeskanzlerin hat heute gemeinsam mit dem Präsidenten des Europäischen Parlaments und dem "
        "Präsidenten der Europäischen Kommission die „Berliner Erklärung“ unterzeichnet.\n",
        "x.txt",
    )
    assert {s.organisation for s in st.signatories} >= {"European Parliament", "European Commission"}


def test_a_greek_list_after_the_verb_of_signing_and_its_adverbs():
    st = parse_statement(
        "Κοινή διακήρυξη\nΕλούντα, 10 Οκτωβρίου 2018\n\n"
        "Την κοινή διακήρυξη υπέγραψαν σήμερα στην Ελούντα ο Πρωθυπουργός της Ελλάδας Νίκος Παππάς, ο Πρόεδρος της "
        "Κυπριακής Δημοκρατίας Σάββας Ιωάννου και ο Πρόεδρος της Αραβικής Δημοκρατίας της Αιγύπτου.\n",
        "x.txt",
    )
    assert [(s.name, s.country) for s in st.signatories][:2] == [("Νίκος Παππάς", "Greece"), ("Σάββας Ιωάννου", "Cyprus")]


def test_an_institutions_office_signing_for_it_after_the_named_signers():
    st = parse_statement(
        "Závěry z Bruselu\nBrusel, 29. listopadu 2001\n\n"
        "Předseda vlády České republiky Jan Novák a spolkový kancléř Rakouska Karl Huber podepsali ve čtvrtek v "
        "Bruselu společný dokument. Za Evropskou komisi jej podepsal komisař pro rozšíření.\n",
        "x.txt",
    )
    assert [(s.name, s.role, s.organisation) for s in st.signatories][-1] == (
        None,
        "komisař pro rozšíření",
        "European Commission",
    )


def test_states_as_such_between_hyphens_and_an_institution_after_them():
    st = parse_statement(
        "Mercosur y la UE anuncian el cierre de las negociaciones\nMontevideo, 6 dic 2024 (EFE)\n\n"
        "Los Estados partes del Mercosur -Argentina, Brasil, Paraguay y Uruguay- y la Comisión Europea anunciaron "
        "este viernes en Montevideo la conclusión de las negociaciones.\n",
        "x.txt",
    )
    assert [(s.role, s.country or s.organisation) for s in st.signatories] == [
        (None, "Argentina"),
        (None, "Brazil"),
        (None, "Paraguay"),
        (None, "Uruguay"),
        (None, "European Commission"),
    ]


def test_the_governments_that_sign_after_the_host_was_named_sign_beside_him():
    st = parse_statement(
        "Declaración de Madrid\nMadrid, 4 de marzo de 2015\n\n"
        "El presidente del Gobierno, Luis Prado Gil, ha recibido hoy al presidente de Francia y al primer ministro "
        "de Portugal. Al término del encuentro, los Gobiernos de España, Francia y Portugal y la Comisión Europea "
        "han suscrito la Declaración de Madrid.\n",
        "x.txt",
    )
    assert "European Commission" in [s.organisation for s in st.signatories]


def test_the_sites_own_office_holder_and_another_countrys_unnamed_office_are_two_signers():
    st = parse_statement(
        "Skupna izjava predsednikov\nUrad predsednika Republike Slovenije\n13. julij 2020\n\n"
        "Predsednik republike Janez Novak in predsednik Italijanske republike sta se danes srečala v Trstu. "
        "Po srečanju sta podpisala skupno izjavo.\n",
        "x.txt",
    )
    assert sorted((s.country, s.name) for s in st.signatories) == [("Italy", None), ("Slovenia", "Janez Novak")]


def test_the_first_office_after_a_name_is_its_own_and_the_others_after_it_are_other_signers():
    st = parse_statement(
        "Declarație comună a copreședinților\nBucurești, 15 iulie 2022\n\n"
        "Ion Popescu, ministrul de externe al României, ministrul federal de externe al Germaniei și ministrul de "
        "externe al Franței, în calitate de copreședinți ai conferinței, au adoptat vineri următoarea declarație.\n",
        "x.txt",
    )
    assert [(s.name, s.role, s.country) for s in st.signatories] == [
        ("Ion Popescu", "ministrul de externe", "Romania"),
        (None, "ministrul federal de externe", "Germany"),
        (None, "ministrul de externe", "France"),
    ]


def test_countries_listed_first_and_an_organisation_after_them_sign_as_such():
    st = parse_statement(
        "Déclaration de la Conférence\nParis, vendredi 12 novembre 2021\n\n"
        "La France, l'Allemagne, l'Italie, la Libye et l'Organisation des Nations unies, qui ont coprésidé ce jour "
        "à Paris la Conférence, ont adopté la déclaration suivante.\n",
        "x.txt",
    )
    assert [s.country or s.organisation for s in st.signatories] == [
        "France",
        "Germany",
        "Italy",
        "Libya",
        "United Nations",
    ]


def test_an_estonian_list_after_the_verb_and_one_named_signer_for_his_country():
    st = parse_statement(
        "Ühisavaldus\nTallinn, 29. september 2017\n\n"
        "Reedel allkirjastasid Eesti, Läti, Leedu ja Soome peaministrid ühisavalduse, milles nad kutsuvad Euroopa "
        "Liitu kiirustama. Eesti poolt kirjutas avaldusele alla peaminister Jaan Tamm.\n",
        "x.txt",
    )
    assert sorted((s.country, s.name) for s in st.signatories) == [
        ("Estonia", "Jaan Tamm"),
        ("Finland", None),
        ("Latvia", None),
        ("Lithuania", None),
    ]


def test_a_portuguese_declaration_signed_by_two_offices():
    st = parse_statement(
        "Declaração Conjunta da Cimeira\n2021-10-28 às 17h05\n\n"
        "1. Realizou-se hoje a XXXII Cimeira Luso-Espanhola. A presente declaração foi assinada pelo "
        "Primeiro-Ministro de Portugal e pelo Presidente do Governo de Espanha, que presidiram à Cimeira.\n",
        "x.txt",
    )
    assert [(s.role, s.country) for s in st.signatories] == [
        ("Primeiro-Ministro", "Portugal"),
        ("Presidente do Governo", "Spain"),
    ]


def test_to_whom_a_letter_is_addressed_does_not_sign_it():
    from statements.parsing.people import PeopleRegistry
    from statements.parsing.signatories import _from_list

    found = _from_list(
        "o ministro do Ambiente de Portugal e a ministra da Transição de Espanha, e dirigida ao vice-presidente "
        "executivo da Comissão",
        (),
        PeopleRegistry(),
    )
    assert [s.country for s in found] == ["Portugal", "Spain"]


def test_a_surname_first_in_capitals_goes_after_the_given_name():
    from statements.parsing.names import normal_case

    assert normal_case("KISFALUDI Gergely") == "Gergely Kisfaludi"
    assert normal_case("VON DER LEYEN Ursula") == "Ursula von der Leyen"
    assert normal_case("Kemalettin ÖZDEMİRCİ") == "Kemalettin Özdemirci"
    assert normal_case("Bejtush GASHI") == "Bejtush Gashi"


def test_granada_is_a_city_and_the_unions_heads_of_state_are_the_european_council():
    st = parse_statement(
        "Declaración de Granada\nGranada, 6 de octubre de 2023\n\n"
        "Los jefes de Estado o de Gobierno de la Unión Europea, reunidos hoy en Granada, han adoptado la "
        "siguiente declaración.\n",
        "x.txt",
    )
    assert [(s.country, s.organisation) for s in st.signatories] == [(None, "European Council")]


def test_one_named_minister_and_three_institutions_heads_after_a_slovak_verb_of_signing():
    st = parse_statement(
        "Spoločné vyhlásenie\nBratislava, 8. 7. 2008\n\n"
        "Vyhlásenie podpísali minister financií Slovenska Peter Kováč, predseda Euroskupiny, komisár pre "
        "hospodárske a menové záležitosti a prezident Európskej centrálnej banky:\n",
        "x.txt",
    )
    assert [s.name or s.organisation for s in st.signatories] == [
        "Peter Kováč",
        "Eurogroup",
        "European Commission",
        "European Central Bank",
    ]


def test_a_portfolios_commas_do_not_end_a_list_after_the_verb_of_signing():
    st = parse_statement(
        "Vyhlásenie o spolupráci\nZáhorská Ves, 14. októbra 2014\n\n"
        "Vyhlásenie podpísali minister životného prostredia Slovenska Ján Mrva, rakúsky spolkový minister pre "
        "poľnohospodárstvo, klímu a vodné hospodárstvo Franz Huber a český minister životného prostredia Petr Malý.\n",
        "x.txt",
    )
    assert [s.name for s in st.signatories] == ["Ján Mrva", "Franz Huber", "Petr Malý"]


def test_the_meetings_whole_list_signs_with_its_host_named_in_it():
    st = parse_statement(
        "Joint Communiqué\nBishkek, 07/07/2019\n\n"
        "The High Representative of the Union for Foreign Affairs and Security Policy and the Ministers of Foreign "
        "Affairs of the Republic of Kazakhstan, the Kyrgyz Republic, the Republic of Tajikistan, Turkmenistan and "
        "the Republic of Uzbekistan met today in Bishkek for the EU-Central Asia Ministerial Meeting, hosted by "
        "the Minister of Foreign Affairs of the Kyrgyz Republic, Aibek Osmonov.\n",
        "x.txt",
    )
    assert sorted((s.country or s.organisation, s.name or "") for s in st.signatories) == [
        ("European Union", ""),
        ("Kazakhstan", ""),
        ("Kyrgyzstan", "Aibek Osmonov"),
        ("Tajikistan", ""),
        ("Turkmenistan", ""),
        ("Uzbekistan", ""),
    ]


def test_governments_and_kingdoms_are_no_persons_names():
    st = parse_statement(
        "Declaração Conjunta\nGuarda, 10 de outubro de 2020\n\n"
        "Os Governos de Portugal e de Espanha, reunidos na Guarda na XXXI Cimeira Luso-Espanhola, aprovaram a "
        "seguinte declaração.\n",
        "x.txt",
    )
    assert [(s.name, s.country) for s in st.signatories] == [(None, "Portugal"), (None, "Spain")]


def test_an_office_before_name_role_pairs_is_another_signers_when_the_roles_differ_in_country():
    st = parse_statement(
        "Joint statement\nVienna, 3 May 2006\n\n"
        "The European Commissioner for Energy, Ana Lipan, Minister of Economy of the Republic of Moldova, and "
        "Taras Hnatiuk, Minister of Energy of Ukraine, met in Vienna today and issued the following statement.\n",
        "x.txt",
    )
    assert [(s.name, s.country or s.organisation) for s in st.signatories] == [
        (None, "European Commission"),
        ("Ana Lipan", "Moldova"),
        ("Taras Hnatiuk", "Ukraine"),
    ]
    # each office before its name: no office left over
    st = parse_statement(
        "Joint statement\nVienna, 3 May 2006\n\n"
        "The Prime Minister of Belgium, Ana Lipan, the Prime Minister of the Netherlands, Taras Hnatiuk and the "
        "Prime Minister of Luxembourg, Jan Wolter, met in Vienna today.\n",
        "x.txt",
    )
    assert [(s.name, s.country) for s in st.signatories] == [
        ("Ana Lipan", "Belgium"),
        ("Taras Hnatiuk", "Netherlands"),
        ("Jan Wolter", "Luxembourg"),
    ]


def test_offices_in_the_bulgarian_genitive_and_a_eurocommissioner_sign_by_office():
    st = parse_statement(
        "Съвместна декларация\nСофия, 01.10.2022\n\n"
        "Президентът Иван Тодоров, министър-председателят на Гърция, президентът на Азербайджан и председателят "
        "на Европейската комисия подписаха днес в София съвместна декларация.\n",
        "x.txt",
    )
    assert [(s.name, s.role, s.country or s.organisation) for s in st.signatories[1:]] == [
        (None, "министър-председателят", "Greece"),
        (None, "президентът", "Azerbaijan"),
        (None, "председателят", "European Commission"),
    ]
    st = parse_statement(
        "Spoločné vyhlásenie\nMinisterstvo hospodárstva Slovenskej republiky\n28. 04. 2014\n\n"
        "Minister hospodárstva Peter Hrdina, ukrajinský minister energetiky Taras Hnatiuk a eurokomisár pre "
        "energetiku podpísali spoločné vyhlásenie o spätnom toku plynu zo Slovenska na Ukrajinu.\n",
        "x.txt",
    )
    assert [(s.name, s.country or s.organisation) for s in st.signatories] == [
        ("Peter Hrdina", "Slovakia"),
        ("Taras Hnatiuk", "Ukraine"),
        (None, "European Commission"),
    ]


def test_a_country_in_the_genitive_before_its_office_after_and_gives_that_office():
    st = parse_statement(
        "Gemensamt uttalande\n14 juni 2001\n\n"
        "Europeiska kommissionens ordförande och USA:s president har i dag antagit följande gemensamma uttalande.\n",
        "x.txt",
    )
    assert [(s.role, s.country or s.organisation) for s in st.signatories] == [
        ("president", "United States"),
        ("Europeiska kommissionens ordförande", "European Commission"),
    ]


def test_the_unions_leaders_approving_after_a_news_dateline_and_the_european_councils_members_in_hungarian():
    st = parse_statement(
        "Los Veintisiete aprueban una declaración\nEFE | Granada | viernes\n\n"
        "Granada (EFE).- Los jefes de Estado o de Gobierno de la Unión Europea aprobaron este viernes una "
        "declaración sobre el futuro de la Unión.\n",
        "x.txt",
    )
    assert [(s.role, s.organisation) for s in st.signatories] == [
        ("jefes de Estado o de Gobierno de la Unión Europea", "European Council")
    ]
    st = parse_statement(
        "Budapesti Nyilatkozat\n2024. november 8.\n\n"
        "Az Európai Tanács tagjai pénteken, az Európai Tanács budapesti informális ülésén elfogadták a "
        "nyilatkozatot.\n",
        "x.txt",
    )
    assert [s.organisation for s in st.signatories] == ["European Council"]


def test_an_office_after_the_agents_by_and_a_name_after_and_by_are_two_co_chairs():
    st = parse_statement(
        "Joint press statement by the co-chairs\nBuenos Aires, 27/10/2022\n\n"
        "The meeting took place today. It brought together the foreign ministers of the two regions, and was "
        "co-chaired by the High Representative of the Union for Foreign Affairs and Security Policy and by Marta "
        "Quiroga, Minister of Foreign Affairs of Argentina.\n\n"
        "At the close of the meeting, the co-chairs issued the following statement:\n",
        "x.txt",
    )
    assert [(s.name, s.country or s.organisation) for s in st.signatories] == [
        (None, "European Union"),
        ("Marta Quiroga", "Argentina"),
    ]


def test_slovensk_is_slovak_in_slovak_endings_and_slovene_in_slovene_and_croatian_ones():
    from statements.parsing.countries import find_countries, nationality_adjective

    assert [c for _, _, c in find_countries("Úrad vlády Slovenskej republiky")] == ["Slovakia"]
    assert nationality_adjective("slovenský") == "Slovakia"
    assert nationality_adjective("slovenskou") == "Slovakia"
    assert nationality_adjective("slovenski") == "Slovenia"
    assert nationality_adjective("slovenskoj") == "Slovenia"
    assert nationality_adjective("slovinský") == "Slovenia"


def test_an_office_between_two_named_signers_ends_before_the_next_countrys_possessive():
    st = parse_statement(
        "Joint statement\nKyiv, 17 May 2021\n\n"
        "Georgia's Foreign Minister Levan Beridze, the Foreign Minister of Ukraine and Moldova's Prime Minister "
        "Ana Rusu signed a memorandum in Kyiv and adopted a joint statement.\n",
        "x.txt",
    )
    assert sorted((s.country, s.name or "") for s in st.signatories) == [
        ("Georgia", "Levan Beridze"),
        ("Moldova", "Ana Rusu"),
        ("Ukraine", ""),
    ]


def test_a_name_of_four_words_set_apart_by_commas_is_whole():
    st = parse_statement(
        "Declaração de Lisboa\nLisboa, 12 de junho de 2025\n\n"
        "O Presidente da República, Aurélio Vasco Mourão Pinheiro, e o Primeiro-Ministro, Henrique Seixas Lobato, "
        "assinaram hoje a Declaração de Lisboa.\n",
        "x.txt",
    )
    assert [s.name for s in st.signatories] == ["Aurélio Vasco Mourão Pinheiro", "Henrique Seixas Lobato"]


def test_sides_represented_by_offices_in_danish_and_swedish():
    st = parse_statement(
        "Fælleserklæring efter topmødet mellem EU og Ukraine\nRådet for Den Europæiske Union\n6. oktober 2020\n\n"
        "Topmødet fandt sted i Bruxelles. EU var repræsenteret af formanden for Det Europæiske Råd og formanden for "
        "Europa-Kommissionen. Ukraine var repræsenteret af Ukraines præsident. Unionens højtstående repræsentant "
        "deltog også.\n",
        "x.txt",
    )
    assert [s.country or s.organisation for s in st.signatories] == [
        "European Council",
        "European Commission",
        "Ukraine",
    ]
    # the site's country is the named signer's, though the title names the other side
    st = parse_statement(
        "Toppmötet mellan EU och Kina i Helsingfors – gemensamt uttalande\nStatsrådets kansli\n"
        "Finlands EU-ordförandeskap 2006\n9.9.2006\n\n"
        "Toppmötet hölls på lördagen i Helsingfors. EU representerades av statsminister Anna Virtala, i egenskap "
        "av Europeiska rådets ordförande, och av Europeiska kommissionens ordförande. Kina representerades av "
        "Kinas premiärminister.\n",
        "x.txt",
    )
    assert sorted((s.country or s.organisation, s.name or "") for s in st.signatories) == [
        ("China", ""),
        ("European Commission", ""),
        ("Finland", "Anna Virtala"),
    ]


def test_a_king_signs_by_office_in_a_we_list_but_surnames_like_kralj_stay_names():
    st = parse_statement(
        "Κοινή Διακήρυξη\nΛευκωσία, 16 Ιανουαρίου 2018\n\n"
        "Εμείς, ο Πρόεδρος της Κυπριακής Δημοκρατίας, ο Βασιλιάς του Χασεμιτικού Βασιλείου της Ιορδανίας και ο "
        "Πρωθυπουργός της Ελληνικής Δημοκρατίας, συναντηθήκαμε σήμερα στη Λευκωσία.\n",
        "x.txt",
    )
    assert [s.country for s in st.signatories] == ["Cyprus", "Jordan", "Greece"]
    st = parse_statement(
        "Joint statement by High Representative/Vice-President Mira Kralj and Commissioner Ana Novak\n"
        "Brussels, 3 May 2021\n\nThe statement reads as follows.\n",
        "x.txt",
    )
    assert [s.name for s in st.signatories] == ["Mira Kralj", "Ana Novak"]


def test_the_sites_own_named_signer_takes_the_titles_unnamed_entry_of_the_sites_country():
    st = parse_statement(
        "Joint Statement of the Prime Ministers of North Macedonia and Greece\n"
        "Government of the Republic of North Macedonia\n02.04.2019\n\n"
        "Prime Minister Bojan Petrovski and the Prime Minister of the Hellenic Republic co-chaired on Tuesday in "
        "Skopje the first joint meeting of the two governments.\n\n"
        "After the meeting, the two Prime Ministers signed the following joint statement:\n",
        "x.txt",
    )
    assert sorted((s.country, s.name or "") for s in st.signatories) == [
        ("Greece", ""),
        ("North Macedonia", "Bojan Petrovski"),
    ]


def test_an_office_titled_by_its_institution_signs_before_another_institutions_head():
    st = parse_statement(
        "Joint statement on the first day of the euro\nTallinn, 01.01.2011\n\n"
        "On Saturday, Minister of Finance Jaan Tamm, the European Commissioner for Economic and Monetary Affairs "
        "and the President of the European Central Bank met in Tallinn and issued the following joint statement:\n",
        "x.txt",
    )
    assert [s.name or s.organisation for s in st.signatories] == [
        "Jaan Tamm",
        "European Commission",
        "European Central Bank",
    ]


def test_a_dutch_subject_after_its_auxiliary_and_article():
    st = parse_statement(
        "Gezamenlijke verklaring\nVilnius, 29 november 2013\n\n"
        "Op de top van het Oostelijk Partnerschap, die op 28 en 29 november in Vilnius plaatsvindt, hebben de "
        "president van de Republiek Litouwen, Rasa Jankauskienė, de voorzitter van de Europese Raad en de voorzitter "
        "van de Europese Commissie vandaag de volgende gezamenlijke verklaring afgelegd:\n",
        "x.txt",
    )
    assert [(s.name, s.role, s.country or s.organisation) for s in st.signatories] == [
        ("Rasa Jankauskienė", "president", "Lithuania"),
        (None, "voorzitter van de Europese Raad", "European Council"),
        (None, "voorzitter van de Europese Commissie", "European Commission"),
    ]


def test_the_nordic_long_forms_of_the_united_states_and_kingdom():
    from statements.parsing.countries import find_countries

    assert [c for _, _, c in find_countries("Förenta staternas president och Sveriges statsminister")] == [
        "United States",
        "Sweden",
    ]
    assert [c for _, _, c in find_countries("Det Forenede Kongerige")] == ["United Kingdom"]


def test_the_governments_of_many_and_countries_a_text_was_adopted_by_sign_as_such():
    st = parse_statement(
        "Erklärung der vierzehn Mitgliedstaaten\nBundeskanzleramt\nWien, 12. September 2000\n\n"
        "Die Ratspräsidentschaft hat heute eine Erklärung der Regierungen von vierzehn Mitgliedstaaten "
        "veröffentlicht.\n\n"
        "„Die Regierungen Belgiens, Dänemarks, Finnlands und Schwedens haben den Bericht eingehend geprüft.\n",
        "x.txt",
    )
    assert [s.country for s in st.signatories] == ["Belgium", "Denmark", "Finland", "Sweden"]
    st = parse_statement(
        "Appel de Paris\nParis, 15 mai 2019\n\n"
        "À l'issue de cette réunion, l'Appel a été adopté par l'Australie, le Canada, la France et la Norvège, ainsi "
        "que par la Commission européenne. Plusieurs de ces pays étaient représentés par leur chef d'État.\n",
        "x.txt",
    )
    assert [s.country or s.organisation for s in st.signatories] == [
        "Australia",
        "Canada",
        "France",
        "Norway",
        "European Commission",
    ]


def test_signed_somewhere_by_a_commissioner_and_by_a_named_minister_and_a_currency_is_no_name():
    st = parse_statement(
        "Commission launches a migration partnership\nBrussels, 7 March 2024\n\n"
        "Today the European Union and Mauritania signed a Joint Declaration. The declaration was signed in "
        "Nouakchott by the Commissioner for Home Affairs and by the Minister of Interior of Mauritania, Ahmed Ould "
        "Sidi Baba. The partnership follows a visit when more than EUR 210 million was announced.\n",
        "x.txt",
    )
    assert [(s.name, s.country or s.organisation) for s in st.signatories] == [
        (None, "European Commission"),
        ("Ahmed Ould Sidi Baba", "Mauritania"),
    ]


def test_the_unions_leaders_in_croatian_and_polish_are_the_european_council():
    for text in (
        "Čelnici država članica Europske unije usvojili su u srijedu Zagrebačku deklaraciju.",
        "Szefowie państw lub rządów państw członkowskich Unii Europejskiej przyjęli w czwartek deklarację.",
    ):
        st = parse_statement("Deklaracija\n6. 5. 2020.\n\n" + text + "\n", "x.txt")
        assert [s.organisation for s in st.signatories] == ["European Council"]


def test_a_passive_agreed_by_after_an_article_and_the_hr_vps_titles_apart_by_a_spaced_slash():
    st = parse_statement(
        "Joint report\nLondon, 8 December 2017\n\n"
        "This joint report sets out the progress made. It was agreed by the negotiators of the European Union and of "
        "the United Kingdom Government: for the European Union, the European Commission's Chief Negotiator, and for "
        "the United Kingdom, Gareth Lowe, Secretary of State for Exiting the European Union.\n\n"
        "The negotiators recommend that the European Council, meeting on 15 December, conclude that progress has "
        "been made.\n",
        "x.txt",
    )
    assert [(s.name, s.country or s.organisation) for s in st.signatories] == [
        (None, "European Commission"),
        ("Gareth Lowe", "United Kingdom"),
    ]
    st = parse_statement(
        "Joint Declaration\nNairobi, 6 June 2022\n\n"
        "The declaration was signed by the Cabinet Secretary for Foreign Affairs of Kenya, Wanjiru Kamau, and the "
        "High Representative of the Union for Foreign Affairs and Security Policy / Vice-President of the European "
        "Commission.\n",
        "x.txt",
    )
    assert [(s.name, s.country or s.organisation) for s in st.signatories] == [
        ("Wanjiru Kamau", "Kenya"),
        (None, "European Union"),
    ]


def test_an_institutions_office_and_a_title_before_a_name_are_two_signers():
    st = parse_statement(
        "Joint Statement by the President of the European Commission and President Mwangi on the agreement\n"
        "Nairobi, 18 December 2023\n\nThe agreement was signed today.\n",
        "x.txt",
    )
    assert [(s.name, s.role, s.organisation) for s in st.signatories] == [
        (None, "President of the European Commission", "European Commission"),
        ("Mwangi", "President", None),
    ]


def test_the_subject_opens_after_an_introductory_phrase_of_when_and_where():
    st = parse_statement(
        "Joint declaration\nStrasbourg, 24-09-2002\n\n"
        "At the close of the first joint meeting of the Parliamentary Assembly and the European Parliament, held this "
        "afternoon in Strasbourg, the President of the European Parliament and the President of the Parliamentary "
        "Assembly of the Council of Europe, Gottfried Weber, signed the following joint declaration.\n",
        "x.txt",
    )
    assert [(s.name, s.organisation) for s in st.signatories] == [
        (None, "European Parliament"),
        ("Gottfried Weber", "Parliamentary Assembly of the Council of Europe"),
    ]


def test_signature_columns_whose_role_runs_on_to_a_third_line():
    st = parse_statement(
        "Declaration of the Presidents of Parliament\nRome, 14 September 2015\n\n"
        "We, the Presidents of four parliaments, declare that the time has come.\n\n"
        "Done in Rome, on 14 September 2015.\n\n"
        "Lucia Ferri                Bertrand Lemoine              Marc Wolter\n"
        "President of the           President of the              President of the\n"
        "Camera dei Deputati        Assemblée nationale           Chambre des Députés\n",
        "x.txt",
    )
    assert [s.name for s in st.signatories] == ["Lucia Ferri", "Bertrand Lemoine", "Marc Wolter"]


def test_a_speaker_is_an_office_and_an_office_between_two_speakers_signs():
    st = parse_statement(
        "Western Balkans speakers adopt joint declaration\nBrussels, 5 May 2021\n\n"
        "The declaration was adopted by the Speaker of the Parliament of Croatia Ivan Horvat, the President of the "
        "Assembly of Kosovo*, the Speaker of the Parliament of Montenegro Marko Vuković and the President of the "
        "National Assembly of Serbia.\n",
        "x.txt",
    )
    assert [(s.name, s.country) for s in st.signatories] == [
        ("Ivan Horvat", "Croatia"),
        (None, "Kosovo"),
        ("Marko Vuković", "Montenegro"),
        (None, "Serbia"),
    ]


def test_signers_for_each_country_with_the_verb_left_out_and_the_home_minister_from_the_title():
    st = parse_statement(
        "Nederland, Duitsland en Denemarken ondertekenen Verklaring van Leeuwarden\nLeeuwarden, 18 mei 2018\n\n"
        "Minister van Landbouw Marieke de Haan heeft vandaag in Leeuwarden met haar Duitse en Deense collega's de "
        "Verklaring van Leeuwarden ondertekend. Namens Duitsland tekende parlementair staatssecretaris Frieda Holst "
        "van het Duitse ministerie van Milieu, namens Denemarken de Deense minister van Milieu Jens Kjær.\n\n"
        "De verklaring is het resultaat van de 13e Trilaterale Regeringsconferentie.\n",
        "x.txt",
    )
    assert sorted((s.country, s.name) for s in st.signatories) == [
        ("Denmark", "Jens Kjær"),
        ("Germany", "Frieda Holst"),
        ("Netherlands", "Marieke de Haan"),
    ]


def test_a_dutch_verb_before_its_subject_a_relative_clause_and_a_commissaris_by_office():
    st = parse_statement(
        "Pact van Amsterdam\nAmsterdam, 30-05-2016\n\n"
        "Na afloop legden minister van Binnenlandse Zaken Gerard Westra, die de informele bijeenkomst voorzat, en de "
        "Europees commissaris voor Regionaal Beleid een gezamenlijke verklaring af.\n",
        "x.txt",
    )
    assert [(s.name, s.organisation) for s in st.signatories] == [
        ("Gerard Westra", None),
        (None, "European Commission"),
    ]


def test_capitalised_particles_after_a_role_word_open_a_surname():
    from statements.parsing.names import names_in
    from statements.parsing.people import PeopleRegistry

    found = [n.text for n in names_in("Verklaring van commissaris De Vries en minister Charalambous", PeopleRegistry())]
    assert found == ["De Vries", "Charalambous"]
    assert [n.text for n in names_in("President Von der Leyen said", PeopleRegistry())] == ["Von der Leyen"]
    assert [n.text for n in names_in("Ministro de Estado para la Unión Europea", PeopleRegistry())] == []


def test_alignment_in_croatian_and_after_a_quotation_that_names_other_countries():
    st = parse_statement(
        "Deklaracija Visokog predstavnika\nBruxelles, 20. studenoga 2019.\n\n"
        "EU poziva na mirne izbore.\n\n"
        "Zemlje kandidatkinje Sjeverna Makedonija, Crna Gora i Albanija te Ukrajina usklađuju se s ovom "
        "deklaracijom.\n",
        "x.txt",
    )
    assert st.aligned == ("North Macedonia", "Montenegro", "Albania", "Ukraine")
    st = parse_statement(
        "Albania aligns with the Declaration\nTirana, 17 November 2022\n\n"
        "Albania has aligned itself with the Declaration. The full text follows.\n\n"
        '"The EU will continue to support the Netherlands, Australia, Belgium and Malaysia in their pursuit of '
        'justice."\n'
        "The Candidate Countries Montenegro and Albania align themselves with this declaration.\n",
        "x.txt",
    )
    assert st.aligned == ("Albania", "Montenegro")


def test_the_presidencys_leader_in_capacity_or_in_apposition_is_one_signer_of_the_sites_country():
    st = parse_statement(
        "Sommet UE-Russie : déclaration conjointe\nLe gouvernement luxembourgeois\nMoscou, le 10 mai 2005\n\n"
        "Le Premier ministre Jean Wirth, président en exercice du Conseil européen, le président de la Commission "
        "européenne et le président de la Fédération de Russie ont adopté ce mardi les feuilles de route.\n",
        "x.txt",
    )
    assert sorted((s.country or s.organisation, s.name or "") for s in st.signatories) == [
        ("European Commission", ""),
        ("Luxembourg", "Jean Wirth"),
        ("Russia", ""),
    ]
    st = parse_statement(
        "EU-US Summit: Joint Statement\nDepartment of the Taoiseach\nDromoland Castle, 26 June 2004\n\n"
        "The Taoiseach, Mr Brian Kelly, T.D., in his capacity as President of the European Council, the President "
        "of the European Commission and the President of the United States of America met this morning.\n",
        "x.txt",
    )
    assert "European Council" not in [s.organisation for s in st.signatories if not s.name]


def test_one_countrys_office_listed_beside_a_named_minister_is_another_signer():
    st = parse_statement(
        "Danmark og Sverige lover Kommissionen at holde grænsekontrollen på et minimum\nRitzau\nonsdag\n\n"
        "Bruxelles: Udlændinge- og integrationsminister Karen Holm (V), Sveriges migrationsminister og en "
        "statssekretær er onsdag blevet enige om en fælles erklæring om grænsekontrol.\n",
        "x.txt",
    )
    assert sorted((s.country, s.name or "") for s in st.signatories) == [("Denmark", "Karen Holm"), ("Sweden", "")]
    from statements.parsing.vocabulary import is_role_word

    assert not is_role_word("administrations") and is_role_word("Administrator")


def test_a_three_word_name_after_a_portfolio_ending_in_and_one_word():
    from statements.parsing.names import names_in
    from statements.parsing.people import PeopleRegistry

    text = "de Deense minister van Milieu en Voedsel Jens Overgaard Kjær."
    assert [n.text for n in names_in(text, PeopleRegistry())] == ["Jens Overgaard Kjær"]


def test_the_members_of_the_european_council_sign_as_the_body_in_a_list_and_in_the_slavic_genitive():
    st = parse_statement(
        "EU-Turkey statement\nBrussels, 29/11/2015\n\n"
        "The members of the European Council and the Prime Minister of the Republic of Turkey, Ahmet Kaya, met in "
        "Brussels today and adopted the following statement.\n",
        "x.txt",
    )
    assert [s.name or s.organisation for s in st.signatories] == ["European Council", "Ahmet Kaya"]
    st = parse_statement(
        "Společné prohlášení členů Evropské rady\n26. března 2020\n\n"
        "My, členové Evropské rady, jsme se dnes sešli na videokonferenci.\n",
        "x.txt",
    )
    assert [s.organisation for s in st.signatories] == ["European Council"]


def test_who_signed_for_each_party_when_the_signatories_issue_the_statement():
    st = parse_statement(
        "Sporazum o stabilizaciji i pridruživanju\nLuksemburg, 29. aprila 2008.\n\n"
        "Sporazum su u ime Srbije potpisali predsednik Republike Marko Nikolić i potpredsednik Vlade Jovan Ilić, a "
        "u ime Evropske unije ministar spoljnih poslova Slovenije, zemlje koja predsedava Unijom, i evropski "
        "komesar za proširenje. Potpisnici su posle svečanosti izdali zajedničku izjavu.\n",
        "x.txt",
    )
    assert sorted((s.country or s.organisation, s.name or "") for s in st.signatories) == [
        ("European Commission", ""),
        ("Serbia", "Jovan Ilić"),
        ("Serbia", "Marko Nikolić"),
        ("Slovenia", ""),
    ]
    st = parse_statement(
        "EU-Mexico agreement signed\nBrussels, 8 December 1997\n\n"
        "The agreement was signed today. For the Union the agreement was signed by the Luxembourg Minister for "
        "Foreign Affairs, President-in-Office of the Council, and by the Vice-President of the European Commission; "
        "for Mexico by Mr Ernesto Garza, Secretary of Foreign Affairs. After the ceremony the three signatories "
        "issued the following joint communiqué.\n",
        "x.txt",
    )
    assert sorted((s.country or s.organisation, s.name or "") for s in st.signatories) == [
        ("European Commission", ""),
        ("Luxembourg", ""),
        ("Mexico", "Ernesto Garza"),
    ]


def test_the_signers_of_an_agreement_beside_a_statement_of_others_do_not_sign_it():
    st = parse_statement(
        "Joint statement\nBrussels, 19 October 2018\n\n"
        "We, the President of the European Council, the President of the European Commission and the Prime "
        "Minister of Singapore, Lim Wei, met today. The trade agreements were signed for the Union by the Presidents "
        "of the European Council and the European Commission together with the Federal Chancellor of Austria on "
        "behalf of the Council presidency.\n",
        "x.txt",
    )
    assert "Austria" not in [s.country for s in st.signatories]


def test_czech_alignment_with_the_declaration_between_and_macedonia_by_its_old_czech_name():
    st = parse_statement(
        "Prohlášení předsednictví\nPraha, 3. února 2009\n\nEU vyzývá k dialogu.\n\n"
        "Kandidátské země Chorvatsko, Bývalá jugoslávská republika Makedonie a Turecko, jakož i Moldavská republika "
        "a Ukrajina se k tomuto prohlášení připojují.\n",
        "x.txt",
    )
    assert st.aligned == ("Croatia", "North Macedonia", "Türkiye", "Moldova", "Ukraine")


def test_a_sea_is_no_persons_name_and_a_dutch_portfolio_of_public_works_ends_before_the_name():
    st = parse_statement(
        "Gezamenlijke verklaring over de Nieuwe Sluis\nTerneuzen, 9 juli 2015\n\n"
        "De Europees commissaris voor Vervoer, minister Anna de Boer van Infrastructuur en Milieu en Vlaams minister "
        "van Mobiliteit en Openbare Werken Dirk Peeters ondertekenden vandaag een gezamenlijke verklaring.\n\n"
        "In de verklaring onderstrepen de drie ondertekenaars dat de sluis een schakel is in de corridor "
        "Noordzee-Middellandse Zee.\n",
        "x.txt",
    )
    assert [s.name or s.organisation for s in st.signatories] == ["European Commission", "Anna de Boer", "Dirk Peeters"]


def test_the_european_parliament_in_the_genitive_a_presidents_title_puts_it_in():
    st = parse_statement(
        "Κοινή δήλωση\nΚαστανιές, 3 Μαρτίου 2020\n\n"
        "Η Πρόεδρος της Ευρωπαϊκής Επιτροπής, ο Πρόεδρος του Ευρωπαϊκού Συμβουλίου, ο Πρόεδρος του Ευρωπαϊκού "
        "Κοινοβουλίου και ο Πρωθυπουργός της Ελλάδας Ανδρέας Παππάς συναντήθηκαν σήμερα.\n",
        "x.txt",
    )
    assert [s.name or s.organisation for s in st.signatories] == [
        "European Commission",
        "European Council",
        "European Parliament",
        "Ανδρέας Παππάς",
    ]


def test_governments_after_a_news_dateline_sign_as_such_and_a_quoted_minister_does_not_name_them():
    st = parse_statement(
        "Vino: Italia, Francia e Spagna firmano dichiarazione comune\nANSA\n12 marzo\n\n"
        "(ANSA) - BRUXELLES, 12 MAR - I governi di Italia, Francia e Spagna hanno sottoscritto oggi a Bruxelles una "
        "dichiarazione comune. \"Servono regole uguali per tutti\", ha aggiunto la ministra francese "
        "dell'Agricoltura Hélène Durand.\n",
        "x.txt",
    )
    assert [(s.name, s.country) for s in st.signatories] == [(None, "Italy"), (None, "France"), (None, "Spain")]
    st = parse_statement(
        "Wspólne oświadczenie\nWarszawa, 18.09.2025\n\n"
        "Minister do spraw Unii Europejskiej Anna Nowak i litewski wiceminister podpisali w czwartek oświadczenie.\n",
        "x.txt",
    )
    assert st.signatories[0].organisation is None  # a national portfolio for the Union's affairs


def test_a_verb_first_german_list_keeps_the_commissions_office_apart_from_the_named_minister():
    st = parse_statement(
        "Gemeinsame Erklärung zur Unterzeichnung des Luftverkehrsabkommens zwischen der EU und den Vereinigten Staaten\n"
        "Brüssel, 30. April 2007\n\n"
        "Am Rande des Gipfels in Washington unterzeichneten heute der für Verkehr zuständige Vizepräsident der "
        "Europäischen Kommission, der deutsche Bundesverkehrsminister Hans Degen als amtierender Präsident des Rates "
        "und US-Verkehrsministerin Mary Hall das Abkommen. Sie geben dazu folgende gemeinsame Erklärung ab.\n",
        "x.txt",
    )
    assert [(s.name, s.country or s.organisation) for s in st.signatories][:2] == [
        (None, "European Commission"),
        ("Hans Degen", "Germany"),
    ]


def test_a_statement_of_a_meeting_in_a_title_names_no_signer():
    st = parse_statement(
        "Gemensamt uttalande från toppmötet mellan EU och Indien i New Delhi\n6 november 2009\n\n"
        "Sveriges statsminister, i egenskap av Europeiska rådets ordförande, Europeiska kommissionens ordförande och "
        "Indiens premiärminister möttes i dag i New Delhi.\n",
        "x.txt",
    )
    assert "New Delhi" not in [s.name for s in st.signatories]
    assert {"Sweden", "India"} <= {s.country for s in st.signatories}


def test_a_country_before_its_office_then_in_capacity_is_one_signer():
    st = parse_statement(
        "Gemensamt uttalande\n6 november 2009\n\n"
        "Sveriges statsminister, i egenskap av Europeiska rådets ordförande, Europeiska kommissionens ordförande och "
        "Indiens premiärminister möttes i dag i New Delhi.\n",
        "x.txt",
    )
    assert sorted(s.country or s.organisation for s in st.signatories) == ["European Commission", "India", "Sweden"]


def test_an_agencys_dateline_in_capitals_is_no_surname_and_the_us_in_the_south_slavic_genitive():
    st = parse_statement(
        "Zajednička izjava\nFENA\n\n"
        "SARAJEVO, (FENA) – Predsjednik Republike Finske i predsjedavajući Predsjedništva BiH Edin Kovač potpisali "
        "su u petak u Sarajevu zajedničku izjavu.\n",
        "x.txt",
    )
    assert sorted((s.country, s.name or "") for s in st.signatories) == [
        ("Bosnia and Herzegovina", "Edin Kovač"),
        ("Finland", ""),
    ]
    from statements.parsing.countries import find_countries

    assert [c for _, _, c in find_countries("predsjednik Sjedinjenih Američkih Država")] == ["United States"]


def test_an_office_after_an_opening_phrase_and_a_name_with_its_icon_and_role_are_two_signers():
    st = parse_statement(
        "Joint communiqué of the co-chairs\nBrussels, 05/10/2016\n\n"
        "At its close the High Representative of the Union for Foreign Affairs and Security Policy and Vice-President "
        "of the European Commission and Hamid Karimi i, Minister of Finance of the Islamic Republic of Afghanistan, "
        "issued the following joint communiqué.\n",
        "x.txt",
    )
    assert [(s.name, s.country or s.organisation) for s in st.signatories] == [
        (None, "European Union"),
        ("Hamid Karimi", "Afghanistan"),
    ]


def test_the_euro_areas_leaders_are_the_euro_summit():
    st = parse_statement(
        "Oświadczenie szczytu strefy euro\nBruksela, 29 czerwca 2012 r.\n\n"
        "My, szefowie państw lub rządów strefy euro, zebrani na szczycie strefy euro, uzgodniliśmy, co następuje.\n",
        "x.txt",
    )
    assert [s.organisation for s in st.signatories] == ["Euro Summit"]


def test_a_long_office_of_another_country_beside_a_named_minister_signs_and_a_portfolio_is_no_name():
    st = parse_statement(
        "Parceria Especial\nGoverno da Guiné-Bissau\nNotícias | Bissau, 3 de Março de 2009\n\n"
        "A declaração conjunta foi assinada pelo Ministro dos Negócios Estrangeiros, Rui Tavares Lopes, pelo Ministro "
        "de Estado e dos Negócios Estrangeiros de Espanha, na qualidade de Presidente do Conselho da União Europeia, e "
        "pelo Comissário Europeu para o Desenvolvimento e a Ajuda Humanitária.\n",
        "x.txt",
    )
    assert [(s.name, s.country or s.organisation) for s in st.signatories] == [
        ("Rui Tavares Lopes", "Guinea-Bissau"),
        (None, "Spain"),
        (None, "European Commission"),
    ]


def test_a_party_named_by_its_nationality_before_the_verb_of_signing_and_an_institution_after_it():
    st = parse_statement(
        "Ministři podepsali prohlášení\nPraha, 12. května 2009\n\n"
        "Prohlášení za pořádající polské předsednictví podepsal ministr zahraničí Paweł Hrabiński, za Evropskou "
        "komisi eurokomisař pro rozšíření. Zástupci ostatních zemí jej přijali.\n",
        "x.txt",
    )
    assert [(s.name, s.country or s.organisation) for s in st.signatories] == [
        ("Paweł Hrabiński", "Poland"),
        (None, "European Commission"),
    ]


def test_hungarian_names_with_their_offices_after_them_and_a_commissioner_by_office_before_the_verb():
    st = parse_statement(
        "Átadták a vezetéket\nBudapest, 2010. október 14.\n\n"
        "Az ünnepségen Kertész Boldizsár nemzeti fejlesztési miniszter, Mihai Popescu román gazdasági miniszter és az "
        "Európai Bizottság energiaügyi biztosa közös nyilatkozatot írt alá.\n",
        "x.txt",
    )
    assert [(s.name, s.role, s.country or s.organisation) for s in st.signatories] == [
        ("Kertész Boldizsár", "nemzeti fejlesztési miniszter", None),  # ("national": the text names no country)
        ("Mihai Popescu", "gazdasági miniszter", "Romania"),
        (None, "energiaügyi biztosa", "European Commission"),
    ]


def test_a_body_named_before_its_office_is_the_organisation_not_the_role():
    from statements.parsing.names import clean_role

    assert clean_role("the Council of Europe Commissioner for Human Rights") == (
        "Commissioner for Human Rights",
        None,
        "Council of Europe",
    )
    assert clean_role("European Commission's Chief Negotiator") == ("Chief Negotiator", None, "European Commission")


def test_a_we_declaration_is_made_by_the_parties_a_closing_line_lists():
    st = parse_statement(
        "DECLARATION OF THE MINISTERIAL MEETING OF THE DANUBE COMMISSION\nVienna, 12 May 2005\n\n"
        "We, the Ministers and the representatives of the Contracting Parties to the Convention on the Danube,\n\n"
        "1. Agree to protect the river basin.\n\n"
        "Adopted at Vienna, 12 May 2005\n\n"
        "Contracting Parties represented at the meeting: Austria, Bulgaria, Croatia, Hungary, Romania and the "
        "European Community.\n",
        "x.txt",
    )
    assert [s.country or s.organisation for s in st.signatories] == [
        "Austria",
        "Bulgaria",
        "Croatia",
        "Hungary",
        "Romania",
        "European Community",
    ]


def test_an_institutions_office_after_a_named_signers_relative_clause_signs_beside_him():
    st = parse_statement(
        "Signing of the Partnership\nSeptember 27, 2019\n\n"
        "On September 27, Mr. Haruto Okabe, Prime Minister of Japan, who is visiting Brussels to address a forum, and "
        "the President of the European Commission signed the Partnership.\n",
        "x.txt",
    )
    assert [(s.name, s.role, s.country or s.organisation) for s in st.signatories] == [
        ("Haruto Okabe", "Prime Minister", "Japan"),
        (None, "President of the European Commission", "European Commission"),
    ]


def test_the_unions_presidents_after_a_named_president_each_sign_and_a_summits_acronym_pair_is_no_name():
    st = parse_statement(
        "Cimeira UE-EUA: Presidentes assinam declaração conjunta\n\n"
        "Lisboa, 20 nov (Lusa) - O Presidente dos Estados Unidos, Daniel Whitford, o presidente do Conselho Europeu e "
        "o presidente da Comissão Europeia assinaram hoje em Lisboa uma declaração conjunta no final da cimeira "
        "UE-EUA, que decorreu neste sábado.\n",
        "x.txt",
    )
    assert [(s.name, s.country or s.organisation) for s in st.signatories] == [
        ("Daniel Whitford", "United States"),
        (None, "European Council"),
        (None, "European Commission"),
    ]


def test_a_slavic_and_before_a_nationality_and_an_office_parts_two_signers():
    st = parse_statement(
        "Summit EU–Kanada\nPraha, 6. května 2009\n\n"
        "Předseda vlády České republiky Tomáš Kratochvíl, který po dobu českého předsednictví předsedá Evropské radě, "
        "předseda Evropské komise a kanadský premiér Stuart Whitcombe se ve středu sešli v Praze na summitu. Po jednání "
        "vydali společné prohlášení.\n",
        "x.txt",
    )
    assert [(s.name, s.country or s.organisation) for s in st.signatories] == [
        ("Tomáš Kratochvíl", "Czechia"),
        (None, "European Commission"),
        ("Stuart Whitcombe", "Canada"),
    ]


def test_offices_with_no_article_parted_by_commas_and_and_before_a_name_sign_each():
    st = parse_statement(
        "Toppmöte mellan EU och Kina\nStockholm den 30 november 2009\n\n"
        "Statsministern, som i egenskap av ordförande i Europeiska rådet ledde EU:s delegation, Europeiska "
        "kommissionens ordförande och Kinas premiärminister Liang Weimin höll på måndagen ett toppmöte i Nanjing.\n",
        "x.txt",
    )
    assert [(s.name, s.country or s.organisation) for s in st.signatories] == [
        (None, "European Commission"),
        ("Liang Weimin", "China"),
    ]


def test_the_presidencys_minister_who_signs_for_the_union_by_office_is_his_countrys_office_and_no_named_ones():
    st = parse_statement(
        "Avtalen undertegnet i Brussel\nOslo, 18. mai 1999\n\n"
        "Utenriksminister Ragnar Solvang og Islands utenriksminister Einar Thorsson undertegnet i dag i Brussel avtalen. "
        "For Den europeiske union undertegnet Rådets formann, Tysklands utenriksminister.\n",
        "x.txt",
    )
    assert [(s.name, s.country) for s in st.signatories] == [
        ("Ragnar Solvang", None),
        ("Einar Thorsson", "Iceland"),
        (None, "Germany"),
    ]


def test_an_office_whose_capacity_names_its_presidencys_nationality_signs_for_that_country():
    st = parse_statement(
        "Videokonferenz EU-China\nBerlin, 14. September 2020\n\n"
        "Die Bundeskanzlerin, in ihrer Funktion als Vertreterin der deutschen EU-Ratspräsidentschaft, der Präsident des "
        "Europäischen Rates und die Präsidentin der Europäischen Kommission haben heute beraten.\n",
        "x.txt",
    )
    assert [s.country or s.organisation for s in st.signatories] == [
        "Germany",
        "European Council",
        "European Commission",
    ]


def test_a_participle_of_meeting_ends_the_subject_before_the_counterparts_they_met():
    st = parse_statement(
        "Déclaration conjointe\nParis, le 13 décembre 1995\n\n"
        "Le ministre des affaires étrangères de la République française, M. Paul Lenormand, et le ministre espagnol des "
        "affaires étrangères, président en exercice du Conseil de l'Union européenne, réunis ce mercredi avec leurs "
        "homologues des États-Unis et de la Russie, ainsi qu'avec les représentants de l'OSCE, font la déclaration "
        "suivante :\n",
        "x.txt",
    )
    assert [(s.name, s.country or s.organisation) for s in st.signatories] == [
        ("Paul Lenormand", "France"),
        (None, "Spain"),
    ]


def test_offices_parted_by_semicolons_each_sign_and_latin_america_is_no_country():
    st = parse_statement(
        "Joint statement\nBrussels, 28 February 2008\n\n"
        "The Vice-President of the Commission responsible for relations with Latin America; the Slovenian Minister of "
        "the Interior, in his capacity as President of the Council; and the Head of Government of the Principality of "
        "Liechtenstein, Markus Vogler, issued the following joint statement:\n",
        "x.txt",
    )
    assert [(s.name, s.country or s.organisation) for s in st.signatories] == [
        (None, "European Commission"),
        (None, "Slovenia"),
        ("Markus Vogler", "Liechtenstein"),
    ]


def test_finnish_parties_represented_by_named_leaders_and_an_office_not_its_capacity():
    st = parse_statement(
        "EU:n ja Kiinan huippukokous\nHelsinki 9.9.2006\n\n"
        "EU:n ja Kiinan huippukokous pidettiin Helsingissä. Euroopan unionia edustivat pääministeri Mikko Rautavaara "
        "Euroopan unionin neuvoston puheenjohtajana ja Euroopan komission puheenjohtaja. Kiinaa edusti pääministeri "
        "Wang Jianguo.\n",
        "x.txt",
    )
    assert [(s.name, s.country or s.organisation) for s in st.signatories] == [
        ("Mikko Rautavaara", None),
        (None, "European Commission"),
        ("Wang Jianguo", "China"),
    ]


def test_four_names_right_after_a_role_word_are_one_name_and_a_memorandum_is_no_one():
    st = parse_statement(
        "Comunicado\nCiudad de Guatemala, 19 de marzo de 2024\n\n"
        "El canciller Rodrigo Esteban Ayala Monterroso y el Alto Representante de la Unión para Asuntos Exteriores y "
        "Política de Seguridad firmaron este martes en Bruselas un Memorando de Entendimiento que establece un "
        "mecanismo de consultas entre Guatemala y la Unión Europea.\n",
        "x.txt",
    )
    assert [(s.name, s.organisation) for s in st.signatories] == [
        ("Rodrigo Esteban Ayala Monterroso", None),
        (None, "European Union"),
    ]


def test_an_office_between_a_capacity_and_the_next_names_bare_title_signs_and_an_acronym_after_an_article_is_no_one():
    st = parse_statement(
        "Top EU-China\nDen Haag, 8 december 2004\n\n"
        "Minister-president Willem Hoogeveen, in zijn hoedanigheid van voorzitter van de Europese Raad, de voorzitter "
        "van de Europese Commissie en premier Zhou Jianping van de Volksrepubliek China hebben woensdag in Den Haag de top "
        "gehouden. De hoge vertegenwoordiger voor het GBVB nam eveneens deel.\n",
        "x.txt",
    )
    assert [(s.name, s.organisation) for s in st.signatories] == [
        ("Willem Hoogeveen", None),
        (None, "European Commission"),
        ("Zhou Jianping", None),
    ]


def test_a_czech_capacity_is_no_signer_and_a_states_adjective_is_no_surname():
    st = parse_statement(
        "Summit EU–Čína\nPraha, 20. května 2009\n\n"
        "Předseda vlády ČR Tomáš Kratochvíl jako předsedající Evropské rady, předseda Evropské komise a premiér Státní "
        "rady Čínské lidové republiky Wang Lichun se ve středu sešli v Praze na summitu.\n",
        "x.txt",
    )
    assert [(s.name, s.organisation) for s in st.signatories] == [
        ("Tomáš Kratochvíl", None),
        (None, "European Commission"),
        ("Wang Lichun", None),
    ]


def test_countries_between_spaced_hyphens_after_a_datelines_hyphen_sign():
    st = parse_statement(
        "Nove leader scrivono al presidente del Consiglio europeo\n\n"
        "BRUXELLES - I capi di Stato o di governo di nove Paesi dell'Unione europea - Italia, Francia, Spagna, "
        "Portogallo, Belgio, Grecia, Irlanda, Lussemburgo e Slovenia - hanno firmato oggi una lettera indirizzata al "
        "presidente del Consiglio europeo.\n",
        "x.txt",
    )
    assert [s.country for s in st.signatories] == [
        "Italy", "France", "Spain", "Portugal", "Belgium", "Greece", "Ireland", "Luxembourg", "Slovenia"
    ]
    assert st.signatories[0].role == "capi di Stato o di governo"


def test_a_we_declaration_whose_group_a_footnote_in_the_text_lists_is_made_by_those_countries():
    st = parse_statement(
        "Verklaring van de staatshoofden en regeringsleiders\nBrussel, 2 maart 2012\n\n"
        "Wij, de staatshoofden en regeringsleiders van de vier lidstaten die vandaag het verdrag hebben ondertekend*, "
        "verklaren het volgende.\n\n"
        "Met dit verdrag verbinden wij ons ertoe onze begrotingen in evenwicht te houden.\n\n"
        "* België, Denemarken, Estland en Ierland.\n",
        "x.txt",
    )
    assert [s.country for s in st.signatories] == ["Belgium", "Denmark", "Estonia", "Ireland"]


def test_a_parliaments_genitive_in_a_signature_line_is_its_office_not_the_name():
    st = parse_statement(
        "Wspólne oświadczenie\nWarszawa, 9 czerwca 2003 r.\n\n"
        "Dziękujemy wszystkim, którzy wzięli udział w głosowaniu.\n\n"
        "Marszałek Sejmu Tadeusz Krzemiński\n"
        "Marszałek Senatu Barbara Olszewska\n",
        "x.txt",
    )
    assert [(s.name, s.role) for s in st.signatories] == [
        ("Tadeusz Krzemiński", "Marszałek Sejmu"),
        ("Barbara Olszewska", "Marszałek Senatu"),
    ]


def test_offices_after_a_czech_verb_up_to_the_statement_they_issue_and_the_united_states_in_the_genitive():
    st = parse_statement(
        "Společné prohlášení\nPraha, 5. dubna 2009\n\n"
        "Po skončení jednání vydali předseda Evropské komise a prezident Spojených států amerických toto společné "
        "prohlášení:\n",
        "x.txt",
    )
    assert sorted(s.country or s.organisation for s in st.signatories) == ["European Commission", "United States"]
    from statements.parsing.names import is_not_name

    assert is_not_name("PDSR") and is_not_name("Národnej") and not is_not_name("TUSK")


def test_who_met_after_a_verb_of_meeting_and_when_and_where_sign():
    st = parse_statement(
        "Medienmitteilung\nVaduz, 19. Dezember 2011\n\n"
        "Aus diesem Anlass trafen sich am Montag in Vaduz Regierungschef-Stellvertreter Markus Frommelt, Bundesrätin "
        "Ursula Gerber-Lanz und die österreichische Bundesministerin für Inneres Claudia Pichlmayr. Sie unterzeichneten "
        "folgende gemeinsame Erklärung:\n",
        "x.txt",
    )
    assert [s.name for s in st.signatories] == ["Markus Frommelt", "Ursula Gerber-Lanz", "Claudia Pichlmayr"]


def test_an_office_with_its_portfolio_first_closing_a_list_of_names_signs():
    st = parse_statement(
        "Yhteinen julkilausuma\nHelsinki 16.10.1999\n\n"
        "Kokouksen päätteeksi oikeusministeri Aino Kettunen, sisäasiainministeri Pekka Laaksonen ja oikeus- ja "
        "sisäasioista vastaava komissaari antoivat seuraavan yhteisen julkilausuman:\n",
        "x.txt",
    )
    assert [(s.name, s.organisation) for s in st.signatories] == [
        ("Aino Kettunen", None),
        ("Pekka Laaksonen", None),
        (None, "European Commission"),
    ]


def test_the_other_side_represented_by_its_president_further_on_in_the_paragraph_signs():
    st = parse_statement(
        "EU-PAKISTAN SUMMIT\nBrussels, 17 June 2009\n\n"
        "Leaders of the European Union and of Pakistan met today in Brussels for the first summit. The European Union "
        "was represented by the President of the European Commission. The High Representative also attended. The "
        "two sides welcomed the summit. Pakistan was represented by its President, Karim Nawaz Qureshi.\n",
        "x.txt",
    )
    assert ("Karim Nawaz Qureshi", "Pakistan") in [(s.name, s.country) for s in st.signatories]


def test_hungarian_ministers_named_after_a_verb_of_talks_each_with_the_office_after_the_name():
    st = parse_statement(
        "Átadták a hidat\nBudapest, 2001. október 11.\n\n"
        "Az átadás után Esztergomban tárgyalt Kovács Bálint közlekedési és vízügyi miniszter és Peter Hrnčiar szlovák "
        "közlekedési miniszter. A két miniszter közös nyilatkozatot írt alá.\n",
        "x.txt",
    )
    assert [(s.name, s.role) for s in st.signatories][:2] == [
        ("Kovács Bálint", "közlekedési és vízügyi miniszter"),
        ("Peter Hrnčiar", "közlekedési miniszter"),
    ]


def test_his_counterpart_after_a_named_minister_is_no_verb_and_signs():
    st = parse_statement(
        "Verdrag ondertekend\nDen Haag, 28 november 2016\n\n"
        "Minister van Buitenlandse Zaken Pieter Hoekstra en zijn Belgische ambtgenoot, vicepremier en minister van "
        "Buitenlandse Zaken Marc Dujardin, hebben vandaag in Antwerpen een verdrag ondertekend.\n",
        "x.txt",
    )
    assert [s.name for s in st.signatories] == ["Pieter Hoekstra", "Marc Dujardin"]


def test_a_named_person_the_signers_met_with_is_no_signer():
    st = parse_statement(
        "Dichiarazione congiunta\nRoma, 17 settembre 2023\n\n"
        "Al termine dell'incontro con il sindaco dell'isola, Salvatore Lombardo, hanno rilasciato la seguente "
        "dichiarazione congiunta.\n",
        "x.txt",
    )
    assert [s.name for s in st.signatories if s.name] == []


def test_malaysian_titles_before_a_name_are_no_part_of_it():
    st = parse_statement(
        "EU-Malaysia agreement signed\nBrussels, 14 December 2022\n\n"
        "The Agreement was signed for the European Union by the High Representative, and for Malaysia by the Minister "
        "of Foreign Affairs, Dato' Seri Hakim Rahman Yusof.\n",
        "x.txt",
    )
    assert "Hakim Rahman Yusof" in [s.name for s in st.signatories]


def test_moldova_declined_in_croatian_is_a_country():
    from statements.parsing.countries import find_countries

    assert [c for _, _, c in find_countries("čelnici Albanije, Grčke, Moldove i Slovenije")] == [
        "Albania", "Greece", "Moldova", "Slovenia"
    ]


def test_countries_the_opening_lists_join_the_body_a_title_names_beside_them():
    st = parse_statement(
        "Four Baltic countries and the Commission sign Memorandum on a power grid\nBrussels, 3 December 2010\n\n"
        "Ministers and state secretaries of Estonia, Finland, Latvia and Lithuania, together with the Commissioner for "
        "Energy, today signed a Memorandum of Understanding on the margins of the Energy Council in Brussels.\n",
        "x.txt",
    )
    assert sorted(s.country or s.organisation for s in st.signatories) == [
        "Estonia", "European Commission", "Finland", "Latvia", "Lithuania"
    ]


def test_a_one_word_surname_after_a_two_word_one_in_a_titles_plural_list():
    st = parse_statement(
        "Joint Statement by Vice-President Lindqvist and Commissioners Borg Olivier and Mäkelä ahead of the day\n"
        "Brussels, 5 February 2020\n\nThe Commission marks the day.\n",
        "x.txt",
    )
    assert [s.name for s in st.signatories] == ["Lindqvist", "Borg Olivier", "Mäkelä"]


def test_the_offices_of_a_clause_of_time_after_the_statement_do_not_sign():
    st = parse_statement(
        "Zajednička izjava\nZagreb, 10. srpnja 2020.\n\n"
        "Ministar financija Ivan Kovačić i guverner Hrvatske narodne banke Marko Babić u petak su dali zajedničku "
        "izjavu nakon što su ministri financija i guverneri središnjih banaka Danske, Bugarske i Hrvatske odlučili "
        "da kuna ulazi u tečajni mehanizam.\n",
        "x.txt",
    )
    assert not [s for s in st.signatories if s.country in ("Denmark", "Bulgaria")]


def test_a_head_of_government_of_no_country_on_a_governments_page_is_the_sites():
    st = parse_statement(
        "Declaração conjunta\nPortal do Governo\nGoverno de Portugal\n\nLisboa, 24 de Março de 2000\n\n"
        "No encerramento do Conselho Europeu, o Primeiro-Ministro, na qualidade de Presidente do Conselho Europeu, e "
        "o Presidente da Comissão Europeia fizeram a seguinte declaração conjunta:\n",
        "x.txt",
    )
    assert sorted(s.country or s.organisation for s in st.signatories) == ["European Commission", "Portugal"]


def test_hungarian_offices_in_the_instrumental_are_whom_one_met_with_not_the_subject():
    from statements.parsing.signatories import _subject_text

    assert _subject_text(
        "A magyar diplomácia vezetője Jan Novák cseh külügyminiszterrel, valamint a lengyel külügyminisztérium "
        "államtitkárával tárgyalt."
    ) is None


def test_a_presidencys_capitalised_adjective_in_the_header_names_the_sites_country():
    st = parse_statement(
        "Declaração conjunta\nPortal do Governo\nPresidência Portuguesa da União Europeia 2000\n\n"
        "Lisboa, 24 de Março de 2000\n\n"
        "No encerramento do Conselho Europeu, o Primeiro-Ministro, na qualidade de Presidente do Conselho Europeu, e "
        "o Presidente da Comissão Europeia fizeram a seguinte declaração conjunta:\n",
        "x.txt",
    )
    assert sorted(s.country or s.organisation for s in st.signatories) == ["European Commission", "Portugal"]


def test_a_we_declaration_over_one_signer_a_line_is_signed_by_them():
    lines = [
        "Mr Tomas Verhaegen, Minister of Foreign Affairs of the Kingdom of Belgium,",
        "Ms Ilse Marmor, Deputy Minister of Foreign Affairs of the Republic of Austria,",
        "Mr Petar Jovkov, Ambassador of the Republic of Bulgaria,",
    ]
    for joined in (False, True):  # as written, and as a page of one width joins them
        st = parse_statement(
            "Declaration of the Ministers for Foreign Affairs\n\nVienna, 3 March 2014\n\n"
            "We, the Ministers for Foreign Affairs and Heads of Delegation of the Participating States,\n\n"
            + (" ".join(lines) if joined else "\n".join(lines))
            + "\n\nhaving met in Vienna on 3 March 2014,\n\n1. Reaffirm our commitment to good-neighbourly relations.\n",
            "x.txt",
        )
        assert [(s.name, s.role, s.country) for s in st.signatories] == [
            ("Tomas Verhaegen", "Minister of Foreign Affairs", "Belgium"),
            ("Ilse Marmor", "Deputy Minister of Foreign Affairs", "Austria"),
            ("Petar Jovkov", "Ambassador", "Bulgaria"),
        ], joined


def test_a_passive_heading_over_list_items_names_the_signers_and_whom_they_sign_for():
    st = parse_statement(
        "Dichiarazione congiunta\n\nRoma, 4 marzo 2004\n\nLe due delegazioni hanno adottato la dichiarazione.\n\n"
        "La dichiarazione è stata firmata da:\n"
        "- Carlo Benvenuti, Direttore Generale per i Paesi dell'Europa, per la delegazione italiana;\n"
        "- Ivo Marković, Assistente del Ministro degli Affari Esteri della Repubblica di Croazia, per la delegazione croata.\n\n"
        "Alla riunione hanno partecipato esperti dei due ministeri.\n",
        "x.txt",
    )
    assert [(s.name, s.role, s.country) for s in st.signatories] == [
        ("Carlo Benvenuti", "Direttore Generale per i Paesi dell'Europa", "Italy"),
        ("Ivo Marković", "Assistente del Ministro degli Affari Esteri", "Croatia"),
    ]


def test_an_unnamed_office_of_another_portfolio_is_not_the_named_signer_without_a_country():
    st = parse_statement(
        "Gemeinsame Erklärung\n\nDresden, 3. März 2024\n\nDie Minister haben heute eine Erklärung unterzeichnet.\n\n"
        "Die Gemeinsame Erklärung wurde unterzeichnet von:\n"
        "- Jonas Ebersberg, Bundesminister für Verkehr der Bundesrepublik Deutschland\n"
        "- Lutz Hagedorn, Sächsischer Staatsminister für Infrastruktur und Landesentwicklung\n"
        "- dem Minister für Verkehr der Tschechischen Republik\n\nPressestelle\n",
        "x.txt",
    )
    assert [(s.name, s.role, s.country) for s in st.signatories][1:] == [
        ("Lutz Hagedorn", "Sächsischer Staatsminister für Infrastruktur und Landesentwicklung", None),
        (None, "Minister für Verkehr", "Czechia"),
    ]


def test_offices_between_dashes_after_represented_by_go_on_past_a_presidency_spoken_for():
    st = parse_statement(
        "Joint Communiqué\n\nLima, 3 June 2008\n\n"
        "The Heads of State of the Andean Community and the European Union, the latter represented by its Troika — "
        "the Prime Minister of Slovenia, in his capacity as President of the European Council, the Prime Minister of "
        "France, on behalf of the incoming Presidency, the President of the European Commission and the High "
        "Representative — met in Lima, Peru, on 3 June 2008.\n",
        "x.txt",
    )
    assert sorted((s.role, s.organisation or s.country) for s in st.signatories if s.role) == [
        ("High Representative", "European Union"),
        ("President", "European Commission"),
        ("Prime Minister", "European Council"),
        ("Prime Minister", "France"),
    ]


def test_a_parliaments_name_beside_a_signer_is_no_one():
    from statements.parsing.names import is_not_name

    assert is_not_name("Verkhovna") and is_not_name("Saeimas") and is_not_name("Riigikogu")
    st = parse_statement(
        "Joint declaration of the two Co-Presidents\n\nPress release - External relations - 03-05-2011 - 18:12\n\n"
        "The newly elected Co-Presidents, Anton Petrov (S&D, BG) for the European Parliament component and Oleh "
        "Marchuk (Verkhovna Rada of Ukraine) for the Eastern European component, then signed the following joint "
        "declaration:\n",
        "x.txt",
    )
    assert "Verkhovna Rada" not in [s.name for s in st.signatories]


def test_a_dutch_portfolio_of_two_capitalised_words_is_not_part_of_the_name_after_it():
    from statements.parsing.names import names_in
    from statements.parsing.people import PeopleRegistry

    assert [n.text for n in names_in("Voor Nederland tekende minister voor Medische Zorg Jan Visscher.", PeopleRegistry())] == [
        "Jan Visscher"
    ]


def test_the_minister_at_whose_invitation_the_ministers_met_signs_with_them():
    st = parse_statement(
        "Déclaration de Lyon\nMinistère de l'Intérieur\n\nPublié le 12/09/2016\n\n"
        "Réunis ce lundi à Lyon à l'invitation du ministre de l'Intérieur, Paul Garnier, les ministres de l'Intérieur "
        "de l'Allemagne, de la Belgique, de l'Espagne, de l'Italie et des Pays-Bas ont adopté la déclaration suivante.\n",
        "x.txt",
    )
    assert ("Paul Garnier", "ministre de l'Intérieur") in [(s.name, s.role) for s in st.signatories]
    assert {"Germany", "Belgium", "Spain", "Italy", "Netherlands"} <= {s.country for s in st.signatories}


def test_a_place_after_a_preposition_of_where_is_no_name():
    from statements.parsing.names import names_in
    from statements.parsing.people import PeopleRegistry

    for text in ("reuniram-se esta sexta-feira em Ponta Delgada", "réunis ce samedi à Saint Malo", "trafen sich im Haus Europa"):
        assert names_in(text, PeopleRegistry()) == [], text


def test_a_regions_name_between_a_role_and_a_name_is_the_roles():
    from statements.parsing.names import clean_role, names_in
    from statements.parsing.people import PeopleRegistry

    text = "Udenrigsminister Anders Holst og ministerpræsident for Slesvig-Holsten Hans-Jörg Brandt mødtes i dag"
    assert [n.text for n in names_in(text, PeopleRegistry())] == ["Anders Holst", "Hans-Jörg Brandt"]
    # the last name's tail and "and" before a role are no part of it; a portfolio's pair is
    assert clean_role("Dijk i en commissaris voor Veiligheidsunie")[0] == "commissaris voor Veiligheidsunie"
    assert clean_role("Transport and Communications Minister")[0] == "Transport and Communications Minister"


def test_a_host_and_guest_sign_though_the_issuing_sentence_names_its_subject_after_the_verb():
    st = parse_statement(
        "Wspólne oświadczenie ministrów\nMinisterstwo Infrastruktury\n\n10.10.2019\n\n"
        "W czwartek w Suwałkach minister infrastruktury Jan Kowalczyk spotkał się z ministrem komunikacji Republiki "
        "Litewskiej Andriusem Petrauskasem. Po spotkaniu ministrowie podpisali wspólne oświadczenie w sprawie drogi "
        "Via Baltica.\n",
        "x.txt",
    )
    assert [(s.name, s.role) for s in st.signatories][:1] == [("Jan Kowalczyk", "minister infrastruktury")]
    assert [s.country for s in st.signatories][1:] == ["Lithuania"]


def test_a_role_read_out_of_a_whole_sentence_starts_at_its_role_word():
    from statements.parsing.signatories import _tight_role

    assert _tight_role("Gospodarzem spotkania był minister infrastruktury") == "minister infrastruktury"
    assert _tight_role("Vid mötet antog statsminister") == "statsminister"
    assert _tight_role("by the Transport and Communications Minister") == "Transport and Communications Minister"
    assert _tight_role("antog justitie- och beredskapsminister") == "justitie- och beredskapsminister"


def test_two_readings_of_a_role_keep_the_one_without_a_clause_before_it():
    from statements.parsing.signatories import _fuller_role

    assert _fuller_role("On Monday the Minister of Energy", "Minister of Energy") == "Minister of Energy"
    assert _fuller_role("av utenriksminister", "utenriksminister") == "utenriksminister"
    assert _fuller_role("Deputy Prime Minister", "Prime Minister") == "Deputy Prime Minister"
    assert _fuller_role("mezőgazdasági miniszter", "miniszter") == "mezőgazdasági miniszter"
    assert _fuller_role("državni sekretar", None) == "državni sekretar"


def test_a_slovenian_dual_heading_over_a_signature_list():
    st = parse_statement(
        "Skupna izjava\n\nCelovec, 3. julija 2017\n\nDelegaciji sta se sestali v Celovcu.\n\n"
        "Skupno izjavo sta podpisala:\n– Janez Kovačič, minister za zunanje zadeve Republike Slovenije,\n"
        "– Peter Huber, deželni glavar Koroške.\n\nNaslednje zasedanje bo leta 2019.\n",
        "x.txt",
    )
    assert [s.name for s in st.signatories] == ["Janez Kovačič", "Peter Huber"]


def test_the_sites_own_head_of_government_before_a_nordic_genitive_country():
    st = parse_statement(
        "Gemensam förklaring\nRegeringskansliet\nPressmeddelande från Statsrådsberedningen\nPublicerad 14 mars 2018\n\n"
        "Statsministern och Norges statsminister undertecknade på onsdagen en gemensam förklaring om samarbete mellan "
        "Sverige och Norge.\n",
        "x.txt",
    )
    assert sorted(s.country for s in st.signatories) == ["Norway", "Sweden"]


def test_a_signature_list_a_page_joined_into_one_line_parts_again_and_ends_at_the_text():
    st = parse_statement(
        "Wspólne oświadczenie\nMinisterstwo Spraw Zagranicznych\n\nWarszawa, 08.11.2010\n\n"
        "Po rozmowach przyjęto wspólne oświadczenie.\n\nOświadczenie podpisali:\n"
        "Adam Wróbel, minister spraw zagranicznych Rzeczypospolitej Polskiej,\n"
        "Ivo Kovač, minister spraw zagranicznych Republiki Chorwacji.\n\n"
        "Ministrowie z zadowoleniem odnotowali postępy Chorwacji na drodze do członkostwa w Unii Europejskiej i wsparcie.\n\n"
        "Drukuj   Udostępnij\n",
        "x.txt",
    )
    assert [(s.name, s.country) for s in st.signatories] == [("Adam Wróbel", "Poland"), ("Ivo Kovač", "Croatia")]


def test_nations_and_a_saints_place_are_no_ones_name():
    from statements.parsing.names import is_not_name

    assert is_not_name("Naties") and is_not_name("Nations") and is_not_name("São")
    assert not is_not_name("Natividad")


def test_a_declaration_of_a_topic_after_a_subject_that_names_the_signers_is_no_list_of_signers():
    st = parse_statement(
        "Gemeinsame Erklärung zum Ausbau der Bahnverbindung\nPressemitteilung 031/2019\nTrier, 16.05.2019\n\n"
        "Der Bundesminister für Verkehr, Jochen Albrecht, und der luxemburgische Minister für Mobilität, Marc Weiler, "
        "haben heute in Trier eine Gemeinsame Erklärung zum Ausbau der Schienenverbindung zwischen Trier und "
        "Luxemburg unterzeichnet.\n",
        "x.txt",
    )
    assert [s.name for s in st.signatories] == ["Jochen Albrecht", "Marc Weiler"]


def test_a_named_islands_group_is_not_iceland_but_the_nordic_genitive_is():
    from statements.parsing.countries import find_countries

    assert find_countries("the Pacific Islands Forum") == []
    assert [c for _, _, c in find_countries("Danmark, Norge, Islands och Sveriges ministrar")] == [
        "Denmark",
        "Norway",
        "Iceland",
        "Sweden",
    ]


def test_offices_of_two_countries_over_points_that_share_their_verb_sign():
    st = parse_statement(
        "Společné prohlášení\nVláda ČR\n\n17. 10. 2022\n\n"
        "Předseda vlády v pondělí přijal předsedu vlády Republiky Slovinsko. Po jednání podepsali společné prohlášení.\n\n"
        "Předseda vlády České republiky a předseda vlády Republiky Slovinsko:\n"
        "- oceňují spolupráci obou zemí;\n- shodují se, že prioritou zůstává energetická bezpečnost.\n",
        "x.txt",
    )
    assert sorted(s.country for s in st.signatories) == ["Czechia", "Slovenia"]


def test_greek_genitives_of_neuter_country_names():
    from statements.parsing.countries import find_countries

    assert [c for _, _, c in find_countries("του Μεγάλου Δουκάτου του Λουξεμβούργου και του Βελγίου")] == [
        "Luxembourg",
        "Belgium",
    ]


def test_a_service_is_no_serbian_adjective():
    from statements.parsing.countries import nationality_adjective

    assert nationality_adjective("Service") is None and nationality_adjective("servizio") is None
    assert nationality_adjective("sérvio") == "Serbia" and nationality_adjective("srpski") == "Serbia"


def test_a_regional_groups_acronym_is_a_body_not_a_name():
    st = parse_statement(
        "Joint press release\nEuropean External Action Service\n\nGaborone, 14/03/2019\n\n"
        "The following joint press release was agreed by the Ambassador of the European Union to Botswana and SADC and "
        "the Minister of International Affairs and Cooperation, Neo Kgosi:\n",
        "x.txt",
    )
    assert "Sadc" not in [s.name for s in st.signatories] and "Neo Kgosi" in [s.name for s in st.signatories]


def test_greek_adjectives_of_a_portfolio_in_the_genitive_are_no_names():
    st = parse_statement(
        "Κοινή Δήλωση Ελλάδας και Κύπρου για τον τουρισμό\n\nΑθήνα, 12 Μαΐου 2022\n\n"
        "Ο Υπουργός Ψηφιακής Διακυβέρνησης και ο Υφυπουργός Ενεργειακών και Τεχνολογικών Υποθέσεων της Κύπρου, "
        "Ανδρέας Χαραλάμπους, συναντήθηκαν σήμερα στην Αθήνα και υπέγραψαν την ακόλουθη Κοινή Δήλωση:\n",
        "x.txt",
    )
    assert all(s.name is None or "ικ" not in s.name for s in st.signatories)


def test_the_unnamed_office_takes_the_one_country_of_the_title_no_one_else_signs_for():
    # the site's own minister, by office, beside a named guest: the title names both countries
    st = parse_statement(
        "Κοινή Δήλωση Ελλάδας και Κύπρου για τη ναυτιλία\n\nΠειραιάς, 12 Μαΐου 2022\n\n"
        "Ο Υπουργός Ναυτιλίας και Νησιωτικής Πολιτικής και ο Υπουργός Μεταφορών, Επικοινωνιών και Έργων της "
        "Κύπρου, Ανδρέας Χαραλάμπους, συναντήθηκαν σήμερα στον Πειραιά και υπέγραψαν την ακόλουθη Κοινή Δήλωση:\n",
        "x.txt",
    )
    assert [(s.name, s.role, s.country) for s in st.signatories] == [
        (None, "Υπουργός Ναυτιλίας και Νησιωτικής Πολιτικής", "Greece"),
        ("Ανδρέας Χαραλάμπους", "Υπουργός Μεταφορών, Επικοινωνιών και Έργων", "Cyprus"),
    ]


def test_island_before_a_capitalised_english_word_is_no_iceland_and_the_title_gives_the_office_its_country():
    st = parse_statement(
        "Joint Statement of Greece and Cyprus on shipping\n\nPiraeus, 12 May 2022\n\n"
        "The Minister of Shipping and Island Policy and the Minister of Transport, Communications and Works of "
        "Cyprus, Andreas Charalambous, met today in Piraeus and signed the following Joint Statement:\n",
        "x.txt",
    )
    assert [(s.name, s.role, s.country) for s in st.signatories] == [
        (None, "Minister of Shipping and Island Policy", "Greece"),
        ("Andreas Charalambous", "Minister of Transport, Communications and Works", "Cyprus"),
    ]


def test_the_union_in_the_german_genitive_is_the_european_union():
    st = parse_statement(
        "Erklärung des Vorsitzes im Namen der Europäischen Union zu den Wahlen in Ruritanien\n\n"
        "Brüssel, den 3. April 2008\n\n"
        "Die Europäische Union begrüßt den friedlichen Verlauf der Wahlen in Ruritanien.\n",
        "x.txt",
    )
    assert [s.organisation for s in st.signatories] == ["European Union"]


def test_a_name_of_three_words_after_a_portfolio_in_lower_case_is_whole():
    st = parse_statement(
        "Zajednička izjava\n\nZagreb, 4. svibnja 2023.\n\n"
        "Ministrica turizma i sporta Ivana Kovačec Brnić i ministar za regionalni razvoj Češke Republike sastali su "
        "se u četvrtak u Zagrebu i potpisali zajedničku izjavu o suradnji.\n",
        "x.txt",
    )
    assert st.signatories[0].name == "Ivana Kovačec Brnić"
    assert st.signatories[0].role == "Ministrica turizma i sporta"


def test_a_word_for_a_counterpart_and_deputy_offices():
    from statements.parsing.names import names_in
    from statements.parsing.vocabulary import is_role_word

    text = "Außenministerin Clara Weidner und ihr polnischer Amtskollege Piotr Zawadzki trafen sich heute."
    assert [n.text for n in names_in(text, None)] == ["Clara Weidner", "Piotr Zawadzki"]
    assert all(map(is_role_word, ["potpredsjednica", "Vizekanzler", "vicepremiér"]))


def test_a_name_of_three_words_after_comma_and_and_a_delegations_partners_are_not_its_chairs_country():
    st = parse_statement(
        "Parliamentarians call for a stronger role in the Arctic\n\nBrussels, 5 December 2019\n\n"
        "The meeting ended with a joint statement by its co-chairs, Hedwig Altrogge (EPP, DE), chair of the "
        "European Parliament's Delegation for relations with Switzerland and Norway, and Sólveig Björk "
        "Ragnarsdóttir, President of the Althing's delegation.\n",
        "x.txt",
    )
    first, second = st.signatories[:2]
    assert (first.name, first.country, first.organisation) == ("Hedwig Altrogge", None, "European Parliament")
    assert second.name == "Sólveig Björk Ragnarsdóttir"


def test_a_we_declaration_opening_with_a_spaced_french_quotation_mark():
    st = parse_statement(
        "Déclaration commune\n\nLuxembourg, le 14 mars 2024\n\n"
        "Réunies ce jeudi à Luxembourg, la ministre de la Digitalisation Annick Schmitz-Weber et son homologue "
        "slovène ont signé la déclaration suivante.\n\n"
        "« Nous, Annick Schmitz-Weber, ministre de la Digitalisation du Grand-Duché de Luxembourg, et Mojca Zorman "
        "Kavčič, ministre de la Transformation numérique de la République de Slovénie,\n\n"
        "saluons l'adoption du règlement ;\n",
        "x.txt",
    )
    assert [(s.name, s.country) for s in st.signatories] == [
        ("Annick Schmitz-Weber", "Luxembourg"),
        ("Mojca Zorman Kavčič", "Slovenia"),
    ]


def test_a_headline_that_opens_with_two_countries_offices_names_who_speaks():
    st = parse_statement(
        "Foreign Ministers of Estonia and Portugal: the centenary calls us to a united Europe\n\n"
        "Published: 06.11.2018\n\n"
        "On Tuesday the two ministers met in Tallinn. After the meeting both adopted a joint statement.\n",
        "x.txt",
    )
    assert [(s.role, s.country) for s in st.signatories] == [
        ("Foreign Minister", "Estonia"),
        ("Foreign Minister", "Portugal"),
    ]


def test_party_columns_over_signed_then_name_columns_with_offices_over_two_lines():
    st = parse_statement(
        "Joint Declaration of Intent on Offshore Wind\n\nLisbon, 23 September 2020\n\n"
        "1. The Participants will cooperate on offshore wind.\n\n"
        "Signed in duplicate, in the English language, on 23 September 2020.\n\n"
        "For the Government of the                        For the Government of the\n"
        "Portuguese Republic                              Kingdom of Denmark\n\n"
        "(signed)                                         (signed)\n\n"
        "Rui Albergaria Castanheira                       Mads Ingvardsen\n"
        "Minister for Environment and                     Minister of Climate, Energy and\n"
        "Climate Action                                   Utilities\n",
        "x.txt",
    )
    assert [(s.name, s.role, s.country) for s in st.signatories] == [
        ("Rui Albergaria Castanheira", "Minister for Environment and Climate Action", "Portugal"),
        ("Mads Ingvardsen", "Minister of Climate, Energy and Utilities", "Denmark"),
    ]


def test_signed_by_an_office_for_a_party_and_by_the_representatives_of_countries():
    background = "Background\nThe first round of talks was held in 2003. " * 3
    st = parse_statement(
        "Partners choose the site of the new observatory\n\nBrussels, 28 June 2005\n\n"
        "The observatory will be built in the south of Spain. The decision was taken today in Brussels.\n\n"
        "The Joint Declaration adopted at the meeting was signed by the Commissioner for Science and Research, for "
        "the European Union, and by the ministerial representatives of Chile, Japan and the Republic of Korea.\n\n"
        "The Commissioner welcomed the outcome.\n\n" + "\n\n".join([background] * 4) + "\n\nContacts: Press office\n",
        "x.txt",
    )
    assert [(s.role, s.country, s.organisation) for s in st.signatories] == [
        ("ministerial representative", "Chile", None),
        ("ministerial representative", "Japan", None),
        ("ministerial representative", "South Korea", None),
        ("Commissioner for Science and Research", None, "European Commission"),
    ]


def test_an_office_in_the_genitive_in_lower_case_before_on_behalf_of():
    st = parse_statement(
        "Izjava visoke predstavnice u ime EU-a o izborima u Ruandi\n\nBruxelles, 10/04/2018\n\n"
        "Europska unija pozdravlja miran tijek izbora.\n",
        "x.txt",
    )
    assert [s.organisation for s in st.signatories] == ["European Union"]


def test_a_committee_on_a_subject_does_not_end_the_list_of_signers():
    st = parse_statement(
        "Co-chairs call for credible fiscal rules\n\nBrussels, 28 February 2023\n\n"
        "The statement was made by Giulia Bertolazzi (S&D, IT), Chair of Parliament's Committee on Economic and "
        "Monetary Affairs, and Nils Åkerlund, Chair of the Committee on Finance of the Swedish Riksdag, on behalf of "
        "the conference.\n",
        "x.txt",
    )
    assert [s.name for s in st.signatories] == ["Giulia Bertolazzi", "Nils Åkerlund"]
    # ("on behalf of the conference" names no body; her group and member state make her a Member of the Parliament)
    assert st.signatories[0].organisation == "European Parliament"


def test_two_parties_columns_broken_over_two_lines_then_their_signers_in_order():
    st = parse_statement(
        "Joint Declaration of Intent on Data Exchange\n\nHelsinki, 8 February 2018\n\n"
        "1. The Participants will exchange data across the border.\n\n"
        "Signed at Helsinki on 8 February 2018 in two original copies.\n\n"
        "For the Government of Ireland                  For the Government of the\n"
        "                                               Republic of Finland\n\n"
        "..........................                     ..........................\n"
        "Ciarán Mac Giolla                              Ilkka Vähämaa\n"
        "Minister of Entrepreneurship                   Minister of Local Government\n"
        "and Information Technology                     and Public Reforms\n",
        "x.txt",
    )
    assert [(s.name, s.role, s.country) for s in st.signatories] == [
        ("Ciarán Mac Giolla", "Minister of Entrepreneurship and Information Technology", "Ireland"),
        ("Ilkka Vähämaa", "Minister of Local Government and Public Reforms", "Finland"),
    ]


def test_a_state_named_by_its_adjective_after_an_office_in_the_genitive_and_a_groups_format_is_no_name():
    from statements.parsing.countries import find_countries
    from statements.parsing.names import is_not_name

    assert [c for _, _, c in find_countries("Prezes Rady Ministrów Republiki Włoskiej")] == ["Italy"]
    assert [c for _, _, c in find_countries("Prezes Rady Ministrów Rzeczypospolitej Polskiej")] == ["Poland"]
    assert is_not_name("Trójkąt") and is_not_name("Triangle")


def test_a_signing_verb_first_then_its_object_then_the_signers_and_a_titles_place_is_no_signer():
    st = parse_statement(
        "Declaração de Angra do Heroísmo sobre a cooperação atlântica\n\n18-11-2016 | 19:10\n\n"
        "Os presidentes reuniram-se esta sexta-feira em Angra do Heroísmo e assinaram uma declaração conjunta.\n\n"
        "Assinaram a declaração o presidente do Governo Regional dos Açores, Tomé Furtado Quental, e o presidente "
        "do Governo Regional da Madeira, Rui Gouveia Abreu.\n",
        "x.txt",
    )
    names = [s.name for s in st.signatories]
    assert names[:2] == ["Tomé Furtado Quental", "Rui Gouveia Abreu"]
    assert "Angra do Heroísmo" not in names
    assert st.signatories[0].role == "presidente do Governo Regional dos Açores"


def test_a_body_named_in_a_portfolio_is_no_organisation():
    from statements.parsing.names import clean_role

    assert clean_role("Minister of Foreign and CARICOM Affairs") == ("Minister of Foreign and CARICOM Affairs", None, None)


def test_the_taoiseach_by_office_signs_for_ireland():
    st = parse_statement(
        "Joint statement by the Taoiseach and the Prime Minister of Luxembourg\n\nDublin, 5 February 2019\n\n"
        "The Taoiseach and the Prime Minister of the Grand Duchy of Luxembourg met today.\n",
        "x.txt",
    )
    assert sorted((s.role, s.country) for s in st.signatories) == [
        ("Prime Minister", "Luxembourg"),
        ("Taoiseach", "Ireland"),
    ]


def test_a_presidency_in_the_genitive_before_on_behalf_of():
    st = parse_statement(
        "Izjava predsedstva v imenu Evropske unije o volitvah v Ruandi\n\nBruselj, 12. februarja 2008\n\n"
        "Evropska unija pozdravlja miren potek volitev.\n",
        "x.txt",
    )
    assert [s.organisation for s in st.signatories] == ["European Union"]


def test_a_member_of_the_commission_responsible_for_a_portfolio_signs_for_the_commission():
    st = parse_statement(
        "Flooding on the Maros: joint statement by the European Commission and the Romanian Government\n\n"
        "IP/01/220\n\nArad, 14 March 2001\n\n"
        "The Member of the Commission responsible for regional policy and the Romanian Minister of Public Works, "
        "Dorin Vlasceanu, met today in Arad and issued the following joint statement:\n\n"
        '"We agree to act together."\n',
        "x.txt",
    )
    assert [(s.name, s.role, s.organisation, s.country) for s in st.signatories] == [
        (None, "Member of the Commission responsible for regional policy", "European Commission", None),
        ("Dorin Vlasceanu", "Minister of Public Works", None, "Romania"),
    ]


def test_a_relative_clause_between_the_signers_and_an_earlier_texts_signers_are_no_signers():
    st = parse_statement(
        "The European Commission and Hong Kong confirm their partnership\n\nIP/97/601\n\nHong Kong, 1 July 1997\n\n"
        "The Member of the Commission responsible for external relations, who represented the Commission at the "
        "ceremonies in Hong Kong marking the handover from the United Kingdom to China, and the Chief Secretary of "
        "the Hong Kong Special Administrative Region, Wai-lun Kwok, met today. They issued the following joint "
        "statement:\n\n"
        '"Both sides welcome the transition in accordance with the Joint Declaration signed by the United Kingdom '
        'and China on 19 December 1984."\n',
        "x.txt",
    )
    assert [s.organisation for s in st.signatories if not s.name] == ["European Commission"]
    assert [s.name for s in st.signatories if s.name] == ["Wai-lun Kwok"]
    assert not [s for s in st.signatories if s.country == "United Kingdom"]


def test_a_portfolio_of_two_capitalised_words_and_a_republic_before_its_country_by_office():
    st = parse_statement(
        "Declaración conjunta de España y Estonia sobre los bosques\n\nMadrid, 9 de mayo de 2023\n\n"
        "El ministro de Agricultura, Pesca y Alimentación, Iñigo Barrenetxea Olano, y el ministro de Medio Ambiente y "
        "Clima de la República de Estonia han firmado hoy en Madrid una declaración conjunta.\n",
        "x.txt",
    )
    assert [(s.name, s.role, s.country) for s in st.signatories][-1] == (
        None,
        "ministro de Medio Ambiente y Clima",
        "Estonia",
    )
    assert "Clima de" not in [s.name for s in st.signatories]


def test_the_president_of_the_republic_before_its_country_keeps_the_republic():
    from statements.parsing.names import clean_role

    assert clean_role("le président de la République de")[0] == "président de la République"
    assert clean_role("el primer ministro de la República de")[0] == "primer ministro"


def test_together_with_ministers_of_countries_the_list_ends_at_the_signing_verb():
    st = parse_statement(
        "Danmark og fire andre EU-lande sender fælles brev til Europa-Kommissionen\n\n12. juni 2024\n\n"
        "Udlændingeminister Rasmus Kjeldgaard har i dag sammen med ministre fra Estland, Finland, Letland og Litauen "
        "underskrevet et fælles brev til Europa-Kommissionen.\n",
        "x.txt",
    )
    assert "European Commission" not in [s.organisation for s in st.signatories]
    assert {"Estonia", "Finland", "Latvia", "Lithuania"} <= {s.country for s in st.signatories}


def test_a_parliaments_co_rapporteurs_each_with_their_own_office_and_group():
    st = parse_statement(
        "Platform work: negotiators strike deal\nEuropean Parliament\nPress room\n\n13-12-2023 - 09:12\n\n"
        "- Workers to be presumed employees\n- Algorithms to be supervised by humans\n\n"
        "Parliament and Council negotiators reached a provisional agreement on Wednesday in Strasbourg.\n\n"
        "Under the agreed text, platforms will have to inform workers about automated systems.\n\n"
        "Following the deal, the co-rapporteurs Elena Marchetti (S&D, IT), rapporteur for the Committee on Employment, "
        "and Jonas Lindqvist (EPP, SE), rapporteur for the Committee on Legal Affairs, said in a joint statement:\n\n"
        '"Today we have changed that."\n',
        "x.txt",
    )
    assert [(s.name, s.role, s.organisation) for s in st.signatories] == [
        ("Elena Marchetti", "rapporteur for the Committee on Employment", "European Parliament"),
        ("Jonas Lindqvist", "rapporteur for the Committee on Legal Affairs", "European Parliament"),
    ]


def test_a_home_office_then_another_countrys_office_by_its_adjective_or_genitive():
    sl = parse_statement(
        "Skupna izjava Slovenije in Danske\nMinistrstvo za kmetijstvo, gozdarstvo in prehrano\n\n"
        "Ljubljana, 17. oktobra 2017\n\n"
        "Minister za kmetijstvo, gozdarstvo in prehrano in danski minister za okolje in prehrano sta se danes sestala "
        "v Ljubljani in podpisala skupno izjavo.\n",
        "x.txt",
    )
    fi = parse_statement(
        "Suomen ja Ranskan Eurooppa-ministerien yhteinen julkilausuma\nUlkoasiainministeriö\n\nHelsinki 8.12.2011\n\n"
        "Eurooppa- ja ulkomaankauppaministeri ja Ranskan Eurooppa-asioiden ministeri tapasivat torstaina "
        "Helsingissä ja antoivat yhteisen julkilausuman.\n",
        "x.txt",
    )
    # (the title's "Slovenije in Danske" names them: Slovenian "in" is "and", not where)
    assert [s.country for s in sl.signatories] == ["Slovenia", "Denmark"]
    assert [(s.role, s.country) for s in fi.signatories][-1] == ("Eurooppa-asioiden ministeri", "France")
    assert [s.role for s in fi.signatories] == ["Eurooppa- ja ulkomaankauppaministeri", "Eurooppa-asioiden ministeri"]


def test_countries_in_the_genitive_each_before_its_own_office():
    st = parse_statement(
        "Lietuvos ir Latvijos energetikos ministrų bendras pareiškimas\n\nVilnius, 2014 m. kovo 6 d.\n\n"
        "Lietuvos energetikos ministras ir Latvijos ekonomikos ministras ketvirtadienį susitiko Vilniuje.\n",
        "x.txt",
    )
    assert [(s.role, s.country) for s in st.signatories] == [
        ("energetikos ministras", "Lithuania"),
        ("ekonomikos ministras", "Latvia"),
    ]


def test_a_home_office_and_a_foreign_one_by_its_adjective_are_two_offices():
    from statements.parsing.people import PeopleRegistry
    from statements.parsing.signatories import _from_list

    found = _from_list(
        "Minister za kmetijstvo, gozdarstvo in prehrano in danski minister za okolje in prehrano", (), PeopleRegistry()
    )
    assert [(s.role, s.country) for s in found] == [
        ("Minister za kmetijstvo, gozdarstvo in prehrano", None),
        ("minister za okolje in prehrano", "Denmark"),
    ]


def test_a_grand_duchy_or_kingdom_by_its_adjective_in_a_genitive_title():
    st = parse_statement(
        "Společné prohlášení České republiky a Nizozemského království o spolupráci ve výzkumu\n\n25. 10. 2023\n\n"
        "Ministryně pro vědu a nizozemský ministr školství se ve středu sešli v Praze.\n",
        "x.txt",
    )
    assert {"Czechia", "Netherlands"} <= {s.country for s in st.signatories}


def test_a_headlines_second_line_gives_way_to_the_first_sentence_and_names_no_site():
    st = parse_statement(
        "Italy, Hungary sign joint statement on cultural heritage\nANSA English\nPolitics | Tuesday 15:48\n\n"
        "Undersecretary Bellandi, Hungarian minister call for EU action on looted art\n"
        "(ANSA) - Rome - Italian Culture Undersecretary Marta Bellandi and Hungary's minister for culture on "
        "Tuesday signed a joint statement pledging closer cooperation.\n",
        "x.txt",
    )
    assert [(s.name, s.country) for s in st.signatories] == [("Marta Bellandi", "Italy"), (None, "Hungary")]


def test_an_office_and_another_countrys_possessive_office_before_a_name_are_two_signers():
    st = parse_statement(
        "Joint statement by the Commissioner for Energy and Estonia's Minister of Climate Kaarel Tamm on wind power\n\n"
        "Tallinn, 12 May 2022\n\nThe two agreed to cooperate.\n",
        "x.txt",
    )
    assert [(s.name, s.role, s.organisation, s.country) for s in st.signatories] == [
        (None, "Commissioner for Energy", "European Commission", None),
        ("Kaarel Tamm", "Minister of Climate", None, "Estonia"),
    ]


def test_columns_of_ministries_with_a_listed_portfolio_over_underscored_signature_lines():
    st = parse_statement(
        "Joint Declaration of Intent on Research\n\nVilnius, 27 September 2022\n\n"
        "1. The Participants intend to cooperate.\n\nDone in Vilnius on 27 September 2022.\n\n"
        "For the Ministry of Education, Youth            For the Ministry of Education, Science\n"
        "and Sports of the Czech Republic                and Sport of the Republic of Lithuania\n\n"
        "_______________________________                 _______________________________\n"
        "Zdeněk Kovanda                                  Rokas Jurgaitis\n"
        "Deputy Minister of Education,                   Vice-Minister of Education,\n"
        "Youth and Sports                                Science and Sport\n",
        "x.txt",
    )
    assert [(s.name, s.role, s.country) for s in st.signatories] == [
        ("Zdeněk Kovanda", "Deputy Minister of Education, Youth and Sports", "Czechia"),
        ("Rokas Jurgaitis", "Vice-Minister of Education, Science and Sport", "Lithuania"),
    ]


def test_a_we_list_goes_on_after_a_comma_and_the_languages_own_and():
    st = parse_statement(
        "Suomen ja Viron kulttuuriministerien julkilausuma\n\nHelsinki 15.3.2011\n\n"
        "”Me, Mikko Rautavaara, Suomen kulttuuriministeri, ja Kadri Lepik, Viron kultuuriminister, toteamme, että "
        "yhteistyö jatkuu.”\n",
        "x.txt",
    )
    assert [(s.name, s.country) for s in st.signatories] == [("Mikko Rautavaara", "Finland"), ("Kadri Lepik", "Estonia")]


def test_after_the_meeting_opening_a_sentence_is_no_part_of_an_office():
    from statements.parsing.names import clean_role

    assert clean_role("Po spotkaniu ministrowie")[0] == "ministrowie"
    assert clean_role("Nakon sastanka dvojica predsjednika vlada")[0] == "dvojica predsjednika vlada"


def test_stacked_blocks_whose_party_runs_over_two_lines():
    st = parse_statement(
        "Memorandum of Understanding on Tourism\n\nZagreb, 9 May 2023\n\n"
        "Paragraph 1\nThe Participants will cooperate.\n\n"
        "Signed in Zagreb on 9 May 2023, in two originals in the English language.\n"
        "For the Ministry of the Economy and Innovation\nof the Republic of Lithuania\nRokas Valiukas\n"
        "Minister of the Economy and Innovation\n"
        "For the Ministry of Tourism and Sport\nof the Republic of Croatia\nIvana Kovačić Brajdić\n"
        "Minister of Tourism and Sport\n",
        "x.txt",
    )
    assert [(s.name, s.role, s.country) for s in st.signatories] == [
        ("Rokas Valiukas", "Minister of the Economy and Innovation", "Lithuania"),
        ("Ivana Kovačić Brajdić", "Minister of Tourism and Sport", "Croatia"),
    ]


def test_columns_whose_parties_and_offices_run_over_three_lines():
    st = parse_statement(
        "Joint Declaration of Intent on Research\n\nBerlin, 10 April 2024\n\n1. The Participants intend to cooperate.\n\n"
        "Signed in Berlin on 10 April 2024 in two originals in the English language.\n\n"
        "For the Federal Ministry of Education          For the Ministry of Higher Education,\n"
        "and Research of the Federal Republic           Science and Innovation of the\n"
        "of Germany                                     Republic of Slovenia\n\n"
        "Sabine Kettler                                 Matej Zupančič\n"
        "Parliamentary State Secretary to the           Minister of Higher Education, Science\n"
        "Federal Minister of Education and Research     and Innovation\n",
        "x.txt",
    )
    assert [(s.name, s.role, s.country) for s in st.signatories] == [
        ("Sabine Kettler", "Parliamentary State Secretary to the Federal Minister of Education and Research", "Germany"),
        ("Matej Zupančič", "Minister of Higher Education, Science and Innovation", "Slovenia"),
    ]


def test_a_place_in_the_hungarian_inessive_is_no_name_and_the_two_ministers_are_no_signer():
    st = parse_statement(
        "Közös nyilatkozat\n\nBudapest, 2023. november 21.\n\n"
        "A két miniszter a Pesti Vigadóban tartott megbeszélésük végén közös nyilatkozatot írt alá.\n",
        "x.txt",
    )
    assert not [s for s in st.signatories if s.name == "Pesti Vigadóban"]
    assert not [s for s in st.signatories if (s.role or "").startswith("két")]


def test_who_said_in_a_joint_statement_below_a_press_releases_report():
    st = parse_statement(
        "Platform work: negotiators agree on new rules\nEuropean Parliament\nPress Releases\n\n07-06-2022 - 10:14\n\n"
        "Parliament and Council negotiators reached a provisional agreement in the early hours of Tuesday.\n\n"
        "The deal came after the final round of negotiations, which opened in Strasbourg on Monday evening.\n\n"
        "Platforms will have to inform workers about automated systems, and workers will have new rights.\n\n"
        "Quotes\n\n"
        "Parliament's co-rapporteurs for the Committee on Employment, Elena Marchetti (S&D, IT) and Jonas Lindqvist "
        '(EPP, SE), said in a joint statement: "Tonight we have delivered."\n',
        "x.txt",
    )
    assert [(s.name, s.role, s.organisation) for s in st.signatories] == [
        ("Elena Marchetti", "co-rapporteur for the Committee on Employment", "European Parliament"),
        ("Jonas Lindqvist", "co-rapporteur for the Committee on Employment", "European Parliament"),
    ]


def test_a_portfolios_capitalised_end_before_of_the_republic_of_a_country_is_no_name():
    st = parse_statement(
        "Declaración conjunta\n\nMadrid, 25 de febrero de 2010\n\n"
        "El ministro del Interior, Íñigo Zabaleta Urrutia, y el ministro de Justicia y Orden Público de la República "
        "de Hungría han firmado hoy en Madrid una declaración conjunta.\n",
        "x.txt",
    )
    assert [(s.name, s.role, s.country) for s in st.signatories][-1] == (None, "ministro de Justicia y Orden Público", "Hungary")


def test_a_grand_duchy_or_kingdom_in_the_baltic_genitive_is_no_name():
    from statements.parsing.names import names_in
    from statements.parsing.people import PeopleRegistry

    text = "Liuksemburgo Didžiosios Hercogystės finansų ministras Marc Thoss ir Madalmaade Kuningriigi minister Jan Smit"
    assert [n.text for n in names_in(text, PeopleRegistry())] == ["Marc Thoss", "Jan Smit"]


def test_a_slovenian_dual_we_opens_the_signers_list():
    from statements.parsing.signatures import WE_CLAUSE_RE

    assert WE_CLAUSE_RE.match("»Midva, Ana Novak, ministrica za kulturo, in Jari Lehto, minister za kulturo, …")


def test_a_member_of_the_commission_with_a_long_portfolio_is_one_office():
    st = parse_statement(
        "Dioxin: joint statement\n\nIP/99/400\n\nBrussels, 10 June 1999\n\n"
        "The Member of the Commission responsible for consumer policy and consumer health protection and the Belgian "
        "Minister of Public Health, Koen Verstraeten, met in Brussels today.\n",
        "x.txt",
    )
    assert [(s.name, s.organisation, s.country) for s in st.signatories] == [
        (None, "European Commission", None),
        ("Koen Verstraeten", None, "Belgium"),
    ]


def test_in_a_joint_statement_comma_then_who_said_it():
    st = parse_statement(
        "Blood and plasma: deal reached\nEuropean Parliament\nPress Releases\n\n14-12-2023 - 22:10\n\n"
        "Parliament and Council negotiators reached a provisional deal on Thursday.\n\n"
        "The new rules cover blood, tissues and cells used in medical treatment across the Union.\n\n"
        "Donors will be better informed and protected under the agreed text, which also covers plasma.\n\n"
        "In a joint statement, rapporteur Claire Fontanel (EPP, FR) and the Chair of the Subcommittee on Public "
        'Health, Piotr Zawistowski (EPP, PL), said: "We protect donors and patients."\n',
        "x.txt",
    )
    assert [(s.name, s.organisation) for s in st.signatories] == [
        ("Claire Fontanel", "European Parliament"),
        ("Piotr Zawistowski", "European Parliament"),
    ]


def test_council_conclusions_with_no_other_signer_are_the_councils():
    st = parse_statement(
        "Extraordinary Council meeting on avian influenza – Council conclusions\n\nBrussels, 18 October 2005\n\n"
        "1. Public health protection is a priority for the Union and its Member States.\n",
        "x.txt",
    )
    assert [(s.name, s.organisation) for s in st.signatories] == [(None, "Council of the European Union")]


def test_a_hosts_office_received_another_countrys_office_and_both_issued_the_statement():
    st = parse_statement(
        "Zajednička izjava\nVlada Republike Hrvatske\n\nZagreb, 14. prosinca 2018.\n\n"
        "Predsjednik Vlade u petak je u Banskim dvorima primio predsjednika Vlade Republike Estonije. Nakon sastanka "
        "dvojica predsjednika vlada potpisala su zajedničku izjavu o suradnji.\n",
        "x.txt",
    )
    assert [(s.role, s.country) for s in st.signatories] == [
        ("Predsjednik Vlade", "Croatia"),
        ("predsjednika Vlade", "Estonia"),
    ]


def test_a_grand_duchy_in_romanian_or_spanish_is_no_name():
    from statements.parsing.names import is_not_name

    assert is_not_name("Ducat") and is_not_name("Ducado")


def test_a_host_office_met_with_a_guest_office_in_latvian():
    st = parse_statement(
        "Latvijas un Beļģijas ārlietu ministru kopīgais paziņojums\nLatvijas Republikas Ārlietu ministrija\n\n"
        "Rīgā, 2015. gada 12. februārī\n\n"
        "Ārlietu ministrs ceturtdien, 12. februārī, Rīgā tikās ar Beļģijas premjerministra vietnieku. Pēc sarunām "
        "abi ministri parakstīja kopīgu paziņojumu.\n",
        "x.txt",
    )
    assert ("Belgium" in {s.country for s in st.signatories}) and ("Latvia" in {s.country for s in st.signatories})


def test_a_surname_spelt_like_a_bodys_acronym_is_a_name():
    st = parse_statement(
        "Joint statement on blockchain\n\nValletta, 18 May 2017\n\n"
        "The Parliamentary Secretary for Financial Services of Malta, Marco Pace Grech, and the Minister of the "
        "Economy of the Grand Duchy of Luxembourg, Paul Weiler, signed a joint statement in Valletta today.\n",
        "x.txt",
    )
    assert [(s.name, s.organisation, s.country) for s in st.signatories] == [
        ("Marco Pace Grech", None, "Malta"),
        ("Paul Weiler", None, "Luxembourg"),
    ]


def test_two_offices_joined_by_and_sign_each_for_its_country():
    # the page's own minister has no country in the text: the site's (Slovak) or the title's other one (Romanian)
    sk = parse_statement(
        "Slovensko a Rakúsko podpísali spoločné vyhlásenie\nMinisterstvo dopravy Slovenskej republiky\n\n"
        "12.03.2019\n\n"
        "Minister dopravy SR a spolkový minister dopravy a inovácií Rakúskej republiky podpísali v utorok v Bratislave "
        "spoločné vyhlásenie o železniciach.\n",
        "x.txt",
    )
    ro = parse_statement(
        "România și Belgia, declarație comună privind transportul\nMinisterul Transporturilor\n\n"
        "Marți, 14 mai 2019\n\n"
        "Ministrul transporturilor, infrastructurii și comunicațiilor și ministrul mobilității al Regatului Belgiei au "
        "semnat astăzi, la București, o declarație comună privind transportul feroviar.\n",
        "x.txt",
    )
    assert [(s.role, s.country) for s in sk.signatories] == [
        ("Minister dopravy SR", "Slovakia"),
        ("spolkový minister dopravy a inovácií", "Austria"),
    ]
    assert [(s.role, s.country) for s in ro.signatories] == [
        ("Ministrul transporturilor, infrastructurii și comunicațiilor", "Romania"),
        ("ministrul mobilității", "Belgium"),
    ]


def test_a_host_office_after_when_and_where_received_a_guest_office():
    pl = parse_statement(
        "Wspólny komunikat ministrów Polski i Danii\nMinisterstwo Spraw Zagranicznych Rzeczypospolitej Polskiej\n\n"
        "Warszawa, 20 maja 1998 r.\n\n"
        "W środę w Warszawie Minister Spraw Zagranicznych RP przyjął ministra spraw zagranicznych Królestwa Danii. "
        "Po rozmowach obaj ministrowie przyjęli następujący komunikat:\n",
        "x.txt",
    )
    el = parse_statement(
        "Κοινή Δήλωση Ελλάδας – Εσθονίας\nΥπουργείο Εξωτερικών\n\nΑθήνα, 3 Μαρτίου 2003\n\n"
        "Ο Υφυπουργός Εξωτερικών συναντήθηκε σήμερα, Δευτέρα, στο Υπουργείο Εξωτερικών με τον Υφυπουργό Εξωτερικών "
        "της Δημοκρατίας της Εσθονίας. Μετά τη συνάντηση οι δύο υφυπουργοί εξέδωσαν την ακόλουθη κοινή δήλωση:\n",
        "x.txt",
    )
    es = parse_statement(
        "Declaración conjunta sobre cooperación policial\nMINISTERIO DEL INTERIOR\n\nMadrid, 12 de septiembre de 1995\n\n"
        "El ministro del Interior ha recibido hoy en Madrid al ministro federal del Interior de la República de Austria. "
        "Al término de la reunión, ambos ministros han hecho pública la siguiente declaración conjunta:\n\n"
        "España y Austria comparten la convicción de que la cooperación policial debe ser más estrecha.\n",
        "x.txt",
    )
    assert [(s.role, s.country) for s in pl.signatories] == [
        ("Minister Spraw Zagranicznych RP", "Poland"),
        ("ministra spraw zagranicznych", "Denmark"),
    ]
    assert [s.country for s in el.signatories] == ["Greece", "Estonia"]
    # (no site country, no title country: the one country named that speaks the page's language)
    assert [(s.role, s.country) for s in es.signatories] == [
        ("ministro del Interior", "Spain"),
        ("ministro federal del Interior", "Austria"),
    ]


def test_a_named_host_met_a_guest_office_and_both_signed():
    st = parse_statement(
        "Lietuva ir Airija pasirašė bendrą pareiškimą\nLietuvos Respublikos energetikos ministerija\n\n"
        "2013-05-15\n\n"
        "Energetikos ministras Darius Vaitkevičius trečiadienį Vilniuje susitiko su Airijos energetikos ministru. "
        "Po susitikimo ministrai pasirašė bendrą pareiškimą.\n",
        "x.txt",
    )
    assert [(s.name, s.country) for s in st.signatories] == [("Darius Vaitkevičius", "Lithuania"), (None, "Ireland")]


def test_a_states_own_words_leave_the_office():
    from statements.parsing.names import clean_role

    assert clean_role("spolkový minister hospodárstva Spolkovej republiky Nemecko")[:2] == (
        "spolkový minister hospodárstva",
        "Germany",
    )
    assert clean_role("Kanclerz Federalny Republiki Federalnej Niemiec")[:2] == ("Kanclerz Federalny", "Germany")
    assert clean_role("ministre fédéral de l'Intérieur de la République fédérale d'Allemagne")[1] == "Germany"
    assert clean_role("ministra spraw zagranicznych Królestwa Belgii")[:2] == ("ministra spraw zagranicznych", "Belgium")


def test_a_named_host_who_received_a_guest_office_and_both_issued_the_statement():
    # Hungarian: the name first, the office after it; the title names both countries by a compound adjective
    st = parse_statement(
        "Magyar–litván közös nyilatkozat a kulturális együttműködésről\nMinisztérium\n\n2023. május 16.\n\n"
        "Kovácsvölgyi Ábel kultúráért és innovációért felelős miniszter kedden Budapesten fogadta a Litván Köztársaság "
        "kulturális miniszterét. A két miniszter a megbeszélés végén közös nyilatkozatot írt alá.\n",
        "x.txt",
    )
    assert [(s.name, s.role, s.country) for s in st.signatories] == [
        ("Kovácsvölgyi Ábel", "kultúráért és innovációért felelős miniszter", "Hungary"),
        (None, "kulturális miniszterét", "Lithuania"),
    ]


def test_a_guest_office_runs_over_its_portfolio_commas_to_its_country():
    pl = parse_statement(
        "Wspólne oświadczenie ministrów Polski i Luksemburga\nMinisterstwo Spraw Zagranicznych Rzeczypospolitej "
        "Polskiej\n\nWarszawa, 3 czerwca 2005 r.\n\n"
        "W piątek w Warszawie Minister Spraw Zagranicznych RP przyjął wicepremiera, ministra spraw zagranicznych i "
        "imigracji Wielkiego Księstwa Luksemburga. Po rozmowie ministrowie przyjęli wspólne oświadczenie.\n",
        "x.txt",
    )
    sl = parse_statement(
        "Skupna izjava ministric Slovenije in Irske\nVlada Republike Slovenije\n\n22. 1. 2024\n\n"
        "Ministrica za zunanje in evropske zadeve je v ponedeljek v Ljubljani gostila irsko ministrico za zunanje "
        "zadeve. Po pogovorih sta ministrici sprejeli skupno izjavo.\n",
        "x.txt",
    )
    assert [(s.role, s.country) for s in pl.signatories] == [
        ("Minister Spraw Zagranicznych RP", "Poland"),
        ("wicepremiera, ministra spraw zagranicznych i imigracji", "Luxembourg"),
    ]
    assert [s.country for s in sl.signatories] == ["Slovenia", "Ireland"]


def test_names_in_a_note_hold_the_two_offices_its_marker_follows():
    es = parse_statement(
        "España y Austria firman una declaración conjunta\nMinisterio de Sanidad\n\nMadrid, 15 de octubre de 2018\n\n"
        "La secretaria general de Sanidad del Reino de España y el director general de Salud Pública de la República "
        "de Austria* han firmado hoy una declaración conjunta.\n\n* María José Olmedo Barral y Florian Weißbacher.\n",
        "x.txt",
    )
    hu = parse_statement(
        "Magyar–ciprusi közös nyilatkozat\nKormány\n\n2024. április 16.\n\n"
        "Magyarország agrárminisztere és a Ciprusi Köztársaság mezőgazdasági, vidékfejlesztési és környezetvédelmi "
        "minisztere* kedden Budapesten közös nyilatkozatot írt alá.\n\n* Halmosi Kristóf és Andreas Lyssiotis\n",
        "x.txt",
    )
    assert [(s.name, s.role, s.country) for s in es.signatories] == [
        ("María José Olmedo Barral", "secretaria general de Sanidad", "Spain"),
        ("Florian Weißbacher", "director general de Salud Pública", "Austria"),
    ]
    assert [(s.name, s.country) for s in hu.signatories] == [
        ("Halmosi Kristóf", "Hungary"),
        ("Andreas Lyssiotis", "Cyprus"),
    ]


def test_an_irish_particle_is_part_of_the_name():
    st = parse_statement(
        "Declarație comună\nMinisterul Afacerilor Externe\n\n12.03.2024\n\n"
        "Ministrul delegat pentru afaceri europene al României și ministrul de stat pentru afaceri europene al "
        "Irlandei* au adoptat următoarea declarație comună.\n\n* Sorina Mătăsaru și Ciarán Ó Dálaigh.\n",
        "x.txt",
    )
    assert [(s.name, s.country) for s in st.signatories] == [("Sorina Mătăsaru", "Romania"), ("Ciarán Ó Dálaigh", "Ireland")]


def test_a_countrys_adjective_made_from_its_name():
    from statements.parsing.countries import nationality_adjective

    # countries with no language of their own: the name as a language writes it, and an adjective's ending
    assert [nationality_adjective(w) for w in ("Peruaanse", "colombiano", "Peruvian", "libyen", "andorran")] == [
        "Peru",
        "Colombia",
        "Peru",
        "Libya",
        "Andorra",
    ]
    # the name alone is no adjective; "Dominican" is the first word of another state's name; "malicious" no ending
    assert [nationality_adjective(w) for w in ("Botswana", "dominican", "malicious", "Perugia")] == [None] * 4


def test_a_title_list_ends_before_after_the_meeting_with():
    st = parse_statement(
        "Tunisi, dichiarazione congiunta del Team Europa dopo l'incontro con il Presidente della Repubblica tunisina\n"
        "Governo Italiano\n\nDomenica, 11 giugno 2023\n\n"
        "La Presidente del Consiglio dei Ministri, la Presidente della Commissione europea e il Primo Ministro dei Paesi "
        "Bassi si sono recati oggi a Tunisi. Al termine dell'incontro hanno rilasciato la seguente dichiarazione.\n",
        "x.txt",
    )
    assert "Tunisia" not in [s.country for s in st.signatories]


def test_a_given_name_in_ence_and_four_words_after_a_portfolio_are_names():
    from statements.parsing.names import names_in
    from statements.parsing.people import PeopleRegistry

    text = "Lawrence Borg Olivier, Ministro dos Negócios Estrangeiros da República de Malta"
    assert [n.text for n in names_in(text, PeopleRegistry())] == ["Lawrence Borg Olivier"]
    text = "de Peruaanse minister van Handel en Toerisme Rosa María Huamán Torres en de Deense minister"
    assert [n.text for n in names_in(text, PeopleRegistry())] == ["Rosa María Huamán Torres"]


def test_on_behalf_of_after_the_last_of_several_names_is_that_ones():
    st = parse_statement(
        "Handelsakkoord ondertekend\nEuropese Commissie\n\nBrussel, 26 juni 2012\n\n"
        "De Chileense minister van Buitenlandse Handel en Toerisme Pablo Andrés Rivas Soto en de Deense minister voor "
        "Handel Lone Kjærsgaard, "
        "namens het Deense voorzitterschap van de Raad, hebben vandaag in Brussel het akkoord ondertekend.\n",
        "x.txt",
    )
    assert [(s.name, s.country, s.organisation) for s in st.signatories] == [
        ("Pablo Andrés Rivas Soto", "Chile", None),
        ("Lone Kjærsgaard", "Denmark", None),
    ]


def test_two_offices_by_nationality_joined_by_slovenian_in():
    st = parse_statement(
        "Slovenija in Malta bosta sodelovali\nSTA | Slovenija | torek, 11:48\n\n"
        "Ljubljana, (STA) - Slovenski minister za zdravje in malteški minister za zdravje sta v torek v Ljubljani "
        "podpisala skupno izjavo o sodelovanju.\n",
        "x.txt",
    )
    assert [(s.role, s.country) for s in st.signatories] == [
        ("minister za zdravje", "Slovenia"),
        ("minister za zdravje", "Malta"),
    ]


def test_a_romanian_host_with_a_clitic_received_a_guest_and_both_signed():
    st = parse_statement(
        "Declarație comună a miniștrilor afacerilor externe ai României și Republicii Malta\nMinisterul Afacerilor "
        "Externe\n\n09.09.2008\n\n"
        "Ministrul afacerilor externe al României l-a primit marți, 9 septembrie 2008, la sediul MAE, pe ministrul "
        "afacerilor externe al Republicii Malta. La finalul convorbirilor, cei doi miniștri au semnat următoarea "
        "declarație comună.\n",
        "x.txt",
    )
    assert [(s.role, s.country) for s in st.signatories] == [
        ("Ministrul afacerilor externe", "Romania"),
        ("ministrul afacerilor externe", "Malta"),
    ]


def test_a_portfolio_in_capitals_and_a_visit_are_no_names():
    st = parse_statement(
        "Declaración conjunta hispano-neerlandesa sobre el agua\nMINISTERIO DE MEDIO AMBIENTE\n\n"
        "Madrid, jueves 21 de marzo de 2002\n\n"
        "El ministro de Medio Ambiente y la ministra de Transportes, Obras Públicas y Gestión del Agua del Reino de los "
        "Países Bajos han firmado hoy en Madrid una declaración conjunta.\n\n"
        "Tras la firma, la ministra neerlandesa visitó el Centro de Estudios Hidrográficos del CEDEX.\n",
        "x.txt",
    )
    assert [(s.name, s.country) for s in st.signatories] == [(None, "Spain"), (None, "Netherlands")]


def test_the_hr_vp_is_one_office_and_each_commissioner_keeps_the_whole_portfolio():
    from statements.parsing.signatories import _unnamed

    found = _unnamed(
        "the High Representative of the Union for Foreign Affairs and Security Policy and Vice-President of the "
        "European Commission, the Commissioner for Environment, Maritime Affairs and Fisheries and the Commissioner "
        "for Trade",
        (),
        None,
    )
    assert [(s.role, s.organisation) for s in found] == [
        ("High Representative of the Union for Foreign Affairs", "European Union"),
        ("Commissioner for Environment, Maritime Affairs and Fisheries", "European Commission"),
        ("Commissioner for Trade", "European Commission"),
    ]
    plural = _unnamed("the Commissioners for Trade and for Health and Food Safety", (), None)
    assert [s.role for s in plural] == ["Commissioner for Trade", "Commissioner for Health and Food Safety"]


def test_a_finnish_genitive_of_a_name_ending_in_a_consonant():
    from statements.parsing.countries import find_countries

    assert [c for _, _, c in find_countries("Suomen ja Luxemburgin pääministerit")] == ["Finland", "Luxembourg"]


def test_a_we_list_goes_on_over_a_portfolios_commas():
    st = parse_statement(
        "Déclaration commune du Luxembourg et de Malte\nLe gouvernement luxembourgeois\n\nPublié le 11.02.2020\n\n"
        "« Nous, Paul Wagener, ministre de l'Agriculture, de la Viticulture et du Développement rural du Grand-Duché de "
        "Luxembourg, et Karl Borg Cassar, ministre de l'Agriculture de la République de Malte,\n"
        "conscients que la viticulture façonne nos paysages ;\n",
        "x.txt",
    )
    assert [(s.name, s.role, s.country) for s in st.signatories] == [
        ("Paul Wagener", "ministre de l'Agriculture, de la Viticulture et du Développement rural", "Luxembourg"),
        ("Karl Borg Cassar", "ministre de l'Agriculture", "Malta"),
    ]


def test_a_finnish_singular_office_in_i_is_no_group():
    st = parse_statement(
        "Suomi ja Norja tiivistävät yhteistyötä\nSTT | Kotimaa | keskiviikko 11.42\n\n"
        "Eurooppa- ja omistajaohjausministeri Aatu Kivimäki ja Norjan ulkoministeri allekirjoittivat keskiviikkona "
        "Helsingissä yhteisen julistuksen.\n",
        "x.txt",
    )
    assert [(s.name, s.country) for s in st.signatories] == [("Aatu Kivimäki", "Finland"), (None, "Norway")]


def test_a_signature_blocks_heading_with_a_small_letter_portfolio_and_a_kingdom():
    st = parse_statement(
        "Společné prohlášení\nMinisterstvo práce\n\n19. května 2022\n\nMinistři podepsali společné prohlášení.\n\n"
        "V Praze dne 19. května 2022\n\n"
        "Za Ministerstvo práce a sociálních věcí České republiky:\nKarel Doubrava\nministr práce a sociálních věcí\n\n"
        "Za Federální veřejnou službu Zaměstnanost, práce a sociální dialog Nizozemského království:\nPieter van Loon\n"
        "ministr hospodářství a práce\n",
        "x.txt",
    )
    assert [(s.name, s.country) for s in st.signatories] == [
        ("Karel Doubrava", "Czechia"),
        ("Pieter van Loon", "Netherlands"),
    ]


def test_who_led_each_sides_delegation_signs_unless_a_joint_council_speaks():
    st = parse_statement(
        "Grenada and the European Union hold their Political Dialogue\nEuropean External Action Service\n\n"
        "St. George's, 19/04/2018 - 18:05\n\n"
        "The delegation of Grenada was led by the Minister of Foreign Affairs, Althea Joseph-Baptiste, and the European "
        "Union delegation by the Ambassador of the European Union to Barbados. At the end of the Dialogue, the Minister "
        "and the Ambassador issued the following joint press release.\n",
        "x.txt",
    )
    assert [(s.name, s.country) for s in st.signatories][0] == ("Althea Joseph-Baptiste", "Grenada")
    council = parse_statement(
        "Joint press statement following the EU-Georgia Association Council\nCouncil of the EU\n\n"
        "Brussels, 5 June 2019\n\n"
        "The Georgian delegation was led by the Prime Minister of Georgia, Levan Dvali. The Council adopted a "
        "statement.\n",
        "x.txt",
    )
    assert [(s.name, s.organisation) for s in council.signatories] == [(None, "EU-Georgia Association Council")]


def test_an_eu_office_by_its_prefix_beside_the_commissions_member_by_office():
    st = parse_statement(
        "Joint statement by the European Commission and the EU Special Envoy\nIP/96/588\n\nBrussels, 2 July 1996\n\n"
        "The Member of the Commission responsible for external relations and the EU Administrator of Mostar, Pedro "
        "Aranguren Solís, met in Mostar today and made the following joint statement:\n",
        "x.txt",
    )
    assert [(s.name, s.role, s.organisation) for s in st.signatories] == [
        (None, "Member of the Commission responsible for external relations", "European Commission"),
        ("Pedro Aranguren Solís", "Administrator", "European Union"),
    ]


def test_a_kingdom_by_a_short_hungarian_adjective_and_an_agencys_home_desk():
    hu = parse_statement(
        "Közös nyilatkozat\nMagyarország Kormánya\nVidékfejlesztési Minisztérium\n\n2012. február 14.\n\n"
        "Bakonyi Tamás vidékfejlesztési miniszter kedden Budapesten fogadta a Dán Királyság környezetvédelmi "
        "miniszterét. A megbeszélést követően a két miniszter közös nyilatkozatot írt alá.\n",
        "x.txt",
    )
    assert [(s.name, s.country) for s in hu.signatories] == [("Bakonyi Tamás", "Hungary"), (None, "Denmark")]
    from statements.parsing.countries import find_countries

    assert find_countries("Ritzau | Indland | torsdag, 11:32") == []  # the Nordic "inland", not Icelandic India


def test_the_parties_a_text_says_issued_it_sign_under_a_joint_councils_title():
    st = parse_statement(
        "Joint press release following the twelfth meeting of the EU-Kyrgyzstan Cooperation Council\nCouncil of the EU\n\n"
        "Brussels, 18 May 2015\n\n"
        "The European Union and the Kyrgyz Republic issued the following joint press release at the close of the twelfth "
        "meeting of the EU-Kyrgyzstan Cooperation Council, held in Brussels today.\n",
        "x.txt",
    )
    assert sorted((s.organisation or s.country) for s in st.signatories) == ["European Union", "Kyrgyzstan"]


def test_spanish_candidates_subscribe_to_the_declaration():
    st = parse_statement(
        "Declaración del Alto Representante en nombre de la UE\nConsejo de la UE\n\n29 de agosto de 2023\n\n"
        "La Unión Europea reafirma su compromiso.\n\n"
        "Los países candidatos Montenegro*, Albania* y la República de Moldavia, y los países de la AELC Islandia y "
        "Noruega, miembros del Espacio Económico Europeo, suscriben la presente declaración.\n",
        "x.txt",
    )
    assert list(st.aligned) == ["Montenegro", "Albania", "Moldova", "Iceland", "Norway"]


def test_who_said_it_in_a_joint_statement_after_what_they_said():
    st = parse_statement(
        "Poland, Norway to protect workers\nPAP | Polish Press Agency\nPolitics | Tuesday, 13:22\n\n"
        "Oslo (PAP) - Poland and Norway will step up cooperation to protect the rights of workers, Poland's Deputy "
        "Foreign Minister Tomasz Wrzosek and Norway's Minister of Labour said in a joint statement on Tuesday.\n",
        "x.txt",
    )
    assert [(s.name, s.country) for s in st.signatories] == [("Tomasz Wrzosek", "Poland"), (None, "Norway")]


def test_a_plural_things_name_after_its_article_is_no_signer():
    st = parse_statement(
        "Declaração da Alta Representante, em nome da UE, sobre a Convenção\nConselho da UE\n\n07/12/2018\n\n"
        "Adotada na véspera da Declaração Universal dos Direitos Humanos, a Convenção foi o primeiro tratado.\n",
        "x.txt",
    )
    assert all(s.name is None for s in st.signatories)
    pt = parse_statement(
        "Declaração conjunta dos Governos de Portugal e do Luxemburgo\nRepública Portuguesa\n\n23 de maio de 2022\n\n"
        "Os dois Governos reafirmaram a sua amizade.\n",
        "x.txt",
    )
    assert sorted(s.country for s in pt.signatories) == ["Luxembourg", "Portugal"]
    es = parse_statement(
        "Declaración del Alto Representante en nombre de la UE con motivo del Día Mundial\nConsejo de la UE\n"
        "8 de junio de 2021\n\n"
        "Hoy, Día Mundial de los Océanos Abiertos, la Unión Europea recuerda los daños duraderos para el medio "
        "ambiente que han causado muchos vertidos.\n",
        "x.txt",
    )
    assert all(s.name is None for s in es.signatories)  # the day's name, before the subject's comma, is no one


def test_a_capitalised_body_before_its_offices_small_words_and_the_holders_name_is_no_person():
    st = parse_statement(
        "Bendras pareiškimas dėl parlamentinio bendradarbiavimo\nLietuvos Respublikos Seimas\n\n2019-03-14\n\n"
        "Lietuvos Respublikos Seimo Aplinkos apsaugos komiteto pirmininkas Jonas Petrauskinas ir Estijos parlamento "
        "Aplinkos komisijos pirmininkė Kaja Tammsaar ketvirtadienį Vilniuje pasirašė bendrą pareiškimą.\n",
        "x.txt",
    )
    assert sorted(s.name for s in st.signatories if s.name) == ["Jonas Petrauskinas", "Kaja Tammsaar"]


def test_the_parties_that_issue_a_joint_press_release_sign_not_who_led_their_delegations():
    st = parse_statement(
        "EU-Freedonia Energy Dialogue: Joint Press Release\nEuropean External Action Service\n\n"
        "Brussels, 07/11/2019\n\n"
        "The European Union and the Republic of Moldova issued the following joint press release:\n\n"
        "The European Union and the Republic of Moldova held their Energy Dialogue in Brussels today. The EU delegation "
        "was led by the Managing Director for Europe of the European External Action Service; the Moldovan "
        "delegation was led by the State Secretary for Energy.\n",
        "x.txt",
    )
    assert sorted((s.organisation or s.country) for s in st.signatories) == ["European Union", "Moldova"]
    assert all(s.role is None for s in st.signatories)  # the parties as such, not the heads of delegation


def test_an_official_of_the_external_action_service_holds_its_office_and_the_americas_are_no_country():
    st = parse_statement(
        "Joint Press Release: EU-Paraguay Political Dialogue\nEuropean External Action Service\n\n"
        "Asunción, 15/06/2021\n\n"
        "The Minister of Foreign Affairs of Paraguay, Rodrigo Benítez Ayala, and the Managing Director for the "
        "Americas of the European External Action Service issue the following joint press release:\n\n"
        "The Political Dialogue took place today in Asunción.\n",
        "x.txt",
    )
    office = next(s for s in st.signatories if not s.name)
    assert (office.organisation, office.country) == ("European External Action Service", None)
    assert "Americas" in office.role


def test_two_offices_that_met_sign_what_the_next_sentence_says_was_signed_and_a_headlines_place_is_no_one():
    st = parse_statement(
        "Zajednička izjava ministara Hrvatske i Bosne i Hercegovine o bolnici Slavonski Brod\n"
        "Vlada Republike Hrvatske\nObjavljeno: 3. ožujka 2021.\n\n"
        "Ministar zdravstva Republike Hrvatske i ministar civilnih poslova Bosne i Hercegovine sastali su se u "
        "utorak na granici, gdje su obišli novu bolnicu. Nakon sastanka potpisali su zajedničku izjavu.\n\n"
        '"Obje strane obvezuju se na suradnju u hitnoj pomoći."\n',
        "x.txt",
    )
    assert [(s.name, s.role, s.country) for s in st.signatories] == [
        (None, "Ministar zdravstva", "Croatia"),
        (None, "ministar civilnih poslova", "Bosnia and Herzegovina"),
    ]


def test_italian_joint_is_no_congolese_and_an_agencys_place_is_no_part_of_an_office():
    it = parse_statement(
        "Dichiarazione congiunta dei Ministri dell'Interno di Italia e Slovenia\n"
        "Ministero dell'Interno\nData: 12/05/2021\n\n"
        "Il Ministro dell'Interno e il Ministro dell'Interno della Repubblica di Slovenia si sono incontrati oggi a "
        "Trieste.\nAl termine dell'incontro hanno adottato la seguente dichiarazione congiunta:\n\n"
        "«I due Paesi rafforzano i pattugliamenti congiunti.»\n",
        "x.txt",
    )
    assert [(s.role, s.country) for s in it.signatories] == [
        ("Ministro dell'Interno", "Italy"),  # the site's own (not the Congo's, by "congiunta" in a top line)
        ("Ministro dell'Interno", "Slovenia"),
    ]
    sv = parse_statement(
        "Sverige och Malta i samarbete om sjöfart\nTT\nonsdag 14:05\n\n"
        "Göteborg (TT) Sveriges infrastrukturminister och Maltas transportminister undertecknade på onsdagen en "
        "gemensam förklaring om grön sjöfart.\n",
        "x.txt",
    )
    assert [(s.role, s.country) for s in sv.signatories] == [
        ("infrastrukturminister", "Sweden"),
        ("transportminister", "Malta"),
    ]


def test_a_place_after_a_date_is_no_surname_and_romanian_ministers_plural_is_a_title():
    lv = parse_statement(
        "Latvijas un Igaunijas kopīgs paziņojums\nZemkopības ministrija\n\n2017. gada 15. februāris\n\n"
        "Latvijas zemkopības ministrs Jānis Ozoliņš un Igaunijas lauku lietu ministrs Tõnis Kask trešdien, "
        "15. februārī, Valmierā parakstīja kopīgu paziņojumu par sadarbību.\n",
        "x.txt",
    )
    assert [s.name for s in lv.signatories] == ["Jānis Ozoliņš", "Tõnis Kask"]
    ro = parse_statement(
        "Declarație comună a României și Belgiei privind mobilitatea lucrătorilor\nMinisterul Muncii\n\n"
        "15 februarie 2019\n\n"
        "Ministrul muncii al României și ministrul federal al muncii al Regatului Belgiei* au semnat astăzi, la "
        "București, o declarație comună.\n\n"
        "* Miniștrii Ioana POPESCU-DRAGHICI și Pieter VANDENBROECK.\n",
        "x.txt",
    )
    assert [s.name for s in ro.signatories] == ["Ioana Popescu-Draghici", "Pieter Vandenbroeck"]
    titled = parse_statement(
        "Declarație comună a miniștrilor de externe ai României și Poloniei cu prilejul semnării Planului de acțiune "
        "al Parteneriatului Strategic\nMAE\n\n21 decembrie 2015\n\nText.\n",
        "x.txt",
    )
    assert all(s.name is None for s in titled.signatories)  # the title's list ends where the occasion begins


def test_co_chairs_by_office_and_by_name_a_regions_and_and_a_portfolio_before_its_body():
    st = parse_statement(
        "EU and Samoa hold 3rd Political Dialogue\nEuropean Union External Action\n\n03.05.2022\n\n"
        "The Independent State of Samoa and the European Union held today their 3rd Political Dialogue. It was "
        "co-chaired by the Managing Director for Asia and the Pacific of the European External Action Service and by "
        "the Minister of Foreign Affairs and Trade of Samoa, Tavita Leaupepe, who issued the following joint press "
        "release.\n",
        "x.txt",
    )
    eeas = "European External Action Service"
    assert [(s.name, s.role, s.organisation, s.country) for s in st.signatories] == [
        (None, f"Managing Director for Asia and the Pacific of the {eeas}", eeas, None),
        ("Tavita Leaupepe", "Minister of Foreign Affairs and Trade", None, "Samoa"),
    ]
    cl = parse_statement(
        "Joint Press Release: First EU-Chile High-Level Dialogue\nEuropean Union External Action\n\n"
        "Brussels, 24/10/2019\n\n"
        "The Dialogue was co-chaired by the Deputy Secretary General for Political Affairs of the European External "
        "Action Service and the Vice-Minister of Foreign Affairs of Chile, Marcela Ortúzar Riquelme, who issued the "
        "following joint press release.\n",
        "x.txt",
    )
    assert [(s.name, s.organisation, s.country) for s in cl.signatories] == [
        (None, eeas, None),
        ("Marcela Ortúzar Riquelme", None, "Chile"),
    ]


def test_names_in_a_note_hold_two_offices_after_when_and_where_and_a_photo_credit_is_no_one():
    st = parse_statement(
        "Wspólne oświadczenie ministrów kultury Polski i Holandii\nMinisterstwo Kultury\n\n12.05.2016\n\n"
        "W czwartek w Lublinie Minister Kultury Rzeczypospolitej Polskiej i minister kultury Królestwa Niderlandów* "
        "otworzyli wystawę. Po spotkaniu ministrowie podpisali wspólne oświadczenie.\n\n"
        "„Będziemy współpracować przy ochronie zabytków”.\n\n"
        "* Minister Kultury Anna KOWALCZYK oraz minister kultury Pieter DE GRAAF.\n"
        "Fot. Marek Nowacki / MK\n",
        "x.txt",
    )
    assert [(s.name, s.role, s.country) for s in st.signatories] == [
        ("Anna Kowalczyk", "Minister Kultury", "Poland"),
        ("Pieter de Graaf", "minister kultury", "Netherlands"),  # (a particle in small letters)
    ]


def test_two_offices_a_romanian_portfolio_in_the_genitive_and_finnish_seka_and_the_ministers_again():
    ro = parse_statement(
        "Declarație comună România-Bulgaria\nAGERPRES | joi, 11:42\n\n"
        "Giurgiu, (AGERPRES) - Ministrul Transporturilor și ministrul Dezvoltării Regionale din Republica Bulgaria au "
        "semnat joi, la Giurgiu, o declarație comună privind podul peste Dunăre.\n",
        "x.txt",
    )
    assert all(s.name is None for s in ro.signatories)  # "Transporturilor" is the ministry's, no one's surname
    assert sorted(s.country for s in ro.signatories) == ["Bulgaria", "Romania"]
    fi = parse_statement(
        "Suomen ja Latvian yhteinen julkilausuma\nYmpäristöministeriö\nTiedote 10.10.2019 14.30\n\n"
        "Ympäristöministeri sekä Latvian ympäristönsuojelu- ja aluekehitysministeri tapasivat torstaina Turussa. "
        "Tapaamisen päätteeksi ministerit antoivat yhteisen julkilausuman Itämeren suojelusta.\n",
        "x.txt",
    )
    assert [(s.role, s.country) for s in fi.signatories] == [
        ("Ympäristöministeri", "Finland"),
        ("ympäristönsuojelu- ja aluekehitysministeri", "Latvia"),
    ]


def test_the_office_of_an_office_holder_publishes_and_signs_nothing():
    st = parse_statement(
        "Government of Malta\nPress Release by the Office of the Prime Minister\nRelease Date: Apr 09, 2015\n\n"
        "Joint statement by the Prime Minister of Malta and the Prime Minister of Greece on shipping\n\n"
        "The Prime Minister of Malta and the Prime Minister of Greece met today in Valletta. At the end of their "
        "meeting, they issued the following joint statement.\n",
        "x.txt",
    )
    assert sorted(s.country or "-" for s in st.signatories) == ["Greece", "Malta"]


def test_a_two_word_portfolio_after_of_then_the_holders_name():
    st = parse_statement(
        "Gezamenlijke verklaring over de grens\nMinisterie van Binnenlandse Zaken\n\n14 maart 2019\n\n"
        "Staatssecretaris Anna de Wit van Binnenlandse Zaken en de Vlaamse minister van Lokaal Bestuur Pieter "
        "Verhaeghe hebben vandaag in Baarle-Nassau een gezamenlijke verklaring ondertekend.\n",
        "x.txt",
    )
    assert [s.name for s in st.signatories] == ["Anna de Wit", "Pieter Verhaeghe"]


def test_an_intro_before_the_first_office_and_a_nordic_portfolio_name_no_signers():
    st = parse_statement(
        "EU and Viet Nam sign agreement: joint statement\nIP/96/999\nLuxembourg, 28 October 1996\n\n"
        "On this occasion the Vice-President of the Commission responsible for relations with Asia and the Minister "
        "of Foreign Affairs of the Socialist Republic of Viet Nam, Tran Van Long, issued the following joint "
        "statement:\n",
        "x.txt",
    )
    assert [(s.name, s.role, s.organisation) for s in st.signatories] == [
        (None, "Vice-President of the Commission responsible for relations with Asia", "European Commission"),
        ("Tran Van Long", "Minister of Foreign Affairs", None),
    ]
    sv = parse_statement(
        "Gemensamt uttalande av Sverige och Island\nRegeringskansliet\nPublicerad 22 maj 2024\n\n"
        "Sveriges minister för nordiskt samarbete och Islands minister för nordiskt samarbete* träffades i dag i "
        "Stockholm och enades om följande uttalande.\n\n* Anna Lindqvist respektive Sigríður Jónsdóttir.\n",
        "x.txt",
    )
    assert sorted(s.country for s in sv.signatories) == ["Iceland", "Sweden"]  # not the other Nordic states


def test_a_bulgarian_title_of_two_countries_and_a_region_after_na_then_two_named_ministers():
    st = parse_statement(
        "Съвместна декларация на България и Северна Македония за европейската перспектива на Западните Балкани\n"
        "Министерство на външните работи\n12.04.2018\n\n"
        "Министърът на външните работи на България Петър Стоянов и министърът на външните работи на Северна "
        "Македония Никола Трайков подписаха днес в София съвместна декларация.\n",
        "x.txt",
    )
    assert [s.name for s in st.signatories] == ["Петър Стоянов", "Никола Трайков"]


def test_co_chairs_named_as_issuing_it_sign_under_a_joint_committees_title():
    st = parse_statement(
        "Joint Press Release: First meeting of the EU-Indonesia Joint Committee\nEuropean Union External Action\n\n"
        "Brussels, 15/03/2019\n\n"
        "The European Union and the Republic of Indonesia held the first meeting of their Joint Committee in Brussels "
        "today. The meeting was co-chaired by the Deputy Secretary General for Economic and Global Issues of the "
        "European External Action Service and by the Director-General for American and European Affairs of the "
        "Ministry of Foreign Affairs of Indonesia, Ma. Dewi Kartika Sari, who issued the following joint press "
        "release.\n",
        "x.txt",
    )
    assert [(s.name, s.organisation, s.country) for s in st.signatories] == [
        (None, "European External Action Service", None),
        ("Ma. Dewi Kartika Sari", None, "Indonesia"),
    ]


def test_a_portfolios_last_item_after_and_is_no_name_and_a_un_office_is_the_united_nations():
    st = parse_statement(
        "Declaração conjunta de Portugal e Chipre sobre cooperação científica\nRepública Portuguesa\n\n"
        "Coimbra, 12 de maio de 2016\n\n"
        "O Ministro da Ciência, Tecnologia e Ensino Superior e o Ministro da Educação e Cultura da República de Chipre "
        "reuniram-se hoje em Coimbra e assinaram uma declaração conjunta sobre ciência aberta.\n",
        "x.txt",
    )
    assert all(s.name is None for s in st.signatories)
    assert sorted(s.country for s in st.signatories) == ["Cyprus", "Portugal"]
    un = parse_statement(
        "Joint statement of the co-chairs\nEEAS\n\nGeneva, 10 June 2020\n\n"
        "The co-chairs, the EU Special Representative Anna Berg and the UN Representative to the Discussions "
        "Pavel Orlov, issued the following statement.\n",
        "x.txt",
    )
    assert ("Pavel Orlov", "United Nations") in [(s.name, s.organisation) for s in un.signatories]


def test_a_countrys_name_that_starts_a_longer_first_word_of_another_name_makes_no_adjective():
    from statements.parsing.countries import _starts_a_longer

    words = sorted({"dominican", "saint", "south", "san"})
    assert _starts_a_longer("dominica", words)  # "Dominica" is no stem of "Dominican"
    assert not _starts_a_longer("dominican", words)  # the word itself goes no further
    assert not _starts_a_longer("sout", [])
    assert not _starts_a_longer("zambia", words)


def test_a_declaration_about_a_railway_line_names_no_signer_and_a_meetings_place_is_no_offices_country():
    statement = parse_statement(
        "Gemeinsame Erklärung Deutschlands und Polens zum Ausbau der Ostbahn\n"
        "Bundesministerium für Digitales und Verkehr\n\n"
        "Berlin, 03.03.2016\n\n"
        "Der Bundesminister für Digitales und Verkehr und die Infrastrukturministerin der Republik Polen haben heute "
        "in Kostrzyn eine gemeinsame Erklärung zur Sanierung der Bahnstrecke Kietz – Kostrzyn unterzeichnet.\n\n"
        "Die Ministerin und der Minister vereinbarten, sich beim Verkehrsministerrat am 7. Juni 2016 in Luxemburg "
        "abzustimmen.\n",
        "x.txt",
    )
    assert [(s.name, s.role, s.country) for s in statement.signatories] == [
        (None, "Bundesminister für Digitales und Verkehr", "Germany"),
        (None, "Infrastrukturministerin", "Poland"),
    ]


def test_two_offices_that_signed_replace_the_titles_countries_and_presiding_is_no_office():
    statement = parse_statement(
        "Съвместна декларация на България и Латвия за сътрудничество в областта на туризма\n"
        "Министерство на туризма\n\n"
        "12.03.2018\n\n"
        "Министърът на туризма и министърът на икономиката на Република Латвия подписаха днес в Пловдив съвместна "
        "декларация за сътрудничество в областта на туризма.\n\n"
        "България председателства Съвета на ЕС от 1 януари 2018 г.\n",
        "x.txt",
    )
    assert [(s.name, s.role, s.country) for s in statement.signatories] == [
        (None, "Министърът на туризма", "Bulgaria"),
        (None, "министърът на икономиката", "Latvia"),
    ]


def test_a_greek_noun_of_action_in_the_genitive_ends_a_portfolio_not_a_name():
    from statements.parsing.names import is_not_name

    assert is_not_name("Διακυβέρνησης") and is_not_name("Ενίσχυσης") and is_not_name("Ανάπτυξης")
    assert not is_not_name("Αναστάσης")  # a first name in the nominative


def test_a_greek_host_minister_of_a_portfolio_in_the_genitive_received_his_guest():
    statement = parse_statement(
        "Κοινή Δήλωση Ελλάδας – Κύπρου για την αγροτική καινοτομία\n"
        "Υπουργείο Ψηφιακής Διοίκησης\n\n"
        "Αθήνα, 5 Μαΐου 2022\n\n"
        "Ο Υπουργός Ψηφιακής Διοίκησης υποδέχθηκε σήμερα στο Υπουργείο τον Υπουργό Γεωργίας της Δημοκρατίας της "
        "Κύπρου. Μετά τη συνάντηση, οι δύο Υπουργοί υπέγραψαν την ακόλουθη κοινή δήλωση.\n",
        "x.txt",
    )
    assert [(s.name, s.country) for s in statement.signatories] == [(None, "Greece"), (None, "Cyprus")]


def test_we_two_named_joined_by_polish_oraz():
    statement = parse_statement(
        "Wspólna deklaracja Polski i Portugalii o współpracy muzealnej\nMinisterstwo Kultury\n\n"
        "Lizbona, 4 czerwca 2019 r.\n\n"
        "My, Bogumiła Wierzchoń, minister kultury Rzeczypospolitej Polskiej, oraz Tomé Arrabaça, minister kultury "
        "Republiki Portugalskiej, zebrani w Lizbonie 4 czerwca 2019 r., oświadczamy, co następuje.\n",
        "x.txt",
    )
    assert [(s.name, s.country) for s in statement.signatories] == [
        ("Bogumiła Wierzchoń", "Poland"),
        ("Tomé Arrabaça", "Portugal"),
    ]


def test_the_mayor_and_the_body_two_ministers_met_before_signing_are_no_signers():
    statement = parse_statement(
        "Skupna izjava ministra za okolje Republike Slovenije in ministra za gospodarstvo Republike Hrvaške\n"
        "Vlada Republike Slovenije | Ministrstvo za okolje\n\n"
        "3. 5. 2022 | Sporočilo za javnost\n\n"
        "Minister za okolje je v torek v Piranu gostil hrvaškega ministra za gospodarstvo. Ministra sta si ogledala "
        "soline in se srečala z županom Pirana in predstavniki Zavoda za varstvo narave. Po srečanju sta podpisala "
        "skupno izjavo:\n",
        "x.txt",
    )
    assert [(s.name, s.country) for s in statement.signatories] == [(None, "Slovenia"), (None, "Croatia")]


def test_a_presidency_declaration_on_behalf_of_the_union_with_the_postposition_after_the_body():
    finnish = parse_statement(
        "Puheenjohtajavaltion julkilausuma Euroopan unionin puolesta Malin parlamenttivaaleista\n"
        "EUROOPAN UNIONIN NEUVOSTO\n\nBryssel 3. joulukuuta 2013\n\n"
        "Euroopan unioni onnittelee Malin kansaa vaaleista.\n",
        "x.txt",
    )
    estonian = parse_statement(
        "Eesistujariigi deklaratsioon Euroopa Liidu nimel Malawi valimiste kohta\n"
        "EUROOPA LIIDU NÕUKOGU\n\nBrüssel, 3. detsember 2013\n\n"
        "Euroopa Liit tervitab Malawi rahvast rahumeelsete valimiste puhul.\n",
        "x.txt",
    )
    swedish = parse_statement(
        "Ordförandeskapets förklaring på Europeiska unionens vägnar om valet i Malawi\n"
        "EUROPEISKA UNIONENS RÅD\n\nBryssel den 3 december 2013\n\n"
        "Europeiska unionen välkomnar det fredliga valet i Malawi.\n",
        "x.txt",
    )
    assert [s.organisation for s in finnish.signatories] == ["European Union"]
    assert [s.organisation for s in estonian.signatories] == ["European Union"]
    assert [s.organisation for s in swedish.signatories] == ["European Union"]


def test_a_further_information_line_with_a_number_is_a_press_contact_and_by_opens_no_role():
    statement = parse_statement(
        "EU-Mongolia Joint Declaration signed in Luxembourg\nCOUNCIL OF THE EUROPEAN UNION EN\n"
        "Luxembourg, 14 April 2008\n\n"
        "The Declaration was signed for Mongolia by the Minister for Foreign Affairs, Batbayar Tsend, and for the "
        "European Union by the Minister for Foreign Affairs of Slovenia, in his capacity as President of the Council, "
        "and by the Commissioner for External Relations.\n\n"
        "For further information: Ilse Vermeiren, press office of the General Secretariat, +32 2 281 99 99\n",
        "x.txt",
    )
    assert [(s.name, s.role) for s in statement.signatories if s.name] == [("Batbayar Tsend", "Minister for Foreign Affairs")]
    assert ("Commissioner for External Relations", "European Commission") in [
        (s.role, s.organisation) for s in statement.signatories
    ]


def test_polish_bodies_in_the_genitive_are_no_names():
    from statements.parsing.names import is_not_name

    assert is_not_name("Współpracy") and is_not_name("Kraju") and is_not_name("Związkowego")
    statement = parse_statement(
        "Wspólne oświadczenie ministrów kultury Polski i Litwy\nMinisterstwo Kultury\n\n12.05.2015\n\n"
        "Minister kultury Rzeczypospolitej Polskiej oraz minister kultury Republiki Litewskiej podpisali w Wilnie "
        "wspólne oświadczenie.\n\nWytworzył: Departament Współpracy Międzynarodowej\n",
        "x.txt",
    )
    assert not [s.name for s in statement.signatories if s.name]


def test_the_named_co_chairs_of_a_joint_committee_sign_rather_than_the_committee():
    statement = parse_statement(
        "EU-Georgia Parliamentary Association Committee: co-chairs call for judicial reform\n"
        "News European Parliament\n\n14-03-2019 - 12:00\n\n"
        "The co-chairs of the EU-Georgia Parliamentary Association Committee, Halina Wróblewska-Nowak (EPP, PL) and "
        "Levan Tsiklauri, member of the Parliament of Georgia, issued the following joint statement after the "
        "Committee's meeting in Strasbourg on Thursday.\n",
        "x.txt",
    )
    assert [s.name for s in statement.signatories] == ["Halina Wróblewska-Nowak", "Levan Tsiklauri"]


def test_at_the_end_the_two_co_chairs_named_after_them_sign_and_a_parliaments_own_name_is_no_person():
    statement = parse_statement(
        "EU and Central American lawmakers meet in Brussels\nNews European Parliament\n\n22-03-2017 - 16:00\n\n"
        "Members of the European Parliament and of the Central American Parliament (Parlamento Centroamericano) met in "
        "Brussels on Wednesday. At the end of the meeting the two co-chairs, Inés Aldecoa Ruiz (EPP, ES), chair of "
        "Parliament's Delegation for relations with Central America, and Óscar Meléndez Zúñiga (Costa Rica), "
        "President of the Central American Parliament, issued the following joint statement:\n",
        "x.txt",
    )
    assert [s.name for s in statement.signatories] == ["Inés Aldecoa Ruiz", "Óscar Meléndez Zúñiga"]


def test_a_croatian_host_office_hosted_its_guest_and_the_two_signed():
    statement = parse_statement(
        "Zajednička izjava ministara gospodarstva Hrvatske i Slovačke\nVlada Republike Hrvatske\n\n"
        "Objavljeno: 6. listopada 2022.\n\n"
        "Ministar gospodarstva i održivog razvoja ugostio je u četvrtak u Varaždinu slovačkog ministra gospodarstva. "
        "Nakon razgovora dvojica ministara potpisala su zajedničku izjavu o suradnji.\n",
        "x.txt",
    )
    assert [(s.name, s.country) for s in statement.signatories] == [(None, "Croatia"), (None, "Slovakia")]


def test_a_title_that_opens_with_a_place_and_a_comma_names_no_signer():
    statement = parse_statement(
        "Colle della Maddalena, dichiarazione congiunta dei Ministri dei Trasporti di Italia e Austria\n"
        "Ministero delle Infrastrutture e dei Trasporti\n\n12 maggio 2024\n\n"
        "Colle della Maddalena, dichiarazione congiunta dei Ministri dei Trasporti di Italia e Austria\n\n"
        "Il Ministro delle Infrastrutture e dei Trasporti e il Ministro austriaco dei Trasporti hanno partecipato oggi "
        "alla cerimonia al Brennero. Al termine del colloquio bilaterale, i due Ministri hanno sottoscritto la "
        "seguente dichiarazione congiunta.\n\n"
        "La Commissione intergovernativa per il Colle della Maddalena continuerà a riunirsi.\n",
        "x.txt",
    )
    assert [(s.name, s.country) for s in statement.signatories] == [(None, "Italy"), (None, "Austria")]


def test_a_lord_mayor_oberbuergermeister_is_an_office():
    statement = parse_statement(
        "Gemeinsame Erklärung der Städte Frankfurt (Oder) und Słubice\nStadt Frankfurt (Oder)\n\n"
        "Pressemitteilung vom 05.05.2023\n\nBeide Städte bekräftigen ihre Zusammenarbeit.\n\n"
        "Unterzeichnet von:\nKonrad Weißenborn, Oberbürgermeister der Stadt Frankfurt (Oder)\n"
        "Zbigniew Obrębski, Burmistrz Słubic\n",
        "x.txt",
    )
    assert ("Konrad Weißenborn", "Oberbürgermeister der Stadt Frankfurt") in [
        (s.name, s.role) for s in statement.signatories
    ]


def test_a_host_office_that_hosted_two_guest_offices_and_the_three_adopted_it():
    statement = parse_statement(
        "Skupna izjava ministrov za promet Slovenije, Hrvaške in Madžarske\n"
        "Ministrstvo za infrastrukturo Republike Slovenije\n\n12. 9. 2016\n\n"
        "Minister za infrastrukturo Republike Slovenije je v ponedeljek v Lendavi gostil hrvaškega ministra za "
        "promet, pomorstvo in infrastrukturo in madžarsko ministrico za razvoj. Po srečanju so ministri sprejeli "
        "skupno izjavo.\n",
        "x.txt",
    )
    assert [s.country for s in statement.signatories] == ["Slovenia", "Croatia", "Hungary"]


def test_the_attorney_general_is_an_office():
    statement = parse_statement(
        "EU-US ministerial on justice\nCouncil of the EU\n\nWashington, 3 June 2014\n\n"
        "The Minister of Justice of Greece and the Attorney General of the United States, Harold Whitcombe, signed "
        "today a joint statement on mutual legal assistance.\n",
        "x.txt",
    )
    assert ("Harold Whitcombe", "Attorney General") in [(s.name, s.role) for s in statement.signatories]


def test_the_member_of_the_commission_responsible_for_a_portfolio_before_the_countries_offices():
    statement = parse_statement(
        "EU-Canada agreement on competition signed in Ottawa\nIP/99/410\n\nBrussels, 17 June 1999\n\n"
        "The Member of the Commission responsible for competition policy, the Attorney General of Canada and the "
        "Commissioner of Competition of Canada today signed in Ottawa the Agreement on the application of their "
        "competition laws.\n",
        "x.txt",
    )
    assert ("Member of the Commission responsible for competition policy", "European Commission") in [
        (s.role, s.organisation) for s in statement.signatories
    ]


def test_a_portfolios_last_item_before_its_holder_between_commas_is_no_name():
    statement = parse_statement(
        "Declaração conjunta de Portugal e da Eslovénia\nGoverno de Portugal\n\n2019-05-10\n\n"
        "O Ministro da Cultura, Turismo e Ensino Artístico, Jorge Amaral Pestana, e o Ministro do Ambiente da República "
        "da Eslovénia, Tomaž Kranjec, assinaram hoje, em Lisboa, uma declaração conjunta.\n",
        "x.txt",
    )
    assert [(s.name, s.role) for s in statement.signatories][0] == (
        "Jorge Amaral Pestana",
        "Ministro da Cultura, Turismo e Ensino Artístico",
    )


def test_a_lists_lead_in_before_its_colon_keeps_the_union_at_the_head_of_the_list():
    statement = parse_statement(
        "Ministerial declaration of the International Contact Group on Nicaragua\nEEAS\n\n25/09/2019\n\n"
        "1. The ministers of the International Contact Group met today in New York.\n\n"
        "2. This declaration is endorsed by the following members of the Group: the European Union, France, Spain, "
        "Costa Rica and Uruguay.\n",
        "x.txt",
    )
    assert "European Union" in [s.organisation for s in statement.signatories]


def test_a_numbered_paragraph_opening_with_the_union_and_the_partners():
    statement = parse_statement(
        "Joint communiqué - EU-Andean Community Ministerial Meeting\nCOUNCIL OF THE EUROPEAN UNION\n\n"
        "Luxembourg, 26 April 2010\n\n"
        "1. The European Union and the Republics of Bolivia, Colombia, Ecuador and Peru held their ministerial "
        "meeting in Luxembourg today and adopted the following joint communiqué.\n",
        "x.txt",
    )
    assert "European Union" in [s.organisation for s in statement.signatories]


def test_heads_of_delegation_who_issue_it_sign_though_the_title_names_a_dialogue_and_they_lead_later():
    st = parse_statement(
        "Joint press statement following the 4th Political Dialogue between the European Union and the Republic of "
        "Paraguay\n"
        "European External Action Service\nDelegation of the European Union to Paraguay, for Uruguay, with responsibility "
        "for regional cooperation with the states of Mercosur and of the Southern Cone\n\n"
        "Joint press statement following the 4th Political Dialogue between the European Union and the Republic of "
        "Paraguay\n\nAsunción, 12/05/2022 - 18:05, UNIQUE ID: 220512_4\n\n"
        "The European Union and the Republic of Paraguay held their 4th Political Dialogue today at the Palacio de López, the seat "
        "of the Ministry of Foreign Affairs in Asunción.\n\n"
        "The Paraguayan delegation was led by the Minister of Foreign Affairs, Tomasina Riquelme Ocampo, and included "
        "the Minister of Industry and senior officials. The EU delegation was led by the Deputy Managing Director for "
        "the Americas of the European External Action Service, accompanied by the Ambassador of the European Union.\n\n"
        "At the close of the Dialogue, the two heads of delegation issued the following joint press statement:\n\n"
        '"Both sides discussed trade and climate."\n',
        "x.txt",
    )
    assert [(s.name, s.organisation) for s in st.signatories] == [
        ("Tomasina Riquelme Ocampo", None),
        (None, "European External Action Service"),
    ]


def test_co_chairs_who_agreed_the_release_sign_and_officials_who_took_part_do_not():
    st = parse_statement(
        "5th EU-Korea Cyber Dialogue: joint press release\nEuropean External Action Service\n\nSeoul, 03.10.2023\n\n"
        "This is the text of a joint press release agreed between the co-chairs of the 5th EU-Korea Cyber Dialogue.\n\n"
        "The Dialogue was co-chaired by the Deputy Managing Director for Peace, Security and Defence of the European "
        "External Action Service and by Hyeon-woo Baek, Ambassador for International Security Affairs of the Ministry "
        "of Foreign Affairs of the Republic of Korea. Officials of the Directorate-General for Home Affairs of the "
        "European Commission took part.\n\nThe two sides exchanged views on cyber threats.\n",
        "x.txt",
    )
    assert [(s.name, s.organisation) for s in st.signatories] == [
        (None, "European External Action Service"),
        ("Hyeon-woo Baek", None),
    ]


def test_a_french_host_and_guest_by_office_who_adopt_the_declaration_conjointe_sign_with_a_long_portfolio():
    st = parse_statement(
        "Déclaration conjointe franco-slovaque sur le patrimoine\nMinistère de la Culture\n\nPublié le 12.03.2018\n\n"
        "Le ministre de la Culture de la République française a reçu ce lundi, rue de Valois, le vice-Premier ministre, "
        "ministre de la Culture et du Patrimoine national de la République slovaque. À l'issue de leur entretien, les "
        "deux ministres ont adopté la déclaration conjointe suivante :\n\n« Nous coopérerons. »\n",
        "x.txt",
    )
    assert [(s.role, s.country) for s in st.signatories] == [
        ("ministre de la Culture", "France"),
        ("vice-Premier ministre, ministre de la Culture et du Patrimoine national", "Slovakia"),
    ]


def test_a_name_after_with_or_to_and_before_an_apposed_office_is_a_person():
    from statements.parsing.names import names_in
    from statements.parsing.people import PeopleRegistry

    registry = PeopleRegistry()
    assert [n.text for n in names_in("He met with Ana Vrabec, Minister of Finance of Slovenia", registry)] == ["Ana Vrabec"]
    assert [n.text for n in names_in("Il a remis la lettre à Joost van Lier, ministre", registry)] == ["Joost van Lier"]
    assert names_in("la sede di Porta Pia, il Ministro", registry) == []  # ("of" a place, then a new subject)


def test_a_hosts_role_read_from_the_whole_sentence_stops_at_its_verb():
    st = parse_statement(
        "Déclaration conjointe des ministres de l'Industrie\nMinistère de l'Économie\n\nPublié le 10.06.2024\n\n"
        "Aurélien Castagnède, ministre de l'Économie et des Finances, a réuni ce lundi à Lyon ses homologues allemand "
        "et italien, Jörg Brandhuber, ministre fédéral de l'Économie, et Ottavio Lanzillotta, ministre des Entreprises. "
        "À l'issue de la réunion, les trois ministres ont adopté la déclaration conjointe suivante :\n\n« Nous agirons. »\n",
        "x.txt",
    )
    assert st.signatories[0].name == "Aurélien Castagnède"
    assert st.signatories[0].role == "ministre de l'Économie et des Finances"


def test_the_sentence_that_issues_it_naming_one_of_two_people_before_it_keeps_the_host_and_guest_reading_out():
    st = parse_statement(
        "Moldavie : déclaration conjointe sur la demande d'adhésion\nConseil de l'UE\n\n15/03/2022\n\n"
        "Le Premier ministre de la République de Moldavie, Ion Cebotaru, a remis ce mardi à Bruxelles la demande "
        "d'adhésion de son pays à Pierre-Yves Lemarchand, ministre des affaires étrangères de la France, dont le pays "
        "exerce la présidence du Conseil. À l'issue de la rencontre, M. Lemarchand et le commissaire chargé de "
        "l'élargissement ont fait la déclaration conjointe suivante :\n\n« Nous saluons cette étape. »\n",
        "x.txt",
    )
    assert "Ion Cebotaru" not in [s.name for s in st.signatories]


def test_an_italian_title_by_the_high_representative_with_an_elided_dell_signs_for_the_union():
    st = parse_statement(
        "Dichiarazione dell'Alta rappresentante a nome dell'UE sulla giornata dei diritti umani\nCONSIGLIO\n\n"
        "Bruxelles, 10 dicembre 2016\n\nL'Unione europea ribadisce il proprio impegno.\n",
        "x.txt",
    )
    assert [(s.role, s.organisation) for s in st.signatories] == [("Alta rappresentante", "European Union")]


def test_who_convened_a_meeting_at_which_something_was_agreed_does_not_sign():
    st = parse_statement(
        "Joint statement by the European Commissioner for Health and the Minister of Health of Jordan\n\n"
        "Brussels, 4 May 2010\n\nThe European Commissioner for Health and the Minister of Health of Jordan, Rami "
        "Haddadin, met in Brussels today. They issued the following joint statement:\n\n"
        '"We welcome the action plan agreed at the expert meeting convened by UNEP and the IMO in Amman."\n',
        "x.txt",
    )
    assert [(s.name, s.organisation, s.country) for s in st.signatories] == [
        (None, "European Commission", None),
        ("Rami Haddadin", None, "Jordan"),
    ]


def test_central_or_latin_american_is_a_region_not_the_united_states():
    from statements.parsing.countries import find_countries

    assert list(find_countries("Central American Foreign Ministers")) == []
    assert list(find_countries("the Latin American and Caribbean states")) == []
    assert [c for _, _, c in find_countries("the American Secretary of State")] == ["United States"]


def test_a_french_coordinatrice_is_an_office_of_her_own():
    st = parse_statement(
        "Déclaration conjointe franco-allemande sur l'espace\nMinistère de la Recherche\n\nParis, le 2 décembre 2016\n\n"
        "En marge du Conseil, la secrétaire d'État chargée de la Recherche et la coordinatrice du gouvernement fédéral "
        "allemand pour la politique aérospatiale ont adopté la déclaration conjointe suivante :\n",
        "x.txt",
    )
    assert [s.role for s in st.signatories] == [
        "secrétaire d'État chargée de la Recherche",
        "coordinatrice du gouvernement fédéral pour la politique aérospatiale",
    ]


def test_a_greek_title_of_a_ministers_and_an_investment_bank_vice_presidents_offices_in_the_genitive():
    st = parse_statement(
        "Κοινή δήλωση του Υπουργού Οικονομικών της Κύπρου και του Αντιπροέδρου της Ευρωπαϊκής Τράπεζας Επενδύσεων\n\n"
        "Λευκωσία, 12 Μαΐου 2022\n\nΟι δύο πλευρές συζήτησαν τη χρηματοδότηση.\n",
        "x.txt",
    )
    assert [(s.name, s.organisation, s.country) for s in st.signatories] == [
        (None, None, "Cyprus"),
        (None, "European Investment Bank", None),
    ]


def test_a_minister_of_no_country_beside_a_commissioners_office_is_of_the_one_country_that_speaks_the_language():
    st = parse_statement(
        "Gobierno y Comisión Europea firman una declaración conjunta sobre los incendios\n"
        "EFE | Sevilla | martes, 12:10\n\n"
        "Sevilla, (EFE).- El ministro de Agricultura y la comisaria europea de Gestión de Crisis firmaron este martes "
        "en Sevilla una declaración conjunta para movilizar los fondos europeos.\n\n"
        "En la declaración, el Gobierno y la Comisión acuerdan reprogramar recursos ya asignados a España.\n",
        "x.txt",
    )
    assert [(s.role, s.organisation, s.country) for s in st.signatories] == [
        ("ministro de Agricultura", None, "Spain"),
        ("comisaria europea de Gestión de Crisis", "European Commission", None),
    ]


def test_a_bulgarian_title_of_a_countrys_minister_and_a_european_commissioner_joined_by_i():
    st = parse_statement(
        "Съвместно изявление на министъра на отбраната на Румъния и европейския комисар по разширяването\n\n"
        "12.05.2010\n\nДвамата обсъдиха сътрудничеството.\n",
        "x.txt",
    )
    assert [(s.organisation, s.country) for s in st.signatories] == [(None, "Romania"), ("European Commission", None)]


def test_a_hungarian_subject_of_two_offices_ends_at_the_day_when_the_verb_comes_last():
    st = parse_statement(
        "Közös nyilatkozat a két miniszterelnök találkozójáról\nKormány\n\nPozsony, 2003. május 13.\n\n"
        "Szlovákia miniszterelnöke és Lengyelország miniszterelnöke kedden Pozsonyban folytatott tárgyalásai végén "
        "az alábbi közös nyilatkozatot tette:\n\n„A két kormány együttműködik.”\n",
        "x.txt",
    )
    assert sorted(s.country for s in st.signatories) == ["Poland", "Slovakia"]


def test_a_hungarian_name_then_its_office_after_a_comma_and_article_opens_the_subject():
    st = parse_statement(
        "Magyar–cseh közös nyilatkozat\nKormány\n\nBudapest, 2012. május 8.\n\n"
        "Kertész Ábel, a Közigazgatási és Igazságügyi Minisztérium társadalmi ügyekért felelős államtitkára és Jana "
        "Dvořáková, a cseh kormány emberi jogi biztosa kedden Budapesten közös nyilatkozatot írt alá.\n",
        "x.txt",
    )
    assert [s.name for s in st.signatories] == ["Kertész Ábel", "Jana Dvořáková"]
    assert st.signatories[0].role == "Igazságügyi Minisztérium társadalmi ügyekért felelős államtitkára"


def test_a_closing_list_of_names_each_with_its_office_after_a_comma_and_parted_by_semicolons_keeps_each_office():
    st = parse_statement(
        "Zajednička izjava ministara\nMinistarstvo vanjskih poslova\n\n12. svibnja 2014.\n\n"
        "Ministri su razgovarali o suradnji.\n\n"
        "Izjavu su potpisali: Ivana Horvatić, ministrica vanjskih poslova Hrvatske; Marko Vuković, ministar vanjskih "
        "poslova Crne Gore; Ana Kovačević, ministrica vanjskih poslova Srbije.\n",
        "x.txt",
    )
    assert [(s.name, s.role) for s in st.signatories] == [
        ("Ivana Horvatić", "ministrica vanjskih poslova"),
        ("Marko Vuković", "ministar vanjskih poslova"),
        ("Ana Kovačević", "ministrica vanjskih poslova"),
    ]


def test_a_power_plant_named_in_a_hosts_portfolio_is_no_second_person():
    st = parse_statement(
        "Magyar–szlovák közös nyilatkozat az energetikáról\nKormány\n\n2018. március 6.\n\n"
        "Kovács Ábel, a Mátrai Erőmű bővítéséért felelős tárca nélküli miniszter kedden Budapesten fogadta a Szlovák "
        "Köztársaság gazdasági miniszterét. A megbeszélés végén a két miniszter közös nyilatkozatot írt alá.\n",
        "x.txt",
    )
    assert [(s.name, s.country) for s in st.signatories] == [("Kovács Ábel", "Hungary"), (None, "Slovakia")]


def test_the_european_chief_prosecutor_signs_for_the_public_prosecutors_office():
    for text, role in [
        (
            "Joint statement by the Commissioner for Justice and the European Chief Prosecutor on the first year\n\n"
            "Brussels, 1 June 2022\n\nThe office has worked for a year.\n",
            "European Chief Prosecutor",
        ),
        (
            "Déclaration conjointe du commissaire à la justice et de la procureure générale européenne\n\n"
            "Bruxelles, le 1er juin 2022\n\nLe Parquet européen a un an.\n",
            "procureure générale européenne",
        ),
    ]:
        st = parse_statement(text, "x.txt")
        assert [s.organisation for s in st.signatories] == ["European Commission", "European Public Prosecutor's Office"]
        assert st.signatories[1].role == role


def test_a_greek_signed_by_heading_over_signature_lines():
    from statements.parsing.signatures import SIGNATURE_HEADING_RE

    st = parse_statement(
        "Κοινή δήλωση Ελλάδας και Κύπρου για τη ναυτιλία\nΥπουργείο Ναυτιλίας\n\n12 Μαΐου 2021\n\n"
        "Οι δύο χώρες θα συνεργαστούν.\n\nΤη δήλωση υπέγραψαν:\n"
        "Γιάννης Παπαδόγιαννης, Υφυπουργός Ναυτιλίας της Ελληνικής Δημοκρατίας\n"
        "Ανδρέας Χριστοδούλου, Υφυπουργός Ναυτιλίας της Κυπριακής Δημοκρατίας\n",
        "x.txt",
    )
    assert [(s.name, s.country) for s in st.signatories] == [
        ("Γιάννης Παπαδόγιαννης", "Greece"),
        ("Ανδρέας Χριστοδούλου", "Cyprus"),
    ]
    # (the heading itself, which a page's tail below the lines needs: "Κοινοποίηση: Facebook | Twitter")
    assert SIGNATURE_HEADING_RE.match("Τη δήλωση υπέγραψαν:")


def test_a_greek_weekday_and_a_bodys_capitalised_nouns_are_no_names():
    st = parse_statement(
        "Κοινή δήλωση Ελλάδας και Ισπανίας για την πολιτική προστασία\nΥΠΟΥΡΓΕΙΟ ΠΡΟΣΤΑΣΙΑΣ ΤΟΥ ΠΟΛΙΤΗ\n\n"
        "Αθήνα, 12 Μαρτίου 2019\n\n"
        "Ο Υπουργός Προστασίας του Πολίτη υποδέχθηκε σήμερα, Τρίτη, στο Υπουργείο τον Υπουργό Εσωτερικών της "
        "Ισπανίας. Μετά το πέρας της συνάντησής τους, οι δύο Υπουργοί υπέγραψαν την ακόλουθη κοινή δήλωση:\n\n"
        "«Στηρίζουμε την ενίσχυση του Ευρωπαϊκού Μηχανισμού Πολιτικής Προστασίας.»\n",
        "x.txt",
    )
    assert [(s.name, s.country) for s in st.signatories] == [(None, "Greece"), (None, "Spain")]


def test_the_energy_and_space_agencies_sign_as_institutions():
    for agency in ("International Energy Agency", "European Space Agency"):
        st = parse_statement(
            f"Joint statement by the European Commission and the {agency}\n\nBrussels, 21 April 2022\n\n"
            f"The European Commission and the {agency} today issue the following joint statement.\n",
            "x.txt",
        )
        assert [s.organisation for s in st.signatories] == ["European Commission", agency]


def test_a_hungarian_name_before_its_offices_small_letter_words_opens_the_subject():
    st = parse_statement(
        "Közös nyilatkozat a vasútvonalról\nMTI\n\nBudapest, 2021. március 9.\n\n"
        "Budapest, (MTI) – Szalai Bence építési és közlekedési miniszter és a Szlovák Köztársaság közlekedési "
        "minisztere kedden Budapesten közös nyilatkozatot írt alá a vasútvonalról.\n",
        "x.txt",
    )
    assert "Szalai Bence" in [s.name for s in st.signatories]


def test_a_hosts_office_with_commas_in_its_portfolio_receives_a_guests_office():
    st = parse_statement(
        "Dichiarazione congiunta Italia-Grecia sulla pesca\nMinistero delle politiche agricole\n\n"
        "Roma, 4 ottobre 2018 – Il Ministro delle Politiche agricole alimentari, forestali e del turismo ha ricevuto oggi "
        "al Ministero, in via XX Settembre, il Ministro dello Sviluppo rurale e dell'Alimentazione della Repubblica "
        "Ellenica. Al termine dell'incontro i due Ministri hanno sottoscritto la seguente dichiarazione congiunta:\n",
        "x.txt",
    )
    assert [(s.role, s.country) for s in st.signatories] == [
        ("Ministro delle Politiche agricole alimentari, forestali e del turismo", "Italy"),
        ("Ministro dello Sviluppo rurale e dell'Alimentazione", "Greece"),
    ]


def test_a_closing_name_line_with_post_nominal_letters_pairs_with_the_role_under_it():
    st = parse_statement(
        "Joint statement on rail freight between Ireland and Austria\ngov.ie\n\n"
        "From: Department of Transport\nPublished on 3 March 2023\n\n"
        "The two ministers met in Dublin today and agreed the following joint statement.\n\n"
        "1. We agree to work together on rail freight corridors and on the training of train drivers.\n\n"
        "Signed in Dublin on 3 March 2023\n\n"
        "Pádraig Ó Ceallaigh, T.D.\nMinister of State at the Department of Transport\n\n"
        "Ingrid Halbwachs\nFederal Minister for Climate Action of the Republic of Austria\n\n"
        "Part of\nRail transport\n",
        "x.txt",
    )
    assert [(s.name, s.country) for s in st.signatories] == [
        ("Pádraig Ó Ceallaigh", "Ireland"),  # (the site's address: gov.ie)
        ("Ingrid Halbwachs", "Austria"),
    ]


def test_a_sites_address_among_its_top_lines_names_its_country():
    from statements.parsing.countries import country_of_host

    assert country_of_host("Search gov.ie") == "Ireland"
    assert country_of_host("www.vlada.si") == "Slovenia"
    assert country_of_host("Watch on example.tv") is None  # (a domain sold to anyone)
    assert country_of_host("press@consilium.europa.eu") is None  # (an address to write to, and no country)


def test_the_quoted_statement_after_who_issues_it_names_no_signer():
    st = parse_statement(
        "Local EU statement on the villages of the northern valley\nSource: EEAS\n\n21.03.2021\n\n"
        "The Office of the European Union Representative (Northern Region and Coastal Strip, UNHCR) issues the "
        "following statement in agreement with the EU Heads of Mission:\n\n"
        '"Heads of Mission of the European Union and its Member States visited the villages of the Upper Karsa Hills '
        "today. Many families there face eviction.\n\n"
        '"We call on the authorities to halt the demolitions."\n',
        "x.txt",
    )
    assert [(s.name, s.organisation) for s in st.signatories] == [(None, "European Union")]


def test_an_act_adopted_by_a_body_on_an_earlier_date_names_no_signer():
    st = parse_statement(
        "Declaration by the High Representative on behalf of the EU on the Lagoon Islands\n\n"
        "Brussels, 14 March 2024\n\n"
        "The European Union welcomes the agreement on the Lagoon Islands.\n\n"
        "The EU recalls the resolution adopted by the United Nations General Assembly on 9 June 2020. It calls on "
        "both parties to implement the agreement in good faith.\n",
        "x.txt",
    )
    assert "United Nations" not in [s.organisation for s in st.signatories]


def test_an_office_whose_portfolio_holds_and_before_another_countrys_office_and_its_holder():
    st = parse_statement(
        "Austria, Slovenia open new bridge over the Mur\nAPA\n\n12 May 2017\n\n"
        "Radkersburg, (APA) - Austria's Minister of Transport, Innovation and Technology and Slovenian Infrastructure "
        "Minister Tomaž Vrhovnik issued a joint statement on Friday after opening the bridge.\n",
        "x.txt",
    )
    assert [(s.name, s.role, s.country) for s in st.signatories] == [
        (None, "Minister of Transport, Innovation and Technology", "Austria"),
        ("Tomaž Vrhovnik", "Infrastructure Minister", "Slovenia"),
    ]


def test_one_holders_two_offices_joined_by_and_stay_together():
    st = parse_statement(
        "Ministers meet in Vilnius\nBNS\n\n3 June 2019\n\n"
        "Vilnius, (BNS) - Latvia's Deputy Prime Minister and Foreign Minister Aldis Kalniņš and the Foreign Minister "
        "of Lithuania signed a joint statement on Monday.\n",
        "x.txt",
    )
    assert ("Aldis Kalniņš", "Latvia") in [(s.name, s.country) for s in st.signatories]
    assert "Deputy Prime Minister" in next(s.role for s in st.signatories if s.name)


def test_a_hungarian_name_its_office_and_another_countrys_office_before_the_day():
    st = parse_statement(
        "Közös nyilatkozatot írt alá a magyar és a horvát agrárminiszter\nMTI\n\n"
        "Pécs, (MTI) – Fodor Zsolt agrárminiszter és a Horvát Köztársaság mezőgazdasági, halászati és vidékfejlesztési "
        "minisztere csütörtökön Pécsen közös nyilatkozatot írt alá a határ menti együttműködésről. A nyilatkozat "
        "szerint Magyarország és Horvátország közösen pályázik uniós forrásokra.\n",
        "x.txt",
    )
    assert [(s.name, s.role, s.country) for s in st.signatories] == [
        ("Fodor Zsolt", "agrárminiszter", "Hungary"),  # (the one named country that speaks the page's language)
        (None, "mezőgazdasági, halászati és vidékfejlesztési minisztere", "Croatia"),
    ]


def test_a_subject_ends_at_its_weekday_but_not_at_a_name_like_one():
    from statements.parsing.signatories import _until_its_day

    assert _until_its_day("the Minister of Health on Wednesday", 4) == "the Minister of Health"
    assert _until_its_day("povjerenica za koheziju u utorak", 0) == "povjerenica za koheziju"
    assert _until_its_day("Foreign Minister Martin Ondrejka", 8) == "Foreign Minister Martin Ondrejka"
    assert _until_its_day("the Minister of the Interior, Petar Horvat", 4) == "the Minister of the Interior, Petar Horvat"


def test_a_named_minister_of_no_country_beside_one_other_countrys_takes_the_titles_other_country():
    st = parse_statement(
        "Malta and Latvia sign declaration on maritime training\nLETA\n\n"
        "Valletta, (LETA) - Transport Minister Ivan Grech Sant and Latvia's Minister of Transport signed a joint "
        "declaration on maritime training on Tuesday.\n",
        "x.txt",
    )
    assert [(s.name, s.country) for s in st.signatories] == [("Ivan Grech Sant", "Malta"), (None, "Latvia")]


def test_a_we_list_keeps_a_portfolios_small_letter_items_before_the_next_signers_name():
    st = parse_statement(
        "Zajednička izjava Republike Hrvatske i Republike Slovenije o pomorskoj sigurnosti\n\n"
        "Zagreb, 4. svibnja 2023.\n\n"
        "„Mi, Ivo Marunić, ministar mora, prometa i infrastrukture Republike Hrvatske, i Alenka Vrtačnik, ministrica "
        "za infrastrukturo Republike Slovenije,\n\n"
        "svjesni važnosti Jadranskog mora, izjavljujemo sljedeće:\n",
        "x.txt",
    )
    assert [(s.name, s.role, s.country) for s in st.signatories] == [
        ("Ivo Marunić", "ministar mora, prometa i infrastrukture", "Croatia"),
        ("Alenka Vrtačnik", "ministrica za infrastrukturo", "Slovenia"),
    ]


def test_a_three_word_name_after_a_two_word_portfolio_end_keeps_its_first_name():
    st = parse_statement(
        "Nederland en Denemarken werken samen aan digitale handel\n\n"
        "Den Haag, 3 oktober 2019\n\n"
        "Minister Pieter Groeneveld van Economische Zaken en de Deense minister voor Visserij en Landelijke Gebieden Søren "
        "Holm Kjærgaard hebben vandaag in Den Haag een gezamenlijke verklaring ondertekend.\n",
        "x.txt",
    )
    assert "Søren Holm Kjærgaard" in [s.name for s in st.signatories]


def test_a_place_after_al_before_the_guests_office_is_no_person():
    st = parse_statement(
        "Italia-Malta, firmata a Roma una dichiarazione congiunta sul turismo\n\n"
        "Roma, 14 maggio 2015\n\n"
        "Il Ministro del Turismo ha ricevuto oggi al Casino Valadier il Ministro del Turismo della Repubblica di Malta. "
        "Al termine del colloquio, i due Ministri hanno firmato una dichiarazione congiunta.\n",
        "x.txt",
    )
    assert [(s.name, s.role, s.country) for s in st.signatories] == [
        (None, "Ministro del Turismo", "Italy"),
        (None, "Ministro del Turismo", "Malta"),
    ]


def test_a_name_after_a_headlines_infinitive_is_no_unnamed_signers():
    st = parse_statement(
        "Greece, Malta interior ministers call for EU to take over Porto Sicuro\nANA\n\n"
        "ANA | Politics | Tuesday, 17:52\n"
        "Greece, Malta interior ministers call for EU to take over Porto Sicuro\n"
        "Joint statement after talks in Athens on migration\n"
        "(ANA) - Athens - Greek Interior Minister Nikos Vardakis and the Maltese Minister of the Interior issued a joint "
        "statement on Tuesday calling on the European Union to take over search and rescue operations.\n",
        "x.txt",
    )
    assert [(s.name, s.country) for s in st.signatories] == [("Nikos Vardakis", "Greece"), (None, "Malta")]


def test_a_name_in_a_romanian_headline_of_a_declaration_is_no_unnamed_signers():
    st = parse_statement(
        "Declarație comună a miniștrilor culturii din România și Italia cu prilejul Zilei Enescu\nMinisterul Culturii\n\n"
        "19.08.2016\n\n"
        "Declarație comună a miniștrilor culturii din România și Italia cu prilejul Zilei Enescu\n\n"
        "Ministrul culturii al României și ministrul culturii al Republicii Italiene s-au întâlnit astăzi la București. "
        "La finalul întâlnirii, cei doi miniștri au semnat următoarea declarație comună.\n",
        "x.txt",
    )
    assert all(s.name is None for s in st.signatories)


def test_a_swedish_undertecknat_av_heading_opens_a_signature_list():
    st = parse_statement(
        "Gemensamt uttalande om nordiskt filmsamarbete\nRegeringskansliet\n\nPublicerad 3 maj 2019\n\n"
        "Ministrarna möttes i dag i Stockholm och antog ett gemensamt uttalande.\n\n"
        "Undertecknat av:\nKarin Sjöholm Berg, kulturminister, Sverige\nMikko Aaltonen, kulturminister, Finland\n\n"
        "Riksdagsvalet äger rum den 8 september. Regeringen fortsätter arbetet med samarbetet fram till årets slut.\n",
        "x.txt",
    )
    assert [(s.name, s.country) for s in st.signatories] == [("Karin Sjöholm Berg", "Sweden"), ("Mikko Aaltonen", "Finland")]


def test_a_delegations_posting_names_no_signer_and_the_embassies_it_issues_with_sign():
    st = parse_statement(
        "Local statement on the media law\nSource: EEAS\n\n12.03.2024\n\n"
        "The Delegation of the European Union to Nepal and Bhutan issues the following statement together with the "
        "Embassies of Denmark, Finland and Germany in Kathmandu:\n\n"
        '"We have taken note of the adoption of the media law."\n',
        "x.txt",
    )
    assert sorted(s.organisation or s.country for s in st.signatories) == [
        "Denmark",
        "European Union",
        "Finland",
        "Germany",
    ]


def test_the_co_presidents_named_with_brackets_only_after_an_opening_clause_sign():
    st = parse_statement(
        "Joint Assembly in Aarhus: co-presidents call for action on drought\nEuropean Parliament\n\n"
        "Press release - Development - 14-06-2017 - 18:20\n\n"
        "At the close of the 33rd session of the Joint Parliamentary Assembly, held in Aarhus (Denmark) from 12 to 14 "
        "June, the Assembly's two co-presidents, Odile Ferrandier (S&D, FR) and Kwame Asante-Boateng (Ghana), issued "
        "the following joint statement.\n",
        "x.txt",
    )
    assert [s.name for s in st.signatories] == ["Odile Ferrandier", "Kwame Asante-Boateng"]


def test_a_name_with_a_middle_initial_after_represented_by_is_whole():
    st = parse_statement(
        "Joint statement of Euratom and the IAEA\n\nVienna, 3 March 1999\n\n"
        "The European Atomic Energy Community, represented by the Member of the Commission responsible for energy, and "
        "the Agency, represented by its Director General, Harold J. Wexmoor, issued the following joint statement today.\n",
        "x.txt",
    )
    assert "Harold J. Wexmoor" in [s.name for s in st.signatories]


def test_an_opening_by_clause_dated_before_the_statement_names_no_signer():
    st = parse_statement(
        "Tonga: Local EU Statement on the ruling of the Supreme Court\n"
        "Source: European External Action Service (EEAS), published on Tuesday, July 26 2022, 10:12.\n\n"
        "Suva, 26/07/2022 - 09:48\n\n"
        "The Delegation of the European Union for the Pacific, in agreement with the Embassies of the EU Member States "
        "accredited to Tonga, issues the following local statement:\n\n"
        "The European Union welcomes the judgment delivered by the Court of Appeal of Tonga on 21 July 2022, which ends "
        "months of uncertainty.\n",
        "x.txt",
    )
    assert [(s.organisation, s.country) for s in st.signatories] == [("European Union", None)]


def test_a_ministers_home_among_overseas_territories_is_their_state():
    from statements.parsing.countries import sovereign

    assert sovereign("Martinique") == "France" and sovereign("Greenland") == "Denmark" and sovereign("Italy") == "Italy"
    st = parse_statement(
        "Déclaration conjointe sur les cyclones aux Antilles\nMinistère des Outre-mer\n\nPublié le 12/09/2017\n\n"
        "La ministre des Outre-mer et le commissaire européen chargé de l'aide humanitaire se sont rendus ce mardi en "
        "Guadeloupe et à Saint-Martin. À l'issue de leur visite, ils ont adopté la déclaration conjointe suivante.\n",
        "x.txt",
    )
    assert ("ministre des Outre-mer", "France") in [(s.role, s.country) for s in st.signatories]


def test_an_adjective_of_a_two_word_countrys_name_gives_the_office_its_country():
    st = parse_statement(
        "Hrvatska i Crna Gora potpisale izjavu o suradnji u zaštiti mora\nHina\n\nHina | četvrtak, 12:18\n\n"
        "PODGORICA, (Hina) – Ministar mora Ivan Bralić i crnogorski ministar pomorstva potpisali su u četvrtak u "
        "Podgorici zajedničku izjavu o suradnji.\n",
        "x.txt",
    )
    assert [(s.name, s.country) for s in st.signatories] == [("Ivan Bralić", "Croatia"), (None, "Montenegro")]


def test_a_firman_la_declaracion_heading_opens_a_signature_list():
    st = parse_statement(
        "España y Portugal firman en Badajoz una declaración conjunta sobre el agua\n\n"
        "Badajoz, 4 de junio de 2010\n\n"
        "España y Portugal han firmado hoy en Badajoz una declaración conjunta sobre la gestión del agua.\n\n"
        "Firman la declaración:\n"
        "Rosario Villalba Ortega, ministra de Medio Ambiente, y Medio Rural y Marino del Reino de España\n"
        "Duarte Lobo Pereira, ministro do Ambiente da República Portuguesa\n\n"
        "En el texto, ambos países defienden una gestión común de las cuencas compartidas, que garantice el "
        "abastecimiento de agua a las poblaciones ribereñas y el buen estado ecológico de los ríos.\n",
        "x.txt",
    )
    assert [(s.name, s.country) for s in st.signatories] == [
        ("Rosario Villalba Ortega", "Spain"),
        ("Duarte Lobo Pereira", "Portugal"),
    ]


def test_a_german_lands_genitive_is_no_name():
    st = parse_statement(
        "Gemeinsame Erklärung zur Zusammenarbeit an der Oder\n\nFrankfurt (Oder), 5. Mai 2012\n\n"
        "Der Minister für Infrastruktur des Landes Brandenburg, Jörg Vielhauer, und der Marschall der Woiwodschaft "
        "Lebus, Marek Cieślak, haben am Samstag eine gemeinsame Erklärung unterzeichnet.\n",
        "x.txt",
    )
    assert [s.name for s in st.signatories] == ["Jörg Vielhauer", "Marek Cieślak"]


def test_the_parties_that_issue_a_joint_commissions_release_sign_not_its_co_chairs():
    # (a council or commission of the EU and a partner named by two words: "EU-Sri Lanka Joint Commission")
    st = parse_statement(
        "Joint press release following the 19th meeting of the EU-Sri Lanka Joint Commission\n"
        "European Union External Action\n"
        "Delegation of the European Union to Sri Lanka and the Maldives\n"
        "Home > Delegations > Sri Lanka > News\n"
        "Colombo, 14/02/2015 - 18:05, UNIQUE ID: 150214_07\n"
        "Press and information team of the Delegation to SRI LANKA\n"
        "\n"
        "Joint press release following the 19th meeting of the EU-Sri Lanka Joint Commission\n"
        "\n"
        "The European Union and the Democratic Socialist Republic of Sri Lanka held the 19th meeting of the "
        "EU-Sri Lanka Joint Commission today at the Ministry of Foreign Affairs in Colombo and issued the "
        "following joint press release.\n"
        "\n"
        "The Joint Commission, which oversees the implementation of the Cooperation Agreement on Partnership "
        "and Development concluded in 1995, was co-chaired by the Secretary of the Ministry of Foreign "
        "Affairs of Sri Lanka, Ruwani Senanayake, and by the Deputy Managing Director for Asia and the "
        "Pacific of the European External Action Service. It met in a cordial and constructive atmosphere, "
        "and reviewed the full range of bilateral relations since the 24th meeting of the EU-Sri Lanka Joint "
        "Commission, held in Brussels on 8 February 2022.\n",
        "x.txt",
    )
    assert sorted(s.organisation or s.country for s in st.signatories) == ["European Union", "Sri Lanka"]


def test_a_latvian_declaration_on_behalf_of_the_es_is_the_unions():
    st = parse_statement(
        "Augstās pārstāves deklarācija ES vārdā par vēlēšanām Nigērijā\nEiropas Savienības Padome\n\n06/05/2019\n\n"
        "Eiropas Savienība atzinīgi vērtē vēlēšanu mierīgo norisi.\n",
        "x.txt",
    )
    assert [s.organisation for s in st.signatories] == ["European Union"]


def test_governments_that_subscreveram_a_declaration_sign_as_their_states():
    st = parse_statement(
        "Dez países subscrevem declaração sobre o oceano\nRepública Portuguesa\n\n14 de maio de 2021\n\n"
        "Os governos da Alemanha, Angola, Brasil, Cabo Verde, Espanha, França, Marrocos, Portugal, Senegal e Uruguai "
        "subscreveram a declaração conjunta que cria o centro, apresentada esta sexta-feira em Lisboa.\n",
        "x.txt",
    )
    assert len([s for s in st.signatories if s.country and not s.name]) == 10


def test_greek_portfolio_nouns_of_diaspora_and_veterans_are_no_names():
    st = parse_statement(
        "Κοινή δήλωση Ελλάδας και Νέας Ζηλανδίας\n\nΧανιά, 20 Μαΐου 2021\n\n"
        "Ο Υφυπουργός Εξωτερικών αρμόδιος για τον Απόδημο Ελληνισμό και ο Υπουργός Υποθέσεων Βετεράνων της Νέας "
        "Ζηλανδίας συναντήθηκαν σήμερα στα Χανιά και υπέγραψαν την ακόλουθη κοινή δήλωση.\n",
        "x.txt",
    )
    assert st.signatories and all(s.name is None for s in st.signatories)


def test_the_place_that_ends_a_list_of_embassies_is_no_signer():
    st = parse_statement(
        "Kenya: Local statement on the media bill\nSource: EEAS\n\n14/03/2019\n\n"
        "The Delegation of the European Union and the Embassies of Belgium, Denmark and Finland in the Republic of "
        "Kenya issue the following local statement:\n\n"
        '"We have taken note of the media bill."\n',
        "x.txt",
    )
    assert "Kenya" not in [s.country for s in st.signatories]


def test_one_holders_second_office_after_and_without_an_article_is_no_second_signer():
    st = parse_statement(
        "Joint Summit Declaration - EU-Japan Summit, Tokyo, 20 July 2009\n\nTokyo, 20 July 2009\n\n"
        "The Prime Minister of Sweden and President-in-Office of the European Council, the President of the European "
        "Commission and the Prime Minister of Japan held the annual EU-Japan Summit today in Tokyo.\n",
        "x.txt",
    )
    assert "European Council" not in [s.organisation for s in st.signatories]


def test_the_unions_leaders_in_a_we_clause_are_the_offices_already_named():
    st = parse_statement(
        "Joint Summit Declaration - EU-Japan Summit, Tokyo, 20 July 2009\n\nTokyo, 20 July 2009\n\n"
        "The Prime Minister of Sweden and President-in-Office of the European Council, the President of the European "
        "Commission and the Prime Minister of Japan held the annual EU-Japan Summit today in Tokyo. At the end of their "
        "talks they adopted the following declaration.\n\n"
        "We, the leaders of Japan and of the European Union, gathered today in Tokyo, confirm our partnership.\n",
        "x.txt",
    )
    assert not [s for s in st.signatories if s.organisation == "European Union"] and len(st.signatories) == 3


def test_an_unnamed_office_whose_title_is_its_third_word_signs_beside_a_named_one():
    st = parse_statement(
        "Estonia and the Republic of Korea: political consultations\n\n12.05.2022.\n\n"
        "On 12 May 2022, the State Secretary of the Ministry of Foreign Affairs of Estonia, Mart Kivisild, and the "
        "First Vice Minister of Foreign Affairs of the Republic of Korea held political consultations in Tallinn and signed a joint "
        "statement.\n",
        "x.txt",
    )
    assert (None, "South Korea") in [(s.name, s.country) for s in st.signatories]


def _signers(text: str) -> list[tuple]:
    return [(s.name, s.role, s.country) for s in parse_statement(text, "x.txt").signatories]


def test_one_plural_office_of_two_countries_adjectives_is_each_countrys_own_named_in_order():
    opening = "\n\nParis, le 12 mars 2019\n\n"
    assert _signers(
        "Déclaration commune" + opening + "Les ministres français et italien de l'environnement, Jeanne Morvaut et "
        "Paolo Strinati, se sont rencontrés aujourd'hui à Paris et ont adopté la déclaration suivante.\n"
    ) == [
        ("Jeanne Morvaut", "ministre de l'environnement", "France"),
        ("Paolo Strinati", "ministre de l'environnement", "Italy"),
    ]
    assert _signers(
        "Joint statement\n\nBerlin, 12 March 2019\n\nThe French and German foreign ministers, Jeanne Morvaut and Klaus "
        "Brettner, met today in Berlin and adopted the following statement.\n"
    ) == [("Jeanne Morvaut", "foreign minister", "France"), ("Klaus Brettner", "foreign minister", "Germany")]
    assert _signers(
        "Gemeinsame Erklärung\n\nBerlin, 12. März 2019\n\nDer deutsche und der französische Außenminister, Klaus "
        "Brettner und Jeanne Morvaut, trafen sich heute in Berlin und verabschiedeten folgende Erklärung.\n"
    ) == [("Klaus Brettner", "Außenminister", "Germany"), ("Jeanne Morvaut", "Außenminister", "France")]
    assert _signers(
        "Dichiarazione congiunta\n\nRoma, 12 marzo 2019\n\nI ministri degli Esteri italiano e francese, Paolo Strinati "
        "e Jeanne Morvaut, si sono incontrati oggi a Roma e hanno adottato la seguente dichiarazione.\n"
    ) == [("Paolo Strinati", "ministro degli Esteri", "Italy"), ("Jeanne Morvaut", "ministro degli Esteri", "France")]


def test_one_plural_office_of_two_countries_adjectives_with_no_names_is_two_offices():
    assert _signers(
        "Déclaration commune des ministres français et allemand des affaires étrangères\n\nParis, le 12 mars 2019\n\n"
        "Nous appelons à une action rapide.\n"
    ) == [
        (None, "ministre des affaires étrangères", "France"),
        (None, "ministre des affaires étrangères", "Germany"),
    ]


def test_countries_names_after_a_plural_office_are_not_read_as_its_adjectives():
    from statements.parsing.people import PeopleRegistry
    from statements.parsing.shared_offices import shared_offices

    text = "dei Ministri della Cultura di Italia e Francia"
    assert shared_offices(text, PeopleRegistry([])) == text
    text = "der Justizminister Deutschlands und Österreichs"
    assert shared_offices(text, PeopleRegistry([])) == text


def test_a_host_office_that_met_a_list_of_guest_offices_signs_with_them_when_they_adopt_the_statement():
    assert _signers(
        "Joint statement on regional cooperation\n\nBrussels, 17 July 2018\n\nOn 17 July 2018 in Brussels, the High "
        "Representative met the representatives of the three members of the Andean Community: the Minister of Foreign "
        "Affairs of Ecuador, the Minister of Foreign Affairs of Bolivia and the Vice-Minister of Foreign Affairs of "
        "Peru.\n\nThe High Representative and the representatives of the Andean Community adopted the following joint "
        "statement:\n\n1. Both sides share the values of democracy.\n"
    ) == [
        (None, "High Representative", None),
        (None, "Minister of Foreign Affairs", "Ecuador"),
        (None, "Minister of Foreign Affairs", "Bolivia"),
        (None, "Vice-Minister of Foreign Affairs", "Peru"),
    ]


def test_a_given_name_that_is_a_countrys_name_is_a_persons_before_an_office_or_a_party():
    from statements.parsing.names import names_in
    from statements.parsing.people import PeopleRegistry

    registry = PeopleRegistry([])
    assert [n.text for n in names_in("Jordan Whitfield, Minister of Trade", registry)] == ["Jordan Whitfield"]
    assert [n.text for n in names_in("and Dominika Kováčová (EPP, SK), chair of the", registry)][:1] == [
        "Dominika Kováčová"
    ]
    assert names_in("France Télévisions, the broadcaster", registry) == []
    assert [n.text for n in names_in("the Minister of Jordan, Ayman Khalidi", registry)] == ["Ayman Khalidi"]


def test_who_took_part_beside_the_co_chairs_does_not_sign():
    signers = _signers(
        "Togo and the European Union hold their Partnership Dialogue\n\nLomé, 01.12.2023\n\nThe Partnership Dialogue was "
        "held today in Lomé. It was co-chaired by the Minister of Foreign Affairs, Kodjo Amegavi, and the Ambassador of the European Union to Togo, with the "
        "participation of the Ambassadors of France and Germany. When the dialogue ended, the two co-chairs issued "
        "the following joint press release.\n\nThe Parties reviewed the political situation.\n"
    )
    assert [s[0] for s in signers] == ["Kodjo Amegavi", None] and not [s for s in signers if s[2] in ("France", "Germany")]


def test_an_unnamed_office_of_no_country_before_and_and_another_countrys_office_and_name_are_two_signers():
    from statements.parsing.people import PeopleRegistry
    from statements.parsing.signatories import _from_list

    for text in (
        "The Undersecretary for Economic Affairs and Ecuador's Minister of Telecommunications Esteban Moreira Salvat",
        "the Undersecretary for Economic Affairs and the Ecuadorian Minister of Telecommunications Esteban Moreira Salvat",
    ):
        signers = [(s.name, s.country) for s in _from_list(text, (), PeopleRegistry([]))]
        assert signers == [(None, None), ("Esteban Moreira Salvat", "Ecuador")]


def test_an_opening_line_broken_after_an_office_goes_on_with_its_holders_name_on_the_next():
    signers = _signers(
        "Nederland en Duitsland werken samen aan de Rijn\n"
        "Met dank overgenomen van Ministerie van Onderwijs en Cultuur, gepubliceerd op 3 mei 2018.\n"
        "Minister Anouk Brinkhorst van Onderwijs en Cultuur en de Duitse parlementair staatssecretaris\n"
        "Jörg Tiemeyer van Defensie hebben vandaag in Arnhem een gezamenlijke verklaring ondertekend over de Rijn.\n\n"
        "De bewindslieden spraken af samen te werken.\n"
    )
    assert [(s[0], s[2]) for s in signers] == [("Anouk Brinkhorst", "Netherlands"), ("Jörg Tiemeyer", "Germany")]


def test_the_earlier_names_portfolio_then_and_an_article_and_this_names_office_is_this_names_office():
    from statements.parsing.people import PeopleRegistry
    from statements.parsing.signatories import _from_list

    text = "Minister Anouk Brinkhorst van Onderwijs en Cultuur en de Duitse parlementair staatssecretaris Jörg Tiemeyer"
    assert [(s.name, s.role, s.country) for s in _from_list(text, (), PeopleRegistry([]))][1] == (
        "Jörg Tiemeyer",
        "parlementair staatssecretaris",
        "Germany",
    )


def test_a_place_after_a_plural_office_is_no_surname():
    from statements.parsing.names import names_in
    from statements.parsing.people import PeopleRegistry

    assert names_in("Lietuvos un Igaunijas ārlietu ministri Valmierā pieņem kopīgu paziņojumu", PeopleRegistry([])) == []
    assert [n.text for n in names_in("ārlietu ministrs Kalnietis", PeopleRegistry([]))] == ["Kalnietis"]


def test_a_dates_last_word_before_a_comma_is_not_part_of_the_subjects_office():
    assert _signers(
        "Kopīgs paziņojums\n\nRīga, 14.05.2019.\n\n"
        "Otrdien, 14. maijā, Latvijas zemkopības ministrs un Lietuvas zemkopības ministrs tikās Rīgā, kur pieņēma "
        "kopīgu paziņojumu.\n"
    ) == [(None, "zemkopības ministrs", "Latvia"), (None, "zemkopības ministrs", "Lithuania")]


def test_a_place_after_a_bulgarian_or_macedonian_in_is_no_person():
    from statements.parsing.names import names_in
    from statements.parsing.people import PeopleRegistry

    assert names_in("министърът на културата се срещнаха днес във Стара Загора", PeopleRegistry([])) == []
    assert names_in("министерот се сретна денеска во Охрид Струга", PeopleRegistry([])) == []


def test_a_districts_hauptmann_is_an_office_and_the_district_no_person():
    from statements.parsing.names import names_in
    from statements.parsing.people import PeopleRegistry

    text = "Gesundheitslandesrat Anton Pichlhofer und der Hauptmann des Pilsner Kreises, Jan Vodička"
    assert [n.text for n in names_in(text, PeopleRegistry([]))] == ["Anton Pichlhofer", "Jan Vodička"]
    assert names_in("Hauptmann des Pilsner Kreises", PeopleRegistry([])) == []


def test_a_portfolio_of_nationals_abroad_is_no_name():
    from statements.parsing.names import names_in
    from statements.parsing.people import PeopleRegistry

    text = "the Minister of Foreign Affairs, Cooperation and Beninese Abroad, Koffi Adjovi"
    assert [n.text for n in names_in(text, PeopleRegistry([]))] == ["Koffi Adjovi"]


def test_who_assists_a_signer_in_the_middle_of_a_list_does_not_sign_but_the_next_offices_do():
    signers = _signers(
        "EU-Korea Summit - Joint Press Statement\n\nSeoul, 9 October 2002\n\n"
        "The Prime Minister of Denmark, in his capacity as President of the European Council, assisted by the "
        "Secretary-General of the Council/High Representative for the Common Foreign and Security Policy, the "
        "President of the European Commission and the President of the "
        "Republic of Korea met in Seoul today. The leaders issued the following joint press statement.\n"
    )
    assert [s[1] for s in signers] == ["Prime Minister", "President", "President"]


def test_the_union_in_a_title_is_no_signer_beside_its_commissions_office_in_the_text():
    signers = _signers(
        "Joint Statement by the European Union, Chile and Ghana on trade and climate\n\n"
        "Statement | 13 June 2022 | Geneva\n\n"
        "The Commissioner for Trade of the European Commission and the Trade Ministers of Chile and Ghana issued the "
        "following joint statement in Geneva today.\n"
    )
    assert (None, None, None) not in signers and [s[2] for s in signers if s[2]] == ["Chile", "Ghana"]


def test_an_estonian_host_office_that_received_a_guest_office_signs_with_it():
    signers = _signers(
        "Eesti ja Moldova ministrite ühisavaldus\n\n12.02.2020\n\n"
        "Majandus- ja taristuminister võttis teisipäeval Tartus vastu Moldova majandusministri. Kohtumise "
        "järel allkirjastasid ministrid ühisavalduse.\n"
    )
    assert [s[2] for s in signers] == ["Estonia", "Moldova"]


def test_greek_countries_that_align_with_a_declaration_are_aligned():
    st = parse_statement(
        "Δήλωση της Προεδρίας\n\nΒρυξέλλες, 5 Μαΐου 2003\n\nΗ Ευρωπαϊκή Ένωση χαιρετίζει τις εκλογές.\n\n"
        "Οι συνδεδεμένες χώρες Βουλγαρία και Ρουμανία και οι χώρες της ΕΖΕΣ Ισλανδία και Νορβηγία συντάσσονται με την "
        "παρούσα δήλωση.\n",
        "x.txt",
    )
    assert st.aligned == ("Bulgaria", "Romania", "Iceland", "Norway")


def test_a_regions_adjective_before_its_small_letter_office_is_no_name():
    from statements.parsing.names import names_in
    from statements.parsing.people import PeopleRegistry

    text = "Staatssecretaris Anke de Roos (Justitie) en Vlaams minister van Cultuur Jens Verhaeghe"
    assert [n.text for n in names_in(text, PeopleRegistry([]))] == ["Anke de Roos", "Jens Verhaeghe"]


def test_the_organisation_of_islamic_cooperation_signs_as_a_body():
    st = parse_statement(
        "Joint press release\n\nJeddah, 15/07/2021\n\nThe European Union and the Organisation of Islamic "
        "Cooperation today agreed on the following joint press release after their talks in Jeddah:\n\nThe two sides met.\n",
        "x.txt",
    )
    assert [s.organisation for s in st.signatories] == ["European Union", "Organisation of Islamic Cooperation"]


def test_a_finnish_title_of_a_statement_given_on_behalf_of_the_union_names_the_union():
    st = parse_statement(
        "Korkean edustajan EU:n puolesta antama julkilausuma Malin vaaleista\n\n18.5.2016\n\n"
        "Euroopan unioni panee merkille vaalien tulokset.\n",
        "x.txt",
    )
    assert [s.organisation for s in st.signatories] == ["European Union"]


def test_a_named_body_that_adopts_the_following_declaration_signs_as_a_body():
    st = parse_statement(
        "Joint declaration on water\n\nPress release\n12/05/2019\n\nThe Arvenia-Borland Council of Ministers adopted "
        "the following joint declaration when it met in Kestrel this week, under the Minister of Water of Arvenia and "
        "the Minister of Rivers of Borland.\n\n"
        '"1. We, the members of the Council, welcome the new treaty."\n',
        "x.txt",
    )
    assert [(s.name, s.organisation) for s in st.signatories] == [(None, "Arvenia-Borland Council of Ministers")]


def test_a_council_of_no_name_that_adopts_a_declaration_is_not_read_as_a_body_of_its_own():
    from statements.parsing.named_bodies import body_adopting

    assert body_adopting(["The Joint Committee adopted the following joint statement."]) is None
    assert body_adopting(["The Council adopted a declaration on water."]) is None
    found = body_adopting(["Kestrel, 16:12 - The Northern Rivers Council, which brings together the ministers of "
                           "six states, adopted on Thursday in Kestrel a declaration on shipping."])
    assert found is not None and found.organisation == "Northern Rivers Council"


def test_after_a_portfolio_of_one_noun_and_and_four_words_are_the_name():
    from statements.parsing.names import names_in
    from statements.parsing.people import PeopleRegistry

    def names(text: str) -> list[str]:
        return [n.text for n in names_in(text, PeopleRegistry([]))]

    assert names("de Peruaanse minister van Visserij en Kustbeheer José Luis Ortega Prieto") == ["José Luis Ortega Prieto"]
    # (a portfolio of two words opens on an adjective: the name is the last three)
    assert names("minister van Handel en Digitale Transitie Anne Holm Sørensen") == ["Anne Holm Sørensen"]


def test_the_islamic_conference_by_its_name_before_2011_is_a_body_of_its_own():
    st = parse_statement(
        "Joint statement on pilgrims' safety\n\nGeneva, 3 May 2004\n\nThe High Representative of the European Union "
        "and the Secretary General of the Organisation of the Islamic Conference made this statement in Geneva:\n\n"
        "We call for safe travel.\n",
        "x.txt",
    )
    assert set(s.organisation for s in st.signatories) == {"European Union", "Organisation of the Islamic Conference"}


def test_a_spanish_given_name_of_a_feast_opens_a_name_not_a_place():
    from statements.parsing.names import names_in
    from statements.parsing.people import PeopleRegistry

    text = "* Concepción Arrieta Velasco y Ascensión Ortega Lumbreras."
    assert [n.text for n in names_in(text, PeopleRegistry([]))] == ["Concepción Arrieta Velasco", "Ascensión Ortega Lumbreras"]


def test_after_a_name_and_and_the_next_name_is_whole_and_after_a_colon_too():
    from statements.parsing.names import names_in
    from statements.parsing.people import PeopleRegistry

    text = "Firmado: Pedro Arrieta Velasco y Ana Ortega Lumbreras."
    assert [n.text for n in names_in(text, PeopleRegistry([]))] == ["Pedro Arrieta Velasco", "Ana Ortega Lumbreras"]


def test_offices_of_several_countries_and_bodies_between_dashes_are_who_met():
    st = parse_statement(
        "Statement by the Contact Group\n\nVienna, 9 March 2006\n\n"
        "Representatives of the Contact Group – the Foreign Minister of the Kingdom of Norway, the Secretary of State "
        "of the Swiss Confederation, the Foreign Minister of Austria in her capacity as President of the Council of the "
        "European Union, the Secretary-General of the Council/High Representative for the Common Foreign and Security "
        "Policy and the European Commissioner for Enlargement – met yesterday in Vienna to discuss the region.\n",
        "x.txt",
    )
    assert {(s.role, s.country or s.organisation) for s in st.signatories} == {
        ("Foreign Minister", "Norway"),
        ("Secretary of State", "Switzerland"),
        ("Foreign Minister", "Austria"),
        ("High Representative", "European Union"),
        ("European Commissioner for Enlargement", "European Commission"),
    }
    # (one group's office shared out between the dashes is the group's, read as before)
    st = parse_statement(
        "Statement\n\nKestrel, 21 February 2007\n\nThe leaders – the Presidents of France, Italy, Spain and Portugal "
        "– met today in Kestrel.\n",
        "x.txt",
    )
    assert [s.country for s in st.signatories] == ["France", "Italy", "Spain", "Portugal"]


def test_a_romanian_state_named_by_its_adjective_beside_republic_is_that_country():
    from statements.parsing.countries import find_countries

    assert [c for _, _, c in find_countries("ministrul culturii al Republicii Elene și al Republicii Cehe")] == [
        "Greece", "Czechia"
    ]
    st = parse_statement(
        "Declarație comună România - Polonia privind transporturile\n\nComunicat de presă\n12.05.2015\n\n"
        "Ministrul transporturilor și ministrul infrastructurii și transporturilor al Republicii Polone au semnat "
        "joi, la Sibiu, o declarație comună privind cooperarea feroviară.\n",
        "x.txt",
    )
    assert [s.country for s in st.signatories] == ["Romania", "Poland"]


def test_an_italian_or_german_european_commissioner_unnamed_beside_a_named_minister_signs_too():
    from statements.parsing.names import is_role_word

    assert all(map(is_role_word, ["Commissario", "commissaria", "EU-Kommissar", "komisārs", "comisarul"]))
    assert not is_role_word("Commissariat")
    st = parse_statement(
        "Dichiarazione comune sui porti\n\nGenova, 3 marzo 2003\n\nIl Ministro dei Trasporti, Aldo Ferrantini, e il "
        "Commissario europeo per la concorrenza hanno firmato oggi a Genova una dichiarazione comune sui porti:\n\n"
        "Le parti concordano.\n",
        "x.txt",
    )
    assert [(s.name, s.organisation) for s in st.signatories][-1] == (None, "European Commission")


def test_a_presidencys_minister_in_the_opening_signs_where_the_title_says_the_presidency():
    st = parse_statement(
        "Joint statement by the Presidency and the High Representative on the water agreement\n\n4 May 2007\n\n"
        "The Minister of Foreign Affairs of Portugal, on behalf of the Presidency, and the High Representative for the "
        "Common Foreign and Security Policy made the following joint statement today:\n\nWe welcome the agreement.\n",
        "x.txt",
    )
    assert {(s.role, s.country or s.organisation) for s in st.signatories} == {
        ("Minister of Foreign Affairs", "Portugal"),
        ("High Representative", "European Union"),
    }


def test_after_who_assists_a_signer_and_then_the_next_office_signs():
    from statements.parsing.signatories import _without_assistant

    text = (
        "The President of Chile, the Prime Minister of Slovenia, assisted by the Director-General for Trade, "
        "and the President of the European Commission"
    )
    assert _without_assistant(text) == (
        "The President of Chile, the Prime Minister of Slovenia, and the President of the European Commission"
    )


def test_a_signers_clause_of_whom_they_represented_before_the_verb_does_not_end_the_subject():
    st = parse_statement(
        "Joint statement by the Commissioner and the Presidency\n\nKestrel, 29 October 2010\n\n"
        "The Commissioner for Fisheries and Jan Pieters, Flemish Minister for the Sea, who represented the "
        "Presidency in the talks of the last three days, issued this statement:\n\n"
        "We welcome the agreement.\n",
        "x.txt",
    )
    assert "Jan Pieters" in [s.name for s in st.signatories]


def test_hungarian_signature_blocks_on_the_part_of_each_country_sign():
    st = parse_statement(
        "Közös nyilatkozat\n\nBudapest, 2010. március 9.\n\nA két miniszter közös nyilatkozatot írt alá.\n\n"
        "a Magyar Köztársaság részéről:\nSzabó Gergely\nközlekedési miniszter\n\n"
        "a Cseh Köztársaság részéről:\nPetr Dvořák\nközlekedési miniszter\n",
        "x.txt",
    )
    assert [(s.name, s.country) for s in st.signatories] == [("Szabó Gergely", "Hungary"), ("Petr Dvořák", "Czechia")]


def test_the_eu_delegation_to_a_country_before_the_embassies_is_the_unions_not_that_countrys():
    st = parse_statement(
        "Local statement\n\nTashkent, 5 June 2019\n\nThe Delegation of the European Union to the Republic of "
        "Uzbekistan and the Embassies of Latvia, Spain and Greece welcome the new law on the media.\n",
        "x.txt",
    )
    assert "Uzbekistan" not in [s.country for s in st.signatories]
    assert "European Union" in [s.organisation for s in st.signatories]


def test_a_greek_minister_of_agriculture_is_no_minister_of_georgia():
    from statements.parsing.countries import find_countries

    assert [c for _, _, c in find_countries("ο Υπουργός Γεωργίας και Τροφίμων της Κυπριακής Δημοκρατίας")] == ["Cyprus"]
    assert [c for _, _, c in find_countries("ο Υπουργός Εξωτερικών της Γεωργίας")] == ["Georgia"]


def test_a_party_bracket_of_several_words_is_no_part_of_a_members_name_or_office():
    from statements.parsing.people import PeopleRegistry
    from statements.parsing.signatories import _from_list

    found = _from_list(
        "Ana Lindqvist (The Left, IE), head of the delegation to the Andean parliament, and Kenji Watanabe, "
        "chair of the Japan-EU Parliamentary Friendship League",
        (),
        PeopleRegistry([]),
    )
    assert [s.name for s in found] == ["Ana Lindqvist", "Kenji Watanabe"]


def test_a_titles_two_offices_in_the_genitive_are_two_signers_and_the_head_of_government_the_sites():
    st = parse_statement(
        "Declaración del Presidente del Gobierno y de la Presidenta de la Comisión Europea tras su visita a Ceuta\n"
        "Gobierno Español\nNotas de prensa\n\nMartes, 3 de marzo de 2015\n\n"
        "Ambos visitaron hoy el puerto y hablaron de la pesca.\n",
        "x.txt",
    )
    assert [(s.role, s.country, s.organisation) for s in st.signatories][:1] == [
        ("Presidente del Gobierno", "Spain", None)
    ]
    assert "European Commission" in [s.organisation for s in st.signatories]


def test_a_genitive_office_after_and_loses_its_preposition():
    from statements.parsing.names import clean_role

    assert clean_role("et du Premier ministre de la Norvège")[:2] == ("Premier ministre", "Norway")
    assert clean_role("Ministre de l'Europe et des Affaires étrangères")[0] == "Ministre de l'Europe et des Affaires étrangères"


def test_an_office_then_and_then_a_named_envoy_with_his_own_role_are_two_signers():
    st = parse_statement(
        "Dichiarazione congiunta\nGoverno Italiano\n\nMercoledì, 4 marzo 2015\n\n"
        "Al termine del vertice, il Presidente del Consiglio dei Ministri e Olaf Brenneke, Rappresentante speciale "
        "dell'Unione europea per il Sahel, hanno diffuso la seguente dichiarazione congiunta.\n",
        "x.txt",
    )
    found = [(s.name, s.role, s.country) for s in st.signatories]
    assert (None, "Presidente del Consiglio dei Ministri", "Italy") in found
    assert any(name == "Olaf Brenneke" and role.startswith("Rappresentante speciale") for name, role, _ in found)


def test_a_second_bodys_initials_after_a_slash_are_no_surname():
    from statements.parsing.names import names_in
    from statements.parsing.people import PeopleRegistry

    assert names_in("het rapport van de missie van de OVSE/ODIHR af en vraagt", PeopleRegistry([])) == []


def test_the_subject_after_a_long_opening_clause_about_the_meeting_signs():
    st = parse_statement(
        "Joint statement\n\nBrussels, 12 October 2011\n\n"
        "At the end of the three-day Interparliamentary Conference on Water Security, which gathered nearly "
        "three hundred members of the European Parliament, of the parliaments of the Member States and of the "
        "parliaments of the Mediterranean partners in the Paul-Henri Spaak building on Monday, Tuesday and "
        "Wednesday, the two co-chairs of the conference, the President of the European Parliament and the Speaker "
        "of the Parliament of Malta, Carmel Vella Bonnici, issued the following joint statement:\n\n"
        "Water is a common good.\n",
        "x.txt",
    )
    assert "Carmel Vella Bonnici" in [s.name for s in st.signatories]
    assert "European Parliament" in [s.organisation for s in st.signatories]


def test_a_declaration_then_a_new_noun_phrase_is_no_by_clause():
    from statements.parsing.signatories import _list_text

    assert _list_text(
        "Under this declaration the rights of seasonal workers will be protected by the same rules everywhere,\" "
        "the Minister said."
    ) is None


def test_representatives_after_a_passive_by_sign_for_their_countries_with_a_clean_role():
    from statements.parsing.signatories import _unnamed

    found = _unnamed("signed this morning by representatives of Chile, Peru and Ecuador", (), None)
    assert [(s.role, s.country) for s in found] == [
        ("representative", "Chile"),
        ("representative", "Peru"),
        ("representative", "Ecuador"),
    ]


def test_a_we_list_goes_on_past_a_long_small_letter_portfolio_to_the_next_name():
    from statements.parsing.signatories import _list_text

    text = _list_text(
        "Vi, Lars Ekdahl, Sveriges landsbygdsminister, Marta Kowalewska, Polens minister för jordbruk, skog, "
        "fiske och livsmedel, Henrik Juul Madsen, Danmarks fødevareminister, står bakom förslaget."
    )
    assert text is not None and "Henrik Juul Madsen" in text


def test_the_first_co_chairs_name_right_after_the_title_signs():
    st = parse_statement(
        "Joint statement\n\nStrasbourg, 9 March 2016\n\n"
        "At the close of the 5th EU-Ecuador Interparliamentary Meeting, held in Strasbourg on Tuesday, the co-chairs "
        "Annika Brandvold (Renew, FI), head of the delegation for South America, and Rodrigo Valdivia "
        "Ocampo, chair of the Ecuadorian delegation, issued the following joint statement:\n\nTrade matters.\n",
        "x.txt",
    )
    assert [s.name for s in st.signatories] == ["Annika Brandvold", "Rodrigo Valdivia Ocampo"]


def test_portfolio_words_of_science_higher_education_and_animal_welfare_are_no_names():
    from statements.parsing.names import names_in
    from statements.parsing.people import PeopleRegistry

    registry = PeopleRegistry([])
    assert names_in("el ministro de Educación y Enseñanza Superior de Marruecos", registry) == []
    found = names_in(
        "de Vlaamse minister van Natuur, Landelijke Aangelegenheden, Bossen en Dierenwelzijn Jan Peeters hebben",
        registry,
    )
    assert [n.text for n in found] == ["Jan Peeters"]


def test_the_subject_after_an_auxiliary_and_an_article_with_an_adjective_signs():
    st = parse_statement(
        "Gemeinsame Erklärung\n\nBerlin, 14. März 2013\n\n"
        "Nach dem Treffen des Deutsch-Polnischen Forums, das am 12. und 13. März in Potsdam tagte, haben der "
        "Parlamentarische Staatssekretär beim Bundesminister für Verkehr, Jörg Wendlandt, und der polnische "
        "Vizeminister für Infrastruktur Tadeusz Kowalczyk am Mittwoch eine Absichtserklärung unterzeichnet.\n",
        "x.txt",
    )
    assert [s.name for s in st.signatories] == ["Jörg Wendlandt", "Tadeusz Kowalczyk"]


def test_the_council_that_adopts_is_the_named_council_whose_meeting_the_sentence_before_held():
    st = parse_statement(
        "Joint communiqué\n\nValdora, 6 May 2014\n\n"
        "1. The ninth session of the Arvenian-Borlandian Border Council (ABBC) took place in Valdora today. The Council "
        "agreed the following joint communiqué.\n\n2. Ministers discussed rail links.\n",
        "x.txt",
    )
    assert [(s.role, s.organisation) for s in st.signatories] == [(None, "Arvenian-Borlandian Border Council")]


def test_after_an_assistant_and_by_a_further_office_is_the_sides_signer_again():
    st = parse_statement(
        "Joint press statement\n\nLisbon, 4 July 2007\n\nThe first summit between Brazil and the European Union was "
        "held today in Lisbon. On the Brazilian side the President of Brazil took part. The European Union was "
        "represented by the Prime Minister of Portugal, assisted by his Minister for Foreign Affairs, and by the "
        "President of the European Commission.\n",
        "x.txt",
    )
    assert "European Commission" in [s.organisation for s in st.signatories]


def test_a_slovenian_we_list_goes_on_after_in_and_the_second_name():
    st = parse_statement(
        "Skupna izjava\n\nLjubljana, 3. junij 2021\n\n»Midva, Marko Zupančič, minister za okolje in prostor "
        "Republike Slovenije, in Jonas Petrauskas, minister za okolje Republike Litve,\n\nugotavljava, da so reke "
        "skupna dobrina.\n",
        "x.txt",
    )
    assert [(s.name, s.country) for s in st.signatories] == [
        ("Marko Zupančič", "Slovenia"),
        ("Jonas Petrauskas", "Lithuania"),  # (a South Slavic genitive of a five-letter name: "Litva" → "Litve")
    ]


def test_a_verb_first_sentence_holding_a_meeting_names_its_subject_before_the_meeting():
    st = parse_statement(
        "Gemensamt uttalande\n\nPublicerad 2 maj 2016\n\nI går höll Estlands, Lettlands och Litauens "
        "försvarsministrar ett möte i Riga om luftförsvaret.\n",
        "x.txt",
    )
    assert [s.country for s in st.signatories] == ["Estonia", "Latvia", "Lithuania"]


def test_a_buildings_name_after_de_is_no_person():
    from statements.parsing.names import names_in
    from statements.parsing.people import PeopleRegistry

    text = "La ministra de Sanidad recibió esta mañana en el Palacio de San Telmo al ministro de Salud de Chile"
    assert names_in(text, PeopleRegistry([])) == []


def test_the_united_kingdoms_long_name_in_romance_languages_holds_no_ireland():
    from statements.parsing.countries import find_countries

    for text in (
        "Pour le Royaume-Uni de Grande-Bretagne et d'Irlande du Nord",
        "il Regno Unito di Gran Bretagna e Irlanda del Nord",
        "el Reino Unido de Gran Bretaña e Irlanda del Norte",
    ):
        assert [c for _, _, c in find_countries(text)] == ["United Kingdom"], text


def test_romanian_prime_ministers_in_the_genitive_plural_of_romania_and_the_republic_of_korea_sign():
    st = parse_statement(
        "Declarație comună a prim-miniștrilor Republicii Moldova și Republicii Coreea privind energia\n\nJoi, 9 mai "
        "2019\n\nPremierii au discutat despre energie.\n",
        "x.txt",
    )
    assert [s.country for s in st.signatories] == ["Moldova", "South Korea"]


def test_an_italian_elided_sull_ends_the_list_of_signers():
    from statements.parsing.signatories import _list_text

    assert _list_text(
        "Dichiarazione dell'Alto rappresentante a nome dell'UE sull'esito del referendum costituzionale"
    ) == "Alto rappresentante a nome dell'UE"


def test_a_dutch_verb_then_de_and_a_statement_of_today_are_no_by_clause():
    from statements.parsing.signatories import _list_text

    assert _list_text("In de verklaring noemen de bewindslieden de havens een gedeelde zorg.") is None
    assert _list_text("Dankzij de verklaring van gisteren kan de oefening in het Belgische Leopoldsburg doorgaan.") is None
    assert _list_text("Declaración conjunta de las ministras de Turismo de Chile y Perú") is not None


def test_a_guests_office_ends_at_its_country_before_what_the_visit_is_for():
    st = parse_statement(
        "Comunicato congiunto Italia-Ecuador\nMinistero degli Affari Esteri\n\nData: 14/05/2019\n\nIl Viceministro degli "
        "Esteri ha ricevuto oggi nella sede del Ministero il Ministro degli Affari Esteri della Repubblica dell'Ecuador "
        "per il terzo ciclo di consultazioni bilaterali sul commercio e sugli investimenti tra i due Paesi. Dopo "
        "l'incontro hanno adottato la seguente dichiarazione congiunta.\n",
        "x.txt",
    )
    assert ("Ministro degli Affari Esteri", "Ecuador") in [(s.role, s.country) for s in st.signatories]


def test_a_war_is_no_person_whose_role_the_next_word_gives():
    st = parse_statement(
        "Joint statement\n\nOttawa, 12 June 2014\n\nThe Prime Minister of Canada and the President of the European "
        "Commission met in Ottawa today.\n\nRecalling the centenary of the start of the First World War, Leaders "
        "stressed the value of peace.\n",
        "x.txt",
    )
    assert all(s.name is None for s in st.signatories)
    assert "Canada" in [s.country for s in st.signatories]


def test_an_unnamed_office_of_another_portfolio_beside_a_named_minister_is_another_signer():
    st = parse_statement(
        "Two countries sign statement\n\nVilnius, 6 March 2020\n\nVilnius - Deputy Minister of Transport Aras "
        "Kalvaitis and Moldova's First Deputy Minister of Agriculture, Regional Development and Environment signed "
        "a memorandum and a joint statement on river shipping on Friday.\n",
        "x.txt",
    )
    assert "Moldova" in [s.country for s in st.signatories]
    assert "Aras Kalvaitis" in [s.name for s in st.signatories]


def test_an_estonian_ministrys_secretary_general_kantsler_is_a_role_word():
    from statements.parsing.names import is_role_word, names_in
    from statements.parsing.people import PeopleRegistry

    assert is_role_word("Kantsler") and is_role_word("asekantsler")
    assert [n.text for n in names_in("* Kantsler Mart Kivisild ja asekantsler Liis Org.", PeopleRegistry([]))] == [
        "Mart Kivisild",
        "Liis Org",
    ]


def test_more_portfolio_and_body_words_are_no_names():
    from statements.parsing.names import names_in
    from statements.parsing.people import PeopleRegistry

    registry = PeopleRegistry([])
    for text in (
        "el ministro de Fomento, Ordenamiento del Territorio y Vivienda de Chile",
        "Ministrul Dezvoltării Rurale și Ministrul Sănătății",
        "de minister voor Buitenlandse Handel en Samenwerking Eva Dijkhuis",
        "po vrhu skupine BRICS v Pretorii",
        "pred predsedovanjem Svetu EU",
    ):
        assert all(n.text not in ("Ordenamiento del Territorio", "Dezvoltării Rurale", "BRICS", "Svetu") for n in names_in(text, registry)), text
    assert [n.text for n in names_in("de minister voor Buitenlandse Handel en Samenwerking Eva Dijkhuis", registry)] == [
        "Eva Dijkhuis"
    ]


def test_a_hungarian_guests_country_before_the_commas_of_its_portfolio_and_the_host_by_the_pages_language():
    st = parse_statement(
        "Közös nyilatkozat az öntözésről\n\nFöldművelésügyi Minisztérium\n\n2019. március 4.\n\n"
        "A földművelésügyi miniszter hétfőn Debrecenben fogadta Ausztria mezőgazdasági, erdészeti és vízügyi "
        "miniszterét. A találkozót követően a két miniszter közös nyilatkozatot adott ki az öntözésről.\n\n"
        "A nyilatkozat szerint a két ország közös munkacsoportot hoz létre.\n",
        "x.txt",
    )
    assert [(s.name, s.role, s.country) for s in st.signatories] == [
        (None, "földművelésügyi miniszter", "Hungary"),
        (None, "mezőgazdasági, erdészeti és vízügyi miniszterét", "Austria"),
    ]


def test_a_language_official_in_one_country_names_it_and_one_of_several_names_none():
    from statements.parsing.countries import only_country_of

    assert only_country_of("hu") == "Hungary"
    assert only_country_of("lv") == "Latvia"
    assert only_country_of("de") is None  # (Germany, Austria, Switzerland …)
    assert only_country_of("sv") is None  # (Sweden and Finland)


def test_the_republic_of_korea_under_its_formal_name_in_other_languages():
    from statements.parsing.countries import find_countries

    for text in ("a Koreai Köztársaság nagykövete", "minister zahraničia Kórejskej republiky", "Korean tasavallan ministeri"):
        assert [c for _, _, c in find_countries(text)] == ["South Korea"], text


def test_two_offices_an_and_joins_before_one_verb_when_the_first_ran_on_into_the_second():
    st = parse_statement(
        "Spoločné vyhlásenie o spolupráci v doprave\n\nMinisterstvo dopravy Slovenskej republiky\n\n3. 5. 2023\n\n"
        "Minister dopravy SR a minister pôdohospodárstva, potravín a lesníctva Kórejskej republiky vo štvrtok v "
        "Košiciach podpísali spoločné vyhlásenie o spolupráci.\n\nObe strany sa dohodli na pracovnej skupine.\n",
        "x.txt",
    )
    assert [(s.role, s.country) for s in st.signatories] == [
        ("Minister dopravy SR", "Slovakia"),
        ("minister pôdohospodárstva, potravín a lesníctva", "South Korea"),
    ]


def test_a_state_named_by_an_italian_or_spanish_ino_adjective_beside_its_word_for_republic():
    from statements.parsing.names import clean_role

    assert clean_role("Ministro degli Esteri della Repubblica Tunisina") == ("Ministro degli Esteri", "Tunisia", None)
    assert clean_role("Ministro del Turismo della Repubblica Algerina Democratica e Popolare") == (
        "Ministro del Turismo",
        "Algeria",
        None,
    )
    assert clean_role("ministro de Cultura de la República Argelina")[1] == "Algeria"
    assert clean_role("la Repubblica Marina")[1] is None  # (no state's name with its vowel turned)


def test_a_baltic_met_before_its_subjects_the_signers_to_the_sentences_end():
    st = parse_statement(
        "Lietuvos ir Estijos žemės ūkio ministrų bendras pareiškimas\n\n2004 m. kovo 9 d.\n\n"
        "Kaune antradienį susitiko Lietuvos Respublikos žemės ūkio ministrė Dalia Vaitkevičienė ir Estijos "
        "Respublikos žemės ūkio ministras Rein Kõrvits. Po susitikimo ministrai pasirašė bendrą pareiškimą.\n\n"
        "„Sutariame bendradarbiauti.\"\n",
        "x.txt",
    )
    assert [(s.name, s.country) for s in st.signatories] == [
        ("Dalia Vaitkevičienė", "Lithuania"),
        ("Rein Kõrvits", "Estonia"),
    ]


def test_a_hungarian_second_signers_apposition_after_a_comma_stays_in_the_verb_last_subject():
    st = parse_statement(
        "Közös nyilatkozat a határátkelőről\n\nKülügyminisztérium\n\n2006. június 13.\n\n"
        "Kardosi Benedek külügyminiszter és Tomáš Vrbenský, a Cseh Köztársaság külügyminisztere kedden Szegeden "
        "részt vett a konferencián, majd tárgyalást folytatott. A két miniszter az alábbi közös nyilatkozatot "
        "írta alá:\n\n„A két ország bővíti együttműködését.\"\n",
        "x.txt",
    )
    assert [(s.name, s.country) for s in st.signatories] == [
        ("Kardosi Benedek", "Hungary"),
        ("Tomáš Vrbenský", "Czechia"),
    ]


def test_central_european_degrees_before_a_name_are_no_part_of_it():
    from statements.parsing.names import names_in
    from statements.parsing.people import PeopleRegistry

    def names(text: str) -> list[str]:
        return [n.text for n in names_in(text, PeopleRegistry())]

    assert names("podepsali Ing. Radovan Kučerák a JUDr. Alena Sýkorová") == ["Radovan Kučerák", "Alena Sýkorová"]
    assert names("unterzeichnet von DI Herbert Lanzinger") == ["Herbert Lanzinger"]
    assert "DI SANTO" in names("il ministro Marco DI SANTO ha firmato")[0]


def test_two_english_offices_each_by_its_countrys_adjective():
    st = parse_statement(
        "Lithuania, Uzbekistan agree on rail freight\n\nTASHKENT, 12 May 2011 - The Lithuanian railways minister and "
        "the Uzbek transport minister said in a joint statement after their talks that freight trains will cross "
        "the border faster.\n",
        "x.txt",
    )
    assert [(s.role, s.country) for s in st.signatories] == [
        ("railways minister", "Lithuania"),
        ("transport minister", "Uzbekistan"),
    ]


def test_an_adjective_of_the_body_an_office_is_of_names_the_country_and_the_body_stays():
    from statements.parsing.names import clean_role

    assert clean_role("Minister of Health of the Syrian interim government") == (
        "Minister of Health of the interim government",
        "Syria",
        None,
    )
    assert clean_role("the Peruvian Minister of Trade") == ("Minister of Trade", "Peru", None)


def test_an_office_naming_its_country_and_another_by_adjective_after_and_are_two_signers():
    st = parse_statement(
        "Společné prohlášení ministrů zemědělství\n\nV Brně dne 14. října 2010\n\n"
        "Ministr zemědělství ČR a maďarský ministr zemědělství se dnes sešli v Brně.\n",
        "x.txt",
    )
    assert [(s.role, s.country) for s in st.signatories] == [
        ("Ministr zemědělství", "Czechia"),
        ("ministr zemědělství", "Hungary"),
    ]


def test_more_greek_portfolio_words_are_no_names():
    from statements.parsing.names import is_not_name

    assert is_not_name("Δημόσιας Τάξης")
    assert is_not_name("Προστασίας του Πολίτη")
    assert is_not_name("Οικονομίας")


def test_a_hungarian_held_talks_first_then_when_and_who():
    st = parse_statement(
        "Közös nyilatkozat a kerékpárutakról\n\nKözlekedési Minisztérium\n\n2015. április 21.\n\n"
        "Sopronban tartott megbeszélést kedden Vadkerti Zsombor Aladár közlekedési miniszter és a Szlovák Köztársaság "
        "közlekedési minisztere. A tárgyalás végén a két miniszter közös nyilatkozatot írt alá.\n",
        "x.txt",
    )
    assert [(s.name, s.country) for s in st.signatories] == [
        ("Vadkerti Zsombor Aladár", "Hungary"),
        (None, "Slovakia"),
    ]


def test_albanian_plural_prime_ministers_of_two_republics_in_the_genitive():
    st = parse_statement(
        "Deklaratë e përbashkët\n\nTiranë, 9 mars 2016\n\n"
        "Kryeministrat e Republikës së Shqipërisë dhe të Republikës së Maqedonisë së Veriut u takuan sot në Pogradec "
        "dhe nënshkruan këtë deklaratë.\n",
        "x.txt",
    )
    assert [(s.role, s.country) for s in st.signatories][:1] == [("Kryeministrat", "Albania")]


def test_older_parliament_group_and_country_codes_in_brackets_are_no_names():
    st = parse_statement(
        "EU-Cyprus JPC: joint statement\n\nPress release – 12-05-1999\n\n"
        "The meeting ended with a joint statement by its two co-chairs, Hieronymus Bartelsmann (PPE, D), Chairman of "
        "the European Parliament's Delegation, and Andreas Kleanthous, Chairman of the Cypriot delegation.\n",
        "x.txt",
    )
    assert [(s.name, s.role) for s in st.signatories] == [
        ("Hieronymus Bartelsmann", "Chairman of the European Parliament's Delegation"),
        ("Andreas Kleanthous", "Chairman of the delegation"),
    ]


def test_a_signed_by_list_of_offices_one_a_line_stays_a_list_though_some_lines_are_long():
    st = parse_statement(
        "Joint statement of the ministers of justice\n\nSkopje, 3 May 2001\n\nThe ministers agree to share records.\n\n"
        "Signed by:\nthe Minister of Justice of Albania\nthe Minister of Human Rights and Refugees of Bosnia and Herzegovina\n"
        "the Minister of Justice of Bulgaria\nthe Minister of Justice of Montenegro\n"
        "the Minister of Justice of the former Yugoslav Republic of Macedonia\nthe Minister of Justice of Romania\n",
        "x.txt",
    )
    assert [s.country for s in st.signatories] == [
        "Albania",
        "Bosnia and Herzegovina",
        "Bulgaria",
        "Montenegro",
        "North Macedonia",
        "Romania",
    ]


def test_a_swiss_federal_councillor_is_switzerlands_and_the_sites_minister_beside_her_its_own():
    st = parse_statement(
        "Dichiarazione congiunta Italia-Svizzera sui valichi alpini\n\nMinistero dell'Interno\n\nRoma, 4 aprile 2016\n\n"
        "Il Ministro dell'Interno e la Consigliera federale Margrit Vuilleumin-Roch, capo del Dipartimento federale di "
        "giustizia e polizia della Confederazione Svizzera, si sono incontrati oggi a Roma e hanno firmato una "
        "dichiarazione congiunta.\n",
        "x.txt",
    )
    assert [(s.name, s.country) for s in st.signatories] == [(None, "Italy"), ("Margrit Vuilleumin-Roch", "Switzerland")]


def test_ukrainian_offices_countries_in_their_cases_and_a_date_and_place_before_the_first_office():
    st = parse_statement(
        "Спільна заява щодо прикордонного співробітництва\n\nМіністерство внутрішніх справ України\n\n"
        "5 березня 2021, 10:15\n\n"
        "5 березня у Ужгороді заступник Міністра внутрішніх справ України Богдан Ярошенко-Павлик та державний "
        "секретар Міністерства внутрішніх справ Угорщини Ласло Вереш провели зустріч і підписали спільну заяву.\n",
        "x.txt",
    )
    assert st.date == "2021-03-05"
    assert [(s.name, s.role, s.country) for s in st.signatories] == [
        ("Богдан Ярошенко-Павлик", "заступник Міністра внутрішніх справ", "Ukraine"),
        ("Ласло Вереш", "державний секретар Міністерства внутрішніх справ", "Hungary"),
    ]


def test_a_former_name_declines_as_the_current_ones_do():
    from statements.parsing.countries import find_countries

    assert [c for _, _, c in find_countries("ministri Crne Gore i Makedonije")] == ["Montenegro", "North Macedonia"]


def test_one_hungarian_office_of_two_countries_by_their_small_letter_adjectives():
    st = parse_statement(
        "Magyar-szlovák közös nyilatkozat\n\nkedd, 11:05\n\nKomárom, (MTI) – A magyar és a szlovák környezetvédelmi "
        "miniszter kedden Komáromban közös nyilatkozatot írt alá a Duna védelméről.\n",
        "x.txt",
    )
    assert [s.country for s in st.signatories] == ["Hungary", "Slovakia"]


def test_a_named_signers_own_office_of_no_country_then_and_another_countrys_office():
    st = parse_statement(
        "Közös nyilatkozat a felsőoktatásról\n\nOktatási Minisztérium\n\n2018. május 3.\n\n"
        "Szentmártoni Bálint, az Oktatási Minisztérium felsőoktatásért felelős államtitkára és a Litván Köztársaság "
        "oktatási minisztere csütörtökön Debrecenben közös nyilatkozatot írt alá.\n",
        "x.txt",
    )
    assert [(s.name, s.country) for s in st.signatories] == [("Szentmártoni Bálint", "Hungary"), (None, "Lithuania")]


def test_a_named_host_with_a_comma_after_his_name_and_his_guests_office_across_a_wrapped_line():
    st = parse_statement(
        "Dichiarazione congiunta Italia-Cipro sulla protezione civile\n\nMinistero dell'Interno\n\nRoma, 14 maggio 2006\n\n"
        "Il Ministro dell'Interno, Ottavio Benincasa-Ruggeri, ha ricevuto oggi pomeriggio al Palazzo del Viminale "
        "il Ministro della Giustizia e\n"
        "dell'Ordine Pubblico di Cipro. Al termine del colloquio i due Ministri hanno sottoscritto la seguente dichiarazione.\n",
        "x.txt",
    )
    assert [(s.name, s.country) for s in st.signatories] == [("Ottavio Benincasa-Ruggeri", "Italy"), (None, "Cyprus")]


def test_a_hospital_is_no_person():
    from statements.parsing.names import is_not_name

    assert is_not_name("Νοσοκομείο")
    assert is_not_name("Krankenhaus")


def test_an_italian_surname_in_essa_is_no_finnish_place():
    from statements.parsing.names import is_not_name

    assert not is_not_name("Bardolessa")
    assert is_not_name("Tukholmassa")


def test_a_romanian_host_who_met_someone_is_the_subject_of_her_sentence():
    st = parse_statement(
        "Declarație comună\n\nData: 12.10.2011\n\n"
        "Secretarul de stat pentru afaceri europene, Ilinca Mărgineanu, s-a întâlnit marți, la sediul MAE, cu "
        "secretarul de stat pentru afaceri europene al Republicii Elene, Nikos Papadimitrakis, aflat în vizită la "
        "București. Cu această ocazie, cei doi oficiali au semnat următoarea declarație comună.\n",
        "x.txt",
    )
    assert "Ilinca Mărgineanu" in [s.name for s in st.signatories]


def test_a_hungarian_agency_copy_that_opens_with_its_verb_of_signing():
    st = parse_statement(
        "Magyar-lett közös nyilatkozat\n\nRiga, szerda (MTI) – Közös nyilatkozatot írt alá a vasúti együttműködésről "
        "szerdán Rigában Borsodi Kelemen, az Innovációs és Technológiai Minisztérium államtitkára és Jānis Bērziņš-Ozols "
        "lett közlekedési államtitkár.\n",
        "x.txt",
    )
    assert [(s.name, s.country) for s in st.signatories] == [
        ("Borsodi Kelemen", "Hungary"),
        ("Jānis Bērziņš-Ozols", "Latvia"),
    ]


def test_a_signed_by_list_with_a_dash_between_each_name_and_office():
    st = parse_statement(
        "Wspólne oświadczenie\n\nWarszawa, 17 października 2024\n\nStrony uzgodniły budowę mostu.\n\n"
        "Oświadczenie podpisali:\nJan Wierzbowski – sekretarz stanu w Ministerstwie Infrastruktury,\n"
        "Anna Kleinschmidt – parlamentarna sekretarz stanu w Federalnym Ministerstwie Transportu.\n",
        "x.txt",
    )
    assert [(s.name, s.role) for s in st.signatories] == [
        ("Jan Wierzbowski", "sekretarz stanu w Ministerstwie Infrastruktury"),
        ("Anna Kleinschmidt", "parlamentarna sekretarz stanu w Federalnym Ministerstwie Transportu"),
    ]


def test_a_countrys_name_after_a_title_is_a_given_name():
    from statements.parsing.countries import find_countries

    assert find_countries("Mme Montserrat Vilaró") == []
    assert [c for _, _, c in find_countries("Mrs Georgia Hallworth of Georgia")] == ["Georgia"]


def test_a_serbian_cyrillic_signed_by_heading():
    st = parse_statement(
        "Заједничка изјава\n\nБеоград, 4. март 2019.\n\nМинистар културе Републике Србије и министарка културе "
        "Словачке Републике састали су се данас у Београду.\n\n"
        "Изјаву су потписали:\nМилан Дробњаковић, министар културе\nЈана Кралова, министарка културе Словачке Републике\n"
        "Министри су посетили Народни музеј и разговарали са кустосима о заједничкој изложби.\n\n"
        "Мешовита комисија састаће се у Братислави у новембру.\n",
        "x.txt",
    )
    assert [s.name for s in st.signatories] == ["Милан Дробњаковић", "Јана Кралова"]


def test_the_eeas_spokesperson_speaks_for_the_service_on_its_own_page():
    st = parse_statement(
        "Ruritania: Statement by the Spokesperson on the floods\nEuropean External Action Service\n"
        "Brussels, 03/04/2016 - 11:20\nUNIQUE ID: 160403_7\nStatements by the Spokesperson\n\n"
        "The European Union offers its condolences to the families of the victims of the floods in Ruritania.\n",
        "x.txt",
    )
    assert [(s.role, s.organisation) for s in st.signatories] == [("Spokesperson", "European External Action Service")]


def test_offices_under_their_states_then_the_names_across_a_blank_line():
    st = parse_statement(
        "Bendras pareiškimas dėl upių apsaugos\nMinisterija\n2016-05-12\n\n"
        "Gegužės 12 d. Kaune susitikę ministrai pasirašė bendrą pareiškimą dėl upių apsaugos.\n\n"
        "Pareiškimą pasirašė:\n\n"
        "Lietuvos Respublikos                          Latvijos Respublikos\n"
        "aplinkos ministras                            žemkopības ministrs\n\n"
        "Tomas Vaitiekūnas-Rudis                       Ēriks Kalniņš-Berzs\n\n"
        "Spaudos tarnyba, tel. (8 5) 000 0000\n",
        "x.txt",
    )
    assert [(s.name, s.role, s.country) for s in st.signatories] == [
        ("Tomas Vaitiekūnas-Rudis", "aplinkos ministras", "Lithuania"),
        ("Ēriks Kalniņš-Berzs", "žemkopības ministrs", "Latvia"),
    ]


def test_a_polish_ministrys_capitalised_portfolio_words_are_no_given_names():
    st = parse_statement(
        "Wspólne oświadczenie\n\n12.03.2019\n\nW Rzeszowie spotkali się Minister Rolnictwa i Rozwoju Wsi Zdzisław "
        "Kowalczyk-Bór oraz Minister Gospodarki Morskiej i Żeglugi Śródlądowej Henryk Sowiński. Ministrowie "
        "podpisali wspólne oświadczenie.\n",
        "x.txt",
    )
    assert [(s.name, s.role) for s in st.signatories] == [
        ("Zdzisław Kowalczyk-Bór", "Minister Rolnictwa i Rozwoju Wsi"),
        ("Henryk Sowiński", "Minister Gospodarki Morskiej i Żeglugi Śródlądowej"),
    ]


def test_a_signature_block_with_a_line_for_the_signature_and_offices_broken_over_two_rows():
    st = parse_statement(
        "Joint Declaration on river ferries\n\nDone in Osijek on 3 May 2005, in two originals.\n\n"
        "The Parties agree to open two more ferry crossings on the Danube.\n\n"
        "For the Republic of Croatia                                      For the Republic of Serbia\n\n"
        "_____________________________                                    _____________________________\n"
        "Tomislav Jurčević-Bale                                           Dragan Milovanović\n"
        "Minister of Maritime Affairs,                                    Minister of Capital Investments\n"
        "Tourism and Transport                                            and Infrastructure\n\n"
        "Page 2 of 2\n",
        "x.txt",
    )
    assert [(s.name, s.role, s.country) for s in st.signatories] == [
        ("Tomislav Jurčević-Bale", "Minister of Maritime Affairs, Tourism and Transport", "Croatia"),
        ("Dragan Milovanović", "Minister of Capital Investments and Infrastructure", "Serbia"),
    ]


def test_a_former_unions_name_in_a_list_of_a_later_year_is_its_two_states():
    text = (
        "Joint Statement on the Drina river basin\n\nZvornik, 14 May 2019\n\n"
        "We, the Prime Ministers of the Republic of Croatia, the Republic of Serbia and Montenegro, meeting today in "
        "Zvornik, agree to protect the Drina river basin.\n"
    )
    assert [s.country for s in parse_statement(text, "x.txt").signatories] == ["Croatia", "Serbia", "Montenegro"]
    older = text.replace("14 May 2019", "14 May 2005")
    assert [s.country for s in parse_statement(older, "x.txt").signatories] == ["Croatia", "Serbia and Montenegro"]


def test_hungarian_signers_each_after_the_country_they_sign_for_with_their_office_after_the_name():
    st = parse_statement(
        "Közös nyilatkozat a határátkelőkről\n\n2019. május 6.\n\n"
        "Szegeden tartották a magyar–román vegyes bizottság ülését, amelyet követően a két ország "
        "belügyminisztere közös nyilatkozatot írt alá.\n\n"
        "A nyilatkozatot Magyarország részéről Kardos-Vámbéri Ödön belügyminiszter, román részről Ionuț Petrescu-Vlad "
        "belügyminiszter írta alá.\n\n"
        "Kardos-Vámbéri Ödön hangsúlyozta: a két ország együttműködése példaértékű.\n",
        "x.txt",
    )
    assert [(s.name, s.role, s.country) for s in st.signatories] == [
        ("Kardos-Vámbéri Ödön", "belügyminiszter", "Hungary"),
        ("Ionuț Petrescu-Vlad", "belügyminiszter", "Romania"),
    ]


def test_the_word_for_joint_before_a_declarations_name_is_no_part_of_a_name():
    st = parse_statement(
        "Заједничка изјава о сарадњи на Дунаву\n\nКладово, 12. мај 2009.\n\n"
        "Министар за инфраструктуру Републике Србије Милош Јанковић и министар транспорта Румуније "
        "потписали су данас у Кладову Заједничку изјаву о сарадњи на Дунаву.\n",
        "x.txt",
    )
    assert not any(s.name and "Заједничк" in s.name for s in st.signatories)
    assert [s.name for s in st.signatories if s.name] == ["Милош Јанковић"]


def test_a_paragraph_that_ends_on_signed_by_and_a_colon_opens_the_list_below():
    st = parse_statement(
        "Felles erklæring om grensebroen\n\nOslo, 3. mai 2011\n\n"
        "Norges og Sveriges ministre med ansvar for samferdsel møttes i dag ved grensen for å drøfte den nye broen\n"
        "over elva og fremdriften i byggearbeidene på begge sider. Etter møtet ble en felles erklæring undertegnet\n"
        "av:\n\n"
        "Kari Lundeby-Haug, samferdselsminister, Norge\nErik Sundqvist, infrastrukturminister, Sverige\n\n"
        "I erklæringen slår de to landene fast at broen skal åpnes i 2014, og at begge land skal dele kostnadene.\n\n"
        "Landene vil i fellesskap vurdere trafikken over broen og styrke kollektivtransporten i grenseområdet.\n\n"
        "Det vises til avtalen mellom Norge og Sverige om grensebroer fra 1992.\n\n"
        "Kontakt: pressevakt, tlf. 22 00 00 00\n",
        "x.txt",
    )
    assert [(s.name, s.country) for s in st.signatories] == [("Kari Lundeby-Haug", "Norway"), ("Erik Sundqvist", "Sweden")]


def test_signature_columns_of_an_office_its_state_and_the_name_in_capitals():
    st = parse_statement(
        "Wspólne oświadczenie w sprawie rzeki\n\nChełm, 14 maja 1997 r.\n\nStrony powołują wspólną grupę roboczą.\n\n"
        "Sporządzono w Chełmie w dwóch egzemplarzach.\n\n"
        "Minister Transportu                               Minister Transportu\n"
        "Rzeczypospolitej Polskiej                         Ukrainy\n\n"
        "Tadeusz KOWALEWICZ                                Ołeh MARCZENKO\n",
        "x.txt",
    )
    assert [(s.name, s.role, s.country) for s in st.signatories] == [
        ("Tadeusz Kowalewicz", "Minister Transportu", "Poland"),
        ("Ołeh Marczenko", "Minister Transportu", "Ukraine"),
    ]


def test_a_palace_a_lithuanian_place_and_a_federation_are_no_names():
    from statements.parsing.names import is_not_name

    assert is_not_name("Pałacu") and is_not_name("Zamku") and is_not_name("Vilniuje") and is_not_name("Federacji")
    assert not is_not_name("Palacios") and not is_not_name("Federica")
    st = parse_statement(
        "Wspólne oświadczenie\n\nWarszawa, 3 marca 2008 r.\n\n"
        "Minister transportu Rzeczypospolitej Polskiej i minister transportu Federacji Rosyjskiej podpisali w Pałacu "
        "Kazimierzowskim wspólne oświadczenie w sprawie żeglugi.\n",
        "x.txt",
    )
    assert [(s.name, s.country) for s in st.signatories] == [(None, "Poland"), (None, "Russia")]


def test_a_greek_deputy_ministers_portfolio_in_the_genitive_is_no_name():
    st = parse_statement(
        "Κοινή Δήλωση\n\nΑθήνα, 12 Μαΐου 2019\n\n"
        "Ο Υφυπουργός Έρευνας, Καινοτομίας και Τεχνολογίας της Κυπριακής Δημοκρατίας, Νίκος Παπαδόπουλος-Ζήνωνος, "
        "υπέγραψε σήμερα στην Αθήνα κοινή δήλωση.\n",
        "x.txt",
    )
    assert [(s.name, s.country) for s in st.signatories] == [("Νίκος Παπαδόπουλος-Ζήνωνος", "Cyprus")]


def test_czech_and_other_adjectives_for_austria_and_germany_name_their_country():
    from statements.parsing.countries import nationality_adjective

    assert [nationality_adjective(w) for w in ("rakouská", "německý", "nemecký", "oostenrijkse", "αυστριακός")] == [
        "Austria",
        "Germany",
        "Germany",
        "Austria",
        "Austria",
    ]
    st = parse_statement(
        "Prohlášení o spolupráci\n\n15. 3. 2023\n\n"
        "Ministr dopravy a rakouská ministryně pro mobilitu dnes v Jihlavě podepsali společné prohlášení o spolupráci.\n",
        "x.txt",
    )
    assert [s.country for s in st.signatories] == ["Czechia", "Austria"]


def test_serbia_and_montenegro_in_the_archives_other_languages():
    st = parse_statement(
        "Declarație comună\n\nBucurești, 12 mai 2004\n\n"
        "Miniștrii transporturilor ai României și ai Serbiei și Muntenegrului au semnat astăzi o declarație comună.\n",
        "x.txt",
    )
    assert [s.country for s in st.signatories] == ["Romania", "Serbia and Montenegro"]


def test_the_datelines_place_in_a_case_ending_is_no_part_of_the_name_after_it():
    st = parse_statement(
        "Közös nyilatkozat\n\nTatabánya, 2009. május 14. (MTI) - Közös nyilatkozatot írt alá csütörtökön Tatabányán "
        "Kovács-Bodnár Ildikó környezetvédelmi miniszter és Ion Munteanu román környezetvédelmi miniszter.\n",
        "x.txt",
    )
    assert [s.name for s in st.signatories][:1] == ["Kovács-Bodnár Ildikó"]


def test_a_cyrillic_and_before_another_countrys_office_parts_the_two_offices():
    st = parse_statement(
        "Заједничка изјава о мосту\n\nНови Сад, 12. мај 2015.\n\n"
        "Министар грађевинарства, саобраћаја и инфраструктуре Србије и мађарски министар за иновације и технологију "
        "потписали су данас у Новом Саду заједничку изјаву о новом мосту. Мађарски министар Ференц Ковач-Бела "
        "истакао је да ће мост бити завршен за три године.\n",
        "x.txt",
    )
    assert [(s.name, s.country) for s in st.signatories] == [(None, "Serbia"), ("Ференц Ковач-Бела", "Hungary")]


def test_spanish_don_and_dona_are_honorifics_and_italian_portfolio_words_no_names():
    st = parse_statement(
        "Declaración conjunta\n\nSucre, 4 de mayo de 2009\n\n"
        "El Ministro de Minería de Bolivia, Don Abelardo Quispe Mamani, y la Secretaria de Estado de Comercio de "
        "España, Doña Lucía Otamendi Berroeta, firmaron hoy en Sucre una declaración conjunta.\n",
        "x.txt",
    )
    assert [(s.name, s.role) for s in st.signatories] == [
        ("Abelardo Quispe Mamani", "Ministro de Minería"),
        ("Lucía Otamendi Berroeta", "Secretaria de Estado de Comercio"),
    ]
    from statements.parsing.names import is_not_name

    assert is_not_name("Alimentari") and is_not_name("Forestali")


def test_an_agencys_dateline_in_capitals_before_the_opening_sentence_is_no_signer():
    st = parse_statement(
        "Two ministers agree on cod quotas\nWire service - Thursday 13:40\n\n"
        "TROMSØ (NTB): Norway's Minister of Fisheries and Sweden's Minister of Rural Affairs on Thursday issued a joint "
        "statement after talks in Tromsø.\n",
        "x.txt",
    )
    assert [(s.name, s.country) for s in st.signatories] == [(None, "Norway"), (None, "Sweden")]


def test_an_office_and_its_holders_counterpart_of_another_country_by_adjective():
    english = parse_statement(
        "Joint statement\n\n12 May 2007\n\nThe Slovak transport minister and his Polish counterpart signed a joint "
        "statement in Zakopane today.\n",
        "x.txt",
    )
    assert [(s.role, s.country) for s in english.signatories] == [
        ("transport minister", "Slovakia"),
        ("transport minister", "Poland"),
    ]
    french = parse_statement(
        "Déclaration commune\n\n12 mai 2007\n\nLe ministre belge de la Justice et son homologue néerlandais ont signé "
        "aujourd'hui une déclaration commune.\n",
        "x.txt",
    )
    assert [s.country for s in french.signatories] == ["Belgium", "Netherlands"]


def test_a_states_line_with_its_word_for_republic_in_small_letters_under_a_signature():
    st = parse_statement(
        "Společné prohlášení\n\nHodonín, 4. května 2007\n\nMy, ministři zemědělství, jsme se dnes sešli v Hodoníně.\n\n"
        "Jan Novotný-Kraus                                   Peter Hrušovský\n"
        "ministr zemědělství                                 minister pôdohospodárstva\n"
        "České republiky                                     Slovenskej republiky\n\n"
        "Kontakt pro média: tisková služba\n",
        "x.txt",
    )
    assert [(s.name, s.country) for s in st.signatories] == [
        ("Jan Novotný-Kraus", "Czechia"),
        ("Peter Hrušovský", "Slovakia"),
    ]


def test_a_hungarian_verb_of_adopting_before_its_subjects():
    st = parse_statement(
        "Közös nyilatkozat\n\nSopron, (MTI) – Közös nyilatkozatot fogadott el csütörtökön Sopronban Kertész-Baranyi "
        "Attila belügyminiszter és osztrák kollégája, Ausztria belügyminisztere a határrendészeti együttműködésről.\n",
        "x.txt",
    )
    assert [s.name for s in st.signatories if s.name] == ["Kertész-Baranyi Attila"]
    assert "Austria" in [s.country for s in st.signatories]


def test_a_for_block_whose_state_and_office_go_on_below_with_a_bracketed_signature_mark():
    st = parse_statement(
        "Gemeinsame Erklärung\n\nGeschehen zu Passau am 3. Mai 2016.\n\nDie Seiten vereinbaren eine Zusammenarbeit.\n\n"
        "Za Ministra Transportu\nRepubliki Czeskiej\n[Unterschrift]\nPavel Dvořáček\nNáměstek ministra pro\n"
        "dopravní infrastrukturu\n",
        "x.txt",
    )
    assert [(s.name, s.role, s.country) for s in st.signatories] == [
        ("Pavel Dvořáček", "Náměstek ministra pro dopravní infrastrukturu", "Czechia"),
    ]
