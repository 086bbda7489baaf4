"""Invented reports for fictional councils: a three-band scale against target ("On target", "Below target", "Well
below target") heading a summary table and grading a grid; a summary row whose label ends on the line under it;
and status lines led by a symbol, whose period is the report's own quarter."""

from ingest.parse.performance import parse_performance_rag, parse_performance_summary
from tests.fixtures.docs import make_docs


def _rag(text: str) -> list[tuple]:
    rows = parse_performance_rag(make_docs(text)).collect()
    return rows.select("segment", "objective", "period", "status").rows()


def _summary(text: str) -> list[tuple]:
    rows = parse_performance_summary(make_docs(text)).collect()
    return rows.select("segment", "green", "amber", "red", "up", "stable", "down").rows()


BANDS = """\
Harrowdene District Council
Delivery Plan Performance
Quarter 3 2024/25

| Theme              | On target | Below target | Well below target | ▲ | ► | ▼ |
|--------------------|-----------|--------------|-------------------|---|---|---|
| Thriving villages  | 4         | 2            | 1                 | 3 | 2 | 2 |
| Clean and green    | 1         | 0            | 2                 | 1 | 1 | 1 |
| Total              | 5         | 2            | 3                 | 4 | 3 | 3 |
| %                  | 50%       | 20%          | 30%               | 40% | 30% | 30% |

Theme: Thriving villages

| Measure | Previous | Current | Target | Status |
|---|---|---|---|---|
| Village halls reopened | 3 | 5 | 4 | On target |
| Rural bus journeys (000s) | 41 | 38 | 40 | Below target |
| Broadband voucher take-up (%) | 22 | 19 | 30 | Well below target |
"""


def test_a_three_band_scale_against_target_heads_the_colour_columns() -> None:
    assert _summary(BANDS) == [
        ("Thriving villages", 4, 2, 1, 3, 2, 2),
        ("Clean and green", 1, 0, 2, 1, 1, 1),
        ("Totals", 5, 2, 3, 4, 3, 3),
        ("As Percentage", 50, 20, 30, 40, 30, 30),
    ]


def test_a_three_band_scale_against_target_grades_a_grid() -> None:
    assert [row[1:] for row in _rag(BANDS)] == [
        ("Village halls reopened", "Q3", "G"),
        ("Rural bus journeys (000s)", "Q3", "A"),
        ("Broadband voucher take-up (%)", "Q3", "R"),
    ]


WRAPPED = """\
Priority                         Green  Amber   Red   Improved  Same  Worse
P1 Every resident feels safe       3      1      0        2       1      1
     and welcome at home
P2 Jobs                            2      2      1        1       3      1
P3 A landscape cared for by        1      0      2        0       2      1
     everyone who lives here
All                                6      3      3        3       6      3
"""


def test_a_row_label_ending_on_the_line_under_the_row_is_one_segment() -> None:
    assert _summary(WRAPPED) == [
        ("P1 Every resident feels safe and welcome at home", 3, 1, 0, 2, 1, 1),
        ("P2 Jobs", 2, 2, 1, 1, 3, 1),
        ("P3 A landscape cared for by everyone who lives here", 1, 0, 2, 0, 2, 1),
        ("Totals", 6, 3, 3, 3, 6, 3),
    ]


SYMBOLS = """\
Marlowmere Borough Council
Corporate Performance Report
Quarter 1 2026/27 (April to June 2026)

A measure is 🟢 where on target, 🟠 where within 5% and 🔴 where further away.

🟢 On target – 95% or more of target

Successes
🟢 Trees planted in parks – 1,450 (target 1,200) ↑
🟢 Library visits – 41,200 (target 40,000) →

Exceptions
🔴 CP2 – Streets swept on schedule: 78% against a target of 90% ↓
A review of the sweeping rounds: 3 options are being costed.

Marlowmere Borough Council | Performance Q1 2026/27 | Page 3
"""


def test_status_symbol_lines_give_the_measure_the_report_quarter_as_it_labels_it() -> None:
    assert [row[1:] for row in _rag(SYMBOLS)] == [
        ("Trees planted in parks", "Q1 2026/27", "G"),
        ("Library visits", "Q1 2026/27", "G"),
        ("Streets swept on schedule", "Q1 2026/27", "R"),
    ]
    assert _rag(SYMBOLS)[2][0] == "CP2"


def test_status_symbol_lines_in_a_report_naming_no_short_quarter_have_its_quarter_alone() -> None:
    text = SYMBOLS.replace("Performance Q1 2026/27", "Performance Report")
    assert [row[2] for row in _rag(text)] == ["Q1", "Q1", "Q1"]


def test_status_symbol_items_run_together_on_one_line_are_read_one_by_one() -> None:
    text = SYMBOLS.replace("(target 1,200) ↑\n🟢 Library", "(target 1,200) ↑ 🟢 Library").replace(
        "90% ↓\nA review", "90% ↓ A review"
    )
    assert [row[1] for row in _rag(text)] == [
        "Trees planted in parks",
        "Library visits",
        "Streets swept on schedule",
    ]


def test_a_note_under_a_summary_row_is_no_part_of_its_label() -> None:
    text = WRAPPED.replace("All                                6", "Total                              6") + (
        "     Source: Harrowdene KPI system\n"
    )
    assert _summary(text)[-1] == ("Totals", 6, 3, 3, 3, 6, 3)
