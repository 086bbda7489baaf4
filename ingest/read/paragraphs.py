"""Paragraphs re-joined from wrapped lines: what a PDF page's rows and a hard-wrapped text file share.

The parsers read a sentence within its line, so every reader gives one paragraph per line (list items
and table rows on lines of their own). A PDF's lines are joined by their geometry (`pdf_page`); a text
file saved at a fixed width (a PDF saved as text, a letter or an e-mail typed at 72 or 80 columns) has
none, so `unwrap_text` joins a line to the one before where the one before was cut because the next
word did not fit: the rule of every text wrapper, with some slack for text wrapped in a proportional
font (a PDF's lines written out as text). Files that are not hard-wrapped are left as they are.
"""

from __future__ import annotations

import re

BULLET_GLYPHS = re.compile(
    r"^\s*(?:[•▪■◦●○‣⁃∙·►➢✓\uf0a7\uf0b7\uf0d8\uf076]|\(cid:[0-9]+\)|o(?=\s)|[-–—](?=\s))\s*"
)
NUMBERED = re.compile(r"^\s*(?:\*\*)?(?:\(?[0-9]{1,2}[.)]|[0-9]{1,2}\.[0-9]+\.?|\([a-z]{1,4}\))(?:\*\*)?\s")
# what starts an item of its own in a text file besides a bullet glyph or a number: a lettered or roman
# item ("b) ", "iv. "), a "*" or "+" bullet; and blocks that never run on: markdown headings, quotes,
# tables, rules and code fences
TEXT_ITEM = re.compile(r"^\s*(?:[a-z][.)]\s|[ivx]{1,4}[.)]\s|[*+]\s)")
# ... an item under a code of capitals and a number, set apart from its words by a stop or two spaces ("R4  Make
# sure ...", "KR2. Review ..."); and a label's row, its value apart from the label's colon by a run of spaces
# ("Lead Member peer:        Cllr Ann Bell, ...", "Date of Meeting:   4 May 2025")
CODED_ITEM = re.compile(r"^\s*[A-Z]{1,3}[0-9]{1,2}(?:[.):]\s|\s{2,})\S")
LABEL_ROW = re.compile(r"^\s*[^\s:][^:]{0,60}:\s{3,}\S")
# ... and, in a block of such rows, a row whose value follows its label's colon after one space ("Subject: Revenue
# Outturn" over "Cabinet Member: Cabinet Member for Finance"): a label of at most four words, the first a capital's
LABEL_START = re.compile(r"^\s*[A-Z][A-Za-z'’]*(?: [A-Za-z'’&]+){0,3}:\s+\S")
TEXT_BLOCK = re.compile(r"^\s*(?:#|>|\||(?:[-=_*]\s*){3,}$|```)")
# a table's row: cells apart by a tab, a bar or three spaces or more (not the spaces after a full stop
# or beside a dash: justified text and "–" asides)
# cells apart by a tab, a bar or a run of spaces (a dash after a run of spaces is an empty cell when it stands alone:
# "Homes let within 28 days      –      Amber", not "the council   – which"), or by a dotted leader
DOT_LEADER = r"[^.\s] ?\.{4,} ?\S"  # "Place ........ £1.4m"
TABLE_ROW = re.compile(
    rf"\t|\||[^\s.!?:;,–—-] {{3,}}[^\s–—-]|[^\s.!?:;,] {{3,}}[–—-](?: {{2,}}\S| *$)|{DOT_LEADER}"
)
# a paragraph's number set apart from its words by spaces ("2.3   The council expects ..."): no cell of a table, so
# a numbered paragraph is prose (the words after it that follow a letter or bracket: "12   45" stays a row)
PARAGRAPH_NUMBER = r"^\s*[0-9]{1,2}(?:\.[0-9]{1,2})*\.?\s+"
_PARAGRAPH_NUMBER = re.compile(PARAGRAPH_NUMBER + r"(?=[A-Za-z(])")
SENTENCE_END = re.compile(r"[.!?][\"'’”)\]]*$")
NARROWEST_WRAP = 40  # a text whose lines are all shorter is a list or a table, not wrapped prose
WIDEST_WRAP = 140  # nor is one whose prose lines run longer than this: paragraphs are already whole
FIT = 0.85  # a line is full when it and the next line's first word reach this share of the width
BROKEN_SENTENCES = 3  # a hard-wrapped text breaks at least this many sentences mid-way (next line lower-case)


def is_item(text: str) -> bool:
    """Whether a line starts a list item by a bullet glyph or a number."""
    return bool(BULLET_GLYPHS.match(text) or NUMBERED.match(text))


def append_wrapped(paragraph: str, text: str) -> str:
    """`paragraph` with the next line of its text: a word broken by a hyphen at the line end re-joined,
    one bold run wrapped over two lines kept one."""
    if re.search(r"[A-Za-z]-$", paragraph) and re.match(r"[a-z]", text):
        return paragraph[:-1] + text  # de-hyphenate a word broken at the line end
    if paragraph.endswith("**") and text.startswith("**"):
        return paragraph[:-2] + " " + text[2:]  # one bold run wrapped over two lines
    return paragraph + " " + text


def is_row(line: str) -> bool:
    """Whether a line is a table's row (a numbered paragraph's number is no cell)."""
    return bool(TABLE_ROW.search(_PARAGRAPH_NUMBER.sub("", line, count=1)))


def _own_line(line: str) -> bool:
    """Whether a line stands alone whatever comes before it: an item, a table row, a markdown block."""
    return bool(
        is_item(line)
        or TEXT_ITEM.match(line)
        or CODED_ITEM.match(line)
        or LABEL_ROW.match(line)
        or TEXT_BLOCK.match(line)
        or is_row(line)
    )


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def wrap_width(lines: list[str]) -> int | None:
    """The width a text was hard-wrapped at (the length its full prose lines reach), or None when it is
    not hard-wrapped: many lines longer than `WIDEST_WRAP`, all lines short, or too few sentences broken
    across lines (a line ending mid-sentence, the next going on in lower case)."""
    prose = [line for line in lines if line.strip() and not is_row(line)]
    # a few whole paragraphs among wrapped ones (pasted from elsewhere) do not make the text unwrapped
    if sum(len(line) > WIDEST_WRAP for line in prose) > max(2, len(prose) // 4):
        return None
    lengths = sorted(len(line) for line in prose if len(line) <= WIDEST_WRAP)
    if not lengths:
        return None
    width = lengths[(len(lengths) - 1) * 95 // 100]
    if width < NARROWEST_WRAP:
        return None
    broken = sum(
        1
        for line, nxt in zip(lines, lines[1:], strict=False)
        if len(line) >= FIT * width and not SENTENCE_END.search(line) and nxt.strip()[:1].islower()
    )
    return width if broken >= BROKEN_SENTENCES else None


def _continues(prev: str, line: str, width: int, listing: bool) -> bool:
    """Whether `line` goes on with the paragraph whose last line is `prev` in text wrapped at `width`;
    `listing`: the lines since the last blank one are a list introduced by a colon ("The team was:"), on the line
    before them or above the blank line before them."""
    text = line.strip()
    if not text or not prev.strip() or _own_line(line) or is_row(prev) or TEXT_BLOCK.match(prev):
        return False
    if prev.endswith(":") or (LABEL_START.match(prev) and LABEL_START.match(line)):
        return False
    full = len(prev) + 1 + len(text.split()[0]) >= FIT * width  # the next word would not have fitted
    if text[0].islower():
        return full or len(prev) >= width // 2
    if not full or (listing and _indent(line) <= _indent(prev)):
        return False  # a list's next item, set as the one before it
    # a full line ending a sentence, then a short line that ends none: a heading, not more of the paragraph
    return not (SENTENCE_END.search(prev) and len(line) < 0.7 * width and not re.search(r"[.,;:!?]$", text))


def unwrap_text(text: str) -> str:
    """A hard-wrapped text with each paragraph on one line (items, table rows, headings and blank lines
    kept); any other text unchanged.

    Args:
        text: a whole text file, line ends normalised to "\\n" and trailing blanks removed.

    Returns:
        The text with wrapped lines joined by one space (indentation of the joined lines dropped).
    """
    lines = text.split("\n")
    width = wrap_width(lines)
    if width is None:
        return text
    out: list[str] = []
    prev, listing = "", False
    for line in lines:
        # (a list stays one after the blank line under its colon: "The panel comprised:" / "" / "   Ann Bell ...")
        listing = listing and (bool(line.strip()) or prev.endswith(":"))
        if out and _continues(prev, line, width, listing):
            out[-1] = append_wrapped(out[-1], line.strip())
        else:
            out.append(line)
        listing = listing or line.endswith(":")
        prev = line
    return "\n".join(out)
