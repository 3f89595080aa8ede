"""Who signs a statement: the 'statement by …' clause, group footnotes, signature blocks."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .countries import country_name, find_countries
from .layout import Layout, Line, fold
from .model import Signatory, Warning
from .people import PARTICLES, PeopleRegistry, person_slug
from .vocabulary import (
    ARTICLES_RE,
    INSTITUTION_BY_ALIAS,
    NOT_NAME_WORDS,
    ROLE_STEM_RE,
    organisation_for_role,
    singular_role,
)

# "Joint statement by …", "Verklaring van …", "Déclaration de …", "Gemeinsame Erklärung von …".
BY_CLAUSE_RE = re.compile(
    r"(?i)\b(?:statement|declaration|communiqu[eé]|letter|message|appeal|verklaring|persverklaring"
    r"|déclaration|erklärung|dichiarazione|comunicato|declaración|comunicado|declaração|uttalande"
    r"|erklæring|izjava|saopštenje|saopćenje|priopćenje|oświadczenie|deklaracja|prohlášení|δήλωση"
    r"|ανακοινωθέν|remarks)\w*"
    r"(?:\s+(?:\([^)]*\)|[\w-]+)){0,3}?\s+"
    r"(?:by|from|van|door|de la|de l'|des|du|de|von|vom|der|dei|della|degli|del|di|da|av|fra|från|od|przez"
    r"|του|της|των|on behalf of)\s+(?P<list>.+)"
)
WE_CLAUSE_RE = re.compile(r"(?i)^\s*(?:we|wij|nous|wir|noi|nosotros|vi|mi|my)\s*,\s*(?P<list>.+)")
# Where the list of signers ends: a sentence end or the start of what the statement is about.
LIST_END_RE = re.compile(
    r"(?i)(?<![A-Z]\.[A-Z])(?<!\b[A-Z])\.(?=\s|$)|:|;(?=\s*(?:on|over|sur)\b)|\s[-–—]\s|\s\|\s"
    r"|\s(?:on (?!behalf)|following|ahead of|after|before|regarding|concerning|about|upon|at the|in (?:the )?"
    r"(?:context|light|view|framework|margins?)|to mark|marking|welcoming|condemning|over (?:de|het)|naar aanleiding"
    r"|ter gelegenheid|inzake|sur |à l'occasion|suite à|concernant|relative|zu[mr]? |über |anlässlich|nach "
    r"|sulla |sul |sugli |in occasione|sobre |con motivo|om |angående|vedrørende|o |povodom|w sprawie|ku |k |για )"
)
ON_BEHALF_RE = re.compile(
    r"(?i)\b(?:on behalf of|namens|au nom d[eu]s?|im namen d(?:er|es)|a nome d(?:ella|el|i)|en nombre de"
    r"|em nome d[aeo]s?|på vegne av|på uppdrag av|på vegne af|u ime|w imieniu|jménem|εξ ονόματος)\s+(?:the\s+|la\s+|l'|de\s+)?(?P<org>[^,;.]+)"
)
SEPARATOR_RE = re.compile(r"(?i)\s*(?:,|;|&|\band\b|\ben\b|\bet\b|\bund\b|\be\b|\by\b|\bi\b|\bog\b|\boch\b"
                          r"|\boraz\b|\ba\b|\bκαι\b|\bas well as\b|\bsowie\b|\bainsi que\b|\balsmede\b)\s*")
NAME_TOKEN = r"(?:[A-ZÀ-ÞĀ-ŽΑ-ΩА-Я][\w'’.\-]*)"
NAME_RUN_RE = re.compile(rf"{NAME_TOKEN}(?:\s+(?:(?:{'|'.join(sorted(PARTICLES))})\s+)*{NAME_TOKEN})*")
# zero-width, so that every "of" is tried, not only the first
COUNTRY_OF_RE = re.compile(r"(?i)(?=\s+(?:of|van|de|du|des|der|von|di|del|da|av|för|for)\s+(?:the\s+)?(?:Republic\s+of\s+)?"
                           r"(?P<c>[^,]+)$)")
MARKER_RE = re.compile(r"(\*{1,3}|\+|\(\d{1,2}\)|[¹²³⁴⁵⁶⁷⁸⁹]+)\s*$")
PREPOSITIONS = {"of", "for", "the", "van", "voor", "de", "du", "des", "la", "le", "für", "der", "des", "di",
                "del", "della", "per", "para", "do", "da", "för", "for", "za", "dla", "pro", "του", "της", "on",
                "in", "at", "to", "from", "with"}


@dataclass(frozen=True)
class _Name:
    start: int
    end: int
    text: str


def normal_case(name: str) -> str:
    """'Bejtush GASHI' → 'Bejtush Gashi', 'VON DER LEYEN' stays readable; mixed case is kept."""
    def fix(token: str, first: bool) -> str:
        if not token.isupper() or len(token) < 2 and token.isalpha():
            return token
        if not first and token.lower() in PARTICLES:
            return token.lower()
        parts = re.split(r"([-'’])", token.lower())
        return "".join(p[:1].upper() + p[1:] if p not in "-'’" else p for p in parts)
    tokens = name.split()
    return " ".join(fix(t, i == 0) for i, t in enumerate(tokens))


def _is_not_name(token: str) -> bool:
    bare = token.strip(".,*'’").lower()
    return (bare in NOT_NAME_WORDS or ROLE_STEM_RE.match(bare) is not None
            or country_name(token.strip("*")) is not None or bare in INSTITUTION_BY_ALIAS
            or any(ch.isdigit() for ch in bare))


def _names_in(text: str, registry: PeopleRegistry) -> list[_Name]:
    names: list[_Name] = []
    for m in NAME_RUN_RE.finditer(text):
        tokens = [(t.start() + m.start(), t.group(0)) for t in re.finditer(r"\S+", m.group(0))]
        # the name is what follows the last role, portfolio, region or country word of the run
        cut = 0
        for i, (_, tok) in enumerate(tokens):
            if _is_not_name(tok):
                cut = i + 1
        rest = tokens[cut:]
        while rest and rest[0][1].lower() in PARTICLES:
            rest = rest[1:]
        if not rest:
            continue
        before = text[: m.start()].rstrip().split()
        prev_word = before[-1].lower() if before else ""
        after_preposition = prev_word in PREPOSITIONS and cut == 0
        single = len(rest) == 1
        word = rest[0][1].strip(".,")
        if after_preposition and not registry.find(" ".join(t for _, t in rest)):
            continue  # "of the Western Balkans": a complement of the role, not a person
        if single and not (
            (word.isupper() and len(word) > 2) or registry.find(word)
            or ROLE_STEM_RE.match(prev_word) or (tokens[cut - 1][1] if cut else "") and ROLE_STEM_RE.match(tokens[cut - 1][1])
            or prev_word in ("and", "en", "et", "und", "e", "y", "i", "og", "och", ",") and names
        ):
            continue
        if len(word) < 2 or word.isupper() and fold(word) in INSTITUTION_BY_ALIAS:
            continue
        start = rest[0][0]
        end = rest[-1][0] + len(rest[-1][1])
        names.append(_Name(start, end, text[start:end].rstrip(".,")))
    return names


def _clean_role(text: str) -> tuple[str | None, str | None]:
    """A role phrase → (role, country) with articles, separators and 'of <Country>' removed."""
    text = SEPARATOR_RE.sub(" ", " " + text + " ") if not text.strip() else text
    text = re.sub(r"^[\s,;&]*(?:(?:and|en|et|und|e|y|i|og|och|as well as)\s+)?", "", text)
    text = re.sub(r"[\s,;&]*$", "", text).strip(" *")
    text = ARTICLES_RE.sub("", text)
    country = None
    # the country follows the last "of" ("Minister of Foreign Affairs of Croatia"), so try each "of" in turn
    m = next((m for m in COUNTRY_OF_RE.finditer(text) if country_name(m.group("c"))), None)
    if m:
        country = country_name(m.group("c"))
        text = text[: m.start()]
    else:
        found = find_countries(text)
        if found and found[0][0] == 0:  # "Croatian Minister of …"
            country = found[0][2]
            text = text[found[0][1] :].strip()
    if not any(ROLE_STEM_RE.match(w.strip(",.")) for w in text.split()):
        return None, country
    return singular_role(text.strip(" ,")), country


def _list_text(line: str) -> str | None:
    m = BY_CLAUSE_RE.search(line) or WE_CLAUSE_RE.search(line)
    if not m:
        return None
    rest = m.group("list")
    end = LIST_END_RE.search(rest)
    return rest[: end.start()] if end else rest


def _notes_for(marker: str, notes: tuple[Line, ...]) -> Line | None:
    for note in notes:
        if note.text.startswith(marker) and not note.text.startswith(marker + marker[:1]):
            return note
    return None


def _group_names(note: Line) -> tuple[str | None, list[str]]:
    """'*Ministers Jana HORVAT, Lukas ADAMOVIĆ' → ('Ministers', [names])."""
    text = re.sub(r"^\W+", "", note.text)
    words = text.split()
    lead = []
    while words and (ROLE_STEM_RE.match(words[0]) or words[0].lower() in NOT_NAME_WORDS) and not words[0].isupper():
        lead.append(words.pop(0))
    parts = [p.strip(" .") for p in SEPARATOR_RE.split(" ".join(words)) if p and p.strip(" .")]
    names = [p for p in parts if NAME_RUN_RE.fullmatch(p) and not _is_not_name(p.split()[-1])]
    return (" ".join(lead) or None), names


def _items(text: str) -> list[str]:
    return [p.strip() for p in SEPARATOR_RE.split(text) if p and p.strip()]


def _unnamed(segment: str, notes: tuple[Line, ...], org_default: str | None,
             warnings: list[Warning]) -> list[Signatory]:
    """Signers in a stretch of the list that names no person: groups, countries, institutions."""
    out: list[Signatory] = []
    segment = segment.strip(" ,;")
    if not segment:
        return out
    marker = MARKER_RE.search(segment)
    if marker:
        note = _notes_for(marker.group(1), notes)
        if note:
            group_role = segment[: marker.start()]
            lead, names = _group_names(note)
            role_text = re.split(r"(?i)\s+(?:and\s+)?of\s+the\s+(?!interior|foreign|home)|\s+and\s+of\s+|\s+from\s+",
                                 ARTICLES_RE.sub("", group_role.strip(" ,")))[0]
            role, _ = _clean_role(role_text)
            for name in names:
                out.append(Signatory(name=name, role=role or (singular_role(lead) if lead else None)))
            return out
    countries = find_countries(segment)
    role_words = [w for w in re.findall(r"[\w/-]+", segment) if ROLE_STEM_RE.match(w)]
    if countries:
        first = countries[0][0]
        role, _ = _clean_role(re.sub(r"(?i)\s+(?:of|van|de|des|du|von|der|di|dei|of the)\s*$", "", segment[:first]))
        for _, _, country in countries:
            if all(s.country != country for s in out):
                out.append(Signatory(name=None, role=role, country=country))
        return out
    for item in _items(segment):
        key = fold(ARTICLES_RE.sub("", item.strip(" *"))).strip()
        if key in INSTITUTION_BY_ALIAS:
            out.append(Signatory(name=None, organisation=INSTITUTION_BY_ALIAS[key]))
    singular = [w for w in role_words if not w.lower().endswith(("ers", "ents", "ives", "res", "s"))]
    if not out and singular:  # a plural group with no footnote names nobody: nothing to record
        role, country = _clean_role(segment)
        if role:
            out.append(Signatory(name=None, role=role, country=country,
                                 organisation=org_default or organisation_for_role(role)))
    return out


def _from_list(text: str, notes: tuple[Line, ...], registry: PeopleRegistry,
               warnings: list[Warning]) -> list[Signatory]:
    behalf = ON_BEHALF_RE.search(text)
    org_default = None
    if behalf:
        org_key = fold(behalf.group("org").strip(" *")).strip()
        org_default = INSTITUTION_BY_ALIAS.get(org_key, normal_case(behalf.group("org").strip()))
        text = text[: behalf.start()]
    names = _names_in(text, registry)
    out: list[Signatory] = []
    if not names:
        return _unnamed(text, notes, org_default, warnings)
    # role after the name ("Ana Novak, Minister of …") when the list opens with a name
    role_after = not text[: names[0].start].strip(" ,") and bool(
        re.match(r"\s*,\s*(?:the\s+)?\S+", text[names[0].end :])
        and any(ROLE_STEM_RE.match(w) for w in re.findall(r"[\w/-]+", text[names[0].end : names[0].end + 60])))
    plural_role = None
    for i, name in enumerate(names):
        if role_after:
            nxt = names[i + 1].start if i + 1 < len(names) else len(text)
            glue = text[name.end : nxt]
            parts = re.split(r"(?i),\s*(?:and\s+)?(?=[^,]*$)|\s+and\s+(?=[^,]*$)", glue) if i + 1 < len(names) else [glue]
            role, country = _clean_role(parts[0])
        else:
            prev = names[i - 1].end if i else 0
            glue = text[prev : name.start]
            role, country = _clean_role(glue)
            plural_glue = [w for w in re.findall(r"[\w-]+", glue) if ROLE_STEM_RE.match(w) and w.lower().endswith("s")]
            if plural_glue:
                plural_role = role
            elif role is None and plural_role and not glue.strip(" ,&").lower().split()[1:]:
                role = plural_role  # "Commissioners Novak and Horvat"
        out.append(Signatory(name=name.text, role=role, country=country,
                             organisation=org_default if org_default and not country else None))
    tail = text[names[-1].end :]
    if not role_after:
        out.extend(_unnamed(tail, notes, org_default, warnings))
    return out


def _expand_surnames(signatories: list[Signatory], body: str) -> list[Signatory]:
    """A surname alone (from the title) takes the full name the body gives, if it gives one."""
    out = []
    for s in signatories:
        if s.name and len(s.name.split()) == 1:
            m = re.search(rf"\b({NAME_TOKEN})\s+{re.escape(s.name)}\b", body)
            if m and not _is_not_name(m.group(1)):
                s = Signatory(name=f"{m.group(1)} {s.name}", role=s.role, organisation=s.organisation,
                              country=s.country)
        out.append(s)
    return out


def _merge(found: list[Signatory], more: list[Signatory]) -> list[Signatory]:
    def key(s: Signatory) -> str:
        if s.name:
            return "p:" + fold(s.name.split()[-1])
        return f"c:{s.country or ''}|{s.organisation or ''}|{s.role or ''}"

    out = list(found)
    for s in more:
        k = key(s)
        same = [i for i, o in enumerate(out) if key(o) == k]
        if not same:
            out.append(s)
            continue
        i = same[0]
        old = out[i]
        out[i] = Signatory(
            name=old.name if old.name and len(old.name) >= len(s.name or "") else s.name,
            role=max((old.role or "", s.role or ""), key=len) or None, organisation=old.organisation or s.organisation,
            country=old.country or s.country)
    return out


def extract_signatories(layout: Layout, registry: PeopleRegistry, date: str | None
                        ) -> tuple[list[Signatory], list[Warning]]:
    warnings: list[Warning] = []
    found: list[Signatory] = []
    lines = [Line(layout.title_line or 0, layout.title), *layout.body[:3]]
    for line in lines:
        text = _list_text(line.text)
        if text:
            found = _merge(found, _from_list(text, layout.notes, registry, warnings))
    body_text = "\n".join(ln.text for ln in layout.body)
    found = _expand_surnames(found, body_text)
    return resolve_people(found, registry, date, warnings), warnings


def resolve_people(found: list[Signatory], registry: PeopleRegistry, date: str | None,
                   warnings: list[Warning]) -> list[Signatory]:
    """Registry spelling, slug, and role facts at the statement's date; unknown names flagged."""
    out: list[Signatory] = []
    seen: set[str] = set()
    for s in found:
        if not s.name:
            key = f"{s.country}|{s.organisation}|{s.role}"
            if key not in seen:
                seen.add(key)
                out.append(s)
            continue
        person = registry.find(s.name)
        if person:
            role = person.role_on(date)
            s = Signatory(
                name=person.name, person=person.slug,
                role=s.role or (role.title if role else None),
                organisation=s.organisation or (role.organisation if role else None) or person.organisation,
                country=s.country or (role.country if role else None) or person.country,
            )
        else:
            name = normal_case(s.name)
            s = Signatory(name=name, person=person_slug(name), role=s.role,
                          organisation=s.organisation or organisation_for_role(s.role), country=s.country)
            if len(registry):
                warnings.append(Warning(
                    f"'{name}' is not in the people registry; add it to data/people.yaml as "
                    f"'- name: {name}' (with 'spellings:' for other forms) so every spelling reaches one page"))
        if s.person in seen:
            continue
        seen.add(s.person or "")
        out.append(s)
    return out
