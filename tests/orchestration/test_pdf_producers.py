"""PDFs made by producers the project does not control give the same facts as the same reports as text.

The seeds and the real texts are rendered to PDF by LibreOffice (from a .docx), headless Chromium (from
HTML, with its default header and footer), fpdf2, and LibreOffice again as two-column pages; each producer's PDFs are built into one warehouse
and scored against the gold answers beside the texts built, in the same run, by the same code.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from ingest.read.report import read_report
from tests.fixtures.pdf_scoring import (
    GOLD,
    REAL,
    REAL_GOLD,
    SCORER,
    SEEDS,
    build,
    copy_texts,
    gold_for,
    quotes_on_their_pages,
    score,
)
from tests.fixtures.producers import PRODUCERS, render_folder, skip_if_missing

MARGIN = 0.02
pytestmark = pytest.mark.skipif(
    not (SCORER.exists() and REAL.exists()), reason="../shared (corpora, gold, scorer) is not beside the repo"
)
CORPORA = ("seeds", "real")


def _corpus() -> dict[str, tuple[Path, Path]]:
    """Every report stem with its corpus folder and its gold folder."""
    stems = {p.stem: (SEEDS, GOLD) for p in SEEDS.glob("*.txt")}
    return stems | {p.stem: (REAL, REAL_GOLD) for p in REAL.glob("*.txt")}


def _scores(warehouse: Path, gold: Path) -> dict[str, dict]:
    corpus = _corpus()
    return {
        name: score(warehouse, gold, sorted(s for s, (folder, _) in corpus.items() if folder == path))
        for name, path in (("seeds", SEEDS), ("real", REAL))
    }


@pytest.fixture(scope="module")
def text_scores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    folder = tmp_path_factory.mktemp("text")
    corpus = _corpus()
    inbox = copy_texts({stem: source for stem, (source, _) in corpus.items()}, folder / "inbox")
    gold = gold_for({stem: g for stem, (_, g) in corpus.items()}, folder / "gold", ".txt")
    return _scores(build(inbox, folder), gold)


# the three producers issue 14 asks for, and a two-column layout (LibreOffice from a .docx with two-column
# sections, justified text, words broken at line ends)
BUILT = (*PRODUCERS, "libreoffice_columns")


@pytest.fixture(scope="module", params=BUILT)
def producer_build(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> dict:
    """One producer's PDFs of both corpora, built into one warehouse and scored per corpus."""
    producer = request.param
    skip_if_missing(producer)
    folder = tmp_path_factory.mktemp(producer)
    corpus = _corpus()
    texts = {
        stem: (source / f"{stem}.txt").read_text(encoding="utf-8") for stem, (source, _) in corpus.items()
    }
    pdfs = render_folder(producer, texts, folder / "inbox")
    gold = gold_for({stem: g for stem, (_, g) in corpus.items()}, folder / "gold", ".pdf")
    warehouse = build(folder / "inbox", folder)
    return {"producer": producer, "pdfs": pdfs, "warehouse": warehouse, "scores": _scores(warehouse, gold)}


# Producers whose PDFs still miss the margin or the engines' parity, with why; the others must pass.
MARGIN_OPEN: dict[str, str] = {}
PARITY_OPEN: dict[str, str] = {
    "libreoffice_columns": "2 of 68 PDFs: LibreOffice's zero font-descriptor metrics on a page that mixes "
    "fonts, and a page whose text fills only the left column (no columns unfolded), so a justified line's wide "
    "word gap is a cell gap in one engine's character boxes and not the other's",
}


def _open(request: pytest.FixtureRequest, producer: str, reasons: dict[str, str]) -> None:
    """Mark this test an expected failure for a producer with a known open cause."""
    if producer in reasons:
        request.applymarker(pytest.mark.xfail(reason=reasons[producer], strict=False))


def test_every_producers_pdfs_score_within_two_points_of_the_text_on_every_mart(
    request: pytest.FixtureRequest, text_scores: dict, producer_build: dict
) -> None:
    _open(request, producer_build["producer"], MARGIN_OPEN)
    off = {
        (corpus, mart): round(mart_scores["f1"] - text_scores[corpus]["marts"][mart]["f1"], 3)
        for corpus in CORPORA
        for mart, mart_scores in producer_build["scores"][corpus]["marts"].items()
    }
    assert {key: d for key, d in off.items() if d < -MARGIN} == {}, producer_build["producer"]


def test_page_numbers_point_at_the_page_holding_the_quote(producer_build: dict) -> None:
    rows = quotes_on_their_pages(producer_build["warehouse"])
    assert len(rows) > 20 and any(page > 1 for _, page in rows)
    assert sum(on_page for on_page, _ in rows) >= 0.95 * len(rows), producer_build["producer"]


def test_the_pdfium_engine_reads_the_same_pages_as_pdfminer(
    request: pytest.FixtureRequest, producer_build: dict
) -> None:
    _open(request, producer_build["producer"], PARITY_OPEN)
    with duckdb.connect(str(producer_build["warehouse"]), read_only=True) as con:
        stored = con.execute("select source_file, page_number, text from raw.pages order by 1, 2").fetchall()
    pdfminer: dict[str, list[str]] = {}
    for source_file, _, text in stored:
        pdfminer.setdefault(source_file, []).append(text)
    differ = [
        path.name
        for path in producer_build["pdfs"].values()
        if read_report(path, engine="pdfium").pages != pdfminer.get(path.name)
    ]
    assert differ == [], producer_build["producer"]
