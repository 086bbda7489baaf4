"""Property tests of every parser on trap texts (`tests.fixtures.trap_corpus`) and arbitrary characters: a
parser never raises, and every row it emits keeps the raw contract (`ingest.raw.schemas`: columns and
dtypes) and the non-null fields and vocabularies the marts' contracts need."""

from __future__ import annotations

import os

import polars as pl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ingest.parse.documents import parse_documents
from ingest.parse.money import parse_money_mentions
from ingest.parse.partnerships import parse_partnership_mentions
from ingest.parse.peer_team import parse_peer_team
from ingest.parse.performance import parse_performance_rag, parse_performance_summary
from ingest.parse.recommendations import parse_recommendations
from ingest.parse.relations import parse_figure_relations
from ingest.parse.tables import with_document_facts
from ingest.raw import schemas
from ingest.read.report import normalise_text
from tests.fixtures.trap_corpus import MUTATIONS, trap_text

DOC_TYPES = ["peer_challenge", "progress_review", "finance_peer_challenge", "performance_report", "other"]
# table -> columns the marts need non-null, and columns with a closed vocabulary
NOT_NULL = {
    "recommendations": ["number", "title", "sub_actions", "quote"],
    "peer_team": ["name", "quote"],
    "money_mentions": ["mention_id", "char_offset", "raw_figure", "unit", "quote"],
    "partnership_mentions": ["name", "kind", "quote"],
    "performance_summary": ["row_number", "segment", "row_kind"],
    "performance_rag": ["objective", "period", "status"],
    "figure_relations": ["relation", "total_gbp", "quote"],
}
VOCABULARIES = {
    "money_mentions": {"unit": ["gbp", "percent"]},
    "partnership_mentions": {"kind": ["partnership", "partner", "shared_service"]},
    "performance_summary": {"row_kind": ["segment", "total", "percentage"]},
    "performance_rag": {"status": ["G", "A", "R"]},
    "figure_relations": {"relation": ["sum", "part_of"]},
}
PARSERS = {
    "recommendations": parse_recommendations,
    "peer_team": parse_peer_team,
    "money_mentions": parse_money_mentions,
    "partnership_mentions": parse_partnership_mentions,
    "performance_summary": parse_performance_summary,
    "performance_rag": parse_performance_rag,
    "figure_relations": lambda docs: parse_figure_relations(parse_money_mentions(docs)),
}
PROPERTY_SETTINGS = settings(
    max_examples=int(os.environ.get("COUNCILWH_PROPERTY_EXAMPLES", "20")),  # modest: CI has 2 cores
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

trap_texts = st.builds(
    trap_text,
    st.randoms(use_true_random=False),
    st.lists(st.sampled_from(list(MUTATIONS)), max_size=3),
)
any_characters = st.text(st.characters(exclude_categories=("Cs",)), max_size=300)
spliced = st.builds(
    lambda text, extra, at: text[:at] + extra + text[at:], trap_texts, any_characters, st.integers(0, 5_000)
)
report_texts = st.lists(st.one_of(trap_texts, spliced, any_characters), min_size=1, max_size=3)


def _text(texts: list[str]) -> pl.LazyFrame:
    """The reader's output for these texts: one document each, normalised (NFKC, line ends)."""
    return pl.LazyFrame(
        {
            "document_id": [f"doc{i}" for i in range(len(texts))],
            "source_file": [f"trap{i}.txt" for i in range(len(texts))],
            "text": [normalise_text(t) for t in texts],
            "doc_type": [None] * len(texts),
            "reference_date": [None] * len(texts),
        },
        schema=schemas.DOCUMENT_TEXT,
    )


def _docs(texts: list[str]) -> tuple[pl.LazyFrame, dict[str, int]]:
    """The fact parsers' input, built by `ingest.parse.tables.with_document_facts`, and each text's length."""
    text = _text(texts)
    docs = with_document_facts(text, parse_documents(text).collect())
    lengths = dict(text.select("document_id", pl.col("text").str.len_chars()).collect().rows())
    return docs, lengths


def assert_contract(table: str, frame: pl.DataFrame, lengths: dict[str, int]) -> None:
    """The rows keep the raw schema, the non-null columns, the vocabularies and point inside their text."""
    assert frame.schema == pl.Schema(schemas.RAW_TABLES[table]), table
    for column in ["document_id", "source_file", *NOT_NULL[table]]:
        assert frame[column].null_count() == 0, (
            table,
            column,
            frame.filter(pl.col(column).is_null()).head(3),
        )
    for column, values in VOCABULARIES.get(table, {}).items():
        outside = frame.filter(~pl.col(column).is_in(values))
        assert outside.is_empty(), (table, column, outside[column].to_list()[:5])
    assert set(frame["document_id"]) <= set(lengths)
    offsets = frame.select("document_id", "char_offset").drop_nulls()
    beyond = offsets.filter(
        (pl.col("char_offset") < 0) | (pl.col("char_offset") > pl.col("document_id").replace_strict(lengths))
    )
    assert beyond.is_empty(), (table, beyond.head(3))


def assert_money_figures(frame: pl.DataFrame) -> None:
    """A pound figure has an amount and a percentage has a percent: the overspends mart needs its amount."""
    no_amount = frame.filter((pl.col("unit") == "gbp") & pl.col("amount_gbp").is_null())
    no_percent = frame.filter((pl.col("unit") == "percent") & pl.col("percent").is_null())
    assert no_amount.is_empty(), no_amount.select("raw_figure", "quote").head(3).rows()
    assert no_percent.is_empty(), no_percent.select("raw_figure", "quote").head(3).rows()


@PROPERTY_SETTINGS
@given(texts=report_texts)
def test_documents_parser_never_raises_and_types_every_document(texts: list[str]) -> None:
    facts = parse_documents(_text(texts)).collect()
    assert facts["document_id"].sort().to_list() == sorted(f"doc{i}" for i in range(len(texts)))
    assert facts["doc_type"].null_count() == 0 and set(facts["doc_type"]) <= set(DOC_TYPES)
    shared = {c: t for c, t in schemas.DOCUMENTS.items() if c in facts.columns}
    assert {c: facts.schema[c] for c in shared} == shared


@pytest.mark.parametrize("table", list(PARSERS))
@PROPERTY_SETTINGS
@given(texts=report_texts)
def test_parser_never_raises_and_keeps_the_contract(table: str, texts: list[str]) -> None:
    docs, lengths = _docs(texts)
    frame = PARSERS[table](docs).collect()
    assert_contract(table, frame, lengths)
    if table == "money_mentions":
        assert_money_figures(frame)
