"""What the refresh's later steps need, loaded before they start: their worker processes, started as soon
as a refresh knows it will build, and modules imported in a background thread while the ingest parses.

`prestart_workers` starts dbt's worker (`orchestration.dbt_worker`: dbt loaded, the project parsed) and the
checks' (`expectations.worker`: Great Expectations loaded) so that their ~4 s of loading run on the other
core while this process imports Dagster and ingests; idle, they hold about 0.45 GB.

The ingest's parse and load run in Polars and DuckDB, which release Python's interpreter lock; dbt's
runner and adapter (about 0.5 s to import) and pandas for the dashboard (about 0.2 s) load in that time
instead of in the steps that need them (not during PDF extraction, which is Python too); dbt's only when
no dbt worker process waits to run dbt (`orchestration.dbt_worker`). An import that fails here is simply
done again, and fails with its error, where the module is used.
"""

from __future__ import annotations

import contextlib
import importlib
import threading
from pathlib import Path

from expectations.worker import prestart as prestart_checks
from orchestration.dbt_worker import prestart_dbt, waiting

DBT_MODULES = ("dbt.cli.main", "dbt.task.build", "dbt.adapters.duckdb.impl")
LATER_STEPS = (*DBT_MODULES, "pandas")


def preload(modules: tuple[str, ...] | None = None) -> threading.Thread:
    """Start importing `modules` in a daemon thread (by default `LATER_STEPS`, without dbt's if a dbt
    worker waits); returns the thread."""
    if modules is None:
        modules = tuple(m for m in LATER_STEPS if m not in DBT_MODULES) if waiting() else LATER_STEPS

    def load() -> None:
        for name in modules:
            with contextlib.suppress(Exception):
                importlib.import_module(name)

    thread = threading.Thread(target=load, name="preload", daemon=True)
    thread.start()
    return thread


def prestart_workers(warehouse: Path) -> None:
    """Start dbt's and the checks' worker processes for a refresh of `warehouse`, unless they are waiting."""
    prestart_dbt(warehouse)
    prestart_checks()
