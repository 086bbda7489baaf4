"""A monitoring or outturn minute's reporting period said in its sentences rather than its title: a year's outturn,
a monitoring month counted from April, a month of a financial year; and a minute's title line giving its report's
months, its year's end or its annual report (invented texts, fictional councils)."""

import datetime as dt

import pytest

from ingest.parse.documents import parse_documents
from tests.fixtures.councils import invented_register
from tests.fixtures.docs import make_docs

D = dt.date


def _period(text: str) -> tuple[dt.date | None, dt.date | None]:
    facts = parse_documents(make_docs(text), invented_register()).collect().to_dicts()[0]
    return facts["period_start"], facts["period_end"]


def _period_end(text: str) -> dt.date | None:
    return _period(text)[1]


@pytest.mark.parametrize(
    ("text", "end"),
    [
        # a year's outturn in a long decision line, not a title
        (
            "1. Cabinet noted:-\n(a) the Council's provisional revenue outturn position for 2030/31 of an underspend "
            "of £1.2m after the planned use of reserves, as detailed in Section 4 and the appendices to the report;",
            D(2031, 3, 31),
        ),
        # ... with what the outturn is on between it and its year
        (
            "The Cabinet considered the Treasurer's report, which set out the provisional outturn position on the "
            "General Fund (revenue and capital) for 2030/31, subject to audit, and the main variations.",
            D(2031, 3, 31),
        ),
        # ... the year before the outturn
        (
            "Decision Maker: Cabinet\nReporting the 2030/31 financial outturn position of the Council and the "
            "approval of transfers to earmarked reserves and general balances, as set out in the report.",
            D(2031, 3, 31),
        ),
        # a monitoring month counted from April, in the sentence naming the year
        (
            "Councillor Amber introduced the revenue budget monitoring position for 2030/31 for the Council Fund and "
            "the Housing Revenue Account, based on income and spending as at Month 4. The report set out",
            D(2030, 7, 31),
        ),
        (
            "Agenda item\nForecast Draft Outturn 2030/31 - Period 8\nTo note the forecast draft outturn for 2030/31 "
            "as at period 8.",
            D(2030, 11, 30),
        ),
        # ... a month of the year's last quarter falls in the next calendar year
        (
            "The budget monitoring position for 2030/31 as at Month 11 shows a small underspend.",
            D(2031, 2, 28),
        ),
        # a month of a financial year in a monitoring report's title
        (
            "Agenda item\nRevenue and Capital Budget Monitoring Report – September 2030-31\nMinutes:\n1. The Leader "
            "introduced the report.",
            D(2030, 9, 30),
        ),
        # results "up to" a month
        (
            "The report included first-quarter results up to June 2030. The overspend was forecast at £2m.",
            D(2030, 6, 30),
        ),
    ],
)
def test_a_reporting_period_said_in_the_minutes_sentences(text: str, end: dt.date) -> None:
    assert _period_end(text) == end


@pytest.mark.parametrize(
    "text",
    [
        # a forecast of the year's outturn: the year is not over
        "Cabinet noted the forecast outturn position for 2030/31 of an overspend of £3.1m against the budget "
        "approved by Council in February, and the actions proposed to bring spending back within it.",
        # an MTFS review that starts from last year's outturn is no outturn report
        "Members reviewed the Medium Term Financial Strategy in the light of the spring statement and the financial "
        "outturn of the Council for the 2030/31 financial year, with a revised gap over the plan's four years.",
        # a monitoring period with no year in its sentence
        "The Head of Finance said that a report on the financial position as at Period 4 would go to Cabinet; "
        "the plan for 2032/33 assumes a gap of £4m.",
        # a thirteenth four-weekly period is no month
        "The budget monitoring position for 2030/31 as at Period 13 shows a small underspend.",
        # a numbered period of something else
        "The 2030/31 budget was noted; the depot lease runs to period 2 of the contract, after which it is reviewed.",
        # a year only compared with, or its outturn still a forecast
        "Members heard that spending on temporary accommodation is now £1.3m higher than the 2029/30 outturn, "
        "driven by the number of families placed outside the district during the winter months.",
        "The 2030/31 outturn forecast is an overspend of £2.2m, which the Treasurer expects to reduce through the "
        "spending controls agreed in September and the vacancy freeze across the council.",
        "Cabinet noted that the projected year-end outturn for 2030/31 is an overspend of £2.2m, mostly in home to "
        "school transport and in placements for looked after children.",
    ],
)
def test_no_reporting_period_where_the_minutes_say_none(text: str) -> None:
    assert _period_end(text) is None


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # the months a title line gives its update, each with its year
        (
            "12 Council Plan Targets Performance Update - January 2031 to March 2031 PDF 410 KB\nAdditional "
            "documents:\nThe Performance Officer gave members an update on the targets.",
            D(2031, 1, 1),
            D(2031, 3, 31),
        ),
        # a report of one month
        (
            "Issue - meetings\nDelivery Plan Exception Report (August 2030)\nMeeting: 14/10/2030 - Performance Board",
            D(2030, 8, 1),
            D(2030, 8, 31),
        ),
        # a year's end
        (
            "Issue - meetings\nCouncil Plan 2030-2033 - Progress at Year End 2030/31\nMeeting: 10/06/2031",
            None,
            D(2031, 3, 31),
        ),
        (
            "7 Corporate Performance Update: 2030/31 Year End Results PDF 300 KB\nMinutes:\nThe Mayor submitted a report.",
            None,
            D(2031, 3, 31),
        ),
        # an annual report of a year
        (
            "Agenda item\nAnnual Performance / Wellbeing Report 2030/31\nTo submit a report by the Head of Service.",
            None,
            D(2031, 3, 31),
        ),
    ],
)
def test_a_period_the_minutes_title_line_gives_its_report(
    text: str, start: dt.date | None, end: dt.date
) -> None:
    assert _period(text) == (start, end)


def test_months_that_are_no_reports_period_give_none() -> None:
    # a consultation's months, and a span of more than a year
    assert _period("The consultation runs from October 2030 to March 2031 and its report will follow.") == (
        None,
        None,
    )
    assert _period("Transformation Programme Update - April 2030 to March 2032\nMinutes:") == (None, None)


def test_a_limit_up_to_a_month_or_a_projected_year_end_is_no_reporting_period() -> None:
    # the quarter stays the report's period; "up to March 2032" is a grant's limit
    assert _period_end(
        "Revenue Budget Monitoring Quarter 2 2030/31\nGrants of up to £50k are available up to March 2032."
    ) == D(2030, 9, 30)
    assert (
        _period_end("Agenda item\nBudget Monitoring 2030/31 - Projected Year End Position\nMinutes:") is None
    )
