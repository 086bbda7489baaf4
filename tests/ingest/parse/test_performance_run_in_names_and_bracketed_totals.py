"""Prose counts of performance reports (invented sentences for fictional councils): a numbered paragraph's name in
bold before a stop names its segment, "stable" counts as a direction, a reporting period's number before any word
but a counted noun counts nothing, and the shares in brackets beside a total's counts are its `As Percentage` row."""

from ingest.parse.performance import parse_performance_summary
from tests.fixtures.docs import make_docs


def _prose(text: str) -> list[tuple]:
    rows = parse_performance_summary(make_docs(text, doc_type="performance_report")).collect()
    return rows.select("segment", "green", "amber", "red", "up", "stable", "down").rows()


def test_a_numbered_paragraph_opening_with_a_bold_name_and_a_stop_counts_that_name() -> None:
    text = (
        "3.1 **Greener Wyvernshire.** The priority has 10 measures, of which 6 are green, 3 amber and 1 red. "
        "Trend: 4 improved, 4 unchanged, 2 worse.\n\n"
        "3.2 **Safer Streets**. Five measures are green and two are red. Three improved and four declined."
    )
    assert _prose(text) == [
        ("Greener Wyvernshire", 6, 3, 1, 4, 4, 2),
        ("Safer Streets", 5, None, 2, 3, None, 4),
    ]


def test_counts_said_to_be_stable_fill_the_stable_column() -> None:
    text = "Of the Borsetshire indicators, 7 have improved, 5 are stable and 3 have declined since last year."
    assert _prose(text) == [("Borsetshire indicators", None, None, None, 7, 5, 3)]


def test_a_period_number_before_a_word_that_is_not_counted_counts_nothing() -> None:
    text = "5.1 That the Committee notes the Period 9 performance position and the steps taken where measures are red."
    assert _prose(text) == []


def test_the_shares_in_brackets_beside_a_total_are_its_percentage_row() -> None:
    text = (
        "Healthy Lives: 6 green, 2 amber and 2 red; 5 improving, 3 unchanged and 2 declining.\n\n"
        "Thriving Towns: 3 green, 4 amber and 3 red; 2 improving, 5 unchanged and 3 declining.\n\n"
        "Across the two priorities, 9 of the 20 measures (45%) are green, 6 (30%) amber and 5 (25%) red. "
        "7 (35%) improved, 8 (40%) were unchanged and 5 (25%) declined."
    )
    assert _prose(text) == [
        ("Healthy Lives", 6, 2, 2, 5, 3, 2),
        ("Thriving Towns", 3, 4, 3, 2, 5, 3),
        ("Totals", 9, 6, 5, 7, 8, 5),
        ("As Percentage", 45, 30, 25, 35, 40, 25),
    ]


def test_the_shares_in_brackets_beside_a_segment_are_no_row_of_their_own() -> None:
    text = "Of the 16 Wyvern housing measures, 8 (50%) are green, 6 (38%) amber and 2 (12%) red."
    assert _prose(text) == [("Wyvern housing measures", 8, 6, 2, None, None, None)]
