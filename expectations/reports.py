"""Suites for report-level marts: documents' vocabularies, recommendation numbering, warnings."""

from __future__ import annotations

from typing import TYPE_CHECKING

import polars as pl

from expectations.vocabularies import DOC_TYPES

if TYPE_CHECKING:
    import pandas as pd


def build_documents_suite():
    """Every document has a known doc type and an id; engagement figures are plausible."""
    import great_expectations as gx
    import great_expectations.expectations as gxe

    return gx.ExpectationSuite(
        name="documents_suite",
        expectations=[
            gxe.ExpectColumnValuesToNotBeNull(column="document_id", severity="critical"),
            gxe.ExpectColumnValuesToBeInSet(column="doc_type", value_set=DOC_TYPES, severity="critical"),
            gxe.ExpectColumnValuesToBeBetween(
                column="people", min_value=1, max_value=5000, severity="warning"
            ),
            gxe.ExpectColumnValuesToBeBetween(
                column="hours", min_value=1, max_value=10000, severity="warning"
            ),
        ],
    )


def build_recommendation_numbering_suite():
    """Recommendation numbers run 1..n in each report with no gap or repeat."""
    import great_expectations as gx
    import great_expectations.expectations as gxe

    return gx.ExpectationSuite(
        name="recommendation_numbering_suite",
        expectations=[
            gxe.ExpectColumnValuesToBeBetween(
                column="first_number", min_value=1, max_value=1, severity="warning"
            ),
            gxe.ExpectColumnValuesToBeBetween(column="gaps", min_value=0, max_value=0, severity="warning"),
        ],
    )


def prepare_recommendation_numbering(recommendations: pd.DataFrame) -> pd.DataFrame:
    """One row per report: first number and gaps (last number minus count, plus repeats)."""
    if recommendations.empty:
        import pandas as pd  # loaded when the checks run, not with the definitions

        return pd.DataFrame(
            {"document_id": [], "source_file": [], "first_number": [], "gaps": [], "quote": []}
        )
    return (
        pl.from_pandas(recommendations[["document_id", "source_file", "number", "title"]])
        .group_by("document_id", "source_file", maintain_order=True)
        .agg(
            first_number=pl.col("number").min().cast(pl.Float64),
            gaps=(
                pl.col("number").max() - pl.col("number").n_unique() + pl.len() - pl.col("number").n_unique()
            ).cast(pl.Float64),
            quote=pl.col("number").sort().cast(pl.String).str.join(", "),
        )
        .to_pandas()
    )


def build_warnings_suite():
    """Malformed figures kept and characters repaired: reported as warnings for a reviewer."""
    import great_expectations as gx
    import great_expectations.expectations as gxe

    return gx.ExpectationSuite(
        name="warnings_suite",
        expectations=[
            gxe.ExpectColumnValuesToBeInSet(
                column="kind", value_set=["decoding", "reading"], severity="warning"
            )
        ],
    )
