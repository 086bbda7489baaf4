"""Recommendations in further printed forms: a progress review's restated list with the council's bracketed
status, "**Peer recommendation N:**" labels with the council's response quoted below, markdown headings
"### Recommendation N – title", a budget report's own "It is recommended that Cabinet:", a recommendations heading that
dates its challenge, and a progress review's "Recommendation N – <title>" block whose list below is its text (invented
texts, fictional councils)."""

import pytest

from ingest.parse.recommendations import parse_recommendations
from tests.fixtures.docs import make_docs


def _listed(text: str) -> list[tuple]:
    return parse_recommendations(make_docs(text)).collect().select("number", "title", "sub_actions").rows()


def test_a_progress_reviews_restated_list_without_its_status() -> None:
    text = (
        "2. The original recommendations and progress\n\n"
        "Wyvern gave the peers a short note on each. The original\n"
        "recommendations and the council's status are set out below.\n\n"
        "1) Agree a shared vision with Wyvern's partners.  [Complete]\n"
        "2) Rebuild the medium term financial plan.  [In progress]\n"
        "3) Review the leisure contract before renewal.  [Not started]\n\n"
        "Peers found good progress on most of them.\n\n"
        "3. Finance\n\nThe council closed the year on budget.\n"
    )
    assert _listed(text) == [
        (1, "Agree a shared vision with Wyvern's partners.", 0),
        (2, "Rebuild the medium term financial plan.", 0),
        (3, "Review the leisure contract before renewal.", 0),
    ]


def test_peer_recommendation_labels_with_quoted_responses_not_the_reports_own() -> None:
    text = (
        "### 2. Recommendations\n\nCabinet is recommended to:\n\n"
        "2.1 note the peers' report;\n2.2 agree the action plan.\n\n"
        "### 5. Peer recommendations and the council's response\n\n"
        "**Peer recommendation 1:** Set a clear plan for Borsetshire's care market.\n"
        "> *Response:* A board has been set up. *Lead:* Director of Care. *By:* May 2025.\n\n"
        "**Peer recommendation 2:** Strengthen scrutiny of the budget.\n"
        "> *Response:* A budget panel will meet each autumn. *Lead:* Head of Democracy. *By:* June 2025.\n\n"
        "### 6. Implications\n\nThere are no legal implications.\n"
    )
    assert _listed(text) == [
        (1, "Set a clear plan for Borsetshire's care market.", 0),
        (2, "Strengthen scrutiny of the budget.", 0),
    ]


def test_recommendations_as_markdown_headings() -> None:
    text = (
        "## 3. Key recommendations\n\n"
        "### Recommendation 1 – Close the Ambridge budget gap with owned proposals.\n"
        "Each proposal should have a named lead before the summer.\n\n"
        "### Recommendation 2 – Bring placement costs under control.\n"
        "- Grow in-house fostering.\n- Review the sufficiency strategy.\n\n"
        "### Recommendation 3 – Agree one plan for the market towns.\n\n"
        "## 4. Partnerships\n\nThe council works well with its neighbours.\n"
    )
    assert _listed(text) == [
        (1, "Close the Ambridge budget gap with owned proposals.", 0),
        (2, "Bring placement costs under control.", 2),
        (3, "Agree one plan for the market towns.", 0),
    ]


def test_it_is_recommended_that_cabinet_is_the_reports_own_decision() -> None:
    text = (
        "# Wyvern Council\n\nQuarter two budget monitoring.\n\n### Recommendations\n\n"
        "It is recommended that Cabinet:\n\n"
        "(a) notes the revenue forecast for the year;\n"
        "(b) approves the use of £1.2m from the resilience reserve.\n"
    )
    assert _listed(text) == []


def test_a_council_reports_own_recommendations_to_note_and_approve() -> None:
    text = (
        "WYVERN DISTRICT COUNCIL\n\nFINANCE MONITORING AS AT MONTH 6 2025/26\n\n"
        "2.0  RECOMMENDATIONS\n\n"
        "2.1  To note the forecast revenue outturn for the year.\n\n"
        "2.2  To approve the transfer of £0.4m to the insurance reserve.\n\n"
        "3.0  SUMMARY\n\n3.1  The forecast overspend is £1.1m.\n"
    )
    assert _listed(text) == []


@pytest.mark.parametrize(
    "heading",
    [
        "Recommendations from the November 2022 Corporate Peer Challenge",
        "Recommendations from the Corporate Peer Challenge 2022",
        "Recommendations of the peer challenge in March 2022",
    ],
)
def test_a_recommendations_heading_that_dates_its_challenge(heading: str) -> None:
    text = (
        f"Progress review\n\n{heading}\n\n1. Refresh the council plan.\n2. Rebuild the reserves.\n\n"
        "Next steps\n\nThe LGA will keep in touch.\n"
    )
    assert _listed(text) == [(1, "Refresh the council plan.", 0), (2, "Rebuild the reserves.", 0)]


def test_a_progress_reviews_block_titled_in_its_heading_keeps_the_list_below_as_its_text() -> None:
    text = (
        "Progress review\n\nRecommendations from the 2022 peer challenge\n\n"
        "Recommendation 1 – Refresh the council plan\n\n"
        "The peers recommended that the council:\n\n• agree a plan with partners\n• set clear targets\n\n"
        "Recommendation 2 – Rebuild the reserves\n\nReserves have grown to £9m.\n\n"
        "Next steps\n\nThe LGA will keep in touch.\n"
    )
    assert _listed(text) == [(1, "Refresh the council plan", 2), (2, "Rebuild the reserves", 0)]
