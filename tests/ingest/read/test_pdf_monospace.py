"""A text file printed in a monospaced font (every line wrapped at a fixed width, nothing between
paragraphs): a line that ends where the next line's first word would have fitted ends its paragraph, and
runs of spaces (a table typed with spaces) are kept, so the PDF reads back as the text file."""

from __future__ import annotations

from pathlib import Path

from ingest.read.pdf_layout import markup_runs, monospaced_pitch, page_layout, pages_from_layouts
from tests.fixtures.producers import installed_engines, render_one

PITCH = 6.0

REPORT = """Wyvern District Council: progress review of the corporate peer challenge
1. Introduction
The peer team returned to Wyvern in March to see what had changed since the challenge last autumn, meeting the Leader, the Chief Executive and a range of officers over two days on site.
This letter sets out what the team found against each of the recommendations made last year.
2. Recommendations
The team revisited each of the four recommendations made last autumn:
1. Agree a single set of corporate priorities with members and publish them with a delivery plan that runs to 2028.
2. Strengthen the capacity of the finance team so that budget monitoring reaches service managers every month.
3. Review the terms of the three joint ventures with Borsetshire County Council before they are renewed next year.
4. Keep members informed.
Service          Budget     Outturn
Leisure          £2.1m      £2.4m
Overall the council has made good progress and the team would like to thank everyone who took part in the review."""


def _chars(lines: list[str], pitch: float = PITCH) -> list[tuple]:
    """Characters of lines printed one under the other, every glyph `pitch` wide (spaces too)."""
    return [
        (72 + pitch * i, 700 - 12 * n, 72 + pitch * (i + 1), 710 - 12 * n, char, False)
        for n, line in enumerate(lines)
        for i, char in enumerate(line)
    ]


def _read(lines: list[str], pitch: float = PITCH) -> str:
    return pages_from_layouts([page_layout(_chars(lines, pitch), [])])[0]


def test_a_page_of_equally_wide_characters_has_a_pitch_and_a_proportional_one_none() -> None:
    lines = ["Borsetshire County Council agreed its budget in February.", "The reserves stand at £4.2m."]
    assert monospaced_pitch(_chars(lines)) == PITCH
    proportional = [
        (x0, y0, x0 + (3.0 if c in "ilt ." else 6.5), y1, c, b) for x0, y0, _, y1, c, b in _chars(lines)
    ]
    assert monospaced_pitch(proportional) == 0.0
    assert monospaced_pitch(_chars(["Page 3"])) == 0.0  # too few characters to tell


def test_a_line_that_ends_short_ends_its_paragraph_and_a_full_one_runs_on() -> None:
    lines = [
        "1. Introduction",  # a heading: "The" would have fitted after it
        "The Borsetshire peer team met the Leader and officers of Wyvern over",
        "two days in March.",
        "A second paragraph follows straight after, with no space between them",
        "as in a text file printed line by line.",
    ]
    assert _read(lines).split("\n\n") == [
        "1. Introduction",
        "The Borsetshire peer team met the Leader and officers of Wyvern over two days in March.",
        "A second paragraph follows straight after, with no space between them as in a text file printed "
        "line by line.",
    ]


def test_a_monospaced_line_keeps_its_runs_of_spaces_and_another_loses_them() -> None:
    chars = [("Leisure", False), ("   ", False), ("£2.1m", False)]
    assert markup_runs(chars, keep_spaces=True) == "Leisure   £2.1m"
    assert markup_runs(chars) == "Leisure £2.1m"
    table = [
        "Wyvern District Council spent less on leisure than it had planned for.",
        "Service          Budget     Outturn",
        "Leisure          £2.1m      £2.4m",
    ]
    assert "Leisure          £2.1m      £2.4m" in _read(table).split("\n")


def test_a_text_printed_in_a_monospaced_font_reads_back_line_for_line_in_both_engines(tmp_path: Path) -> None:
    from ingest.read.report import read_report

    pdf = render_one("monospace", REPORT, tmp_path)
    for engine in installed_engines():
        lines = [line for page in read_report(pdf, engine=engine).pages for line in page.split("\n") if line]
        assert lines == REPORT.split("\n"), engine
