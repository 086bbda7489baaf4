"""More forms of performance reports (invented texts for fictional councils): a summary table headed by coloured
circles and arrows (a right arrow for no change), its colours and directions split by a lone rule ('|')."""

from ingest.parse.performance import parse_performance_summary
from tests.fixtures.docs import make_docs


def _summary(text: str) -> list[tuple]:
    rows = parse_performance_summary(make_docs(text)).collect()
    return rows.select("segment", "green", "amber", "red", "up", "stable", "down").rows()


EMOJI_RULED = """\
Where Marshby stood at the end of June

  Ambition                      🟢   🟠   🔴  |  ⬆   ➡   ⬇
  ---------------------------------------------------------
  Cleaner Streets                3    1    0   |  1    2    1
  Thriving Town Centre           1    1    2   |  0    3    1
  ---------------------------------------------------------
  Totals                         4    2    2   |  1    5    2
  As Percentage                 50%  25%  25%  | 13%  62%  25%
"""


def test_a_summary_headed_by_circles_and_arrows_with_a_rule_between_its_groups() -> None:
    assert _summary(EMOJI_RULED) == [
        ("Cleaner Streets", 3, 1, 0, 1, 2, 1),
        ("Thriving Town Centre", 1, 1, 2, 0, 3, 1),
        ("Totals", 4, 2, 2, 1, 5, 2),
        ("As Percentage", 50, 25, 25, 13, 62, 25),
    ]
