"""Reading an inbox in bounded batches (`ingest.state.reading`)."""

from pathlib import Path

from ingest.raw import schemas
from ingest.read.inbox import list_report_files
from ingest.read.report import DEFAULT_PDF_ENGINE, extractor_id, hash_bytes
from ingest.state.incremental import KeptDocument
from ingest.state.reading import CHANGED_WHILE_READ, read_batches, scan_inbox, text_chars

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


def _kept(paths: list[Path]) -> dict[str, KeptDocument]:
    """Each file as a published document (as an incremental build would find it)."""
    return {
        hash_bytes(p.read_bytes()): KeptDocument(
            schemas.document_parser_version(extractor_id(p, DEFAULT_PDF_ENGINE)), p.name, str(p), 60
        )
        for p in paths
    }


def test_a_published_document_hashed_by_the_inbox_check_is_not_read_again(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for n in range(3):
        (inbox / f"tarnmoor_{n}.txt").write_text(REPORT.format(n=n), encoding="utf-8")
    paths = list_report_files(inbox)
    archive = tmp_path / "archive"
    kept = _kept(paths[:2])  # the third is new
    checked = {p: hash_bytes(p.read_bytes()) for p in paths}  # what the inbox check hashed
    first = scan_inbox(paths, archive, keep=kept, hashes=checked)
    assert sorted(f.path.name for f in first.known) == ["tarnmoor_0.txt", "tarnmoor_1.txt"]
    assert [f.path.name for f in first.pending] == ["tarnmoor_2.txt"]

    # the bytes now differ from what the check hashed: a kept file whose archive copy exists is taken from
    # the check's hash (its bytes are not read); one without an archive copy, and a new file, are read
    (inbox / "tarnmoor_0.txt").write_text(REPORT.format(n=7), encoding="utf-8")
    (archive / checked[paths[1]]).unlink()
    (inbox / "tarnmoor_1.txt").write_text(REPORT.format(n=8), encoding="utf-8")
    (inbox / "tarnmoor_2.txt").write_text(REPORT.format(n=9), encoding="utf-8")
    second = scan_inbox(paths, archive, keep=kept, hashes=checked)
    assert [(f.path.name, f.content_hash) for f in second.known] == [("tarnmoor_0.txt", checked[paths[0]])]
    assert second.known[0].size_bytes == paths[0].stat().st_size
    assert {f.path.name: f.content_hash for f in second.pending} == {
        "tarnmoor_1.txt": hash_bytes(paths[1].read_bytes()),
        "tarnmoor_2.txt": hash_bytes(paths[2].read_bytes()),
    }
    assert (archive / hash_bytes(paths[1].read_bytes())).exists()  # read, so archived again

    # without the check's hashes every file is read and hashed
    third = scan_inbox(paths, archive, keep=kept)
    assert third.known == [] and len(third.pending) == 3


def test_a_kept_document_under_an_older_parser_version_is_read_again(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    path = inbox / "tarnmoor.txt"
    path.write_text(REPORT.format(n=1), encoding="utf-8")
    digest = hash_bytes(path.read_bytes())
    kept = {digest: KeptDocument("an older parser", path.name, str(path), 60)}
    scan = scan_inbox([path], tmp_path / "archive", keep=kept, hashes={path: digest})
    assert scan.known == [] and [f.path for f in scan.pending] == [path]


def test_a_file_changed_between_its_hashing_and_its_reading_is_quarantined_not_misfiled(
    tmp_path: Path,
) -> None:
    inbox = _inbox(tmp_path)
    scan = scan_inbox(list_report_files(inbox), tmp_path / "archive")
    (inbox / "wyvern_3.txt").write_text(REPORT.format(n=9), encoding="utf-8")  # after the scan hashed it
    [batch] = list(read_batches(scan, workers=1))
    reasons = {row["source_file"]: (row["reason"], row["content_hash"]) for row in batch.quarantine}
    hashed = next(f.content_hash for f in scan.pending if f.path.name == "wyvern_3.txt")
    assert reasons["wyvern_3.txt"] == (CHANGED_WHILE_READ, hashed)  # under the content it archived
    assert "wyvern_3.txt" not in {r.source_file for r in batch.reports}
    assert len(batch.reports) == 6  # the rest of the inbox is read as usual
