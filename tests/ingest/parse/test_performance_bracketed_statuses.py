"""A bullet giving a measure its status in brackets after its name, then its trend and figure, grades the
report's own quarter, or the quarter a sentence says the bracketed ratings are; an earlier period's status after its
label and a colon grades that period; a figure after the name and a colon is the value, not the name; a bracketed
word that closes no name is no status (invented texts, fictional councils)."""

from ingest.parse.performance import parse_performance_rag
from tests.fixtures.docs import make_docs

WEMBRIDGE = (
    "# Wembridge Borough Council\n\n"
    "## Performance Monitoring: Quarter 3 2025/26\n\n"
    "### Neighbourhoods\n\n"
    "- Fly-tips cleared within two days (Amber) ↓ - 88% against a target of 92%. Q2: (Green)\n"
    "- Library visits (per 1,000 residents) (Red) ↓ - 310 against 400. Q2: Amber\n\n"
    "### Customer Services\n\n"
    "- **Complaints answered in 10 days** (Green) ↑ - 97%.\n"
)


def test_a_bracketed_status_grades_the_reports_quarter_and_a_labelled_one_its_period() -> None:
    rows = parse_performance_rag(make_docs(WEMBRIDGE)).collect()
    assert sorted(rows.select("segment", "objective", "period", "status").rows()) == [
        ("Customer Services", "Complaints answered in 10 days", "Quarter 3 2025/26", "G"),
        ("Neighbourhoods", "Fly-tips cleared within two days", "Q2", "G"),
        ("Neighbourhoods", "Fly-tips cleared within two days", "Q3", "A"),
        ("Neighbourhoods", "Library visits (per 1,000 residents)", "Q2", "A"),
        ("Neighbourhoods", "Library visits (per 1,000 residents)", "Q3", "R"),
    ]


def test_a_bracketed_word_inside_a_sentence_is_no_status() -> None:
    text = (
        "Wembridge Borough Council\n\nQuarter 3 2025/26\n\n"
        "- The scheme (red) brick frontage was restored before the winter.\n"
        "- Option (a) - retain the service in house.\n"
    )
    assert parse_performance_rag(make_docs(text)).collect().height == 0


def test_bracketed_statuses_in_a_report_naming_no_quarter_give_no_rows() -> None:
    text = (
        WEMBRIDGE.replace("Quarter 3 2025/26", "Annual Review")
        .replace(" Q2: (Green)", "")
        .replace(" Q2: Amber", "")
    )
    assert parse_performance_rag(make_docs(text)).collect().height == 0


ASHCOMBE = (
    "# Ashcombe District Council\n\n"
    "## Quarter 3 2025/26 Performance Update\n\n"
    "### Clean Streets\n\n"
    "- Litter bins emptied on schedule: 96.2% (Green) - improving\n"
    "- Abandoned vehicles removed: 41 (Amber) - no change\n"
    "- Street lights repaired within 7 days: -4.5% (Red) - declining\n"
)


def test_a_figure_after_the_name_and_a_colon_is_the_value_not_the_name() -> None:
    rows = parse_performance_rag(make_docs(ASHCOMBE)).collect()
    assert sorted(rows.select("objective", "status").rows()) == [
        ("Abandoned vehicles removed", "A"),
        ("Litter bins emptied on schedule", "G"),
        ("Street lights repaired within 7 days", "R"),
    ]


def test_a_sentence_naming_the_quarter_of_the_bracketed_ratings_gives_them_that_quarter() -> None:
    keyed = ASHCOMBE.replace(
        "### Clean Streets",
        "Each indicator is shown with its Quarter 3 rating in brackets.\n\n### Clean Streets",
    )
    assert set(parse_performance_rag(make_docs(keyed)).collect()["period"]) == {"Q3"}


def test_a_sentence_naming_the_quarter_after_the_words_ratings_in_brackets_labels_it_as_a_header_would() -> (
    None
):
    keyed = ASHCOMBE.replace(
        "### Clean Streets", "Ratings in brackets refer to the third quarter.\n\n### Clean Streets"
    )
    assert set(parse_performance_rag(make_docs(keyed)).collect()["period"]) == {"Q3"}
