"""Read one report file (PDF, plain text, markdown) into normalised page texts.

Every failure a file can have is an `UnreadableReport` with a reason the quarantine records.
"""

from __future__ import annotations

import codecs
import errno
import hashlib
import os
import stat
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from ingest.read.budget import too_long_reason
from ingest.read.errors import UnreadableReport
from ingest.read.paragraphs import unwrap_text

SUPPORTED_FORMATS = {".pdf": "pdf", ".txt": "txt", ".md": "md", ".markdown": "md"}
PAGE_SEPARATOR = "\n\n"
PDF_ENGINES = ("pdfminer", "pdfium")  # pdfminer.six (default) or pypdfium2 (optional, faster)
DEFAULT_PDF_ENGINE = "pdfminer"


NOT_EXTRACTION = frozenset(
    {"__init__.py", "inbox.py", "budget.py"}
)  # files of the package that do not shape page texts


def extraction_sources() -> list[Path]:
    """Every file of this package that shapes the page texts: its modules (but the inbox listing) and
    their data files. A glob, not a list, so a new module can never be left out of the cache's version."""
    package = Path(__file__).resolve().parent
    modules = [p for p in package.glob("*.py") if p.name not in NOT_EXTRACTION]
    return sorted(modules + list(package.glob("data/*.csv")))


def _extractor_version() -> str:
    """A digest of the code that turns files into page texts, so cached texts never outlive it."""
    digest = hashlib.sha256()
    for path in extraction_sources():
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:10]


EXTRACTOR_VERSION = _extractor_version()


def extractor_id(path: Path, engine: str = DEFAULT_PDF_ENGINE) -> str:
    """What reads this file into text: the PDF engine or plain decoding, with the extraction code's version."""
    if engine not in PDF_ENGINES:
        raise ValueError(f"unknown PDF engine {engine!r}; choose one of {', '.join(PDF_ENGINES)}")
    kind = engine if path.suffix.lower() == ".pdf" else "text"
    return f"{kind}.{EXTRACTOR_VERSION}"


@dataclass
class ReportText:
    """The text of one report file, page by page, with its file facts."""

    path: Path
    content_hash: str
    format: str
    size_bytes: int
    pages: list[str]
    warnings: list[str] = field(default_factory=list)
    extractor: str = ""  # `extractor_id` of what read it

    @property
    def source_file(self) -> str:
        """The file's name, as the marts show it."""
        return path_text(self.path.name)

    @property
    def file_path(self) -> str:
        """The file's path, as the marts show it."""
        return path_text(self.path)


def path_text(path: str | Path) -> str:
    """A file's name or path as text the warehouse can hold. A name whose bytes are not UTF-8 (a folder
    unpacked from an old Windows archive, say) comes from the file system with each such byte as a lone
    surrogate, which Polars and DuckDB refuse: those bytes are shown as `\\xNN` instead."""
    text = str(path)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        try:
            return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
        except UnicodeEncodeError:  # a surrogate that is no escaped byte
            return text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text


def hash_bytes(data: bytes) -> str:
    """Return the content hash used as `document_id` (sha256, hex)."""
    return hashlib.sha256(data).hexdigest()


def open_regular(path: Path) -> BinaryIO:
    """Open a file to read its bytes, if it is a regular file. The open never waits (a FIFO put in the
    inbox, or swapped in for a file after the listing, would block an ordinary open until someone writes to
    it); a FIFO, a device or a folder reached through a link is refused with an OSError saying so."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            kinds = {stat.S_IFDIR: "a folder", stat.S_IFIFO: "a FIFO", stat.S_IFCHR: "a device"}
            kind = kinds.get(stat.S_IFMT(mode), "a device" if stat.S_ISBLK(mode) else "a special file")
            raise OSError(errno.EINVAL, f"not a regular file but {kind}")
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def hash_file(path: Path) -> str:
    """`hash_bytes` of a file's bytes, read a block at a time (a large file is never all in memory)."""
    with open_regular(path) as file:
        return hashlib.file_digest(file, "sha256").hexdigest()


INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))  # soft hyphen, zero-width, BOM


def normalise_text(text: str) -> str:
    """NFKC (ligatures, non-breaking spaces), no invisible formatting characters (a zero-width space inside
    '£4\u200b.2m' would cut the figure), unified line ends, no trailing blanks on lines."""
    text = unicodedata.normalize("NFKC", text).translate(INVISIBLE).replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.rstrip() for line in text.split("\n"))


# byte order marks of the wide encodings (UTF-32's first: it starts with UTF-16's), and the decoder of each
WIDE_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
SNIFF_BYTES = 4096  # how much of a text file is looked at for NUL bytes


def _wide_encoding(data: bytes) -> str | None:
    """UTF-16 or UTF-32 by a byte order mark; UTF-16 without one where every other byte of the start is
    NUL (ASCII text in UTF-16, as some Windows tools save it); None for anything else."""
    for bom, encoding in WIDE_BOMS:
        if data.startswith(bom):
            return encoding
    head = data[: SNIFF_BYTES - SNIFF_BYTES % 2]
    even, odd = head[0::2], head[1::2]
    if len(head) >= 2 and odd.count(0) >= 0.9 * len(odd) and even.count(0) == 0:
        return "utf-16-le"
    if len(head) >= 2 and even.count(0) >= 0.9 * len(even) and odd.count(0) == 0:
        return "utf-16-be"
    return None


def decode_text(data: bytes) -> tuple[str, list[str]]:
    """Decode text bytes as UTF-16 or UTF-32 where they say so (a byte order mark, or UTF-16's NUL bytes),
    else as UTF-8, else cp1252, else latin-1, with a warning on fallback.

    Args:
        data: the file's bytes.

    Returns:
        The decoded text and the warnings raised while decoding.

    Raises:
        UnreadableReport: NUL bytes in a file that is no wide-encoded text (binary content).
    """
    wide = _wide_encoding(data)
    if wide is not None:
        try:
            return data.decode(wide), []
        except UnicodeDecodeError as exc:
            raise UnreadableReport(f"not valid {wide.upper()} text ({exc.reason})") from exc
    if b"\x00" in data[:SNIFF_BYTES]:
        raise UnreadableReport("binary content in a text file")
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        pass
    for encoding in ("cp1252", "latin-1"):
        try:
            return data.decode(encoding), [f"decoding: not UTF-8, read as {encoding}"]
        except UnicodeDecodeError:
            continue
    raise UnreadableReport("not text in any supported encoding")  # latin-1 never fails; kept for safety


def file_format(path: Path) -> str:
    """Return the format name for a supported file, else raise `UnreadableReport`."""
    fmt = SUPPORTED_FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise UnreadableReport(f"unsupported file type '{path.suffix or '(none)'}'")
    return fmt


def read_report(
    path: Path,
    data: bytes | None = None,
    max_pages: int = 400,
    engine: str = DEFAULT_PDF_ENGINE,
    max_seconds: float = 120.0,
    max_chars: int | None = None,
) -> ReportText:
    """Read one report into normalised pages.

    Args:
        path: the report file.
        data: its bytes if already read (the caller hashes and archives them first).
        max_pages: PDFs longer than this are refused.
        engine: the PDF engine, one of `PDF_ENGINES`.
        max_seconds: a PDF whose extraction takes longer is refused (checked between pages).
        max_chars: a longer text is refused before it is normalised (the parse budget's limit; None: none).

    Returns:
        The report's text and facts.

    Raises:
        UnreadableReport: empty, unsupported, undecodable, encrypted, scanned or broken files.
    """
    fmt = file_format(path)
    extractor = extractor_id(path, engine)
    if data is None:
        try:
            with open_regular(path) as file:
                data = file.read()
        except OSError as exc:
            raise UnreadableReport(f"cannot read file: {exc.strerror or exc}") from exc
    if not data.strip():
        raise UnreadableReport("empty file")
    warnings: list[str] = []
    if fmt == "pdf" and engine == "pdfium":
        from ingest.read.pdf_pdfium import extract_pdf_pages_pdfium

        pages = extract_pdf_pages_pdfium(data, max_pages=max_pages, max_seconds=max_seconds)
    elif fmt == "pdf":
        from ingest.read.pdf_pdfminer import extract_pdf_pages

        pages = extract_pdf_pages(data, max_pages=max_pages, max_seconds=max_seconds)
    else:
        if data.lstrip(b"\xef\xbb\xbf \t\r\n")[:5] == b"%PDF-":  # read as text it would load as garbage
            raise UnreadableReport(
                f"a PDF under a text file's name ('{path.suffix}'): rename it .pdf to have it read"
            )
        text, warnings = decode_text(data)
        pages = [text]
    chars = sum(map(len, pages))
    if max_chars is not None and chars > max_chars:  # before the copies normalising makes, line by line
        raise UnreadableReport(too_long_reason(chars, max_chars))
    pages = [normalise_text(p) for p in pages]
    if fmt != "pdf":  # a text saved at a fixed width: one paragraph per line, as the PDF readers give
        pages = [unwrap_text(p) for p in pages]
    if not any(p.strip() for p in pages):
        raise UnreadableReport("no text")
    return ReportText(path, hash_bytes(data), fmt, len(data), pages, warnings, extractor)
