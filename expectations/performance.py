"""Suites for performance reports: Totals equal the sum of segments, As Percentage equals count / total,
percentages add to 100, and the RAG grid's latest period agrees with the summary counts."""

from __future__ import annotations

from typing import TYPE_CHECKING

import polars as pl

COLUMNS = ["green", "amber", "red", "up", "stable", "down"]
GROUPS = {"rag": ["green", "amber", "red"], "direction": ["up", "stable", "down"]}

if TYPE_CHECKING:
    import pandas as pd


def build_summary_totals_suite():
    """Each column's Totals row equals the sum of its segments; As Percentage equals count / total (±1)."""
    import great_expectations as gx
    import great_expectations.expectations as gxe

    return gx.ExpectationSuite(
        name="performance_summary_totals_suite",
        expectations=[
            gxe.ExpectColumnValuesToBeBetween(
                column="total_difference", min_value=0, max_value=0, severity="critical"
            ),
            gxe.ExpectColumnValuesToBeBetween(
                column="percent_difference", min_value=-1, max_value=1, severity="critical"
            ),
            gxe.ExpectColumnValuesToBeBetween(
                column="percent_row_sum", min_value=99, max_value=101, severity="warning"
            ),
        ],
    )


def prepare_summary_totals(summary: pd.DataFrame) -> pd.DataFrame:
    """One row per (report, column): stated total, sum of segments, stated and computed percentages."""
    if summary.empty:
        import pandas as pd  # loaded when the checks run, not with the definitions

        return pd.DataFrame(
            {
                c: []
                for c in (
                    "document_id",
                    "source_file",
                    "column",
                    "total_difference",
                    "percent_difference",
                    "percent_row_sum",
                    "quote",
                )
            }
        )
    data = pl.from_pandas(summary).unpivot(
        index=["document_id", "source_file", "row_kind", "quote"],
        on=COLUMNS,
        variable_name="column",
        value_name="value",
    )
    group = pl.when(pl.col("column").is_in(GROUPS["rag"])).then(pl.lit("rag")).otherwise(pl.lit("direction"))
    by_kind = (
        data.with_columns(group=group)
        .group_by("document_id", "source_file", "column", "group", maintain_order=True)
        .agg(
            segments=pl.col("value").filter(pl.col("row_kind") == "segment").sum(),
            total=pl.col("value").filter(pl.col("row_kind") == "total").first(),
            percent=pl.col("value").filter(pl.col("row_kind") == "percentage").first(),
            quote=pl.col("quote").filter(pl.col("row_kind") != "segment").str.join(" | "),
        )
    )
    group_total = pl.col("total").sum().over("document_id", "group")
    return (
        by_kind.with_columns(
            total_difference=(pl.col("total") - pl.col("segments")).cast(pl.Float64),
            computed_percent=pl.when(group_total > 0).then(100 * pl.col("total") / group_total),
            percent_row_sum=pl.col("percent").sum().over("document_id", "group").cast(pl.Float64),
        )
        .with_columns(
            percent_difference=pl.col("percent") - pl.col("computed_percent"),
            # shares printed in prose without a table (no Totals row) may leave a share out: no sum to check
            percent_row_sum=pl.when(
                pl.col("percent").is_not_null().any().over("document_id", "group")
                & pl.col("total").is_not_null().any().over("document_id", "group")
            ).then(pl.col("percent_row_sum")),
        )
        .sort("source_file", "document_id", "column")
        .to_pandas()
    )


def build_rag_agrees_suite():
    """The RAG grid's latest period counts per segment equal the summary's segment counts."""
    import great_expectations as gx
    import great_expectations.expectations as gxe

    return gx.ExpectationSuite(
        name="performance_rag_agrees_suite",
        expectations=[
            gxe.ExpectColumnValuesToBeBetween(
                column="difference", min_value=0, max_value=0, severity="warning"
            )
        ],
    )


def prepare_rag_agrees(rag: pd.DataFrame, summary: pd.DataFrame) -> pd.DataFrame:
    """One row per (report, segment, status) comparing grid counts in the latest period to the summary."""
    if rag.empty or summary.empty:
        import pandas as pd  # loaded when the checks run, not with the definitions

        return pd.DataFrame(
            {"document_id": [], "source_file": [], "segment": [], "difference": [], "quote": []}
        )
    grid = pl.from_pandas(rag[["document_id", "source_file", "segment", "period", "period_order", "status"]])
    latest = grid.filter(pl.col("period_order") == pl.col("period_order").max().over("document_id"))
    counts = latest.group_by("document_id", "source_file", "segment", "period", maintain_order=True).agg(
        green=(pl.col("status") == "G").sum(),
        amber=(pl.col("status") == "A").sum(),
        red=(pl.col("status") == "R").sum(),
    )
    stated = pl.from_pandas(
        summary[["document_id", "source_file", "segment", "row_kind", "green", "amber", "red", "quote"]]
    ).filter(pl.col("row_kind") == "segment")
    key = pl.col("segment").str.to_lowercase().str.replace(r"^the\s+", "").str.strip_chars()
    joined = counts.with_columns(key=key).join(
        stated.with_columns(key=key),
        on=["document_id", "source_file", "key"],
        suffix="_stated",
        maintain_order="left",
    )
    return (
        joined.unpivot(
            index=["document_id", "source_file", "segment", "period", "quote"], on=["green", "amber", "red"]
        )
        .join(
            joined.unpivot(
                index=["document_id", "source_file", "segment"],
                on=["green_stated", "amber_stated", "red_stated"],
            ).with_columns(variable=pl.col("variable").str.replace("_stated", "")),
            on=["document_id", "source_file", "segment", "variable"],
            suffix="_stated",
            maintain_order="left",
        )
        .with_columns(difference=(pl.col("value") - pl.col("value_stated")).cast(pl.Float64))
        .rename({"variable": "status_column", "value": "grid_count", "value_stated": "summary_count"})
        .to_pandas()
    )
