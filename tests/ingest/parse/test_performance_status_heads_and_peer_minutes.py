"""Performance forms (invented texts for fictional councils): a summary column headed by an orange circle and
'Slightly off track', a grid whose status columns print their quarter after the word ("Status Q1"), and the
action-plan RAG counts of a meeting record about a peer challenge, which are no performance summary."""

from ingest.parse.performance import parse_performance_rag, parse_performance_summary
from tests.fixtures.docs import make_docs

EMOJI_SUMMARY = """\
| Service | 🟢 On track | 🟠 Slightly off track | 🔴 Off track | ⬆ Improving | ➡ Same | ⬇ Declining |
|---|---|---|---|---|---|---|
| Wyvern Places | 3 | 1 | 2 | 2 | 3 | 1 |
| **Total** | **3** | **1** | **2** | **2** | **3** | **1** |
"""


def test_a_slightly_off_track_column_is_amber() -> None:
    rows = parse_performance_summary(make_docs(EMOJI_SUMMARY)).collect()
    assert rows.select("segment", "green", "amber", "red", "up", "stable", "down").rows() == [
        ("Wyvern Places", 3, 1, 2, 2, 3, 1),
        ("Totals", 3, 1, 2, 2, 3, 1),
    ]


STATUS_AFTER_WORD = """\
### Fenby Neighbourhoods

| Indicator | Q3 | Q4 | Status Q3 | Status Q4 | Direction |
|---|---|---|---|---|---|
| Streets cleaned to standard | 88% | 91% | 🟠 | 🟢 | ⬆ Improving |
| Bulky waste collected on time | 97% | 84% | 🟢 | 🔴 | ⬇ Declining |
"""


def test_a_status_column_printing_its_quarter_after_the_word_is_that_quarters() -> None:
    rows = parse_performance_rag(make_docs(STATUS_AFTER_WORD)).collect()
    assert rows.select("objective", "period", "status").rows() == [
        ("Streets cleaned to standard", "Q3", "A"),
        ("Streets cleaned to standard", "Q4", "G"),
        ("Bulky waste collected on time", "Q3", "G"),
        ("Bulky waste collected on time", "Q4", "R"),
    ]


PEER_MINUTE = """\
Minutes of the Overview Committee, Marsh District Council

5. Corporate peer challenge: progress review feedback

The Chief Executive presented the LGA's letter after the progress review. Of the 30 actions in the
improvement plan, 21 were green, 6 amber and 3 red.
"""


def test_the_action_plan_counts_of_a_minute_about_a_peer_challenge_are_no_summary() -> None:
    assert parse_performance_summary(make_docs(PEER_MINUTE, doc_type="other")).collect().height == 0


def test_the_same_counts_in_a_minute_about_a_performance_report_are_a_summary() -> None:
    text = PEER_MINUTE.replace(
        "Corporate peer challenge: progress review feedback", "Quarter 3 performance"
    ).replace("the LGA's letter after the progress review", "the quarterly report")
    rows = parse_performance_summary(make_docs(text, doc_type="other")).collect()
    assert rows.select("green", "amber", "red").rows() == [(21, 6, 3)]
