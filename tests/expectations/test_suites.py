"""Each suite on a good and a bad frame of invented figures."""

import pandas as pd
import pytest

from expectations.runner import CHECKS, validate_frame

BY_NAME = {check.name: check for check in CHECKS}


def _run(name: str, frames: dict[str, pd.DataFrame]):
    check = BY_NAME[name]
    return validate_frame(check, check.prepare(frames))


def _summary(totals_green: int = 3, percent_green: int = 50) -> pd.DataFrame:
    rows = [
        ("Places", "segment", 2, 1, 1, 2, 1, 1),
        ("Council", "segment", 1, 1, 0, 0, 2, 0),
        ("Totals", "total", totals_green, 2, 1, 2, 3, 1),
        ("As Percentage", "percentage", percent_green, 33, 17, 33, 50, 17),
    ]
    frame = pd.DataFrame(
        rows, columns=["segment", "row_kind", "green", "amber", "red", "up", "stable", "down"]
    )
    return frame.assign(document_id="dq", source_file="q.txt", quote=frame["segment"])


def test_summary_totals_pass_when_parts_add_up() -> None:
    assert _run("ge_summary_totals", {"performance_summary": _summary()}).success


def test_summary_totals_fail_with_the_figures_when_a_total_is_wrong() -> None:
    outcome = _run("ge_summary_totals", {"performance_summary": _summary(totals_green=5, percent_green=63)})
    assert not outcome.success and outcome.severity == "critical"
    failure = next(f for f in outcome.failures if f.column == "total_difference")
    assert failure.rows[0]["column"] == "green" and failure.rows[0]["total_difference"] == 2


def test_percentages_must_match_count_over_total() -> None:
    outcome = _run("ge_summary_totals", {"performance_summary": _summary(percent_green=70)})
    assert [f.column for f in outcome.failures] == ["percent_difference", "percent_row_sum"]


def test_shares_from_prose_without_a_table_need_not_add_to_100() -> None:
    prose = pd.DataFrame(
        [
            ("Key projects", "segment", 4, 2, None, None, None, None),
            ("As Percentage", "percentage", 60, 25, None, None, None, None),
        ],
        columns=["segment", "row_kind", "green", "amber", "red", "up", "stable", "down"],
    ).astype(dict.fromkeys(["green", "amber", "red", "up", "stable", "down"], "Int64"))
    prose = prose.assign(
        document_id="dm", source_file="minute.txt", quote="sixty per cent green, 25 per cent amber"
    )
    assert _run("ge_summary_totals", {"performance_summary": prose}).success


def _rag(statuses: list[str]) -> pd.DataFrame:
    objectives = ["P1", "P2", "P3", "P4", "C1", "C2"]
    segments = ["Places"] * 4 + ["Council"] * 2
    return pd.DataFrame(
        {
            "document_id": "dq",
            "source_file": "q.txt",
            "segment": segments,
            "objective": objectives,
            "period": "Q2",
            "period_order": 2,
            "status": statuses,
        }
    )


def test_rag_grid_agrees_with_the_summary() -> None:
    frames = {"performance_summary": _summary(), "performance_rag": _rag(["G", "G", "A", "R", "G", "A"])}
    assert _run("ge_rag_agrees_with_summary", frames).success


def test_rag_grid_that_disagrees_with_the_summary_fails() -> None:
    frames = {"performance_summary": _summary(), "performance_rag": _rag(["G", "G", "G", "R", "G", "A"])}
    assert not _run("ge_rag_agrees_with_summary", frames).success


def _savings(**overrides) -> pd.DataFrame:
    row = {
        "source_file": "r.txt",
        "document_id": "d",
        "quote": "q",
        "kind": "target",
        "amount_gbp": 2e6,
        "percent": None,
        "fiscal_year": "2019/20",
        "service_area": None,
        "has_malformed_figure": False,
    }
    return pd.DataFrame([{**row, **overrides}])


def test_money_suite_passes_a_plausible_row() -> None:
    assert _run("ge_savings", {"savings": _savings()}).success


@pytest.mark.parametrize(
    ("overrides", "column"),
    [
        ({"amount_gbp": -5.0}, "amount_gbp"),
        ({"fiscal_year": "2019/2"}, "fiscal_year"),
        ({"fiscal_year": "2019/22"}, "fiscal_year_step"),
        ({"kind": "guessed"}, "kind"),
        ({"service_area": "parks"}, "service_area"),
        ({"kind": "rate", "amount_gbp": None, "percent": 140.0}, "percent"),
    ],
)
def test_money_suite_catches_implausible_values(overrides: dict, column: str) -> None:
    outcome = _run("ge_savings", {"savings": _savings(**overrides)})
    assert column in [f.column for f in outcome.failures]


def test_a_negative_budget_is_plausible_a_negative_overspend_is_not() -> None:
    figure = _savings().drop(columns="kind").assign(category="budget", amount_gbp=-2.64e6)
    # a net income budget "(2,640)"
    assert _run("ge_financial_figures", {"financial_figures": figure}).success
    too_big = figure.assign(amount_gbp=-1e13)
    assert "amount_size" in [
        f.column for f in _run("ge_financial_figures", {"financial_figures": too_big}).failures
    ]
    overspend = _savings().drop(columns="kind").assign(status="forecast", amount_gbp=-5e5)
    assert "amount_gbp" in [f.column for f in _run("ge_overspends", {"overspends": overspend}).failures]


def test_malformed_figure_is_a_warning_not_an_error() -> None:
    outcome = _run("ge_savings", {"savings": _savings(has_malformed_figure=True)})
    assert not outcome.success and outcome.severity == "warning"


def test_same_figure_with_two_fiscal_years_is_a_warning() -> None:
    frames = {"savings": pd.concat([_savings(), _savings(fiscal_year="2020/21")])}
    outcome = _run("ge_restated_years", frames)
    assert not outcome.success and outcome.severity == "warning"
    assert _run("ge_restated_years", {"savings": _savings()}).success


def test_recommendation_numbers_must_run_from_one_without_gaps() -> None:
    good = pd.DataFrame(
        {"document_id": "dr", "source_file": "r.txt", "number": [1, 2, 3], "title": list("abc")}
    )
    gap = pd.DataFrame(
        {"document_id": "dr", "source_file": "r.txt", "number": [1, 2, 4], "title": list("abc")}
    )
    assert _run("ge_recommendation_numbering", {"recommendations": good}).success
    assert not _run("ge_recommendation_numbering", {"recommendations": gap}).success


def test_empty_marts_pass() -> None:
    assert _run("ge_summary_totals", {"performance_summary": pd.DataFrame()}).success


def _relation(total: float, parts: list[float], excess: float) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {
                "source_file": "r.txt",
                "document_id": "d",
                "quote": "q",
                "relation": "sum",
                "total_gbp": total,
                "parts_gbp": parts,
                "excess_gbp": excess,
            }
        ]
    )


def test_stated_total_within_rounding_passes_and_beyond_it_fails() -> None:
    assert _run(
        "ge_figure_relations", {"figure_relations": _relation(15.6e6, [8.6e6, 5.8e6, 1.1e6], -1e5)}
    ).success
    outcome = _run("ge_figure_relations", {"figure_relations": _relation(18e6, [8.6e6, 5.8e6, 1.1e6], 2.3e6)})
    assert not outcome.success and outcome.failures[0].rows[0]["total_gbp"] == 18e6
