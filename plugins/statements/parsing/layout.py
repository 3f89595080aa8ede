"""The parts of a raw statement: title, republisher's source line, body, notes, boilerplate."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from .patterns import compile_factored, gated

# The republisher's link icon: a lone "i" after a name, before punctuation or the line end.
ICON_RE = compile_factored(r"(?<=[\w)\]]) i(?=[\s]*[,.;:)]|\s*$)", re.MULTILINE)

# "Met dank overgenomen van X i, gepubliceerd op <date>." / "Source: X i, published on <date>."
SOURCE_LINE_RE = compile_factored(
    r"^\s*(?:Met dank overgenomen van|Overgenomen van|Bron\s*:|Source\s*:|Quelle\s*:|Fonte\s*:"
    r"|Fuente\s*:|Kilde\s*:|Källa\s*:|Izvor\s*:|Źródło\s*:|Zdroj\s*:|Πηγή\s*:|Republished from)"
    r"\s*(?P<publisher>.*?)\s*(?:,\s*(?:gepubliceerd op|published on|publié le|publiée? le"
    r"|veröffentlicht am|pubblicato il|publicado el|publicado em|publicerad|publisert"
    r"|offentliggjort|objavljeno|opublikowano|zveřejněno|δημοσιεύθηκε)\s*(?P<date>.*?))?\s*\.?\s*$",
    re.IGNORECASE,
)

# A "Key: value" metadata line near the top, e.g. "Dato: 31.10.2018", "date: 10/08/2020". Its key says what kind of
# date it holds: the statement's own, the website's publication (after any dateline), a later update (never).
DATE_KEYS = ("date", "dato", "datum", "data", "fecha", "release date", "issued", "ημερομηνία", "dátum", "datums",
             "kuupäev", "päivämäärä", "дата", "datum vydání", "datum objave")  # fmt: skip
PUBLISHED_KEYS = ("posted", "published", "publication date", "date de publication", "publicerad", "publisert",
                  "publiceret", "udgivet", "offentliggjort", "veröffentlicht", "publié", "pubblicato", "publicado",
                  "gepubliceerd", "opublikowano", "objavljeno", "objava", "објављено", "zveřejněno", "publikováno",
                  "zverejnené", "publikované", "publicēts", "paskelbta", "avaldatud", "julkaistu", "publicat",
                  "publicată", "data publicării", "közzétéve", "közzététel", "δημοσιεύθηκε", "δημοσίευση",
                  "публикувано", "data di pubblicazione", "fecha de publicación", "data de publicação",
                  "data publikacji")  # fmt: skip
SENT_KEYS = ("sent", "gesendet", "envoyé", "verzonden", "inviato", "enviado", "skickat", "sendt")
UPDATED_KEYS = ("updated", "last updated", "uppdaterad", "oppdatert", "opdateret", "aktualisiert", "mis à jour",
                "bijgewerkt", "aggiornato", "actualizado", "atualizado", "aktualizováno", "zaktualizowano",
                "päivitetty", "uuendatud", "atnaujinta", "atjaunināts", "frissítve", "actualizat", "ενημερώθηκε")  # fmt: skip
REFERENCE_KEYS = ("unique id", "reference", "ref.", "ref", "our ref.", "our ref")
META_KEYS = (
    "(?:(?:"
    + "|".join(
        re.escape(k) for k in sorted({*DATE_KEYS, *PUBLISHED_KEYS, *SENT_KEYS, *UPDATED_KEYS}, key=len, reverse=True)
    )
    + ")(?: on| am| le| den| il| el| em| op)?|"
    + "|".join(re.escape(k) for k in REFERENCE_KEYS)
    + ")"
)
META_LINE_RE = compile_factored(rf"^\s*(?P<key>{META_KEYS})\s*:?\s+(?P<value>.*\d.*?)\s*$", re.IGNORECASE)
# "Published" alone, its date on the next line (GOV.UK and other sites)
META_KEY_LINE_RE = compile_factored(rf"^\s*(?P<key>{META_KEYS})\s*:?\s*$", re.IGNORECASE)
# A news archive's or feed's line naming who issued the text and when
FEED_SOURCE_RE = compile_factored(
    r"(?i)^\s*(?:the\s+)?(?:press release|statement|news release|text)\s+(?:was\s+)?(?:issued|published|released"
    r"|posted)\s+by\s+[^.]{2,120}?\s+on\s+(?P<date>[^.]*\d{4})\.?\s*$"
)
# An e-mailed press release pasted with its headers ("From: …", "To: …", "Subject: …"): not text
EMAIL_HEADER_RE = compile_factored(
    r"^\s*(?:from|to|cc|bcc|subject|attachments?|von|an|betreff|anlagen|de|à|objet|pièces jointes|van|aan"
    r"|onderwerp|bijlagen|da|a|oggetto|allegati|para|asunto|adjuntos|från|till|ämne|bilagor|fra|til|emne)\s?:\s*\S",
    re.IGNORECASE,
)

EMAIL_HEADER_LINES = 8  # an e-mail's headers open the text
QUOTE_MARK_RE = compile_factored(r"^(?:\s*>)+\s?")
# An e-mail's own date header: when the message was sent (or forwarded), not the statement's date
SENT_HEADER_RE = compile_factored(
    r"(?i)^\s*(?:date|datum|sent|gesendet|envoyé|verzonden|inviato|enviado|skickat|sendt|data|päivämäärä)\s?:\s*(?P<value>\S.*)$"
)

# Once one of these headings appears, what follows is contact boilerplate (footnotes excepted).
CONTACTS_HEADING_RE = compile_factored(
    r"^\s*(?:press contacts?|media contacts?|contacts? (?:for|presse)|for further (?:details|information)"
    r"|for more information|further information|perscontact(?:en)?|contact presse|pressekontakt"
    r"|contatti stampa|contactos? de prensa|kontakt(?:er)? for presse|presskontakt"
    r"|kontakt za medije|kontakt dla mediów|kontakty pro média|kontakt|kontaktperson|contact|contacts|contatti"
    r"|contacto|kontakty|επικοινωνία|(?:media |press )?(?:inquiries|enquiries)|lisätietoja|ytterligare information"
    r"|auskünfte|renseignements)\b\s*:?\s*$|^\s*(?:press contacts?|media contacts?|perscontact(?:en)?|contact presse"
    r"|pressekontakt|presskontakt|kontaktperson|kontakt|contacts?|meer informatie|(?:for )?(?:more|further) information"
    r"|for further details"
    r"|plus d'informations|weitere informationen|per ulteriori informazioni|más información|mer information"
    r"|mere information|flere opplysninger)\s*:.*(?:\d{3}|@).*$"
    # a press or media contact on one line, with or without a number: "Kontakt pre médiá: Name, hovorkyňa"
    r"|^\s*(?:press contacts?|media contacts?|contacts? presse|pressekontakt|presskontakt|perscontact(?:en)?"
    r"|contatti stampa|contactos? de prensa|contacto de imprensa|kontakt pre médiá|kontakt pro média|kontakty pro média"
    r"|kontakt dla mediów|kontakt za medije|sajtókapcsolat|médiakapcsolat|mediakontakt"
    r"|kontakt för media|kontakt for presse|pressikontakt|kontaktai žiniasklaidai|kontakts medijiem"
    r"|επικοινωνία με τον τύπο|контакт за медиите|контакт за медије)\s*:.*$",
    re.IGNORECASE,
)
# A contact line: a phone number, an e-mail address, or a short line (a name, a job title).
CONTACT_LOOKAHEAD = 8
CONTACT_LINE_RE = compile_factored(r"(?:\+?\d[\d\s().-]{6,}\d|@|\btel\b|\bphone\b|\bmobile\b|\bgsm\b)", re.IGNORECASE)

# Lines of site chrome, counters, cookies, photo credits and inquiry lines: never statement text.
BOILERPLATE_RE = compile_factored(
    r"^\s*(?:terug naar boven|back to top|side ?bar|naar boven|top of page|share this|print this"
    r"|comments are closed\.?|reacties zijn gesloten\.?|leave a comment|tweet|related (?:links|news)"
    r"|general public inquiries\b.*|europe direct\b.*|.*\bby phone 00 800\b.*"
    r"|(?:views?|hits|bekeken|vues)\s*:?\s*\d[\d.,]*|\d[\d.,]*\s+(?:views|keer bekeken|vues)"
    r"|(?:photo|foto|image|picture|bild|credit)s?\s*(?:credit)?\s*[:©].*|©.*|fot\.\s.*|nuotr\.\s.*"  # (Polish "Fot. Name", Lithuanian "Nuotr.")
    r"|[\w\-. ]+\.(?:jpe?g|png|gif|webp|svg)"
    r"|\(?or\.\s*[a-z]{2}\)?|presse\s+\d+|pr[eé]sse\s+\d+"
    r"|(?:[^»›>.!?]{1,40}\s[»›>]\s){1,6}[^»›>.!?]{1,60}"  # breadcrumbs: "Home » Press Releases » …"
    r"|posted in\b.*\|\s*tagged\b.*"
    r")\s*$",
    re.IGNORECASE,
)

# a cookie notice, in any language: tried only on a line that has one of its words (the notice's pattern is slow to
# find nothing in a long line)
COOKIE_WORDS = (
    r"cookies?|kolačić\w*|piškotk\w*|sušenk\w*|ciasteczk\w*|eväste\w*|küpsis\w*|sīkdatn\w*|slapuk\w*|sütik?"
    r"|бисквитк\w*|колачић\w*"
)
COOKIE_WORD_RE = gated(compile_factored(rf"(?i)\b(?:{COOKIE_WORDS})\b"))
COOKIE_NOTICE_RE = compile_factored(rf"(?i)^\s*(?:.{{0,300}}\b(?:{COOKIE_WORDS})\b.{{0,300}})\s*$")


def is_boilerplate(line: str) -> bool:
    """A page's chrome: 'Back to top', a share button, a cookie notice, a breadcrumb trail, a photo's credit, …"""
    return bool(BOILERPLATE_RE.match(line) or (COOKIE_WORD_RE.search(line) and COOKIE_NOTICE_RE.match(line)))


# A footnote: "*Ministers …", "** …", "+ …", "(1) …", "1) …", "¹ …", "[1] …".
NOTE_RE = compile_factored(r"^\s*(?:\*{1,3}|\+|\(\d{1,2}\)|\d{1,2}\)|\[\d{1,2}\]|[¹²³⁴⁵⁶⁷⁸⁹]+)\s*\S")


@dataclass(frozen=True)
class Line:
    number: int  # 1-based line number in the raw file
    text: str


@dataclass(frozen=True)
class Layout:
    title: str
    title_line: int | None
    publisher: str | None
    source_date_text: str | None
    source_line: int | None
    meta: tuple[tuple[str, str, int], ...]  # (key, value, line) from a metadata block
    body: tuple[Line, ...]  # statement text lines, boilerplate removed
    notes: tuple[Line, ...]  # footnotes (signatory lists, alignment status)
    dropped: tuple[Line, ...]  # boilerplate removed from the text, for diagnostics
    header_lines: tuple[Line, ...]  # every non-empty line up to the end of the source line, and metadata lines


# Formatting markup left by a copy from a web page ("<p style=…>", "<br>"); other tags stay as text.
FORMATTING_TAG_RE = compile_factored(r"</?(?:p|br|div|span|strong|em|b|i|u|font|center|small|h[1-6])\b[^<>]{0,200}>", re.I)


def clean_line(text: str) -> str:
    # (each pattern only where the character it needs is: most lines have none of them)
    if ">" in text:
        text = QUOTE_MARK_RE.sub("", text)  # "> Brussels, 20 June 2013": a forwarded message's quoted line
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\u00a0", " ").replace("\u200b", "").replace("\t", " ")
    if "<" in text:
        text = FORMATTING_TAG_RE.sub(" ", text)
    if " i" in text:
        text = ICON_RE.sub("", text)
    return SPACES_RE.sub(" ", text).strip()


SPACES_RE = compile_factored(r"\s{2,}")


CONTROL_RE = compile_factored(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ue000-\uf8ff\ufffd]")


def _is_control_garbage(text: str) -> bool:
    return len(CONTROL_RE.findall(text)) > max(3, len(text) // 50)


COLUMN_GAP_RE = compile_factored(r"\t+|\s{3,}")
COLUMN_LINES = 20  # signature blocks set side by side sit at the end of a text


MAX_COLUMN_CELL = 120  # "For the Council and the Representatives of the Governments of the Member States …"


# a PDF flattened with single spaces: "For the European Parliament For the Council For the European Commission"
MAX_FLAT_ROW = 200  # a row of signature blocks flattened to single spaces is short
FOR_BLOCK_RE = compile_factored(r"\s+(?=(?:For|Pour|Für|Por|Per|Voor|För|Za|Dla|Για)\s)")


COLUMN_SLACK = 3  # cells of two rows open within this many characters of each other


def _aligned(upper: str, lower: str) -> bool:
    """Two rows of two or more cells, three spaces or a tab apart, whose cells open at the same columns."""
    starts = [[m.end() for m in COLUMN_GAP_RE.finditer(row.rstrip(), len(row) - len(row.lstrip()))] for row in (upper, lower)]
    return len(starts[0]) == len(starts[1]) >= 1 and all(abs(a - b) <= COLUMN_SLACK for a, b in zip(*starts))


@lru_cache(maxsize=4096)  # each line is asked as the upper and as the lower row
def _cells(text: str) -> tuple[str, ...]:
    """A line's columns: cells three spaces or a tab apart; or, flattened to single spaces, blocks that each open with
    'For …', or one phrase repeated ('The President The President The President')."""
    text = text.strip()
    cells = tuple(c for c in COLUMN_GAP_RE.split(text) if c.strip())
    if len(cells) > 1 or len(text) > MAX_FLAT_ROW:
        return cells
    blocks = FOR_BLOCK_RE.split(text)
    if len(blocks) > 1 and FOR_BLOCK_RE.match(" " + blocks[0]):
        return tuple(blocks)
    words = text.split()
    for n in (2, 3, 4):
        size = len(words) // n
        if size and len(words) == n * size and words[0] == words[size] and words[:size] * n == words:
            return (" ".join(words[:size]),) * n
    return cells


MAX_COLUMN_ROWS = 4  # an institution, an office, a name and a date, side by side


def _spans(text: str) -> list[tuple[int, str]]:
    """A line's cells with where each starts."""
    out, pos = [], 0
    for gap in [*COLUMN_GAP_RE.finditer(text), None]:
        end = gap.start() if gap else len(text)
        if text[pos:end].strip():
            out.append((pos, text[pos:end]))
        pos = gap.end() if gap else end
    return out


DANGLING_END_RE = compile_factored(
    r"(?i)\s(?:of|of the|the|de|du|des|de la|der|des|di|del|della|van|von|do|da|и|на"
    r"|and|et|und|e|y|en|og|och)$"  # ("Minister for Environment and" / "Climate Action")
    r"|[^\W\d_]-$"  # (or a word broken at its hyphen: "Landesrat für Verkehr, Umwelt-" / "schutz und …")
)
MAX_CELL_SHIFT = 2


def _with_continuation(upper: str, lower: str) -> str | None:
    """A row of cells whose broken ends go on in the line below, under them ('For the Grand Duchy of' / 'Luxembourg',
    'For the Government of the     For the Government of the' / 'Portuguese Republic     Kingdom of the
    Netherlands'): the row whole, its cells three spaces apart; else None."""
    if "   " not in upper.strip() and "\t" not in upper:
        return None  # no columns (most lines): no need to look for them
    up, low = _spans(upper), _spans(lower)
    if len(up) < 2 or not 1 <= len(low) <= len(up):
        return None
    cells = [text.strip() for _, text in up]
    placed = [(next((k for k, (s, _) in enumerate(up) if abs(s - start) <= MAX_CELL_SHIFT), None), text.strip()) for start, text in low]
    if any(column is None for column, _ in placed):
        return None
    # ("Minister of Maritime Affairs," / "Tourism and Transport"; "Minister of the Economy" / "and Finance")
    goes_on = [
        bool(DANGLING_END_RE.search(cells[column]) or cells[column].endswith(",") or text.split()[0] in CELL_GOES_ON_WORDS)
        for column, text in placed
    ]
    if not all(goes_on) and not (any(goes_on) and _office_row(cells)):
        return None  # (in a row of offices, one cell's going on carries the others: "Minister X" / "i Y" beside
        # "Minister X" / "Republiki Słowackiej")
    for column, text in placed:
        broken_word = cells[column].endswith("-") and text[:1].islower() and text.split()[0] not in CONJUNCTION_WORDS
        cells[column] = cells[column][:-1] + text if broken_word else cells[column] + " " + text
    return "   ".join(cells)


def _office_row(cells: list[str]) -> bool:
    """Every cell opens with an office's word ("Minister …", "Sekretarz Stanu …")."""
    from .vocabulary import is_role_word  # (vocabulary reads layouts' folding: imported when first asked)

    return all(is_role_word(c.split()[0]) for c in cells if c.split())


def _lone_name_row(lines: list[Line], k: int, above: str) -> bool:
    """Line k is a row set like `above`, every cell of two or more words that open with capitals, and no row of
    text follows it (a blank line or the text's end below): the names under a block of offices."""
    if not _aligned(above, lines[k].text) or (k + 1 < len(lines) and lines[k + 1].text.strip()):
        return False
    return all(len(c.split()) >= 2 and all(w[:1].isupper() for w in c.split()) for c in _cells(lines[k].text))


CONJUNCTION_WORDS = frozenset({"und", "and", "et", "e", "y", "en", "og", "och", "i", "a", "és", "ja", "oder", "or"})
CELL_GOES_ON_WORDS = CONJUNCTION_WORDS - {"a"}  # (Hungarian "a" is "the": "Name" / "a magyar bizottság elnöke")


def _unfold_columns(lines: list[Line]) -> list[Line]:
    """Two lines set in the same number of columns at the end of a text, as a PDF lays out signatures side by
    side ("Name A     Name B" / "Role A     Role B"), become one block per column: "Name A" / "Role A", …"""
    out = list(lines)
    start = max(0, len(lines) - COLUMN_LINES)
    i = start
    while i < len(out) - 1:
        broken = _with_continuation(out[i].text, out[i + 1].text)
        if broken:  # "For the Federal Republic of" over "Germany", in the same column
            out[i : i + 2] = [Line(out[i].number, broken)]
            if i + 1 >= len(out):
                break
        # the next line of text; across one blank line only if the block is those two rows alone
        j = i + 1
        if not out[i + 1].text.strip() and i + 2 < len(out) and (i + 3 >= len(out) or not out[i + 3].text.strip()):
            j = i + 2
        elif not out[i + 1].text.strip() and i + 2 < len(out) and _aligned(out[i].text, out[i + 2].text):
            j = i + 2  # ("For A     For B" / "" / "Name A     Name B" / …: a block's head over a blank line)
        upper = _cells(out[i].text)
        joined = _with_continuation(out[j].text, out[j + 1].text) if j + 1 < len(out) and len(upper) >= 2 else None
        if joined:  # "Name A     Name B" / "Minister for Environment and     Minister of …" / "Climate Action     …"
            out[j : j + 2] = [Line(out[j].number, joined)]
        lower = _cells(out[j].text)
        if len(upper) == len(lower) >= 2 and all(len(c) <= MAX_COLUMN_CELL for c in upper + lower):
            rows = [upper, lower]
            # "For the Council" / "The President" / "Name SURNAME": a third row (or more) set the same way
            while j + 1 < len(out) and len(rows) < MAX_COLUMN_ROWS:
                k = j + 1
                if k + 1 < len(out) and not out[k].text.strip() and _lone_name_row(out, k + 1, out[j].text):
                    k += 1  # ("Office A     Office B" / "" / "Name A     Name B": the names' row across a blank line)
                joined = _with_continuation(out[k].text, out[k + 1].text) if k + 1 < len(out) else None
                if joined:
                    out[k : k + 2] = [Line(out[k].number, joined)]
                more = _cells(out[k].text)
                if len(more) != len(upper) or any(len(c) > MAX_COLUMN_CELL for c in more):
                    break
                rows.append(more)
                j = k
            # each column's lines, one under the other
            cells = [Line(out[i].number + r, row[col]) for col in range(len(upper)) for r, row in enumerate(rows)]
            out[i : j + 1] = cells
            i += len(cells)
            continue
        if broken:  # a row of cells known by their broken ends, with no row like it below: its cells, one a line
            cells = [Line(out[i].number, cell) for cell in _cells(out[i].text)]
            out[i : i + 1] = cells
            i += len(cells)
            continue
        i += 1
    return out


# Text copied from a PDF keeps the page's line breaks: a paragraph comes as lines of about the same width
WRAPPED_MIN, WRAPPED_MAX, WRAPPED_RUN = 55, 140, 2
SLASHED_WORDS_RE = compile_factored(r"(?:^|\s)[^\W\d_]+/[^\W\d_]+$")  # "Secretary-General/High" (not "12/25")
FULL_WIDTH_SLACK = 15  # a line within this many characters of its run's longest is as wide as the page
# (a day's number before a small word is no item: "… NATO samitā Viļņā" / "7. un 8. maijā …")
LIST_ITEM_RE = compile_factored(r"^\s*(?:\d{1,2}[.)]\s(?![^\W\d_A-ZÀ-Þ])|[-–•*]\s|\(\w\)\s)")


def _join_wrapped(lines: list[Line]) -> list[Line]:
    """Lines of a hard-wrapped paragraph become one line again ("… met in Athens on" / "28 January 2025."):
    only inside a run of consecutive lines of a PDF's width, and only where a line stops mid-sentence: it ends
    with a hyphen, a comma or a short lower-case word, or the next starts in lower case or with a number that is no list
    item.
    "Vester-" / "gaard" is one word again."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        j = i + 1
        while j < len(lines) and lines[j].number == lines[j - 1].number + 1:
            j += 1
        run = lines[i:j]
        long_lines = [k for k, ln in enumerate(run) if len(ln.text) > WRAPPED_MAX]
        if long_lines and long_lines[-1] < MAX_HEAD_LINES and long_lines[-1] + 1 < len(run):
            # a title or heading longer than the page's width over a wrapped paragraph, with no blank line between:
            # the paragraph's lines are read on their own ("Title of 160 characters" / "Place, date" / "The
            # Commissioner … and" / "…")
            out.extend(run[: long_lines[-1] + 1])
            i += long_lines[-1] + 1
            continue
        if (
            all(len(ln.text) <= WRAPPED_MAX for ln in run)
            and (
                sum(len(ln.text) >= WRAPPED_MIN for ln in run) >= WRAPPED_RUN
                # (or a paragraph's last, short line that goes on in small letters: "… del prossimo Consiglio" /
                # "europeo del 14 e 15 ottobre a Lussemburgo.")
                or len(run) == 2 and len(run[0].text) >= WRAPPED_MIN and run[1].text[:1].islower()
            )
        ):
            current = run[0]
            width = max(len(ln.text) for ln in run)
            for before, nxt in zip(run, run[1:]):
                # (a line the width of the page that ends on a word with a slash was broken mid-sentence:
                # "… the Secretary-General/High" / "Representative …")
                full = len(before.text) >= width - FULL_WIDTH_SLACK and (
                    SLASHED_WORDS_RE.search(before.text) or _prose_runs_on(before.text, nxt.text)
                )
                if _same_opening(before.text, nxt.text):
                    out.append(current)  # ("the Minister of … of Arvenia" / "the Minister of … of Borlandia": a list)
                    current = nxt
                    continue
                if _continues(current.text, nxt.text) or full and not re.search(r"[.!?:;\"”»)]$", before.text):
                    hyphen = re.search(r"[^\W\d_]-$", current.text) and nxt.text[:1].islower()
                    text = current.text[:-1] + nxt.text if hyphen else f"{current.text} {nxt.text}"
                    current = Line(current.number, text)
                else:
                    out.append(current)
                    current = nxt
            out.append(current)
        else:
            out.extend(run)
        i = j
    return out


MIN_PROSE_WORDS = 12
MAX_HEAD_LINES = 3  # a page's title, its label and its repeated title
MIN_PROSE_CHARS = 90


def _same_opening(line: str, nxt: str) -> bool:
    """Two lines that open with the same two words, the second capitalised ('the Minister …' / 'the Minister …'): the
    items of a list, one a line, not a wrapped sentence."""
    one, two = line.split()[:2], nxt.split()[:2]
    if len(one) < 2 or len(two) < 2 or re.search(r"[-,]$", line):
        return False
    # (or two signature lines for whom each signs: "Por el Reino de España: Name, …" / "Por la República de …: Name")
    return one == two and one[1][:1].isupper() or one[0] == two[0] and FOR_BLOCK_RE.match(" " + line) is not None


def _prose_runs_on(line: str, nxt: str) -> bool:
    """'… e il Ministro delle Politiche' / 'Agricole della Repubblica …': a page-wide line of prose that stops on a
    capitalised word, and a line of prose that goes on with a small word within its first four: one sentence."""
    words, following = line.split(), nxt.split()
    return (
        (len(words) >= MIN_PROSE_WORDS or len(line) >= MIN_PROSE_CHARS)  # (long words: Finnish, Hungarian)
        # (one to three capitalised words after a small one: a body's or an office's name broken in its middle; or a
        # German adjective before its noun: "… im Rahmen der jährlichen" / "Konferenz …")
        and (
            DECLINED_END_RE.search(words[-1]) is not None
            or words[-1][:1].isupper() and any(w[:1].islower() for w in words[-4:-1])
            # (or a weekday in small letters, in the middle of its sentence: "… miniszter hétfőn" / "Lendván közös
            # nyilatkozatot …")
            or words[-1].isalpha() and words[-1].islower() and _is_weekday(words[-1])
        )
        and sum(w[:1].islower() for w in words) >= len(words) // 3
        and len(following) >= MIN_PROSE_WORDS // 2
        and any(w[:1].islower() for w in following[1:4])
        # (not a list of signers, a name and its comma opening each line: "Ana Ruiz Navarro, ministra …", nor the
        # republisher's source line under a title)
        and not any(w.endswith(",") for w in following[:4])
        and not SOURCE_LINE_RE.match(nxt)
        # (nor a page's trail over its label and dateline: "Home > … of the Partnership Agreement" / "Press release -
        # Trade - 03-05-2019")
        and " > " not in line
        and len(PAGE_SEPARATOR_RE.findall(nxt)) < 2  # (one dash is a pair of places: "Bregana – Obrežje")
    )


def _is_weekday(word: str) -> bool:
    from .dates import find_weekday_in_any_case  # (dates reads layouts: imported when first asked)

    day = find_weekday_in_any_case(word)
    return bool(day and day.start() == 0 and day.end() >= len(word) - 2)


DECLINED_END_RE = compile_factored(r"^[^\W\d_A-ZÀ-Þ]\w*(?:en|er|es|em)$")  # "jährlichen", "neuen", "gemeinsamer"
PAGE_SEPARATOR_RE = compile_factored(r"\s[-|–]\s")


DATELINE_NEXT_RE = compile_factored(r"[^\W\d_][\w'’ -]{0,30},\s*(?:le\s+|den\s+|am\s+)?\d")  # "Paris, 14 octobre 2024"
DAY_NUMBER_END_RE = compile_factored(r"\s(?:[0-3]?\d\.\s?[–-]\s?)?[0-3]?\d\.$")
# Articles longer than three letters, which never end a sentence either ("… bei einem" / "Arbeitstreffen im …")
LONG_LINK_WORDS = frozenset(
    "einem einen einer eines eine dieser diesem diesen their these those"
    # (and conjunctions and prepositions: "… betonten sie, dass" / "Pendler …")
    " dass that which where with from into über unter durch gegen zwischen sowie avec dans pour entre della delle"
    " degli dello nella sulla alla dalla para como"
    # (Dutch, Nordic and Iberian prepositions: "… de Deense minister voor" / "Voedselveiligheid, …")
    " voor naar door tegen onder tussen sinds zonder från efter mellan inom desde hacia entre sobre".split()
)


def _continues(line: str, nxt: str) -> bool:
    if len(line) >= WRAPPED_MIN and DAY_NUMBER_END_RE.search(line) and nxt[:1].islower():
        return True  # "… käsittelee … 21.–22." / "lokakuuta …", "… am 2." / "Juni …": a day's number, then its month
    if len(line) < WRAPPED_MIN or re.search(r"[.!?:;\"”»)]$", line) or LIST_ITEM_RE.match(nxt):
        return False
    if re.fullmatch(r"\S+\.[a-z]{2,}\S*", nxt):
        return False  # "gov.mt", "www.gov.pl/web/…": a site's name or address on a line of its own
    if DATELINE_NEXT_RE.match(nxt) or is_boilerplate(line):
        return False  # "Accueil > … > Actualités" / "Paris, 14 octobre 2024": a page's trail, then the dateline
    last = line.split()[-1]
    # "… of the" / "Central …": a short word never ends a sentence; "… Repubblica italiana" / "Nikos …" may end a line
    short_word = last[:1].islower() and len(last) <= 3 or last in LONG_LINK_WORDS
    # "… of the National" / "Assembly of Ghana, who …": a name that a preposition and its article open runs on
    words, following = line.split(), nxt.split()[:2]
    name_runs_on = (
        len(words) >= 3
        and all(w.islower() and len(w) <= 3 for w in words[-3:-1])
        and last[:1].isupper()
        and len(following) == 2
        and following[0][:1].isupper()
        and following[1][:1].islower()
    )
    day_then_month = last.isdigit() and len(last) <= 2 and nxt[:1].isalpha()  # "… on 13 and 14" / "April, …"
    return (
        last.endswith(("-", ",")) or short_word or nxt[:1].islower() or nxt[:1].isdigit() or _name_across(last, nxt)
        or name_runs_on or day_then_month
        or bool(NAME_ACROSS_RE.search(line) and last[:1].isupper() and nxt[:1].isupper() and NAME_END_RE.match(nxt))
        or nxt.startswith("(")  # "… its two Co-Presidents, Name Surname" / "(PES, UK) and Name …": an aside goes on
    )


# "… of the Slovak Republic, Pavol" / "Novák, met in …", "… græske kollega, sundhedsminister Thanos" /
# "Kyriakidis, har …": a name broken between its words (the line ends with a capitalised word, the next opens with
# one and its comma)
NAME_ACROSS_RE = compile_factored(r"\s[^\W\d_][^\W\d_'’.-]*$")
NAME_END_RE = compile_factored(r"[^\W\d_][\w'’-]*(?:[,.](?:\s|$)|\s+\()")  # ("Hadjigeorgiou. Al …", "Moresby (Papua …")


def _name_across(last: str, nxt: str) -> bool:
    """'… the President of the European' / 'Commission, assisted by …': an institution's name runs on."""
    first = nxt.split()[0].strip(",;.") if nxt.split() else ""
    return f"{fold(last)} {fold(first)}" in _institution_openings()


_OPENINGS: set[str] = set()


def _institution_openings() -> set[str]:
    """The first two words of every institution's name ('european commission', 'european investment')."""
    if not _OPENINGS:
        from .vocabulary import INSTITUTION_BY_ALIAS  # vocabulary reads this module: imported when first needed

        _OPENINGS.update(" ".join(alias.split()[:2]) for alias in INSTITUTION_BY_ALIAS if " " in alias)
    return _OPENINGS


def split_layout(text: str, line_offset: int = 0) -> Layout:
    """Split raw text into its parts. Never raises: a file with no text has an empty title."""
    raw = text.split("\n")
    lines = _unfold_columns([Line(i + 1 + line_offset, t) for i, t in enumerate(raw)])
    lines = [Line(ln.number, clean_line(ln.text)) for ln in lines]
    nonempty = [ln for ln in lines if ln.text]
    nonempty = nonempty[:1] + _join_wrapped(nonempty[1:])  # the title is the first line as it stands
    title, title_line = "", None
    rest = nonempty
    if nonempty:
        title, title_line = nonempty[0].text, nonempty[0].number
        rest = nonempty[1:]

    publisher = source_date = None
    source_line = None
    meta: list[tuple[str, str, int]] = []
    header_lines = list(nonempty[:1])
    # the source line sits within the first few lines below the title
    for ln in rest[:4]:
        m = SOURCE_LINE_RE.match(ln.text)
        if m:
            publisher = m.group("publisher").strip(" ,.;") or None
            source_date = (m.group("date") or "").strip() or None
            source_line = ln.number
            break
    body: list[Line] = []
    notes: list[Line] = []
    dropped: list[Line] = []
    in_contacts = False
    # a block of two or more e-mail headers at the top, one of them the sender's
    headers = [ln for ln in rest[:EMAIL_HEADER_LINES] if EMAIL_HEADER_RE.match(ln.text)]
    email = len(headers) >= 2 and any(re.match(r"(?i)\s*(?:from|von|de|van|da|från|fra)\s?:", h.text) for h in headers)
    key_alone: str | None = None  # "Published" on a line of its own, near the top
    for i, ln in enumerate(rest):
        if ln.number == source_line:
            header_lines.append(ln)
            continue
        if key_alone and re.search(r"\d", ln.text) and len(ln.text) < 60:
            meta.append((key_alone, ln.text.strip(), ln.number))
            key_alone = None
            continue
        key_line = META_KEY_LINE_RE.match(ln.text) if len(body) < 20 else None
        key_alone = key_line.group("key").lower() if key_line else None
        if key_line:
            dropped.append(ln)
            continue
        sent = SENT_HEADER_RE.match(ln.text) if email and i < EMAIL_HEADER_LINES else None
        if sent:  # "Date: Mon, 24 Jun 2013 at 09:12" of the forward: read after the text's own dateline
            meta.append(("sent", sent.group("value"), ln.number))
            dropped.append(ln)
            continue
        # "Pressemelding | Nr: 41/2021 | Dato: 15.06.2021": a metadata line may hold several fields
        fields = [META_LINE_RE.match(part) for part in ln.text.split(" | ")] if len(body) < 8 else []
        if fields and any(fields):
            meta.extend((m.group("key").lower(), m.group("value"), ln.number) for m in fields if m)
            if all(fields) or len(ln.text) < 80:
                header_lines.append(ln)  # its other fields may hold a document number ("Nr: 074-25")
                continue
        if email and ln in headers:
            dropped.append(ln)
            continue
        feed = FEED_SOURCE_RE.match(ln.text) if len(body) < 4 else None
        if feed:  # "The press release issued by the Prime Minister's Office, … on 10 March 2023.": a source line
            meta.append(("published", feed.group("date"), ln.number))
            header_lines.append(ln)
            continue
        if CONTACTS_HEADING_RE.match(ln.text):
            # a heading alone opens a block of contact lines, if a phone number or an address follows soon:
            # "Contacts" in a page's menu, above the text, opens nothing
            soon = False
            for nxt in rest[i + 1 : i + 1 + CONTACT_LOOKAHEAD]:
                if CONTACT_LINE_RE.search(nxt.text):
                    soon = True
                    break
                if len(nxt.text) > 120:
                    break  # prose comes first
            in_contacts = not re.search(r":\s*\S", ln.text) and soon
            dropped.append(ln)
            continue
        if in_contacts and len(ln.text) > 120 and not CONTACT_LINE_RE.search(ln.text):
            in_contacts = False  # prose again: the contacts sat in the middle of the text
        if NOTE_RE.match(ln.text) and not ln.text.startswith("* *"):
            notes.append(ln)
            continue
        if in_contacts or is_boilerplate(ln.text) or _is_control_garbage(ln.text):
            dropped.append(ln)
            continue
        body.append(ln)
    # a numbered line is a footnote only in the trailing block; earlier it is a list item
    last_body = body[-1].number if body else 0
    numbered = [n for n in notes if not n.text.lstrip().startswith(("*", "+")) and n.number < last_body]
    if numbered:
        notes = [n for n in notes if n not in numbered]
        body = sorted(body + numbered, key=lambda ln: ln.number)
    return Layout(
        title=title,
        title_line=title_line,
        publisher=publisher,
        source_date_text=source_date,
        source_line=source_line,
        meta=tuple(meta),
        body=tuple(body),
        notes=tuple(notes),
        dropped=tuple(dropped),
        header_lines=tuple(header_lines),
    )


def _capitals(first: int, last: int) -> str:
    """The capital letters between two code points: Latin Extended-A and Greek mix capitals and small letters."""
    return "".join(chr(c) for c in range(first, last + 1) if chr(c).isupper())


# capital letters of the scripts statements are written in, for character classes
UPPER = "A-ZÀ-ÖØ-Þ" + _capitals(0x100, 0x24F) + _capitals(0x386, 0x3AB) + "Ѐ-Я"
ABBREVIATION_END_RE = compile_factored(
    r"(?:\b(?:Dr|Mr|Mrs|Ms|Prof|St|Mme|No|Nr|Gen|Sen|Rep|H\.E|U\.S|U\.K|Sig|Dott|Sr|Sra|Ma|Jr|Amb|Hon|κ|κα|Δρ|г|gđa|gđa|dr|mgr|inż"
    r"|ds|tzw|np|ul|tj|m\.in|resp|tzv|napr|vgl|bzw|ca|sv|ev|ang)"  # "Rady ds. Rolnictwa", "m.in. o obronności"
    r"|(?<=\d )[dm]"  # Lithuanian "spalio 21–22 d. Briuselyje", "2021 m. spalio": a day's and a year's mark
    r"|\b[A-ZΑ-ΩА-Я]|\b\d{1,2})\.$"  # "am 8. Mai" is no sentence end; "… on 29 June 2015. The President" is
)


# "… held in Brussels on April 25. Both sides …": an English month before the day, which ends the sentence
MONTH_DAY_END_RE = compile_factored(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}\.$"
)


SENTENCE_BREAK_RE = compile_factored(r"(?<=[.!?:])\s+(?=[\"“„«(]?[%s])" % UPPER)


def split_sentences(text: str) -> list[str]:
    """Sentences, not split after 'Dr.', 'H.E.', initials or an ordinal date ('am 8. Mai')."""
    return list(_sentences(text))


@lru_cache(maxsize=256)  # the rules read the same lines' sentences again and again
def _sentences(text: str) -> tuple[str, ...]:
    out: list[str] = []
    for part in SENTENCE_BREAK_RE.split(text):
        if out and ABBREVIATION_END_RE.search(out[-1]) and not MONTH_DAY_END_RE.search(out[-1]):
            out[-1] += " " + part
        else:
            out.append(part)
    return tuple(out)


def fold(text: str) -> str:
    """Case- and diacritic-insensitive form for matching names and keywords."""
    return fold_same_length(text.casefold()).replace("æ", "ae")


class _FoldTable(dict):
    """str.translate table that works each character out once, on first sight."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        base = unicodedata.normalize("NFKD", ch.lower())
        base = "".join(c for c in base if not unicodedata.combining(c)) or ch
        folded = _SPECIAL.get(base[0], base[0])
        self[code] = folded
        return folded


_SPECIAL = {"đ": "d", "ł": "l", "ø": "o", "ı": "i"}
_FOLD_TABLE = _FoldTable()


def fold_same_length(text: str) -> str:
    """Lower-case, diacritics removed, one character for one: spans stay valid in the original."""
    return text.translate(_FOLD_TABLE)
