"""The marts dbt builds from the bundled sample reports: classification, restated facts, provenance."""

from pathlib import Path

import duckdb
import pytest

PEER = "harrowdale_peer_challenge.md"


@pytest.fixture(scope="module")
def con(sample_warehouse: Path):
    with duckdb.connect(str(sample_warehouse), read_only=True) as connection:
        yield connection


def _rows(con, sql: str, *params) -> list[tuple]:
    return con.execute(sql, list(params)).fetchall()


def test_savings_kinds_are_classified_from_the_words_near_each_figure(con) -> None:
    rows = set(
        _rows(con, "select kind, amount_gbp, fiscal_year from marts.savings where source_file = ?", PEER)
    )
    assert {
        ("target", 9.5e6, "2020/21"),
        ("identified", 6.1e6, "2020/21"),
        ("unidentified", 3.4e6, "2020/21"),
        ("delivered", 48e6, None),
    } <= rows


def test_a_percentage_of_planned_savings_is_a_rate(con) -> None:
    assert _rows(
        con, "select percent, qualifier from marts.savings where kind = 'rate' and source_file = ?", PEER
    ) == [(82.0, "around")]


def test_overspends_by_service_with_forecast_and_actual(con) -> None:
    rows = set(
        _rows(
            con,
            "select amount_gbp, fiscal_year, status, service_area from marts.overspends where source_file = ?",
            PEER,
        )
    )
    assert rows == {
        (6.2e6, "2019/20", "forecast", "childrens_services"),
        (3.4e6, "2017/18", "actual", "adult_social_care"),
        # "overspent by £4.9m, largely in children's services": the whole council's overspend, most of it there
        (4.9e6, "2018/19", "actual", None),
    }


def test_a_figure_restated_in_summary_and_body_is_one_row_with_its_mention_count(con) -> None:
    assert _rows(
        con,
        "select count(*), max(mention_count) from marts.overspends where amount_gbp = 6.2e6 and source_file = ?",
        PEER,
    ) == [(1, 2)]


def test_other_financial_figures_get_their_category(con) -> None:
    rows = set(
        _rows(con, "select category, amount_gbp from marts.financial_figures where source_file = ?", PEER)
    )
    assert {
        ("reserves", 14.2e6),
        ("contingency", 2e6),
        ("funding_gap", 21.7e6),
        ("capital_receipts", 5e6),
        ("investment", 12e6),
        ("income", 31.2e6),
    } <= rows


def test_every_fact_row_carries_provenance(con) -> None:
    for mart in (
        "savings",
        "overspends",
        "financial_figures",
        "recommendations",
        "peer_team",
        "partnerships",
    ):
        missing = _rows(
            con,
            f"select count(*) from marts.{mart} where quote is null or document_id is null "
            "or page_number is null or char_offset is null or parser_version is null",
        )
        assert missing == [(0,)], mart


def test_quote_is_found_in_the_page_text(con) -> None:
    rows = _rows(
        con,
        "select s.quote, p.text from marts.savings s join staging.stg_reports__pages p "
        "on p.document_id = s.document_id and p.page_number = s.page_number",
    )
    assert rows and all(quote in text for quote, text in rows)


def test_partnerships_keep_acronyms_and_leave_out_the_reports_own_council(con) -> None:
    rows = _rows(con, "select name, aliases from marts.partnerships where source_file = ?", PEER)
    assert ("Harrowdale and Fenmoor Local Enterprise Partnership", ["LEP"]) in rows
    assert all("Harrowdale County Council" != name for name, _ in rows)


def test_recommendations_get_themes_from_the_vocabulary(con) -> None:
    [(themes,)] = _rows(
        con, "select themes from marts.recommendations where number = 1 and source_file = ?", PEER
    )
    assert "finance" in themes and "childrens_services" in themes


def test_performance_marts_from_the_quarterly_report(con) -> None:
    summary = _rows(
        con, "select segment, green, amber, red from marts.performance_summary where row_kind = 'total'"
    )
    assert summary == [("Totals", 3, 3, 2)]
    repaired = _rows(con, "select objective, period, status from marts.performance_rag where is_repaired")
    assert repaired == [("P3", "Q2", "A")]


def test_stated_totals_are_checked_against_their_parts_with_a_rounding_tolerance(con) -> None:
    rows = _rows(
        con,
        "select relation, total_gbp, sum_of_parts_gbp, tolerance_gbp, holds from marts.figure_relations "
        "where source_file = ? order by relation",
        PEER,
    )
    assert rows == [("part_of", 9.5e6, 6.1e6, 1e5, True), ("sum", 9.5e6, 9.5e6, 1.5e5, True)]


def test_a_person_listed_twice_is_one_peer(tmp_path: Path) -> None:
    from tests.conftest import run_cli

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "twice.md").write_text(
        "# Corporate Peer Challenge Tarnby City Council\n\n## The peer team\n\n- Ada Quill, Leader, Fenby Council\n"
        "- Tom Reed, Chief Executive, Ashby Council\n- Ada Quill, Leader, Fenby Council\n\n## Scope\n\nText.\n",
        encoding="utf-8",
    )
    warehouse = tmp_path / "w.duckdb"
    result = run_cli("refresh", "--inbox", str(inbox), "--warehouse", str(warehouse))
    assert result.returncode == 0, result.stdout + result.stderr
    with duckdb.connect(str(warehouse), read_only=True) as connection:
        assert connection.execute("select name from marts.peer_team order by name").fetchall() == [
            ("Ada Quill",),
            ("Tom Reed",),
        ]
