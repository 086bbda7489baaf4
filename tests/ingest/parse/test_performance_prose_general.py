"""Prose counts of quarterly performance reports beyond the seeds (invented sentences): numbers in words above
twenty, ratings between two colours (or a count of two colours together), one segment's counts spread over several sentences, a reporting period's
number, which counts nothing, a lone count no noun names outside a performance report, which counts no
measures, and a part of one colour's measures ("two of the red indicators"), which is not that colour's count."""

from ingest.parse.performance import parse_performance_summary
from tests.fixtures.docs import make_docs


def _prose(text: str) -> list[tuple]:
    rows = parse_performance_summary(make_docs(text, doc_type="performance_report")).collect()
    return rows.select("segment", "green", "amber", "red", "up", "stable", "down").rows()


def test_hyphenated_number_words_above_twenty_are_counts() -> None:
    text = "Twenty-four of the thirty-one key projects are rated green, five are rated amber and two are rated red."
    assert _prose(text) == [("Key projects", 24, 5, 2, None, None, None)]


def test_a_round_ten_in_words_is_a_count() -> None:
    assert _prose("Forty actions are green and six amber.") == [("Actions", 40, 6, None, None, None, None)]


def test_a_rating_between_two_colours_is_no_count() -> None:
    assert _prose("Two projects are rated Amber/Red and one is red-amber.") == []


def test_a_count_of_two_colours_together_is_no_count_of_either() -> None:
    """ "six indicators are Red or Amber": the six are not all red, nor all amber."""
    assert _prose("The six indicators which are currently Red or Amber are listed below.") == []
    assert _prose("Nine measures are rated green and/or amber this quarter.") == []


def test_a_two_colour_rating_leaves_the_plain_colours_of_the_sentence() -> None:
    text = "Of the 20 measures, 12 are green, 5 amber, 2 red and 1 is amber/red."
    assert _prose(text) == [("Performance measures", 12, 5, 2, None, None, None)]


def test_colours_and_directions_of_one_segment_in_two_sentences_are_one_row() -> None:
    text = (
        "Of the 42 indicators, 30 are green, 8 amber and 4 red. "
        "Compared with last year, 19 indicators have improved, 15 have stayed the same and 8 have worsened.\n\n"
        "The four red indicators are reviewed each month."
    )
    assert _prose(text) == [("Performance indicators", 30, 8, 4, 19, 15, 8)]


def test_two_counts_of_one_colour_for_one_segment_stay_two_rows() -> None:
    text = "At the end of June 6 indicators were red.\n\nBy the end of September 4 indicators were red."
    assert _prose(text) == [
        ("Performance indicators", None, None, 6, None, None, None),
        ("Performance indicators", None, None, 4, None, None, None),
    ]


def test_different_segments_are_not_merged() -> None:
    text = (
        "Of the 20 key projects, 15 are green and 5 amber. Of the 30 indicators, 20 improved and 10 declined."
    )
    assert _prose(text) == [
        ("Key projects", 15, 5, None, None, None, None),
        ("Performance indicators", None, None, None, 20, None, 10),
    ]


def test_counts_naming_no_noun_take_the_heading_above() -> None:
    text = "Summary of ratings for the 12 key measures\n\nGreen 6 (50%)    Amber 4 (33%)    Red 2 (17%)\n"
    assert _prose(text) == [("Key measures", 6, 4, 2, None, None, None)]


def test_a_heading_naming_a_bare_noun_gives_its_default_name() -> None:
    text = "Ratings of our 12 measures\nGreen 6, Amber 4, Red 2\n"
    assert _prose(text) == [("Performance measures", 6, 4, 2, None, None, None)]


def test_a_sentence_above_is_no_heading() -> None:
    text = "We report on 12 projects each quarter.\nGreen 6, Amber 4, Red 2\n"
    assert _prose(text) == [("Performance indicators", 6, 4, 2, None, None, None)]


def test_a_heading_far_above_names_nothing() -> None:
    text = "Ratings of the 12 key projects\n\n\n\nGreen 6, Amber 4, Red 2\n"
    assert _prose(text) == [("Performance indicators", 6, 4, 2, None, None, None)]


def test_counts_naming_no_noun_are_not_merged_into_a_named_segment() -> None:
    text = "Green 28, Amber 9, Red 3.\n\nThirty indicators have improved, eleven have stayed the same and nine have got worse."
    assert _prose(text) == [
        ("Performance indicators", 28, 9, 3, None, None, None),
        ("Performance indicators", None, None, None, 30, 11, 9),
    ]


def test_a_numbered_heading_names_the_counts_below_it() -> None:
    text = "2. Corporate projects\n\nRAG status at the end of June: Green – 9, Amber – 4, Red – 1.\n"
    assert _prose(text) == [("Corporate projects", 9, 4, 1, None, None, None)]


def test_shares_listed_after_the_counts_take_the_counts_columns_in_order() -> None:
    text = (
        "Of the 20 Wyvern measures, 10 are green, 6 are amber and 4 are red - 50%, 30% and 20% respectively. "
        "Since last quarter 9 measures improved, 8 were unchanged and 3 declined (45%, 40% and 15%)."
    )
    assert _prose(text) == [
        ("Wyvern measures", 10, 6, 4, 9, 8, 3),
        ("As Percentage", 50, 30, 20, 45, 40, 15),
    ]


def test_counts_on_target_or_adrift_are_statuses_and_maintaining_is_stable() -> None:
    text = (
        "Of the 40 Corporate Plan measures with a target, 25 are on target, 9 are slightly adrift and 6 are "
        "significantly adrift. Against the previous quarter, 20 are improving, 12 are maintaining performance "
        "and 8 are worsening."
    )
    assert _prose(text) == [("Corporate Plan measures", 25, 9, 6, 20, 12, 8)]


def test_shares_of_a_sum_of_money_in_brackets_are_no_counts() -> None:
    text = (
        "Savings of £6.4m were agreed for the year. So far £4.1m (64%) are on track, £1.5m (23 per cent) are "
        "at risk and £0.8m (13%) will not be delivered."
    )
    assert _prose(text) == []


def test_the_number_of_a_quarter_or_period_is_no_count() -> None:
    text = (
        "At Quarter 3, £1.2m of the Brackenfold savings are on track and £0.6m are rated red. "
        "In period 7 the delayed schemes stayed amber."
    )
    assert _prose(text) == []


def test_a_counted_noun_after_a_period_keeps_its_count() -> None:
    text = "By quarter 2 measures were reported monthly: 9 are green and 3 are red."
    assert _prose(text) == [("Performance measures", 9, None, 3, None, None, None)]


def test_a_lone_count_no_noun_names_counts_no_measures_outside_a_performance_report() -> None:
    text = "Of the savings in the table, the two red items both depend on the Fenby depot sale."
    other = parse_performance_summary(make_docs(text, doc_type="other")).collect()
    report = parse_performance_summary(make_docs(text, doc_type="performance_report")).collect()
    assert (other.height, report.select("segment", "red").rows()) == (0, [("Performance indicators", 2)])


def test_a_part_of_one_colours_measures_is_not_that_colours_count() -> None:
    text = (
        "The Portfolio Holder spoke about two of the red service measures, missed bin collections and planning "
        "appeals, and said that four of those amber were close to target."
    )
    assert _prose(text) == []


def test_a_span_of_seconds_minutes_or_hours_is_no_count() -> None:
    text = (
        "Indicators off target: HW7 Share of emails answered within 45 minutes HW9 Calls picked up within 15 "
        "seconds A green rating means the measure is on course."
    )
    assert _prose(text) == []


def test_a_count_beside_a_span_of_hours_is_still_counted() -> None:
    text = "Of the 12 measures for repairs within 24 hours, 9 are green and 3 are red."
    assert _prose(text) == [("Performance measures", 9, None, 3, None, None, None)]


def test_a_span_in_abbreviated_or_glued_units_is_no_count() -> None:
    secs = "Indicators off target: HW9 Calls picked up within 20 secs A green rating means the measure is on course."
    mins = "Indicators off target: HW7 Emails answered within 45 mins A green rating means the measure is on course."
    glued = "Indicators off target: HW8 Repairs made safe within 24hrs A green rating means the measure is on course."
    assert _prose(secs) == []
    assert _prose(mins) == []
    assert _prose(glued) == []
