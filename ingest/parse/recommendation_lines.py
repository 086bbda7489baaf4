"""Line classes for the recommendations parser: where a list of recommendations starts (its heading and
introduction patterns in `recommendation_intros`), its items, and the headings that end it."""

from __future__ import annotations

import polars as pl
import polars.selectors as cs

from ingest.parse.recommendation_intros import with_introductions
from ingest.parse.recommendation_markers import (
    NUMBERED,
    WORD_NUMBER,
    letter_value,
    number_value,
    roman_value,
    section_item,
)

# "Recommendation 3: ..." on its own line, wherever it stands in the report, or a bare heading "Recommendation 3"
# (after a paragraph number: "3.3 Recommendation 3") with its text below (the number in group 1).
RECOMMENDATION_N = (
    r"^\s*(?:[-*•]\s+)?(?:[0-9]{1,2}(?:\.[0-9]{1,2})*\.?\s+)?[*_]{0,3}(?i:recommendation)\s+"
    rf"([0-9]{{1,2}}|{WORD_NUMBER})\b[*_]{{0,3}}\s*(?:[:.–—-]|$)"
)
# "... at a safe level. Recommendation 2: ..." ("Rec 2: ..."): a "Recommendation N" label after a sentence's end
# on the line before it (a reader joined the lines of a list), where the line is cut (group 1 ends the sentence).
# ... and so does a short label "R4 - " ("R", its number, a colon or a dash and a space)
JOINED_LABEL = (
    rf"([.!?][\"'’”)]*)(\s+(?:(?i:recommendation|rec\.?)\s+(?:[0-9]{{1,2}}|{WORD_NUMBER})\b\s*[:–—-]"
    r"|[A-Z]?R[0-9]{1,2}\s*[:–—-]\s))"
)
# ... and a dash or round bullet after a sentence's end that runs to the line's end with no sentence of its own
# ("... local priorities. - Agree a plan for the town centre"): a flattened list's next item (its explanation on
# the line below; the spaces before it stay on the sentence's line)
JOINED_BULLET = r"([.!?][\"'’”)]*\s+)([-•]\s+\p{Lu}[^.!?:;•]{3,200})$"
BULLET = r"^\s*[-*•▪◦o–—‣○■□►➢✓·]\s+(\S.*)$"
# A progress review's status word on the line below a wrapped item ("   — Complete", "   – On track"): no bullet.
STATUS_LINE = r"^\s*[–—]\s+[A-Z][a-z]+(?:\s+[a-z]+)?\s*$"
# Marks of a second-level bullet: printed flush-left under first-level bullets of another mark ("•" then "o").
SUB_BULLET_MARK = r"^\s*[o◦○▪–-]\s"
# "1.1 ...", "2.3. ..." under item 1 or 2: its sub-actions (the item's number first).
SUB_ITEM = r"^\s*(?:[-*•]\s+)?[*_]{0,3}([0-9]{1,2})\.[0-9]{1,2}\.?[*_]{0,3}\s+\S"
MARKDOWN_HEADING = r"^\s*#+\s+\S"
PARAGRAPH_NUMBER = r"^\s*[0-9]{1,2}(?:\.[0-9]{1,2})+\.?\s+"
# The number of the document's own section ("3. Background", "3.2 The report ...", "## 2. Key recommendations").
SECTION_NUMBER = r"^\s*(?:#+\s*)?[*_]*\s*([0-9]{1,2})\.(?:[0-9]{1,2}\.?)?\s*[*_]*\s*[A-Z]"
SUB_NUMBERED_HEADING = r"^\s*[*_]*\s*[0-9]+\.[0-9]+\.?\s+[A-Z][^.]{0,80}$"
NUMBERED_HEADING = r"^\s*[*_]*\s*[0-9]+\.\s*[A-Z][^.*]{0,80}[^.*:\s][*_]*\s*$"
PLAIN_HEADING = r"^[*_]*[A-Z][A-Za-z,'’&() -]{2,60}[A-Za-z)][*_]*\s*$"
# The deciding body, as named ("Cabinet", "The Audit Committee"; an office holder deciding in or with the body: "The
# Mayor in Cabinet", "The Leader and Cabinet").
DECISION_BODY = (
    r"(?:[A-Z][\w-]*\s+(?:in|with|and|&)\s+)?(?:[A-Z][\w-]*\s+(?:and\s+|&\s+)?){0,3}"
    r"(?:Members|Cabinet|Council|Committee|Executive|Board|Panel)\b"
)
# Council committee reports' own recommendations ("That Cabinet notes the report") are not the peers'.
# ("The Executive is asked to:", "The Audit Committee is recommended to:", "The Mayor in Cabinet is recommended to:")
COMMITTEE_ITEM = (
    rf"^(?:That\b|(?:[Tt]he\s+)?{DECISION_BODY}.{{0,40}}\b(?:is|are)\s+(?:asked|recommended)\b"
    # ... "It is recommended that Cabinet:", "It is recommended that the Policy Committee:"
    rf"|It\s+is\s+recommended\s+that\s+(?:the\s+)?{DECISION_BODY}"
    # ... "Members note the forecast ...", "Cabinet approves the plan" (the body's decision, in the present)
    rf"|(?:[Tt]he\s+)?{DECISION_BODY}\s+(?:notes?|approves?|endorses?)\b"
    # ... or what the body is asked to do, its name left out ("To note the forecast outturn", "To approve the
    # release of the contingency")
    r"|To\s+(?:note|approve|endorse|receive|authorise|authorize|delegate|comment\s+on)\b)"
)
MAX_LINES_BEFORE_LIST = 3
# An anchor without a number of its own is in the section numbered at most this many lines above it (a
# numbered list further up, such as the five CPC themes, numbers no section).
SECTION_REACH = 8


def _known_section() -> pl.Expr:
    """The number of the document's section a line stands in, from a numbered heading or paragraph at most
    SECTION_REACH lines above it."""
    line = pl.col("line")
    return (
        pl.when(
            line.str.contains(NUMBERED_HEADING) | line.str.contains(PARAGRAPH_NUMBER) | pl.col("is_anchor")
        )
        .then(line.str.extract(SECTION_NUMBER, 1).cast(pl.Int32, strict=False))
        .forward_fill(limit=SECTION_REACH)
        .over("document_id")
    )


def _section_items() -> pl.Expr:
    """The item number of a "2.1 ..." line under an anchor of section 2, up to the next heading, where no other
    numbered line stands there (then "2.1" lines are sub-items or the report's paragraphs); a "2.1" line that
    itself introduces the list ("2.1 The peers make these recommendations:") is its anchor, no item."""
    line, num = pl.col("line"), pl.col("num")
    heading = line.str.contains(NUMBERED_HEADING) | line.str.contains(MARKDOWN_HEADING)
    block = ("document_id", heading.cast(pl.Int32).cum_sum().over("document_id").alias("_block"))
    section = pl.when(pl.col("is_anchor")).then(_known_section()).forward_fill().over(*block)
    plain = (num.is_not_null() & ~pl.col("is_anchor") & ~heading).any().over(*block)
    return pl.when(~plain & num.is_null() & ~pl.col("is_anchor")).then(section_item(line, section))


def _in_titled_block() -> pl.Expr:
    """Whether a line stands under a "Recommendation N – <title>" line (a progress review's block on one
    recommendation, its title in its heading), up to the next other heading: a sentence there that introduces a list
    ("The peers recommended that the council:") is the block's text, no list of recommendations of its own."""
    line = pl.col("line")
    titled = line.str.contains(RECOMMENDATION_N) & (
        line.str.replace(RECOMMENDATION_N, "").str.replace_all(r"[*_#\s]", "") != ""
    )
    other_heading = (
        line.str.contains(MARKDOWN_HEADING)
        | line.str.contains(NUMBERED_HEADING)
        | line.str.contains(PLAIN_HEADING)
    ) & ~line.str.contains(RECOMMENDATION_N)
    return (
        pl.when(titled)
        .then(True)
        .when(other_heading)
        .then(False)
        .forward_fill()
        .shift(1)
        .over("document_id")
        .fill_null(False)
    )


def classify_lines(lines: pl.LazyFrame) -> pl.LazyFrame:
    """Flag each line: anchor (heading or introduction of the recommendations), numbered/lettered/bullet item,
    heading (ends a list) and indentation.

    Args:
        lines: frame from `ingest.parse.lines.explode_lines`.

    Returns:
        The lines with is_anchor, is_blank, indent, num (also from roman numerals), letter, is_bullet,
        is_recommendation_n, is_heading and is_sub_item ("1.1" under item 1).
    """
    line = pl.col("line")
    lines = with_introductions(lines, PARAGRAPH_NUMBER)
    flagged = (
        lines.with_columns(
            is_anchor=pl.col("_is_heading") | (pl.col("_is_intro") & ~_in_titled_block()),
            is_blank=line.str.strip_chars() == "",
            indent=line.str.len_chars() - line.str.strip_chars_start().str.len_chars(),
            num=pl.coalesce(
                number_value(line.str.extract(NUMBERED, 1)), number_value(line.str.extract(NUMBERED, 2))
            ),
            letter=letter_value(line),
            is_recommendation_n=line.str.contains(RECOMMENDATION_N),
            rec_n=number_value(line.str.extract(RECOMMENDATION_N, 1)),
        )
        .with_columns(
            num=pl.coalesce(pl.col("num"), roman_value(line)),
        )
        .with_columns(_section_k=_section_items())
        .with_columns(num=pl.coalesce(pl.col("num"), pl.col("_section_k")))
        .with_columns(
            letter=pl.when(pl.col("num").is_null()).then(pl.col("letter")),
            is_bullet=line.str.contains(BULLET) & pl.col("num").is_null() & ~line.str.contains(STATUS_LINE),
        )
    )
    # A short numbered line is a heading unless it continues a tight list (the line right before it has the
    # number before it), continues a loose list (blank lines before it and before the last numbered line, which
    # has the number before it), it is the first item right after an anchor, or it is the next item of a list
    # under an anchor with no blank line before it or with explanation lines since the last item (titles with
    # explanation lines between them, as PDFs print them). Of the last two, a line that continues the document's own section numbering ("2. Key
    # recommendations" ... "3. Summary") is the next section's heading, unless a later line with that number
    # looks like the heading instead.
    by_doc = "document_id"
    num = pl.col("num")
    gap_before = pl.col("is_blank").shift(1).over(by_doc).fill_null(True)
    last_gap = pl.when(num.is_not_null()).then(gap_before).forward_fill().shift(1).over(by_doc)
    ends_colon = line.str.contains(r":[*_]*\s*$")
    section_item_line = pl.col("_section_k").is_not_null()
    sub_parent = pl.when(~section_item_line).then(line.str.extract(SUB_ITEM, 1).cast(pl.Int32, strict=False))
    known_section = _known_section()
    flagged = flagged.with_columns(
        _tight=(num == num.shift(1).over(by_doc) + 1).fill_null(False),
        _loose=((num == num.forward_fill().shift(1).over(by_doc) + 1) & gap_before & last_gap).fill_null(
            False
        ),
        _gap_before=gap_before,
        _after_anchor=pl.when(~pl.col("is_blank"))
        .then(pl.col("is_anchor"))
        .shift(1)
        .forward_fill()
        .over(by_doc)
        .fill_null(False),
        _ends_colon=ends_colon,
        _numbered_heading=line.str.contains(NUMBERED_HEADING),
        _known_section=known_section,
        # the last number since the anchor, and the item number a "1.1" line belongs to
        _last_num=pl.when(pl.col("is_anchor")).then(0).otherwise(num).forward_fill().shift(1).over(by_doc),
        _sub_parent=sub_parent,
        # an explanation line (neither blank nor numbered) since the last numbered line
        _explained=pl.when(~pl.col("is_blank") & num.is_null())
        .then(True)
        .when(num.is_not_null())
        .then(False)
        .forward_fill()
        .shift(1)
        .over(by_doc)
        .fill_null(False),
    )
    # under an anchor: from the anchor to the next unnumbered heading ("1.1" under item 1 is none)
    # a markdown heading that is a numbered recommendation ("### Recommendation 2 – ...") is an item, no heading
    markdown_heading = line.str.contains(MARKDOWN_HEADING) & num.is_null()
    # ... and a "2.1 ..." item of a list numbered within its section is no sub-section's heading
    sub_heading = (
        line.str.contains(SUB_NUMBERED_HEADING) & ~pl.col("_ends_colon") & pl.col("_section_k").is_null()
    )
    strong_heading = (
        markdown_heading
        | (sub_heading & ~(pl.col("_sub_parent") == pl.col("_last_num")).fill_null(False))
        | (line.str.contains(PLAIN_HEADING) & num.is_null() & ~line.str.contains(BULLET))
    )
    flagged = flagged.with_columns(
        _under_anchor=pl.when(pl.col("is_anchor"))
        .then(True)
        .when(strong_heading)
        .then(False)
        .forward_fill()
        .shift(1)
        .over(by_doc)
        .fill_null(False),
        _anchor_section=pl.when(pl.col("is_anchor"))
        .then(pl.col("_known_section"))
        .forward_fill()
        .over(by_doc),
    )
    # Right after the list's last item, a heading's number continues both sequences; it is the heading where
    # the item before it is a sentence, not a short title like it, and no item follows it.
    after_sentence = (
        pl.col("_tight")
        & ~pl.col("_numbered_heading").shift(1).over(by_doc).fill_null(False)
        & ~(num.shift(-1).over(by_doc) == num + 1).fill_null(False)
    )
    next_section = (
        pl.col("_numbered_heading")
        & (num == pl.col("_anchor_section") + 1)
        & (~pl.col("_tight") | after_sentence)
    ).fill_null(False)
    flagged = flagged.with_columns(
        _next_item=(
            pl.col("_under_anchor")
            & (~pl.col("_gap_before") | pl.col("_explained"))
            & (num >= 2)
            & (num == pl.col("_last_num") + 1)
        ).fill_null(False),
        _next_section=next_section,
        _candidate=(next_section & ~pl.col("_loose")).cast(pl.Int32),
    )
    later_candidates = pl.col("_candidate").reverse().cum_sum().reverse().over(by_doc) - pl.col("_candidate")
    is_next_section = pl.col("_next_section") & (later_candidates == 0)
    flagged = flagged.with_columns(
        in_sequence=(pl.col("_tight") & ~is_next_section)
        | ((num == 1) & pl.col("_after_anchor")).fill_null(False)
        | ((pl.col("_loose") | pl.col("_next_item")) & ~is_next_section)
    )
    item_num = (
        pl.when(pl.col("is_anchor"))
        .then(0)
        .when(pl.col("in_sequence") & num.is_not_null())
        .then(num)
        .forward_fill()
    ).over(by_doc)
    is_sub_item = (pl.col("_under_anchor") & (pl.col("_sub_parent") == item_num) & (item_num > 0)).fill_null(
        False
    )
    flagged = flagged.with_columns(is_sub_item=is_sub_item)
    numbered_heading = pl.col("_numbered_heading") & ~pl.col("in_sequence")
    # (the text's last line heads nothing: a short line there is a paragraph cut by the text's end, "Continue to
    # strengthen the")
    index = pl.int_range(pl.len()).over(by_doc)
    last_line = index == index.filter(~pl.col("is_blank")).max().over(by_doc)
    is_heading = (
        markdown_heading
        | (sub_heading & ~pl.col("is_sub_item"))
        | numbered_heading
        | (line.str.contains(PLAIN_HEADING) & num.is_null() & ~line.str.contains(BULLET) & ~last_line)
    )
    # a numbered paragraph that introduces the list ("8. The panel makes five recommendations:" over "R1 ...")
    # is no item of it: its number is the paragraph's where the next numbered line starts the list at 1
    next_num = pl.when(num.is_not_null()).then(num).shift(-1).backward_fill().over(by_doc)
    numbered_intro = pl.col("_is_intro") & (next_num == 1)
    return flagged.with_columns(
        is_heading=is_heading & ~pl.col("is_anchor"),
        num=pl.when(numbered_heading | pl.col("_is_heading") | numbered_intro.fill_null(False))
        .then(None)
        .otherwise(num),
    ).drop(cs.starts_with("_"), "in_sequence")
