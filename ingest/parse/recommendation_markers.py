"""Item markers of a list of recommendations: numbers (also as words or roman numerals), letters, and a
section's own item numbers ("2.1" ... "2.6" under "2. Recommendations")."""

from __future__ import annotations

import string

import polars as pl

# A recommendation's number written as a word ("Recommendation one – ..."), and its value.
NUMBER_WORDS = {
    w: n
    for n, w in enumerate("one two three four five six seven eight nine ten eleven twelve".split(), start=1)
}
WORD_NUMBER = rf"(?i:{'|'.join(NUMBER_WORDS)})"
# "1." / "1)" / "(1)"; "Recommendation 1", "Rec 1:", "R1 –", "R1.", a kind's letter before the R ("FR1" a finance
# recommendation, "KR2" a key one), "Recommendation one –" (a word only before a colon or dash), also after the
# same label in another language ("Argymhelliad 1 / Recommendation 1:") (the number in group 1 or 2, the text in 3).
NUMBERED = (
    r"^\s*(?:[-*•]\s+)?[*_]{0,3}(?:\(?([0-9]{1,2})[.)]\)?"
    # ... also after a paragraph number ("4.1 Recommendation 1: Agree a plan")
    # ... also a markdown heading ("### Recommendation 2 – ...") and a kind before it ("Peer recommendation 3:")
    # ... and after the same label in another language ("Argymhelliad 1 / Recommendation 1: ...")
    r"|(?:#{1,6}\s+)?(?:[0-9]{1,2}(?:\.[0-9]{1,2})*\.?\s+)?(?:\p{Lu}\p{Ll}+\s+[0-9]{1,2}\s+/\s+)?"
    r"(?:(?i:(?:peer|key)\s+)?(?i:recommendation|rec)\.?\s+|[A-Z]?R)"
    rf"([0-9]{{1,2}}\b[*_]{{0,3}}\s*[:.–—-]?|{WORD_NUMBER}\b[*_]{{0,3}}\s*[:–—-]))"
    r"[*_]{0,3}(?:\s+(\S.*))?$"
)
# Roman numerals: "(i)", "ii)", "iv." ("i", "v" and "x" only where the list around them is roman, else letters).
ROMAN = r"^\s*(?:[-*•]\s+)?[*_]{0,3}\(?((?i:i{1,3}|iv|vi{0,3}|ix|xi{0,2}|x))[.)]\)?[*_]{0,3}\s+(\S.*)$"
ROMAN_VALUES = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}
ROMAN_VALUES |= {"xi": 11, "xii": 12}
# "a)", "(b)", "c. "; upper-case "A." ... only in a run that starts at A (not an initial: "J. Smith").
LETTERED = r"^\s*(?:[-*•]\s+)?[*_]{0,3}\(?([a-zA-Z])(?:\)|\.\s)[*_]{0,3}\s*(\S.*)$"
# "2.1 ..." / "2.1. ...": an item numbered within its section (section in group 1, item in 2, text in 3).
SECTION_ITEM = r"^\s*[*_]{0,3}([0-9]{1,2})\.([0-9]{1,2})\.?[*_]{0,3}\s+(\S.*)$"
LETTERS = {letter: n for n, letter in enumerate(string.ascii_lowercase, start=1)}


def number_value(number: pl.Expr) -> pl.Expr:
    """The value of a printed item number: its digits, or its word ("one", "Twelve")."""
    word = number.str.extract(r"^([A-Za-z]+)", 1).str.to_lowercase()
    digits = number.str.extract(r"^([0-9]+)", 1).cast(pl.Int32, strict=False)
    return pl.coalesce(digits, word.replace_strict(NUMBER_WORDS, default=None, return_dtype=pl.Int32))


def letter_value(line: pl.Expr) -> pl.Expr:
    """The value of a letter item marker: a lower-case one always; an upper-case one only in a run from A (the
    next upper-case marker after "A." is "B.", or the one before it is the letter before)."""
    marker = line.str.extract(LETTERED, 1)
    value = marker.str.to_lowercase().replace_strict(LETTERS, default=None, return_dtype=pl.Int32)
    upper = pl.when(marker.str.contains(r"^[A-Z]$")).then(value)
    before = upper.shift(1).forward_fill().over("document_id")
    after = upper.shift(-1).backward_fill().over("document_id")
    in_run = ((upper == 1) & (after == 2)) | (upper == before + 1)
    return pl.when(marker.str.contains(r"^[a-z]$") | in_run.fill_null(False)).then(value)


def roman_value(line: pl.Expr) -> pl.Expr:
    """The value of a roman-numeral item marker; a lone "i", "v" or "x" only next to the numeral before or
    after it ("i" before "ii", "v" after "iv"), else it is a letter."""
    marker = line.str.extract(ROMAN, 1).str.to_lowercase()
    before = marker.shift(1).forward_fill().over("document_id")
    after = marker.shift(-1).backward_fill().over("document_id")
    is_roman = (
        (marker.str.len_chars() > 1)
        | ((marker == "i") & (after == "ii"))
        | ((marker == "v") & (before == "iv"))
        | ((marker == "x") & (before == "ix"))
    )
    value = marker.replace_strict(ROMAN_VALUES, default=None, return_dtype=pl.Int32)
    return pl.when(is_roman.fill_null(False)).then(value)


def section_item(line: pl.Expr, section: pl.Expr) -> pl.Expr:
    """The item part of a "2.1 ..." line in section 2 (a list numbered within its section, as "2.1" ... "2.6"
    under "2. Recommendations"), else null."""
    parts = line.str.extract_groups(SECTION_ITEM)
    return pl.when(parts.struct[0].cast(pl.Int32, strict=False) == section).then(
        parts.struct[1].cast(pl.Int32, strict=False)
    )
