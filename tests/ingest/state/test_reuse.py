"""What a refresh may reuse: documents parsed from the same content under the same parser version."""

from pathlib import Path

import polars as pl
import pytest

from ingest.raw import schemas
from ingest.read.report import extractor_id
from ingest.state.reuse import reusable_ids


def test_rows_are_reused_only_under_the_same_parser_and_pdf_engine() -> None:
    pdfminer = schemas.document_parser_version(extractor_id(Path("r.pdf"), "pdfminer"))
    pdfium = schemas.document_parser_version(extractor_id(Path("r.pdf"), "pdfium"))
    text = schemas.document_parser_version(extractor_id(Path("r.txt"), "pdfium"))
    assert pdfminer != pdfium and text == schemas.document_parser_version(extractor_id(Path("r.md")))
    previous = pl.DataFrame(
        {
            "document_id": ["pdf1", "pdf2", "txt1", "gone"],
            "parser_version": [pdfminer, pdfminer, text, text],
            "is_removed": [False, False, False, True],
        }
    )
    current = {"pdf1": pdfminer, "pdf2": pdfium, "txt1": text, "gone": text, "new": text}
    assert reusable_ids(previous, current) == {"pdf1", "txt1"}


def test_an_unknown_pdf_engine_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown PDF engine"):
        extractor_id(Path("r.pdf"), "acrobat")
