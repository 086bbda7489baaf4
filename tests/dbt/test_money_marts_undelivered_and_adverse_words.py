"""Money marts on more forms met in reports of councils we had not seen: savings against what a council "had
planned", what is undelivered or would remain to be found, savings a partnership contributed, a multi-year programme
(no one year), a variance called adverse or favourable after its amount with its cause, and the services of
proposals' rows (wheeled bins, customer contact, planning and museums, infrastructure); a budget shortfall that
savings and council tax must close (a funding gap, not savings still to find), a provisional settlement's increase
(a grant), spending over its budget, more than budgeted or in the red (an overspend) and a potential overspend (a
forecast). Invented councils; every report runs through the real `councilwh refresh`."""

from __future__ import annotations

from tests.conftest import figures_of, overspends_of, rows_of, savings_of

MTFS = "ravensholt_2026_mtfs-update.txt"
PROPOSALS = "brindlecombe_2026_savings-proposals-2027-28.md"
MONITORING = "kilmardie_2027_revenue-monitoring-period-9.txt"
SPACED = "tollbridge_2026_q2-revenue-budget-monitoring.txt"
UNAGREED = "fenmarsh_2026_mtfs-savings-decision.txt"
SHORTFALL = "wendlebury_2026_draft-budget-briefing.txt"
RAG_AND_INCOME = "ashby_2026_q2-budget-monitoring.txt"
OUTTURN = "dunmore_2026_revenue-outturn-2025-26.txt"
SETTLEMENTS = "elmsford_2026_mtfs-2027-28.txt"

REPORTS = {
    MTFS: (
        "Ravensholt City Council\n"
        "Cabinet, 18 November 2026\n\n"
        "2. Savings\n\n"
        "In 2025/26 the council delivered £2.9m of the £3.3m savings it had planned. Of the undelivered £0.4m, "
        "half has been written out. The shared waste partnership contributed savings of £0.3m a year to the MTFS. "
        "In February 2026 the council approved a net budget of £31.2m for 2026/27 and a five-year savings "
        "programme of £5.5m. If all proposals are agreed, £610,000 of the 2027/28 gap would remain to be found.\n"
    ),
    PROPOSALS: (
        "# Brindlecombe Borough Council\n\n"
        "Cabinet, 3 December 2026\n\n"
        "## Savings proposals for 2027/28\n\n"
        "| Ref | Proposal | 2027/28 £ | 2028/29 £ |\n"
        "|---|---|---:|---:|\n"
        "| WST-02 | Charge for replacement wheeled bins | 70,000 | 10,000 |\n"
        "| CS-05 | Digital customer contact | 150,000 | 90,000 |\n"
        "| PL-01 | Planning advice fees | 40,000 | 15,000 |\n"
        "| CUL-03 | New operating model for the town museum | 60,000 | 80,000 |\n"
    ),
    MONITORING: (
        "Kilmardie Council\n"
        "Policy and Resources Committee, 12 February 2027\n"
        "Revenue monitoring 2026/27: period 9\n\n"
        "3. Forecast by service (£000)\n\n"
        "Service                          Budget    Forecast    Variance\n"
        "Infrastructure & Environment     38,400      38,950         550\n"
        "Education & Learning             92,100      91,800        (300)\n\n"
        "4. Commentary\n\n"
        "4.1 Infrastructure & Environment - roads maintenance is projected to be £0.3m adverse following "
        "the storms in October. Schools transport is forecast to be £0.2m favourable due to retendered routes.\n"
    ),
    SPACED: (
        "Tollbridge Borough Council\n"
        "Cabinet, 20 November 2026\n"
        "Revenue budget monitoring 2026/27: quarter 2\n\n"
        "  Directorate                      Revised      Forecast     Variance\n"
        "                                   Budget       Outturn\n"
        "  ------------------------------   ---------    ---------    ---------\n"
        "  Housing Options                  £2.80m       £3.95m       £1.15m\n"
        "  Leisure & Culture                £1.90m       £1.84m       (£0.06m)\n"
        "  Net cost of services             £4.70m       £5.79m       £1.09m\n"
    ),
    UNAGREED: (
        "Fenmarsh District Council\n"
        "Cabinet, 9 October 2026\n\n"
        "A. That it be noted that officers have made savings of £0.9m so far under delegated powers, leaving a "
        "balance still to be agreed of around £640k in 2027/28.\n\n"
        "B. Resources: £85k non-delivery of the fleet efficiency proposal in 2026/27.\n"
    ),
    SHORTFALL: (
        "Wendlebury County Council\n"
        "Draft Budget Briefing 2027/28\n\n"
        "The council welcomed the provisional settlement from the Scottish Government for 2027/28 of 4.6%. "
        "The final pay settlement of 3.9% adds to costs. A budget shortfall of £7.4m must therefore be met from a "
        "mix of Budget Savings and a council tax rise. Savings of £0.9m are rated in the red category.\n\n"
        "Spending on home care was £0.6m over its £4.1m annual budget, and the council as a whole had spent "
        "£1.8m more than it had budgeted for by the end of October. Leisure was £0.25m in the red at the "
        "half year. Planned mitigations would bring the potential overspend down to £1.1m. Waste collection "
        "will cost £0.3m over the next two years.\n"
    ),
    # near misses of the words above: savings rated red, a deficit years ahead, income above its budget, a
    # potential that is no overspend, settlements that are no grant
    RAG_AND_INCOME: (
        "Ashby Borough Council\n"
        "Revenue Budget Monitoring Report Quarter 2 2026/27\n\n"
        "Car parking income was £0.4m more than it had budgeted for, as visitor numbers recovered.\n\n"
        "Planning fee income was £0.3m above its £2.1m budget at the half year.\n\n"
        "Of the £3.0m savings programme, £1.2m in the red, £0.8m amber and £1.0m is green.\n\n"
        "The Housing Revenue Account will be £1.5m in the red by 2029/30 unless rents rise.\n"
    ),
    OUTTURN: (
        "Dunmore County Council\n"
        "Revenue Outturn Report 2025/26\n\n"
        "Despite the potential for winter pressures, Highways finished the year £0.9m over budget.\n\n"
        "Following the potential risks identified at Quarter 3, the final outturn overspend on waste was £0.6m.\n"
    ),
    SETTLEMENTS: (
        "Elmsford District Council\n"
        "Medium Term Financial Strategy 2027/28 to 2030/31\n\n"
        "Following the final settlement, fees and charges will rise by 3% from April.\n\n"
        "Pay and price inflation of 3.8% was not funded by the final settlement.\n\n"
        "After the provisional settlement, the adult social care precept of 2% was confirmed.\n\n"
        "A final settlement of £250k was agreed with the former leisure contractor.\n"
    ),
}


def test_savings_a_council_had_planned_undelivered_contributed_and_still_to_find(con) -> None:
    savings = savings_of(con, MTFS, "fiscal_year")
    assert {
        ("delivered", 2.9e6, "2025/26"),
        ("target", 3.3e6, "2025/26"),  # "of the £3.3m savings it had planned"
        ("unidentified", 0.4e6, "2025/26"),  # "the undelivered £0.4m"
        ("target", 5.5e6, None),  # a five-year programme: no one year
        ("unidentified", 610e3, "2027/28"),  # "would remain to be found"
    } <= savings
    assert ("delivered", 0.3e6) in {(kind, amount) for kind, amount, _year in savings}  # contributed savings
    assert ("delivered", 3.3e6, "2025/26") not in savings


def test_a_balance_still_to_be_agreed_and_a_non_delivery_are_savings_still_to_find(con) -> None:
    savings = savings_of(con, UNAGREED, "fiscal_year")
    assert {("unidentified", 640e3, "2027/28"), ("unidentified", 85e3, "2026/27")} <= savings
    assert not {(kind, amount) for kind, amount, _year in savings} & {
        ("delivered", 640e3),
        ("delivered", 85e3),
    }


def test_the_services_of_proposals_rows(con) -> None:
    services = {(amount, area) for _kind, amount, area in savings_of(con, PROPOSALS, "service_area")}
    assert {
        (70e3, "waste"),  # wheeled bins
        (150e3, "corporate_services"),  # customer contact
        (40e3, "other"),  # planning
        (60e3, "other"),  # a museum
    } <= services


def test_a_variance_called_adverse_or_favourable_after_its_amount(con) -> None:
    overspends = overspends_of(con, MONITORING)
    assert {(550e3, "highways"), (0.3e6, "highways")} <= overspends  # infrastructure; roads, adverse
    assert ("other", 0.2e6) in figures_of(con, MONITORING)  # favourable: an underspend
    assert 0.2e6 not in {amount for amount, _service in overspends}


def test_pound_cells_of_a_table_typed_with_spaces_take_their_columns_headings(con) -> None:
    assert {(1.15e6, "housing"), (1.09e6, None)} <= overspends_of(con, SPACED)
    figures = figures_of(con, SPACED)
    assert {("budget", 2.8e6), ("other", 3.95e6), ("budget", 4.7e6), ("other", 0.06e6)} <= figures


def test_a_budget_shortfall_to_meet_from_savings_and_council_tax_is_a_funding_gap(con) -> None:
    assert ("funding_gap", 7.4e6) in figures_of(con, SHORTFALL)
    assert 7.4e6 not in {amount for _kind, amount in savings_of(con, SHORTFALL)}


def test_a_provisional_settlement_increase_is_a_grant_but_a_pay_settlement_is_not(con) -> None:
    percents = rows_of(
        con,
        "select category, percent::double from marts.financial_figures where source_file = ? and percent is not null",
        SHORTFALL,
    )
    assert ("grant", 4.6) in percents
    assert ("grant", 3.9) not in percents


def test_spending_over_its_budget_more_than_budgeted_or_in_the_red_is_an_overspend(con) -> None:
    amounts = {amount for amount, _service in overspends_of(con, SHORTFALL)}
    assert {0.6e6, 1.8e6, 0.25e6} <= amounts
    # near misses: savings rated in the red, a cost over the next two years, the budget itself
    assert not {0.9e6, 0.3e6, 4.1e6} & amounts


def test_a_potential_overspend_is_a_forecast(con) -> None:
    statuses = rows_of(
        con,
        "select round(amount_gbp, 2)::double, status from marts.overspends where source_file = ?",
        SHORTFALL,
    )
    assert (1.1e6, "forecast") in statuses


def test_savings_in_the_red_a_deficit_years_ahead_and_income_above_budget_are_no_overspends(con) -> None:
    overspent = {amount for amount, _service in overspends_of(con, RAG_AND_INCOME)}
    assert not {0.4e6, 0.3e6, 1.2e6, 1.5e6} & overspent
    assert {("income", 0.4e6), ("income", 0.3e6)} <= figures_of(con, RAG_AND_INCOME)


def test_a_potential_that_is_no_overspend_leaves_an_outturn_actual(con) -> None:
    statuses = rows_of(
        con,
        "select round(amount_gbp, 2)::double, status from marts.overspends where source_file = ?",
        OUTTURN,
    )
    assert {(0.9e6, "actual"), (0.6e6, "actual")} <= statuses


def test_a_settlement_that_is_not_the_governments_increase_is_no_grant(con) -> None:
    percents = rows_of(
        con,
        "select percent::double from marts.financial_figures where source_file = ? and category = 'grant'",
        SETTLEMENTS,
    )
    assert not percents
    assert ("grant", 250000.0) not in figures_of(con, SETTLEMENTS)
