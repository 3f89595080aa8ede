"""The parts of a raw statement: boilerplate goes, the statement's own text stays."""

from __future__ import annotations

from conftest import FIXTURES
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


def test_a_pdf_paragraph_broken_at_the_page_width_is_one_line_again():
    text = (
        "Title\n"
        "1. The Ministers responsible for energy of the participating states of the Initia-\n"
        "tive met in Tallinn to review the progress of the priority interconnection projects of the\n"
        "region, and agreed to accelerate the synchronisation of the electricity grids with the\n"
        "continental European network.\n"
        "2. The Ministers welcomed the completion of the gas interconnector between Poland and\n"
        "Lithuania.\n"
    )
    body = [ln.text for ln in split_layout(text).body]
    assert body[0].startswith("1. The Ministers") and "Initiative met in Tallinn" in body[0]
    assert body[0].endswith("continental European network.") and body[1].startswith("2. The Ministers")


def test_signature_lines_of_a_pdf_width_stay_apart():
    lines = [
        "Andreas Charalambous, ministro dell'Interno della Repubblica di Cipro",
        "Nikos Papadakis, ministro della Protezione del cittadino della Repubblica ellenica",
        "Marco Santangelo, ministro dell'Interno della Repubblica italiana",
    ]
    assert [ln.text for ln in split_layout("Title\n" + "\n".join(lines)).body] == lines


def test_a_press_contact_on_one_line_without_a_number_is_dropped():
    layout = split_layout(
        "Spoločné vyhlásenie\n1. 10. 2018\n\nMinistri podpísali spoločné vyhlásenie.\n\n"
        "Kontakt pre médiá: Katarína Hudecová, hovorkyňa ministerstva\n"
    )
    assert all("Hudecová" not in ln.text for ln in layout.body)


def test_a_line_broken_inside_an_institutions_name_is_joined_again():
    text = (
        "EU-Russia Summit\n\nSt Petersburg, 31 May 2003\n\n"
        "The European Union was represented by the Prime Minister of the Hellenic Republic, in his capacity as\n"
        "President of the European Council, and by the President of the European\n"
        "Commission, assisted by the Secretary-General of the Council/High Representative for the Common Foreign\n"
        "and Security Policy.\n"
    )
    layout = split_layout(text)
    assert any("President of the European Commission, assisted" in ln.text for ln in layout.body)


def test_a_name_broken_between_its_given_name_and_surname_is_joined_again():
    text = (
        "Joint statement\n\nBrussels, 3 March 2004\n\n"
        "The Commissioner for Transport and the Minister of Transport of the Republic of Ruritania, Teodor\n"
        "Vandrák, met in Brussels today to discuss the financing of the new rail corridor across the border region\n"
        "and agreed on the following joint statement about the next steps and the timetable of the works.\n"
    )
    layout = split_layout(text)
    assert any("Ruritania, Teodor Vandrák, met" in ln.text for ln in layout.body)


def test_signature_columns_of_three_rows_become_one_block_per_column():
    from statements.parsing.layout import Line, _unfold_columns

    rows = [
        "For the European Parliament    For the Council    For the Commission",
        "The Vice-President    The President    The Vice-President",
        "Anna RIVERA    Paul MARTIN    Greta LUND",
    ]
    out = _unfold_columns([Line(n, t) for n, t in enumerate(rows, 1)])
    assert [ln.text for ln in out] == [
        "For the European Parliament",
        "The Vice-President",
        "Anna RIVERA",
        "For the Council",
        "The President",
        "Paul MARTIN",
        "For the Commission",
        "The Vice-President",
        "Greta LUND",
    ]


def test_signature_columns_flattened_to_single_spaces_are_split_at_each_for_and_each_repeated_office():
    from statements.parsing.layout import Line, _unfold_columns

    rows = [
        "For the European Parliament For the Council For the European Commission",
        "The President The President The President",
    ]
    out = _unfold_columns([Line(n, t) for n, t in enumerate(rows, 1)])
    assert [ln.text for ln in out] == [
        "For the European Parliament",
        "The President",
        "For the Council",
        "The President",
        "For the European Commission",
        "The President",
    ]


def test_croatian_serbian_and_bosnian_are_told_apart_by_their_spelling():
    from statements.parsing.language import detect_language

    serbian = (
        "Ministar unutrašnjih poslova Republike Srbije i ministar unutrašnjih poslova Mađarske potpisali su danas u "
        "Beogradu zajedničku izjavu. Ministri su se saglasili da će policije pojačati patrole na granici sa Severnom "
        "Makedonijom i da će Srbija uskladiti viznu politiku sa politikom Evropske unije. Sledeći sastanak biće u maju."
    )
    croatian = (
        "Predsjednik Vlade Republike Hrvatske i predsjednica Europske komisije potpisali su danas u Zagrebu "
        "zajedničku izjavu o suradnji. Hrvatska će nastaviti pripreme za ulazak u europodručje, a sljedeći sastanak "
        "održat će se idućeg tjedna u Bruxellesu, uoči sjednice Europskog vijeća."
    )
    bosnian = (
        "Predsjedavajući Vijeća ministara Bosne i Hercegovine i komesar za proširenje potpisali su danas u "
        "Luksemburgu Sporazum o stabilizaciji i pridruživanju s Evropskom unijom. Sljedeći korak je ratifikacija, "
        "a Vijeće ministara će o tome raspravljati na sjednici idući mjesec."
    )
    assert [detect_language(t) for t in (serbian, croatian, bosnian)] == ["sr", "hr", "bs"]


def test_the_language_model_read_in_one_piece_is_the_model_py3langid_reads():
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    from statements.parsing.language import _read_model

    ours = _read_model(MODEL_DIR / MODEL_FILE, LanguageIdentifier)
    theirs = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    assert ours.nb_classes == theirs.nb_classes and ours.tk_output == theirs.tk_output
    assert ours.tk_nextmove == theirs.tk_nextmove and ours.tk_row == theirs.tk_row
    assert (ours.nb_ptc == theirs.nb_ptc).all() and (ours.nb_pc == theirs.nb_pc).all()
    text = "Die Ministerinnen haben heute in Wien eine gemeinsame Erklärung zur Zusammenarbeit unterzeichnet."
    assert ours.classify(text) == theirs.classify(text)


def test_the_language_models_walk_over_every_byte_at_once_finds_what_py3langids_walk_finds():
    """`_features` steps every byte's state at once, `window` times; py3langid's walk steps byte after byte. Both must
    find the same features in the same order (the scores add them up in that order) on every fixture."""
    from py3langid.langid import visit_counts

    from statements.parsing import language
    from statements.parsing.sources import SourceError, read_source

    ident = language._identifier()
    assert ident.window >= 4  # (the model's byte sequences are up to four letters long, more in UTF-8)
    samples = [b"", b"a", "Καλημέρα".encode()]
    for path in sorted(FIXTURES.rglob("*")):
        if path.suffix in (".txt", ".md"):
            try:
                samples.append(ident._encode(read_source(path).text[: language.SAMPLE_CHARS]))
            except SourceError:  # (the robustness fixtures' empty and unreadable files)
                continue
    for sample in samples:
        theirs = visit_counts(ident.tk_nextmove, ident._rowbase, ident.tk_output, sample)
        ours = language._features(ident, sample)
        assert (list(ours.items()) if ours else None) == (list(theirs.items()) if theirs else None), sample[:60]


def test_the_decompressed_copy_of_the_language_model_detects_as_the_model_does(tmp_path, monkeypatch):
    from statements.parsing import language

    texts = [
        "Die Ministerinnen haben heute in Wien eine gemeinsame Erklärung zur Zusammenarbeit unterzeichnet.",
        "Les ministres ont signé aujourd'hui à Paris une déclaration commune sur la coopération.",
        "Ministrowie podpisali dziś w Warszawie wspólną deklarację o współpracy transgranicznej.",
        "Οι υπουργοί υπέγραψαν σήμερα στην Αθήνα κοινή δήλωση για τη συνεργασία.",
    ]
    monkeypatch.setattr(language, "MODEL_COPY_DIR", tmp_path / "share")
    (tmp_path / "share").mkdir()
    stale = tmp_path / "share" / "language-model-000000000000.npz"  # an earlier format's copy
    stale.write_bytes(b"an old copy")
    language._load_identifier.cache_clear()
    try:
        decompressed = [language._identifier().classify(t) for t in texts]  # the first load writes the copy
        (copy,) = (tmp_path / "share").glob("language-model-*.npz")  # and removes the stale one
        language._load_identifier.cache_clear()
        assert [language._identifier().classify(t) for t in texts] == decompressed
        copy.write_bytes(b"not a model")  # a damaged copy is read past: the model is decompressed again
        language._load_identifier.cache_clear()
        assert [language._identifier().classify(t) for t in texts] == decompressed
    finally:
        language._load_identifier.cache_clear()


def test_the_language_model_loads_once_when_a_detection_asks_for_it_during_a_background_load():
    from statements.parsing import language

    language._load_identifier.cache_clear()
    loading = language.load_model_in_background()
    assert language.detect_language("The ministers signed a joint statement on cooperation in Brussels today.") == "en"
    loading.join()
    assert language._load_identifier.cache_info().misses == 1


def test_the_parliaments_reference_and_the_councils_presse_number_but_not_a_french_release_heading():
    from statements.parsing.identifiers import find_identifiers

    assert find_identifiers(["REF.: 20161129IPR53716"]) == ["20161129IPR53716"]
    assert find_identifiers(["10856/06 (Presse 189)"]) == ["10856/06", "Presse 189"]
    assert find_identifiers(["Communiqué de presse 41/21"]) == ["41/21"]


def test_the_european_councils_document_numbers_and_a_labelled_reference_number():
    from statements.parsing.identifiers import find_identifiers

    assert find_identifiers(["EUCO 61/19", "PRESSE 12", "PR PCE 34"]) == ["EUCO 61/19", "PRESSE 12", "PR PCE 34"]
    assert find_identifiers(["Reference Number: PR200417, Release Date: Apr 17, 2020"]) == ["PR200417"]


def test_a_line_is_boilerplate_as_when_the_cookie_notice_was_one_branch_of_the_pattern():
    """The cookie notice is tried apart, on lines with one of its words: the same lines are page chrome."""
    import random
    import re

    from statements.parsing.layout import BOILERPLATE_RE, COOKIE_WORDS, is_boilerplate
    from statements.parsing.patterns import FACTORED_FROM

    source = FACTORED_FROM[BOILERPLATE_RE].removesuffix(r")\s*$") + rf"|.{{0,300}}\b(?:{COOKIE_WORDS})\b.{{0,300}})\s*$"
    whole = re.compile(source, re.IGNORECASE)
    lines = sorted({ln for p in FIXTURES.glob("*/*.txt") for ln in p.read_text("utf-8", errors="replace").splitlines()})
    lines = random.Random(3).sample(lines, 4000) + [
        "We use cookies to improve your experience.",
        "Ta stran uporablja piškotke.",
        "COOKIES",
        "Cookies policy » Privacy",
        "A cookie-free line about the summit",
    ]
    assert [bool(whole.match(ln)) for ln in lines] == [is_boilerplate(ln) for ln in lines]
    assert sum(map(is_boilerplate, lines)) > 20


def test_every_pattern_tried_only_on_lines_with_a_slash_needs_one():
    """A line without a slash skips SLASHED_RES: each of them must be unable to match without one (read from the
    pattern's parse: a slash outside every optional part and in every branch)."""
    import re._parser as sre

    from statements.parsing.identifiers import OTHER_RES, SLASHED_RES

    def needs(items) -> bool:
        for op, av in items:
            if op is sre.LITERAL and av == ord("/"):
                return True
            if op is sre.SUBPATTERN and needs(av[3]):
                return True
            if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] >= 1 and needs(av[2]):
                return True
            if op is sre.BRANCH and all(needs(branch) for branch in av[1]):
                return True
        return False

    assert all(needs(sre.parse(p.pattern, p.flags)) for p in SLASHED_RES)
    assert not any(needs(sre.parse(p.pattern, p.flags)) for p in OTHER_RES)  # (else it belongs above)


def test_a_column_cell_broken_over_two_lines_is_one_cell():
    from statements.parsing import parse_statement

    st = parse_statement(
        "Declaration on protein crops\n\nBrussels, 17 July 2017\n\nThe ministers declare their intention to grow soya.\n\n"
        "For the French Republic         For the Federal Republic of     For the Hellenic Republic\n"
        "                                Germany\n"
        "……………………………             ……………………………             ……………………………\n"
        "For Hungary                     For the Italian Republic        For the Grand Duchy of\n"
        "                                                                Luxembourg\n"
        "……………………………             ……………………………             ……………………………\n",
        "x.txt",
    )
    assert sorted(s.country for s in st.signatories) == ["France", "Germany", "Greece", "Hungary", "Italy", "Luxembourg"]


def test_a_line_that_ends_with_a_long_article_goes_on():
    text = (
        "Gemeinsame Erklärung\n\nWien, 14. Mai 2018\n\n"
        "Die Innenminister der Republik Österreich und der Republik Slowenien haben heute, Montag, bei einem\n"
        "Arbeitstreffen im Palais Modena in Wien die folgende gemeinsame Erklärung zur Grenzsicherung angenommen:\n"
    )
    assert any("bei einem Arbeitstreffen im Palais" in ln.text for ln in split_layout(text).body)


def test_a_name_broken_after_its_office_and_given_name_is_joined_again():
    text = (
        "Danmark og Grækenland vil presse EU\n\nKøbenhavn, 3. maj 2023\n\n"
        "Sundhedsminister Sofie Bech Larsen (S) og hendes græske kollega, sundhedsminister Stavros\n"
        "Papadimas, har onsdag i København underskrevet en fælles erklæring om bekæmpelse af resistens.\n"
    )
    assert any("sundhedsminister Stavros Papadimas, har" in ln.text for ln in split_layout(text).body)


def test_a_name_or_place_broken_before_its_full_stop_or_its_bracket_is_joined_again():
    text = (
        "Comunicado conjunto\n\nMadrid, 12 de junio de 2023\n\n"
        "El ministro de Asuntos Exteriores ha recibido hoy en el Palacio de Viana al ministro de Chipre, Andreas\n"
        "Kyprianou. Al término de la reunión, ambos ministros han suscrito el siguiente comunicado conjunto sobre\n"
        "el agua, en la sesión celebrada en la ciudad de Port\n"
        "Moresby (Papua New Guinea) con los demás ministros de la región y de la Unión Europea y sus socios.\n"
    )
    body = " ".join(ln.text for ln in split_layout(text).body)
    assert "Chipre, Andreas Kyprianou. Al término" in body
    assert "ciudad de Port Moresby (Papua" in body


def test_a_line_ending_on_a_days_number_goes_on_with_its_month():
    layout = split_layout(
        "Yhteinen julkilausuma\n\nHelsinki 3.10.2021\n\n"
        "Ministerit toivovat, että Eurooppa-neuvosto käsittelee ilmasto- ja energiakysymyksiä kokouksessaan 21.–22.\n"
        "lokakuuta tavalla, joka tunnustaa metsien roolin. He aikovat myös esitellä yhteisiä näkemyksiään\n"
        "YK:n ilmastokokouksessa, joka järjestetään Glasgow'ssa marraskuussa, ja tukea kunnianhimoisia\n"
        "tavoitteita kaikissa EU:n jäsenvaltioissa ja niiden naapurimaissa sekä koko Itämeren alueella.\n"
    )
    assert any("21.–22. lokakuuta" in ln.text for ln in layout.body)


def test_a_press_release_number_after_a_colon_or_a_plain_n():
    from statements.parsing.identifiers import find_identifiers

    assert find_identifiers(["Pressemitteilung: 071/2016"]) == ["071/2016"]
    assert find_identifiers(["Comunicato stampa n. 187"]) == ["187"]


def test_a_lithuanian_photo_credit_is_chrome():
    from statements.parsing.layout import split_layout

    layout = split_layout("Bendras pareiškimas\nKrašto apsaugos ministerija\n\n2024-02-14\n\nTekstas.\n\nNuotr. KAM\n")
    assert "Nuotr. KAM" not in [ln.text for ln in layout.body]


def test_a_wrapped_line_ending_on_a_bare_day_or_on_a_name_after_of_the_goes_on():
    layout = split_layout(
        "Parliamentarians meet\n\nStrasbourg, 14 April 2016\n\n"
        "Ana Novak, chair of the Delegation for relations with Ghana, and Kofi Mensah, chair of the Committee of the\n"
        "Parliament of Ghana, who co-chaired the meeting of the two delegations in Strasbourg on 13 and 14\n"
        "April, issued the following joint statement:\n"
    )
    assert any(ln.text.startswith("Ana Novak") and ln.text.endswith("statement:") for ln in layout.body)


def test_a_wrapped_line_ending_on_a_conjunction_goes_on():
    layout = split_layout(
        "Gemeinsame Erklärung\n\nLinz, 18.11.2022\n\n"
        "Nach einem Treffen mit den Feuerwehren aus beiden Ländern betonten die beiden Landesräte erneut, dass\n"
        "Einsatzkräfte im Grenzraum künftig ohne Verzögerung über die Grenze fahren dürfen, wo es am schnellsten ist.\n"
    )
    assert any(ln.text.endswith("schnellsten ist.") and ln.text.startswith("Nach") for ln in layout.body)


def test_a_wrapped_line_goes_on_with_a_days_number_before_a_small_word_which_is_no_list_item():
    layout = split_layout(
        "Kopīgs paziņojums\n\nRīga, 22.06.2018.\n\n"
        "Ministri pārrunāja enerģētikas drošību reģionā un pauda cerību, ka ES ministru sanāksmē Viļņā\n"
        "7. un 8. maijā tiks pieņemti lēmumi par elektrotīklu sinhronizāciju ar kontinentālo Eiropu.\n"
    )
    assert any("Viļņā 7. un 8. maijā" in ln.text for ln in layout.body)


def test_a_page_wide_line_that_ends_on_a_slashed_office_runs_on_into_the_next():
    from statements.parsing.layout import split_layout

    text = (
        "Title\n\nThe Foreign Minister of Arvenia, the Secretary-General of the Council of the European Union/High\n"
        "Representative for the Common Foreign and Security Policy and the Commissioner for Trade met today.\n"
        "They discussed the situation in the region and agreed to meet again in the spring of next year.\n"
    )
    assert any("Union/High Representative" in ln.text for ln in split_layout(text).body)
    # (an address that ends a line is no office: "www.example.eu/press" / "Statements and remarks 468/25")
    text = (
        "Title\n\nPress office - General Secretariat of the Council - press@example.eu - www.example.eu/press\n"
        "Statements and remarks 468/25 of the General Secretariat of the Council of the European Union\n"
    )
    assert not any("press Statements" in ln.text for ln in split_layout(text).body)


def test_a_line_broken_after_a_dutch_preposition_runs_on():
    from statements.parsing.layout import split_layout

    text = (
        "Titel\n\nMinister Anke de Wit van Landbouw en Visserij en de Deense minister voor\n"
        "Voedselveiligheid, Jens Holm, hebben vandaag in Den Haag een gezamenlijke verklaring ondertekend.\n"
    )
    assert any("minister voor Voedselveiligheid, Jens Holm" in ln.text for ln in split_layout(text).body)


def test_a_page_wide_line_of_prose_that_stops_inside_an_office_runs_on():
    from statements.parsing.layout import split_layout

    text = (
        "Titolo\n\nIl Ministro dello Sviluppo Economico e del Commercio Estero della Repubblica e il Ministro delle Politiche\n"
        "Agricole della Repubblica di Slovenia si sono incontrati ieri a Trento per il terzo incontro bilaterale dei\n"
        "due Ministeri, dedicato alle filiere del legno e del latte nelle regioni di confine dei due Paesi.\n"
    )
    assert any("Ministro delle Politiche Agricole" in ln.text for ln in split_layout(text).body)
    # (but a list of signers, each line opening on a name and its comma, stays a list)
    text = (
        "Titolo\n\nsottoscritta da Marco Bellini, ministro dei Trasporti e delle Infrastrutture della Repubblica di Malta\n"
        "Carla Mendes Rocha, ministra delle Infrastrutture e dei Trasporti della Repubblica Portoghese\n"
    )
    assert not any("Malta Carla" in ln.text for ln in split_layout(text).body)


def test_a_page_wide_line_of_prose_that_stops_inside_a_bodys_name_of_several_words_runs_on():
    from statements.parsing.layout import split_layout

    text = (
        "Title\n\nAt the close of the meeting the two co-chairs, Ana Lindqvist, who heads the delegation to the Andean\n"
        "parliament, and Kenji Watanabe, the long-serving chair of the Japan-European Union Parliamentary\n"
        "Friendship League of the House of Councillors, issued the following joint statement on trade:\n"
    )
    assert any("Parliamentary Friendship League of the House" in ln.text for ln in split_layout(text).body)


def test_a_two_line_paragraph_whose_short_last_line_goes_on_in_small_letters_is_one_line():
    from statements.parsing.layout import split_layout

    text = (
        "Titolo\n\nNel corso del colloquio sono stati affrontati anche i temi del prossimo Consiglio\n"
        "europeo del 14 e 15 ottobre a Lussemburgo.\n\nAltro paragrafo.\n"
    )
    assert any("Consiglio europeo del 14" in ln.text for ln in split_layout(text).body)


def test_a_pages_trail_over_its_dateline_label_is_not_joined_to_it():
    from statements.parsing import parse_statement

    st = parse_statement(
        "Arvenian and European parliamentarians meet\nEuropean Parliament\nNews\nPress Releases\n"
        "Home > Press room > Arvenian and European parliamentarians call for a review of the Partnership Agreement\n"
        "Press release - External relations - 07-04-2016 - 16:30\n\nMembers met in Kestrel this week.\n",
        "x.txt",
    )
    assert st.date == "2016-04-07"


def test_a_german_page_wide_line_that_ends_on_an_adjective_before_its_noun_runs_on():
    from statements.parsing.layout import split_layout

    text = (
        "Titel\n\nDie Bundesministerin für Bildung und der Bildungsminister der Republik Österreich sind heute in Graz\n"
        "anlässlich der Eröffnung der gemeinsamen Ausstellung zur Ausbildung im Haus der Kunst im Rahmen der jährlichen\n"
        "Preisverleihung im Landhaus zu einem langen Gespräch über die Berufsbildung zusammengetroffen.\n"
    )
    assert any("der jährlichen Preisverleihung" in ln.text for ln in split_layout(text).body)


COLUMNS_UNDER_A_HEAD = """Gemeinsame Erklärung zum Radweg

Linz, 3. Mai 2007

Beide Seiten bauen den Radweg gemeinsam aus.

Für das Land Oberösterreich                       Für die Tschechische Republik

Mag. Ferdinand Wimmesberger                       Ing. Jaroslav Dobeš
Landesrat für Verkehr, Umwelt-                    Minister für Regionalentwick-
schutz und Naturschutz                            lung und Tourismus
"""


def test_signature_columns_under_a_head_row_across_a_blank_line_with_words_broken_at_their_hyphens():
    lines = [ln.text for ln in split_layout(COLUMNS_UNDER_A_HEAD).body]
    assert lines[-6:] == [
        "Für das Land Oberösterreich",
        "Mag. Ferdinand Wimmesberger",
        "Landesrat für Verkehr, Umweltschutz und Naturschutz",
        "Für die Tschechische Republik",
        "Ing. Jaroslav Dobeš",
        "Minister für Regionalentwicklung und Tourismus",
    ]


def test_a_hard_wrapped_line_that_ends_on_a_weekday_in_small_letters_runs_on():
    lines = [
        ln.text
        for ln in split_layout(
            "Közös nyilatkozat a vasútról\n\nLendva, (MTI) -\n"
            "A magyar közlekedési miniszter és a szlovén infrastrukturális miniszter és helyettese hétfőn\n"
            "Lendván közös nyilatkozatot írt alá a vasútvonal felújításáról és a menetrendek összehangolásáról.\n"
        ).body
    ]
    assert lines[-1].startswith("A magyar közlekedési miniszter") and lines[-1].endswith("összehangolásáról.")


def test_a_wrapped_line_runs_on_into_one_that_names_a_pair_of_places_with_a_dash():
    lines = [
        ln.text
        for ln in split_layout(
            "Zajednička izjava o graničnom prijelazu\n\nDubrovnik, 4. svibnja 2011.\n\n"
            "Ministar unutarnjih poslova Republike Hrvatske Zvonimir Kaštelan i ministar unutarnjih poslova Republike\n"
            "Slovenije Vid Rožanec sastali su se danas na graničnom prijelazu Bregana – Obrežje te potpisali\n"
            "zajedničku izjavu.\n"
        ).body
    ]
    assert lines[-1].startswith("Ministar unutarnjih poslova") and lines[-1].endswith("zajedničku izjavu.")


def test_signature_lines_for_whom_each_signs_stay_apart_though_their_articles_differ():
    lines = [
        ln.text
        for ln in split_layout(
            "Declaración conjunta\n\nMadrid, 3 de mayo de 2016\n\nAmbos Gobiernos reforzarán su cooperación.\n\n"
            "Firmado por:\nPor el Reino de España: Ana Belén Quintanilla Orduña, ministra de Fomento y de Asuntos Portuarios\n"
            "Por la República de Estonia: Kalev Tamm-Saarepuu, ministro de Economía e Infraestructuras del Estado\n"
        ).body
    ]
    assert lines[-2].startswith("Por el Reino de España") and lines[-1].startswith("Por la República de Estonia")


def test_a_line_of_long_words_broken_between_a_given_name_and_its_surname_is_joined_again():
    text = (
        "Yhteinen julkilausuma\n\nHelsinki 4.3.2014\n\n"
        "Liikenne- ja viestintäministeri Aino Mäkelä-Rautio ja Viron talous- ja infrastruktuuriministeri Margus\n"
        "Tammsaare-Kivi tapasivat tiistaina Helsingissä ja allekirjoittivat yhteisen julkilausuman lauttaliikenteestä\n"
        "sekä rautatieyhteyksien kehittämisestä Suomenlahden molemmin puolin.\n"
    )
    layout = split_layout(text)
    assert any("infrastruktuuriministeri Margus Tammsaare-Kivi tapasivat" in ln.text for ln in layout.body)


def test_in_a_row_of_offices_one_cell_going_on_carries_the_others():
    text = (
        "Joint Declaration\n\nDone at Narva on 2 June 2011.\n\nThe Parties agree to open the new bridge.\n\n"
        "Mart Kivirähk-Lõhmus                                  Ēriks Zariņš\n"
        "Minister of Economic Affairs                          Minister of Transport\n"
        "and Communications                                    of the Republic of Latvia\n"
    )
    lines = [ln.text for ln in split_layout(text).body]
    assert "Minister of Economic Affairs and Communications" in lines
    assert "Minister of Transport of the Republic of Latvia" in lines


def test_a_wrapped_paragraph_straight_under_a_title_longer_than_the_page_is_joined_again():
    title = "Joint statement by the European Commissioner and the Ministers of Transport of Arvenia and Borlandia on the new railway line across the mountains"
    text = (
        f"{title}\nEuropean Commission - Press release\n{title}\nDelvia, 3 May 2016\n"
        "The Commissioner for Transport, the Arvenian Minister of Infrastructure and Transport, Tomas Vell, and the\n"
        "Minister of Transport of Borlandia, Ines Morrow-Hale, met today at the border station of Delvia and agreed\n"
        "on the following joint statement about the timetable of the works.\n"
    )
    layout = split_layout(text)
    assert any("Tomas Vell, and the Minister of Transport of Borlandia" in ln.text for ln in layout.body)
