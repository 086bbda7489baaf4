"""A refresh over the trap corpus (`tests.fixtures.trap_corpus`), alone and with the real reports of
../shared/corpus/real, exits 0, and every file ends up as a document or as a quarantine row with a reason."""

import shutil
from pathlib import Path

import duckdb
import pytest

from tests.conftest import REPO, run_cli
from tests.fixtures.trap_corpus import write_trap_corpus

REAL = REPO.parent / "shared" / "corpus" / "real"


def _accounted(warehouse: Path) -> tuple[set[str], dict[str, str]]:
    """The file names the published warehouse holds as documents, and the quarantined files' reasons."""
    with duckdb.connect(str(warehouse), read_only=True) as con:
        names = con.execute("select distinct unnest(file_names) from marts.documents").fetchall()
        quarantined = con.execute("select source_file, reason from marts.quarantine").fetchall()
    return {n for (n,) in names}, dict(quarantined)


def _refresh_accounts_for_every_file(inbox: Path, warehouse: Path) -> tuple[set[str], dict[str, str]]:
    result = run_cli("refresh", "--inbox", str(inbox), "--warehouse", str(warehouse), timeout=1500)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    documents, quarantined = _accounted(warehouse)
    files = {p.name for p in inbox.iterdir()}
    assert files - documents - set(quarantined) == set(), "files neither loaded nor quarantined"
    assert not documents & set(quarantined), "files both loaded and quarantined"
    assert all(reason and reason.strip() for reason in quarantined.values())
    return documents, quarantined


def test_a_refresh_over_the_trap_corpus_accounts_for_every_file(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    write_trap_corpus(inbox)
    documents, quarantined = _refresh_accounts_for_every_file(inbox, tmp_path / "wh.duckdb")
    assert len(documents) > 250  # the traps are reports: most of them load
    assert quarantined.get("trap_whitespace_only.txt") == "empty file"


@pytest.mark.skipif(not REAL.is_dir(), reason=f"the real reports are not here ({REAL} is missing)")
def test_a_refresh_over_the_real_reports_and_the_trap_corpus_accounts_for_every_file(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    write_trap_corpus(inbox)
    for path in REAL.iterdir():
        if path.is_file():
            shutil.copy(path, inbox / path.name)
    documents, _ = _refresh_accounts_for_every_file(inbox, tmp_path / "wh.duckdb")
    real_texts = {p.name for p in REAL.glob("*.txt")}
    assert real_texts <= documents  # every real report loads


def test_files_beyond_the_read_budget_are_quarantined_and_the_refresh_goes_on(tmp_path: Path) -> None:
    from tests.fixtures.bad_files import inflating_pdf
    from tests.fixtures.pdf_render import render_report_pdf

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    inflating_pdf(inbox / "unpacks_to_600mb.pdf", megabytes=600)
    (inbox / "two_megabytes.txt").write_bytes(b"Wyvern District Council saved \xc2\xa31m.\n" * 60_000)
    render_report_pdf("Borsetshire County Council\n\nGeneral reserves stand at £4.2m.\n", inbox / "good.pdf")
    (inbox / "good.txt").write_text("Tarnby City Council\n\nThe council saved £2.5m in 2024/25.\n")
    warehouse = tmp_path / "wh.duckdb"
    budget = {"COUNCILWH_READ_MEMORY_MB": "300", "COUNCILWH_READ_MAX_MB": "1"}
    result = run_cli("refresh", "--inbox", str(inbox), "--warehouse", str(warehouse), env=budget)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    documents, quarantined = _accounted(warehouse)
    assert documents == {"good.pdf", "good.txt"}
    assert "COUNCILWH_READ_MEMORY_MB" in quarantined["unpacks_to_600mb.pdf"]
    assert "COUNCILWH_READ_MAX_MB" in quarantined["two_megabytes.txt"]
    assert (warehouse.parent / "archive").is_dir() and len(
        list((warehouse.parent / "archive").iterdir())
    ) == 4


def test_file_names_that_are_not_utf8_load_and_refresh_like_any_other(tmp_path: Path) -> None:
    import os

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    odd = os.fsencode(inbox) + b"/Caf\xe9 review.txt"  # a cp1252 name, as an old Windows archive unpacks it
    text = "Wyvern District Council\n\nThe council delivered savings of £{}m in 2024/25.\n"
    with open(odd, "wb") as file:
        file.write(text.format("1.5").encode())
    (inbox / "line\nbreak.md").write_text(text.format("2.5").replace("Wyvern", "Tarnby"), encoding="utf-8")
    (inbox / "utf16.txt").write_bytes(text.format("3.5").replace("Wyvern", "Loamshire").encode("utf-16"))
    warehouse = tmp_path / "wh.duckdb"

    def refresh() -> str:
        result = run_cli("refresh", "--inbox", str(inbox), "--warehouse", str(warehouse))
        assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
        return result.stdout

    refresh()
    assert _accounted(warehouse) == ({"Caf\\xe9 review.txt", "line\nbreak.md", "utf16.txt"}, {})
    assert "unchanged" in refresh()
    with open(odd, "wb") as file:  # a new version under the same odd name replaces the old one
        file.write(text.format("1.9").encode())
    refresh()
    with duckdb.connect(str(warehouse), read_only=True) as con:
        saved = con.execute(
            "select source_file, amount_gbp from marts.savings where source_file like 'Caf%'"
        ).fetchall()
    assert [(name, float(amount)) for name, amount in saved] == [("Caf\\xe9 review.txt", 1_900_000.0)]


def test_links_that_lead_nowhere_a_fifo_and_an_outsized_text_are_quarantined_and_the_rest_loads(
    tmp_path: Path,
) -> None:
    import os

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "good.txt").write_text(
        "Tarnby City Council\n\nThe council delivered savings of £2.5m in 2024/25.\n"
    )
    (inbox / "a.txt").symlink_to(inbox / "b.txt")  # a loop stopped the refresh before anything was read
    (inbox / "b.txt").symlink_to(inbox / "a.txt")
    (inbox / "gone.pdf").symlink_to(tmp_path / "deleted.pdf")
    os.mkfifo(inbox / "pipe.md")
    (inbox / "short_lines.txt").write_bytes(b"a\n" * 1_500_000)  # 3 MB of lines, over a 1,000,000 budget
    warehouse = tmp_path / "wh.duckdb"
    result = run_cli(
        "refresh",
        "--inbox",
        str(inbox),
        "--warehouse",
        str(warehouse),
        env={"COUNCILWH_PARSE_MAX_CHARS": "1000000"},
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    documents, quarantined = _accounted(warehouse)
    assert documents == {"good.txt"}
    assert (
        quarantined["a.txt"] == quarantined["b.txt"] == "cannot read file: Too many levels of symbolic links"
    )
    assert quarantined["gone.pdf"] == "cannot read file: No such file or directory"
    assert quarantined["pipe.md"] == "cannot read file: not a regular file but a FIFO"
    assert quarantined["short_lines.txt"].startswith(
        "text of 3,000,000 characters is beyond the parse budget"
    )
