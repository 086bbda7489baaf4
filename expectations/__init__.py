"""Data-quality checks and alerts, plain Python without Dagster: Great Expectations suites in code (one
module per checked table family: `reports`, `money`, `performance`; `vocabularies` they share), the
`runner` that validates the marts, and alert delivery (`alerts`) with its store (`alert_store`).
May import `ingest`; never `orchestration`."""
