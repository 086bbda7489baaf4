"""Hard-wrapped text files read as one paragraph per line (invented councils and sentences)."""

import textwrap
from pathlib import Path

import pytest

from ingest.parse.money import parse_money_mentions
from ingest.read.paragraphs import unwrap_text, wrap_width
from ingest.read.report import read_report
from tests.fixtures.docs import make_docs

PROSE = (
    "Corrivale Borough Council has balanced its budget in each of the last four years without drawing on "
    "its general reserve, and the peer team heard from partners that the council keeps its promises. "
    "The council must still find savings of £3.4m over the two years to 2027/28, and officers have so far "
    "identified proposals worth £1.9m, leaving £1.5m still to be found before the budget is set."
)
SECOND = (
    "Members and officers spoke with one voice about the priorities in the corporate plan, and staff "
    "told the peers that they understand how their own work contributes to them."
)


def _wrapped(*paragraphs: str, width: int = 78, indent: str = "") -> str:
    return "\n\n".join(
        textwrap.fill(p, width, initial_indent=indent, subsequent_indent=indent) for p in paragraphs
    )


def test_a_paragraph_wrapped_at_a_fixed_width_is_one_line_again() -> None:
    text = _wrapped(PROSE, SECOND)
    assert text.count("\n") > 6 and wrap_width(text.split("\n")) is not None
    assert unwrap_text(text) == f"{PROSE}\n\n{SECOND}"


@pytest.mark.parametrize("width", [60, 72, 80, 100])
def test_any_common_wrap_width_is_found(width: int) -> None:
    assert unwrap_text(_wrapped(PROSE, SECOND, width=width)) == f"{PROSE}\n\n{SECOND}"


def test_wrapped_paragraphs_are_joined_among_a_few_whole_ones() -> None:
    whole = " ".join([SECOND] * 2)  # a paragraph on one line, longer than any wrap width
    wrapped = [_wrapped(PROSE, width=60), _wrapped(SECOND, width=60), _wrapped(PROSE, width=60)]
    text = "\n\n".join([whole, wrapped[0], whole, wrapped[1], wrapped[2], whole])
    assert unwrap_text(text) == "\n\n".join([whole, PROSE, whole, SECOND, PROSE, whole])


def test_indented_paragraphs_lose_their_indentation_when_joined() -> None:
    assert unwrap_text(_wrapped(PROSE, SECOND, indent="    ")) == f"    {PROSE}\n\n    {SECOND}"


def test_text_that_is_not_hard_wrapped_is_unchanged() -> None:
    one_per_line = f"Ambergate Wolds District Council\n\n{PROSE}\n{SECOND}\n- a short item\n- another item"
    assert unwrap_text(one_per_line) == one_per_line
    short_lines = "Green\t12\nAmber\t3\nRed\t1\nHousing 4\nPlanning 2"
    assert unwrap_text(short_lines) == short_lines


def test_a_list_item_and_its_hanging_indent_are_one_line_and_items_stay_apart() -> None:
    item_a = (
        "a) the forecast net overspend for the year was £2.1m, or 1.9% of the net revenue budget of "
        "£110.6m, an improvement of £0.3m on the first quarter;"
    )
    item_b = "b) of the £5.5m savings programme, £2.2m had been delivered and £1.1m was rated amber;"
    items = "\n\n".join(
        textwrap.fill(i, 80, initial_indent="  ", subsequent_indent="     ") for i in (item_a, item_b)
    )
    text = f"{_wrapped(PROSE)}\n\nCabinet noted that:\n\n{items}"
    assert unwrap_text(text).split("\n")[-3:] == [f"  {item_a}", "", f"  {item_b}"]


def test_a_list_after_a_colon_keeps_an_item_per_line() -> None:
    team = [
        "  Priya Raman, Chief Executive, Pellham Metropolitan Borough Council, and vice chair of the network",
        "  Councillor Owen Tully, Leader of Ambergate Wolds District Council and county deputy",
        "  Dana Ferris, Director of Finance, Corrivale Borough Council, Section 151 Officer",
    ]
    text = f"{_wrapped(PROSE, width=98)}\nThe peers who delivered the peer challenge were:\n" + "\n".join(
        team
    )
    assert unwrap_text(text).split("\n")[-3:] == team


def test_table_rows_headings_and_markdown_blocks_are_never_joined() -> None:
    table = [
        "Service area                 Budget     Forecast    Variance",
        "Adult social care            £48.2m     £49.9m      £1.7m",
        "| Segment | Green | Amber | Red |",
        # an empty cell printed as a dash
        "Homes let within 28 days      –          Amber",
    ]
    heading = "Financial planning and viability"
    full_line = textwrap.fill(PROSE, 80).split("\n")[0]
    text = "\n".join(
        [*textwrap.fill(SECOND, 80).split("\n"), *table, "", "## Key recommendations", _wrapped(PROSE)]
    )
    out = unwrap_text(text).split("\n")
    assert table == out[1:5] and "## Key recommendations" in out
    # ... and a line of words under such a row as long as a wrapped line is not joined to it
    row = "  Homes let to new tenants within 28 days of the keys coming back      –      Amber"
    assert row in unwrap_text(f"{_wrapped(PROSE)}\n{row}\nSafer Streets for All\n{_wrapped(SECOND)}").split(
        "\n"
    )
    # a full line that ends a sentence, then a short line that ends none: a heading of its own
    ended = full_line.rsplit(" ", 3)[0] + " budget."
    text = f"{_wrapped(PROSE, SECOND)}\n{ended}\n{heading}\n{_wrapped(SECOND)}"
    assert heading in unwrap_text(text).split("\n")


def test_a_word_broken_by_a_hyphen_at_the_line_end_is_rejoined() -> None:
    lines = textwrap.fill(PROSE, 78).split("\n")
    lines[1] += " reor-"
    lines[2] = "ganised " + lines[2]
    assert "general reserve, and the peer team heard from reorganised partners" in unwrap_text(
        "\n".join(lines)
    )


def test_a_hard_wrapped_text_report_gives_whole_sentences_to_the_parsers(tmp_path: Path) -> None:
    path = tmp_path / "corrivale_2026_cpc-feedback-letter.txt"
    path.write_text(_wrapped(PROSE, SECOND, width=76) + "\n", encoding="utf-8")
    [page] = read_report(path).pages
    mentions = parse_money_mentions(make_docs(page)).collect()
    sentence = "The council must still find savings of £3.4m over the two years to 2027/28, and officers"
    assert all(q.startswith(sentence) for q in mentions["quote"])
    assert mentions["raw_figure"].to_list() == ["£3.4m", "£1.9m", "£1.5m"]


def test_a_numbered_paragraph_set_apart_by_spaces_is_prose_and_its_wrapped_lines_join_it() -> None:
    # "2.1   The council ..." is a paragraph's number, not a table's first cell: the lines after it go on with it
    text = "\n\n".join(
        [
            _wrapped(SECOND),
            textwrap.fill(PROSE, 80, initial_indent="2.1   ", subsequent_indent="      "),
            textwrap.fill(SECOND, 80, initial_indent="2.2   ", subsequent_indent="      "),
        ]
    )
    out = unwrap_text(text).split("\n")
    assert f"2.1   {PROSE}" in out and f"2.2   {SECOND}" in out
    # ... while a numbered row of a table with a second run of spaces is still a row
    row = "2.3   Adult social care            £48.2m     £49.9m"
    assert row in unwrap_text(f"{text}\n{row}\n{_wrapped(SECOND)}").split("\n")
