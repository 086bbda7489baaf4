"""A body described in an apposition after its name, the description perhaps running on to the next line
(invented texts, fictional councils)."""

from ingest.parse.partnerships import parse_partnership_mentions
from tests.fixtures.docs import make_docs


def _rows(body: str) -> set[tuple[str, str]]:
    found = parse_partnership_mentions(make_docs(f"Corporate Peer Challenge\n\n{body}")).collect()
    return set(found.select("name", "kind").rows())


def test_a_company_described_after_its_name_is_a_partner() -> None:
    body = (
        "Road repairs are done by Wyvern Roadworks Ltd, the council's wholly\nowned highways company. Ambridge "
        "Data Solutions, the IT company the council owns with Upton, runs ICT. The council invests through "
        "Fenby Assets Ltd, a company jointly owned with Marsh."
    )
    assert _rows(body) == {
        ("Wyvern Roadworks Ltd", "partner"),
        ("Ambridge Data Solutions", "partner"),
        ("Fenby Assets Ltd", "partner"),
    }


def test_a_partnership_described_after_its_name_over_a_line_break() -> None:
    body = "Through Marsh Health Place, the\nlocal care partnership, discharge is improving."
    assert _rows(body) == {("Marsh Health Place", "partnership")}


def test_a_collaboration_described_after_its_name_is_a_partnership() -> None:
    body = "Leaders valued the council's part in Wessex Together, the region-wide collaboration of its districts."
    assert _rows(body) == {("Wessex Together", "partnership")}


def test_a_place_a_person_or_a_team_described_after_it_is_no_partner() -> None:
    body = (
        "In Marsh, the borough's finance team is small. Jo Bloggs, the council's section 151 officer, spoke. "
        "At Fenby Town Hall, the meeting was short."
    )
    assert _rows(body) == set()


def test_a_body_named_after_a_possessive_and_its_kind_is_a_partner() -> None:
    body = (
        "Street lights are repaired by Wyvern's contractor Brightway, and care is delivered through the "
        "council's company Marsh Children First. The team met its partner Fenby Trust's chair."
    )
    assert _rows(body) == {
        ("Brightway", "partner"),
        ("Marsh Children First", "partner"),
        ("Fenby Trust", "partner"),
    }


def test_a_description_naming_the_council_with_a_capital_is_read_as_well() -> None:
    body = "Two schemes delivered with Kestrel Developments, the Council's housing company, have slipped to next year."
    assert _rows(body) == {("Kestrel Developments", "partner")}
