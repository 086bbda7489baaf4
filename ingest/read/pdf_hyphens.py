"""Hyphens at line ends: a word broken over two lines ("reser-" / "ves") is joined, a hyphenated compound
("council-" / "wide") keeps its hyphen (engine-independent, on the rows of a whole document).

Paragraph assembly (`ingest.read.pdf_page`) joins a line ending in a letter and "-" to a next line opening in
a small letter without the hyphen. Before it runs, `mark_compounds` replaces such a line-end hyphen that is a
compound's with `KEEP`, which that rule leaves alone; `unmark` turns `KEEP` (and the space the assembly puts
after it) back into a hyphen. A compound is told from a broken word by the document's own words: the
compound written elsewhere in it, or the joined word not, and one of its parts a usual compound part
(`data/hyphen_compounds.csv`). A soft hyphen (U+00AD) at a line end is always a broken word; elsewhere it
is dropped. Unicode's hyphen and non-breaking hyphen (U+2010, U+2011) are read as "-" (a browser prints the
hyphen where it breaks a word at a soft hyphen), so the same rules tell a broken word from a compound.
"""

from __future__ import annotations

import csv
import re
from dataclasses import replace
from functools import cache
from pathlib import Path

from ingest.read.pdf_rows import Row

KEEP = "\ufdd0"  # a non-character: a line-end hyphen to keep (never in a PDF's text)
SOFT_HYPHEN = "\u00ad"
HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})  # HYPHEN, NON-BREAKING HYPHEN
WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
# the word before a line-end hyphen; starting only where a letter run starts keeps a long run of letters
# without a hyphen after it from being scanned again from each of its letters (quadratic)
LINE_END = re.compile(r"(?<![A-Za-z])([A-Za-z]+)-$")
LINE_START = re.compile(r"^(?:\*\*)?([A-Za-z]+)")
SPLIT_IN_CELL = re.compile(r"\b([A-Za-z]+)- ([a-z]+)\b")
PARTS = Path(__file__).with_name("data") / "hyphen_compounds.csv"


@cache
def compound_parts() -> tuple[frozenset[str], frozenset[str]]:
    """The usual first and second parts of hyphenated compounds."""
    with PARTS.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    heads = frozenset(r["part"] for r in rows if r["position"] == "head")
    return heads, frozenset(r["part"] for r in rows if r["position"] == "tail")


def is_compound(head: str, tail: str, words: set[str]) -> bool:
    """Whether `head` + "-" at a line end and `tail` at the next line's start are one hyphenated compound.

    Args:
        head: the word before the line-end hyphen.
        tail: the first word of the next line.
        words: the document's words, small letters (hyphenated ones whole).
    """
    if tail[:1].isupper():
        return True  # "Mid-" / "Suffolk", "non-" / "EU": a broken word does not go on in a capital
    compound, joined = f"{head}-{tail}".lower(), f"{head}{tail}".lower()
    if (compound in words) != (joined in words):
        return compound in words
    heads, tails = compound_parts()
    return head.lower() in heads or tail.lower() in tails


def _words(pages: list[list[Row]]) -> set[str]:
    return {
        w.lower() for rows in pages for row in rows for cell in row.cells for w in WORD.findall(cell.text)
    }


def _with_text(row: Row, first: str | None = None, last: str | None = None) -> Row:
    """A row with the text of its first and/or last cell replaced."""
    cells = list(row.cells)
    if first is not None:
        cells[0] = replace(cells[0], text=first)
    if last is not None:
        cells[-1] = replace(cells[-1], text=last)
    return replace(row, cells=cells)


def mark_compounds(pages: list[list[Row]]) -> list[list[Row]]:
    """Rows of every page with a soft hyphen at a line end as "-", other soft hyphens dropped, and the
    line-end hyphen of a compound whose second part opens the next row as `KEEP`. A bold run broken at a
    line-end hyphen is one run over both rows (so the word is joined without a space)."""
    pages = [[_plain_hyphens(row) for row in rows] for rows in pages]
    words = _words(pages)
    out = []
    for rows in pages:
        rows = list(rows)
        for r in range(len(rows) - 1):
            text, following = rows[r].cells[-1].text.rstrip(), rows[r + 1].cells[0].text.lstrip()
            bold = text.endswith("-**") and following.startswith("**")
            if bold:
                text, following = text[:-2], following[2:]
            end, start = LINE_END.search(text), LINE_START.match(following)
            if not (end and start):
                continue
            if is_compound(end.group(1), start.group(1), words):
                text = text[:-1] + KEEP
            if bold or text.endswith(KEEP):
                rows[r] = _with_text(rows[r], last=text)
                rows[r + 1] = _with_text(rows[r + 1], first=following)
        out.append(rows)
    return out


def _plain_hyphens(row: Row) -> Row:
    """A row with a soft hyphen at its end as "-", other soft hyphens dropped, and Unicode's hyphens
    (`HYPHENS`: what a browser prints where it breaks a word at a soft hyphen) as "-"."""
    if not any(c in cell.text for cell in row.cells for c in (SOFT_HYPHEN, "\u2010", "\u2011")):
        return row
    last = row.cells[-1].text.rstrip()
    if last.endswith(SOFT_HYPHEN):
        row = _with_text(row, last=last[:-1] + "-")
    return replace(
        row, cells=[replace(c, text=c.text.replace(SOFT_HYPHEN, "").translate(HYPHENS)) for c in row.cells]
    )


def unmark(pages: list[str]) -> list[str]:
    """Page texts with every kept line-end hyphen a hyphen again, joined to the next line's word, and a word
    broken at a line end in a table cell (its lines joined with a space: "Volu- nteers") joined when the
    document has it whole elsewhere and not hyphenated."""
    pages = [text.replace(KEEP + " ", "-").replace(KEEP, "-") if KEEP in text else text for text in pages]
    if not any(SPLIT_IN_CELL.search(text) for text in pages):
        return pages
    words = {w.lower() for text in pages for w in WORD.findall(text)}

    def join(match: re.Match) -> str:
        head, tail = match.group(1), match.group(2)
        whole = f"{head}{tail}".lower() in words and f"{head}-{tail}".lower() not in words
        return head + tail if whole else match.group(0)

    return [SPLIT_IN_CELL.sub(join, text) for text in pages]
