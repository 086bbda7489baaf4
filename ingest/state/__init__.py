"""What lives beside the published warehouse: the archive and text cache (`files`), reuse of unchanged
documents and the documents' history (`reuse`), what a build was made from (`fingerprint`), and the
build-then-rename publish with its lock (`warehouse_file`). May import `ingest.read` and `ingest.raw`."""
