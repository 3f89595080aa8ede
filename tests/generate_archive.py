"""A generated archive of N raw statements with invented people and places, for tests at realistic volume.

    python tests/generate_archive.py 300 /tmp/archive      # writes statements/, data/people.yaml, data/themes.yaml

The statements are written the way real ones are (see README "Adding a statement"): title line, a
republisher's source line in Dutch or English (or a dateline, or no date at all), role-before-name
signatories with the republisher's ` i` icons, group footnotes with UPPERCASE surnames, meetings held
"today" and announced ahead with a day and month, theme keywords in the text, document numbers and press
contacts. Countries are real (the parser knows them from CLDR); people, meeting series and places are
invented. The same N and seed always give the same files.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from babel.dates import format_date

ROOT = Path(__file__).resolve().parent.parent
THEMES_YAML = ROOT / "content" / "data" / "themes.yaml"
START, END = dt.date(2015, 1, 12), dt.date(2024, 11, 29)

REGIONS = {
    "the Western Balkans": ["Albania", "Bosnia and Herzegovina", "Kosovo", "Montenegro", "North Macedonia", "Serbia"],
    "the Danube region": ["Austria", "Bulgaria", "Croatia", "Hungary", "Romania", "Slovakia", "Slovenia"],
    "the Baltic Sea region": ["Denmark", "Estonia", "Finland", "Latvia", "Lithuania", "Poland", "Sweden"],
    "the Mediterranean": ["Cyprus", "Greece", "Italy", "Malta", "Portugal", "Spain"],
}
PORTFOLIOS = {  # the ministers' post → the themes its statements are about
    "Interior": ["migration", "border-management", "security", "organised-crime", "visa-policy"],
    "Foreign Affairs": ["foreign-policy", "human-rights", "enlargement", "rule-of-law", "humanitarian-aid"],
}
COMMISSION = {  # portfolio → themes
    "Migration and Home Affairs": ["migration", "border-management", "security"],
    "Enlargement": ["enlargement", "rule-of-law"],
    "Trade": ["trade", "economy"],
    "Energy": ["energy", "climate"],
    "Health": ["health", "education"],
    "Digital Affairs": ["digital", "transport"],
}
# Named one by one, "of Bosnia and Herzegovina Ana NOVAK" reads to the parser as a person called
# "Herzegovina Ana Novak"; such countries sign only through group footnotes here.
LISTABLE = sorted(c for cs in REGIONS.values() for c in cs if " and " not in c)
COMMISSION_TERMS = [(dt.date(2014, 11, 1), dt.date(2019, 11, 30)), (dt.date(2019, 12, 1), dt.date(2024, 11, 30))]
SERIES = [  # name (one meeting noun, last), region, portfolio, places
    ("Danube Home Affairs Forum", "the Danube region", "Interior", ["Velmora", "Kastrel", "Dravik"]),
    ("Adriatic Security Dialogue", "the Western Balkans", "Interior", ["Orvieno", "Pirovac", "Tarvisa"]),
    ("Western Balkans Justice Ministerial", "the Western Balkans", "Interior", ["Solenta", "Brannik"]),
    ("Baltic Foreign Policy Forum", "the Baltic Sea region", "Foreign Affairs", ["Lindhaven", "Marestad", "Kurnas"]),
    ("Mediterranean Partnership Summit", "the Mediterranean", "Foreign Affairs", ["Calvena", "Ostrada"]),
    ("Northern Neighbourhood Ministerial", "the Baltic Sea region", "Interior", ["Brannholm", "Vesteraa"]),
]
PUBLISHERS_NL = [
    "Europese Commissie (EC)",
    "Raad van de Europese Unie (Raad)",
    "Europese Dienst voor Extern Optreden (EDEO)",
]
PUBLISHERS_EN = [
    "Council of the European Union (Council)",
    "European Commission (EC)",
    "European External Action Service (EEAS)",
]

GIVEN = [
    "Ana",
    "Petar",
    "Jana",
    "Lukas",
    "Mira",
    "Tomas",
    "Elena",
    "Marek",
    "Ilse",
    "Sven",
    "Katrin",
    "Nikos",
    "Daria",
    "Ivo",
    "Lena",
    "Otto",
    "Rasa",
    "Henrik",
    "Sofia",
    "Matej",
    "Irena",
    "Pavel",
    "Vesna",
    "Jonas",
    "Teodora",
    "Aurel",
    "Maren",
    "Emil",
    "Lotte",
    "Bruno",
    "Zora",
    "Anton",
    "Greta",
    "Filip",
    "Nadia",
    "Oskar",
    "Alma",
    "Viktor",
    "Hana",
    "Rune",
    "Eliska",
    "Dario",
    "Ines",
    "Kaspar",
    "Liv",
    "Stefan",
    "Marta",
    "Goran",
    "Signe",
    "Tibor",
    "Amalia",
    "Jurij",
]
SURNAME_PARTS = [
    (
        ["Drav", "Velj", "Kostr", "Mirk", "Radov", "Stanj", "Borj", "Zorn", "Ljub", "Petk", "Vran", "Sokol"],
        ["ović", "ević", "ić", "ak", "ek", "inski", "ar"],
    ),
    (
        ["Lindel", "Haasb", "Brenn", "Steinv", "Waldm", "Falkenr", "Norr", "Ekh", "Sjöb", "Tamm", "Kask"],
        ["er", "berg", "hoff", "quist", "ström", "sen", "el"],
    ),
    (
        ["Marv", "Belc", "Corv", "Falc", "Rosv", "Valt", "Orsin", "Terz", "Amad"],
        ["etti", "ini", "ardo", "eau", "ello", "ado", "esco"],
    ),
    (["Papan", "Karav", "Stavr", "Lefk", "Zerv"], ["opoulos", "akis", "idis", "atos"]),
]
CITIES = ["Brussels", "Luxembourg", "Strasbourg"]
TOPICS = {  # theme → phrase for titles, and sentences that carry its keywords (two hits or more each)
    "migration": (
        "migration",
        [
            "We discussed the situation along the migration routes and the need for fair and efficient asylum procedures.",
            "Irregular migration and migrant smuggling remain shared challenges that no country can address alone.",
            "We will step up the return of irregular migrants and the implementation of readmission agreements.",
            "Refugees and asylum seekers must be protected, and migration must be managed in an orderly way.",
        ],
    ),
    "border-management": (
        "border management",
        [
            "Effective border management and the protection of the external borders remain top priorities.",
            "We welcome the support of Frontex to national border guards at the common frontier.",
            "Joint patrols along the border and the exchange of information on border crossings will continue.",
        ],
    ),
    "security": (
        "security",
        [
            "Our cooperation on internal security covers terrorism, radicalisation and violent extremism.",
            "We will step up the fight against firearms trafficking and support police cooperation for our security.",
            "The threat posed by foreign terrorist fighters calls for closer security and police cooperation.",
        ],
    ),
    "organised-crime": (
        "organised crime",
        [
            "Organised crime groups profit from drug trafficking and money laundering across borders.",
            "We agreed to intensify joint investigations into trafficking in human beings and corruption.",
            "Cybercrime and organised crime require common tools to trace and confiscate criminal assets.",
        ],
    ),
    "visa-policy": (
        "visa policy",
        [
            "We discussed visa policy alignment and the conditions of visa-free travel.",
            "The visa liberalisation benchmarks must continue to be met, and visa policy kept aligned.",
        ],
    ),
    "foreign-policy": (
        "regional security",
        [
            "We call for an immediate ceasefire and a return to diplomacy, in full respect of sovereignty.",
            "We reaffirm our support for the sovereignty and territorial integrity of all states in the region.",
            "Sanctions will remain in place until the conflict ends and the peace process resumes.",
        ],
    ),
    "human-rights": (
        "human rights",
        [
            "Human rights and fundamental freedoms, including freedom of expression, must be respected.",
            "We support civil society and the protection of minorities as the basis of democracy.",
            "Free and fair elections are a cornerstone of democracy and human rights.",
        ],
    ),
    "enlargement": (
        "enlargement",
        [
            "The accession process remains based on merit, and enlargement is a strategic investment in peace.",
            "We encourage the candidate countries to continue the reforms needed for accession.",
            "The future of the Western Balkans lies in the European Union; enlargement policy stays credible.",
        ],
    ),
    "rule-of-law": (
        "the rule of law",
        [
            "The rule of law, an independent judiciary and effective prosecution of corruption are essential.",
            "We support justice reform so that judges can work independently and courts serve the rule of law.",
        ],
    ),
    "humanitarian-aid": (
        "humanitarian aid",
        [
            "Humanitarian access must be guaranteed so that relief reaches civilians in need.",
            "We will increase humanitarian aid for displaced people and protect civilians from famine.",
        ],
    ),
    "trade": (
        "trade",
        [
            "Open and fair trade, with lower tariffs and better market access, benefits our economies.",
            "We will work together on customs cooperation and trade facilitation to support exports.",
        ],
    ),
    "economy": (
        "economic recovery",
        [
            "Investment and economic growth must go hand in hand with sound fiscal policies and jobs.",
            "The economic recovery calls for investment in infrastructure and support for the economy.",
        ],
    ),
    "energy": (
        "energy security",
        [
            "Energy security requires diversified gas supply and new electricity interconnections.",
            "We will accelerate renewable energy projects and modernise energy infrastructure.",
        ],
    ),
    "climate": (
        "climate action",
        [
            "Climate action under the Paris Agreement requires deep cuts in emissions by all.",
            "We commit to reduce carbon emissions and to reach climate neutrality.",
        ],
    ),
    "health": (
        "public health",
        [
            "Public health systems must be ready for the next pandemic, with fair access to vaccines.",
            "We will cooperate on health security, medicines and hospital capacity.",
        ],
    ),
    "education": (
        "education and research",
        [
            "Education and research cooperation gives students and young researchers new opportunities.",
            "We support youth exchanges, universities and research and innovation networks.",
        ],
    ),
    "digital": (
        "digital cooperation",
        [
            "Digital connectivity and cyber resilience are essential for our digital economy.",
            "We will work on data protection, artificial intelligence and cyber security.",
        ],
    ),
    "transport": (
        "transport connectivity",
        [
            "Transport connectivity, from railway lines to motorways, brings our regions closer.",
            "We will invest in transport infrastructure and modern railway connections.",
        ],
    ),
}


@dataclass
class Person:
    name: str
    surname: str
    country: str | None = None
    organisation: str | None = None
    roles: list[dict] = field(default_factory=list)


@dataclass
class World:
    people: list[Person]
    holders: dict[tuple[str, str], list[tuple[dt.date, dt.date, Person]]]  # (post, where) → terms


def _invent_people(rng: random.Random) -> World:
    used_surnames: set[str] = set()
    used_given: list[str] = []

    def new_person() -> tuple[str, str]:
        while True:
            stems, endings = rng.choice(SURNAME_PARTS)
            surname = rng.choice(stems) + rng.choice(endings)
            if surname not in used_surnames:
                used_surnames.add(surname)
                given = rng.choice(GIVEN)
                used_given.append(given)
                return f"{given} {surname}", surname

    people: list[Person] = []
    holders: dict[tuple[str, str], list[tuple[dt.date, dt.date, Person]]] = {}
    countries = sorted({c for cs in REGIONS.values() for c in cs})
    for country in countries:
        for portfolio in PORTFOLIOS:
            terms, day = [], START - dt.timedelta(days=rng.randint(100, 700))
            while day < END:
                end = min(day + dt.timedelta(days=rng.randint(700, 1700)), dt.date(2025, 6, 30))
                name, surname = new_person()
                title = f"Minister of {portfolio}"
                p = Person(
                    name,
                    surname,
                    country=country,
                    roles=[{"title": title, "country": country, "from": day, "until": end}],
                )
                people.append(p)
                terms.append((day, end, p))
                day = end + dt.timedelta(days=1)
            holders[(f"Minister of {portfolio}", country)] = terms
    for portfolio in COMMISSION:
        terms = []
        for start, end in COMMISSION_TERMS:
            name, surname = new_person()
            title = f"Commissioner for {portfolio}"
            p = Person(
                name,
                surname,
                organisation="European Commission",
                roles=[{"title": title, "organisation": "European Commission", "from": start, "until": end}],
            )
            people.append(p)
            terms.append((start, end, p))
        holders[(f"Commissioner for {portfolio}", "European Commission")] = terms
    terms = []
    for start, end in COMMISSION_TERMS:
        name, surname = new_person()
        p = Person(
            name,
            surname,
            organisation="European Union",
            roles=[{"title": "High Representative", "organisation": "European Union", "from": start, "until": end}],
        )
        people.append(p)
        terms.append((start, end, p))
    holders[("High Representative", "European Union")] = terms
    return World(people, holders)


def _holder(world: World, post: str, where: str, day: dt.date | None) -> Person:
    terms = world.holders[(post, where)]
    if day is None:
        return terms[-1][2]
    for start, end, person in terms:
        if start <= day <= end:
            return person
    return terms[-1][2] if day > terms[-1][1] else terms[0][2]


def _upper(person: Person, rng: random.Random) -> str:
    """'Ana Dravović' → 'Ana DRAVOVIĆ' (sometimes without diacritics, as republishers write it)."""
    surname = person.surname.upper()
    if rng.random() < 0.2:
        surname = surname.translate(str.maketrans("ĆČŠŽĐÖÄÅ", "CCSZDOAA"))
    return f"{person.name[: -len(person.surname)]}{surname}"


def _source_line(day: dt.date | None, rng: random.Random) -> list[str]:
    if day is None:
        return []
    style = rng.random()
    if style < 0.5:
        return [
            (
                f"Met dank overgenomen van {rng.choice(PUBLISHERS_NL)} i, gepubliceerd op "
                f"{format_date(day, 'EEEE d MMMM y', locale='nl')}."
            )
        ]
    if style < 0.85:
        return [
            (
                f"Source: {rng.choice(PUBLISHERS_EN)} i, published on {format_date(day, 'EEEE, MMMM d y', locale='en')}, "
                f"{rng.randint(7, 22)}:{rng.randint(0, 59):02d}."
            )
        ]
    return []  # only a dateline in the body


def _body(themes: list[str], rng: random.Random) -> list[str]:
    paragraphs = []
    for theme in themes:
        sentences = TOPICS[theme][1]
        paragraphs.append(" ".join(rng.sample(sentences, min(2, len(sentences)))))
    paragraphs.append(
        rng.choice(
            [
                "We will continue to work closely together and will review progress at our next meeting.",
                "We remain committed to close cooperation and to the goals set out in this statement.",
                "Our cooperation is built on shared values and a shared responsibility for the region.",
            ]
        )
    )
    return paragraphs


def _phrase(themes: list[str]) -> str:
    words = [TOPICS[t][0] for t in themes[:2]]
    return " and ".join(words)


@dataclass
class Slot:
    day: dt.date | None
    series: tuple | None = None
    place: str | None = None
    relation: str | None = None  # "held" / "announces"
    meeting_day: dt.date | None = None


def _slots(n: int, rng: random.Random) -> list[Slot]:
    """When each statement is dated and which meeting it is issued at or announces."""
    slots: list[Slot] = []
    occurrences_each = max(1, round(n * 0.55 / (2.5 * len(SERIES))))
    span = (END - START).days
    for series in SERIES:
        for k in range(occurrences_each):
            day = START + dt.timedelta(days=int(span * (k + rng.uniform(0.1, 0.9)) / occurrences_each))
            place = series[3][k % len(series[3])]
            for _ in range(rng.choice((1, 1, 2))):
                slots.append(Slot(day, series, place, "held", day))
            ahead = day - dt.timedelta(days=rng.randint(12, 50))
            if ahead > START:
                slots.append(Slot(ahead, series, place, "announces", day))
    rng.shuffle(slots)
    slots = slots[: int(n * 0.7)]
    while len(slots) < n:
        undated = rng.random() < 0.04
        slots.append(Slot(None if undated else START + dt.timedelta(days=rng.randint(0, span))))
    return slots


def _meeting_sentence(slot: Slot) -> str:
    name = slot.series[0]
    if slot.relation == "held":
        return f"At today's {name} in {slot.place}, we took stock of our cooperation and agreed on the next steps."
    m = slot.meeting_day
    return f"We look forward to the upcoming {name} taking place on {format_date(m, 'd MMMM', locale='en')} in {slot.place}."


def _statement(i: int, slot: Slot, world: World, rng: random.Random) -> str:
    day = slot.day
    kind = (
        "group"
        if slot.series
        else rng.choices(["named", "commissioners", "countries", "institutions", "hrvp"], [4, 3, 2, 1, 2])[0]
    )
    lines: list[str] = []
    footnotes: list[str] = []
    if slot.series:
        _, region, portfolio, _ = slot.series
        themes = rng.sample(PORTFOLIOS[portfolio], rng.choice((2, 2, 3)))
    elif kind in ("commissioners", "institutions"):
        themes = rng.sample(COMMISSION[rng.choice(sorted(COMMISSION))], 2)
    else:
        portfolio = rng.choice(sorted(PORTFOLIOS))
        themes = rng.sample(PORTFOLIOS[portfolio], 2)

    if kind == "group":
        countries = REGIONS[region]
        commissioners = [c for c in sorted(COMMISSION) if set(COMMISSION[c]) & set(themes)][:2] or ["Enlargement"]
        people = [_holder(world, f"Commissioner for {c}", "European Commission", day) for c in commissioners]
        surnames = " and ".join(p.surname for p in people)
        title = (
            f"Joint statement by Commissioner{'s' if len(people) > 1 else ''} {surnames} and the Ministers of "
            f"{portfolio} of {region} on {_phrase(themes)}"
        )
        by = ", ".join(f"Commissioner for {c} {p.name} i" for c, p in zip(commissioners, people))
        lines.append(f"Joint statement by {by}, and the Ministers of {portfolio} of {region}*.")
        ministers = [_holder(world, f"Minister of {portfolio}", c, day) for c in countries]
        footnotes.append("*Ministers " + ", ".join(_upper(p, rng) for p in ministers))
    elif kind == "named":
        countries = rng.sample(LISTABLE, rng.randint(2, 4))
        ministers = [(c, _holder(world, f"Minister of {portfolio}", c, day)) for c in countries]
        title = f"Joint statement on {_phrase(themes)}"
        by = ", ".join(f"the Minister of {portfolio} of {c} {_upper(p, rng)} i" for c, p in ministers)
        lines.append(f"Joint statement by {by}.")
    elif kind == "commissioners":
        picked = rng.sample(sorted(COMMISSION), 2)
        people = [(c, _holder(world, f"Commissioner for {c}", "European Commission", day)) for c in picked]
        title = (
            f"Joint statement by Commissioner for {people[0][0]} {people[0][1].name} and Commissioner for "
            f"{people[1][0]} {people[1][1].name} on {_phrase(themes)}"
        )
    elif kind == "countries":
        countries = rng.sample(LISTABLE, 3)
        title = (
            f"Joint statement by the Foreign Ministers of {countries[0]}, {countries[1]} and {countries[2]} "
            f"on {_phrase(themes)}"
        )
    elif kind == "institutions":
        title = f"Joint statement by the European Commission, the ECB and the IMF on {_phrase(themes)}"
    else:
        hr = _holder(world, "High Representative", "European Union", day)
        title = f"Statement by High Representative {hr.name} on {_phrase(themes)}"

    dateline = []
    source = _source_line(day, rng)
    if day and not source:
        dateline = [f"{rng.choice(CITIES)}, {format_date(day, 'd MMMM y', locale='en')}"]
    body = _body(themes, rng)
    if slot.series and day:
        body.insert(0 if slot.relation == "held" else 1, _meeting_sentence(slot))
    tail = []
    if day and rng.random() < 0.3:
        tail.append(f"STATEMENT/{day.year % 100:02d}/{1000 + i}")
    if rng.random() < 0.3:
        contact = rng.choice(world.people)
        tail += [
            "",
            "Press contacts:",
            "",
            f"{contact.name} (+32 2 29 {rng.randint(10000, 99999)})",
            "General public inquiries: Europe Direct by phone 00 800 67 89 10 11 or by email",
        ]
    parts = [title, "", *source, "", *dateline, "", *lines, "", "\n\n".join(body), "", *footnotes, "", *tail]
    return "\n".join(parts).replace("\n\n\n", "\n\n").strip() + "\n"


def _people_yaml(world: World) -> str:
    entries = []
    for p in world.people:
        entry: dict = {"name": p.name}
        if p.country:
            entry["country"] = p.country
        if p.organisation:
            entry["organisation"] = p.organisation
        entry["roles"] = [{k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in r.items()} for r in p.roles]
        entries.append(entry)
    head = "# Invented people for a generated test archive (tests/generate_archive.py); none of them exists.\n"
    return head + yaml.safe_dump(entries, allow_unicode=True, sort_keys=False)


def generate_archive(n: int, outdir: Path, seed: int = 20180619) -> Path:
    """Write N statements to outdir/statements/ and the registries to outdir/data/; return outdir."""
    rng = random.Random(seed)
    world = _invent_people(rng)
    statements = outdir / "statements"
    data = outdir / "data"
    statements.mkdir(parents=True, exist_ok=True)
    data.mkdir(parents=True, exist_ok=True)
    for i, slot in enumerate(sorted(_slots(n, rng), key=lambda s: (s.day or dt.date.min, s.relation or ""))):
        name = f"{slot.day.isoformat() if slot.day else 'undated'}-{i:04d}.txt"
        (statements / name).write_text(_statement(i, slot, world, rng), encoding="utf-8")
    (data / "people.yaml").write_text(_people_yaml(world), encoding="utf-8")
    if THEMES_YAML.exists():
        shutil.copy(THEMES_YAML, data / "themes.yaml")
    return outdir


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="number of statements")
    parser.add_argument("outdir", type=Path, help="folder to write statements/ and data/ into")
    parser.add_argument("--seed", type=int, default=20180619)
    args = parser.parse_args(argv)
    generate_archive(args.n, args.outdir, args.seed)
    print(f"{args.n} statements written to {args.outdir / 'statements'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
