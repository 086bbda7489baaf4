"""What reading one file may cost: its size, and its reader process's time and memory.

A PDF's bytes say little about what reading it costs: a compressed content stream of a few hundred
kilobytes can unpack to gigabytes, or to millions of glyphs on one page. PDFs are therefore read in reader
processes (`ingest.read.inbox`) whose address space is capped at `memory_mb` and which are stopped when one
file takes longer than `seconds` (plus a grace for the check the extractors make between pages); a file
larger than `max_mb` is archived and quarantined without being read into memory at all.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import TypeVar

B = TypeVar("B")  # a budget dataclass
KILL_GRACE_SECONDS = 10.0  # past `seconds`: the extractors' own check between pages comes first


@dataclass(frozen=True)
class ReadBudget:
    """The limits on reading one file.

    Attributes:
        seconds: wall-clock time one PDF may take to read; its reader process is stopped
            `KILL_GRACE_SECONDS` later if a single page never ends.
        memory_mb: the address space of each reader process.
        max_mb: a larger file is quarantined without being read (its bytes are still archived).
        max_chars: a file whose text is longer is quarantined as it is read, before its text is split into
            lines (the parse budget's `max_chars`, `ingest.parse.budget`); None: no limit here.
    """

    seconds: float = 120.0
    memory_mb: int = 2048
    max_mb: int = 256
    max_chars: int | None = None

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> ReadBudget:
        """The budget set by COUNCILWH_READ_SECONDS, COUNCILWH_READ_MEMORY_MB and COUNCILWH_READ_MAX_MB
        (defaults for those unset)."""
        variables = {"seconds": "READ_SECONDS", "memory_mb": "READ_MEMORY_MB", "max_mb": "READ_MAX_MB"}
        return budget_from_env(cls(), variables, environ)

    @property
    def max_bytes(self) -> int:
        """`max_mb` in bytes."""
        return self.max_mb * 1024 * 1024

    def too_large(self, size: int) -> str:
        """The quarantine reason for a file of `size` bytes."""
        return (
            f"file of {size / 1024 / 1024:,.0f} MB is larger than the read limit of {self.max_mb:,} MB "
            "(COUNCILWH_READ_MAX_MB)"
        )

    def too_slow(self) -> str:
        """The quarantine reason for a file its reader process was stopped on."""
        return (
            f"reading took longer than the limit of {self.seconds:g} s per file (COUNCILWH_READ_SECONDS); "
            "its reader process was stopped"
        )

    def too_much_memory(self) -> str:
        """The quarantine reason for a file whose reading ran out of its reader's memory."""
        return (
            f"reading needed more than the limit of {self.memory_mb:,} MB per reader process "
            "(COUNCILWH_READ_MEMORY_MB)"
        )


def too_long_reason(chars: int, max_chars: int) -> str:
    """The quarantine reason for a text of `chars` characters, beyond the parse budget of `max_chars`."""
    return (
        f"text of {chars:,} characters is beyond the parse budget of {max_chars:,} characters "
        "per document (COUNCILWH_PARSE_MAX_CHARS)"
    )


def budget_from_env(default: B, variables: Mapping[str, str], environ: Mapping[str, str] | None = None) -> B:
    """`default` with each field of `variables` set from `COUNCILWH_<variable>` where that is set (in the
    type of the field's default): the read and parse budgets' settings."""
    env = os.environ if environ is None else environ
    values = {field: env.get(f"COUNCILWH_{name}") for field, name in variables.items()}
    return replace(default, **{field: type(getattr(default, field))(v) for field, v in values.items() if v})
