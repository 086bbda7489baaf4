"""The dashboard's chart specs are written as plain dicts; they are the specs Altair writes for the same charts
(Altair is the reference here: building its schema objects cost the dashboard most of its time)."""

import json

import altair as alt
import pandas as pd
import pytest

from orchestration.dashboard import charts

PROVENANCE = [
    alt.Tooltip("source_file:N", title="report"),
    alt.Tooltip("page_number:Q", title="page"),
    alt.Tooltip("quote:N", title="quote"),
]
AMOUNT = alt.Tooltip("amount_gbp:Q", format=",.0f", title="£")
FIGURES = pd.DataFrame(
    {
        "council": ["Wyvern District Council"] * 4 + ["Borsetshire County Council"] * 3,
        "mart": [
            "savings",
            "savings",
            "overspends",
            "financial_figures",
            "savings",
            "overspends",
            "financial_figures",
        ],
        "measure": ["delivered", "target", "forecast", "reserves", "target", "actual", "funding_gap"],
        "amount_gbp": [1.5e6, 2e6, 3e5, 8e6, 4e6, None, 1.1e7],
        "percent": [None, 12.5, None, None, None, None, None],
        "fiscal_year": ["2023/24", "2023/24", "2024/25", None, "2024/25", "2024/25", "2025/26"],
        "period": [None] * 7,
        "service_area": [None, None, "adult_social_care", None, None, "highways", None],
        "source_file": ["w.txt", "w.txt", "w.txt", "w.pdf", "b.txt", "b.txt", "b.txt"],
        "page_number": [1, 1, 2, 3, 1, 4, 5],
        "quote": [
            "£1.5m delivered",
            "a £2m target",
            "£300k overspend",
            "£8m reserves",
            "£4m",
            "?",
            "£11m gap",
        ],
    }
)
RAG = pd.DataFrame(
    {
        "council": ["Wyvern District Council"] * 3,
        "period": ["Q1", None, "Q2"],
        "period_order": [1, None, 2],
        "status": ["G", "A", "R"],
    }
)
THEMES = pd.DataFrame({"council": ["Wyvern District Council"] * 2, "theme": ["finance", "governance"],
                       "recommendations": [3, 1]})  # fmt: skip
DOCUMENTS = pd.DataFrame(
    {
        "council": ["Wyvern District Council", "Borsetshire County Council"],
        "doc_type": ["peer_challenge", "performance_report"],
        "ingested_at": pd.to_datetime(["2024-05-01 09:00", "2024-05-02 10:30"], utc=True),
    }
)


def _grouped(
    rows: pd.DataFrame, category: str, group: str, title: str, horizontal: bool, total: bool
) -> dict:
    value, axis = (alt.X, alt.Y) if horizontal else (alt.Y, alt.X)
    offset = {"yOffset" if horizontal else "xOffset": f"{group}:N"}
    return (
        alt.Chart(pd.DataFrame(charts._values(rows), columns=rows.columns))
        .mark_bar()
        .encode(
            axis(f"{category}:N", title=None),
            value("sum(amount_gbp):Q" if total else "amount_gbp:Q", title="£"),
            color=alt.Color(f"{group}:N"),
            tooltip=[f"{category}:N", f"{group}:N", "fiscal_year:N", AMOUNT, *PROVENANCE],
            **offset,
        )
        .properties(title=title, width=charts.WIDTH)
        .to_dict()
    )


def _counted(rows: pd.DataFrame, x: alt.X, y: alt.Y, title: str, **encodings: object) -> dict:
    chart = (
        alt.Chart(pd.DataFrame(charts._values(rows), columns=rows.columns))
        .mark_bar()
        .encode(x, y, **encodings)
    )
    return chart.properties(title=title, width=charts.WIDTH).to_dict()


def _altair(name: str) -> dict:
    """The chart as the Altair code the dashboard used before wrote it."""
    money = charts._money
    if name == "savings_by_year":
        rows = money(FIGURES, "savings", ["target", "delivered"], yearly=True)
        return _grouped(
            rows, "fiscal_year", "measure", "Savings: target against delivered, by year", False, True
        )
    if name == "savings_by_council":
        rows = money(FIGURES, "savings", ["target", "delivered"], yearly=True)
        title = "Savings by council: target and delivered (single-year figures)"
        return _grouped(rows, "council", "measure", title, True, True)
    if name == "overspends_by_service":
        rows = money(FIGURES, "overspends", None, yearly=False)
        rows = rows.assign(service=rows["service_area"].fillna("whole council"))
        return _grouped(rows, "service", "measure", "Overspends by service: actual and forecast", True, True)
    if name == "reserves_and_gap":
        rows = money(FIGURES, "financial_figures", ["reserves", "funding_gap"], yearly=False)
        rows = rows.assign(year=rows["fiscal_year"].fillna("no single year"))
        return _grouped(rows, "year", "measure", "Reserves against the funding gap", False, False)
    if name == "rag_mix":
        rows = RAG[["period", "period_order", "status"]]  # the columns it draws, as ours keeps
        rows = rows.assign(
            period=rows["period"].fillna("(no period)"), period_order=rows["period_order"].fillna(0)
        )
        return _counted(
            rows,
            alt.X("period:N", sort=alt.EncodingSortField("period_order"), title="period"),
            alt.Y("count():Q", title="objectives"),
            "Red / amber / green over the periods",
            color=alt.Color("status:N", scale=alt.Scale(**charts.RAG_COLOURS), title="RAG"),
            tooltip=["period:N", "status:N", "count():Q"],
        )
    if name == "themes":
        x = alt.X("sum(recommendations):Q", title="recommendations")
        y = alt.Y("theme:N", sort="-x", title=None)
        return _counted(
            THEMES, x, y, "Recommendations by theme", tooltip=["theme:N", "sum(recommendations):Q"]
        )
    day = pd.to_datetime(DOCUMENTS["ingested_at"], utc=True).dt.strftime("%Y-%m-%d")
    return _counted(
        pd.DataFrame({"day": day, "doc_type": DOCUMENTS["doc_type"]}),
        alt.X("day:O", title="first ingested"),
        alt.Y("count():Q", title="documents"),
        "Documents over time",
        color=alt.Color("doc_type:N", title="type"),
        tooltip=["day:O", "doc_type:N", "count():Q"],
    )


INPUTS = {"rag_mix": RAG, "themes": THEMES, "documents_over_time": DOCUMENTS}


@pytest.mark.parametrize(
    "name",
    ["savings_by_year", "savings_by_council", "overspends_by_service", "reserves_and_gap", "rag_mix", "themes",
     "documents_over_time"],
)  # fmt: skip
def test_each_chart_is_the_spec_altair_writes(name: str) -> None:
    ours = getattr(charts, name)(INPUTS.get(name, FIGURES))
    assert _as_drawn(ours) == _as_drawn(_altair(name))  # the same keys in the same order, the same rows


def _as_drawn(spec: dict) -> str:
    """The spec as the page holds it (NaN as null), its dataset renamed: Altair hashes a null text as NaN."""
    spec = json.loads(json.dumps(spec), parse_constant=lambda _: None)
    ((name, values),) = spec["datasets"].items()
    assert spec["data"] == {"name": name} and name.startswith("data-")
    spec["data"], spec["datasets"] = {"name": "rows"}, {"rows": values}
    return json.dumps(spec)


def test_a_chart_without_rows_is_not_drawn() -> None:
    assert charts.savings_by_year(FIGURES[FIGURES["mart"] == "none"]) is None
    assert charts.rag_mix(RAG.iloc[:0]) is None


def test_records_give_plain_values_and_none_for_every_missing_kind() -> None:
    frame = pd.DataFrame(
        {
            "council": ["Wyvern District Council", None, "Borsetshire County Council"],
            "amount_gbp": [1_500_000.0, float("nan"), 250.5],
            "page_number": pd.array([3, None, 7], dtype="Int64"),
            "count": [1, 2, 3],
            "flag": [True, False, True],
            "raised_at": pd.to_datetime(["2024-05-01 09:00", None, "2024-05-02 00:00"], utc=True),
        }
    )
    rows = charts.records(frame)
    assert rows == frame.astype(object).where(frame.notna(), None).to_dict("records")  # what it replaced
    assert rows[1] == {
        "council": None,
        "amount_gbp": None,
        "page_number": None,
        "count": 2,
        "flag": False,
        "raised_at": None,
    }
    assert [type(rows[0][c]) for c in ("amount_gbp", "page_number", "count", "flag")] == [
        float,
        int,
        int,
        bool,
    ]
    assert json.dumps(charts._values(frame)[0]) == json.dumps(
        {
            "council": "Wyvern District Council",
            "amount_gbp": 1500000.0,
            "page_number": 3,
            "count": 1,
            "flag": True,
            "raised_at": "2024-05-01 09:00:00+00:00",
        }
    )
    assert charts.records(frame.iloc[:0]) == []
