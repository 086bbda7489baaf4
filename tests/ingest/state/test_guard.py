"""A refresh that would lose data by mistake is refused: missing, unreadable or empty inbox, or too many
published documents marked removed. Real files and a real DuckDB warehouse (raw tables only)."""

import os
from pathlib import Path

import pytest

from ingest.refresh import IngestSettings, ingest_inbox
from ingest.state.fingerprint import inbox_state
from ingest.state.guard import RefreshRefused, check_removals, readable_inbox_files
from ingest.state.warehouse_file import publish

REPORTS = {
    f"{council.lower()}_review.md": f"# {council} District Council: progress review\n\nSavings of £{n}.2m.\n"
    for n, council in enumerate(["Wyvern", "Borsetshire", "Midsomer", "Barsetshire"], start=1)
}


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A published warehouse (raw tables) of four invented reports."""
    root = tmp_path_factory.mktemp("guard")
    inbox = root / "inbox"
    inbox.mkdir()
    for name, text in REPORTS.items():
        (inbox / name).write_text(text, encoding="utf-8")
    warehouse = root / "warehouse.duckdb"
    ingest_inbox(IngestSettings(inbox=inbox, warehouse=warehouse), root / "build.duckdb", "test")
    publish(root / "build.duckdb", warehouse)
    return warehouse


def _inbox(tmp_path: Path, files: dict[str, str]) -> list[tuple[str, str | None]]:
    tmp_path.mkdir(exist_ok=True)
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return inbox_state(readable_inbox_files(tmp_path), tmp_path)


@pytest.mark.parametrize("case", ["missing", "a file", "empty", "hidden files only"])
def test_an_inbox_with_nothing_to_read_is_refused(tmp_path: Path, case: str) -> None:
    inbox = tmp_path / "inbox"
    if case == "a file":
        inbox.write_text("not a folder")
    elif case != "missing":
        inbox.mkdir()
        if case == "hidden files only":
            (inbox / ".DS_Store").write_bytes(b"x")
    with pytest.raises(RefreshRefused, match="published warehouse was left as it was"):
        readable_inbox_files(inbox)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any folder")
def test_an_unreadable_inbox_is_refused(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.md").write_text("x")
    inbox.chmod(0)
    try:
        with pytest.raises(RefreshRefused, match="cannot be read"):
            readable_inbox_files(inbox)
    finally:
        inbox.chmod(0o755)


def test_removing_more_than_half_of_the_published_documents_is_refused(
    published: Path, tmp_path: Path
) -> None:
    state = _inbox(tmp_path, {"wyvern_review.md": REPORTS["wyvern_review.md"]})
    with pytest.raises(RefreshRefused, match="3 of the 4 published documents") as refused:
        check_removals(published, state)
    assert "--allow-removals" in str(refused.value)
    assert check_removals(published, state, allow_removals=True) == 3


def test_removing_every_document_is_refused_whatever_the_share(published: Path, tmp_path: Path) -> None:
    state = _inbox(tmp_path, {"other.md": "# Ambridge Parish Council\n\nA new report.\n"})
    with pytest.raises(RefreshRefused, match="all of them"):
        check_removals(published, state, max_removed_share=1.0)


def test_half_removed_renamed_or_replaced_files_pass(published: Path, tmp_path: Path) -> None:
    files = {
        "wyvern_review.md": REPORTS["wyvern_review.md"] + "\nA later version under the same name.\n",
        "borsetshire_renamed.md": REPORTS["borsetshire_review.md"],  # same content, new name
        "new_report.md": "# Ambridge Parish Council\n\nA new report.\n",
    }
    assert check_removals(published, _inbox(tmp_path, files)) == 2  # midsomer and barsetshire: 2 of 4


def test_a_first_refresh_has_nothing_to_remove(tmp_path: Path) -> None:
    state = _inbox(tmp_path / "inbox", {"a.md": "# Wyvern District Council\n"})
    assert check_removals(tmp_path / "none.duckdb", state) == 0
