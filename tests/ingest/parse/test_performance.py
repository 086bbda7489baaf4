from ingest.parse.performance import parse_performance_rag, parse_performance_summary
from tests.fixtures.docs import make_docs

SUMMARY_TABS = (
    "Metric Segment\tNumber of objectives\t\t\tDirection of Travel\n\tGreen\tAmber\tRed\tUp\tStable\tDown\n\n"
    "Our Places\t2\t1\t1\t2\t1\t1\nOur Council\t1\t1\t0\t0\t2\t0\nTotals\t3\t2\t1\t2\t3\t1\n"
    "As Percentage\t50%\t33%\t17%\t33%\t50%\t17%\n"
)


def _summary(text: str) -> list[tuple]:
    rows = parse_performance_summary(make_docs(text)).collect()
    return rows.select("segment", "row_kind", "green", "amber", "red", "up", "stable", "down").rows()


def test_summary_with_tab_separated_columns() -> None:
    assert _summary(SUMMARY_TABS) == [
        ("Our Places", "segment", 2, 1, 1, 2, 1, 1),
        ("Our Council", "segment", 1, 1, 0, 0, 2, 0),
        ("Totals", "total", 3, 2, 1, 2, 3, 1),
        ("As Percentage", "percentage", 50, 33, 17, 33, 50, 17),
    ]


def test_summary_with_space_separated_columns_as_pdf_text_gives() -> None:
    spaced = SUMMARY_TABS.replace("\t", "   ")
    assert _summary(spaced) == _summary(SUMMARY_TABS)


GRID = (
    "Wheel Segment\t\tRAG Status 2021/22\n\t\tApr - Jun\tQ2\tQ3\n"
    "Our Places\tP1\tG\tA\t\n\tP2\tR\t{a}\t\nOur Council\tC1\tGreen\tAmber\t\n"
)


def _rag(text: str) -> list[tuple]:
    rows = parse_performance_rag(make_docs(text)).collect()
    return rows.select("segment", "objective", "period", "period_order", "status", "is_repaired").rows()


def test_rag_grid_carries_the_segment_down_and_skips_empty_cells() -> None:
    assert _rag(GRID.format(a="A")) == [
        ("Our Places", "P1", "Apr - Jun", 1, "G", False),
        ("Our Places", "P1", "Q2", 2, "A", False),
        ("Our Places", "P2", "Apr - Jun", 1, "R", False),
        ("Our Places", "P2", "Q2", 2, "A", False),
        ("Our Council", "C1", "Apr - Jun", 1, "G", False),
        ("Our Council", "C1", "Q2", 2, "A", False),
    ]


def test_greek_and_cyrillic_look_alikes_read_as_amber_with_a_flag() -> None:
    for lookalike in ("\u0391", "\u0410"):
        rows = _rag(GRID.format(a=lookalike))
        assert ("Our Places", "P2", "Q2", 2, "A", True) in rows


def _prose(text: str, doc_type: str | None = "other") -> list[tuple]:
    rows = parse_performance_summary(make_docs(text, doc_type=doc_type)).collect()
    return rows.select("segment", "row_kind", "green", "amber", "red", "up", "stable", "down").rows()


def test_counts_with_shares_in_brackets_name_the_qualified_noun() -> None:
    text = (
        "Progress on 50 priority actions was reported: 30 (60%) were on track (rated green), 12 (24%) "
        "were slightly behind (rated amber) and 8 (16%) were off track (rated red)."
    )
    assert _prose(text) == [("Priority actions", "segment", 30, 12, 8, None, None, None)]


def test_counts_in_words_before_the_status_use_the_default_name_of_a_bare_noun() -> None:
    assert _prose("There were four green, two amber and one red indicators.") == [
        ("Performance indicators", "segment", 4, 2, 1, None, None, None)
    ]


def test_a_noun_named_in_the_sentence_before_names_the_segment() -> None:
    text = "Wyvern's corporate scorecard showed 70% of indicators were 'green' and 20% were 'amber'. The only two 'red' indicators were X and Y."
    assert _prose(text) == [
        ("As Percentage", "percentage", 70, 20, None, None, None, None),
        ("Corporate scorecard", "segment", None, None, 2, None, None, None),
    ]


def test_shares_of_one_status_only_are_no_summary_row() -> None:
    assert _prose("Of the plan commitments 61.5% were Green and 48.2% of indicators were Green.") == []


def test_years_dates_and_names_with_status_words_are_not_counts() -> None:
    assert _prose("In 2023/24 Green Book pay awards rose and 12 Red Cross volunteers helped.") == []


def test_peer_challenge_action_plans_are_not_performance_summaries() -> None:
    text = "Of the action plan, 80 percent of actions are rated 'green' and 20 percent are rated 'amber'."
    assert _prose(text, doc_type="progress_review") == []


def test_count_lines_with_the_status_on_the_next_line_group_under_their_heading() -> None:
    text = (
        "Objective 1: our streets\n\n4 (80 per cent) were on target.\n\nGreen\n\n1 (20 per cent) was adrift.\n\nRed\n\n"
        "3 (60 per cent) indicators showed positive change.\n\nGreen\n\n2 (40 per cent) milestones were achieved.\n\nGreen\n"
    )
    assert _prose(text) == [
        ("Objective 1: our streets", "segment", 4, None, 1, 3, None, None),
        ("Objective 1: our streets - milestones", "segment", 2, None, None, None, None, None),
    ]


def test_a_summary_table_wins_over_prose_counts() -> None:
    text = SUMMARY_TABS + "\nThis quarter there are two red segments.\n"
    assert _prose(text, doc_type="performance_report") == _summary(SUMMARY_TABS)


def test_objectives_listed_after_a_status_count_are_rag_rows_for_the_stated_period() -> None:
    text = (
        "The scorecard to the end of June showed most indicators on track. The only two 'red' indicators "
        "related to missed bin collections; and the average time to relet homes."
    )
    rows = parse_performance_rag(make_docs(text, doc_type="other")).collect()
    assert rows.select("objective", "period", "status").rows() == [
        ("missed bin collections", "to the end of June", "R"),
        ("the average time to relet homes", "to the end of June", "R"),
    ]


def test_a_status_list_that_does_not_match_its_count_gives_no_rag_rows() -> None:
    text = "The three 'red' indicators were housing delays; and missed collections."
    assert parse_performance_rag(make_docs(text, doc_type="other")).collect().height == 0


def test_summary_columns_follow_the_header_whatever_their_order_or_extra_columns() -> None:
    text = (
        "Service\tIndicators\tRed\tAmber\tGreen\tNot rated\nParks\t9\t1\t3\t4\t1\nLibraries\t6\t0\t2\t4\t0\n"
        "Total\t15\t1\t5\t8\t1\n"
    )
    assert _summary(text) == [
        ("Parks", "segment", 4, 3, 1, None, None, None),
        ("Libraries", "segment", 4, 2, 0, None, None, None),
        ("Totals", "total", 8, 5, 1, None, None, None),
    ]


def test_summary_in_a_pipe_table_with_plain_english_statuses_and_directions() -> None:
    text = (
        "| Ward plan | On track | At risk | Off track | Improving | Same | Worse |\n|---|---|---|---|---|---|---|\n"
        "| North | 5 | 2 | 1 | 3 | 4 | 1 |\n| As Percentage | 63% | 25% | 13% | 38% | 50% | 13% |\n\n"
        "Officers will report again in March, when 12 further actions are due.\n"
    )
    assert _summary(text) == [
        ("North", "segment", 5, 2, 1, 3, 4, 1),
        ("As Percentage", "percentage", 63, 25, 13, 38, 50, 13),
    ]


def test_rag_grid_in_a_pipe_table_with_named_objectives_and_status_words() -> None:
    text = (
        "| Aim | Measure | Q1 2023/24 | Q2 2023/24 |\n|---|---|---|---|\n"
        "| Greener Wyvern | Trees planted | On track | At risk |\n| | Homes insulated | Off track | Red |\n"
    )
    rows = parse_performance_rag(make_docs(text)).collect()
    assert rows.select("segment", "objective", "period", "status").rows() == [
        ("Greener Wyvern", "Trees planted", "Q1 2023/24", "G"),
        ("Greener Wyvern", "Trees planted", "Q2 2023/24", "A"),
        ("Greener Wyvern", "Homes insulated", "Q1 2023/24", "R"),
        ("Greener Wyvern", "Homes insulated", "Q2 2023/24", "R"),
    ]


def test_a_grid_without_a_segment_column_gives_objectives_without_segment() -> None:
    text = "Indicator\tJun-23\tSep-23\nRepairs on time\tA\tG\n"
    rows = parse_performance_rag(make_docs(text)).collect()
    assert rows.select("segment", "objective", "period", "status").rows() == [
        (None, "Repairs on time", "Jun-23", "A"),
        (None, "Repairs on time", "Sep-23", "G"),
    ]


def test_colours_printed_before_their_counts() -> None:
    assert _prose(
        "Of the 30 plan actions the position is Green 20 (67%), Amber 6 (20%) and Red 4 (13%)."
    ) == [("Plan actions", "segment", 20, 6, 4, None, None, None)]
    assert _prose("For the 12 capital projects: Green: 7, Amber: 3, Red: 2.") == [
        ("Capital projects", "segment", 7, 3, 2, None, None, None)
    ]


def test_on_track_at_risk_and_off_track_count_as_colours_when_two_or_more_are_given() -> None:
    assert _prose("Of the 20 housing projects, 14 are on track, 4 are at risk and 2 are off track.") == [
        ("Housing projects", "segment", 14, 4, 2, None, None, None)
    ]
    assert _prose("Of the 9 projects, 7 remain on track.") == []


def test_direction_of_travel_counts_without_a_status_fill_the_direction_columns() -> None:
    text = "Against last year, eleven indicators had improved, four were unchanged and six had declined."
    assert _prose(text) == [("Performance indicators", "segment", None, None, None, 11, 4, 6)]


def test_a_single_direction_is_no_direction_count() -> None:
    assert _prose("Five of these 12 indicators were behind target but showing an improving trend.") == []


def test_a_status_column_after_the_period_figures_is_the_latest_periods_status() -> None:
    text = (
        "Indicator                 Target    Q1 2022/23    Q2 2022/23    Status    Trend\n"
        "Calls answered (%)        90%       84%           91%           Green     Improving\n"
        "Planning appeals won      70%       66%           61%           Red       Worsening\n"
    )
    rows = parse_performance_rag(make_docs(text)).collect()
    assert rows.select("segment", "objective", "period", "period_order", "status").rows() == [
        (None, "Calls answered (%)", "Q2 2022/23", 2, "G"),
        (None, "Planning appeals won", "Q2 2022/23", 2, "R"),
    ]


def test_the_number_counted_from_is_no_status_count() -> None:
    text = (
        "By the end of June 80% of the 45 business plan actions were on track, 15% at risk and 5% off track."
    )
    assert _prose(text) == [("As Percentage", "percentage", 80, 15, 5, None, None, None)]


def test_a_table_with_one_row_per_status_is_one_segment_and_its_shares() -> None:
    text = (
        "Table 4: Ratings of the housing indicators at year end\n\nRating\tNumber\tPercentage\n"
        "Green\t12\t60%\nAmber\t5\t25%\nRed\t3\t15%\nTotal\t20\t100%\n"
    )
    assert _summary(text) == [
        ("Housing indicators", "segment", 12, 5, 3, None, None, None),
        ("As Percentage", "percentage", 60, 25, 15, None, None, None),
    ]


def test_objectives_listed_after_indicators_rated_a_colour_in_a_stated_quarter() -> None:
    text = (
        "In Quarter 2 most measures met their targets. The two measures rated red were rent arrears and "
        "planning appeals."
    )
    rows = parse_performance_rag(make_docs(text, doc_type="other")).collect()
    assert rows.select("objective", "period", "status").rows() == [
        ("rent arrears", "Quarter 2", "R"),
        ("planning appeals", "Quarter 2", "R"),
    ]


def test_directions_printed_before_their_counts() -> None:
    text = "The trend was positive for 9 of the 15 indicators, negative for 4 and unchanged for 2."
    assert _prose(text) == [("Performance indicators", "segment", None, None, None, 9, 2, 4)]


def test_bullet_lines_of_a_status_and_its_count_are_one_segment_named_by_their_heading() -> None:
    text = (
        "Council plan actions at quarter end:\n\n- Green: 18 (60%)\n\n- Amber: 9 (30%)\n\n- Red: 3 (10%)\n\n"
        "Against the last quarter, 11 actions had improved and 4 had declined."
    )
    assert _summary(text) == [
        ("Council plan actions", "segment", 18, 9, 3, None, None, None),
        ("Actions", "segment", None, None, None, 11, None, 4),
    ]


def test_a_noun_counted_in_a_plan_is_named_after_the_plan() -> None:
    text = "Of the 40 projects in the capital programme, 30 were green, 6 amber and 4 red."
    assert _prose(text) == [("Capital programme projects", "segment", 30, 6, 4, None, None, None)]


def test_empty_header_cells_from_a_pdf_grid_do_not_shift_the_columns() -> None:
    text = "Theme\t\tGreen\t\tAmber\tRed\t\nParks\t5\t2\t1\n"
    assert _summary(text) == [("Parks", "segment", 5, 2, 1, None, None, None)]
