"""Hyphens at line ends (words broken in justified columns joined, compounds, ranges and list dashes kept),
and a two-column Word-style PDF made by LibreOffice read alike by both engines."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.read.pdf_hyphens import is_compound
from ingest.read.pdf_layout import Segment, page_lines, pages_from_layouts
from tests.fixtures.producers import installed_engines, render_one, soft_hyphenate


def _text(lines: list[str], extra: str = "") -> str:
    """One page's text from lines 12 points apart, each (but the last) as wide as the column."""
    segments = [
        Segment(60, 740 - 12 * i, 280 if i < len(lines) - 1 else 60 + 5 * len(line), 750 - 12 * i, line)
        for i, line in enumerate(lines)
    ]
    if extra:
        segments.append(Segment(60, 500, 60 + 5 * len(extra), 510, extra))
    return pages_from_layouts([page_lines(segments)])[0]


def test_a_word_broken_at_a_line_end_is_joined() -> None:
    assert _text(["Wyvern District Council holds its reser-", "ves at the level its policy sets."]) == (
        "Wyvern District Council holds its reserves at the level its policy sets."
    )


def test_a_compound_broken_at_its_hyphen_keeps_it() -> None:
    lines = ["Borsetshire County Council set up a council-", "wide review of its property this year."]
    assert "a council-wide review" in _text(lines)


def test_a_compound_written_elsewhere_in_the_document_keeps_its_hyphen() -> None:
    lines = ["The Wyvern board met the ambulance trust-", "appointed chair in March of this year."]
    text = _text(lines, extra="A trust-appointed member also attended the board.")
    assert "the ambulance trust-appointed chair" in text


def test_a_word_written_whole_elsewhere_is_joined_whatever_its_parts() -> None:
    lines = ["Borsetshire reported an over-", "spend on home to school transport."]
    assert "reported an overspend on" in _text(lines, extra="The overspend was met from reserves.")


def test_a_dash_range_and_a_list_dash_are_kept() -> None:
    lines = ["Wyvern District Council set its budget for 2024-", "25 in February."]
    assert "for 2024- 25 in February" in _text(lines) or "for 2024-25 in February" in _text(lines)
    items = ["Borsetshire agreed the following:", "- to review its fees -", "- to sell its depot"]
    assert _text(items).endswith("- to review its fees -\n- to sell its depot")


def test_a_capital_after_a_line_end_hyphen_is_a_compound_with_a_name() -> None:
    assert is_compound("Mid", "Wyvern", set())
    assert not is_compound("reser", "ves", {"reserves"})
    assert is_compound("council", "wide", set())  # a usual compound part (data/hyphen_compounds.csv)


def test_a_soft_hyphen_at_a_line_end_joins_and_elsewhere_is_dropped() -> None:
    lines = [
        "Wyvern District Council approved its capital pro\u00ad",
        "gramme and its trea\u00adsury strategy.",
    ]
    assert _text(lines) == "Wyvern District Council approved its capital programme and its treasury strategy."


REPORT = "\n\n".join(  # one paragraph a line, as the project's report texts are
    [
        "# Borsetshire County Council – Resources Newsletter",
        "The cabinet of Borsetshire County Council considered the medium-term financial plan at its meeting in "
        "November. The council-wide savings programme delivered most of its planned reductions during 2024-25, "
        "and the remaining shortfall will be met from earmarked reserves held for transformation and improvement.",
        "## Key recommendations",
        "1. To strengthen the council's arrangements for monitoring transformation programmes across directorates.",
        "2. To publish a refreshed procurement strategy with measurable commitments for local suppliers.",
        "The peer team met councillors, officers and partner organisations including the Borsetshire Integrated "
        "Care Board and the Wyvern Community Safety Partnership, and thanks everyone who contributed generously.",
        "| Service | Budget | Outturn |\n| --- | --- | --- |\n| Adult social care | £112.4m | £115.0m |\n"
        "| Highways and transport | £31.2m | £30.1m |",
        "Members welcomed the improvements in children's services and asked officers to report again in the "
        "summer on recruitment and retention of experienced social workers throughout the county.",
    ]
)


def test_soft_hyphenate_only_breaks_long_words() -> None:
    assert soft_hyphenate("the council") == "the council"
    assert soft_hyphenate("transformation").replace("\u00ad", "") == "transformation"
    assert "\u00ad" in soft_hyphenate("transformation")


def test_a_two_column_libreoffice_pdf_reads_column_by_column_alike_in_both_engines(tmp_path: Path) -> None:
    from ingest.read.report import read_report

    pdf = render_one("libreoffice_columns", REPORT, tmp_path)
    pages = read_report(pdf).pages
    text = "\n".join(pages)
    for paragraph in REPORT.split("\n\n"):
        if paragraph.startswith(("The ", "Members")):
            assert paragraph in text
    assert text.index("medium-term") < text.index("Key recommendations") < text.index("Service\tBudget")
    assert text.index("Service\tBudget") < text.index("Members welcomed")
    pytest.importorskip("pypdfium2")
    assert read_report(pdf, engine="pdfium").pages == pages


def test_a_word_broken_in_a_wrapped_table_cell_is_joined_when_the_document_has_it_whole() -> None:
    from ingest.read.pdf_hyphens import unmark

    pages = [
        "Wyvern Volunteers met in May.",
        "Segment\tGreen\nWyvern Volu- nteers\t3\npre- and post-meeting notes",
    ]
    assert unmark(pages)[1] == "Segment\tGreen\nWyvern Volunteers\t3\npre- and post-meeting notes"


def _chars(word_boxes: list[tuple[str, float]], advance: dict[int, float]) -> list:
    """Characters 5 points wide from (text, x0) pairs; `advance` gives a glyph another width."""
    return [(x, 700.0, x + advance.get(i, 5.0), 710.0, t, False) for i, (t, x) in enumerate(word_boxes)]


def test_a_space_glyph_that_does_not_advance_is_not_a_word_gap() -> None:
    from ingest.read.pdf_layout import group_chars

    # "Wyvern Gove|rnance": a real space (advancing) after "Wyvern", then an unbroken soft hyphen printed as a
    # space glyph the next letter starts on
    letters = [(c, 100.0 + 5 * i) for i, c in enumerate("Wyvern")] + [(" ", 130.0)]
    letters += [(c, 133.0 + 5 * i) for i, c in enumerate("Gove")] + [(" ", 153.0)]
    letters += [(c, 153.0 + 5 * i) for i, c in enumerate("rnance")]
    segments = group_chars(_chars(letters, {6: 3.0, 11: 3.0}))
    assert [s.text for s in segments] == ["Wyvern Governance"]


def test_unicode_hyphens_read_as_hyphens_and_a_word_broken_at_one_is_joined() -> None:
    lines = ["Wyvern District Council topped up its reser\u2010", "ves and its non\u2011statutory funds."]
    assert _text(lines) == "Wyvern District Council topped up its reserves and its non-statutory funds."


def test_a_justified_browser_page_with_soft_hyphens_reads_whole_words_in_both_engines(tmp_path: Path) -> None:
    from ingest.read.report import read_report

    pdf = render_one("chromium_hyphenated", REPORT, tmp_path)
    for engine in installed_engines():
        text = " ".join(read_report(pdf, engine=engine).pages).replace("\n", " ")
        for paragraph in REPORT.split("\n\n"):
            if paragraph.startswith(("The ", "Members")):
                assert paragraph in text, engine
        assert "1. To strengthen the council's arrangements for monitoring transformation programmes" in text
