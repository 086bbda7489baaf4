"""Tables whose cells a PDF's text gives one a line are joined back into rows, keeping every character's offset."""

from __future__ import annotations

import polars as pl

from ingest.parse.stacked_cells import join_stacked_cells


def _joined(text: str) -> str:
    docs = pl.LazyFrame({"document_id": ["d1"], "source_file": ["f.txt"], "text": [text]})
    return join_stacked_cells(docs).collect()["text"][0]


STACKED = (
    "Table 3 - Forecast by portfolio\n"
    "Portfolio\nBudget\n£000\nForecast\n£000\n"
    "Housing\n4,210\n4,390\n"
    "Leisure\n1,905\n1,870\n"
    "Page 6 of 12\n"
    "Total\n6,115\n6,260\n\n"
    "4. Reserves\n"
)


def test_rows_and_headings_are_joined_and_offsets_kept() -> None:
    joined = _joined(STACKED)
    assert len(joined) == len(STACKED)
    lines = joined.split("\n")
    assert "Portfolio\tBudget £000\tForecast £000" in lines
    assert {"Housing\t4,210\t4,390", "Leisure\t1,905\t1,870", "Total\t6,115\t6,260"} <= set(lines)
    # the title above the headings, the page's footer and the next section stay lines of their own
    assert {"Table 3 - Forecast by portfolio", "Page 6 of 12", "4. Reserves"} <= set(lines)


def test_a_name_over_figures_alone_is_no_table() -> None:
    text = "Contents\nIntroduction\n3\n4\n\nThe council met on 4 May.\n"
    assert _joined(text) == text


def test_rows_of_different_widths_are_no_table() -> None:
    text = "Alpha\n1.5\n2.5\n\nBeta\n3.5\n4.5\n5.5\n"
    assert _joined(text) == text


def test_rows_of_percentages_only_are_no_table_of_money() -> None:
    text = "Measure\nTarget\nActual\nRent collected\n95%\n97.2%\nCalls answered\n90%\n88.5%\n"
    assert _joined(text) == text
