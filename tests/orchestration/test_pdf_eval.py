"""PDF reports give the same facts as their text: the seed reports rendered to A4 PDFs (running header,
page numbers, bold leads, bullet glyphs, tables in columns) score within 0.02 of the text on every mart."""

import json
import shutil
import subprocess
from pathlib import Path

import duckdb
import pytest

from tests.fixtures.pdf_render import render_report_pdf
from tests.fixtures.pdf_scoring import GOLD, SCORER, SEEDS, quotes_on_their_pages
from tests.fixtures.pdf_scoring import build_and_score as _build_and_score

pytestmark = pytest.mark.skipif(
    not SCORER.exists(), reason="../shared (seed reports, gold, scorer) is not beside the repo"
)


@pytest.fixture(scope="module")
def text_scores(tmp_path_factory: pytest.TempPathFactory) -> dict:
    return _build_and_score(SEEDS, GOLD, tmp_path_factory.mktemp("text"))[1]


@pytest.fixture(scope="module")
def pdf_corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("pdf_corpus")
    inbox, gold = folder / "inbox", folder / "gold"
    inbox.mkdir()
    gold.mkdir()
    for seed in sorted(SEEDS.glob("*.txt")):
        render_report_pdf(
            seed.read_text(encoding="utf-8"), inbox / f"{seed.stem}.pdf", header="Report – for publication"
        )
        answer = json.loads((GOLD / f"{seed.stem}.json").read_text())
        (gold / f"{seed.stem}.json").write_text(json.dumps({**answer, "source_file": f"{seed.stem}.pdf"}))
    return inbox, gold


@pytest.fixture(scope="module")
def pdf_build(tmp_path_factory: pytest.TempPathFactory, pdf_corpus: tuple[Path, Path]) -> tuple[Path, dict]:
    return _build_and_score(*pdf_corpus, tmp_path_factory.mktemp("pdf"))


@pytest.fixture(scope="module")
def pdfium_build(
    tmp_path_factory: pytest.TempPathFactory, pdf_corpus: tuple[Path, Path]
) -> tuple[Path, dict]:
    return _build_and_score(*pdf_corpus, tmp_path_factory.mktemp("pdfium"), "--pdf-engine", "pdfium")


def test_pdf_built_warehouse_scores_within_two_points_of_the_text_on_every_mart(
    text_scores: dict, pdf_build
) -> None:
    _, pdf_scores = pdf_build
    for mart, text in text_scores["marts"].items():
        assert abs(pdf_scores["marts"][mart]["f1"] - text["f1"]) <= 0.02, mart


def test_the_pdfium_engine_scores_within_a_point_of_pdfminer_on_every_mart(pdf_build, pdfium_build) -> None:
    (_, pdfminer_scores), (warehouse, pdfium_scores) = pdf_build, pdfium_build
    for mart, scores in pdfminer_scores["marts"].items():
        assert abs(pdfium_scores["marts"][mart]["f1"] - scores["f1"]) <= 0.01, mart
    with duckdb.connect(str(warehouse), read_only=True) as con:
        versions = {
            v for (v,) in con.execute("select distinct parser_version from marts.documents").fetchall()
        }
    assert versions and all("+pdfium." in v for v in versions)


def test_page_numbers_point_at_the_page_holding_the_quote(pdf_build) -> None:
    rows = quotes_on_their_pages(pdf_build[0])
    assert len(rows) > 20 and any(page > 1 for _, page in rows)
    assert sum(on_page for on_page, _ in rows) >= 0.95 * len(rows)


@pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed on this machine"
)
def test_a_pdf_exported_by_libreoffice_is_read(tmp_path: Path) -> None:
    source = tmp_path / "report.txt"
    source.write_text(
        "Corporate Peer Challenge Tarnby City Council\n\nThe council delivered savings of £3.2m in 2019/20.\n"
    )
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(source)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    from ingest.read.pdf_pdfminer import extract_pdf_pages

    assert "£3.2m" in extract_pdf_pages((tmp_path / "report.pdf").read_bytes())[0]
