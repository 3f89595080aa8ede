"""What the pages show beyond one statement, derived once in the archive: tested on small hand-made archives."""

from __future__ import annotations

from statements.linking import Urls, build_archive
from statements.parsing import Meeting, Signatory, Statement, Topic
from statements.parsing.people import PeopleRegistry, Person, Role

URLS = Urls({"PERSON_URL": "people/{slug}/", "MEETING_URL": "meetings/{slug}/", "YEAR_URL": "years/{slug}/"})


def person(slug: str, role: str | None = None, country: str | None = None, org: str | None = None) -> Signatory:
    return Signatory(name=slug.replace("-", " ").title(), role=role, country=country, organisation=org, person=slug)


def statement(
    slug: str, date: str | None, *signers: Signatory, themes: tuple[str, ...] = (), meetings: tuple[Meeting, ...] = ()
) -> Statement:
    return Statement(
        source=f"{slug}.txt",
        slug=slug,
        title=slug.replace("-", " "),
        date=date,
        language="en",
        signatories=signers,
        topics=tuple(Topic(t, t.title()) for t in themes),
        meetings=meetings,
    )


ANA, PETAR, JANA = person("ana-novak", country="Croatia"), person("petar-orlic"), person("jana-horvat")


def test_co_signatories_are_counted_and_the_person_is_not_their_own():
    archive = build_archive(
        [
            statement("a", "2020-01-01", ANA, PETAR),
            statement("b", "2020-02-01", ANA, PETAR, JANA),
            statement("c", "2020-03-01", ANA, JANA),
            statement("d", "2020-04-01", PETAR, JANA),
        ],
        URLS,
    )
    people = [(c.slug, c.count) for c in archive.people["ana-novak"].facets.people]
    assert people == [("jana-horvat", 2), ("petar-orlic", 2)]  # ties by name


def test_themes_a_person_signs_on_and_a_theme_s_top_signatories():
    archive = build_archive(
        [
            statement("a", "2020-01-01", ANA, themes=("migration", "security")),
            statement("b", "2021-01-01", ANA, PETAR, themes=("migration",)),
        ],
        URLS,
    )
    assert [(c.slug, c.count) for c in archive.people["ana-novak"].facets.themes] == [("migration", 2), ("security", 1)]
    assert [(c.slug, c.count) for c in archive.themes["migration"].facets.people] == [
        ("ana-novak", 2),
        ("petar-orlic", 1),
    ]
    assert [c.slug for c in archive.themes["migration"].facets.themes] == ["security"]  # related themes


def test_statements_per_year_include_the_empty_years_a_chart_must_show():
    archive = build_archive(
        [
            statement("a", "2016-05-01", ANA, themes=("trade",)),
            statement("b", "2019-05-01", ANA, themes=("trade",)),
            statement("c", None, ANA, themes=("trade",)),
        ],
        URLS,
    )
    assert [(c.slug, c.count) for c in archive.themes["trade"].facets.years] == [
        ("2016", 1),
        ("2017", 0),
        ("2018", 0),
        ("2019", 1),
    ]
    assert list(archive.years) == ["2019", "2016", "undated"]
    assert archive.years["undated"].name == "Date unknown"


def test_previous_and_next_follow_the_date_and_undated_statements_chain_apart():
    archive = build_archive(
        [
            statement("b", "2020-02-01", ANA),
            statement("a", "2020-01-01", ANA),
            statement("c", "2020-03-01", ANA),
            statement("x", None, ANA),
            statement("y", None, ANA),
        ],
        URLS,
    )
    assert (archive.neighbours["b"].previous, archive.neighbours["b"].next) == ("a", "c")
    assert archive.neighbours["a"].previous is None and archive.neighbours["c"].next is None
    assert {archive.neighbours["x"].previous, archive.neighbours["x"].next} <= {"y", None}
    assert "x" not in (archive.neighbours["a"].previous, archive.neighbours["c"].next)


def test_related_statements_share_signatories_before_themes():
    archive = build_archive(
        [
            statement("base", "2020-01-01", ANA, PETAR, themes=("trade",)),
            statement("same-people", "2019-01-01", ANA, PETAR),
            statement("same-theme", "2020-01-02", JANA, themes=("trade",)),
            statement("one-person", "2020-01-03", ANA),
            statement("unrelated", "2020-01-01", person("someone-else"), themes=("health",)),
        ],
        URLS,
    )
    assert archive.related["base"] == ("same-people", "one-person")  # one shared theme alone is not enough
    assert "unrelated" not in archive.related["base"]


def test_meeting_series_occurrences_announcements_and_participants():
    def forum(date: str, relation: str) -> Meeting:
        return Meeting("Danube Forum", date, "Velmora", relation, series="danube-forum")

    archive = build_archive(
        [
            statement("announce", "2020-05-01", ANA, meetings=(forum("2020-06-10", "referenced"),)),
            statement(
                "issued",
                "2020-06-10",
                ANA,
                PETAR,
                Signatory(None, country="Austria"),
                meetings=(forum("2020-06-10", "held"),),
            ),
            statement("looking-back", "2020-07-01", JANA, meetings=(forum("2020-06-10", "referenced"),)),
            statement("next-year", "2021-06-01", JANA, meetings=(forum("2021-06-01", "held"),)),
        ],
        URLS,
    )
    links = archive.meeting_links["2020-06-10-danube-forum"]
    assert links.occurrences == ("2020-06-10-danube-forum", "2021-06-01-danube-forum")
    assert links.announced_before == ("announce",) and links.mentioned_after == ("looking-back",)
    assert links.participants == ("ana-novak", "petar-orlic") and links.countries == ("Austria",)
    assert archive.person_meetings["petar-orlic"] == ("2020-06-10-danube-forum",)
    assert archive.recent_meetings == ("2021-06-01-danube-forum", "2020-06-10-danube-forum")


def test_a_long_series_lists_the_nearest_occurrences_not_all_of_them():
    from statements.linking.meetings import SERIES_WINDOW

    years = range(2001, 2031)  # thirty yearly occurrences: a page listing all of them on each would grow as n²
    archive = build_archive(
        [
            statement(
                f"s{y}",
                f"{y}-06-10",
                ANA,
                meetings=(Meeting("Danube Forum", f"{y}-06-10", None, "held", series="danube-forum"),),
            )
            for y in years
        ],
        URLS,
    )
    links = archive.meeting_links["2015-06-10-danube-forum"]
    assert len(links.occurrences) == 30
    assert links.nearby == tuple(
        f"{y}-06-10-danube-forum" for y in range(2015 - SERIES_WINDOW, 2015 + SERIES_WINDOW + 1)
    )
    first = archive.meeting_links["2001-06-10-danube-forum"]
    assert first.nearby[0] == "2001-06-10-danube-forum" and len(first.nearby) == SERIES_WINDOW + 1


def test_organisations_get_pages_and_count_only_their_own_signatories():
    commissioner = person("mira-kralj", role="Commissioner for Trade", org="European Commission")
    archive = build_archive(
        [
            statement("a", "2020-01-01", commissioner, ANA),
            statement("b", "2020-02-01", Signatory(None, organisation="European Commission")),
        ],
        URLS,
    )
    page = archive.organisations["european-commission"]
    assert page.statements == ("b", "a")
    assert [c.slug for c in page.facets.people] == ["mira-kralj"]  # Ana signs for Croatia, not for it
    assert archive.numbers.organisations == 1 and archive.numbers.statements == 2


def test_roles_with_periods_come_from_the_registry_or_from_the_statements_signed():
    registry = PeopleRegistry(
        (
            Person(
                "ana-novak",
                "Ana Novak",
                roles=(
                    Role("Minister of the Interior", country="Croatia", start="2016-01-01", end="2019-12-31"),
                    Role("Prime Minister", country="Croatia", start="2020-01-01"),
                ),
            ),
        )
    )
    archive = build_archive(
        [
            statement("a", "2018-01-01", ANA, person("petar-orlic", role="Minister of Trade")),
            statement("b", "2019-06-01", person("petar-orlic", role="Minister of Trade")),
        ],
        URLS,
        registry,
    )
    assert [(r.title, r.start, r.end) for r in archive.roles["ana-novak"]] == [
        ("Prime Minister", "2020-01-01", None),
        ("Minister of the Interior", "2016-01-01", "2019-12-31"),
    ]
    (trade,) = archive.roles["petar-orlic"]
    assert (trade.title, trade.start, trade.end, trade.observed) == (
        "Minister of Trade",
        "2018-01-01",
        "2019-06-01",
        True,
    )


def test_people_index_goes_by_surname_with_diacritics_under_their_plain_letter():
    archive = build_archive(
        [
            statement(
                "a",
                "2020-01-01",
                person("zora-adamic"),
                person("ana-cupic"),
                Signatory("Ivo Čolak", person="ivo-colak"),
                Signatory("Bruno van Dam", person="bruno-van-dam"),
            )
        ],
        URLS,
    )
    assert archive.people_index == (
        ("A", ("zora-adamic",)),
        ("C", ("ivo-colak", "ana-cupic")),
        ("V", ("bruno-van-dam",)),
    )  # the particle belongs to the surname
