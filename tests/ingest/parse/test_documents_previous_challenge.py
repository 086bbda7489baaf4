"""previous_challenge: the month of the peer challenge before the one (or the progress review) a report is about."""

import pytest

from ingest.parse.documents import parse_documents
from tests.fixtures.councils import invented_register
from tests.fixtures.docs import make_docs


def _previous(text: str) -> str | None:
    return parse_documents(make_docs(text), invented_register()).collect().to_dicts()[0]["previous_challenge"]


@pytest.mark.parametrize(
    ("text", "previous"),
    [
        (
            "Corporate Peer Challenge\nWyvern District Council\nFeedback report: 4 – 7 March 2024\n\n1. Introduction\n\n"
            "This was the council's second CPC; its previous peer challenge was held in September 2018.",
            "2018-09",
        ),
        (
            "Corporate Peer Challenge\nWyvern District Council\nFeedback report: 4 – 7 March 2024\n\n"
            "Wyvern has had three corporate peer challenges; the last was in November 2019.",
            "2019-11",
        ),
        (
            "Our corporate peer challenge 2023\n\nIn May 2023 we welcomed a peer team. The first CPC took place in "
            "June 2016.",
            "2016-06",
        ),
        (
            "LGA Corporate Peer Challenge – Progress Review\nWyvern District Council\nFeedback: 3 April 2024\n\n"
            "1. Introduction\n\nThe council undertook a Corporate Peer Challenge (CPC) during 9-12 October 2023 "
            "and published the report.",
            "2023-10",
        ),
        (
            "LGA Corporate Peer Challenge – Progress Review\nWyvern District Council\nFeedback: 3 April 2024\n\n"
            "1. Introduction\n\nWyvern undertook a CPC during Tuesday 14 to Friday 17 November 2023.",
            "2023-11",
        ),
        (
            "Tarnby City Council\n\n18 June 2024\n\nDear Sam,\n\nCorporate Peer Challenge Progress Review – 4 June "
            "2024\n\nThe review followed up the corporate peer challenge held in February 2023.",
            "2023-02",
        ),
        (
            "Council news\n\nThe peer team came back in March 2024 to see what has changed since its first visit "
            "in July 2023.",
            "2023-07",
        ),
    ],
)
def test_previous_challenge_in_its_printed_forms(text: str, previous: str) -> None:
    assert _previous(text) == previous


@pytest.mark.parametrize(
    "text",
    [
        # a peer challenge's own dates are not a previous challenge
        "Corporate Peer Challenge\nWyvern District Council\nFeedback report: 4 – 7 March 2024\n\n1. Introduction\n\n"
        "The corporate peer challenge held in March 2024 looked at five themes.",
        # nor is a progress review's own visit
        "LGA Corporate Peer Challenge – Progress Review\nWyvern District Council\nFeedback: 3 April 2024\n\n"
        "The Corporate Peer Challenge progress review took place on 3 April 2024.",
        # a year without a month is no YYYY-MM
        "Our peer challenge\n\nIn May 2023 the peers visited. Our last corporate peer challenge was in 2017.",
        # a later review is not a previous one
        "Corporate Peer Challenge\nWyvern District Council\nFeedback report: 4 – 7 March 2024\n\n"
        "The council's original peer challenge plan is updated in June 2024.",
    ],
)
def test_no_previous_challenge(text: str) -> None:
    assert _previous(text) is None
