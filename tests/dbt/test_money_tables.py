"""Tables of plain numbers in a stated unit, end to end: invented monitoring reports refreshed by the real CLI,
then each cell's mart row read by what its column's heading says (the `money_rules` seed's `column` rules)."""

from tests.conftest import rows_of

BARS = "ambridge_2026_q2-revenue-monitoring.md"
SPACES = "lakemoor_2026_q3-budget-monitoring.txt"
SAVINGS = "fenholt_2026_q2-savings-tracker.txt"
GAPS = "stowby_2026_mtfs-update.md"
VARIATION = "quarrington_2026_q1-revenue-position.txt"
UNDER = "thornbury_2026_q2-revenue-monitoring.md"
YEARS = "hollowell_2026_medium-term-financial-strategy.md"
DIRECTORATES = "pennock_2026_q2-budget-monitoring.md"
SIGNS = "corley_2026_q2-budget-monitoring.md"
REPORTS = {
    BARS: (
        "# Ambridge Borough Council\n\n"
        "## Revenue budget monitoring 2026/27: Quarter 2\n\n"
        "Cabinet, 12 November 2026\n\n"
        "The forecast position by portfolio at the end of September 2026 is shown below.\n\n"
        "| Portfolio | Budget £m | Forecast outturn £m | Variance £m |\n"
        "|---|---|---|---|\n"
        "| Children's social care | 41.250 | 43.880 | 2.630 |\n"
        "| Waste and street scene | 9.400 | 9.130 | (0.270) |\n"
    ),
    SPACES: (
        "Lakemoor District Council\n\n"
        "Budget monitoring 2026/27 - Quarter 3 (to 31 December 2026)\n\n"
        "3.1  Net spending by directorate is forecast as follows.\n\n"
        "     Directorate                  Revised Budget     Variance\n"
        "                                                     Favourable/(Adverse)\n"
        "                                  £000               £000\n"
        "\n"
        "     Adult social care            52,310             (1,845)\n"
        "     Planning and housing          7,602                 212\n"
    ),
    SAVINGS: (
        "Fenholt Borough Council\n\n"
        "Savings tracker 2026/27 - Quarter 2\n\n"
        "Savings 2026/27                 £'000        %\n"
        "Delivered                       3,150      63%\n"
        "On track                          990      20%\n"
        "Unachievable in year              860      17%\n"
    ),
    GAPS: (
        "# Stowby District Council: medium term financial strategy update\n\n"
        "The position over the next three years is:\n\n"
        "| Year | Budget gap (£m) | Savings identified (£m) | Still to find (£m) |\n"
        "|---|---:|---:|---:|\n"
        "| 2027/28 | 3.6 | 2.2 | 1.4 |\n"
        "| 2028/29 | 5.1 | 2.9 | 2.2 |\n"
    ),
    UNDER: (
        "# Thornbury Town Council\n\n## Revenue monitoring 2026/27: Quarter 2\n\n"
        "| Service | Budget £m | Underspend £m |\n|---|---|---|\n| Libraries | 3.20 | 0.40 |\n| Parks | 2.10 | (0.15) |\n"
    ),
    YEARS: (
        "# Hollowell District Council\n\n## Medium Term Financial Strategy 2026/27 to 2028/29\n\n"
        "The position for each year is set out below. All figures are in £ millions, each year on its own.\n\n"
        "| | 2026/27 | 2027/28 | 2028/29 |\n|---|---|---|---|\n"
        "| Net budget requirement | 18.20 | 18.90 | 19.40 |\n"
        "| Gap before savings | 0.80 | 1.30 | 1.75 |\n"
        "| Savings proposals | 0.80 | 0.90 | 0.50 |\n"
        "| Savings still to find | 0.00 | 0.40 | 1.25 |\n"
    ),
    DIRECTORATES: (
        "# Pennock Borough Council\n\n## Budget monitoring 2026/27: Quarter 2\n\n"
        "Forecast by directorate (£000)\n\n"
        "| Directorate | Budget | Forecast | Variance |\n|---|---|---|---|\n"
        "| Resources | 8,200 | 8,450 | 250 |\n"
        "| Place and Economy | 12,100 | 12,480 | 380 |\n"
        "| Chief Executive's Office | 1,900 | 1,860 | (40) |\n"
        "| Total | 22,200 | 22,790 | 590 |\n"
    ),
    SIGNS: (
        "# Corley Borough Council\n\n## Budget monitoring 2026/27: Quarter 2\n\n"
        "| Directorate | Budget £m | Forecast £m | Variance £m |\n|---|---:|---:|---:|\n"
        "| Adult social care | 60.10 | 62.35 | +2.25 |\n| Waste and recycling | 12.40 | 12.05 | –0.35 |\n\n"
        "The main pressures are:\n\n"
        "| Service area | Forecast overspend |\n|---|---|\n"
        "| Children's social care placements | £1.7m |\n| Highways maintenance | £0.6m |\n"
        "| Home to school transport (SEND) | £0.8m |\n"
        "| Other services (net) | (£0.4m) |\n\n"
        "At the end of 2025/26 the HRA recorded an overspend of £0.3m.\n"
    ),
    VARIATION: (
        "Quarrington City Council\n\n"
        "Revenue position 2026/27 at Quarter 1 (April to June 2026)\n\n"
        "                               Revised       Forecast\n"
        "                                Budget      Variation\n"
        "                                £000s          £000s\n"
        "  Highways and parking          18,240            604\n"
        "  --------------------------------------------------\n"
        "  Net position                  18,240            604\n"
    ),
}


FIGURES = "select category, amount_gbp::double from marts.financial_figures where source_file = ?"
OVERSPENDS = (
    "select amount_gbp::double, fiscal_year, status, service_area from marts.overspends where source_file = ?"
)


def test_budget_and_outturn_columns_are_figures_and_a_bracketed_variance_an_underspend(con) -> None:
    assert rows_of(con, FIGURES, BARS) == {
        ("budget", 41_250_000),
        ("other", 43_880_000),
        ("budget", 9_400_000),
        ("other", 9_130_000),
        ("other", 270_000),
    }


def test_a_positive_variance_is_an_overspend_of_its_rows_service_forecast_for_the_open_year(con) -> None:
    assert rows_of(con, OVERSPENDS, BARS) == {(2_630_000, "2026/27", "forecast", "childrens_services")}


def test_where_brackets_mark_the_adverse_variance_a_bracketed_cell_is_the_overspend(con) -> None:
    assert rows_of(con, OVERSPENDS, SPACES) == {(1_845_000, "2026/27", "forecast", "adult_social_care")}
    assert rows_of(con, FIGURES, SPACES) == {
        ("budget", 52_310_000),
        ("budget", 7_602_000),
        ("other", 212_000),
    }


def test_a_savings_table_reads_each_rows_words_in_its_unit(con) -> None:
    rows = rows_of(
        con,
        "select kind, amount_gbp::double, percent::double from marts.savings where source_file = ?",
        SAVINGS,
    )
    assert rows == {
        ("delivered", 3_150_000, None),
        ("rate", None, 63),
        ("target", 990_000, None),
        ("rate", None, 20),
        ("unidentified", 860_000, None),
        ("rate", None, 17),
    }


def test_a_table_with_years_as_rows_gives_each_years_gap_and_savings(con) -> None:
    gaps = rows_of(con, "select amount_gbp::double from marts.financial_figures where source_file = ?", GAPS)
    savings = rows_of(
        con, "select kind, amount_gbp::double, fiscal_year from marts.savings where source_file = ?", GAPS
    )
    assert gaps == {(3_600_000,), (5_100_000,)}
    assert rows_of(
        con, "select distinct category from marts.financial_figures where source_file = ?", GAPS
    ) == {("funding_gap",)}
    assert savings == {
        ("identified", 2_200_000, "2027/28"),
        ("unidentified", 1_400_000, "2027/28"),
        ("identified", 2_900_000, "2028/29"),
        ("unidentified", 2_200_000, "2028/29"),
    }


def test_a_variation_is_a_variance_and_a_rule_line_does_not_end_the_table(con) -> None:
    assert rows_of(con, FIGURES, VARIATION) == {("budget", 18_240_000)}
    assert rows_of(con, OVERSPENDS, VARIATION) == {(604_000, "2026/27", "forecast", "highways")}


def test_an_underspend_column_is_an_underspend_when_positive_and_an_overspend_in_brackets(con) -> None:
    assert rows_of(con, FIGURES, UNDER) == {("budget", 3_200_000), ("budget", 2_100_000), ("other", 400_000)}
    assert {row[0] for row in rows_of(con, OVERSPENDS, UNDER)} == {150_000}


def test_a_table_whose_unit_a_sentence_above_gives_reads_each_cell_with_its_years_column(con) -> None:
    figures = rows_of(
        con,
        "select category, amount_gbp::double, fiscal_year from marts.financial_figures where source_file = ?",
        YEARS,
    )
    assert figures == {
        ("budget", 18_200_000, "2026/27"),
        ("budget", 18_900_000, "2027/28"),
        ("budget", 19_400_000, "2028/29"),
        ("funding_gap", 800_000, "2026/27"),
        ("funding_gap", 1_300_000, "2027/28"),
        ("funding_gap", 1_750_000, "2028/29"),
    }
    savings = rows_of(
        con, "select kind, amount_gbp::double, fiscal_year from marts.savings where source_file = ?", YEARS
    )
    # a zero cell is no saving
    assert savings == {
        ("identified", 800_000, "2026/27"),
        ("identified", 900_000, "2027/28"),
        ("identified", 500_000, "2028/29"),
        ("unidentified", 400_000, "2027/28"),
        ("unidentified", 1_250_000, "2028/29"),
    }


def test_a_directorate_row_names_its_overspends_service_or_other_and_the_total_row_none(con) -> None:
    # "Resources" names corporate services only as a table row's name; a part of the council that no service
    # word names is other; the total is the whole council's
    assert rows_of(con, OVERSPENDS, DIRECTORATES) == {
        (250_000, "2026/27", "forecast", "corporate_services"),
        (380_000, "2026/27", "forecast", "other"),
        (590_000, "2026/27", "forecast", None),
    }


def test_a_variance_with_a_plus_sign_pound_cells_under_an_overspend_column_and_the_hra(con) -> None:
    # "+2.25" is a plain number with its sign; "£1.7m" under "Forecast overspend" is an overspend of its row's
    # service, "(£0.4m)" under it is negative: no overspend
    assert rows_of(con, OVERSPENDS, SIGNS) == {
        (2_250_000, "2026/27", "forecast", "adult_social_care"),
        (1_700_000, "2026/27", "forecast", "childrens_services"),
        (600_000, "2026/27", "forecast", "highways"),
        # home to school transport is transport, for children with SEND too
        (800_000, "2026/27", "forecast", "transport"),
        # the HRA (housing revenue account) is housing's
        (300_000, "2025/26", "actual", "housing"),
    }
    assert {("budget", 60_100_000), ("other", 350_000), ("other", 400_000)} <= rows_of(con, FIGURES, SIGNS)
