"""More forms of partnership names (invented texts, fictional councils): a post and its employer split by a slash,
a noun before 'of partnership', a development corporation and a voluntary action body, a shared service named
before what the council shares of it or after what it delivers through it, a service one body provides for several
councils, a shared service the council runs jointly (found by two patterns, each match inside the other's), a
shared service and the councils after its cue phrase ("a collaboration with"), a company named with its initials
at the start of a sentence, places listed after an unnamed shared arrangement (not a named one's members), and a
name running on past its head over "of" to the acronym of its initials."""

import pytest

from ingest.parse.partnerships import parse_partnership_mentions
from tests.fixtures.docs import make_docs


def _rows(body: str) -> set[tuple]:
    text = f"Quarterly Report\n\n{body}"
    rows = parse_partnership_mentions(make_docs(text)).collect().select("name", "acronym", "kind").rows()
    return set(rows)


def test_an_employer_after_a_post_and_a_slash_is_no_partner() -> None:
    body = (
        "ROLE           | NAME              | EMPLOYER\n"
        "Lead officer   | Ann Other         | Chief Executive / Fenby Metropolitan Borough Council\n"
        "Health         | Bo Person         | Place Director / NHS Marsh and Wyre ICB\n"
    )
    assert _rows(body) == set()


def test_a_noun_before_of_partnership_is_no_partnership() -> None:
    assert _rows("Build on the depth of partnership with schools to improve attendance.") == set()


def test_a_development_corporation_and_a_voluntary_action_body_are_partners() -> None:
    body = (
        "The council works on the dock site with the North Fenby Development Corporation. Marsh Voluntary "
        "Action is ready to help with the winter programme."
    )
    assert _rows(body) == {
        ("North Fenby Development Corporation", None, "partner"),
        ("Marsh Voluntary Action", None, "partner"),
    }


def test_a_shared_service_named_before_what_the_council_shares_of_it() -> None:
    body = (
        "Its partners include the Upper Wyvern Growth and Skills service (UWGS), run jointly with Marsh, and "
        "Fenby Building Control, which the council shares with two neighbours."
    )
    assert _rows(body) == {
        ("Upper Wyvern Growth and Skills", "UWGS", "shared_service"),
        ("Fenby Building Control", None, "shared_service"),
    }


def test_a_shared_service_the_council_delivers_a_service_through() -> None:
    body = "The council delivers HR through the Shared Payroll Service (SPS) with two other councils."
    assert _rows(body) == {("Shared Payroll Service", "SPS", "shared_service")}


def test_a_service_one_body_provides_for_several_councils_is_a_shared_service() -> None:
    body = (
        "Fenby Building Control Services provides planning checks for all four Marsh districts, and Wyvern "
        "Revenues Service delivers council tax billing on behalf of both councils. Fenby Leisure Services "
        "provides swimming lessons for local schools."
    )
    assert _rows(body) == {
        ("Fenby Building Control Services", None, "shared_service"),
        ("Wyvern Revenues Service", None, "shared_service"),
    }


def test_a_company_with_the_acronym_of_its_initials_at_a_sentence_start() -> None:
    body = (
        "Fenby Borough-wide Homes (FBH) expects to finish 40 homes this year. Adult Social Care Services (ACS) "
        "overspent."
    )
    assert _rows(body) == {("Fenby Borough-wide Homes", "FBH", "partner")}


def test_a_contractor_named_in_one_word_after_a_cue() -> None:
    body = (
        "Grounds maintenance is delivered by Greenwick under a contract to 2031. Parking is managed on the "
        "council's behalf by Parkline, whose contract ends next year."
    )
    assert _rows(body) == {("Greenwick", None, "partner"), ("Parkline", None, "partner")}


def test_a_month_a_department_or_people_after_a_cue_are_no_contractor() -> None:
    body = "The scheme will be delivered by March, run by Volunteers and managed by Finance until then."
    assert _rows(body) == set()
    body = "Each review is delivered by Peers, its findings are managed by Cabinet members and provided by Partners."
    assert _rows(body) == set()


def test_a_neighbour_named_in_one_word_after_a_shared_service_with() -> None:
    body = "The council has started a shared procurement service with Caxley. It shares services with Government."
    assert _rows(body) == {("Caxley", None, "partner")}


def test_a_shared_service_run_jointly_with_neighbours_is_found_by_both_its_forms() -> None:
    body = "Payroll is provided through the Joint Transactions Service (JTS), which it runs jointly with two districts."
    assert _rows(body) == {("Joint Transactions Service", "JTS", "shared_service")}


def test_a_shared_service_and_the_councils_after_its_collaboration_cue_are_all_found() -> None:
    body = (
        "Licensing is delivered through Shared Wyvern Licensing Services (SWLS), a collaboration with Fenby Council "
        "and Marsh District Council."
    )
    assert _rows(body) == {
        ("Shared Wyvern Licensing Services", "SWLS", "shared_service"),
        ("Fenby Council", None, "shared_service"),
        ("Marsh District Council", None, "shared_service"),
    }


# registered places' own spellings (real councils' places, in invented sentences)
@pytest.mark.parametrize(
    ("body", "names"),
    [
        (  # places listed after what the council shares with them
            "Partners praised the council's shared Fenby-wide legal arrangements with Wyre Forest, Redditch and the "
            "Vale of White Horse as a model for the region.",
            {"Wyre Forest", "Redditch", "Vale of White Horse"},
        ),
        (  # a service named after "shared" in lower case: the places are its members, not named as partners
            "Strengthen assurance through the shared Upper Fenby Internal Audit Service with Bromsgrove and Malvern "
            "Hills.",
            {"Upper Fenby Internal Audit Service"},
        ),
        (  # ... and so are those of a service named before "shared with"
            "Payroll is provided through Marsh Vale Services, shared with Bromsgrove and Redditch.",
            {"Marsh Vale Services"},
        ),
    ],
)
def test_a_shared_service_and_the_places_listed_after_what_is_shared_with_them(
    body: str, names: set[str]
) -> None:
    assert _rows(body) == {(name, None, "shared_service") for name in names}


def test_a_name_running_on_past_its_head_over_of_to_the_acronym_of_its_initials() -> None:
    body = "Reach small charities through the Marshshire Association of Community Groups (MACG) and its hubs."
    assert _rows(body) == {("Marshshire Association of Community Groups", "MACG", "partner")}
