"""Money in a table in whole pounds (a row of "£" under its headings, or "£" ending a heading), and the words a
monitoring report uses for schools' deficits, loans, interest, capital programmes and the years a span ends in,
end to end through the real CLI."""

from tests.conftest import figures_of, overspends_of, rows_of

DISTRICT = "wendlebury_2025_q3-budget-monitoring.txt"
BOROUGH = "carrow-vale_2025_period-6-monitoring.txt"
MINUTES = "pellingham_2023_cpc-cabinet-minutes.txt"
REPORTS = {
    MINUTES: (
        "PELLINGHAM DISTRICT COUNCIL\n\n"
        "MINUTES OF A MEETING OF THE CABINET held on THURSDAY, 13 JULY 2023\n\n"
        "C14   CORPORATE PEER CHALLENGE\n\n"
        "The Leader reported that the corporate peer challenge had taken place from 14 to 17 March 2023 and that "
        "the feedback report had now been published.\n\n"
        "C15   FINANCE UPDATE\n\n"
        "The general fund net budget for 2023/24 was £14.2m. The council was forecasting an overspend of £420,000. "
        "A small team would be funded from the £0.3m invest-to-save reserve.\n"
    ),
    DISTRICT: (
        "WENDLEBURY DISTRICT COUNCIL\n\n"
        "Cabinet – 5 February 2026\n\n"
        "QUARTER 3 BUDGET MONITORING 2025-26\n\n"
        "1. Revenue Position\n\n"
        "1.1 The forecast for each service is shown below in whole pounds.\n\n"
        "Service\tBudget\tForecast\tVariance\n\n"
        "\t£\t£\t£\n"
        "Environmental Services (Waste)\t4,120,500\t4,398,700\t278,200\n"
        "Planning and Regeneration\t1,604,300\t1,588,100\t-16,200\n\n"
        "2. Fees\n\n"
        "Charge\tFee £\n"
        "Garden waste bin\t48.50\n"
        "Bulky item collection\t32.00\n\n"
        "3. Other matters\n\n"
        "3.1 Early Help services are forecast to overspend; the capital programme for 2025/26 is £18.4m. Of the "
        "savings of £1.2m, £0.9m had been achieved or were on track.\n"
    ),
    BOROUGH: (
        "Carrow Vale Borough Council – Period 6 Budget Monitoring 2025/26\n\n"
        "1. Summary\n\n"
        "The cumulative deficit on the Dedicated Schools Grant high needs block stands at £31.2m. Loans to the "
        "council's housing company total £44m. Interest income from these loans of around £2.1m a year supports the "
        "budget. Interest costs have risen from £4.2m in 2022/23 to £7.9m in 2025/26. The HRA forecasts a deficit of "
        "£1.6m against a budgeted deficit of £0.5m. Directors will reduce the overspend by at least £0.8m. A one-off "
        "budget of £60,000 from the Change Reserve is proposed.\n\n"
        "The strategy shows a budget gap of £28.0m over the four years to 2028/29, and the council has so far "
        "agreed proposals worth £11.5m against it.\n\n"
        "Table 3 – Early Help (£000)\n\n"
        "| Service | Budget | Forecast | Variance |\n"
        "|---|---|---|---|\n"
        "| Early Help | 5,400 | 5,650 | 250 |\n"
    ),
}


def test_a_table_in_whole_pounds_under_a_row_of_pound_signs(con) -> None:
    figures = figures_of(con, DISTRICT)
    assert {("budget", 4120500.0), ("other", 4398700.0), ("budget", 1604300.0), ("other", 16200.0)} <= figures
    assert (278200.0, "waste") in overspends_of(con, DISTRICT)


def test_fees_in_pounds_and_pence_are_no_amounts_of_a_table(con) -> None:
    amounts = {amount for _category, amount in figures_of(con, DISTRICT)}
    assert 48.5 not in amounts and 32.0 not in amounts


def test_a_capital_programme_that_is_a_sum_and_savings_achieved_or_on_track(con) -> None:
    assert ("investment", 18.4e6) in figures_of(con, DISTRICT)
    savings = rows_of(
        con, "select kind, round(amount_gbp, 2)::double from marts.savings where source_file = ?", DISTRICT
    )
    assert ("target", 0.9e6) in savings and ("delivered", 0.9e6) not in savings


def test_a_schools_deficit_loans_made_interest_received_and_paid(con) -> None:
    figures = figures_of(con, BOROUGH)
    assert {("other", 31.2e6), ("other", 44e6), ("income", 2.1e6), ("debt", 4.2e6)} <= figures
    assert ("grant", 31.2e6) not in figures and ("debt", 44e6) not in figures


def test_a_budgeted_deficit_a_one_off_budget_and_an_overspend_to_reduce(con) -> None:
    figures = figures_of(con, BOROUGH)
    assert {("budget", 0.5e6), ("budget", 60e3), ("other", 0.8e6)} <= figures
    assert 0.8e6 not in {amount for amount, _area in overspends_of(con, BOROUGH)}


def test_the_year_a_span_ends_in_is_not_a_later_figures_year(con) -> None:
    savings = rows_of(
        con,
        "select kind, round(amount_gbp, 2)::double, fiscal_year from marts.savings where source_file = ?",
        BOROUGH,
    )
    assert ("identified", 11.5e6, None) in savings


def test_early_help_is_a_childrens_service(con) -> None:
    assert (250e3, "childrens_services") in overspends_of(con, BOROUGH)


def test_minutes_about_a_visit_date_their_forecasts_by_the_meeting_not_the_visit(con) -> None:
    rows = rows_of(
        con,
        "select round(amount_gbp, 2)::double, fiscal_year, status from marts.overspends where source_file = ?",
        MINUTES,
    )
    assert (420e3, "2023/24", "forecast") in rows
    assert ("reserves", 0.3e6) in figures_of(con, MINUTES)
