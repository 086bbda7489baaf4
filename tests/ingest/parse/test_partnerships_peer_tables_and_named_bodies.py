"""Partner names in invented texts for fictional councils: the organisations in a peer team's table (the peers'
employers, no partners), a contractor named in one word after its contract, the London boroughs' joint body, a
health and social care partnership named for its place after its kind, a partnership with a compass point after its
head, an area's leaders' group in lower case, a joint services agreement named for its places, and a service
residents take up (no body)."""

from ingest.parse.partnerships import parse_partnership_mentions
from tests.fixtures.docs import make_docs


def _names(body: str) -> set[str]:
    text = f"Corporate Peer Challenge\n\n{body}"  # the own council is dropped in dbt, not here
    return set(parse_partnership_mentions(make_docs(text)).collect()["name"].to_list())


PEER_TABLE = """\
### 2. The peer team

Peer challenges are delivered by experienced elected member and officer peers, selected for their expertise.

| Role | Name | Organisation |
|---|---|---|
| Lead officer peer – Chief Executive | Morwenna Tallis | Fenby District Council |
| Member peer – Leader | Cllr Osric Vane | Royal Borough of Wyvern |
| Officer peer – Director of Housing | Priya Oduya | Marsh County Council |

### 3. Findings

The council works well with the Borsetshire Health Partnership.
"""


def test_the_organisations_of_a_peer_team_table_are_no_partners() -> None:
    assert _names(PEER_TABLE) == {"Borsetshire Health Partnership"}


def test_a_contractor_named_in_one_word_after_its_contract() -> None:
    body = "Cabinet agreed to extend the grounds maintenance contract with Verdana for a further three years."
    assert _names(body) == {"Verdana"}


def test_the_london_boroughs_joint_body_is_a_partner() -> None:
    body = "The council could lobby through London Councils for a fairer share of the homelessness grant."
    assert _names(body) == {"London Councils"}


def test_a_care_partnership_named_for_its_place_after_its_kind() -> None:
    body = "The overspend is mainly in Health and Social Care Angus, where demand for care at home has risen."
    assert _names(body) == {"Health and Social Care Angus"}


def test_a_compass_point_after_a_partnerships_head_is_part_of_its_name() -> None:
    body = "Coastal works depend on the Wyre Estuary Partnership West (shared with Marsh District Council)."
    assert "Wyre Estuary Partnership West" in _names(body)
    assert "Wyre Estuary Partnership" not in _names(body)


def test_an_areas_leaders_group_in_lower_case() -> None:
    body = "Devolution options were discussed at the Fenby Public Sector Leaders group in May."
    assert _names(body) == {"Fenby Public Sector Leaders"}


def test_a_joint_services_agreement_named_for_its_places_is_a_partnership() -> None:
    body = "Audit and legal work are shared under the Fenby and Marsh Vale Joint Services Agreement signed in 2019."
    assert "Fenby and Marsh Vale Joint Services Agreement" in _names(body)


def test_a_service_residents_take_up_is_no_partner() -> None:
    body = (
        "PH4   Uptake of NHS Health Checks            Off target     On target\n\n"
        "Take-up of the NHS Stop Smoking Service rose, and the council works with NHS Fenby on discharge."
    )
    assert _names(body) == {"NHS Fenby"}
