"""Forms of the peer team not seen in the development corpus (invented texts, fictional councils)."""

import pytest

from ingest.parse.peer_team import parse_peer_team
from tests.fixtures.docs import make_docs


def _team(text: str) -> list[tuple]:
    rows = parse_peer_team(make_docs(text)).collect()
    return rows.select("honorific", "name", "role", "organisation").rows()


@pytest.mark.parametrize("sep", [" – ", " - ", "\t", " | "])
def test_label_set_off_by_a_dash_or_a_table_cell(sep: str) -> None:
    text = (
        "4. The peer team\n\n"
        f"Lead peer{sep}Cllr Joan Farrow{sep}Leader, Upton Marsh Borough Council\n"
        f"Officer peer{sep}Dev Raman{sep}Director of Finance, Lindfield County Council\n"
        f"Peer challenge manager{sep}Ruth Calder{sep}Local Government Association\n\n"
        "5. Feedback\n\nThe council is well run.\n"
    )
    assert _team(text) == [
        ("Cllr", "Joan Farrow", "Leader", "Upton Marsh Borough Council"),
        (None, "Dev Raman", "Director of Finance", "Lindfield County Council"),
        (None, "Ruth Calder", None, "Local Government Association"),  # the label is no role (as with a colon)
    ]


def test_name_and_role_on_separate_lines() -> None:
    text = (
        "Summary of the approach\nThe peer team\nCllr Owen Pratt\nLeader, Caxley District Council\n"
        "Mina Sorrell\nChief Executive, Brantwood City Council\nCllr Hugh Dane (Independent)\n"
        "Cabinet Member for Housing, Selsby Borough Council\nAbel Corrie\n"
        "Peer Challenge Manager, Local Government Association\nScope and focus\n"
        "The peer team looked at the five core themes.\n"
    )
    assert _team(text) == [
        ("Cllr", "Owen Pratt", "Leader", "Caxley District Council"),
        (None, "Mina Sorrell", "Chief Executive", "Brantwood City Council"),
        ("Cllr", "Hugh Dane", "Cabinet Member for Housing", "Selsby Borough Council"),
        (None, "Abel Corrie", "Peer Challenge Manager", "Local Government Association"),
    ]


def test_a_line_after_a_role_line_is_not_joined_to_the_member() -> None:
    text = "The peer team\nMina Sorrell\nChief Executive, Brantwood City Council\nScope and focus\nThe peers met staff.\n"
    assert _team(text) == [(None, "Mina Sorrell", "Chief Executive", "Brantwood City Council")]


def test_a_role_word_after_a_dash_is_no_label() -> None:
    # "Lead" starts a role here, not a label: the member is still read from the line
    text = "The peer team\n\n- Ivo Brent – Lead Officer, Caxley District Council\n"
    assert _team(text) == [(None, "Ivo Brent", "Lead Officer", "Caxley District Council")]


@pytest.mark.parametrize(
    "intro",
    [
        "The following peers took part:",
        "The following members of the original peer team took part:",
        "The following members of the peer team were involved:",
        "The peers who participated:",
    ],
)
def test_took_part_introductions(intro: str) -> None:
    text = (
        f"Dear Leader,\n\n{intro}\n\n- Cllr Joan Farrow, Leader, Upton Marsh Borough Council\n"
        "- Ruth Calder, Senior Regional Adviser, LGA\n\nThe peers met with 30 people.\n"
    )
    assert _team(text) == [
        ("Cllr", "Joan Farrow", "Leader", "Upton Marsh Borough Council"),
        (None, "Ruth Calder", "Senior Regional Adviser", "LGA"),
    ]


def test_people_the_peers_met_are_not_the_team() -> None:
    text = "The following people took part:\n\n- Cllr Joan Farrow, Leader of the council\n"
    assert _team(text) == []
