"""Modules the refresh's later steps need, imported in a background thread while the ingest parses.

The ingest's parse and load run in Polars and DuckDB, which release Python's interpreter lock; dbt's
runner and adapter (about 0.5 s to import) and pandas for the dashboard (about 0.2 s) load in that time
instead of in the steps that need them (not during PDF extraction, which is Python too). An import that
fails here is simply done again, and fails with its error, where the module is used.
"""

from __future__ import annotations

import contextlib
import importlib
import threading

LATER_STEPS = ("dbt.cli.main", "dbt.task.build", "dbt.adapters.duckdb.impl", "pandas")


def preload(modules: tuple[str, ...] = LATER_STEPS) -> threading.Thread:
    """Start importing `modules` in a daemon thread; returns the thread."""

    def load() -> None:
        for name in modules:
            with contextlib.suppress(Exception):
                importlib.import_module(name)

    thread = threading.Thread(target=load, name="preload", daemon=True)
    thread.start()
    return thread
