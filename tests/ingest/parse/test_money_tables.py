"""Plain-number cells of tables whose heading or caption names a unit (invented councils' tables)."""

import datetime as dt

import polars as pl
import pytest

from ingest.parse.money import parse_money_mentions
from tests.fixtures.docs import make_docs

OCTOBER_2026 = dt.date(2026, 10, 20)  # in financial year 2026/27


def _cells(text: str) -> list[tuple]:
    rows = parse_money_mentions(make_docs(text, reference_date=OCTOBER_2026)).collect().to_dicts()
    return [(r["raw_figure"], r["amount_gbp"], r["is_negative"], r["column_label"]) for r in rows]


PIPES = (
    "Ambridge Council revenue monitoring\n\n"
    "| Portfolio | Budget £m | Forecast £m | Variance £m |\n"
    "|---|---|---|---|\n"
    "| Highways and Transport | 12.500 | 13.100 | 0.600 |\n"
    "| Leisure | 4.200 | 3.950 | (0.250) |\n"
    "| **Total** | **16.700** | **17.050** | **0.350** |\n"
)
TABS = (
    "Appendix B: forecast by service (£'000)\n\n"
    "Service\tNet budget\tForecast\tVariance\n"
    "Waste services\t8,115\t8,402\t287\n"
    "Libraries\t2,090\t2,015\t-75\n"
)
SPACES = (
    "2.3  The forecast by directorate is set out below.\n\n"
    "     Directorate                   Budget       Variance\n"
    "                                                Favourable/(Adverse)\n"
    "                                   £000         £000\n"
    "\n"
    "     Place                         31,406         (1,120)\n"
    "     People                        64,980             415\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            PIPES,
            [
                ("12.500", 12_500_000, False, "Budget £m"),
                ("13.100", 13_100_000, False, "Forecast £m"),
                ("0.600", 600_000, False, "Variance £m"),
                ("4.200", 4_200_000, False, "Budget £m"),
                ("3.950", 3_950_000, False, "Forecast £m"),
                ("(0.250)", 250_000, True, "Variance £m"),
                ("16.700", 16_700_000, False, "Budget £m"),
                ("17.050", 17_050_000, False, "Forecast £m"),
                ("0.350", 350_000, False, "Variance £m"),
            ],
        ),
        (
            TABS,
            [
                ("8,115", 8_115_000, False, "Net budget"),
                ("8,402", 8_402_000, False, "Forecast"),
                ("287", 287_000, False, "Variance"),
                ("2,090", 2_090_000, False, "Net budget"),
                ("2,015", 2_015_000, False, "Forecast"),
                ("-75", 75_000, True, "Variance"),
            ],
        ),
        (
            SPACES,
            [
                ("31,406", 31_406_000, False, "Budget £000"),
                ("(1,120)", 1_120_000, True, "Variance Favourable/(Adverse) £000"),
                ("64,980", 64_980_000, False, "Budget £000"),
                ("415", 415_000, False, "Variance Favourable/(Adverse) £000"),
            ],
        ),
    ],
    ids=["bars-unit-in-each-heading", "tabs-unit-in-caption", "spaces-heading-in-three-rows"],
)
def test_each_plain_number_cell_is_an_amount_in_its_tables_unit_under_its_columns_words(
    text: str, expected: list[tuple]
) -> None:
    assert _cells(text) == expected


def test_a_table_without_a_unit_gives_no_amounts() -> None:
    text = "| Indicator | Target | Actual |\n|---|---|---|\n| Homes built | 400 | 362 |\n"
    assert _cells(text) == []


def test_row_numbers_percentages_and_empty_cells_are_no_amounts() -> None:
    text = (
        "Table 4 (£000)\n\n"
        "No.   Scheme                 Budget     Spent     % spent\n"
        "1     Depot roof             1,250      0         0%\n"
        "2     Town hall boilers      640        512       80%\n"
    )
    cells = [(raw, amount) for raw, amount, _, _ in _cells(text) if amount is not None]
    assert cells == [("1,250", 1_250_000), ("640", 640_000), ("512", 512_000)]


def test_a_cell_takes_the_year_over_its_column() -> None:
    text = (
        "Savings still to find (£m)\n\n"
        "| | 2027/28 | 2028/29 |\n"
        "|---|---|---|\n"
        "| Savings still to be identified | 3.4 | 6.9 |\n"
    )
    rows = parse_money_mentions(make_docs(text, reference_date=OCTOBER_2026)).collect()
    assert rows.select("amount_gbp", "fiscal_year").rows() == [(3_400_000, "2027/28"), (6_900_000, "2028/29")]


def test_a_year_heading_row_is_no_row_of_amounts() -> None:
    text = "| £000 | 2026 | 2027 |\n|---|---|---|\n| Capital receipts | 1,500 | 2,250 |\n"
    assert [raw for raw, *_ in _cells(text)] == ["1,500", "2,250"]


def test_a_tab_between_a_unit_and_a_percent_sign_is_no_percentage() -> None:
    text = "Savings 2026/27\t£'000\t%\nDelivered\t2,310\t55%\n"
    assert [raw for raw, *_ in _cells(text)] == ["2,310", "55%"]


def _amounts(text: str) -> list[tuple]:
    return [(raw, label) for raw, amount, _, label in _cells(text) if amount is not None]


def test_a_value_printed_twice_or_inside_another_is_each_cell_under_its_own_column() -> None:
    text = (
        "| Service | Budget £m | Forecast £m | Variance £m |\n|---|---|---|---|\n"
        "| Adults | 4.5 | 4.5 | 0 |\n| Children | 4.56 | 4.5 | (0.06) |\n"
    )
    assert _amounts(text) == [
        ("4.5", "Budget £m"),
        ("4.5", "Forecast £m"),
        ("4.56", "Budget £m"),
        ("4.5", "Forecast £m"),
        ("(0.06)", "Variance £m"),
    ]


def test_empty_cells_between_bars_or_tabs_keep_each_cell_under_its_column() -> None:
    bars = "| Service | Budget £m | Forecast £m | Variance £m |\n|---|---|---|---|\n| Children | 2.1 | | |\n"
    tabs = "Forecast (£000)\nService\tBudget\tForecast\tVariance\nLibraries\t\t1,200\t\n"
    assert _amounts(bars) == [("2.1", "Budget £m")]
    assert _amounts(tabs) == [("1,200", "Forecast")]


def test_a_printed_figure_twice_in_a_table_without_a_unit_keeps_the_years_of_its_columns() -> None:
    text = "| | 2025/26 | 2026/27 | 2027/28 |\n|---|---|---|---|\n| Budget gap | £4.0m | £5.0m | £4.0m |\n"
    rows = parse_money_mentions(make_docs(text, reference_date=OCTOBER_2026)).collect()
    assert rows.select("amount_gbp", "fiscal_year").rows() == [
        (4_000_000, "2025/26"),
        (5_000_000, "2026/27"),
        (4_000_000, "2027/28"),
    ]


def test_only_the_columns_that_name_the_unit_and_rows_of_amounts_are_amounts() -> None:
    text = (
        "| Service | Budget £m | Staff (FTE) | Vacancy rate |\n|---|---|---|---|\n"
        "| Adults | 45.2 | 310 | 12 |\n"
        "| Unit cost per placement (£) | 1,450 | 1,520 | 3 |\n"
        "| Number of placements | 310 | 298 | 4 |\n"
    )
    assert _amounts(text) == [("45.2", "Budget £m")]


def test_a_unit_comes_only_from_a_caption_just_above_its_table() -> None:
    leaked = (
        "Table 1: Revenue budget (£m)\n\n| Service | Budget |\n|---|---|\n| Adults | 45.2 |\n\n"
        "| Indicator | Target | Actual |\n|---|---|---|\n| Complaints about council tax | 120 | 134 |\n"
    )
    mentioned = "Savings are shown in £000s in Appendix A.\n\n| Measure | Target | Actual |\n| Staff in post | 412 | 398 |\n"
    assert _amounts(leaked) == [("45.2", "Budget")]
    assert _amounts(mentioned) == []


def test_a_page_footer_under_a_table_is_no_amount() -> None:
    text = (
        "     Service                    Budget £m\n"
        "     Waste                          8.4\n"
        "     Cabinet 14 March 2026                               12\n"
    )
    assert _amounts(text) == [("8.4", "Budget £m")]


def test_a_line_too_long_for_a_heading_row_gives_no_unit_or_headings() -> None:
    def table(repeats: int) -> str:
        return "Spend £m   " + "Roads   and bridges   " * repeats + "\n     Highways          3.1\n"

    assert [raw for raw, _ in _amounts(table(2))] == ["3.1"]
    # a heading row is short: a line of 20,000 characters spaced like one is not, and its words go nowhere
    assert _amounts(table(1_000)) == []


def test_a_unit_a_numbered_paragraph_gives_above_a_tables_title_and_a_bracket_naming_the_values() -> None:
    # "All figures £000;" without a verb, a paragraph number set apart by spaces, and the table's title between
    # the sentence and the table's heading rows
    above_title = (
        "4.2   The forecast by service is below. All figures £000; brackets are underspends.\n\n"
        "Table 3 – Forecast by service\n"
        "                     Budget     Forecast\n"
        "Waste                 6,210       6,480\n"
    )
    bracketed = (
        "The savings are listed below (values in £000).\n\n"
        "Ref | Saving               | Value | Status\n"
        "W01 | Garden waste charge  |   420 | Achieved\n"
    )
    assert _amounts(above_title) == [("6,210", "Budget"), ("6,480", "Forecast")]
    assert _amounts(bracketed) == [("420", "Value")]


def test_a_page_footer_opening_with_its_page_number_does_not_end_a_table() -> None:
    text = (
        "     Service                    Budget £m\n"
        "     Waste                          8.4\n\n"
        "Page 3 of 9                                     Cabinet – 12 November 2026\n\n"
        "     Parks                          2.6\n"
    )
    assert _amounts(text) == [("8.4", "Budget £m"), ("2.6", "Budget £m")]


# A report that ends on a caption naming a unit, and another that opens with a line of prose over a table without
# one: read together in one batch, the second report's table must not take the first report's unit.
ENDS_ON_A_CAPTION = (
    "Harrowgate Council savings summary\n\nAll figures in the tables of this report are £000 and the"
)
OPENS_ON_PROSE = (
    "service pressures are set out in the table below.\n\n"
    "Service          Budget      Forecast\n"
    "Adult care       1,200       1,350\n"
)


def test_a_report_read_in_a_batch_takes_no_caption_from_the_report_before_it() -> None:
    alone = parse_money_mentions(make_docs(OPENS_ON_PROSE, reference_date=OCTOBER_2026)).collect()
    together = parse_money_mentions(
        make_docs(ENDS_ON_A_CAPTION, OPENS_ON_PROSE, reference_date=OCTOBER_2026)
    ).collect()
    columns = ["raw_figure", "amount_gbp", "column_label"]
    assert (
        together.filter(pl.col("source_file") == "doc1.txt").select(columns).to_dicts()
        == alone.select(columns).to_dicts()
    )


def test_a_table_without_outer_bars_has_cells_under_its_headings() -> None:
    """Markdown allows a table's rows without their outer bars ("Net budget | 58.420 | 60.115 |"), its heading row
    perhaps without the rows' names' column."""
    text = (
        "Ambridge Council medium term financial plan\n\n"
        "2026/27 £m | 2027/28 £m | |\n"
        "Net budget | 58.420 | 60.115 |\n"
        "Savings required | (1.250) | (2.400) |\n"
    )
    assert _cells(text) == [
        ("58.420", 58_420_000, False, "2026/27 £m"),
        ("60.115", 60_115_000, False, "2027/28 £m"),
        ("(1.250)", 1_250_000, True, "2026/27 £m"),
        ("(2.400)", 2_400_000, True, "2027/28 £m"),
    ]
    # ... and a sentence with a bar in it stays prose
    assert _cells("Search results | page 2 of the council's site showed reserves of £4.2m.") == [
        ("£4.2m", 4_200_000, False, None)
    ]
