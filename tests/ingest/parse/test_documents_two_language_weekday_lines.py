"""A minute's date line printed in two languages ("Dydd Iau, 5 Mawrth 2026 / Thursday, 5 March 2026") (invented
text, fictional council)."""

import datetime as dt

from ingest.parse.documents import parse_documents
from tests.fixtures.councils import invented_register
from tests.fixtures.docs import make_docs


def _facts(text: str) -> dict:
    return parse_documents(make_docs(text), invented_register()).collect().to_dicts()[0]


def test_a_minutes_date_line_in_two_languages() -> None:
    text = (
        "CYNGOR SIR FFENBI\nFENBY COUNTY COUNCIL\n\nCOFNODION Y CABINET / MINUTES OF THE CABINET\n\n"
        "Dydd Iau, 5 Mawrth 2026 / Thursday, 5 March 2026\n"
        "Siambr y Cyngor / Council Chamber\n\n"
        "PRESENT: Councillor Ann Bell (Chair).\n\n"
        "21. TREASURY MANAGEMENT\n\nThe Cabinet noted the report.\n"
    )
    assert _facts(text)["document_date"] == dt.date(2026, 3, 5)
