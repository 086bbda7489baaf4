import datetime as dt

from ingest.parse.money import parse_money_mentions
from ingest.parse.relations import parse_figure_relations
from tests.fixtures.docs import make_docs


def _relations(text: str) -> list[tuple]:
    money = parse_money_mentions(make_docs(text, reference_date=dt.date(2020, 6, 1)))
    return parse_figure_relations(money).collect().select("relation", "total_raw", "parts_raw").rows()


def test_of_which_is_a_part_of_the_whole() -> None:
    assert _relations("The savings target for 2021/22 is £7.2m, of which £5.1m has been identified.") == [
        ("part_of", "£7.2m", ["£5.1m"])
    ]


def test_a_cumulative_total_sums_the_figures_before_it() -> None:
    text = "Still to find are £3.1m for 2021/22, then £2.2m and £0.9m in the next two years, giving a cumulative gap of £6.2m."
    assert _relations(text) == [("sum", "£6.2m", ["£3.1m", "£2.2m", "£0.9m"])]


def test_of_the_total_and_the_remaining_part_across_sentences() -> None:
    text = "Of the £12.4m being targeted, £8.1m is in the budget plan. The remaining £4.3m is cost avoidance."
    assert _relations(text) == [("sum", "£12.4m", ["£8.1m", "£4.3m"])]


def test_unrelated_figures_make_no_relation() -> None:
    assert _relations("Reserves are £9m. The council spent £4m on roads and £2m on libraries.") == []


def test_a_total_of_things_counted_but_not_listed_sums_no_figures_before_it() -> None:
    """The £6m is three bonds' total; the figures before it in the sentence are a movement, not its parts."""
    text = (
        "Forecast borrowing costs eased by £210k, from £1.9m to £1.69m, while reserves are held back to redeem three "
        "short-dated bonds totalling £6m next spring."
    )
    assert _relations(text) == []


def test_a_count_that_matches_the_figures_before_the_total_sums_them() -> None:
    text = "Awards of £0.3m and £0.5m for the two play areas totalling £0.8m were confirmed."
    assert _relations(text) == [("sum", "£0.8m", ["£0.3m", "£0.5m"])]
