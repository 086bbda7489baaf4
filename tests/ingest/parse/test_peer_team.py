import pytest

from ingest.parse.peer_team import parse_peer_team
from tests.fixtures.docs import make_docs


def _peers(items: str, heading: str = "The peer team") -> list[tuple]:
    text = f"Corporate Peer Challenge\n\n{heading}\n\nThe peers who delivered the challenge were:\n\n{items}\n\nScope and focus\n\n- not a peer, a scope bullet"
    rows = parse_peer_team(make_docs(text)).collect()
    return rows.select("honorific", "name", "role", "organisation").rows()


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "- Cllr Ada Quill Leader, Fenby County Council",
            ("Cllr", "Ada Quill", "Leader", "Fenby County Council"),
        ),
        (
            "- Ada Quill, Chief Executive, Fenby County Council",
            (None, "Ada Quill", "Chief Executive", "Fenby County Council"),
        ),
        (
            "- Ada Quill – Chief Executive, Fenby County Council",
            (None, "Ada Quill", "Chief Executive", "Fenby County Council"),
        ),
        ("- **Sir Ada Quill** (Leader – Fenby MBC);", ("Sir", "Ada Quill", "Leader", "Fenby MBC")),
        (
            "- Shadow: **Ada Quill** (Political Adviser – LGA); and,",
            (None, "Ada Quill", "Political Adviser", "LGA"),
        ),
        (
            "- LGA peer challenge manager: **Ada Quill** (LGA Programme Manager).",
            (None, "Ada Quill", "LGA Programme Manager", None),
        ),
        (
            "- Councillor Ada Quill, Fenby District Council",
            ("Councillor", "Ada Quill", None, "Fenby District Council"),
        ),
        (
            "- Ada Quill Director of Finance for Fenby Clinical Commissioning Group",
            (None, "Ada Quill", "Director of Finance", "Fenby Clinical Commissioning Group"),
        ),
        ("- Ada Quill LGA Peer Challenge Manager.", (None, "Ada Quill", "LGA Peer Challenge Manager", None)),
    ],
)
def test_member_styles(line: str, expected: tuple) -> None:
    assert _peers(line) == [expected]


def test_numbered_review_team_heading_is_found() -> None:
    assert [p[1] for p in _peers("- Ada Quill – Leader, Fenby Council", heading="4. The review team")] == [
        "Ada Quill"
    ]


def test_bullets_after_the_team_section_are_not_peers() -> None:
    names = [
        p[1]
        for p in _peers("- Ada Quill – Leader, Fenby Council\n- Tom Reed – Chief Executive, Ashby Council")
    ]
    assert names == ["Ada Quill", "Tom Reed"]
