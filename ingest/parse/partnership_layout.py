"""What the layout of a report's lines says about the bodies on them: a council's name wrapped over a line break
("... working with Fenby County" / "Council on ..."), or any body's before its head's last word ("... the Fenby City
Region" / "Deal and ...") or, after a name cue, before its last word ("a partner in Wyvern Regulatory" / "Services."),
a name under a person's post in the same column (a peer's employer in a list of name, post and council, side by
side with the text or not), and the items of a bulleted list of the bodies the council works with ("We work with:"
then "- Marsh Homes"); and a peer team's table read as the peer parser reads it."""

from __future__ import annotations

import polars as pl

from ingest.parse.lines import explode_lines
from ingest.parse.partnership_patterns import VOCABULARY, WORD
from ingest.parse.peer_columns_table import without_part_cells
from ingest.parse.peer_team import cells_as_commas
from ingest.parse.vocabulary import alternation

_KEYS = ["document_id", "line_no"]
# a council's name cut before its last word: "Fenby County", "Marsh Borough", "Wyvern and Upton" (not "Council tax")
_CUT_COUNCIL = rf"(?-u:\b){WORD}\s*$"
_COUNCIL_WORD = r"^\s*Councils?(?-u:\b)(?:\s+[Tt]ax)?"
# ... or any body's name cut before the last word of its head ("... the Fenby City Region" / "Deal and ..."): the next
# line's first word, where it ends the name (no capitalised word after it) and completes a head with the words
# before the break
_NEXT_WORD = rf"^\s*({WORD})(?:[,.;:)]|\s+[^A-Z\s]|\s*$)"
_HEAD_AT_END = rf"(?:^|\s)(?:{alternation(VOCABULARY, 'head')})$"
# ... or any name after a name cue, cut before its last word ("it is a partner in Wyvern Regulatory" / "Services."):
# the next line's first word, where it ends the name, is the name's too
_NEXT_WORD_ON = rf"^\s*({WORD}(?:[,.;:)]|\s+[a-z]+)?)"
_CUED_AT_END = rf"(?i:(?-u:\b){alternation(VOCABULARY, 'name_cue')})\s+(?:the\s+)?(?:{WORD}\s+)*{WORD}$"
# a list of councils going on over the line's end ("with Fenby Council and" / "Marsh Council on ..."): the next
# council's name is read at the line's end too
_LIST_GOES_ON = r"(?-u:\b)Councils?,?\s+(?:and|&)\s*$"
_NEXT_COUNCIL = rf"^\s*((?:the\s+)?(?:{WORD}\s+(?:(?:and|upon|on|&)\s+)?){{1,4}}Council)(?-u:\b)"
BULLET = r"^\s*(?:[-•*▪–]|\(?[0-9a-z]{1,3}[.)])\s+"
# a person's post: a role of the vocabulary, perhaps after two words ("Director of Finance")
_POST = rf"(?:\S+\s+){{0,2}}{alternation(VOCABULARY, 'role')}(?-u:\b)"
# a cell that may be a person's post: at the line's start or after a gap of three or more spaces
_POST_CELL = rf"(?i)(?:^\s*|\s{{3,}}){_POST}"
# a list's introduction that names its items as the bodies the council works with ("We work day to day with:",
# "Our partners include:", "Key partners:")
_CUED_LIST = r"(?i)(?:\bwith|\bpartners?(?:\s+(?:include|are))?|\bincluding|\bsuch\s+as|\balongside)\s*:\s*$"


# the start of a body's name cut by the line's end after "the", its last word a joining one ("... pools budgets with
# the Fenby, Marsh and" / "Wyvern Integrated Care Board"): it is carried onto the next line
_CUT_NAME = (
    rf"(?-u:\b)([Tt]he\s+(?:{WORD}(?:,?\s+(?:and|of|for|&)\s+|,?\s+))*{WORD},?\s+(?:and|of|for|&))\s*$"
)
TAIL = 90  # characters of the line above that are the context of a name opening its line


def with_layout(lines: pl.LazyFrame) -> pl.LazyFrame:
    """The lines (with `plain`) with a council's name (or a head's last word) cut by the line's end completed from
    the next line, and
    the start of a name cut after "the" carried onto the line it goes on, and what the lines around say: the line
    above where it has a cell that may be a person's post (`above`, for `employer_below_post`; else null), the end
    of the line above (`prev_tail`), the head of the next line (`next_head`), and whether the line is an item of
    a list of the council's partners (`is_partner_item`). Only short or rare texts are added: every name found on
    a line carries its columns."""
    after = pl.col("plain").shift(-1).over("document_id")
    before = pl.col("plain").shift(1).over("document_id")
    completed = (
        pl.col("plain").str.contains(_CUT_COUNCIL)
        & after.str.extract(_COUNCIL_WORD, 0).str.contains(r"^\s*Councils?$")
    ).fill_null(False)
    next_word = after.str.extract(_NEXT_WORD, 1)
    head_completed = (
        ~completed
        & pl.col("plain").str.contains(_CUT_COUNCIL)
        & pl.concat_str(
            pl.col("plain").str.strip_chars_end().str.slice(-40), next_word, separator=" "
        ).str.contains(_HEAD_AT_END)
    ).fill_null(False)
    cued_completed = (
        ~completed
        & ~head_completed
        & next_word.is_not_null()
        & pl.col("plain").str.strip_chars_end().str.slice(-90).str.contains(_CUED_AT_END)
    ).fill_null(False)
    listed = pl.when(pl.col("plain").str.contains(_LIST_GOES_ON)).then(after.str.extract(_NEXT_COUNCIL, 1))
    carried = pl.when(pl.col("plain").str.contains(rf"^\s*{WORD}(?-u:\b)")).then(
        before.str.extract(_CUT_NAME, 1)
    )
    bullet = pl.col("plain").str.contains(BULLET)
    cued = pl.when(~bullet & pl.col("plain").str.contains(r"\S")).then(
        pl.col("plain").str.contains(_CUED_LIST)
    )
    return lines.with_columns(
        next_head=after.fill_null("").str.strip_chars().str.slice(0, 120),
        prev_tail=before.fill_null("").str.strip_chars().str.slice(-TAIL),
        plain=pl.when(completed)
        .then(
            pl.concat_str(
                pl.col("plain").str.strip_chars_end(), after.str.extract(r"^\s*(Councils?)", 1), separator=" "
            )
        )
        .when(head_completed)
        .then(pl.concat_str(pl.col("plain").str.strip_chars_end(), next_word, separator=" "))
        .when(cued_completed)  # the word with what follows it, so the name is seen to end there
        .then(
            pl.concat_str(
                pl.col("plain").str.strip_chars_end(), after.str.extract(_NEXT_WORD_ON, 1), separator=" "
            )
        )
        .when(listed.is_not_null())
        .then(pl.concat_str(pl.col("plain").str.strip_chars_end(), listed, separator=" "))
        .when(carried.is_not_null())
        .then(pl.concat_str(carried, pl.col("plain").str.strip_chars_start(), separator=" "))
        .otherwise(pl.col("plain")),
        above=pl.when(before.str.contains(_POST_CELL)).then(before),
        is_partner_item=bullet & cued.forward_fill().over("document_id").fill_null(False),
    )


def former_name_lines(lines: pl.LazyFrame) -> pl.LazyFrame:
    """The lines that give a body's former name in brackets, each with the head of the next line after it (the
    brackets may open there: "... the Fenby Growth board" / "(formerly the ...)")."""
    joined = pl.concat_str(pl.col("plain"), pl.col("next_head"), separator=" ")
    return lines.filter(joined.str.contains(r"\((?:formerly|previously)\b")).with_columns(
        plain=joined, line=joined
    )


def partner_item(company: str) -> str:
    """A list item that is a company's name alone ("- Marsh Homes", "• the Fenby Leisure Trust.")."""
    return rf"{BULLET}(?:the\s+)?((?:{WORD}(?:\s+(?:of|for|&)\s+|\s+)){{1,4}}{company})\s*[.;,]?\s*()$"


def employer_below_post(before: pl.Expr, after: pl.Expr, column: pl.Expr, above: pl.Expr) -> pl.Expr:
    """Whether a name standing alone in its column (the line's start or a gap of three or more spaces either side)
    is under a person's post in the same column (`column`, the characters before it) on the line above ("Director
    of Finance" over "Marsh District Council"): that person's employer, not a partner. So is a name after the last
    words of a post wrapped from above, in the cell the post began ("Corporate Director of Adult and Health" over
    "Services, Marsh District Council")."""
    wrapped = before.str.extract(r"(?:^|\s{3,})((?:\S| {1,2}\S)*,\s*)$", 1).fill_null("")
    column = column - wrapped.str.len_chars()
    before = before.str.slice(0, column)
    above_cell = above.str.slice(column).str.extract(r"^(\S+(?: \S+)*)", 1)
    post = rf"(?i)^{_POST}"
    return (
        before.str.contains(r"^\s*$|\s{3,}$")
        & after.str.contains(r"^\s*$|^\s{3,}")
        & above.str.slice(0, column).str.contains(r"(?:^|\s)$")
        & (above_cell.str.len_chars() <= 60)
        & above_cell.str.contains(post)
    ).fill_null(False)


def peer_lines(docs: pl.LazyFrame) -> pl.LazyFrame:
    """The reports' lines with a table's cells before its person column blanked and cells as commas, as the peer
    parser reads a team's table ("| Role | Name | Organisation |"), so the team's rows are found here too: a peer's
    organisation is no partner. (Columns side by side are not taken apart: a line may hold prose beside a peer.)"""
    return cells_as_commas(without_part_cells(explode_lines(docs)))
