"""Every kind of bad file becomes a quarantine row with a reason; the good files still come through."""

from pathlib import Path

import pytest

from ingest.read.inbox import list_report_files
from ingest.refresh import read_reports
from tests.fixtures.bad_files import encrypted_pdf, image_only_pdf, long_pdf, truncated_pdf

GOOD = "Corporate Peer Challenge\n\nThe council delivered savings of £4.2m in 2019/20.\n"


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "zero.pdf").write_bytes(b"")
    (folder / "random.pdf").write_bytes(bytes(range(256)) * 8)
    (folder / "page.pdf").write_text("<html><body>Not found</body></html>", encoding="utf-8")
    encrypted_pdf(folder / "locked.pdf")
    image_only_pdf(folder / "scan.pdf")
    truncated_pdf(folder / "cut.pdf")
    long_pdf(folder / "long.pdf", pages=30)
    (folder / "notes.docx").write_bytes(b"PK\x03\x04 word document")
    (folder / "latin.txt").write_bytes("Corporate Peer Challenge: reserves of £5m – café".encode("cp1252"))
    return folder


def test_each_bad_file_is_quarantined_with_its_reason(inbox: Path) -> None:
    result = read_reports(list_report_files(inbox), max_pages=20)
    reasons = {row["source_file"]: row["reason"] for row in result.quarantine}
    assert reasons["zero.pdf"] == "empty file"
    assert reasons["random.pdf"].startswith("broken PDF")
    assert reasons["page.pdf"].startswith("broken PDF")
    assert reasons["locked.pdf"].startswith("encrypted PDF")
    assert reasons["scan.pdf"].startswith("unreadable PDF: no text layer")
    assert reasons["cut.pdf"].startswith("broken PDF")
    assert reasons["long.pdf"] == "more than 20 pages"
    assert reasons["notes.docx"] == "unsupported file type '.docx'"
    assert set(reasons) == {
        "zero.pdf",
        "random.pdf",
        "page.pdf",
        "locked.pdf",
        "scan.pdf",
        "cut.pdf",
        "long.pdf",
        "notes.docx",
    }


def test_good_files_come_through_beside_the_bad_ones(inbox: Path) -> None:
    result = read_reports(list_report_files(inbox), max_pages=20)
    assert sorted(r.source_file for r in result.reports) == ["good.txt", "latin.txt"]


def test_text_in_cp1252_is_read_with_a_warning(inbox: Path) -> None:
    result = read_reports([inbox / "latin.txt"])
    report = result.reports[0]
    assert "café" in report.pages[0] and "£5m –" in report.pages[0]
    assert report.warnings == ["decoding: not UTF-8, read as cp1252"]


def test_owner_password_only_pdf_is_read(tmp_path: Path) -> None:
    path = encrypted_pdf(tmp_path / "owner_only.pdf", user_password="")
    result = read_reports([path])
    assert result.quarantine == []
    assert "£3m" in result.reports[0].pages[0]


def test_pdfs_are_extracted_in_parallel_with_the_same_result(tmp_path: Path) -> None:
    paths = [long_pdf(tmp_path / f"r{n}.pdf", pages=3) for n in range(3)]
    serial = read_reports(paths, workers=1)
    parallel = read_reports(paths, workers=2)
    assert [r.pages for r in serial.reports] == [r.pages for r in parallel.reports]
