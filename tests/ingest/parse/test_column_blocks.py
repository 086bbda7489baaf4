"""Tables a PDF's text gives column by column are rebuilt as rows, in place, every other character kept where it was
(invented reports)."""

from __future__ import annotations

import polars as pl

from ingest.parse.column_blocks import rebuild_column_blocks
from ingest.parse.money import parse_money_mentions
from tests.fixtures.docs import make_docs

TABLE = (
    "Table 3: Forecast by directorate (£m)\n\n"
    "Directorate\n"
    "Adults and Health\n"
    "Children's Services\n"
    "Place\n"
    "Total\n\n"
    "Budget\n"
    "£m\n"
    "61.40\n"
    "38.25\n"
    "22.10\n"
    "121.75\n\n"
    "Forecast\n"
    "£m\n"
    "63.05\n"
    "38.90\n"
    "21.60\n"
    "123.55\n\n"
    "The variance is explained in section 4.\n"
)


def _rebuilt(text: str) -> tuple[str, list[tuple[int, int]]]:
    docs = pl.LazyFrame({"document_id": ["d"], "source_file": ["f.txt"], "text": [text]})
    texts, moved = rebuild_column_blocks(docs)
    rows = moved.sort("new_offset").collect()
    return texts.collect()["text"][0], list(zip(rows["new_offset"], rows["old_offset"], strict=True))


def test_the_rows_names_and_each_columns_figures_become_rows_under_one_heading_line() -> None:
    text, _moved = _rebuilt(TABLE)
    lines = text.split("\n")
    assert "Directorate\tBudget £m\tForecast £m" in lines
    assert "Adults and Health\t61.40\t63.05" in lines
    assert "Total\t121.75\t123.55" in lines


def test_the_text_keeps_its_length_and_what_follows_the_table_its_offsets() -> None:
    text, _moved = _rebuilt(TABLE)
    assert len(text) == len(TABLE)
    after = TABLE.index("The variance")
    assert text[after:] == TABLE[after:]


def test_each_moved_figure_maps_back_to_its_own_place_in_the_text() -> None:
    text, moved = _rebuilt(TABLE)
    assert len(moved) == 8  # two columns of four figures
    for new, old in moved:
        figure = text[new:].split("\t")[0].split("\n")[0]
        assert TABLE[old : old + len(figure)] == figure


def test_columns_of_unequal_length_or_figures_without_names_are_left_alone() -> None:
    uneven = TABLE.replace("21.60\n", "")
    assert _rebuilt(uneven) == (uneven, [])
    no_names = "Budget\n£m\n61.40\n38.25\n22.10\n\nForecast\n£m\n63.05\n38.90\n21.60\n"
    assert _rebuilt(no_names) == (no_names, [])


def test_a_single_column_of_figures_is_no_table() -> None:
    single = "Directorate\nAdults\nPlace\nTotal\n\nBudget\n£m\n61.40\n22.10\n83.50\n\nNext paragraph.\n"
    assert _rebuilt(single) == (single, [])


def test_the_rows_names_heading_may_stand_apart_from_them_past_a_blank_line() -> None:
    apart = TABLE.replace("Directorate\n", "Portfolio\n\n")
    text, moved = _rebuilt(apart)
    lines = text.split("\n")
    assert "Portfolio\tBudget £m\tForecast £m" in lines
    assert "Children's Services\t38.25\t38.90" in lines
    assert len(text) == len(apart)
    assert len(moved) == 8


def test_a_caption_with_figures_or_a_colon_above_the_names_is_no_heading_of_theirs() -> None:
    captioned = TABLE.replace("Directorate\n", "")
    text, _moved = _rebuilt(captioned)
    assert text.startswith("Table 3: Forecast by directorate (£m)\n\n\tBudget £m\tForecast £m\n")
    assert "Place\t22.10\t21.60" in text.split("\n")


def test_a_tables_figures_take_its_captions_unit_when_its_names_heading_stands_apart() -> None:
    apart = TABLE.replace("Directorate\n", "Directorate\n\n").replace("£m\n", "")
    mentions = parse_money_mentions(make_docs(apart)).collect()
    read = dict(zip(mentions["raw_figure"], mentions["amount_gbp"], strict=False))
    assert read["61.40"] == 61_400_000
    assert read["123.55"] == 123_550_000
    assert set(mentions.filter(pl.col("raw_figure") == "38.90")["column_label"]) == {"Forecast"}
