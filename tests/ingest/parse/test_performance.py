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
