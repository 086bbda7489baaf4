"""An earlier forecast named beside the current one, end to end through the real CLI: "an improvement on the
£3.1m reported at Quarter 1" is the overspend forecast at that earlier quarter, not a figure of no kind."""

from tests.conftest import rows_of

MONITORING = "tallowmere_2025_q2-revenue-monitoring.txt"
REPORTS = {
    MONITORING: (
        "Tallowmere Borough Council\n"
        "Revenue Budget Monitoring 2025/26: Quarter 2\n"
        "Report to Cabinet, 12 November 2025\n\n"
        "1. Summary position\n\n"
        "1.1 The council is forecasting a net overspend of £1.94m for the year, a welcome improvement on the "
        "£3.12m reported at Quarter 1. The main pressures remain in temporary accommodation.\n"
    ),
}


def test_an_earlier_quarters_figure_beside_a_forecast_overspend_is_that_overspend(con) -> None:
    overspends = rows_of(
        con,
        "select round(amount_gbp, 2)::double, fiscal_year, status from marts.overspends where source_file = ?",
        MONITORING,
    )
    # the figure "reported at Quarter 1" is the overspend as it was forecast then, of the same year
    assert {(1.94e6, "2025/26", "forecast"), (3.12e6, "2025/26", "forecast")} <= overspends
    figures = rows_of(
        con,
        "select round(amount_gbp, 2)::double from marts.financial_figures where source_file = ?",
        MONITORING,
    )
    assert (3.12e6,) not in figures
