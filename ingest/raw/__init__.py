"""The raw layer: the contract (`schemas`, one Polars schema per `raw.*` table, and the parser version) and
the only writer of `raw.*` (`load`). Imports nothing else of `ingest`."""
