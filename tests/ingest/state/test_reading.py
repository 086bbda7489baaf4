"""Reading an inbox in bounded batches (`ingest.state.reading`)."""

from pathlib import Path

from ingest.read.inbox import list_report_files
from ingest.read.report import hash_bytes
from ingest.state.reading import read_batches, scan_inbox, text_chars

REPORT = (
    "Wyvern District Council\nCorporate Peer Challenge\nGeneral reserves stood at £{n}.2m in March 2024.\n"
)


def _inbox(tmp_path: Path) -> Path:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for n in range(6):
        (inbox / f"wyvern_{n}.txt").write_text(REPORT.format(n=n), encoding="utf-8")
    (inbox / "zz_copy_of_0.txt").write_text(REPORT.format(n=0), encoding="utf-8")  # the same content again
    (inbox / "minutes.docx").write_bytes(b"PK\x03\x04")
    (inbox / "blank.txt").write_text("", encoding="utf-8")
    return inbox


def test_batches_stay_under_their_size_and_keep_the_files_of_one_content_together(tmp_path: Path) -> None:
    inbox = _inbox(tmp_path)
    size = len(REPORT.format(n=0))
    scan = scan_inbox(list_report_files(inbox), tmp_path / "archive")
    batches = list(read_batches(scan, workers=1, batch_chars=2 * size))
    assert [len({r.content_hash for r in b.reports}) for b in batches] == [2, 2, 2]
    for batch in batches:
        assert sum(text_chars(r) for r in {r.content_hash: r for r in batch.reports}.values()) <= 2 * size
    first = hash_bytes((inbox / "wyvern_0.txt").read_bytes())
    copies = [[r.source_file for r in b.reports if r.content_hash == first] for b in batches]
    assert copies[0] == ["wyvern_0.txt", "zz_copy_of_0.txt"] and copies[1:] == [[], []]
    reasons = {row["source_file"]: row["reason"] for b in batches for row in b.quarantine}
    assert reasons == {"minutes.docx": "unsupported file type '.docx'", "blank.txt": "empty file"}
    assert "minutes.docx" in {row["source_file"] for row in batches[-1].quarantine}  # the scan's, last
    whole = list(read_batches(scan_inbox(list_report_files(inbox)), workers=1))
    assert len(whole) == 1
    assert sorted(r.source_file for r in whole[0].reports) == sorted(
        r.source_file for b in batches for r in b.reports
    )


def test_a_scan_keeps_no_file_bytes(tmp_path: Path) -> None:
    scan = scan_inbox(list_report_files(_inbox(tmp_path)))
    assert len(scan.pending) == 8 and scan.files == 9
    assert all(not isinstance(value, bytes) for file in scan.pending for value in vars(file).values())


def test_an_empty_inbox_gives_one_empty_batch(tmp_path: Path) -> None:
    batches = list(read_batches(scan_inbox([]), batch_chars=10))
    assert len(batches) == 1 and batches[0].reports == [] and batches[0].quarantine == []
