"""An earlier forecast named beside the current one, end to end through the real CLI: "an improvement on the
£3.1m reported at Quarter 1" is the overspend forecast at that earlier quarter, not a figure of no kind; and
the forms a monitoring report's overspend takes beside it: a change in the forecast overspend is a movement, a
second overspend joined to the first shares its status, a council-wide overspend of the same amount as a
service's is a fact of its own, an operating deficit is an overspend, and a report that dates nothing takes
the year its opening says its position is for; an earlier figure in brackets ("(was £5.9m)") is the overspend as
it stood before, and "Adult Social Services" is adult social care."""

from tests.conftest import rows_of

MONITORING = "tallowmere_2025_q2-revenue-monitoring.txt"
JOINED = "brackenford_2025_forecast-outturn-period-6.txt"
UNDATED = "oakmere_2025_month4-revenue-monitoring-minute.txt"
BRACKETED = "hollinsby_2025_q2-finance-update.txt"
EARLIER_POINT = "durnford_2025_q2-forecast-outturn-measure.txt"
REPORTS = {
    EARLIER_POINT: (
        "Durnford Council performance system\n\nGross budget - forecast outturn, quarter 2 2025/26\n\n"
        "The quarter 2 outturn forecast shows an estimated overspend of £3,412,000 an improvement on the q1 "
        "forecast of £4,105,000.\n"
    ),
    MONITORING: (
        "Tallowmere Borough Council\n"
        "Revenue Budget Monitoring 2025/26: Quarter 2\n"
        "Report to Cabinet, 12 November 2025\n\n"
        "1. Summary position\n\n"
        "1.1 The council is forecasting a net overspend of £1.94m for the year, a welcome improvement on the "
        "£3.12m reported at Quarter 1. The main pressures remain in temporary accommodation.\n"
    ),
    JOINED: (
        "Brackenford District Council\n"
        "Draft Outturn Forecast 2025/26 - Period 6\n\n"
        "2. Overview\n\n"
        "2.1 The forecast outturn position for the General Fund is an overspend of £2.417m and an overspend of "
        "£64k for the Housing Revenue Account.\n"
        "2.2 The council's forecast overspend is £5.7 million. Adult Social Care has a forecast overspend of "
        "£5.7 million, driven by residential placements.\n"
        "2.3 Last month there had been a £0.42m reduction in the forecast overspend.\n"
    ),
    UNDATED: (
        "Members considered the report which set out the revenue budget monitoring position for 2025/26 for the "
        "Council Fund and the Housing Revenue Account, as it stood at the end of the fourth month of the year, "
        "with the reasons for the main variances and the actions taken since the last report to reduce them.\n\n"
        "The position without further action was:\n\n"
        "- An operating deficit of £1.874m in the Council Fund; and\n"
        "- Housing Revenue Account expenditure forecast to be £0.052m higher than budget.\n"
    ),
    BRACKETED: (
        "Hollinsby Borough Council\n"
        "Finance Update 2025/26: Quarter 2\n\n"
        "1. Headlines\n\n"
        "1.1 Hollinsby is forecasting a General Fund overspend of £4.2m (was £5.9m) for the year, and an HRA "
        "overspend of £0.4m (previously £0.7m).\n"
        "1.2 The General Fund overspend comprises £2.5m in Children's Services and £1.7m in Adult Social "
        "Services.\n"
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


def test_an_earlier_figure_in_brackets_after_a_forecast_overspend_is_that_overspend(con) -> None:
    overspends = rows_of(
        con,
        "select round(amount_gbp, 2)::double, status from marts.overspends where source_file = ?",
        BRACKETED,
    )
    # "(was £5.9m)", "(previously £0.7m)": the same overspend as it was forecast before
    assert {(4.2e6, "forecast"), (5.9e6, "forecast"), (0.4e6, "forecast"), (0.7e6, "forecast")} <= overspends
    figures = rows_of(
        con,
        "select round(amount_gbp, 2)::double from marts.financial_figures where source_file = ?",
        BRACKETED,
    )
    assert not {(5.9e6,), (0.7e6,)} & figures


def test_adult_social_services_in_a_list_of_parts_is_adult_social_care(con) -> None:
    overspends = rows_of(
        con,
        "select round(amount_gbp, 2)::double, service_area from marts.overspends where source_file = ?",
        BRACKETED,
    )
    assert {(2.5e6, "childrens_services"), (1.7e6, "adult_social_care")} <= overspends


def test_an_overspend_joined_to_a_forecast_one_is_a_forecast_too(con) -> None:
    overspends = rows_of(
        con,
        "select round(amount_gbp, 2)::double, fiscal_year, status from marts.overspends where source_file = ?",
        JOINED,
    )
    # "... is an overspend of £2.417m and an overspend of £64k for the HRA": both forecasts of the open year
    assert {(2.417e6, "2025/26", "forecast"), (64e3, "2025/26", "forecast")} <= overspends


def test_a_council_wide_overspend_of_a_services_amount_is_a_fact_of_its_own(con) -> None:
    overspends = rows_of(
        con,
        "select round(amount_gbp, 2)::double, service_area from marts.overspends where source_file = ?",
        JOINED,
    )
    assert {(5.7e6, None), (5.7e6, "adult_social_care")} <= overspends


def test_a_reduction_in_the_forecast_overspend_is_a_movement_not_an_overspend(con) -> None:
    overspends = rows_of(
        con, "select round(amount_gbp, 2)::double from marts.overspends where source_file = ?", JOINED
    )
    assert (0.42e6,) not in overspends
    figures = rows_of(
        con, "select round(amount_gbp, 2)::double from marts.financial_figures where source_file = ?", JOINED
    )
    assert (0.42e6,) in figures


def test_an_undated_monitoring_reports_overspends_take_the_year_its_opening_names(con) -> None:
    overspends = rows_of(
        con,
        "select round(amount_gbp, 2)::double, fiscal_year, status from marts.overspends where source_file = ?",
        UNDATED,
    )
    # an operating deficit in a monitoring report is the overspend forecast for the year it is about
    assert {(1.874e6, "2025/26", "forecast"), (52e3, "2025/26", "forecast")} <= overspends


def test_an_earlier_quarters_forecast_named_before_its_figure_is_that_overspend(con) -> None:
    overspends = rows_of(
        con,
        "select round(amount_gbp)::bigint, fiscal_year, status from marts.overspends where source_file = ?",
        EARLIER_POINT,
    )
    assert overspends == {(3_412_000, "2025/26", "forecast"), (4_105_000, "2025/26", "forecast")}
