"""Pages -> candidate rows: one module per fact family (documents, recommendations, peer_team, money,
relations, partnerships, performance), shared line helpers (`lines`), and `tables`, which runs them all
over every document at once. May import `ingest.read` and `ingest.raw`; never `ingest.state`."""
