"""Line classes for the recommendations parser: where a list of recommendations starts, its items, and the
headings that end it."""

from __future__ import annotations

import string

import polars as pl

REC_HEADING = (
    r"(?i)^\s*(?:#+\s*)?[*_]*\s*(?:[0-9]+\.?[0-9]*\.?\s+)?[*_]*\s*(?:(?:our|the|key|main|summary\s+of)\s+)*"
    r"recommendations[*_]*\s*:?\s*$"
)
# A sentence that introduces the peers' recommendations and ends with a colon ("The following are the peer
# team's key recommendations:", "The review focussed on each of the CPC's main recommendations:").
REC_INTRO = r"(?i)\brecommend\w*\b.*:\s*$"
REC_INTRO_BY = r"(?i)\b(?:key|main|peers?|team|cpc|challenge|review|group|we|our)\b"
# ... but not one that introduces theme headings or focus areas instead of the recommendations themselves.
REC_INTRO_NOT = r"(?i)\bheadings?\b|\bthem(?:es|atic|ed)\b|\bareas\b|\breasons?\s+for\b"
NUMBERED = (
    r"^\s*(?:[-*•]\s+)?[*_]{0,3}(?:\(?([0-9]{1,2})[.)]\)?|(?i:recommendation)\s+([0-9]{1,2})\b[*_]{0,3}\s*[:.–—-]?)"
    r"[*_]{0,3}(?:\s+(\S.*))?$"
)
# Roman numerals: "(i)", "ii)", "iv." ("i", "v" and "x" only where the list around them is roman, else letters).
ROMAN = r"^\s*(?:[-*•]\s+)?[*_]{0,3}\(?((?i:i{1,3}|iv|vi{0,3}|ix|xi{0,2}|x))[.)]\)?[*_]{0,3}\s+(\S.*)$"
ROMAN_VALUES = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}
ROMAN_VALUES |= {"xi": 11, "xii": 12}
# "Recommendation 3: ..." on its own line, wherever it stands in the report.
RECOMMENDATION_N = r"^\s*(?:[-*•]\s+)?[*_]{0,3}(?i:recommendation)\s+[0-9]{1,2}[*_]{0,3}\s*[:.–—-]"
LETTERED = r"^\s*(?:[-*•]\s+)?[*_]{0,3}\(?([a-z])(?:\)|\.\s)[*_]{0,3}\s*(\S.*)$"
BULLET = r"^\s*[-*•▪◦o–—‣○■□►➢✓·]\s+(\S.*)$"
MARKDOWN_HEADING = r"^\s*#+\s+\S"
PARAGRAPH_NUMBER = r"^\s*[0-9]{1,2}(?:\.[0-9]{1,2})+\.?\s+"
# The number of the document's own section ("3. Background", "3.2 The report ...", "## 2. Key recommendations").
SECTION_NUMBER = r"^\s*(?:#+\s*)?[*_]*\s*([0-9]{1,2})\.(?:[0-9]{1,2}\.?)?\s*[*_]*\s*[A-Z]"
SUB_NUMBERED_HEADING = r"^\s*[*_]*\s*[0-9]+\.[0-9]+\.?\s+[A-Z][^.]{0,80}$"
NUMBERED_HEADING = r"^\s*[*_]*\s*[0-9]+\.\s*[A-Z][^.*]{0,80}[^.*:\s][*_]*\s*$"
PLAIN_HEADING = r"^[*_]*[A-Z][A-Za-z,'’&() -]{2,60}[A-Za-z)][*_]*\s*$"
# Council committee reports' own recommendations ("That Cabinet notes the report") are not the peers'.
COMMITTEE_ITEM = (
    r"^(?:That\b|(?:Members|Cabinet|Council|Committee)\b.{0,40}\b(?:is|are)\s+(?:asked|recommended)\b)"
)
MAX_LINES_BEFORE_LIST = 3
LETTERS = {letter: n for n, letter in enumerate(string.ascii_lowercase, start=1)}


def _roman(line: pl.Expr) -> pl.Expr:
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


def classify_lines(lines: pl.LazyFrame) -> pl.LazyFrame:
    """Flag each line: anchor (heading or introduction of the recommendations), numbered/lettered/bullet item,
    heading (ends a list) and indentation.

    Args:
        lines: frame from `ingest.parse.lines.explode_lines`.

    Returns:
        The lines with is_anchor, is_blank, indent, num (also from roman numerals), letter, is_bullet,
        is_recommendation_n and is_heading.
    """
    line = pl.col("line")
    # a paragraph number ("3.2 The report makes six recommendations:") is no sentence end
    unnumbered = line.str.replace(PARAGRAPH_NUMBER, "")
    last_sentence = unnumbered.str.extract(r"(?:^|[.!?]\s+)([^.!?]*)$", 1)
    is_intro = (
        last_sentence.str.contains(REC_INTRO)
        & last_sentence.str.contains(REC_INTRO_BY)
        & ~last_sentence.str.contains(REC_INTRO_NOT)
    )
    flagged = (
        lines.with_columns(
            is_anchor=line.str.contains(REC_HEADING) | is_intro.fill_null(False),
            is_blank=line.str.strip_chars() == "",
            indent=line.str.len_chars() - line.str.strip_chars_start().str.len_chars(),
            num=pl.coalesce(line.str.extract(NUMBERED, 1), line.str.extract(NUMBERED, 2)).cast(
                pl.Int32, strict=False
            ),
            letter=line.str.extract(LETTERED, 1).replace_strict(LETTERS, default=None, return_dtype=pl.Int32),
            is_recommendation_n=line.str.contains(RECOMMENDATION_N),
        )
        .with_columns(
            num=pl.coalesce(pl.col("num"), _roman(line)),
        )
        .with_columns(
            letter=pl.when(pl.col("num").is_null()).then(pl.col("letter")),
            is_bullet=line.str.contains(BULLET) & pl.col("num").is_null(),
        )
    )
    # A short numbered line is a heading unless it continues a tight list (the line right before it has the
    # number before it), continues a loose list (blank lines before it and before the last numbered line, which
    # has the number before it), it is the first item right after an anchor, or it is the next item of a list
    # under an anchor with no blank line before it (titles with explanation lines between them, as PDFs print
    # them). Of the last two, a line that continues the document's own section numbering ("2. Key
    # recommendations" ... "3. Summary") is the next section's heading, unless a later line with that number
    # looks like the heading instead.
    by_doc = "document_id"
    prev_num = pl.col("num").shift(1).over(by_doc)
    gap_before = pl.col("is_blank").shift(1).over(by_doc).fill_null(True)
    last_num = pl.col("num").forward_fill().shift(1).over(by_doc)
    last_gap = pl.when(pl.col("num").is_not_null()).then(gap_before).forward_fill().shift(1).over(by_doc)
    tight = pl.col("num") == prev_num + 1
    loose = (pl.col("num") == last_num + 1) & gap_before & last_gap
    after_anchor = (
        pl.when(~pl.col("is_blank"))
        .then(pl.col("is_anchor"))
        .shift(1)
        .forward_fill()
        .over(by_doc)
        .fill_null(False)
    )
    ends_colon = line.str.contains(r":[*_]*\s*$")
    strong_heading = (
        line.str.contains(MARKDOWN_HEADING)
        | (line.str.contains(SUB_NUMBERED_HEADING) & ~ends_colon)
        | (line.str.contains(PLAIN_HEADING) & pl.col("num").is_null() & ~line.str.contains(BULLET))
    )
    # under an anchor: from the anchor to the next unnumbered heading
    under_anchor = (
        pl.when(pl.col("is_anchor"))
        .then(True)
        .when(strong_heading)
        .then(False)
        .forward_fill()
        .shift(1)
        .over(by_doc)
        .fill_null(False)
    )
    section_no = line.str.extract(SECTION_NUMBER, 1).cast(pl.Int32, strict=False)
    is_section_line = (
        line.str.contains(NUMBERED_HEADING) | line.str.contains(PARAGRAPH_NUMBER) | pl.col("is_anchor")
    )
    known_section = pl.when(is_section_line).then(section_no).forward_fill().over(by_doc)
    anchor_section = pl.when(pl.col("is_anchor")).then(known_section).forward_fill().over(by_doc)
    last_item = (
        pl.when(pl.col("is_anchor")).then(0).otherwise(pl.col("num")).forward_fill().shift(1).over(by_doc)
    )
    next_item = under_anchor & ~gap_before & (pl.col("num") >= 2) & (pl.col("num") == last_item + 1)
    next_section = (
        line.str.contains(NUMBERED_HEADING) & (pl.col("num") == anchor_section + 1) & ~tight.fill_null(False)
    )
    candidate = (next_section & ~loose.fill_null(False)).fill_null(False).cast(pl.Int32)
    later_candidates = candidate.reverse().cum_sum().reverse().over(by_doc) - candidate
    is_next_section = next_section.fill_null(False) & (later_candidates == 0)
    in_sequence = (
        tight.fill_null(False)
        | ((pl.col("num") == 1) & after_anchor)
        | ((loose | next_item).fill_null(False) & ~is_next_section)
    )
    is_heading = (
        line.str.contains(MARKDOWN_HEADING)
        | (line.str.contains(SUB_NUMBERED_HEADING) & ~ends_colon)
        | (line.str.contains(NUMBERED_HEADING) & ~in_sequence.fill_null(False))
        | (line.str.contains(PLAIN_HEADING) & pl.col("num").is_null() & ~line.str.contains(BULLET))
    )
    return flagged.with_columns(
        is_heading=is_heading & ~pl.col("is_anchor"),
        num=pl.when(
            (line.str.contains(NUMBERED_HEADING) & ~in_sequence.fill_null(False))
            | line.str.contains(REC_HEADING)
        )
        .then(None)
        .otherwise(pl.col("num")),
    )
