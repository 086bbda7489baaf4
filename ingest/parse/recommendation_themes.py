"""Two printed forms of a list of recommendations whose lines read as headings: numbered items grouped under
themed headings ("Financial strategy" over items 1 and 2, "Savings delivery" over 3 and 4), and items printed
as bold headings, each with a paragraph below it and no number of its own."""

from __future__ import annotations

import polars as pl

# A line wholly in bold ("**Get closer to residents.**"), its text in group 1 or 2.
BOLD_LINE = r"^\s*(?:\*\*([^*]+)\*\*|__([^_]+)__)\s*$"
# A section's number before a heading's words ("4. Next steps", "**5 Conclusion**").
SECTION_NUMBER = r"^\s*[#*_\s]*[0-9]{1,2}(?:\.[0-9]{1,2})*\.?\s+\S"
# At least this many such lines make a list of bold headings.
MIN_BOLD_ITEMS = 2


def bold_line_text(line: pl.Expr) -> pl.Expr:
    """The text of a line wholly in bold, else null."""
    return pl.coalesce(line.str.extract(BOLD_LINE, 1), line.str.extract(BOLD_LINE, 2)).str.strip_chars()


def _theme_headings(flagged: pl.LazyFrame) -> pl.LazyFrame:
    """A heading right above (no blank line between) the numbered item that comes next after the items above it
    (or item 1 right under the anchor), in the section of an anchor, is a theme of the list, not its end.
    Where the list opens with such a theme, a heading right above an item numbered 1 again is one too (a list
    numbered within each theme): its items are then numbered by order through the list. Themes set apart from
    their items by a blank line count where the first of them stands over item 1 (none a numbered section's
    heading, nor a markdown heading at the anchor's level or above)."""
    by = "document_id"
    num = pl.col("num")
    last_num = pl.when(pl.col("is_anchor")).then(0).otherwise(num).forward_fill().shift(1).over(by)
    next_num = num.shift(-1).over(by)
    theme = pl.col("is_heading") & num.is_null() & (next_num == last_num + 1).fill_null(False)
    # ... or with a blank line between, where the list opens with such a theme (a heading above item 1, no item
    # since the anchor) and each theme is set apart from its items; such a theme is no numbered section's
    # heading ("4. Next steps") nor a markdown heading at the anchor's level or above it ("## 4. Next steps"
    # under "## 3. Recommendations"; "### Money" under it may be a theme)
    next_text_num = pl.when(~pl.col("is_blank")).then(num).shift(-1).backward_fill().over(by)
    level = pl.col("line").str.extract(r"^\s*(#+)\s", 1).str.len_chars().fill_null(0)
    anchor_level = pl.when(pl.col("is_anchor")).then(level).forward_fill().over(by)
    theme_level = (level == 0) | ((anchor_level > 0) & (level > anchor_level))
    spaced = (
        pl.col("is_heading")
        & num.is_null()
        & pl.col("is_blank").shift(-1).over(by).fill_null(False)
        & theme_level.fill_null(False)
        & ~pl.col("line").str.contains(SECTION_NUMBER)
    )
    spaced_first = spaced & (last_num == 0) & (next_text_num == 1)
    spaced_opened = (
        pl.when(pl.col("is_anchor"))
        .then(False)
        .when(spaced_first)
        .then(True)
        .forward_fill()
        .over(by)
        .fill_null(False)
    )
    theme = theme | (spaced & spaced_opened & (next_text_num == last_num + 1)).fill_null(False)
    # the list opens with a theme: the first line after the anchor that is not blank
    after_anchor = (
        pl.when(~pl.col("is_blank"))
        .then(pl.col("is_anchor"))
        .shift(1)
        .forward_fill()
        .over(by)
        .fill_null(False)
    )
    opened = (
        pl.when(pl.col("is_anchor"))
        .then(False)
        .when(theme & after_anchor)
        .then(True)
        .forward_fill()
        .over(by)
        .fill_null(False)
    )
    restart = (pl.col("is_heading") & num.is_null() & opened & (next_num == 1) & (last_num >= 1)).fill_null(
        False
    )
    is_theme = theme | restart
    under_anchor = (
        pl.when(pl.col("is_anchor"))
        .then(True)
        .when(pl.col("is_heading") & ~is_theme)
        .then(False)
        .forward_fill()
        .shift(1)
        .over(by)
        .fill_null(False)
    )
    flagged = flagged.with_columns(
        _restart=restart & under_anchor,
        _list=pl.col("is_anchor").cum_sum().over(by),
        is_heading=pl.col("is_heading") & ~(is_theme & under_anchor),
    )
    # (the list's numbered lines up to its end, the next heading that is no theme)
    in_list = (
        pl.when(pl.col("is_anchor")).then(True).when(pl.col("is_heading")).then(False).forward_fill().over(by)
    )
    renumber = pl.col("_restart").any().over(by, "_list") & in_list.fill_null(False) & num.is_not_null()
    return flagged.with_columns(
        num=pl.when(renumber).then(renumber.cast(pl.Int32).cum_sum().over(by, "_list")).otherwise(num)
    ).drop("_restart", "_list")


def _bold_items(flagged: pl.LazyFrame) -> pl.LazyFrame:
    """Lines wholly in bold, each with a paragraph below it, in the section of an anchor with no numbered,
    lettered or bulleted line: the items of its list, numbered by order."""
    by = "document_id"
    line = pl.col("line")
    bold = bold_line_text(line).is_not_null() & pl.col("num").is_null() & ~pl.col("is_anchor")
    next_text = pl.when(~pl.col("is_blank")).then(line).shift(-1).backward_fill().over(by)
    item = bold & bold_line_text(next_text).is_null() & next_text.is_not_null()
    section = (pl.col("is_anchor") | (pl.col("is_heading") & ~bold)).cast(pl.Int32).cum_sum().over(by)
    marked = pl.col("num").is_not_null() | pl.col("letter").is_not_null() | pl.col("is_bullet")
    in_list = (
        pl.col("is_anchor").first().over(by, "_section")
        & ~marked.any().over(by, "_section")
        & (pl.col("_item").sum().over(by, "_section") >= MIN_BOLD_ITEMS)
    )
    return (
        flagged.with_columns(_item=item, _section=section)
        .with_columns(_bold_item=pl.col("_item") & in_list)
        .with_columns(
            num=pl.when(pl.col("_bold_item"))
            .then(pl.col("_bold_item").cast(pl.Int32).cum_sum().over(by, "_section"))
            .otherwise(pl.col("num")),
            is_heading=pl.col("is_heading") & ~pl.col("_bold_item"),
        )
        .drop("_item", "_section", "_bold_item")
    )


def themed_lists(flagged: pl.LazyFrame) -> pl.LazyFrame:
    """`flagged` (from `classify_lines`) with the theme headings of a numbered list no headings, and a list of
    bold headings numbered by order."""
    return _bold_items(_theme_headings(flagged))
