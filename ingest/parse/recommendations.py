"""Key recommendations: number, lead sentence, bullets that belong to each.

A list of recommendations follows an anchor: a recommendations heading ("Key recommendations") or a sentence
that introduces them ("The following are the peer team's key recommendations:", "The review focussed on each
of the recommendations from the Corporate Peer Challenge:"). Its items are numbered (1. / 1) / (1) /
"Recommendation 1" / roman i) ii)), lettered (a)–h), numbered here by order) or bulleted (numbered by order).
A heading that labels an item by its theme ("### Recommendation 3 – Workforce") gives way to the bold lead of the
paragraph below it. Bullets under a numbered or lettered item, or indented under a bulleted one, are its
sub-actions. A report without such a list may print "Recommendation 1: ..." lines through its sections instead, or
a table of them (a numbered list that goes on from the table's last number adds its items to the table's). A
report with none of these may run them together in one prose sentence under its recommendations heading ("The
council should, first, ...; second, ...": `recommendation_ordinals`).
"""

from __future__ import annotations

import polars as pl

from ingest.parse.engine import collected
from ingest.parse.lines import explode_lines, split_marked_lines, strip_markup
from ingest.parse.peer_cues import TEAM_COLON, TEAM_HEADING
from ingest.parse.recommendation_lines import (
    BULLET,
    COMMITTEE_ITEM,
    JOINED_BULLET,
    JOINED_LABEL,
    MAX_LINES_BEFORE_LIST,
    SUB_BULLET_MARK,
    classify_lines,
)
from ingest.parse.recommendation_markers import LETTERED, NUMBERED, ROMAN, SECTION_ITEM
from ingest.parse.recommendation_ordinals import ordinal_items
from ingest.parse.recommendation_table import table_lines
from ingest.parse.recommendation_themes import bold_line_text, themed_lists
from ingest.raw.schemas import RECOMMENDATIONS

BLOCKQUOTE = r"^ {0,3}>(?: |$)"
# a progress review's status after an item ("... at pace.  [In progress]") is the council's, not the title's
STATUS = r"\s*\[[^\]\[]{1,30}\]\s*$"
# ... or in round brackets after the title's full stop ("... at pace. (Amber)"; group 1 ends the sentence)
STATUS_AFTER_STOP = r"([.!?])\s*\([^()]{1,30}\)\s*$"
LEAD = r"^\s*([*_]{1,3})(.+?)([*_]{1,3})(?:\s|$|[–—,-])"
# a numbered item set as a row of a table without outer pipes ("1. Agree a plan. | Chief Executive | May 2026"):
# the cells after its first are the lead and the date, not the title's
ROW_CELLS = r"\s+\|\s.*$"
# an item's number and the spaces after it, up to its text ("1.  ", "(a) ", a code and its spaces: "R1   ", "R1 ")
ITEM_TEXT_COLUMN = r"^\s*(?:\(?[0-9a-zA-Z]{1,4}[.)]\)?\s+|[A-Z]{1,3}[0-9]{1,2}\s+)"
# a heading that labels the recommendation by its theme ("### Recommendation 3 – Workforce", "**Recommendation 3:
# Workforce**"): the bold lead of the paragraph below it is the title
LABEL_HEADING = r"(?i)^\s*(?:#{1,6}\s+(?:[*_]{0,3})|[*_]{2,3})(?:peer\s+|key\s+)?recommendation\s+\S+"
THEME_LABEL = r"^[^.!?:;]{1,40}$"
# Every reader below needs the word in the text: an anchor (REC_HEADING, REC_INTRO), a "Recommendation N" line
# (RECOMMENDATION_N) or a table's header (MAYBE_HEADER); a text without it is not read (a cheap test first).
NEEDED_WORD = r"(?i)recommend"


def _title(text: pl.Expr) -> pl.Expr:
    """The bold/italic lead where the item starts with one (italics over the whole text are no lead), else its
    first sentence (no closing ';'), without a bracketed status or a table row's later cells after it."""
    text = text.str.replace(ROW_CELLS, "").str.replace(STATUS, "").str.replace(STATUS_AFTER_STOP, "${1}")
    emphasised = text.str.extract(LEAD, 2)
    first_sentence = strip_markup(text).str.extract(r"^(.+?[.!?])(?:\s+[A-Z–—-]|$)", 1)
    # italics over the whole text mark no lead: its first sentence is the title ("*Agree a plan. In particular:*";
    # bold over the whole text is its bold title)
    whole = text.str.contains(r"^\s*[*_][^*_]+[*_]\s*$")
    title = strip_markup(pl.coalesce(pl.when(~whole).then(emphasised), first_sentence, emphasised, text))
    return title.str.replace(r"\s*[;,]\s*(?:and|or)?$", "")


def _item_text(line: pl.Expr) -> pl.Expr:
    """The item's text after its number, letter or bullet (or its number within its section: "2.1")."""
    return pl.coalesce(
        line.str.extract(NUMBERED, 3),
        line.str.extract(ROMAN, 2),
        line.str.extract(LETTERED, 2),
        line.str.extract(BULLET, 1),
        pl.when(~line.str.contains(NUMBERED)).then(line.str.extract(SECTION_ITEM, 3)),
        # ... a bold line's words, unless it is a bare label ("**Recommendation 2**": its text is below it)
        pl.when(~line.str.contains(NUMBERED)).then(bold_line_text(line)),
    )


def _list_lines(flagged: pl.LazyFrame) -> pl.LazyFrame:
    """The lines of each document's first list of recommendations, with `number` and `is_sub` (a sub-action)."""
    sections = flagged.with_columns(
        section=(pl.col("is_heading") | pl.col("is_anchor")).cum_sum().over("document_id")
    ).filter(pl.col("is_anchor").first().over("document_id", "section"))
    by = ("document_id", "section")
    kind = (
        pl.when(pl.col("num").is_not_null())
        .then(pl.lit("number"))
        .when(pl.col("letter").is_not_null())
        .then(pl.lit("letter"))
        .when(pl.col("is_bullet"))
        .then(pl.lit("bullet"))
    )
    sections = sections.with_columns(rank=(~pl.col("is_blank")).cum_sum().over(*by), kind=kind).with_columns(
        list_kind=pl.col("kind").drop_nulls().first().over(*by),
        first_rank=pl.col("rank").filter(pl.col("kind").is_not_null()).first().over(*by),
        top_indent=pl.col("indent").filter(pl.col("is_bullet")).first().over(*by),
        top_mark=pl.col("line")
        .str.strip_chars_start()
        .str.slice(0, 1)
        .filter(pl.col("is_bullet"))
        .first()
        .over(*by),
    )
    # a bullet with a second-level mark under bullets of another mark is a sub-action, even flush-left
    sub_mark = pl.col("line").str.contains(SUB_BULLET_MARK) & (
        pl.col("line").str.strip_chars_start().str.slice(0, 1) != pl.col("top_mark")
    )
    list_kind = pl.col("list_kind")
    is_start = (
        pl.when(list_kind == "number")
        .then(pl.col("num").is_not_null())
        .when(list_kind == "letter")
        .then(pl.col("letter").is_not_null())
        .otherwise(pl.col("is_bullet") & (pl.col("indent") <= pl.col("top_indent")) & ~sub_mark)
    )
    items = sections.filter(pl.col("first_rank") <= MAX_LINES_BEFORE_LIST + 1).with_columns(is_start=is_start)
    # sub-actions: bullets, and under numbered items also "(a)"/"a)" lines and "1.1" lines under item 1
    sub_line = pl.col("is_bullet") | (
        (list_kind == "number") & (pl.col("letter").is_not_null() | pl.col("is_sub_item"))
    )
    items = items.with_columns(
        is_sub=sub_line & ~pl.col("is_start"),
        item=pl.col("is_start").cast(pl.Int32).cum_sum().over(*by),
    )
    # a list introduced by the council's own resolution ("4.1 That Council approves:", "Cabinet is recommended
    # to:") is its decisions, not the peers' recommendations
    intro = (
        pl.col("line")
        .filter((pl.col("item") == 0) & ~pl.col("is_blank"))
        .last()
        .over(*by)
        .str.replace(r"^\s*\d+(?:\.\d+)*\.?\s+", "")
        .str.strip_chars()
    )
    items = items.filter(~intro.str.contains(COMMITTEE_ITEM).fill_null(False))
    # Lettered and bulleted lists end at the first line that is none of their items or sub-actions.
    # (a bulleted item titled by a line with no sentence end may have one paragraph under it, the next bullet right
    # below that: its explanation, no end of the list)
    titled = ~pl.col("line").str.contains(r"[.!?:;]\s*$")
    explains = (
        (list_kind == "bullet")
        & pl.col("is_start").shift(1).over(*by).fill_null(False)
        & titled.shift(1).over(*by).fill_null(False)
        & pl.col("is_start").shift(-1).over(*by).fill_null(False)
        & ~pl.col("line").str.contains(r":\s*$")
    )
    outside = (
        (list_kind != "number")
        & (pl.col("item") > 0)
        & ~pl.col("is_blank")
        & ~pl.col("is_start")
        & ~pl.col("is_sub")
        & ~explains
    )
    # any list ends where the peer team is introduced ("The following members of the team took part:")
    team = pl.col("line").str.contains(TEAM_HEADING) | pl.col("line").str.contains(TEAM_COLON)
    outside = outside | ((pl.col("item") > 0) & ~pl.col("is_start") & team)
    # a tight numbered list (no blank line between its items) ends at a paragraph after a blank line below its
    # last item ("Members raised the following points:" and its bullets are no sub-actions)
    # (its last item is the last in its run of numbers: a list numbered anew below it, the council's "RESOLVED
    # that: (1) ...", is none of its items)
    in_order = pl.col("is_start") & (pl.coalesce("num", "letter") == pl.col("item"))
    last_item = pl.coalesce(pl.col("item").filter(in_order).max(), pl.col("item").max()).over(*by)
    last = pl.col("item") == last_item
    loose = (pl.col("is_blank") & (pl.col("item") > 0) & (pl.col("item") < last_item)).any().over(*by)
    after_gap = pl.col("is_blank").shift(1).over(*by).fill_null(False)
    paragraph = last & ~pl.col("is_blank") & ~pl.col("is_start") & ~pl.col("is_sub") & after_gap
    outside = outside | ((list_kind == "number") & ~loose & paragraph)
    items = items.filter((pl.col("item") > 0) & (outside.cast(pl.Int32).cum_max().over(*by) == 0))
    number = pl.coalesce(pl.col("num"), pl.col("letter"), pl.col("item"))
    items = items.with_columns(
        number=pl.when(list_kind == "bullet").then(pl.col("item")).otherwise(number).first().over(*by, "item")
    )
    # a numbered list may go on from an earlier list's numbers ("9.", "10." after a table of items 1-8): its
    # items are numbered from its first number on
    offset = (pl.col("number") - pl.col("item")).filter(pl.col("item") == 1).first().over(*by)
    items = (
        items.with_columns(offset=pl.when(list_kind == "number").then(offset).otherwise(0))
        .filter((pl.col("number") == pl.col("item") + pl.col("offset")) & (pl.col("offset") >= 0))
        .filter(~_item_text(pl.col("line")).first().over(*by).str.contains(COMMITTEE_ITEM).fill_null(False))
        .with_columns(goes_on=pl.col("offset") > 0)
    )
    # the document's first list from 1, and apart from it its first list that goes on from another's numbers
    first = pl.col("section") == pl.col("section").min().over("document_id", "goes_on")
    return items.filter(first)


def _scattered_lines(flagged: pl.LazyFrame) -> pl.LazyFrame:
    """ "Recommendation N: ..." lines standing in the report's sections (no list, no heading over them), each with
    the bullets right under it as sub-actions; only where they start at 1, each number once. A bare heading
    "Recommendation N" keeps the paragraph below it as its text."""
    by = ("document_id", "block")
    lines = flagged.with_columns(block=pl.col("is_recommendation_n").cum_sum().over("document_id"))
    other = ~pl.col("is_bullet") & ~pl.col("is_blank") & ~pl.col("is_recommendation_n")
    bare = _item_text(pl.col("line")).first().over(*by).is_null().cast(pl.Int32)
    lines = (
        lines.filter(pl.col("block") > 0)
        .with_columns(number=pl.col("rec_n").first().over(*by), is_sub=pl.col("is_bullet"))
        .filter(other.cast(pl.Int32).cum_sum().over(*by) <= bare)
        .filter(pl.col("block") == pl.col("block").min().over("document_id", "number"))
        .filter((pl.col("number") == 1).any().over("document_id"))
    )
    first_text = _item_text(pl.col("line")).first().over(*by)
    return lines.filter(~first_text.str.contains(COMMITTEE_ITEM).fill_null(False))


def split_joined_labels(lines: pl.LazyFrame) -> pl.LazyFrame:
    """Each "Recommendation N:" label that follows a sentence's end inside a line starts a line of its own (a
    reader that re-joins wrapped lines may join a list of such lines), and so does a bullet run on to a sentence
    (`JOINED_BULLET`); offsets stay exact."""
    joined = pl.col("line").str.replace_all(JOINED_LABEL, "${1}\x00${2}")
    return split_marked_lines(lines, joined.str.replace(JOINED_BULLET, "${1}\x00${2}"))


def _unquoted(lines: pl.LazyFrame) -> pl.LazyFrame:
    """Lines without a markdown blockquote's "> " mark (minutes quote the peers' list); offsets stay exact."""
    mark = pl.col("line").str.extract(BLOCKQUOTE, 0).fill_null("")
    return lines.with_columns(
        line=pl.col("line").str.slice(mark.str.len_chars()),
        char_offset=pl.col("char_offset") + mark.str.len_chars().cast(pl.Int64),
    )


def parse_recommendations(docs: pl.LazyFrame) -> pl.LazyFrame:
    """Parse the key recommendations of each report.

    Args:
        docs: frame with `ingest.raw.schemas.DOCUMENT_TEXT` columns.

    Returns:
        Frame with the `RECOMMENDATIONS` schema, one row per recommendation.
    """
    docs = docs.filter(pl.col("text").str.contains(NEEDED_WORD))
    lines = collected(_unquoted(explode_lines(docs)))  # read by the flagged lines and by the table's
    # read by the lists, the labelled lines and the ordinal items: worked out once
    flagged = collected(themed_lists(classify_lines(split_joined_labels(lines))))
    lists = _list_lines(flagged).cache()
    listed = lists.filter(~pl.col("goes_on"))
    columns = ["document_id", "source_file", "number", "line", "is_blank", "is_sub", "char_offset"]
    # a table of recommendations only where the report has no list of them; "Recommendation N." paragraphs
    # only where it has neither (a progress review's table, then a paragraph on each)
    tabled = table_lines(lines).join(
        listed.select("document_id").unique(), on="document_id", how="anti", maintain_order="left"
    )
    # ... and a list that goes on from the table's last number ("9.", "10." after rows 1-8) adds its items
    last_row = tabled.group_by("document_id").agg(last_row=pl.col("number").max())
    goes_on = lists.filter(pl.col("goes_on")).join(last_row, on="document_id", how="inner")
    listed = pl.concat(
        [listed, goes_on.filter(pl.col("offset") == pl.col("last_row")).drop("last_row")], how="vertical"
    )
    found = pl.concat([listed.select("document_id"), tabled.select("document_id")]).unique()
    scattered = _scattered_lines(flagged).join(found, on="document_id", how="anti", maintain_order="left")
    # the lines right under an item's first line that start lower-case continue its hard-wrapped text, and so do
    # those set at the column of its text (a hanging indent) under a line that ends no sentence
    by = ("document_id", "number")
    row = pl.int_range(pl.len()).over(*by)
    text_column = pl.col("line").first().str.extract(ITEM_TEXT_COLUMN, 0).str.len_chars().over(*by)
    indent = pl.col("line").str.len_chars() - pl.col("line").str.strip_chars_start().str.len_chars()
    # ... or at the indent of an indented item's own first line (a block set in from the margin)
    block = (indent == indent.first().over(*by)) & (indent.first().over(*by) > 0)
    under_open_line = ~pl.col("line").shift(1).over(*by).str.contains(r"[.!?:;]\s*$")
    hanging = ((indent == text_column) | block) & under_open_line
    continues = (
        ~pl.col("is_blank")
        & ~pl.col("is_sub")
        & (pl.col("line").str.contains(r"^\s*\p{Ll}") | hanging.fill_null(False))
    )
    is_wrap = (row > 0) & ((row > 0) & ~continues).cast(pl.Int32).cum_sum().over(*by).eq(0)
    # ... and a prose sentence of ordinal items only where it has no list, table or labelled lines of them
    found = pl.concat([found, scattered.select("document_id")]).unique()
    prose = ordinal_items(flagged).join(found, on="document_id", how="anti", maintain_order="left")
    parsed = (
        pl.concat(
            [listed.select(columns), scattered.select(columns), tabled.select(*columns, "cell")],
            how="diagonal_relaxed",
        )
        .with_columns(is_wrap=is_wrap)
        .group_by("document_id", "source_file", "number", maintain_order=True)
        .agg(
            first_line=pl.col("line").first(),
            wrapped=pl.col("line").filter(pl.col("is_wrap")).str.strip_chars().str.join(" "),
            next_line=pl.col("line").filter(~pl.col("is_blank")).slice(1, 1).first(),
            next_is_sub=pl.col("is_sub").filter(~pl.col("is_blank")).slice(1, 1).first().fill_null(True),
            body=pl.col("line").str.join("\n"),
            sub_actions=pl.col("is_sub").sum(),
            char_offset=pl.col("char_offset").first(),
            cell=pl.col("cell").drop_nulls().str.join(" "),
        )
        .with_columns(
            text=pl.coalesce(
                pl.when(pl.col("cell") != "").then(pl.col("cell")),
                pl.when(pl.col("wrapped") != "").then(
                    pl.concat_str(_item_text(pl.col("first_line")), pl.col("wrapped"), separator=" ")
                ),
                pl.when(
                    pl.col("first_line").str.contains(LABEL_HEADING)
                    & strip_markup(_item_text(pl.col("first_line"))).str.contains(THEME_LABEL)
                    & ~pl.col("next_is_sub")
                    & pl.col("next_line").str.contains(LEAD)
                ).then(pl.col("next_line").str.strip_chars()),
                _item_text(pl.col("first_line")),
                pl.col("next_line").str.strip_chars(),
            )
        )
        .with_columns(title=_title(pl.col("text")), quote=pl.col("first_line").str.strip_chars())
        .select([pl.col(c).cast(t) for c, t in RECOMMENDATIONS.items()])
    )
    return pl.concat([parsed, prose], how="vertical")
