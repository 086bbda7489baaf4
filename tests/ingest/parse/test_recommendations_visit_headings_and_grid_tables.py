"""Recommendations in further printed forms: a heading naming the visit that made them ("The recommendations of
the 2023 challenge") over a numbered list with each item's status in round brackets, and a boxed grid table whose
recommendation column is headed with the verb ("What we recommend") and numbered "R1" ... (invented texts,
fictional councils)."""

from ingest.parse.recommendations import parse_recommendations
from tests.fixtures.docs import make_docs


def _listed(text: str) -> list[tuple]:
    return parse_recommendations(make_docs(text)).collect().select("number", "title", "sub_actions").rows()


def test_a_heading_naming_the_visit_anchors_a_list_with_bracketed_statuses() -> None:
    text = (
        "Quarrington District Council\nPeer challenge - return visit\n\n"
        "2.0 The recommendations of the 2023 challenge\n\n"
        "2.1 The peers made four recommendations. Each is listed below with the rating the council\n"
        "gave it in its own update.\n\n"
        "   1. Settle the leisure trust contract before the budget is set. (Green)\n"
        "   2. Publish a single plan for the harbour quarter with the county and the port\n"
        "      authority. (Amber)\n"
        "   3. Give scrutiny a forward plan. (Red)\n"
        "   4. Review the fees and charges policy every year. (Green)\n\n"
        "2.2 Most of the ratings look right to the peers.\n"
    )
    assert _listed(text) == [
        (1, "Settle the leisure trust contract before the budget is set.", 0),
        (
            2,
            "Publish a single plan for the harbour quarter with the county and the port authority.",
            0,
        ),
        (3, "Give scrutiny a forward plan.", 0),
        (4, "Review the fees and charges policy every year.", 0),
    ]


def test_a_boxed_grid_table_with_a_verb_heading_and_r_numbers() -> None:
    text = (
        "Corporate Peer Challenge - Fenmoor Borough Council\n\n"
        "2. Key recommendations\n\n"
        "The team set out its recommendations on the last day of the visit.\n\n"
        "+------+------------------------------------------------+\n"
        "| Ref  | What we recommend                              |\n"
        "+------+------------------------------------------------+\n"
        "| R1   | Bring the depot move back on track. Report it  |\n"
        "|      | to Cabinet every month.                        |\n"
        "+------+------------------------------------------------+\n"
        "| R2   | Agree a reserves floor with members.           |\n"
        "+------+------------------------------------------------+\n"
        "| R3   | Share the planning backlog figures with the    |\n"
        "|      | town councils.                                 |\n"
        "+------+------------------------------------------------+\n\n"
        "3. How the challenge was run\n\nThe team met 80 people.\n"
    )
    assert _listed(text) == [
        (1, "Bring the depot move back on track.", 0),
        (2, "Agree a reserves floor with members.", 0),
        (3, "Share the planning backlog figures with the town councils.", 0),
    ]
