import polars as pl
import pytest

from ingest.parse.lines import leading_short_lines

TITLE = "Wyvern District Council\nCorporate peer challenge\n\nFeedback report"
LONG_LINE = "The peer team met councillors, staff and partners of Borsetshire County Council " * 3


def _leading(text: str | None, lines: int = 20, chars: int = 150) -> str | None:
    return pl.select(leading_short_lines(pl.lit(text, dtype=pl.String), lines=lines, chars=chars)).item()


def _by_regex(text: str | None, lines: int = 20, chars: int = 150) -> str | None:
    pattern = rf"^((?:[^\n]{{0,{chars}}}(?:\n|$)){{0,{lines}}})"
    return pl.select(pl.lit(text, dtype=pl.String).str.extract(pattern, 1)).item()


def test_the_short_opening_lines_with_their_line_breaks() -> None:
    text = f"{TITLE}\n{LONG_LINE}\nWyvern, 4 May 2022"
    assert _leading(text) == TITLE + "\n"


def test_a_text_of_short_lines_only_is_kept_whole() -> None:
    assert _leading(TITLE) == TITLE
    assert _leading(TITLE + "\n") == TITLE + "\n"


def test_at_most_the_given_number_of_lines() -> None:
    assert _leading(TITLE, lines=2) == "Wyvern District Council\nCorporate peer challenge\n"


def test_a_long_first_line_gives_nothing() -> None:
    assert _leading(LONG_LINE + "\n" + TITLE) == ""


@pytest.mark.parametrize(
    "text",
    [None, "", "\n", "\n\n", "Wyvern", "x" * 150, "x" * 151, "Ynys Môn – £2m\r\nBorsetshire\n", TITLE],
)
@pytest.mark.parametrize(("lines", "chars"), [(20, 150), (2, 6), (1, 0)])
def test_same_as_the_regex_it_replaces(text: str | None, lines: int, chars: int) -> None:
    assert _leading(text, lines, chars) == _by_regex(text, lines, chars)
