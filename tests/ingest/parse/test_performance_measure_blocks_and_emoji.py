"""More forms of performance reports (invented texts for fictional councils): a space-aligned header over two lines
with a 'Near target' column, a labelled block per measure ("Measure:", "Q1 2025/26:", "Trend:"), bullets naming a
theme in bold, coloured-circle emoji and tick / question mark / cross statuses, and counts given only in prose
('on course', 'uncertain', 'unlikely to achieve target'); a header word split over two lines at a hyphen ('Slip-' over
'ping', amber), and a block whose 'Status:' line names no period, with last quarter's status in brackets."""

import polars as pl

from ingest.parse.doc_types import classify_doc_type
from ingest.parse.performance import parse_performance_rag, parse_performance_summary
from tests.fixtures.docs import make_docs


def _rag(text: str) -> list[tuple]:
    rows = parse_performance_rag(make_docs(text)).collect()
    return rows.select("objective", "period", "status").rows()


def _summary(text: str) -> list[tuple]:
    rows = parse_performance_summary(make_docs(text)).collect()
    return rows.select("segment", "green", "amber", "red", "up", "stable", "down").rows()


TWO_LINE_HEADS = """\
   Table 2: Wyvern measures by ambition

                               On       Near        Off                 No
Ambition                   target     target     target  Better     change   Worse
-------------------------------------------------------------------------------------
Greener Wyvern                  4          1          2       3          2       2
Safer Wyvern                    2          2          0       1          2       1
-------------------------------------------------------------------------------------
All measures                    6          3          2       4          4       3
"""


def test_a_near_target_column_under_a_header_over_two_lines_is_amber() -> None:
    assert _summary(TWO_LINE_HEADS) == [
        ("Greener Wyvern", 4, 1, 2, 3, 2, 2),
        ("Safer Wyvern", 2, 2, 0, 1, 2, 1),
        ("Totals", 6, 3, 2, 4, 4, 3),
    ]


LABELLED_BLOCKS = """\
Ambition 2 - Safer Borsetshire

  Measure:       Street lights mended within five days
  Q3 2025/26:    Near target
  Q4 2025/26:    On target
  Trend:         Better

  Measure:       Anti-social behaviour cases closed in 30 days
  Q3 2025/26:    Not yet reported
  Q4 2025/26:    Off target
  Trend:         Worse
"""


def test_a_block_labelling_its_measure_gives_a_row_per_period() -> None:
    assert _rag(LABELLED_BLOCKS) == [
        ("Street lights mended within five days", "Q3 2025/26", "A"),
        ("Street lights mended within five days", "Q4 2025/26", "G"),
        ("Anti-social behaviour cases closed in 30 days", "Q4 2025/26", "R"),
    ]


RUN_ON_BLOCK = """\
  Measure:      Ambridge households whose bins were collected on the scheduled day Q1 2025/26:   Near target
  Q2 2025/26:   Off target
"""


def test_a_labelled_name_with_its_first_period_run_on_gives_both_periods() -> None:
    name = "Ambridge households whose bins were collected on the scheduled day"
    assert _rag(RUN_ON_BLOCK) == [(name, "Q1 2025/26", "A"), (name, "Q2 2025/26", "R")]


BOLD_BULLETS = """\
By priority, at the end of the quarter:

- **Clean and green** – 4 green, 2 amber, 1 red; 3 better, 2 static, 2 worse
- **Thriving villages** – 2 green, 1 amber, 2 red; 1 better, 3 static, 1 worse
"""


def test_a_bullet_naming_its_theme_in_bold_counts_that_theme() -> None:
    assert _summary(BOLD_BULLETS) == [
        ("Clean and green", 4, 2, 1, 3, 2, 2),
        ("Thriving villages", 2, 1, 2, 1, 3, 1),
    ]


EMOJI_GRID = """\
| Indicator | Q1 2025/26 | Q2 2025/26 | Direction |
|---|:-:|:-:|:-:|
| Ambridge bus stops with live timetables | 🟢 | 🟠 | WORSE |
| Ambridge allotments let | 🔴 | 🟡 | BETTER |
"""


def test_coloured_circle_emoji_are_statuses() -> None:
    assert _rag(EMOJI_GRID) == [
        ("Ambridge bus stops with live timetables", "Q1 2025/26", "G"),
        ("Ambridge bus stops with live timetables", "Q2 2025/26", "A"),
        ("Ambridge allotments let", "Q1 2025/26", "R"),
        ("Ambridge allotments let", "Q2 2025/26", "A"),
    ]


SYMBOL_GRID = """\
Measure\tQ2 2025/26\tDirection
Wyvern library visits per head\t✓\t⇧
Wyvern pool users aged over 60\t?\t⇔
Wyvern museum school visits\tx\t⇩
"""


def test_a_tick_a_question_mark_and_a_cross_are_green_amber_and_red() -> None:
    assert _rag(SYMBOL_GRID) == [
        ("Wyvern library visits per head", "Q2 2025/26", "G"),
        ("Wyvern pool users aged over 60", "Q2 2025/26", "A"),
        ("Wyvern museum school visits", "Q2 2025/26", "R"),
    ]


PROSE = """\
Leisure and Culture: of 6 key measures, 3 are on course to achieve target, 2 are uncertain and 1 is unlikely to \
achieve target. Compared with last year, 2 have improved, 3 are unchanged and 1 has worsened.

Housing: of 5 key measures, 1 is on course to achieve target, 3 are uncertain and 1 is unlikely to achieve target. \
Compared with last year, 1 has improved, 1 is unchanged and 3 have worsened.
"""


def test_counts_on_course_uncertain_and_unlikely_in_prose_are_colours() -> None:
    assert _summary(PROSE) == [
        ("Leisure and Culture", 3, 2, 1, 2, 3, 1),
        ("Housing", 1, 3, 1, 1, 1, 3),
    ]


def test_a_report_of_performance_against_key_measures_is_a_performance_report() -> None:
    head = (
        "BORSETSHIRE DISTRICT COUNCIL\n\nCabinet - 3 March 2026\n\nQuarterly Monitoring Report\n\n"
        "1.1  This report sets out the council's performance against its key measures for quarter 3."
    )
    assert pl.select(classify_doc_type(pl.lit(head))).item() == "performance_report"


SPLIT_HEADS = """\
BARSETSHIRE VALE COUNCIL
Delivery Report - Quarter 4 2024/25

                        Status at Q4                 Trend
Theme              On      Slip-     Off       ↑       →       ↓
                   track   ping      track
-----------------------------------------------------------------
Greener Vale         3       2         0        1       3       1
Fairer Vale          1       1         2        2       1       1
-----------------------------------------------------------------
All measures         4       3         2        3       4       2
"""


def test_a_header_word_split_at_a_hyphen_over_two_lines_is_one_column() -> None:
    assert _summary(SPLIT_HEADS) == [
        ("Greener Vale", 3, 2, 0, 1, 3, 1),
        ("Fairer Vale", 1, 1, 2, 2, 1, 1),
        ("Totals", 4, 3, 2, 3, 4, 2),
    ]


STATUS_BLOCKS = """\
BARSETSHIRE VALE COUNCIL
Delivery Report - Quarter 1 2025/26

GREENER VALE

G1  Street trees planted (cumulative)
    Target 400  |  Actual 310
    Status: Slipping   (last quarter: Off track)
    Trend: ↑

G2  Parks with a Green Flag award
    Target 5  |  Actual 5
    Status: On track   (previous quarter: On track)
    Trend: →
    Two further parks will apply in the spring.
"""


def test_a_status_line_gives_the_reports_quarter_and_the_bracket_the_quarter_before() -> None:
    assert _rag(STATUS_BLOCKS) == [
        ("Street trees planted (cumulative)", "Q4", "R"),
        ("Street trees planted (cumulative)", "Q1", "A"),
        ("Parks with a Green Flag award", "Q4", "G"),
        ("Parks with a Green Flag award", "Q1", "G"),
    ]


def test_a_status_line_in_a_report_naming_no_quarter_gives_no_row() -> None:
    text = STATUS_BLOCKS.replace("Delivery Report - Quarter 1 2025/26", "Delivery Report, summer 2025")
    assert _rag(text) == []


MET_AND_MISSED_COLUMNS = """\
| Ambition | 🟢 Met target | 🟡 Within tolerance | 🔴 Missed | ⬆ Improved | ➡ Unchanged | ⬇ Declined |
|---|---|---|---|---|---|---|
| A thriving Larkmoor | 4 | 1 | 2 | 3 | 2 | 2 |
| A greener Larkmoor | 3 | 2 | 1 | 2 | 3 | 1 |
"""


def test_met_target_and_missed_columns_are_green_and_red() -> None:
    assert _summary(MET_AND_MISSED_COLUMNS) == [
        ("A thriving Larkmoor", 4, 1, 2, 3, 2, 2),
        ("A greener Larkmoor", 3, 2, 1, 2, 3, 1),
    ]


PROSE_TOTALS_UNDER_A_TABLE = """\
2.1 Of the 13 measures this quarter, 7 met target, 3 were within tolerance and 3 missed.
2.2 Since last quarter, 5 have improved, 5 are unchanged and 3 have declined.

| Ambition | 🟢 Met target | 🟡 Within tolerance | 🔴 Missed | ⬆ Improved | ➡ Unchanged | ⬇ Declined |
|---|---|---|---|---|---|---|
| A thriving Larkmoor | 4 | 1 | 2 | 3 | 2 | 2 |
| A greener Larkmoor | 3 | 2 | 1 | 2 | 3 | 1 |
"""


def test_prose_counts_that_sum_a_table_printing_no_total_are_its_totals() -> None:
    assert _summary(PROSE_TOTALS_UNDER_A_TABLE) == [
        ("A thriving Larkmoor", 4, 1, 2, 3, 2, 2),
        ("A greener Larkmoor", 3, 2, 1, 2, 3, 1),
        ("Totals", 7, 3, 3, 5, 5, 3),
    ]
