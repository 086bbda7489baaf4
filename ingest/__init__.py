"""Plain Python, no Dagster: report files -> page texts -> Polars frames -> DuckDB `raw.*` tables.

The refresh's one entry point is `ingest.refresh.ingest_inbox`. The layers, lowest first; a layer imports
only layers below it:

- `ingest.read`   file -> pages: text decoding, the pdfminer.six and pypdfium2 engines, page layout.
- `ingest.raw`    the raw-layer contract (one Polars schema per raw table) and the loader into DuckDB.
- `ingest.parse`  pages -> candidate rows, one module per fact family, Polars expressions throughout.
- `ingest.state`  what lives beside the warehouse: archive, text cache, reuse of unchanged documents,
                  the build fingerprint, and build-then-rename publishing.
- `ingest.refresh` the order of one refresh's ingest (read, reuse, parse, load).
"""
