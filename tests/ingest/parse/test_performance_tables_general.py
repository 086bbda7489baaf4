"""Table forms of quarterly performance reports beyond the seeds (invented texts): quarters printed "Qtr 2", years
printed "2022-23", arrows for direction of travel, a status with its trend arrow, and PDF-text rows that leave the
first column blank."""

import pytest

from ingest.parse.performance import parse_performance_rag, parse_performance_summary
from tests.fixtures.docs import make_docs


def _rag(text: str) -> list[tuple]:
    rows = parse_performance_rag(make_docs(text)).collect()
    return rows.select("segment", "objective", "period", "status").rows()


def _summary(text: str) -> list[tuple]:
    rows = parse_performance_summary(make_docs(text)).collect()
    return rows.select("segment", "row_kind", "green", "amber", "red", "up", "stable", "down").rows()


def test_quarters_printed_qtr_are_periods() -> None:
    text = "Measure\tQtr 1\tQtr. 2\nBins emptied on time\tG\tA\n"
    assert _rag(text) == [
        (None, "Bins emptied on time", "Qtr 1", "G"),
        (None, "Bins emptied on time", "Qtr. 2", "A"),
    ]


def test_financial_years_printed_with_a_hyphen_or_short_are_periods() -> None:
    text = "Commitment\t2022-23\tQ1 24/25\nOpen the new depot\tOn track\tOff track\n"
    assert _rag(text) == [
        (None, "Open the new depot", "2022-23", "G"),
        (None, "Open the new depot", "Q1 24/25", "R"),
    ]


def test_a_range_of_calendar_years_is_not_a_period() -> None:
    text = "Commitment\t2020-2024\nOpen the new depot\tOn track\n"
    assert _rag(text) == []


def test_a_two_colour_rating_and_not_due_are_no_status() -> None:
    text = "Commitment\t2022-23\t2023-24\nOpen the new depot\tAmber/Red\tNot due\n"
    assert _rag(text) == []


def test_a_status_with_its_trend_arrow_is_the_status() -> None:
    text = "Measure\tQ2\tQ3\nCalls answered\tG ▲\tA ▼\n"
    assert _rag(text) == [(None, "Calls answered", "Q2", "G"), (None, "Calls answered", "Q3", "A")]


def test_a_lone_arrow_in_a_grid_is_no_status() -> None:
    assert _rag("Measure\tQ2\tQ3\nCalls answered\t↑\t↓\n") == []


def test_an_indented_pdf_row_continues_the_first_column_above() -> None:
    text = (
        "Area          Measure                  Q1      Q2\n"
        "Waste         Bins emptied on time     G       A\n"
        "              Litter bins cleared      R       R\n"
    )
    assert _rag(text) == [
        ("Waste", "Bins emptied on time", "Q1", "G"),
        ("Waste", "Bins emptied on time", "Q2", "A"),
        ("Waste", "Litter bins cleared", "Q1", "R"),
        ("Waste", "Litter bins cleared", "Q2", "R"),
    ]


def test_an_indented_pdf_row_with_every_cell_is_not_shifted() -> None:
    text = "Area      Measure           Q1      Q2\n  Waste   Bins emptied      G       A\n"
    assert _rag(text) == [("Waste", "Bins emptied", "Q1", "G"), ("Waste", "Bins emptied", "Q2", "A")]


def test_arrow_headers_are_direction_columns() -> None:
    text = "Priority\tRed\tAmber\tGreen\t↑\t↔\t↓\nHomes\t1\t2\t3\t4\t1\t1\n"
    assert _summary(text) == [("Homes", "segment", 3, 2, 1, 4, 1, 1)]


def test_arrow_beside_a_word_in_a_header() -> None:
    text = "Priority\tGreen\tAmber\tRed\t↑ Improving\t→ Same\t↓ Worse\nHomes\t3\t2\t1\t4\t1\t1\n"
    assert _summary(text) == [("Homes", "segment", 3, 2, 1, 4, 1, 1)]


def test_a_row_of_shares_is_the_as_percentage_row_however_printed() -> None:
    text = "Priority\tGreen\tAmber\tRed\nHomes\t3\t1\t0\nTotal\t3\t1\t0\n% of total\t75%\t25%\t0%\n"
    assert _summary(text)[-1] == ("As Percentage", "percentage", 75, 25, 0, None, None, None)


def test_a_status_table_with_a_column_per_directorate_gives_a_row_per_column() -> None:
    text = (
        "Table 1: Key performance indicators by directorate\n\n"
        "RAG status\tPeople\tPlace\tTotal\nGreen\t5\t4\t9\nAmber\t2\t1\t3\nRed\t1\t0\t1\n"
    )
    assert _summary(text) == [
        ("People", "segment", 5, 2, 1, None, None, None),
        ("Place", "segment", 4, 1, 0, None, None, None),
        ("Totals", "total", 9, 3, 1, None, None, None),
    ]


def test_a_status_table_with_one_column_of_counts_keeps_its_caption() -> None:
    text = "Status of corporate measures\n\nStatus\tNumber\t%\nGreen\t5\t63%\nAmber\t2\t25%\nRed\t1\t13%\n"
    assert _summary(text) == [
        ("Corporate measures", "segment", 5, 2, 1, None, None, None),
        ("As Percentage", "percentage", 63, 25, 13, None, None, None),
    ]


def test_counts_with_their_shares_in_brackets_are_counts() -> None:
    text = "Theme\tGreen\tAmber\tRed\nEconomy\t6 (60%)\t3 (30%)\t1 (10%)\nTotal\t6 (60%)\t3 (30%)\t1 (10%)\n"
    assert _summary(text) == [
        ("Economy", "segment", 6, 3, 1, None, None, None),
        ("Totals", "total", 6, 3, 1, None, None, None),
    ]


def test_a_label_with_words_in_brackets_is_no_count() -> None:
    text = "Theme\tGreen\tAmber\tRed\nEconomy (jobs)\t6\t3\t1\n"
    assert _summary(text) == [("Economy (jobs)", "segment", 6, 3, 1, None, None, None)]


def test_spaced_pipes_without_the_outer_ones_separate_cells() -> None:
    text = "Measure | Q3 | Q4\nRent arrears | A | G\n"
    assert _rag(text) == [(None, "Rent arrears", "Q3", "A"), (None, "Rent arrears", "Q4", "G")]


def test_one_spaced_pipe_in_prose_is_no_table() -> None:
    text = "Measure | Q3\nRent arrears | A\n"
    assert _rag(text) == []


def test_a_year_printed_before_its_quarter_is_a_period() -> None:
    text = "Indicator\t2023/24 Q3\t2023/24, Quarter 4\nLeisure visits\tAmber\tGreen\n"
    assert _rag(text) == [
        (None, "Leisure visits", "2023/24 Q3", "A"),
        (None, "Leisure visits", "2023/24, Quarter 4", "G"),
    ]


def test_number_of_headers_name_the_colour_columns() -> None:
    text = "Theme\tNo. of Green\tNumber of Amber\tNo of Red\tTotal\nHousing\t8\t2\t1\t11\n"
    assert _summary(text) == [("Housing", "segment", 8, 2, 1, None, None, None)]


def test_a_status_column_with_its_period_in_brackets_is_that_period() -> None:
    text = "Project\tStatus (Q4 2023/24)\tRAG (Jun-24)\nNew leisure centre\tAmber\tRed\n"
    assert _rag(text) == [
        (None, "New leisure centre", "Q4 2023/24", "A"),
        (None, "New leisure centre", "Jun-24", "R"),
    ]


def test_a_status_column_with_a_note_in_brackets_is_no_period() -> None:
    assert _rag("Project\tStatus (see note)\nNew leisure centre\tAmber\n") == []


def test_a_header_naming_the_indicator_and_theme_columns_says_which_is_which() -> None:
    rows = [
        "| Indicator | Theme | Q1 | Q2 |",
        "|---|---|---|---|",
        "| Missed bins per 100,000 collections | Clean Streets | G | A |",
        "| Rough sleepers | Homes | R | R |",
    ]
    assert _rag("\n".join(rows) + "\n") == [
        ("Clean Streets", "Missed bins per 100,000 collections", "Q1", "G"),
        ("Clean Streets", "Missed bins per 100,000 collections", "Q2", "A"),
        ("Homes", "Rough sleepers", "Q1", "R"),
        ("Homes", "Rough sleepers", "Q2", "R"),
    ]
    # the usual order, the group first, blank under the one above it
    text = "Directorate\tMeasure\tQ1\nPlace\tMissed bins\tG\n\tPotholes repaired\tA\n"
    assert _rag(text) == [("Place", "Missed bins", "Q1", "G"), ("Place", "Potholes repaired", "Q1", "A")]


def test_a_pipe_table_in_bold_gives_its_totals_and_percentage_rows() -> None:
    text = (
        "| Corrington priority | Measures | Green | Amber | Red |\n"
        "|---|---:|---:|---:|---:|\n"
        "| Greener streets | 5 | 3 | 1 | 1 |\n"
        "| **Total** | **5** | **3** | **1** | **1** |\n"
        "| **Percentage** | | **60%** | **20%** | **20%** |\n"
    )
    assert _summary(text) == [
        ("Greener streets", "segment", 3, 1, 1, None, None, None),
        ("Totals", "total", 3, 1, 1, None, None, None),
        ("As Percentage", "percentage", 60, 20, 20, None, None, None),
    ]


@pytest.mark.parametrize(
    "label", ["Total", "Grand total", "Overall", "All", "All indicators", "Total (all themes)"]
)
def test_a_total_row_however_printed_is_the_totals_row(label: str) -> None:
    text = f"Tansley theme\tOutcomes\tGreen\tAmber\tRed\nRiverside homes\t4\t2\t1\t1\n{label}\t4\t2\t1\t1\n"
    assert _summary(text)[-1] == ("Totals", "total", 2, 1, 1, None, None, None)


@pytest.mark.parametrize("label", ["%", "Per cent", "As a percentage", "Proportion"])
def test_a_row_of_shares_with_a_blank_first_count_is_the_as_percentage_row(label: str) -> None:
    text = (
        "Tansley theme\tOutcomes\tGreen\tAmber\tRed\nRiverside homes\t4\t2\t1\t1\n"
        f"Total\t4\t2\t1\t1\n{label}\t\t50%\t25%\t25%\n"
    )
    assert _summary(text)[-2:] == [
        ("Totals", "total", 2, 1, 1, None, None, None),
        ("As Percentage", "percentage", 50, 25, 25, None, None, None),
    ]


def test_a_segment_that_only_starts_with_all_is_no_total() -> None:
    text = "Priority\tGreen\tAmber\tRed\nAll-age wellbeing\t3\t1\t0\nTotal\t3\t1\t0\n"
    assert _summary(text) == [
        ("All-age wellbeing", "segment", 3, 1, 0, None, None, None),
        ("Totals", "total", 3, 1, 0, None, None, None),
    ]


def test_a_reference_code_beside_the_name_is_the_objective() -> None:
    text = (
        "Theme\tRef\tOutcome\tQ1\tQ2\n"
        "Wrenfold Works\tW1\tMore young people in apprenticeships\tG\tA\n"
        "\tW2\tA busier high street\tR\tA\n"
    )
    assert _rag(text) == [
        ("Wrenfold Works", "W1", "Q1", "G"),
        ("Wrenfold Works", "W1", "Q2", "A"),
        ("Wrenfold Works", "W2", "Q1", "R"),
        ("Wrenfold Works", "W2", "Q2", "A"),
    ]


def test_a_code_column_before_a_named_measure_column_alone_gives_the_name_and_no_segment() -> None:
    text = "KPI ref  Measure                        Jun 2025   Sep 2025\nHW-07    Potholes repaired in 28 days   A          G\n"
    assert _rag(text) == [
        (None, "Potholes repaired in 28 days", "Jun 2025", "A"),
        (None, "Potholes repaired in 28 days", "Sep 2025", "G"),
    ]


def test_tab_tables_of_a_ref_code_then_an_indicator_with_word_statuses_give_the_indicator() -> None:
    text = (
        "Ambridge Objective 2: A greener village\n\n"
        "Ref\tPerformance indicator\tQ3 2025/26\tQ4 2025/26\tDirection of travel\n"
        "AMB/012\tVerges cut to the agreed schedule\tAmber\tGreen\tImproved\n"
        "AMB/019\tBottle banks emptied each week\tNot set\tRed\tDeclined\n"
    )
    assert _rag(text) == [
        (None, "Verges cut to the agreed schedule", "Q3 2025/26", "A"),
        (None, "Verges cut to the agreed schedule", "Q4 2025/26", "G"),
        (None, "Bottle banks emptied each week", "Q4 2025/26", "R"),
    ]


def test_a_column_of_row_numbers_is_no_code_nor_segment() -> None:
    text = "No.\tMeasure\tQ3\tQ4\n1\tLibrary visits per head\tA\tG\n"
    assert _rag(text) == [
        (None, "Library visits per head", "Q3", "A"),
        (None, "Library visits per head", "Q4", "G"),
    ]


def test_a_reference_column_of_long_labels_leaves_the_name_the_objective() -> None:
    text = "Ref\tMeasure\tQ1\tQ2\nRoads A\tGullies cleared on schedule\tG\tG\n"
    assert _rag(text) == [
        (None, "Gullies cleared on schedule", "Q1", "G"),
        (None, "Gullies cleared on schedule", "Q2", "G"),
    ]


def test_rows_by_savings_status_with_a_money_column_are_no_status_counts() -> None:
    text = (
        "Table 4: Hazelby savings tracker\n\n"
        "Status            £m     %\n"
        "Achieved          3.4    48\n"
        "On track          2.2    31\n"
        "At risk           1.5    21\n"
    )
    assert _summary(text) == []


def test_a_markdown_status_table_is_named_by_its_header_not_by_the_dashes_under_it() -> None:
    savings = "| Wyvern savings | £000 | Share |\n|---|---|---|\n| Achieved | 640 | 56% |\n| At risk | 200 | 17% |\n"
    measures = "| Status | Measures | % |\n| :--- | ---: | ---: |\n| Green | 12 | 60% |\n| Red | 3 | 15% |\n"
    assert _summary(savings) == []  # sums by savings status (a money column), no counts
    assert _summary(measures) == [
        ("Measures", "segment", 12, None, 3, None, None, None),
        ("As Percentage", "percentage", 60, None, 15, None, None, None),
    ]


def test_a_row_that_is_no_status_between_header_and_statuses_is_no_header() -> None:
    text = "RAG\tActions\tMilestones\nCompleted\t9\t3\nOn track\t14\t6\nAt risk\t4\t2\nOff track\t2\t1\n"
    assert _summary(text) == [
        ("Actions", "segment", 14, 4, 2, None, None, None),
        ("Milestones", "segment", 6, 2, 1, None, None, None),
    ]


def test_a_worded_status_run_up_to_the_next_column_with_one_space_is_its_own_cell() -> None:
    text = (
        "Quarterly Performance Report\n\n"
        "Indicator                                  Goal   Q2    Q1 status          Q2 status          Trend\n"
        "Library loans per 1,000 residents           410    395  On target          Slightly off target Worsening\n"
        "Garden waste bins collected on schedule     98%    91%  Slightly off target Off target          Worsening\n"
    )
    assert sorted(_rag(text)) == [
        (None, "Garden waste bins collected on schedule", "Q1", "A"),
        (None, "Garden waste bins collected on schedule", "Q2", "R"),
        (None, "Library loans per 1,000 residents", "Q1", "G"),
        (None, "Library loans per 1,000 residents", "Q2", "A"),
    ]


def test_a_table_of_savings_in_millions_by_status_is_no_count_of_measures() -> None:
    piped = "Ashcombe savings delivery 2026/27 (£m)\nDirectorate | Green | Amber | Red |\nPlace | 1.4 | 0.2 | 0.6 |\n"
    tabbed = "Ashcombe savings delivery\nDirectorate\tGreen\tAmber\tRed\nPlace\t1.4\t0.2\t0.6\nPeople\t3.1\t0.9\t0.5\n"
    spaced = "Directorate    Green    Amber    Red\nPlace    1.4    0.2    0.6\nPeople    3.1    0.9    0.5\n"
    for text in (piped, tabbed, spaced):
        assert _summary(text) == []


def test_whole_pounds_under_a_money_unit_are_no_counts() -> None:
    titled = "Ashcombe savings by RAG status £000\nDirectorate    Green    Amber    Red\nPlace    1250    300    85\n"
    headed = "Directorate\tGreen (£k)\tAmber (£k)\tRed (£k)\nPlace\t1250\t300\t85\n"
    transposed = (
        "Savings delivery (£'000)\nStatus\tPlace\tPeople\nGreen\t1250\t940\nAmber\t300\t120\nRed\t85\t40\n"
    )
    for text in (titled, headed, transposed):
        assert _summary(text) == []


def test_shares_by_status_on_a_segment_row_are_no_counts() -> None:
    text = "Ashcombe measures by directorate\nDirectorate\tGreen\tAmber\tRed\nPlace\t45%\t30%\t25%\n"
    assert _summary(text) == []


def test_decimals_by_status_in_a_transposed_table_are_no_counts() -> None:
    text = "Savings delivery\nStatus\tPlace\tPeople\tTotal\nGreen\t1.4\t3.1\t4.5\nAmber\t0.2\t0.9\t1.1\nRed\t0.6\t0.5\t1.1\n"
    assert _summary(text) == []


def test_whole_counts_by_status_with_their_shares_are_still_read() -> None:
    # near misses: counts with a share column beside each colour, and the table's row of shares
    beside = "Quarter 3 measures\nDirectorate\tGreen\t%\tAmber\t%\tRed\t%\nPlace\t12\t60%\t4\t20%\t4\t20%\n"
    shares = "Directorate\tGreen\tAmber\tRed\nPlace\t12\t4\t4\nTotal\t12\t4\t4\n%\t60%\t20%\t20%\n"
    assert _summary(beside) == [("Place", "segment", 12, 4, 4, None, None, None)]
    assert _summary(shares) == [
        ("Place", "segment", 12, 4, 4, None, None, None),
        ("Totals", "total", 12, 4, 4, None, None, None),
        ("As Percentage", "percentage", 60, 20, 20, None, None, None),
    ]
