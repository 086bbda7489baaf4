"""A scorecard whose header names a status column and no period takes the quarter of the heading above it ("Q<n>"), and a
table row's status grades that row, its figures count nothing (invented texts, fictional councils)."""

from ingest.parse.performance import parse_performance_rag, parse_performance_summary
from tests.fixtures.docs import make_docs

FENBY_SCORECARD = (
    "Fenby District Council\n\n"
    "2. SERVICE SCORECARD - QUARTER 2 2025/26\n\n"
    "Theme A: Cleaner streets\n\n"
    " Indicator                                  Target      Actual      Status   Trend\n"
    " Fly-tips cleared within two working          90%         94%          Green     ▲\n"
    "   days\n"
    " Garden waste subscriptions (year to date)   12,500      11,980        Amber     ▼\n"
    " Street lights repaired in 5 days             4.0         6.5          Red       ▼\n"
)


def test_a_status_column_takes_the_quarter_of_the_heading_above() -> None:
    rows = parse_performance_rag(make_docs(FENBY_SCORECARD)).collect()
    assert rows.select("objective", "period", "status").rows() == [
        ("Fly-tips cleared within two working days", "Q2", "G"),
        ("Garden waste subscriptions (year to date)", "Q2", "A"),
        ("Street lights repaired in 5 days", "Q2", "R"),
    ]


def test_a_markdown_status_column_takes_the_worded_quarter_of_the_heading_as_q_n() -> None:
    text = (
        "# Ashcombe Vale District Council\n\n"
        "## Performance Digest: Quarter three 2024/25 (October to December 2024)\n\n"
        "**Leisure and Culture**\n\n"
        "| Measure | Target | Actual | Status | DoT |\n"
        "|---|---|---|---|---|\n"
        "| Library loans per 1,000 residents | 410 | 388 | A | ↓ |\n"
        "| Museum school visits booked | 25 | 31 | G | ↑ |\n"
    )
    rows = parse_performance_rag(make_docs(text)).collect()
    assert rows.select("objective", "period", "status").rows() == [
        ("Library loans per 1,000 residents", "Q3", "A"),
        ("Museum school visits booked", "Q3", "G"),
    ]


def test_a_status_column_with_no_period_heading_gives_no_row() -> None:
    text = FENBY_SCORECARD.replace("2. SERVICE SCORECARD - QUARTER 2 2025/26", "2. SERVICE SCORECARD")
    assert parse_performance_rag(make_docs(text)).collect().height == 0


def test_a_figure_beside_a_graded_row_status_is_no_count() -> None:
    text = (
        "Marsh Borough Council\n\n"
        "| Directorate            | Budget £000 | Variance £000 | RAG   |\n"
        "|------------------------|------------:|--------------:|-------|\n"
        "| Housing                |      12,410 |            64 | Amber |\n"
        "| Leisure                |       3,905 |           (12) | Green |\n"
    )
    assert parse_performance_summary(make_docs(text)).collect().height == 0
