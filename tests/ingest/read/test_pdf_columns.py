"""Two-column pages (a newsletter's or committee report's) read column by column; full-width headings and
tables above and below the columns stay in place; a table is not taken for columns."""

from __future__ import annotations

from ingest.read.pdf_columns import unfold_columns
from ingest.read.pdf_gutter import gutter
from ingest.read.pdf_layout import Segment, page_lines
from ingest.read.pdf_page import page_texts

LEFT = (
    "Wyvern District Council agreed its budget for the coming year at a meeting in February. The "
    "cabinet member for finance said the council had kept its reserves above the level set by its "
    "policy while protecting the services residents value most."
)
RIGHT = (
    "Borsetshire County Council will review its parking charges in the spring. Officers will report "
    "the findings to the scrutiny committee before any change is made to the charges for residents."
)


def _wrap(text: str, chars: int) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > chars:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return [*lines, line]


def _column(text: str, x0: float, top: float, width: float = 220.0, size: float = 10.0) -> list[Segment]:
    """A justified column: every line but the last as wide as the column, 12 points apart."""
    lines = _wrap(text, 44)
    out = []
    for i, line in enumerate(lines):
        x1 = x0 + (width if i < len(lines) - 1 else 5.0 * len(line))
        out.append(Segment(x0, top - 12 * i - size, x1, top - 12 * i, line))
    return out


def _page(segments: list[Segment]) -> str:
    moved, _ = unfold_columns(segments, [])
    return page_texts([page_lines(moved)])[0]


def test_two_columns_are_read_column_by_column_under_a_full_width_heading() -> None:
    heading = Segment(60, 770, 380, 786, "Borsetshire and Wyvern budget news")
    page = [heading, *_column(LEFT, 60, 750), *_column(RIGHT, 310, 750)]
    assert _page(page) == f"Borsetshire and Wyvern budget news\n\n{LEFT}\n\n{RIGHT}"


def test_a_paragraph_running_from_the_left_column_into_the_right_is_one_paragraph() -> None:
    text = LEFT + " " + RIGHT
    lines = _wrap(text, 44)
    half = len(lines) // 2
    left = [Segment(60, 740 - 12 * i, 280, 750 - 12 * i, line) for i, line in enumerate(lines[:half])]
    right = [
        Segment(
            310, 740 - 12 * i, 530 if i < len(lines) - half - 1 else 310 + 5 * len(line), 750 - 12 * i, line
        )
        for i, line in enumerate(lines[half:])
    ]
    assert _page(left + right) == text


def test_a_full_width_table_below_the_columns_stays_below_them_and_keeps_its_rows() -> None:
    table = [
        Segment(60, 540, 200, 550, "Service"),
        Segment(320, 540, 420, 550, "Budget"),
        Segment(60, 526, 200, 536, "Wyvern parks and open spaces"),
        Segment(320, 526, 420, 536, "£1.2m"),
    ]
    page = [*_column(LEFT, 60, 750), *_column(RIGHT, 310, 750), *table]
    text = _page(page)
    assert text.index(LEFT) < text.index(RIGHT) < text.index("Service\tBudget")
    assert text.endswith("Service\tBudget\nWyvern parks and open spaces\t£1.2m")


def test_a_two_column_table_is_not_taken_for_text_columns() -> None:
    rows = [("Wyvern District Council", "£2.1m"), ("Borsetshire County Council", "£14.9m")] * 3
    page = []
    for i, (name, amount) in enumerate(rows):
        page += [
            Segment(60, 700 - 14 * i, 190, 710 - 14 * i, name),
            Segment(330, 700 - 14 * i, 360, 710 - 14 * i, amount),
        ]
    assert unfold_columns(page, [])[0] == page


def test_bordered_columns_of_text_are_a_table_not_columns() -> None:
    page = [*_column(LEFT, 60, 750), *_column(RIGHT, 310, 750)]
    border = (294.5, 650.0, 295.5, 752.0)  # a cell border running down the gutter
    assert unfold_columns(page, [border])[0] == page


def test_a_single_column_page_has_no_gutter() -> None:
    page = _column(LEFT + " " + RIGHT, 60, 750, width=470)
    assert gutter(page) is None or unfold_columns(page, [])[0] == page


def test_a_footer_beside_the_left_column_stays_at_the_foot_of_the_page() -> None:
    footer = Segment(60, 560, 110, 570, "Page 2 of 9")
    page = [*_column(LEFT, 60, 750), *_column(RIGHT, 310, 750), footer]
    text = _page(page)
    assert text.endswith("Page 2 of 9") and text.index(LEFT) < text.index(RIGHT)


def test_a_justified_line_with_wide_word_gaps_in_a_column_is_one_line() -> None:
    left = _column(LEFT, 60, 750)
    first = left[0]
    words = first.text.split(" ", 1)
    spread = [  # a justified line whose word gap is wider than a table's cell gap
        Segment(first.x0, first.y0, first.x0 + 60, first.y1, words[0]),
        Segment(first.x0 + 80, first.y0, first.x1, first.y1, words[1]),
    ]
    assert _page(spread + left[1:] + _column(RIGHT, 310, 750)) == f"{LEFT}\n\n{RIGHT}"


def test_columns_whose_lines_are_not_level_and_a_bulleted_right_column_are_read_column_by_column() -> None:
    items = ["Wyvern District Council will sell the old depot.", "Borsetshire will pool its fleet."]
    right = []
    for i, item in enumerate(items):
        top = 745 - 30 * i  # 5 points below the left column's lines, two lines an item
        right.append(Segment(310, top - 10, 315, top, "•"))
        first, rest = item.split(" ", 3)[:3], item.split(" ", 3)[3]
        right.append(Segment(328, top - 10, 530, top, " ".join(first)))
        right.append(Segment(328, top - 22, 328 + 5 * len(rest), top - 12, rest))
    text = _page(_column(LEFT, 60, 750) + right)
    assert text == f"{LEFT}\n\n- {items[0]}\n- {items[1]}"


def test_a_table_of_short_labels_and_long_wrapped_text_is_not_taken_for_columns() -> None:
    labels = ["Wyvern", "Borsetshire", "Fenby"]
    page = []
    for i, label in enumerate(labels):
        top = 750 - 40 * i
        page.append(Segment(60, top - 10, 60 + 6 * len(label), top, label))
        for k in range(3):  # the right cell wraps over three full lines
            page.append(
                Segment(310, top - 10 - 12 * k, 530, top - 12 * k, f"{label} council reviewed its fees")
            )
    assert unfold_columns(page, [])[0] == page
