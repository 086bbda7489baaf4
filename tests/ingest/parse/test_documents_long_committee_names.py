"""A meeting's date after a committee's long name on the report's second line (invented texts, fictional
councils)."""

import datetime as dt

from ingest.parse.documents import parse_documents
from tests.fixtures.councils import invented_register
from tests.fixtures.docs import make_docs


def _facts(text: str) -> dict:
    return parse_documents(make_docs(text), invented_register()).collect().to_dicts()[0]


def test_a_long_committee_name_with_its_date_under_the_council() -> None:
    text = (
        "Wyvern District Council\nHousing and Communities Overview and Scrutiny Committee – 3 March 2026\n\n"
        "Revenue Monitoring – Quarter 3 2025/26\n\n1. Purpose\n\nThis report sets out the forecast outturn.\n"
    )
    assert _facts(text)["document_date"] == dt.date(2026, 3, 3)
