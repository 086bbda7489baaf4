"""Summary tables and RAG grids whose headings say their columns in other ways (invented reports for fictional
councils): a tick, warning sign or cross for a status, a period before the word "status", a space-aligned header
wrapped over three lines, and total and share rows under other names."""

from ingest.parse.performance import parse_performance_rag, parse_performance_summary
from tests.fixtures.docs import make_docs

SYMBOLS = """\
Table 2 – Borsetshire Council Plan measures by status, Quarter 1

| Ambition | ✔ On track | ⚠ Just off target | ✖ Off track | Improving | No change | Worsening |
|:--|:-:|:-:|:-:|:-:|:-:|:-:|
| Thriving villages | 8 | 3 | 1 | 5 | 4 | 3 |
| Healthy Borsetshire | 5 | 2 | 2 | 4 | 3 | 2 |
| **Total** | **13** | **5** | **3** | **9** | **7** | **5** |
| **%** | **62%** | **24%** | **14%** | **43%** | **33%** | **24%** |
"""

EXCEPTIONS = """\
### Thriving villages

| Measure | Q1 status | Trend |
|---|---|---|
| Rural bus journeys within 15 minutes of time | Amber | Worsening |
| Village halls with broadband | ✖ | No change |
"""

WRAPPED = """\
Table 3: Wyvern corporate measures, Quarter 3

                                        Met      Near     Missed                     Not
Corporate priority                     target   target   target   Better   Same   as good
                                       (Green)  (Amber)  (Red)
Clean and green Wyvern                   6        2        1        4        3       2
Ambridge and the villages                3        1        2        3        2       1
---------------------------------------------------------------------------------------------
All priorities                           9        3        3        7        5       3
Share of measures                       60%      20%      20%      47%      33%     20%
"""

TWO_LINES = """\
                                        On       Within      Off                     Not
Corporate priority                     target   tolerance   target   Better   Same   as good
Clean and green Wyvern                   6          2          1        4        3       2
"""


def _summary(text: str) -> list[tuple]:
    rows = parse_performance_summary(make_docs(text)).collect()
    return rows.select("segment", "green", "amber", "red", "up", "stable", "down").rows()


def _rag(text: str) -> list[tuple]:
    rows = parse_performance_rag(make_docs(text)).collect()
    return rows.select("objective", "period", "status").rows()


def test_status_headings_led_by_a_tick_a_warning_sign_or_a_cross_name_their_colours() -> None:
    assert _summary(SYMBOLS) == [
        ("Thriving villages", 8, 3, 1, 5, 4, 3),
        ("Healthy Borsetshire", 5, 2, 2, 4, 3, 2),
        ("Totals", 13, 5, 3, 9, 7, 5),
        ("As Percentage", 62, 24, 14, 43, 33, 24),
    ]


def test_status_headings_of_symbols_alone_name_their_colours() -> None:
    text = SYMBOLS.replace("✔ On track", "✅").replace("⚠ Just off target", "⚠️").replace("✖ Off track", "❌")
    assert _summary(text)[0] == ("Thriving villages", 8, 3, 1, 5, 4, 3)


def test_a_status_column_headed_by_its_period_gives_that_period_and_a_cross_is_red() -> None:
    assert _rag(EXCEPTIONS) == [
        ("Rural bus journeys within 15 minutes of time", "Q1", "A"),
        ("Village halls with broadband", "Q1", "R"),
    ]


def test_a_table_row_of_an_exception_list_counts_nothing() -> None:
    # "15 minutes of time | Amber" is a measure's status, not a count of ambers
    assert _summary(EXCEPTIONS) == []


def test_a_header_wrapped_over_three_lines_names_its_columns() -> None:
    assert _summary(WRAPPED) == [
        ("Clean and green Wyvern", 6, 2, 1, 4, 3, 2),
        ("Ambridge and the villages", 3, 1, 2, 3, 2, 1),
        ("Totals", 9, 3, 3, 7, 5, 3),
        ("As Percentage", 60, 20, 20, 47, 33, 20),
    ]


def test_a_header_over_two_lines_with_columns_under_nothing_above_names_them() -> None:
    assert _summary(TWO_LINES) == [("Clean and green Wyvern", 6, 2, 1, 4, 3, 2)]


def test_a_heading_in_other_words_is_the_colour_it_names_in_brackets() -> None:
    text = """\
| Theme | Met (Green) | Near miss (Amber) | Missed (Red) |
|---|---|---|---|
| Safer Borsetshire | 4 | 2 | 1 |
"""
    assert _summary(text) == [("Safer Borsetshire", 4, 2, 1, None, None, None)]


def test_a_table_row_giving_a_measure_its_status_under_no_period_counts_nothing() -> None:
    text = """\
| Measure | Status |
|---|---|
| Bins emptied within 24 hours | Amber |
| Potholes filled within 28 days | Red |
"""
    assert _summary(text) == []
