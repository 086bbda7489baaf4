"""A report's own status codes defined by a key above its grids, and a summary row's label wrapped onto the next
line at the same indent between two rows (invented reports for fictional councils)."""

from ingest.parse.performance import parse_performance_rag, parse_performance_summary
from tests.fixtures.docs import make_docs

KEYED_GRID = """\
BARSETSHIRE DISTRICT COUNCIL - QUARTER 3 MEASURES

Legend:  TK = On track   SL = Slipping   OT = Off track
         Direction: + Better   = Same   - Worse

GREENER BARSETSHIRE
Measure                                        Q2     Q3     Direction
Trees planted on council land                  SL     TK       +
Fly-tipping cleared within two days            OT     OT       =

HEALTHY BARSETSHIRE
Measure                                        Q2     Q3     Direction
Leisure centre visits                          TK     SL       -
"""

WRAPPED_BETWEEN_ROWS = """\
Table 2: Wyvern outcomes by status

Outcome                     Green   Amber   Red
Prosperous Wyvern             4       1      0
Safe and Well-Connected
Neighbourhoods                2       2      1
Resilient Council             3       0      2
---------------------------------------------
Total                         9       3      3
"""


def test_status_codes_defined_by_a_key_are_read_as_the_statuses_they_stand_for() -> None:
    rows = parse_performance_rag(make_docs(KEYED_GRID)).collect()
    # the direction symbols of the key and the trend column are no statuses
    assert rows.select("objective", "period", "status").rows() == [
        ("Trees planted on council land", "Q2", "A"),
        ("Trees planted on council land", "Q3", "G"),
        ("Fly-tipping cleared within two days", "Q2", "R"),
        ("Fly-tipping cleared within two days", "Q3", "R"),
        ("Leisure centre visits", "Q2", "G"),
        ("Leisure centre visits", "Q3", "A"),
    ]


def test_a_lone_definition_is_no_key() -> None:
    text = KEYED_GRID.replace("SL = Slipping   OT = Off track", "Figures are provisional")
    assert parse_performance_rag(make_docs(text)).collect().height == 0


def test_a_label_wrapped_at_the_same_indent_between_two_rows_is_one_segment() -> None:
    rows = parse_performance_summary(make_docs(WRAPPED_BETWEEN_ROWS)).collect()
    assert rows.select("segment", "green", "amber", "red").rows() == [
        ("Prosperous Wyvern", 4, 1, 0),
        ("Safe and Well-Connected Neighbourhoods", 2, 2, 1),
        ("Resilient Council", 3, 0, 2),
        ("Totals", 9, 3, 3),
    ]
