"""Summary counts given as a bullet list, one bullet per priority (invented texts for fictional councils): the
priority's name before the colon is the segment however it is capitalised, its colours and its directions of
travel in two sentences are one row, and "no red" or "none declining" among other counts is a count of 0."""

from ingest.parse.performance import parse_performance_summary
from tests.fixtures.docs import make_docs


def _summary(text: str) -> list[tuple]:
    rows = parse_performance_summary(make_docs(text, doc_type="performance_report")).collect()
    return rows.select("segment", "green", "amber", "red", "up", "stable", "down").rows()


PRIORITY_BULLETS = """\
Summary of performance by priority

- Keeping the villages of the vale safe and well: 6 green, 1 amber, 2 red. Direction of travel: 5 improving, 2 no change, 2 declining.
- Growing a fairer local economy for everyone: 3 green, 4 amber, 1 red. Direction of travel: 2 improving, 5 no change, 1 declining.
"""


def test_a_bullets_sentence_case_name_before_its_colon_is_the_segment() -> None:
    assert _summary(PRIORITY_BULLETS) == [
        ("Keeping the villages of the vale safe and well", 6, 1, 2, 5, 2, 2),
        ("Growing a fairer local economy for everyone", 3, 4, 1, 2, 5, 1),
    ]


NONE_WORDS = """\
- Greener streets across the vale: 4 green, 2 amber, no red. Direction of travel: 3 improving, 3 no change, none declining.
- Healthier homes for older residents: 2 green, 1 amber, 1 red. Direction of travel: 1 improving, 2 no change, 1 declining.
"""


def test_no_or_none_before_a_colour_or_direction_among_other_counts_is_zero() -> None:
    assert _summary(NONE_WORDS) == [
        ("Greener streets across the vale", 4, 2, 0, 3, 3, 0),
        ("Healthier homes for older residents", 2, 1, 1, 1, 2, 1),
    ]
