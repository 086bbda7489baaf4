import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from ingest.parse.money import parse_money_mentions
from tests.fixtures.docs import make_docs

MARCH_2019 = dt.date(2019, 3, 20)  # in financial year 2018/19


def _mentions(text: str, reference_date: dt.date | None = MARCH_2019) -> list[dict]:
    return parse_money_mentions(make_docs(text, reference_date=reference_date)).collect().to_dicts()


@pytest.mark.parametrize(
    ("figure", "amount"),
    [
        ("£14.5m", 14_500_000),
        ("£6.2million", 6_200_000),
        ("£240 million", 240_000_000),
        ("£2.4bn", 2_400_000_000),
        ("£500k", 500_000),
        ("£31.375m", 31_375_000),
        ("£1,200,000", 1_200_000),
        ("£35million", 35_000_000),
    ],
)
def test_amount_forms(figure: str, amount: float) -> None:
    [mention] = _mentions(f"The council holds reserves of {figure} at year end.")
    assert mention["amount_gbp"] == pytest.approx(amount)
    assert mention["raw_figure"] == figure


@pytest.mark.parametrize(
    ("figure", "amount"),
    [("£7.4 millions", 7_400_000), ("£1.1 billions", 1_100_000_000), ("£250 thousands", 250_000)],
)
def test_a_plural_unit_word_is_the_unit(figure: str, amount: float) -> None:
    [mention] = _mentions(f"Millbrook's adult services were forecast to overspend by {figure} this year.")
    assert (mention["raw_figure"], mention["amount_gbp"]) == (figure, pytest.approx(amount))


@pytest.mark.parametrize(
    ("sentence", "figure", "amount"),
    [
        ("Theforecast overspend was now£2.65millionbefore actions were taken.", "£2.65million", 2_650_000),
        ("The council set a target of £450,000of staff turnover savings.", "£450,000", 450_000),
        ("Pressures of £1.8mwere reported for highways.", "£1.8m", 1_800_000),
        ("Reserves stood at £12.5bnat the year end.", "£12.5bn", 12_500_000_000),
    ],
)
def test_a_figure_glued_to_the_next_word_keeps_its_unit(sentence: str, figure: str, amount: float) -> None:
    """A PDF's text without spaces glues a figure to the word after it: the figure ends where that word starts."""
    [mention] = _mentions(sentence)
    assert (mention["raw_figure"], mention["amount_gbp"]) == (figure, pytest.approx(amount))


def test_a_figure_printed_with_one_decimal_and_no_unit_takes_its_neighbours_unit() -> None:
    """ "£27.4m this year, £26.1 next year": one decimal is no sum of pounds and pence."""
    mentions = _mentions(
        "The plan has found £27.4m in savings for this year, £26.1 for 2019/20 and £9.8m after."
    )
    assert [m["amount_gbp"] for m in mentions] == [27.4e6, pytest.approx(26.1e6), 9.8e6]
    # pounds and pence, a figure alone, and a range's lower end keep theirs
    assert [m["amount_gbp"] for m in _mentions("A fee of £2.5 per visit and £3.50 per hour.")] == [2.5, 3.5]
    # ... nor does a rate beside a sum in millions
    rates = _mentions("The hourly rate rises from £8.5 to £9.5 an hour, costing the council £1.4m a year.")
    assert [m["amount_gbp"] for m in rates] == [8.5, 9.5, 1.4e6]
    assert [m["amount_gbp"] for m in _mentions("Between £1.5 and £2.5m is needed.")] == [1.5e6, 2.5e6]


def test_a_figure_printed_with_three_decimals_and_no_unit_is_in_millions() -> None:
    """ "a budget of £412.375": three decimals are no sum of pounds and pence; £m is how councils print them."""
    [alone] = _mentions("The net revenue budget for 2018/19 is £412.375, funded from three sources.")
    assert alone["amount_gbp"] == pytest.approx(412_375_000)
    # ... in the unit of a neighbour in the same sentence where one prints it
    both = _mentions("Two grants came to £12.4m, with £3.218 spent in 2018/19.")
    assert [m["amount_gbp"] for m in both] == [12.4e6, pytest.approx(3_218_000)]
    in_thousands = _mentions("The fund holds £640k, of which £1.250 was paid out.")
    assert [m["amount_gbp"] for m in in_thousands] == [640_000, pytest.approx(1_250)]
    # pounds and pence, and a figure with its unit, keep theirs
    assert [m["amount_gbp"] for m in _mentions("A charge of £1.25 per visit and £2.375m in all.")] == [
        1.25,
        2.375e6,
    ]


@pytest.mark.parametrize(
    ("ending", "amount"),
    [("£2.3 milli", 2_300_000), ("£1.4 bil", 1_400_000_000), ("£750 thous", 750_000), ("£6.1 mi", 6_100_000)],
)
def test_a_unit_the_page_cut_off_where_the_text_ends_is_that_unit(ending: str, amount: float) -> None:
    """A page's opening cut mid-word ("... an overspend of £2.3 milli"): the letters left begin the unit."""
    *_, last = _mentions(
        f"Fenbridge's parks were on budget and its libraries forecast an overspend of {ending}"
    )
    assert (last["raw_figure"], last["amount_gbp"]) == (ending, pytest.approx(amount))
    # the same letters before more text are another word, not a unit
    [within] = _mentions("The fund of £3 will be paid through the library service next year.")
    assert within["amount_gbp"] == 3


def test_a_comma_after_a_figure_is_punctuation_not_part_of_it() -> None:
    first, second = _mentions("Wyvern's forecast outturn is £8,250,000, an adverse variance of £310,000.")
    assert (first["raw_figure"], first["amount_gbp"]) == ("£8,250,000", 8_250_000)
    assert second["amount_gbp"] == 310_000


def test_brackets_inside_the_pound_sign_make_a_negative_figure() -> None:
    first, second = _mentions("Wyvern's leisure shows an underspend of £(0.14)m and its car parks £(85)k.")
    assert (first["raw_figure"], first["amount_gbp"], first["is_negative"]) == ("£(0.14)m", 140_000, True)
    assert (second["raw_figure"], second["amount_gbp"], second["is_negative"]) == ("£(85)k", 85_000, True)


def test_a_thousands_column_unit_is_no_figure() -> None:
    rows = _mentions("| Wyvern savings | £000 | Share |\n| Delivered | £1,250 | 62% |")
    assert [r["raw_figure"] for r in rows if r["unit"] == "gbp"] == ["£1,250"]


@pytest.mark.parametrize("qualifier", ["approximately", "circa", "nearly", "in excess of", "about", "around"])
def test_qualifiers_before_the_figure(qualifier: str) -> None:
    [mention] = _mentions(f"The council has delivered savings of {qualifier} £12m.")
    assert mention["qualifier"] == qualifier


def test_malformed_figure_is_kept_with_a_flag() -> None:
    [mention] = _mentions("General reserves stood at £41.m at the end of the year.")
    assert mention["amount_gbp"] == pytest.approx(41_000_000)
    assert mention["is_malformed"] is True


def test_percentages_about_money_are_kept_and_others_dropped() -> None:
    rows = _mentions(
        "Only 70% of planned savings were delivered. Some 90% of residents are satisfied with parks."
    )
    assert [(r["percent"], r["unit"]) for r in rows] == [(70.0, "percent")]


@pytest.mark.parametrize(
    ("printed", "fiscal_year"),
    [
        ("2018/19", "2018/19"),
        ("2019-20", "2019/20"),
        ("2020/2021", "2020/21"),
        ("21/22", "2021/22"),
        ("2024–25", "2024/25"),  # en dash, as PDFs and word processors print it
        ("2023—24", "2023/24"),
        ("2025-2029", None),  # a span of years, not a financial year
        ("2023 to 2024", "2023/24"),  # in words, as GOV.UK writes it
        ("2025 to 2029", None),
    ],
)
def test_fiscal_year_forms(printed: str, fiscal_year: str) -> None:
    [mention] = _mentions(f"A saving of £3m is planned for {printed}.")
    assert mention["fiscal_year"] == fiscal_year


@pytest.mark.parametrize(
    ("phrase", "fiscal_year"),
    [
        ("this year", "2018/19"),
        ("next year", "2019/20"),
        ("the forthcoming financial year", "2019/20"),
        ("last year", "2017/18"),
    ],
)
def test_relative_years_resolve_against_the_report_date(phrase: str, fiscal_year: str) -> None:
    [mention] = _mentions(f"Children's services are forecast to overspend £4m {phrase}.")
    assert mention["fiscal_year"] == fiscal_year


@pytest.mark.parametrize(
    "comparison", ["less than in the previous year", "lower than last year", "compared with the prior year"]
)
def test_a_year_the_figure_is_only_compared_with_is_not_its_year(comparison: str) -> None:
    """March 2019's report: the overspend is this year's (2018/19 by the report's date), not the year before's."""
    [mention] = _mentions(f"The revenue overspend was forecast at £5.2m in 2018/19, {comparison}.")
    assert mention["fiscal_year"] == "2018/19"
    # ... and with no year of its own the figure takes none from the comparison
    [mention] = _mentions(f"The revenue overspend was forecast at £5.2m, {comparison}.")
    assert mention["fiscal_year"] is None


def test_previous_year_is_relative_to_the_year_the_sentence_names() -> None:
    rows = _mentions(
        "At quarter two of 2016/17 the service is balanced, whereas the previous year it overspent by £2m."
    )
    assert rows[0]["fiscal_year"] == "2015/16"


def test_subsequent_years_follow_the_named_year_in_order() -> None:
    rows = _mentions(
        "Savings still to be found are £4m for 2020/21, and then £3m and £2m in the subsequent two years."
    )
    assert [(r["amount_gbp"], r["fiscal_year"]) for r in rows] == [
        (4e6, "2020/21"),
        (3e6, "2021/22"),
        (2e6, "2022/23"),
    ]


def test_each_year_figure_becomes_one_row_per_year() -> None:
    rows = _mentions("The plan assumes £6m of pressures (£3m in each of 2020/21 and 2021/22) in adult care.")
    assert [(r["amount_gbp"], r["fiscal_year"]) for r in rows] == [
        (6e6, None),
        (3e6, "2020/21"),
        (3e6, "2021/22"),
    ]


def test_list_members_are_marked_as_continuing_the_first() -> None:
    rows = _mentions("This follows an overspend of £4.5m in 2015/16 and £3.7m in 2016/17.")
    assert [(r["continues_previous"], r["fiscal_year"]) for r in rows] == [
        (False, "2015/16"),
        (True, "2016/17"),
    ]


@pytest.mark.parametrize("row", ["| Budget gap | £2.1m | £3.4m | £4.0m |", "Budget gap\t£2.1m\t£3.4m\t£4.0m"])
def test_the_cells_of_a_table_row_continue_its_first_figure(row: str) -> None:
    rows = _mentions(f"Wyvern District Council\n\n{row}\n")
    assert [r["continues_previous"] for r in rows] == [False, True, True]


def test_parts_named_one_after_another_continue_the_list() -> None:
    rows = _mentions("The overspend is £5m, of which £3m is in adult care and £2m is in waste services.")
    assert [r["continues_previous"] for r in rows] == [False, True, True]


@pytest.mark.parametrize(
    "rows",
    ["  Status        Value\n  Achieved      £1,200,000\n", "- £1,200,000 has been achieved;\n"],
)
def test_a_table_row_or_list_item_takes_the_year_of_the_line_it_hangs_from(rows: str) -> None:
    lead_in = "Savings of £2m were approved for 2024/25. Progress is shown below:"
    mentions = _mentions(f"Wyvern District Council\n\n{lead_in}\n\n{rows}")
    assert [(r["amount_gbp"], r["fiscal_year"]) for r in mentions] == [(2e6, "2024/25"), (1.2e6, "2024/25")]
    assert lead_in in mentions[1]["heading"]


def test_part_of_a_whole_shares_its_year() -> None:
    rows = _mentions("The council set a savings target for 2019/20 of £9m of which £6m has been identified.")
    assert [r["fiscal_year"] for r in rows] == ["2019/20", "2019/20"]


@pytest.mark.parametrize(
    ("goes_on", "fiscal_year"),
    [
        ("Of these, £6.1m has been delivered to date.", "2024/25"),
        ("By the end of September, £6.1m (70%) had been delivered.", "2024/25"),
        ("£6.1m of this was achieved by the year end.", "2024/25"),
        ("The remaining £2.6m has still to be found.", "2024/25"),
        # a sentence of its own, not going on with the one before, takes no year from it
        ("Reserves stand at £6.1m.", None),
        # nor one that names a year relative to the report's ("This year", 2018/19 for a report of March 2019)
        ("This year the council forecasts an overspend of £6.1m.", "2018/19"),
        # nor does one that names its own
        ("Of these, £6.1m was carried forward from 2023/24.", "2023/24"),
    ],
)
def test_a_sentence_going_on_with_the_one_before_takes_its_year(
    goes_on: str, fiscal_year: str | None
) -> None:
    first, *rows = _mentions(f"Wyvern's savings plan for 2024/25 totals £8.7m. {goes_on}")
    assert first["fiscal_year"] == "2024/25"
    assert rows
    assert {r["fiscal_year"] for r in rows} == {fiscal_year}


def test_a_year_is_not_carried_from_another_paragraph_or_a_sentence_naming_two() -> None:
    rows = _mentions("Savings of £8.7m are planned for 2024/25.\n\nOf these, £6.1m has been delivered.")
    assert [r["fiscal_year"] for r in rows] == ["2024/25", None]
    rows = _mentions(
        "Savings of £8.7m for 2024/25 follow £7m in 2023/24. Of these, £6.1m has been delivered."
    )
    assert rows[-1]["fiscal_year"] is None


def test_multi_year_period_has_no_single_fiscal_year() -> None:
    [mention] = _mentions(
        "Over the last seven years the council has delivered £80m of savings in 2012/13 prices."
    )
    assert mention["period"].lower() == "over the last seven years"
    assert mention["fiscal_year"] is None


def test_quote_and_offset_point_at_the_figure() -> None:
    docs = make_docs(
        "Intro line.\n\nThe Council’s reserves – general – are £7.5m today.", reference_date=MARCH_2019
    )
    [mention] = parse_money_mentions(docs).collect().to_dicts()
    text = docs.collect()["text"][0]
    assert text[mention["char_offset"] :].startswith("£7.5m")
    assert mention["quote"] in text


def _report_sentences(count: int) -> list[str]:
    """Invented figure sentences for Wyvern District Council, varied enough to exercise every rule."""
    forms = [
        "In 20{y:02d}/{z:02d} Wyvern District Council delivered savings of £{a}.{b}m.",
        "The forecast overspend in children's services is £{a},{b}00k this year.",
        "Reserves stood at approximately £{a}m, or {b}% of the net budget, of which £{b}m is earmarked.",
        "Savings still to be found are £{a}m for 2020/21, and then £{b}m in the following year!",
        "A further £0.{b}m (c. {a}% of the target) is at risk; grants of £{a}bn were received.",
    ]
    return [
        forms[i % len(forms)].format(y=i % 20, z=i % 20 + 1, a=i % 90 + 1, b=i % 9 + 1) for i in range(count)
    ]


def test_one_long_line_gives_the_rows_of_the_same_text_in_lines() -> None:
    sentences = _report_sentences(400)
    one_line, many_lines = _mentions(" ".join(sentences)), _mentions("\n".join(sentences))
    assert len(one_line) == len(many_lines) > 400
    unlike = {"document_id": None, "paragraph": None}  # the texts differ; so do their lines
    assert [{**r, **unlike} for r in one_line] == [{**r, **unlike} for r in many_lines]


def test_a_long_line_keeps_each_mentions_paragraph_short() -> None:
    rows = _mentions(" ".join(_report_sentences(400)))
    assert max(len(r["paragraph"]) for r in rows) < 4000


def test_a_sentence_without_full_stops_is_cut_into_short_pieces_with_exact_offsets() -> None:
    text = "Budget lines for Borsetshire: " + " ".join(f"£{i % 90 + 1}m" for i in range(3000))
    docs = make_docs(text, reference_date=MARCH_2019)
    rows = parse_money_mentions(docs).collect().to_dicts()
    assert len(rows) == 3000
    assert all(text[r["char_offset"] :].startswith(r["raw_figure"]) for r in rows)
    assert max(len(r["sentence"]) for r in rows) <= 1000


# The child's own peak (VmHWM): getrusage's ru_maxrss survives exec, so a child forked from a large test
# process would report the parent's size.
PEAK_RSS_SCRIPT = """
import re, sys
from ingest.parse.money import parse_money_mentions
from ingest.parse.relations import parse_figure_relations
from tests.fixtures.docs import make_docs
text = sys.stdin.read()
money = parse_money_mentions(make_docs(text)).collect()
parse_figure_relations(money.lazy()).collect()
status = open("/proc/self/status").read()
print(money.height, int(re.search(r"VmHWM:\\s+([0-9]+) kB", status).group(1)) // 1024)
"""


def test_a_150_kb_line_of_figure_sentences_parses_within_a_small_memory_budget() -> None:
    text = " ".join(_report_sentences(2000))
    assert len(text) > 150_000
    done = subprocess.run(
        [sys.executable, "-c", PEAK_RSS_SCRIPT],
        input=text,
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[3],
    )
    mentions, peak_mb = map(int, done.stdout.split())
    assert mentions > 2000
    assert peak_mb < 600, f"peak resident memory {peak_mb} MB"


@pytest.mark.parametrize(
    ("figure", "amount"),
    [
        ("£0.432M", 432_000),
        ("£4.5million", 4_500_000),
        ("£19,987k", 19_987_000),
        ("£2bn", 2e9),
        ("£4.170k", 4_170_000),
    ],
)
def test_unit_spellings(figure: str, amount: float) -> None:
    [mention] = _mentions(f"Wyvern District Council reported a variance of {figure} on its budget.")
    assert mention["amount_gbp"] == pytest.approx(amount)


def test_a_range_is_two_figures() -> None:
    rows = _mentions("The funding gap for Borsetshire is estimated at between £5.4m and £7.9m.")
    assert [r["amount_gbp"] for r in rows] == [5_400_000, 7_900_000]


@pytest.mark.parametrize(
    "sentence",
    [
        "Wyvern reports a year end overspend of £40k or 0.03% of the net budget.",
        "Borsetshire delivered savings of £7.1m (52%) of its savings target.",
        "The gap is £12,400k, (roughly 8% of the current budget).",
        "Usable reserves were £21.3m at 31 March 2025, equivalent to about 11% of the net budget.",
        "The pressure is £2.5m this year, which represents 3.1% of the service budget.",
    ],
)
def test_a_percentage_next_to_an_amount_restates_it(sentence: str) -> None:
    rows = _mentions(sentence)
    assert [(r["unit"], r["is_share_of_previous"], r["continues_previous"]) for r in rows] == [
        ("gbp", False, False),
        ("percent", True, False),
    ]


def test_a_figure_the_previous_one_moves_from_continues_it_and_shares_its_year() -> None:
    rows = _mentions("The forecast for 2017/18 was a £3.2m overspend, down from £4.8m last month.")
    assert [(r["continues_previous"], r["fiscal_year"]) for r in rows] == [
        (False, "2017/18"),
        (True, "2017/18"),
    ]


def test_list_members_by_service_continue_the_first() -> None:
    rows = _mentions("Overspends in Wyvern were £2.1m on children's services and £0.9m on adults.")
    assert [r["continues_previous"] for r in rows] == [False, True]


def test_each_mention_carries_the_heading_of_its_section() -> None:
    text = (
        "Efficiencies we have already made\n\n"
        "Wyvern District Council has cut £2.5m from its office costs.\n\n"
        "2. Looking ahead\n\n"
        "A further £1.2m must be found next year."
    )
    rows = _mentions(text)
    assert [(r["raw_figure"], r["heading"]) for r in rows] == [
        ("£2.5m", "Efficiencies we have already made"),
        ("£1.2m", "2. Looking ahead"),
    ]


def test_a_sentence_or_lead_in_is_not_a_heading() -> None:
    [mention] = _mentions("Borsetshire County Council agreed the following:\n\nReserves of £3m were held.")
    assert mention["heading"] is None


@pytest.mark.parametrize(
    "sentence",
    [
        "By 2027/28 the council needs to save £40m.",
        "The council must find savings of £40m by 2027/28.",
        "Since 2012-13 the council has saved £40m.",
    ],
)
def test_a_figure_up_to_or_since_a_year_is_cumulative_with_no_fiscal_year(sentence: str) -> None:
    [mention] = _mentions(sentence)
    assert mention["fiscal_year"] is None
    assert mention["period"] is not None


def test_a_relative_year_with_the_year_in_brackets_is_that_year() -> None:
    rows = _mentions(
        "Wyvern faces a gap next year (2020/21) of £3m on top of planned savings in that year of £2m."
    )
    assert [r["fiscal_year"] for r in rows] == ["2020/21", "2020/21"]


def test_the_ends_of_a_span_of_years_are_not_a_figures_year() -> None:
    [mention] = _mentions("The 2021/22 to 2024/25 strategy aims to identify £9m of reductions.")
    assert mention["fiscal_year"] is None


def test_a_relative_year_far_back_in_the_sentence_does_not_date_the_figure() -> None:
    [mention] = _mentions(
        "The plan will come to Cabinet later in the current financial year after a long consultation with "
        "residents and partners across the whole district, and the restructure had delivered savings of £40k."
    )
    assert mention["fiscal_year"] is None


def test_a_figure_in_millions_written_out_continues_a_move_from_one_year_to_another() -> None:
    rows = _mentions("Council tax income grows from £80.1 million in 2021/22 to £88.4 million in 2024/25.")
    assert [(r["continues_previous"], r["fiscal_year"]) for r in rows] == [
        (False, "2021/22"),
        (True, "2024/25"),
    ]


def test_a_percentage_after_an_amount_and_its_noun_restates_it() -> None:
    rows = _mentions("There was a £1.2m net underspend (0.4% of the budget) and £3m (60%) were delivered.")
    assert [(r["raw_figure"], r["is_share_of_previous"]) for r in rows] == [
        ("£1.2m", False),
        ("0.4%", True),
        ("£3m", False),
        ("60%", True),
    ]


def test_a_total_after_a_list_of_years_has_no_year_of_its_own() -> None:
    mentions = _mentions("Wyvern must save £4.2m in 2021/22 and £3.1m in 2022/23, for a total of £7.3m.")
    assert [m["fiscal_year"] for m in mentions] == ["2021/22", "2022/23", None]


def test_a_total_keeps_a_year_written_in_its_own_words() -> None:
    [mention] = _mentions("The 2020/21 savings proposals totalling £2.5m were agreed.")
    assert mention["fiscal_year"] == "2020/21"


def test_in_place_by_april_is_the_year_that_april_starts() -> None:
    [mention] = _mentions("Borsetshire's savings target of £400k must be in place by April 2024.")
    assert mention["fiscal_year"] == "2024/25"


def test_a_council_tax_collection_rate_is_a_money_percentage() -> None:
    [mention] = _mentions("Wyvern collected 96.4% of the council tax due in 2018/19.")
    assert mention["percent"] == pytest.approx(96.4)


def test_a_period_opening_the_sentence_is_its_undated_figures_period() -> None:
    [mention] = _mentions(
        "Over the last six years Wyvern District Council has reshaped its services, closed offices and, "
        "through a long programme of reviews, delivered savings of £31m."
    )
    assert mention["period"].lower() == "over the last six years"
    assert mention["fiscal_year"] is None


def test_a_period_opening_the_sentence_leaves_a_dated_figure_its_year() -> None:
    rows = _mentions(
        "Over the next three years Borsetshire County Council will need to find further savings, "
        "with the largest share of £4m falling in 2024/25."
    )
    assert [(r["period"], r["fiscal_year"]) for r in rows] == [(None, "2024/25")]


def test_a_year_opening_the_sentence_dates_its_undated_figures() -> None:
    rows = _mentions("In 2022/23 Wyvern delivered £6.1m of its £7.4m savings plan, or 82 per cent of it.")
    assert [(r["raw_figure"], r["fiscal_year"]) for r in rows] == [
        ("£6.1m", "2022/23"),
        ("£7.4m", "2022/23"),
        ("82 per cent", "2022/23"),
    ]


def test_a_figures_own_year_beats_the_year_opening_the_sentence() -> None:
    rows = _mentions("In 2022/23 Wyvern saved £1m, and it plans to save £2m in 2023/24.")
    assert [(r["raw_figure"], r["fiscal_year"]) for r in rows] == [("£1m", "2022/23"), ("£2m", "2023/24")]


@pytest.mark.parametrize(
    ("sentence", "amounts"),
    [
        ("Pressures on placements could reach between £1 and £1.5 million.", [1e6, 1.5e6]),
        ("Borsetshire faces a gap of £4-5m a year.", [4e6]),  # the upper end, printed without £, is not read
        ("A charge of £5 to £10 per household is proposed.", [5.0, 10.0]),
        (
            "The permit fee is £40 and £2m was saved last year.",
            [40.0, 2e6],
        ),  # "and" makes a range after "between"
    ],
)
def test_a_range_lower_end_without_a_unit_takes_the_upper_ends(sentence: str, amounts: list[float]) -> None:
    assert [r["amount_gbp"] for r in _mentions(sentence)] == amounts


def test_a_percentage_restating_a_figure_shares_its_year() -> None:
    mentions = _mentions(
        "Of the £6.4m of savings agreed for 2025/26, £4.8m (75%) had been delivered by December."
    )
    assert [(m["raw_figure"], m["fiscal_year"]) for m in mentions] == [
        ("£6.4m", "2025/26"),
        ("£4.8m", "2025/26"),
        ("75%", "2025/26"),  # the share of £4.8m: its year, as a list's next member has
    ]


def test_the_one_year_a_sentence_names_dates_its_undated_figures() -> None:
    mentions = _mentions(
        "The council delivered £12.6m of savings in 2024/25, 90% of its £14m plan, leaving a £1.4m gap."
    )
    assert {m["raw_figure"]: m["fiscal_year"] for m in mentions} == {
        "£12.6m": "2024/25",
        "90%": "2024/25",
        "£14m": "2024/25",
        "£1.4m": "2024/25",
    }
    # two years named: an undated figure takes neither
    mentions = _mentions(
        "The council holds a contingency of £2m, while reserves were £9m in 2023/24 and £7m in 2024/25."
    )
    assert {m["raw_figure"]: m["fiscal_year"] for m in mentions}["£2m"] is None


def test_what_is_left_of_a_dated_figure_shares_its_year() -> None:
    rows = _mentions(
        "Of the £8m of savings agreed for 2024/25, £6.5m was achieved and the balance of £1.5m was not, and "
        "has been added to the savings target for 2025/26."
    )
    assert [(r["amount_gbp"], r["fiscal_year"]) for r in rows] == [
        (8e6, "2024/25"),
        (6.5e6, "2024/25"),
        (1.5e6, "2024/25"),  # "the balance of": what is left of the £8m, though the sentence names two years
    ]


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # a closing quote after the stop
        (
            "“Savings of £2m came early,” said the Leader. “We still need £1m.” The gap is £0.5m.",
            ["“Savings of £2m came early,” said the Leader.", "“We still need £1m.”", "The gap is £0.5m."],
        ),
        # a bold recommendation title before its body
        (
            "1. **Agree one plan for the gap.** The £1.2m still unallocated needs an owner.",
            ["The £1.2m still unallocated needs an owner."],
        ),
    ],
)
def test_a_sentence_ends_before_a_closing_quote_or_markup(text: str, quotes: list[str]) -> None:
    assert [r["quote"] for r in _mentions(text)] == quotes


def test_a_figure_over_the_plans_period_has_no_one_year() -> None:
    mentions = _mentions(
        "Cabinet approved savings of £4.4m over the MTFS period, of which £1.9m falls in 2027/28."
    )
    assert [(m["raw_figure"], m["fiscal_year"], m["period"]) for m in mentions] == [
        ("£4.4m", None, "over the MTFS period"),
        ("£1.9m", "2027/28", None),  # a part of it: its own year, not the whole's period
    ]


def test_a_figure_rising_to_a_cumulative_one_continues_it() -> None:
    mentions = _mentions("The budget gap is £6.1m in 2027/28, rising to a cumulative £14.8m by 2029/30.")
    assert [m["continues_previous"] for m in mentions] == [False, True]
