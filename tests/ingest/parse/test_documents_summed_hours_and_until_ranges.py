"""Documents: a team's hours in a sentence that sums up the engagement told in the sentence before it, and visit
days printed as a range with "until" (invented texts, fictional councils)."""

import datetime as dt

from ingest.parse.documents import parse_documents
from tests.fixtures.councils import invented_register
from tests.fixtures.docs import make_docs

D = dt.date


def _facts(text: str) -> dict:
    return parse_documents(make_docs(text), invented_register()).collect().to_dicts()[0]


def test_hours_in_a_sentence_that_sums_up_the_one_before_it() -> None:
    text = (
        "Corporate Peer Challenge\nWexcombe Borough Council\n\n"
        "3. The approach\n\n"
        "The peers spent three days at the civic offices, where they spoke\n"
        "with more than 95 people across 30 meetings and site visits. This came\n"
        "to more than 210 hours with the council, the same as six weeks of work.\n"
    )
    facts = _facts(text)
    assert (facts["people"], facts["meetings"], facts["hours"]) == (95, 30, 210)


def test_a_councils_hours_summed_up_after_a_sentence_not_about_the_team_are_none() -> None:
    text = (
        "Corporate Peer Challenge\nWexcombe Borough Council\n\n"
        "Volunteers cleared the canal towpath over the summer. This came to 400 hours of work.\n"
    )
    assert _facts(text)["hours"] is None


def test_visit_days_printed_with_until_in_a_header_line() -> None:
    text = (
        "# Corporate Peer Challenge\n\n## Wexcombe Borough Council\n\n"
        "**Feedback report** | Peers on site: Tuesday 4 March until Friday 7 March 2025\n\n"
        "### 1. Summary\n\nThe council is ambitious for the town.\n"
    )
    facts = _facts(text)
    assert (facts["period_start"], facts["period_end"]) == (D(2025, 3, 4), D(2025, 3, 7))
