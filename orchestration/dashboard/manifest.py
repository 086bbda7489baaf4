"""Which council pages of the previous build can be kept: a hash of each page's input in a small manifest.

A council page is a function of its council's rows (`pages.council_frames`), the links of its reports and
the dashboard's code. The build hashes exactly that for every council and writes the hashes, with a hash of
each page's bytes, to `manifest.json` in the dashboard folder. The next build renders only the councils
whose input hash changed (or whose old page is missing or not the bytes the manifest recorded) and copies
the rest, so after any sequence of adds, changes and removals the folder is the one a full build writes.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from importlib.metadata import version
from pathlib import Path

import pandas as pd

MANIFEST = "manifest.json"
FORMAT = 1
LIBRARIES = ("pandas", "numpy", "jinja2", "markupsafe")  # whose output the pages' bytes depend on
LINKED = ("figures", "documents")  # the frames whose rows link to their report's file


def code_version() -> str:
    """A hash of the dashboard package's files (code and templates) and of the libraries that render it."""
    digest = hashlib.sha256(f"{FORMAT}".encode())
    package = Path(__file__).parent
    for path in sorted(p for p in package.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    for library in LIBRARIES:
        digest.update(f"{library}={version(library)}".encode())
    return digest.hexdigest()


def council_hashes(frames: dict[str, pd.DataFrame], links: dict[str, str], code: str) -> dict[str, str]:
    """The input hash of every council's page.

    Args:
        frames: `pages.council_frames` of the warehouse (every council's rows, in the pages' order).
        links: each report's file address, by source file.
        code: `code_version()`.

    Returns:
        A hash per council that has rows in any frame.
    """
    parts: dict[str, list[bytes]] = defaultdict(list)
    files: dict[str, set[str]] = defaultdict(set)
    for name, frame in frames.items():
        if frame.empty or "council" not in frame:
            continue
        rows = pd.util.hash_pandas_object(frame, index=False).to_numpy()
        head = json.dumps([name, list(frame.columns), [str(dtype) for dtype in frame.dtypes]]).encode()
        sources = frame["source_file"].to_numpy(dtype=object) if name in LINKED else None
        for council, positions in frame.groupby("council", sort=False).indices.items():
            parts[council].append(head + rows[positions].tobytes())
            if sources is not None:
                files[council].update(file for file in sources[positions] if isinstance(file, str))
    hashes = {}
    for council, council_parts in parts.items():
        digest = hashlib.sha256(json.dumps([code, council]).encode())
        for part in council_parts:
            digest.update(len(part).to_bytes(8, "little") + part)
        digest.update(json.dumps(sorted((file, links.get(file)) for file in files[council])).encode())
        hashes[council] = digest.hexdigest()
    return hashes


def read_manifest(site: Path) -> dict[str, dict[str, str]]:
    """The pages the site in `site` was built from: relative path -> {"input", "sha256"} (empty if none)."""
    try:
        manifest = json.loads((site / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    pages = manifest.get("pages") if isinstance(manifest, dict) else None
    return pages if isinstance(pages, dict) and manifest.get("format") == FORMAT else {}


def reusable_page(
    site: Path, previous: dict[str, dict[str, str]], relative: str, input_hash: str
) -> bytes | None:
    """The previous build's page when it was built from the same input and is still the bytes it wrote."""
    entry = previous.get(relative)
    if not isinstance(entry, dict) or entry.get("input") != input_hash:
        return None
    try:
        content = (site / relative).read_bytes()
    except OSError:
        return None
    return content if hashlib.sha256(content).hexdigest() == entry.get("sha256") else None


def manifest_entry(input_hash: str, content: bytes) -> dict[str, str]:
    """What the manifest records of one page."""
    return {"input": input_hash, "sha256": hashlib.sha256(content).hexdigest()}


def manifest_text(pages: dict[str, dict[str, str]]) -> str:
    """The manifest file's text (sorted, so equal builds write equal bytes)."""
    return json.dumps({"format": FORMAT, "pages": pages}, indent=1, sort_keys=True) + "\n"
