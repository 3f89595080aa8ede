"""Document numbers: press-release references, Council document numbers, UN symbols."""

from __future__ import annotations

import re

from .patterns import compile_factored

# Patterns whose every match holds a slash ("IP/18/4187", "14198/12"): a line without one, as most lines with a
# number are (a date, a figure), is only tried against the others.
SLASHED_RES = (
    # STATEMENT/18/4187, IP/18/4187, MEMO/18/123, SPEECH/18/1, MEX/18/2, AC/18/1
    re.compile(r"\b(?:STATEMENT|IP|MEMO|SPEECH|MEX|AC|QANDA|DAILY|PRES|STAT)/\d{2}/\d{1,5}\b"),
    # Council document numbers at the top: "14198/12", "10137/1/18 REV 1"
    re.compile(r"(?m)^\s*\(?(\d{4,5}/(?:\d/)?\d{2}(?:\s+REV\s+\d)?)\b(?!/)"),
    # the European Council's documents: "EUCO 133/14" (its President's press releases, "PR PCE 122", below)
    re.compile(r"\bEUCO\s+\d{1,4}/\d{2}\b"),
    # "PRN: 2008/745", the Presidency's "P 21/08"
    re.compile(r"\bPRN:\s*(\d{4}/\d{1,5})\b"),
    re.compile(r"(?m)(?:^|\()\s*(P\s+\d{1,3}/\d{2})\b"),
    # "Press Release No. 12/301", "Communiqué de presse n° 12/301"
    re.compile(
        r"(?i)\b(?:press release|communiqué de presse|persbericht|pressemitteilung|comunicato stampa)\s*"
        r"(?:no\.?|nr\.?|n°|n\.)\s*(\d{1,4}/\d{1,4})\b"
    ),
    re.compile(r"\bPR/CP\(\d{4}\)\d{2,4}\b"),  # NATO/OSCE style
    # "Pressemitteilung 262/23", "Persbericht 14/2019": a press release number right after the word
    re.compile(
        r"(?i)\b(?:press release|pressemitteilung|persbericht|comunicato stampa|communiqué de presse|pressmeddelande"
        r"|pressemelding|pressemeddelelse|tiedote|nota de prensa|comunicado de imprensa)(?:\s*:\s*|\s+|\s*[|·•]\s*)"
        r"(\d{1,4}/\d{2,4})\b(?!/)"  # "Council of the EU | Press release | 642/21 | 31/08/2021": a page's metadata line
    ),
    # the Council's press release number in the languages of its pages: "Съобщение за медиите 509/20"
    re.compile(
        r"(?i)\b(?:съобщение за медиите|comunicado de prensa|comunicado de imprensa|lehdistötiedote|pressiteade"
        r"|paziņojums presei|pranešimas spaudai|komunikat prasowy|tisková zpráva|tlačová správa|sporočilo za javnost"
        r"|priopćenje za medije|comunicat de presă|sajtóközlemény|ανακοινωθέν τύπου|stqarrija għall-istampa"
        r"|preaseisiúint)(?:\s+|\s*[|·•]\s*)(\d{1,4}/\d{2})\b(?!/)"
    ),
    # "Statements and remarks 553/25" (the Council's page heading)
    re.compile(r"(?i)^\s*statements and remarks\s+(\d{1,4}/\d{2})\s*$"),
    re.compile(r"\b(?:PC|MC|FSC|PA|CIO|SEC)\.[A-Z]{2,5}(?:\.[A-Z]{2,5})?/\d{1,4}/\d{2}\b"),  # OSCE: "PC.DEL/298/23"
    re.compile(r"\b(?:SG/SM|SG/A|SG/T|SG|SC|GA|PI|AFR|ECOSOC|HR|DEV|ENV|OBV|SEA|L)/\d{3,6}(?:-\w+/\d+)*\b"),  # UN
    # a press release number alone on a header line or bullet: "• 471/20"
    re.compile(r"^[\s•*·–-]*(\d{2,4}/\d{2})\s*$"),
)
OTHER_RES = (
    # the Council's "PRESSE 399", "Presse 266" (not "Communiqué de presse 41/21")
    re.compile(r"(?i)(?<!\bde\s)\bPRESSE\s+\d{1,4}\b(?!/)"),
    re.compile(r"\bPR\s+PCE\s+\d{1,4}\b"),  # the European Council President's press releases: "PR PCE 122"
    # a labelled reference on a government's page: "Reference Number: PR190862, Release Date: …"
    re.compile(r"(?i)\breference\s+(?:number|no\.?)\s*:\s*([A-Z]{0,4}\d[\w/-]{2,20})"),
    re.compile(r"\b\d{8}(?:IPR|STO|BKG|AGD)\d{5}\b"),  # the European Parliament's "REF.: 20161129IPR53716"
    re.compile(r"\bUNIQUE ID:\s*([\w-]+)", re.IGNORECASE),
    # "PRESS RELEASE 81/22", "Press Release (2019) 010", "Nr: 41/2021"
    re.compile(r"(?i)\bpress release\s+(\d{1,4}/\d{2,4}|\(\d{4}\)\s*\d{2,4})\b"),
    re.compile(r"(?i)\b(?:Nr|No)\.?\s*:\s*(\d{1,4}[/-]\d{2,4})\b"),
    # a header line that is only a release and its number: "NOTA DE PRENSA 087", "Communiqué de presse n° 45"
    re.compile(
        r"(?i)^\s*(?:press release|nota de prensa|comunicado de prensa|comunicado|communiqué de presse|comunicato stampa"
        r"|pressemitteilung|persbericht|pressmeddelande|pressemelding)\s+(?:n[º°o]\.?\s*|nr\.?\s*|n\.\s*)?(\d{1,4})"
        r"(?:\s+(?:del|du|of|vom|de|z|od)\s+[\d./-]+)?\s*$"  # ("Comunicato Stampa N° 112 del 19/07/2023")
    ),
    re.compile(r"^\s*N[º°]\s*(\d{2,5})\s*$"),  # "N° 1187" alone on a line
    re.compile(r"\b[A-Z]{2,4} \d{2,4}\(\d{4}\)"),  # Council of Europe press references: "DC 061(2019)"
)
IDENTIFIER_RES = SLASHED_RES + OTHER_RES


DIGIT_RE = compile_factored(r"\d")


def find_identifiers(lines: list[str]) -> list[str]:
    """Identifiers in the order they appear, each once."""
    found: list[tuple[int, int, str]] = []
    for n, line in enumerate(lines):
        if not DIGIT_RE.search(line):
            continue  # every identifier has a number: most lines of text are skipped at once
        for pattern in IDENTIFIER_RES if "/" in line else OTHER_RES:
            for m in pattern.finditer(line):
                value = (m.group(1) if m.groups() else m.group(0)).strip()
                found.append((n, m.start(), value))
    out: list[str] = []
    for _, _, value in sorted(found):
        if value not in out:
            out.append(value)
    return out
