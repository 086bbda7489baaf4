"""Suites for the money marts: amounts plausible, percentages in range, fiscal years well formed,
vocabularies closed, and one fact not stated with two different fiscal years."""

from __future__ import annotations

from typing import TYPE_CHECKING

import polars as pl

from expectations.vocabularies import (
    FINANCIAL_CATEGORIES,
    FISCAL_YEAR,
    MAX_PLAUSIBLE_GBP,
    OVERSPEND_STATUSES,
    SAVINGS_KINDS,
    SERVICE_AREAS,
)

if TYPE_CHECKING:
    import pandas as pd


def _common(table: str) -> list:
    import great_expectations.expectations as gxe

    return [
        gxe.ExpectColumnValuesToNotBeNull(column="document_id", severity="critical"),
        gxe.ExpectColumnValuesToNotBeNull(column="quote", severity="critical"),
        # (a budget or outturn may be negative, a net income printed in brackets: its size is what is plausible)
        gxe.ExpectColumnValuesToBeBetween(
            column="amount_size", min_value=1, max_value=MAX_PLAUSIBLE_GBP, severity="critical"
        ),
        gxe.ExpectColumnValuesToMatchRegex(column="fiscal_year", regex=FISCAL_YEAR, severity="critical"),
        gxe.ExpectColumnValuesToBeBetween(
            column="fiscal_year_step", min_value=1, max_value=1, severity="critical"
        ),
        gxe.ExpectColumnValuesToBeInSet(column="service_area", value_set=SERVICE_AREAS, severity="critical"),
        gxe.ExpectColumnValuesToBeBetween(
            column="has_malformed_figure", min_value=0, max_value=0, severity="warning"
        ),
    ]


def build_money_suite(table: str):
    """The suite for `marts.savings`, `marts.overspends` or `marts.financial_figures`."""
    import great_expectations as gx
    import great_expectations.expectations as gxe

    # a saving or an overspend is never negative
    positive = gxe.ExpectColumnValuesToBeBetween(column="amount_gbp", min_value=1, severity="critical")
    extra = {
        "savings": [
            gxe.ExpectColumnValuesToBeInSet(column="kind", value_set=SAVINGS_KINDS, severity="critical"),
            positive,
        ],
        "overspends": [
            gxe.ExpectColumnValuesToBeInSet(
                column="status", value_set=OVERSPEND_STATUSES, severity="critical"
            ),
            positive,
        ],
        "financial_figures": [
            gxe.ExpectColumnValuesToBeInSet(
                column="category", value_set=FINANCIAL_CATEGORIES, severity="critical"
            )
        ],
    }[table]
    if table != "overspends":
        extra.append(
            gxe.ExpectColumnValuesToBeBetween(
                column="percent", min_value=0, max_value=100, severity="critical"
            )
        )
    return gx.ExpectationSuite(name=f"{table}_suite", expectations=_common(table) + extra)


def prepare_money(frame: pd.DataFrame) -> pd.DataFrame:
    """Add `fiscal_year_step` (the year's second half minus its first: 1 when well formed) and `amount_size`
    (the amount without its sign), and make `has_malformed_figure` 0/1."""
    data = pl.from_pandas(frame) if len(frame.columns) else pl.DataFrame()
    if data.is_empty():
        import pandas as pd  # loaded when the checks run, not with the definitions

        return frame.assign(fiscal_year_step=pd.Series(dtype="float"), amount_size=pd.Series(dtype="float"))
    start = data["fiscal_year"].str.slice(2, 2).cast(pl.Int32, strict=False)
    end = data["fiscal_year"].str.slice(5, 2).cast(pl.Int32, strict=False)
    return data.with_columns(
        fiscal_year_step=((end - start) % 100).cast(pl.Float64),
        amount_size=pl.col("amount_gbp").cast(pl.Float64).abs(),
        # 64-bit: Great Expectations compares int64 and float64 columns vectorised, others value by value
        has_malformed_figure=pl.col("has_malformed_figure").fill_null(False).cast(pl.Int64),
    ).to_pandas()


def build_restated_years_suite():
    """Warn when the same figure (same mart, kind, amount, service) is stated with different fiscal years."""
    import great_expectations as gx
    import great_expectations.expectations as gxe

    return gx.ExpectationSuite(
        name="restated_years_suite",
        expectations=[
            gxe.ExpectColumnValuesToBeBetween(
                column="fiscal_years", min_value=0, max_value=1, severity="warning"
            )
        ],
    )


def prepare_restated_years(frames: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """One row per (report, mart, kind, amount, service area) with the number of distinct fiscal years."""
    parts = []
    for table, label in (("savings", "kind"), ("overspends", "status"), ("financial_figures", "category")):
        frame = frames.get(table)
        if frame is None or frame.empty:
            continue
        parts.append(
            pl.from_pandas(
                frame[
                    [
                        "document_id",
                        "source_file",
                        label,
                        "amount_gbp",
                        "service_area",
                        "fiscal_year",
                        "quote",
                    ]
                ]
            )
            .rename({label: "label"})
            .with_columns(mart=pl.lit(table), label=pl.col("label").cast(pl.String))
        )
    if not parts:
        import pandas as pd  # loaded when the checks run, not with the definitions

        return pd.DataFrame({"document_id": [], "source_file": [], "fiscal_years": [], "quote": []})
    return (
        pl.concat(parts, how="diagonal_relaxed")
        .filter(pl.col("amount_gbp").is_not_null())
        .group_by(
            "document_id", "source_file", "mart", "label", "amount_gbp", "service_area", maintain_order=True
        )
        .agg(
            fiscal_years=pl.col("fiscal_year").drop_nulls().n_unique().cast(pl.Int64),  # vectorised in GE
            quote=pl.col("quote").str.join(" | "),
            fiscal_year=pl.col("fiscal_year").drop_nulls().unique().sort().str.join(", "),
        )
        .to_pandas()
    )


def build_relations_suite():
    """Stated totals equal the sum of their parts (or exceed each part) within rounding: excess <= 0."""
    import great_expectations as gx
    import great_expectations.expectations as gxe

    return gx.ExpectationSuite(
        name="figure_relations_suite",
        expectations=[
            gxe.ExpectColumnValuesToBeBetween(column="excess_gbp", max_value=0, severity="critical")
        ],
    )
