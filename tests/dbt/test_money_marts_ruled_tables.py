"""Money in tables ruled off under their headings and in tables that give a variance's direction a cell of its
own, end to end through the real CLI: a space-aligned table in £000 under a caption with a rule ("-----") between
its headings and its rows, a table whose unit a prose paragraph above gives, a pipe table with "favourable" and
"adverse" in their own cells, and, in prose, a budget "built on" savings, a gap "met through savings", savings
"not achieved" and a surplus."""

from tests.conftest import rows_of

SPACED = "harrowfield_2026_q2-revenue-monitoring.txt"
PIPED = "delverton_2026_revenue-outturn-2025-26.md"
REPORTS = {
    SPACED: (
        "Harrowfield Council\n"
        "Revenue Monitoring Report: Quarter 2 2026/27\n\n"
        "2. Forecast by service\n\n"
        "          Table 1 - General Fund forecast 2026/27\n"
        "                   (all figures £000)\n\n"
        "    Service                              Annual      Forecast\n"
        "                                         Budget      Variance\n"
        "    ----------------------------------------------------------\n"
        "    Libraries and Culture                12,400         (300)\n"
        "    Parks and Open Spaces                 8,150          620\n"
        "    ----------------------------------------------------------\n"
        "    Total                                20,550          320\n\n"
        "3. Directorates\n\n"
        "3.1 The next table gives the forecast by directorate. Figures are in £m and those in brackets are\n"
        "    underspends.\n\n"
        "                         Revised      Forecast\n"
        "    Directorate          Budget       Variance\n"
        "    ------------------------------------------\n"
        "    Community Services    44.2          1.5\n"
        "    Resources             19.8         (0.7)\n\n"
        "4. Savings\n\n"
        "The 2026/27 budget was built on savings of £7.5m. To close a gap of £12.0m, of which £4.0m is being met "
        "through savings, the council also drew on reserves.\n"
    ),
    PIPED: (
        "# Delverton Borough Council\n\n"
        "## Revenue Outturn 2025/26\n\n"
        "| Portfolio | Final budget £m | Variance £m | |\n"
        "|---|---:|---:|---|\n"
        "| Leisure & Culture | 11.40 | 0.35 | favourable |\n"
        "| Waste & Streets | 16.20 | 1.10 | adverse |\n"
        "| **Total** | **27.60** | **0.75** | **adverse** |\n\n"
        "Of the £3.0m of savings approved for 2025/26, the £0.4m not achieved was mainly in waste. The Housing "
        "Revenue Account recorded a surplus of £0.9m.\n"
    ),
}


def _figures(con, source_file: str) -> set[tuple]:
    return rows_of(
        con,
        "select category, round(amount_gbp, 2)::double from marts.financial_figures where source_file = ?",
        source_file,
    )


def _overspends(con, source_file: str) -> set[tuple]:
    return rows_of(
        con, "select round(amount_gbp, 2)::double from marts.overspends where source_file = ?", source_file
    )


def test_a_table_ruled_off_under_its_headings_takes_its_caption_unit(con) -> None:
    figures = _figures(con, SPACED)
    assert {("budget", 12.4e6), ("budget", 8.15e6), ("budget", 20.55e6), ("other", 0.3e6)} <= figures
    assert {(0.62e6,), (0.32e6,)} <= _overspends(con, SPACED)


def test_a_ruled_table_whose_unit_a_paragraph_above_gives(con) -> None:
    figures = _figures(con, SPACED)
    assert {("budget", 44.2e6), ("budget", 19.8e6), ("other", 0.7e6)} <= figures
    assert (1.5e6,) in _overspends(con, SPACED)


def test_a_direction_in_a_cell_of_its_own(con) -> None:
    assert ("other", 0.35e6) in _figures(con, PIPED)
    overspends = _overspends(con, PIPED)
    assert {(1.1e6,), (0.75e6,)} <= overspends
    assert (0.35e6,) not in overspends


def test_savings_a_budget_is_built_on_a_gap_met_through_savings_savings_not_achieved_and_a_surplus(
    con,
) -> None:
    savings = rows_of(
        con, "select kind, round(amount_gbp, 2)::double from marts.savings where source_file = ?", SPACED
    )
    assert {("target", 7.5e6), ("target", 4.0e6)} <= savings
    assert ("budget", 7.5e6) not in _figures(con, SPACED)
    piped = rows_of(
        con, "select kind, round(amount_gbp, 2)::double from marts.savings where source_file = ?", PIPED
    )
    assert ("unidentified", 0.4e6) in piped
    assert ("other", 0.9e6) in _figures(con, PIPED)
