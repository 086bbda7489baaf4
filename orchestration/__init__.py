"""The Dagster code location and the `councilwh` CLI. Only wires: assets call `ingest` and `expectations`,
log, and yield results. `config` resolves settings without importing Dagster, so the CLI starts fast."""
