from pathlib import Path

import pytest

from ingest.read import report
from ingest.read.errors import UnreadableReport
from ingest.read.report import decode_text, normalise_text, read_report


def test_read_report_reads_markdown_as_one_page(tmp_path: Path) -> None:
    path = tmp_path / "report.md"
    path.write_text("# Corporate Peer Challenge\r\nSavings of £2.5m  \r\n", encoding="utf-8")
    report = read_report(path)
    assert report.format == "md"
    assert report.pages == ["# Corporate Peer Challenge\nSavings of £2.5m\n"]
    assert len(report.content_hash) == 64
    assert report.source_file == "report.md"


def test_normalise_text_expands_ligatures_and_non_breaking_spaces() -> None:
    assert normalise_text("e\ufb03cient\u00a0£3m") == "efficient £3m"


def test_decode_text_falls_back_to_cp1252_with_a_warning() -> None:
    text, warnings = decode_text("£4m – savings".encode("cp1252"))
    assert text == "£4m – savings"
    assert warnings == ["decoding: not UTF-8, read as cp1252"]


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.md", b"  \n\n ", "empty file"),
        ("notes.docx", b"PK\x03\x04", "unsupported file type '.docx'"),
        ("binary.txt", b"\x00\x01\x02abc", "binary content in a text file"),
        ("random.pdf", b"%PDF-1.4 this is not really a pdf" * 3, "broken PDF"),
        ("saved_as.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "a PDF under a text file's name ('.txt')"),
        ("saved_as.md", b"\n  %PDF-1.4\n", "a PDF under a text file's name ('.md')"),
    ],
)
def test_read_report_refuses_bad_files_with_a_reason(
    tmp_path: Path, name: str, data: bytes, reason: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(UnreadableReport, match=reason.replace("(", r"\(").replace(")", r"\)")):
        read_report(path)


def test_invisible_formatting_characters_never_split_a_figure() -> None:
    assert normalise_text("Savings of £4\u200b.2m were deli\u00advered by Wyvern\ufeff.") == (
        "Savings of £4.2m were delivered by Wyvern."
    )


def test_the_extraction_cache_version_covers_every_module_that_shapes_page_texts() -> None:
    package = Path(report.__file__).resolve().parent
    sources = {p.relative_to(package).as_posix() for p in report.extraction_sources()}
    modules = {p.name for p in package.glob("*.py")} - report.NOT_EXTRACTION
    assert modules <= sources and {"report.py", "pdf_pdfium.py", "pdf_pdfminer.py"} <= sources
    assert {"data/hyphen_compounds.csv"} <= sources and "inbox.py" not in sources


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_wide_encoded_text_is_read_by_its_byte_order_mark_or_its_nul_bytes(
    tmp_path: Path, encoding: str
) -> None:
    # Windows tools save "Unicode" text as UTF-16, with a byte order mark or (less often) without one
    path = tmp_path / "minutes.txt"
    path.write_bytes("Ambridge Parish Council\r\nReserves of £0.3m – unchanged.\r\n".encode(encoding))
    assert read_report(path).pages == ["Ambridge Parish Council\nReserves of £0.3m – unchanged.\n"]


def test_a_byte_order_mark_before_bytes_that_are_not_its_encoding_is_a_reason(tmp_path: Path) -> None:
    path = tmp_path / "cut.txt"
    path.write_bytes(b"\xff\xfe" + "Tarnby".encode("utf-16-le") + b"\x00\xd8")  # a lone high surrogate
    with pytest.raises(UnreadableReport, match=r"not valid UTF-16 text"):
        read_report(path)


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("plain.txt", "plain.txt"),
        ("Café budget.md", "Café budget.md"),
        (b"Caf\xe9 budget.md".decode("utf-8", "surrogateescape"), "Caf\\xe9 budget.md"),  # a cp1252 name
        ("lone\ud800.txt", "lone\\ud800.txt"),  # a surrogate no byte escapes to
    ],
)
def test_file_names_are_held_as_text_the_warehouse_can_store(tmp_path: Path, name: str, shown: str) -> None:
    assert report.path_text(name) == shown
    assert report.path_text(tmp_path / name) == f"{tmp_path}/{shown}"
    shown.encode("utf-8")  # what Polars and DuckDB require
