"""Signatures at the end of a statement: 'signed/endorsed by …' sentences, signature lists, 'For X' blocks."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import replace
from functools import lru_cache

from .countries import country_name, find_countries, nationality_adjective
from .dates import find_dates
from .layout import Layout, Line, fold, split_sentences
from .model import Signatory
from .names import (
    CONJUNCTIONS,
    HONORIFIC_WORDS,
    HONORIFICS_RE,
    NAME_RUN_RE,
    STATE_WORD_RE,
    UPPER,
    clean_role,
    is_not_name,
    names_in,
    strip_post_nominals,
)
from .patterns import compile_factored, gated
from .people import PARTICLES, PeopleRegistry
from .vocabulary import (
    ARTICLES_RE,
    INSTITUTION_BY_ALIAS,
    INSTITUTION_RE,
    MINISTRY_RE,
    ON_BEHALF_WORDS,
    is_role_word,
)

MAX_LIST_CHARS = 3000  # a list of signers longer than this is not a list of signers
FOR_COUNTRY_START = (
    r"(?i)^(?:for|pour|für|per|por|pelo|pela|voor|za|dla|för|para|pentru|για|за|"
    rf"{ON_BEHALF_WORDS})\s+"
    r"(?:the\s+|die\s+|das\s+|den\s+|la\s+|le\s+|l'|el\s+|o\s+|a\s+)?"
)
FOR_COUNTRY_RE = compile_factored(
    FOR_COUNTRY_START
    # (a portfolio's list inside it: "For the Ministry of Education, Youth" / "and Sports of the Czech Republic")
    + r"(?P<who>[^:,]+(?:,\s+(?!(?:the|el|la|le|il|lo|der|die|o|a|de)\s)(?-i:[A-Z])[^:,]*)*)[:,]?$"
)
# Finnish, Estonian, Hungarian, Latvian and Lithuanian put "on behalf of" after the name: "Suomen tasavallan puolesta",
# "Eesti Vabariigi nimel", "Magyarország nevében", "Szlovákia részéről", "Latvijas Republikas vārdā",
# "Lietuvos Respublikos vardu"
FOR_COUNTRY_AFTER_RE = compile_factored(r"(?i)^(?P<who>[^:,]{2,80}?)\s+(?:puolesta|nimel|nevében|részéről|vārdā|vardu)[:,]?$")


# a heading that closes with its colon holds the whole body's name, its small-letter portfolio too: "Za Federální
# veřejnou službu Zaměstnanost, práce a sociální dialog Belgického království:"
FOR_COUNTRY_COLON_RE = compile_factored(FOR_COUNTRY_START + r"(?P<who>[^:]{2,150}):$")


def _for_whom(text: str) -> str | None:
    """The country or body a signature block's first line signs for, whichever side of it the words stand."""
    m = FOR_COUNTRY_RE.match(text) or FOR_COUNTRY_AFTER_RE.match(text) or FOR_COUNTRY_COLON_RE.match(text.rstrip())
    return m.group("who") if m else None


# "… endorsed by UN Security Council Resolution 2231 (2015)": a document endorsed another, nobody signed this one
ENDORSING_DOCUMENT_RE = compile_factored(
    r"(?i)^(?:the\s+)?(?:\S+\s+){0,5}?(?:resolution|decision|regulation|directive|conclusions|résolution|décision"
    r"|beschluss|besluit|risoluzione|resolución|resolução)\b"
)
FOR_COUNTRY_INLINE_RE = compile_factored(
    FOR_COUNTRY_START
    + r"(?P<who>[^:,]+)(?::\s+|,\s+(?:by|por|par|pelo|pela|durch|door|da|przez|av|af)\s+"
    r"|,\s+(?=(?:the|el|la|le|il|lo|der|die|o|a|de)\s))(?P<rest>\S.*)$"
)
# "This statement is endorsed by …", "La présente déclaration est adoptée par …", "Firmado en Madrid por …"
SIGNED_BY_VERBS = (
    r"signed|endorsed|adopted|issued|agreed|approved|undersigned|signée?s?|adoptée?s?|firmad[oa]s?|firmat[oa]"
    r"|adottat[oa]|unterzeichnet|verabschiedet|ondertekend|aangenomen|undertecknad(?:es)?|undertecknades|undertecknat|undertecknade|underskrevet"
    r"|underskrevs|undertegnet|signert|potpisa[noa]\w*|podpisan[aoy]?|podepsán[ao]?|υπογράφηκε|assinad[oa]s?|subscrit[oa]s?"
)
SIGNED_BY_RE = compile_factored(
    rf"(?i)\b(?:{SIGNED_BY_VERBS})\b"
    r"(?:\s+(?:[\w'’-]+|\([^)]*\))){0,7}?\s+"  # "signed in Athens on 28 January 2025 by …"
    r"(?:by|par|por|pel[oa]s?|von|door|da|dal|dalla|av|af|od|przez|από)\s+(?P<list>.+)"
)
# "… in accordance with the Joint Declaration signed by …", "under the Treaty adopted by …": a named document's
# own signers, after a preposition (this statement's are "This declaration was signed by …")
NAMED_DOCUMENT_BEFORE_RE = compile_factored(r"\b(?i:with|under|to|of|in|by|from)\s+the\s+(?:[A-Z][\w'’-]*\s+){0,6}$")
# another verb's agent between the verb of signing and "by": "agreed at the meeting convened by …"
OTHER_AGENT_VERB_RE = compile_factored(
    r"(?i)\s(?:convened|organi[sz]ed|hosted|co-?chaired|chaired|held|led|presented|proposed|prepared|launched"
    r"|sponsored|coordinated|called|requested|initiated)\s+(?:by|par|por|von|door|da)\s*$"
)
# a future passive before the verb: "will be adopted by", "seront adoptés par"
FUTURE_BEFORE_RE = compile_factored(
    r"(?i)\b(?:(?:will|shall)\s+(?:then\s+)?be|seront|sera|saranno|sarà|serán|será|serão|zullen|zal|kommer att"
    r"|ska|skal|bude|budou|będą|będzie|će|θα)\s+(?:\w+\s+)?$"
)
# "Izjavu su potpisali Ana Novak, …", "Signed: …": a verb of signing followed straight by the names
SIGNED_NAMES_VERBS = (
    r"su potpisali|potpisali su|su potpisale|podpisali|podepsali|unterzeichneten|hanno firmato|firmarono"
    r"|signèrent|ont signé|ondertekenden|undertecknade|underskrev|undertegnet|signed|allkirjastasid|parakstīja"
    r"|pasirašė|allekirjoittivat|aláírták|podpísali|podpisala|podpisale|podpisały|potpisala|potpisale|podepsala|podepsaly|потписали су|су потписали|потписаше|подписаха"
    r"|потпишаа"
)
SIGNED_NAMES_RE = compile_factored(rf"(?i)\b(?:{SIGNED_NAMES_VERBS})\s*:?\s+(?P<list>(?-i:[{UPPER}]).+)")
# "Ühisavalduse allkirjastasid Lill, Leedu … minister Darius Vaitkevičius, …", "Заједничку изјаву потписали су
# министар … Милош Радивојевић, …": the verb, then the signers, their roles first or not
SIGNED_LIST_RE = compile_factored(rf"(?i)\b(?:{SIGNED_NAMES_VERBS})\s*:?\s+(?P<list>.+)")
# Whether a sentence holds a verb of signing at all, tested on its lower-cased text (faster than the patterns)
SIGNING_WORD_LOW = compile_factored(rf"\b(?:{SIGNED_BY_VERBS}|{SIGNED_NAMES_VERBS})")
# Hungarian puts the verb last: "A nyilatkozatot Hegedűs Márton, Ondřej Tichý … írta alá."
SIGNED_LIST_BEFORE_RE = compile_factored(
    r"(?i)\b(?:nyilatkozatot|dokumentumot|közleményt)\s+(?P<list>.+?)\s+írt(?:a|ák)\s+alá\b"
)
SIGNED_BY_WORDS = (
    r"(?:signed by|signatories|signataires|unterzeichnet von|ondertekend door"
    r"|firmado por|firmato da|undertecknades av|undertecknad av|undertecknat av|underskrevet af|undertegnet av|signert av"
    r"|potpisal[aie]|podpisal[aiey]|podpisały|podepsal[aiy]|podpísal[aiy]|aláírta|aláírták|semnatari|semnat de|подписаха|подписали|потписал[аеи]|потписао|підписали"
    r"|allekirjoittajat|allekirjoittivat|allkirjastasid|parakstīja|pasirašė|assinad[oa] por|assinaram|firmata da"
    r"|signée? par|υπογράφουν|υπέγραψαν|υπογράφηκε από)"
)
# or a paragraph that ends on the words and a colon: "… Etter samtalene ble erklæringen undertegnet av:"
SIGNATURE_HEADING_END_RE = compile_factored(rf"(?i)\s{SIGNED_BY_WORDS}\s*:\s*$")
# A line that opens a list of signatures: "Signed by:", "Uttalandet undertecknades av:", "Signatories:".
SIGNATURE_HEADING_RE = compile_factored(
    rf"(?i)^(?:(?:[\w'’]+\s+){{0,4}}{SIGNED_BY_WORDS}|the signatories are"
    r"|signed|firmato|firmado|signé|unterzeichnet|ondertekend|podpisano|potpisano|undertecknat|assinado|υπογραφή"
    # "Firman la declaración:", "Signent la déclaration :": who signs, then what, then the colon
    r"|(?:firman|signent|unterzeichnen|firmano|assinam|ondertekenen)\s+(?:la|le|l'|die|das|den|a|o|de|het)\s*\w+(?=\s*:)"
    # "Signed in Palanga on 28 September 2020 by:", "Fait à Paris, le 3 mai 2024, par :"
    r"|(?:signed|done|fait|firmado|firmato|unterzeichnet|ondertekend)\s+(?:in|at|à|en|a|te)\s+[^:]{2,60}?\s+"
    r"(?:by|par|por|da|von|door))"
    r"\s*:?\s*$"
)
SIGNATURE_LINE_RE = compile_factored(
    rf"^(?P<name>[{UPPER}][\w'’.\-]+(?:\s+[\w'’.\-]+){{1,4}}?)\s*(?:(?:,|\s[–—])\s*(?P<role>[^()]+?))?"
    r"\s*(?:\((?P<country>[^)]+)\))?\.?$"
)


WE_CLAUSE_RE = compile_factored(
    r"(?i)^\s*[\"“”„«»]?\s*(?:we|wij|nous|wir|noi|nosotros|nós|vi|mi|my|me|meie|mēs|mes|ми|ние|εμείς"
    r"|midva|medve)\s*,\s*(?P<list>.+)"  # (Slovenian's dual: "»Midva, Name, ministrica …, in Name, …")
)
# A line that goes on below: it ends with a comma, a colon, or "and" ("We, the Ministers …, having met …,")
GOES_ON_RE = compile_factored(rf"(?:[,:;]|\s(?:{'|'.join(map(re.escape, sorted(CONJUNCTIONS | {'és', 'și', 'и'})))}))\s*$")
# between two entries of a list that a page joined into one line: a comma, then an honorific and a name ("…, Mr
# Name, Minister …"), or a name and its comma ("…, Name Surname, minister …")
ENTRY_BREAK_RE = compile_factored(rf"(?<=,)\s+(?=(?:{HONORIFIC_WORDS})\.?\s+[{UPPER}])")
LISTED_ENTRY_BREAK_RE = compile_factored(rf"(?<=,)\s+(?=[{UPPER}][\w'’.\-]+(?:\s+[{UPPER}][\w'’.\-]+){{1,3}},\s)")
MAX_WE_LIST_START = 12  # body lines: a "We, the …" declaration opens the text
MIN_WE_LIST = 2


# What a web page may carry below the signatures: "Related", headlines, a share bar, a cookie notice
MAX_PAGE_TAIL_LINES = 8
MAX_PAGE_TAIL_CHARS = 100
MAX_HEADING_DISTANCE = 24  # lines from the end of the page


def closing_lists(layout: Layout, date: str | None = None) -> list[tuple[str, str]]:
    """'This statement is endorsed by …' in the last paragraphs: (the list, the sentence that holds it). `date`
    is the statement's: a list dated earlier signed something else."""
    out = []
    body = list(layout.body)
    text_end = len(body)  # a news page's tail (a byline, "Share", "Read also: …", a cookie line) stands below
    while (
        text_end > 0
        and len(body) - text_end < MAX_PAGE_TAIL_LINES
        and len(body[text_end - 1].text) <= MAX_PAGE_TAIL_CHARS
    ):
        text_end -= 1
    # "Firmada por las siguientes embajadas e institutos culturales:" over one line that lists them, above a
    # page's footer of any length
    for line, following in zip(body[-MAX_HEADING_DISTANCE:], body[-MAX_HEADING_DISTANCE + 1 :]):
        if line.text.rstrip().endswith(":") and SIGNED_BY_RE.search(line.text) and "," in following.text:
            out.append((following.text.rstrip(" ."), line.text))
            return out
    for line in body[max(0, text_end - 4) :]:
        sentences = split_sentences(line.text)
        # "Izjavu su potpisali: Amra Begović, …": a colon does not end the sentence that introduces the names
        for i in range(len(sentences) - 2, -1, -1):
            if sentences[i].rstrip().endswith(":"):
                sentences[i : i + 2] = [sentences[i] + " " + sentences[i + 1]]
        for sentence in sentences:
            if not SIGNING_WORD_LOW.search(sentence[:MAX_LIST_CHARS].lower()):
                continue
            m = SIGNED_BY_RE.search(sentence[:MAX_LIST_CHARS]) or SIGNED_NAMES_RE.search(sentence[:MAX_LIST_CHARS])
            if m and FUTURE_BEFORE_RE.search(sentence[max(0, m.start() - 30) : m.start()]):
                continue  # "les taux seront adoptés par le Conseil …": who will act, not who signed
            if m and NAMED_DOCUMENT_BEFORE_RE.search(sentence[max(0, m.start() - 80) : m.start()]):
                continue  # "in accordance with the Joint Declaration signed by A and B in 1987": an earlier text's
            if m and OTHER_AGENT_VERB_RE.search(sentence[m.start() : m.start("list")]):
                continue  # "the action plan agreed at the meeting convened by UNEP and the IMO": who convened it
            if m and dated_before(sentence[m.start("list") : m.end("list") + MAX_ACT_DATE_DISTANCE], date):
                continue  # "the resolution adopted by the United Nations General Assembly on 9 June 2020"
            if m and not ENDORSING_DOCUMENT_RE.match(m.group("list")):
                out.append((m.group("list").rstrip(" ."), sentence))
    return out


MAX_ACT_DATE_DISTANCE = 20  # characters after a list to its act's date: "… General Assembly on 9 June 2020"


def dated_before(text: str, date: str | None) -> bool:
    """Whether `text` dates an act, day, month and year, before the statement's own `date`."""
    if not date:
        return False
    own = dt.date.fromisoformat(date)
    return any((day := m.to_date()) is not None and day < own for m in find_dates(text))


NAME_DASH_RE = compile_factored(rf"(^|,\s+)((?:[{UPPER}][\w'’-]+\s+){{1,3}}[{UPPER}][\w'’-]+)\s+[–—]\s+")


def signature_list(layout: Layout, registry: PeopleRegistry) -> list[Signatory]:
    """Lines of 'Name, Role (Country)' closing the text, after a 'Signed by:' heading or on their own."""
    body = list(layout.body)
    start = next(
        (
            i + 1
            for i, ln in enumerate(body)
            if SIGNATURE_HEADING_RE.match(ln.text)
            or SIGNATURE_HEADING_END_RE.search(ln.text)
            and i + 1 < len(body)
            and _signature_line(body[i + 1].text, bare_name=False)
        ),
        None,
    )
    lines = body[start:] if start is not None else []
    if start is None:  # no heading: the run of signature-shaped lines closing the text
        lines = _closing_run(body) or _inner_run(body)
        if len(lines) < 2:
            return []
    out = []
    if start is not None:  # ("Name – sekretarz stanu …,": a dash between a name and its office, as a comma)
        lines = [Line(ln.number, NAME_DASH_RE.sub(r"\1\2, ", ln.text)) for ln in lines]
    for ln in lines:
        entries = LISTED_ENTRY_BREAK_RE.split(ln.text) if start is not None else [ln.text]
        if out and len(entries) == 1 and _is_paragraph_line(ln.text) and _signature_line(ln.text) is None:
            break  # the text goes on below the list
        if len(entries) > 1:  # "Name, minister …, Name, minister …,": a page joined the list's lines
            listed = [_signature_line(e.strip().rstrip(","), bare_name=False) for e in entries]
            if all(listed):
                out += listed
                continue
        found = _signature_line(ln.text)
        if found is None and start is not None:  # under "Signed by:", a line in any order of name, role, country
            found = _loose_signature(ln.text, registry)
        if found is None:  # an institution's office, its holder unnamed
            found = _office_line(ln.text, registry)
        if found is None and out:
            break  # the list is over: a press contact or a footer follows
        if found:
            out.append(found)
    if start is not None:
        # "The declaration was signed by:" over blocks of a name, a role and a state on lines of their own, with a
        # paragraph after them
        run = list(itertools.takewhile(lambda ln: len(ln.text) <= MAX_OFFICE_LINE, lines))
        blocks = max((_pairs(run, name_first) for name_first in (True, False)), key=len)
        if len(blocks) > max(1, len(out)):
            return blocks
    return out


def we_list(layout: Layout) -> list[Signatory]:
    """'We, the Ministers for Foreign Affairs of …,' over lines of their own, 'Mr Name, Minister of Foreign Affairs of
    the Republic of X,' one signer a line, and the declaration going on below them ('having met in …'). Two or more
    such entries, each going on to the next; one that is no signature ends the list. A page of one width may have
    joined the entries into one line: they part again before each honorific."""
    body = list(layout.body[:MAX_WE_LIST_START])
    for i, ln in enumerate(body):
        if not (WE_CLAUSE_RE.match(ln.text) and GOES_ON_RE.search(ln.text)):
            continue
        out = []
        for below in layout.body[i + 1 :]:
            entries = ENTRY_BREAK_RE.split(below.text)
            if not GOES_ON_RE.search(entries[-1]):
                break
            found = [_signature_line(GOES_ON_RE.sub("", e).strip(), bare_name=False) for e in entries]
            out += list(itertools.takewhile(lambda s: s is not None and s.name, found))
            if len(out) < len(found):
                break
        return out if len(out) >= MIN_WE_LIST else []
    return []


def _is_paragraph_line(text: str) -> bool:
    return len(text) >= MAX_PAGE_TAIL_CHARS and text.rstrip().endswith(".")


def _office_line(text: str, registry: PeopleRegistry) -> Signatory | None:
    """'The Commissioner for Environment, Oceans and Fisheries, for the European Commission' under 'Signed … by:':
    an institution's office whose holder the list does not name."""
    if len(text) > MAX_OFFICE_LINE or text.rstrip().endswith(".") or TITLE_LIKE_RE.match(text):
        return None  # ("Statement by the OSCE Chair on …": a related page's title)
    if names_in(text, registry):
        return None
    role, country, organisation = clean_role(text)
    return Signatory(name=None, role=role, organisation=organisation) if role and organisation and not country else None


MAX_OFFICE_LINE = 160
TITLE_LIKE_RE = compile_factored(r"(?i)^\W*(?:joint\s+|press\s+)?(?:statement|declaration|communiqu|remarks|speech|letter)")
NO_REGISTRY = PeopleRegistry()
MARKER_START_RE = compile_factored(r"^\s*(?:\*|[¹²³⁴⁵⁶⁷⁸⁹]|\(\d{1,2}\))")  # a footnote's first line


def _closing_run(body: list[Line]) -> list[Line]:
    """The last run of two or more signature-shaped lines near the end, below which stand only short lines (a
    page's tail), never another paragraph of text."""
    window = body[-(12 + MAX_PAGE_TAIL_LINES) :]
    end = len(window)
    while end > 0:
        run_end = end
        # above a page's tail, a name alone is a signature only if it is not a sentence ("End Text.")
        while end > 0 and (
            _signature_line(
                window[end - 1].text,
                bare_name=run_end == len(window) or not window[end - 1].text.rstrip().endswith("."),
            )
            or _office_line(window[end - 1].text, NO_REGISTRY)  # "EU:s höga representant för utrikes frågor …"
        ):
            end -= 1
        if run_end - end >= 2 and any(_signature_line(ln.text) for ln in window[end:run_end]):
            if end and MARKER_START_RE.match(window[end - 1].text):
                return []  # the lines go on a footnote ("(1) Ms Name, Minister …"), which is read as one
            return window[end:run_end]
        if run_end - end == 0:
            end -= 1
        tail = window[end:]
        if len(tail) > MAX_PAGE_TAIL_LINES or any(len(ln.text) > MAX_PAGE_TAIL_CHARS for ln in tail):
            return []
    return []


MIN_INNER_RUN = 3


def _inner_run(body: list[Line]) -> list[Line]:
    """Three or more 'Role of Country, Name' lines in a row among the last lines, with a paragraph below them
    (the page's closing note on who else spoke): a signature list all the same. Bare names do not count."""
    window = body[-(12 + MAX_PAGE_TAIL_LINES) :]
    run: list[Line] = []
    best: list[Line] = []
    for i, ln in enumerate(window):
        # every such line holds a comma ("Role of Country, Name"); most lines of a page's end are no signature
        signs = "," in ln.text and _signature_line(ln.text, bare_name=False) is not None
        if signs and ln.number == (run[-1].number + 1 if run else ln.number):
            run.append(ln)
        else:
            run = [ln] if signs else []
        opened = i - len(run)  # the line above the run: a footnote's first line is read with its footnote
        if len(run) >= MIN_INNER_RUN and not (opened >= 0 and MARKER_START_RE.match(window[opened].text)):
            best = list(run)
    return best


def signature_pairs(layout: Layout) -> list[Signatory]:
    """A name on one line and the role under it (or the role, then the name), pair after pair, closing the
    text; a press office line or a share bar may follow:

        Clara Montoya
        Minister of Foreign Affairs of the Argentine Republic
    """
    body = list(layout.body)
    for skip in range(0, MAX_PAGE_TAIL_LINES + 1):  # a page's tail below: attachments, a share bar, "Back to top"
        end = len(body) - skip
        if skip and (end < 2 or len(body[end].text) > MAX_PAGE_TAIL_CHARS):
            break
        for name_first in (True, False):
            out = _pairs(body[:end], name_first)
            if len(out) >= 2:
                return out
    return []


def _pairs(body: list, name_first: bool) -> list[Signatory]:
    """Pairs from the end up; a pair may have a third line naming the signer's state or body ('Republika Grecka')."""
    out: list[Signatory] = []
    end = len(body)
    while end >= 2:
        # the place's line is the block's own: straight under the role, not the next block's "For …" line
        below = end >= 3 and body[end - 1].number == body[end - 2].number + 1
        place = _place_line(body[end - 1].text) if below else None
        found = _pair(body[end - 3].text, body[end - 2].text, name_first) if place else None
        if not found and not name_first and end >= 3 and body[end - 2].number == body[end - 3].number + 1:
            # the state's line over the office, then the name: "Republika Grecka" / "Minister …" / "Name"
            place = _place_line(body[end - 3].text)
            found = _pair(body[end - 2].text, body[end - 1].text, name_first) if place else None
            if not found and body[end - 1].number == body[end - 2].number + 1:
                # or between them, the office's state: "Minister …" / "Rzeczypospolitej Polskiej" / "Name"
                place = _place_line(body[end - 2].text)
                found = _pair(body[end - 3].text, body[end - 1].text, name_first) if place else None
        if not found and below and name_first and ROLE_RUNS_ON_RE.search(body[end - 2].text):
            # "President of the" / "Camera dei Deputati": a role broken over two lines under the name
            found = _pair(body[end - 3].text, body[end - 2].text + " " + body[end - 1].text, name_first)
            if found:
                out.insert(0, found)
                end -= 3
                continue
        if found:
            country, organisation = place
            found = replace(found, country=country or found.country, organisation=organisation or found.organisation)
            end -= 3
        else:
            found = _pair(body[end - 2].text, body[end - 1].text, name_first)
            if not found:
                break
            end -= 2
        out.insert(0, found)
    return out


def _pair(first: str, second: str, name_first: bool) -> Signatory | None:
    name_line, role_line = (first.strip(), second.strip()) if name_first else (second.strip(), first.strip())
    name = HONORIFICS_RE.sub("", name_line).strip()
    name = strip_post_nominals(name).rstrip(",")  # "Name, T.D." over the role
    words = name.split()
    if not (
        2 <= len(words) <= 5
        and NAME_RUN_RE.fullmatch(name)
        and not any(is_not_name(w) for w in words)
        and len(role_line) < 160
        and not role_line.endswith(".")
        and any(is_role_word(w) for w in role_line.split()[:4])
        and not MINISTRY_RE.match(role_line)
    ):
        return None
    role, country, organisation = clean_role(role_line)
    return Signatory(name=name, role=role, country=country, organisation=organisation)


# a role line that runs on into the next: "President of the", "Presidente della"
ROLE_RUNS_ON_RE = compile_factored(
    r"(?i)\s(?:of|of the|de|de la|du|des|della|dello|del|dei|der|des|van|van de|von|för|af|av)\s*$"
)


def _place_line(text: str) -> tuple[str | None, str | None] | None:
    """A line that only names a state or a body: (country, None) or (None, institution); else None."""
    text = text.strip().rstrip(".")
    words = text.split()
    if len(words) > 6 or any(is_role_word(w) for w in words) or _for_whom(text):
        return None
    found = find_countries(text)
    rest = (text[: found[0][0]] + text[found[0][1] :]).split() if len(found) == 1 else []
    # "Republika Litewska", "Węgry"; "České republiky" (the state's word in small letters after its adjective)
    if len(found) == 1 and all(w[:1].isupper() or len(w) <= 3 or STATE_WORD_RE.match(fold(w)) for w in rest):
        return found[0][2], None
    inst = INSTITUTION_BY_ALIAS.get(fold(ARTICLES_RE.sub("", text)).strip())
    return (None, inst) if inst else None


def _signature_line(text: str, bare_name: bool = True) -> Signatory | None:
    """'Name, Role (Country)', 'Role, Name' or a table row; a name alone only if `bare_name`."""
    found = _signature_parts(text)
    return found if found and (bare_name or found.role or found.country or found.organisation) else None


BULLET_RE = compile_factored(r"^\s*(?:[-–—•·▪]|\d{1,2}[.)])\s+")
CONTACT_DETAIL_RE = compile_factored(r"(?i)\b(?:tel|phone|mobile|fax)\b\.?|\+\d{2,3}[\s\d]{6,}|@\w")


@lru_cache(maxsize=8192)  # pure; the closing lines are read by several of the rules below
def _signature_parts(text: str) -> Signatory | None:
    if CONTACT_DETAIL_RE.search(text):
        return None  # "Name, Special Adviser, tel. +358 …": a press contact
    text = BULLET_RE.sub("", text)  # "- Dariusz Kowalik, minister infrastruktury …": a list's bullet
    text = text.rstrip(" ;")  # a list's item: "- Name, Role, per la delegazione italiana;"
    if FOR_COUNTRY_RE.match(text):
        return None  # "Pour la Wallonie" over a signature block: whom it is for, not who
    text = HONORIFICS_RE.sub("", text.strip()).strip()
    if len(text) > 160:
        return None
    if re.search(r"\t|\s\|\s", text):
        return _table_row(text)
    m = SIGNATURE_LINE_RE.match(text)
    if not m or not _is_name(m.group("name")):
        return _role_first_line(text) or _role_then_name(text)
    name = m.group("name")
    role_text, side = m.group("role") or "", None
    head, _, last = role_text.rpartition(",")
    if head and FOR_COUNTRY_RE.match(last.strip()):
        # "Name, Direttore Generale per i Paesi dell'Europa, per la delegazione italiana": whom he signs for
        role_text, side = head, clean_role(last.strip())[1]
    role, country, organisation = clean_role(role_text)
    country = country or side
    if m.group("country"):
        found = find_countries(m.group("country"))
        country = found[0][2] if found else country
    if m.group("role") and not role and not country:
        return None  # "Name, something" that is no role: not a signature
    return Signatory(name=name, role=role, country=country, organisation=organisation)


def _is_name(text: str) -> bool:
    words = text.split()
    return (
        1 < len(words) <= 5
        and not any(is_not_name(w) for w in words)
        and all(w[:1].isupper() or w.lower() in PARTICLES for w in words)
    )


def _table_row(text: str) -> Signatory | None:
    """'Austria | Verena LECHNER | Federal Minister for …' (a signature table, copied cell by cell): a name cell,
    and a country or a role cell, in any order."""
    cells = [c.strip() for c in re.split(r"\t+|\s\|\s", text) if c.strip()]
    names = [c for c in cells if _is_name(c) and not country_name(c)]
    if len(names) != 1 or not 2 <= len(cells) <= 4:
        return None
    country = next((country_name(c) for c in cells if country_name(c)), None)
    role = organisation = None
    for cell in cells:
        if cell not in names and not country_name(cell):
            role, role_country, organisation = clean_role(cell)
            country = country or role_country
    if not role and not country:
        return None
    return Signatory(name=names[0], role=role, country=country, organisation=organisation)


def _loose_signature(text: str, registry: PeopleRegistry) -> Signatory | None:
    """A line under a 'Signed by:' heading: 'Fehérvári Ákos honvédelmi miniszter (Magyarország)' (a name and its
    role with no comma), 'az osztrák szövetségi védelmi miniszter' (an office named by its nationality)."""
    text = HONORIFICS_RE.sub("", BULLET_RE.sub("", text)).strip().rstrip(".")
    words = re.findall(r"[\w/-]+", text)
    if len(text) > 160 or CONTACT_DETAIL_RE.search(text) or not any(is_role_word(w) for w in words):
        return None
    bracket = re.search(r"\(([^)]+)\)\s*$", text)
    country = next((c for _, _, c in find_countries(bracket.group(1))), None) if bracket else None
    text = text[: bracket.start()] if bracket else text
    names = names_in(text, registry)
    if len(names) > 1:
        return None
    rest = text[: names[0].start] + " " + text[names[0].end :] if names else text
    role, in_role, organisation = clean_role(rest)
    country = country or in_role or next((c for w in words if w.islower() and (c := nationality_adjective(w))), None)
    if not names and not (country or organisation):
        return None
    return Signatory(name=names[0].text if names else None, role=role, country=country, organisation=organisation)


def _role_then_name(text: str) -> Signatory | None:
    """'Utrikesminister Johan Edenholm': a role's words, then a name of two or three words, and nothing else."""
    words = text.split()
    if "," in text or len(words) > 8:
        return None
    for cut in (2, 3):
        role_words, name_words = words[:-cut], words[-cut:]
        # (the role word may come before its body's genitive: "Marszałek Sejmu Name")
        role_word = role_words and (is_role_word(role_words[-1]) or len(role_words) <= 3 and is_role_word(role_words[0]))
        if role_word and name_words[0][:1].isupper() and _is_name(" ".join(name_words)):
            role, country, organisation = clean_role(" ".join(role_words))
            if role:
                return Signatory(name=" ".join(name_words), role=role, country=country, organisation=organisation)
    return None


def _role_first_line(text: str) -> Signatory | None:
    """'President of the Republic of Croatia, Ivan Matić': the role, then the name after the last comma;
    'Utenriksminister Ingrid Dahl, Norge': the role and the name, then the country."""
    head, _, name = text.rstrip(".").rpartition(",")
    name = name.strip()
    country = country_name(name) if head else None
    if country:  # "Role Name, Country": the name is the end of the head, after a role word
        words = head.split()
        for cut in (2, 3):
            role_words, name_words = words[:-cut], words[-cut:]
            if role_words and _is_name(" ".join(name_words)) and is_role_word(role_words[-1]):
                role, _, organisation = clean_role(" ".join(role_words))
                return Signatory(name=" ".join(name_words), role=role, country=country, organisation=organisation)
        return None
    if not head or not _is_name(name) or not any(is_role_word(w) for w in re.findall(r"[\w/-]+", head)):
        return None
    role, country, organisation = clean_role(head)
    if not role and not country:
        return None
    return Signatory(name=name, role=role, country=country, organisation=organisation)


def signature_blocks(layout: Layout, registry: PeopleRegistry) -> list[Signatory]:
    """'For the Republic of Austria' / name (, role) / role, at the end of a declaration."""
    out: list[Signatory] = []
    nameless: list[Signatory] = []
    body = _joined_parties(list(layout.body))
    run, run_lines = _party_run(body)
    for i, line in enumerate(body):
        inline = FOR_COUNTRY_INLINE_RE.match(line.text) if len(line.text) <= 200 else None
        if inline:  # "За Румъния: Михай Дръгулеску, министър на енергетиката": the block on one line
            who = inline.group("who")
            rest = HONORIFICS_RE.sub("", inline.group("rest")).strip().rstrip(". ")
            name, _, role_text = rest.partition(",")
            head, _, last = rest.rpartition(",")
            if not (NAME_RUN_RE.fullmatch(name.strip()) and _is_name(name.strip())):
                # "Por el Reino de España, el presidente del Gobierno, Name.": the role first, the name last;
                # "Por la Comisión Europea, el presidente de la Comisión.": an office, unnamed
                named = head and NAME_RUN_RE.fullmatch(last.strip()) and _is_name(last.strip())
                name, role_text = (last, head) if named else ("", rest)
            country = next((c for _, _, c in find_countries(who)), None)
            inst = INSTITUTION_BY_ALIAS.get(fold(ARTICLES_RE.sub("", who)).strip())
            role = clean_role(role_text)[0] if role_text.strip() else None
            if (country or inst) and (name.strip() or (role and any(is_role_word(w) for w in role.split()))):
                out.append(Signatory(name=name.strip() or None, role=role, country=country, organisation=inst))
            elif name.strip() and role and any(is_role_word(w) for w in role.split()):
                # "Za Karlovarský kraj: Radek Vondrák, hejtman": a region or a body of no registry, its named head
                out.append(Signatory(name=name.strip(), role=role))
            continue
        for_whom = _for_whom(line.text)
        if not for_whom or len(line.text) > 160 or line.text.rstrip().endswith(".") or i + 1 >= len(body):
            continue
        if i in run_lines:
            continue  # one of a run of parties, read in order with their signers
        if i + 2 < len(body) and SIGNED_MARK_RE.match(body[i + 1].text):
            i += 1  # "For the Republic of …" / "______" (where the signature went) / "Name" / office
        countries = find_countries(for_whom)
        who = fold(ARTICLES_RE.sub("", for_whom)).strip()
        # "For the Council and the Representatives of the Governments …": the institution it opens with
        head = INSTITUTION_RE.match(who) if not countries else None
        inst = INSTITUTION_BY_ALIAS.get(who) or (INSTITUTION_BY_ALIAS.get(head.group(0)) if head else None)
        role_first = None  # "Per la Repubblica Italiana" / "Il Ministro degli Affari Esteri" / "Giovanni Ferraris"
        head, comma, _ = HONORIFICS_RE.sub("", body[i + 1].text).strip().partition(",")
        name_then_role = comma and NAME_RUN_RE.fullmatch(head.strip()) and _is_name(head.strip())
        if i + 2 < len(body) and not name_then_role and any(is_role_word(w) for w in body[i + 1].text.split()[:3]):
            role_first, i = body[i + 1].text, i + 1
        # ('Matthias Reinholz"': the quotation that held the declaration closes after its last name)
        name_line, _, same_line_role = HONORIFICS_RE.sub("", body[i + 1].text).strip(QUOTES).partition(",")
        country = countries[0][2] if countries else None
        if (
            not NAME_RUN_RE.fullmatch(name_line.strip())
            or len(name_line.split()) > 5
            or not _is_name(name_line.strip())
        ):
            if country or inst:  # "For Ireland" over "For the Grand Duchy of Luxembourg": signed, names not printed
                # "For the Council" / "The President" (the office may be the page's last line)
                office = role_first or (body[i + 1].text if _role_line(body[i + 1].text) else None)
                role = clean_role(office)[0] if office else None
                nameless.append(Signatory(name=None, role=role, country=country, organisation=inst))
            continue
        while True:  # one name and role after another under one "For the Government of …"
            role = None
            if role_first:
                role, _, _ = clean_role(role_first)
            elif same_line_role:
                role, _, _ = clean_role(same_line_role)
            elif i + 2 < len(body) and _role_line(body[i + 2].text):
                office = body[i + 2].text
                if i + 3 < len(body) and ROLE_LINE_GOES_ON_RE.search(office) and not _for_whom(body[i + 3].text):
                    office += " " + body[i + 3].text  # "Staatssekretär im" / "Bundesministerium für …"
                    i += 1
                role, _, _ = clean_role(office)
                i += 1
            out.append(Signatory(name=name_line.strip(), role=role, country=country, organisation=inst))
            role_first = same_line_role = None
            if i + 2 >= len(body) or _for_whom(body[i + 2].text):
                break
            name_line, _, same_line_role = HONORIFICS_RE.sub("", body[i + 2].text).strip(QUOTES).partition(",")
            name_line = name_line.strip()
            if not NAME_RUN_RE.fullmatch(name_line) or len(name_line.split()) > 5 or not _is_name(name_line):
                break
            i += 1
    out += run
    if out:  # beside named blocks, a block for an office whose holder's name is not printed signs too
        return out + [s for s in nameless if s.role]  # ("Für die Europäische Kommission" / "Die Präsidentin …")
    return nameless if len(nameless) >= MIN_NAMELESS_BLOCKS else []


MIN_NAMELESS_BLOCKS = 2
# an office broken on the page after a small word: "… bei der", "… im Ministerium für", "Minister of the"
ROLE_LINE_GOES_ON_RE = compile_factored(r"(?i)\s(?:of|of the|for|de|de la|du|des|der|die|dem|für|im|am|bei|beim|w|we|pro|za|di|del|della)\s*$")


OFFICE_GOES_ON_RE = compile_factored(r"\s(?:of|the|and|for|to)\s*$")  # "Parliamentary State Secretary to" / "Federal …"
PARTY_GOES_ON_RE = compile_factored(r"\s(?:of|the|and|for)\s*$")
MAX_PARTY_LINES = 3


def _joined_parties(body: list[Line]) -> list[Line]:
    """'For the Ministry of the Economy and Innovation' / 'of the Republic of Lithuania': a party's line broken on
    the page is one line again (the next line opens in small letters, or this one ends on a comma or 'of the')."""
    out: list[Line] = []
    added = 0
    for line in body:
        last = out[-1] if out else None
        goes_on = (
            last is not None
            and _party_line(last.text)
            and added < MAX_PARTY_LINES - 1
            and not _party_line(line.text)
            and not SIGNED_MARK_RE.match(line.text)
            and not _role_line(line.text)  # ("Voor de Bondsrepubliek Duitsland" / "de federale minister …")
            and (
                line.text[:1].islower()
                or PARTY_GOES_ON_RE.search(last.text) is not None
                or last.text.rstrip().endswith(",") and not _is_name(line.text.strip())
                # ("Za Ministra Transportu" / "Republiki Czeskiej": the office's state below it)
                or _place_line(line.text) is not None and not find_countries(last.text)
            )
        )
        if goes_on:
            out[-1] = Line(last.number, f"{last.text.rstrip()} {line.text.strip()}")
            added += 1
        else:
            out.append(line)
            added = 0
    return out


def _party_run(body: list[Line]) -> tuple[list[Signatory], range]:
    """'For the Government of Ireland' / 'For the Government of the Republic of Finland' (each perhaps over
    '(signed)'), then 'Name' / office, 'Name' / office: the parties of a PDF's columns, unfolded one after another,
    and their signers in the same order."""
    for i, line in enumerate(body):
        if not _party_line(line.text):
            continue
        j, parties = i, []
        # (a party's line broken on the page is whole again: _joined_parties)
        while j < len(body) and (_party_line(body[j].text) or SIGNED_MARK_RE.match(body[j].text)):
            if _party_line(body[j].text):
                parties.append(_for_whom(body[j].text) or "")
            j += 1
        if len(parties) < 2:
            continue  # one party's block: read as such
        signers: list[Signatory] = []
        for k in range(j, min(len(body), j + MAX_PARTY_RUN_LINES)):
            name = HONORIFICS_RE.sub("", body[k].text).strip(QUOTES + ",")
            if len(signers) == len(parties):
                break
            if NAME_RUN_RE.fullmatch(name) and len(name.split()) <= 5 and _is_name(name):
                office = body[k + 1].text if k + 1 < len(body) and _role_line(body[k + 1].text) else None
                after = body[k + 2].text.strip() if k + 2 < len(body) else ""
                if office and after and (
                    after[:1].islower()
                    or (office.rstrip().endswith(",") or OFFICE_GOES_ON_RE.search(office)) and not _is_name(after)
                ):  # ("Deputy Minister of Education," / "Youth and Sports", but not the next column's name)
                    office += " " + body[k + 2].text  # "Minister of Entrepreneurship" / "and Information Technology"
                signers.append(Signatory(name=name, role=clean_role(office)[0] if office else None))
        if len(signers) != len(parties):
            return [], range(0)
        out = []
        for who, signer in zip(parties, signers):
            country = next((c for _, _, c in find_countries(who)), None)
            inst = INSTITUTION_BY_ALIAS.get(fold(ARTICLES_RE.sub("", who)).strip())
            out.append(replace(signer, country=country, organisation=None if country else inst))
        return out, range(i, j)
    return [], range(0)


MAX_PARTY_RUN_LINES = 12  # from the parties' lines to their last signer's name
# what a copy prints where a signature was: "(signed)", "(gez.)", a dotted line
SIGNED_MARK_RE = compile_factored(
    r"(?i)^\W*(?:signed|signé|gez|firmado|firmato|assinado|podpisano|unterschrift|signature|podpis|handtekening"
    r"|\.{3,}|(?:_{3,}\s*)+|…)\W*$"
)


def _party_line(text: str) -> bool:
    return len(text) <= 160 and _for_whom(text) is not None
QUOTES = " \"“”„«»'"


def _role_line(text: str) -> bool:
    return len(text) <= 160 and not text.rstrip().endswith(".") and any(is_role_word(w) for w in text.split())


# The patterns tried on most sentences, each behind a plain search of its small letters (patterns.gated): the same
# matches, and the sentences that hold none, most of them, are passed over two to three times faster.
WE_CLAUSE_RE, SIGNATURE_HEADING_END_RE = map(gated, (WE_CLAUSE_RE, SIGNATURE_HEADING_END_RE))
