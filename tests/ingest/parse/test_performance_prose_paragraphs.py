"""Prose counts of performance reports written one paragraph per objective (invented sentences for fictional
councils): years are no counts, a paragraph's lead-in names its segment, a sentence summing the segments is
their `Totals` row, and measures named with their status are RAG rows."""

from ingest.parse.performance import parse_performance_rag, parse_performance_summary
from tests.fixtures.docs import make_docs


def _prose(text: str) -> list[tuple]:
    rows = parse_performance_summary(make_docs(text, doc_type="performance_report")).collect()
    return rows.select("segment", "green", "amber", "red", "up", "stable", "down").rows()


def _rag(text: str) -> list[tuple]:
    rows = parse_performance_rag(make_docs(text, doc_type="performance_report")).collect()
    return rows.select("segment", "objective", "period", "status").rows()


def test_a_fiscal_year_with_a_hyphen_is_no_count() -> None:
    text = "The Wyvern library visits measure was green in Q1 2024-25 and has slipped to amber in Q2 2024-25."
    assert _prose(text) == []


def test_a_paragraph_opening_with_a_name_and_a_colon_counts_that_name() -> None:
    text = (
        "Thriving Towns and Villages: of the 9 measures reported, 6 were green, 2 amber and 1 red. "
        "Five measures improved, three stayed the same and one declined.\n\n"
        "A Greener Borsetshire: 4 green, 1 amber and 1 red; 3 improving, 2 unchanged and 1 declining.\n\n"
        "Position at the end of March: of the 12 key projects, 9 are green and 3 amber."  # no title
    )
    assert _prose(text) == [
        ("Thriving Towns and Villages", 6, 2, 1, 5, 3, 1),
        ("A Greener Borsetshire", 4, 1, 1, 3, 2, 1),
        ("Key projects", 9, 3, None, None, None, None),
    ]


def test_a_sentence_summing_the_segments_is_their_totals_row() -> None:
    text = (
        "Safer Streets: 4 green, 2 amber and 1 red; 3 improving, 3 unchanged and 1 declining.\n\n"
        "Healthy Lives: 5 green, 1 amber and 2 red; 4 improving, 2 unchanged and 2 declining.\n\n"
        "Across both priorities, 9 of the 15 measures are green, 3 are amber and 3 are red. "
        "Overall, 7 measures improved, 5 were unchanged and 3 declined.\n\n"
        "The three red measures are reviewed by the Wyvern scrutiny panel."
    )
    assert _prose(text) == [
        ("Safer Streets", 4, 2, 1, 3, 3, 1),
        ("Healthy Lives", 5, 1, 2, 4, 2, 2),
        ("Totals", 9, 3, 3, 7, 5, 3),
    ]


def test_measures_named_under_a_segment_take_the_period_of_the_paragraph_above() -> None:
    text = (
        "4.1 Of the 18 measures with a target, the position at the end of quarter 3 is:\n\n"
        "| Priority | Green | Amber | Red |\n|---|---|---|---|\n| Housing | 5 | 2 | 2 |\n| Leisure | 7 | 1 | 1 |\n\n"
        "4.2 The two red measures under Housing are empty homes per 1,000 brought back into use and days to relet "
        "council homes; both are affected by the Borsetshire contractor dispute. The red measure under Leisure "
        "is the number of swimming lessons delivered."
    )
    assert _rag(text) == [
        ("Housing", "empty homes per 1,000 brought back into use", "quarter 3", "R"),
        ("Housing", "days to relet council homes", "quarter 3", "R"),
        ("Leisure", "the number of swimming lessons delivered", "quarter 3", "R"),
    ]


def test_measures_listed_in_bullets_below_a_counted_status_are_rag_rows() -> None:
    text = (
        "At the end of quarter 1 most Wyvern measures were on target.\n\n"
        "The two measures rated red this quarter are:\n\n"
        "- visits to Wyvern leisure centres (Active Lives);\n"
        "- the percentage of rent collected (Good Homes).\n"
    )
    assert _rag(text) == [
        ("Active Lives", "visits to Wyvern leisure centres", "quarter 1", "R"),
        ("Good Homes", "the percentage of rent collected", "quarter 1", "R"),
    ]


def test_a_line_introducing_the_following_red_measures_makes_each_bullet_below_a_rag_row() -> None:
    text = (
        "Thornbury Vale's scorecard for quarter 2 was broadly positive.\n\n"
        "The following measures were reported as Red in quarter 2:\n\n"
        "·   HS4 – Average days to relet a void home.\n\n"
        "·   WS2 - Missed bin collections per 100,000\n\n"
        "·   LB7"
    )
    rows = parse_performance_rag(make_docs(text, doc_type="other")).collect()
    assert rows.select("objective", "period", "status").rows() == [
        ("HS4 – Average days to relet a void home", "quarter 2", "R"),
        ("WS2 - Missed bin collections per 100,000", "quarter 2", "R"),
        ("LB7", "quarter 2", "R"),
    ]


def test_a_span_of_time_before_a_colour_is_no_count() -> None:
    text = (
        "Of the 52 Ashcombe Plan actions due in June, 75% were on target (green), 10% were one month late (amber) "
        "and 8% were over two months late (red)."
    )
    assert _prose(text) == [("As Percentage", 75, 10, 8, None, None, None)]


def test_counts_with_levels_of_concern_are_read_as_amber_and_red() -> None:
    text = (
        "Of the listed measures 18 were on target, 3 had some concerns about meeting their target and 1 had "
        "significant concerns."
    )
    assert _prose(text) == [("Performance measures", 18, 3, 1, None, None, None)]


def test_a_denied_concern_is_no_status() -> None:
    # "raised no concerns" says nothing of amber: only the on-target and off-target counts are statuses
    text = "Of the 20 measures, 14 were on target, 4 raised no concerns and 2 were off target."
    assert all(row[2] != 4 for row in _prose(text))


def test_a_counted_noun_paired_by_a_slash_names_the_segment_as_printed() -> None:
    text = (
        "At Lowmere the report covered 20 schemes. "
        "Of the projects/programmes 14 were on track, 2 were at risk and 1 was off track."
    )
    assert _prose(text) == [("Projects/programmes", 14, 2, 1, None, None, None)]


def test_a_count_of_qualified_indicators_relating_to_a_list_parts_it_at_commas_and_its_last_and() -> None:
    text = (
        "Item 12: Performance Monitoring 2031/32, Quarter 3\n\n"
        "The Portfolio Holder drew attention to two of the amber key indicators relating to library loans, "
        "parks and open spaces visits and planning appeals won. The red key indicator related to missed bin "
        "collections but a new Fenmoor depot rota was expected to help."
    )
    rows = parse_performance_rag(make_docs(text, doc_type="other")).collect()
    # two counted, three listed: only the red one
    assert rows.select("objective", "period", "status").rows() == [
        ("missed bin collections", "Quarter 3 2031/32", "R")
    ]
    text = text.replace("two of the amber", "three of the amber")
    rows = parse_performance_rag(make_docs(text, doc_type="other")).collect()
    assert rows.select("objective", "period", "status").rows() == [
        ("library loans", "Quarter 3 2031/32", "A"),
        ("parks and open spaces visits", "Quarter 3 2031/32", "A"),
        ("planning appeals won", "Quarter 3 2031/32", "A"),
        ("missed bin collections", "Quarter 3 2031/32", "R"),
    ]


def test_bullets_below_the_following_risks_rated_red_lose_their_dashed_comment() -> None:
    text = (
        "The Leader noted that most Marlow Heath scorecard measures had improved by the end of quarter 4. "
        "The following risks had been rated as red:\n\n"
        "·   Adult social care waiting times – a recovery plan was being drafted\n\n"
        "·   Bus service reliability\n\n"
        "·   MH7 – Council tax collected\n\n"
        "Members thanked officers for the report."
    )
    rows = parse_performance_rag(make_docs(text, doc_type="other")).collect()
    assert rows.select("objective", "period", "status").rows() == [
        ("Adult social care waiting times", "quarter 4", "R"),
        ("Bus service reliability", "quarter 4", "R"),
        ("MH7 – Council tax collected", "quarter 4", "R"),
    ]


def test_a_sentence_naming_the_one_measure_at_a_status_counts_it_once() -> None:
    text = (
        "Of the 14 Eastmere performance measures, two were at red status at the end of quarter 2. "
        "Among the measures at red status was the average time to process new housing benefit claims."
    )
    rows = parse_performance_rag(make_docs(text, doc_type="other")).collect()
    assert rows.select("objective", "period", "status").rows() == [
        ("the average time to process new housing benefit claims", "quarter 2", "R")
    ]


def test_bullets_below_the_following_indicators_rated_red_keep_a_named_measure_after_a_dash() -> None:
    text = (
        "Fenmoor performance at the end of quarter 2 2031/32.\nThe following indicators were reported as red:\n\n"
        "- Children's Services - percentage of child protection plans reviewed on time\n\n"
        "- Housing - average days to re-let council homes\n\n"
        "- PI-07 - Staff turnover\n\n"
        "- KPI 12(a) - Sickness absence per FTE\n\n"
        "Members noted the report."
    )
    rows = parse_performance_rag(make_docs(text, doc_type="other")).collect()
    assert rows.select("objective").to_series().to_list() == [
        "Children's Services - percentage of child protection plans reviewed on time",
        "Housing - average days to re-let council homes",
        "PI-07 - Staff turnover",
        "KPI 12(a) - Sickness absence per FTE",
    ]


def test_red_risks_named_outside_a_following_list_are_no_indicators() -> None:
    text = (
        "Fenmoor Corporate Risk Register update, quarter 3 2031/32.\n"
        "The two red risks are cyber security and the financial sustainability of the council."
    )
    assert parse_performance_rag(make_docs(text, doc_type="performance_report")).collect().is_empty()


def test_a_measure_said_to_be_reporting_as_a_status_is_a_rag_row_for_the_period_named_above() -> None:
    text = (
        "This report sets out Larkmoor's performance for the period 1 January 2031 – 31 March 2031.\n\n"
        "Quarter two issues were reported to the last meeting.\n\n"
        "- Number of food premises inspected on time is showing as red.\n\n"
        "·   Keep the river paths open and safe for walkers       is reporting as Amber*. "
        "At the end of March 31 there were 4 paths closed."
    )
    rows = parse_performance_rag(make_docs(text, doc_type="other")).collect()
    assert rows.select("objective", "period", "status").rows() == [
        ("Number of food premises inspected on time", "1 January 2031 – 31 March 2031", "R"),
        ("Keep the river paths open and safe for walkers", "1 January 2031 – 31 March 2031", "A"),
    ]


def test_a_measure_a_minute_says_was_shown_as_a_status_is_a_rag_row_with_a_comment_joined_after_it() -> None:
    text = (
        "Larkmoor performance for the period 1 January 2031 – 31 March 2031.\n\n"
        "The manager listed the ratings showing as either red or amber:\n"
        "· Leisure centre income was shown as amber and there were fewer members than planned\n"
        "· Capital slippage was shown as red and was mainly due to the delayed bridge scheme\n"
    )
    rows = parse_performance_rag(make_docs(text, doc_type="other")).collect()
    assert rows.select("objective", "status").rows() == [
        ("Leisure centre income", "A"),
        ("Capital slippage", "R"),
    ]


def test_a_pronoun_or_an_overall_position_reporting_as_a_status_is_no_measure() -> None:
    text = (
        "Larkmoor performance for the period 1 January 2031 – 31 March 2031.\n\n"
        "This indicator is reporting as green. Overall performance is showing as amber.\n\n"
        "The budget is reported as red because of the rise in fuel costs."
    )
    assert parse_performance_rag(make_docs(text, doc_type="other")).collect().is_empty()
