from ingest.parse.partnerships import parse_partnership_mentions
from tests.fixtures.docs import make_docs


def _names(body: str) -> list[tuple]:
    text = f"Corporate Peer Challenge\n\n{body}"  # the own council is dropped in dbt, not here
    rows = parse_partnership_mentions(make_docs(text)).collect()
    return rows.select("name", "acronym", "kind").rows()


def test_acronym_is_tied_to_its_expansion() -> None:
    assert _names("The Fenby and Marsh Local Enterprise Partnership (LEP) funds skills.")[0] == (
        "Fenby and Marsh Local Enterprise Partnership",
        "LEP",
        "partnership",
    )


def test_named_boards_forums_authorities_and_regions() -> None:
    body = (
        "The Health and Wellbeing Board met. The Marsh Rivers Authority was formed, and the Local Resilience Forum "
        "and the Wyre City Region agreed a plan with the Fenby Combined Authority."
    )
    names = {n for n, _, _ in _names(body)}
    assert names == {
        "Health and Wellbeing Board",
        "Marsh Rivers Authority",
        "Local Resilience Forum",
        "Wyre City Region",
        "Fenby Combined Authority",
    }


def test_generic_words_and_internal_boards_are_not_partnerships() -> None:
    body = "The partnership works well. Our Transformation Board and the Programme Board meet monthly with the Cabinet."
    assert _names(body) == []


def test_named_councils_and_national_bodies_are_partners() -> None:
    names = _names(
        "The council works with Marsh District Council and the NHS on the Highways England scheme."
    )
    assert {(n, k) for n, _, k in names} == {
        ("Marsh District Council", "partner"),
        ("NHS", "partner"),
        ("Highways England", "partner"),
    }


def test_peer_team_employers_are_not_partners() -> None:
    body = (
        "The peer team\n\n- Ada Quill, Chief Executive, Wyre Combined Authority\n- Tom Reed, Leader, Marsh District Council\n\n"
        "Scope and focus\n\nThe council chairs the Fenby Safeguarding Board."
    )
    assert [n for n, _, _ in _names(body)] == ["Fenby Safeguarding Board"]


def test_shared_service_is_its_own_kind() -> None:
    names = _names("It runs a shared service with Marsh District Council for legal work.")
    assert ("Marsh District Council", None, "shared_service") in names
