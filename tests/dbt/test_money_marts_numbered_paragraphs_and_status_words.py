"""Money in numbered paragraphs set apart by spaces, a table whose unit a sentence gives above its title, a page
footer that opens with its page number, a capital table with a scheme name cut short, and a savings table whose
rows carry status words, end to end through the real CLI."""

from tests.conftest import figures_of, overspends_of, rows_of, savings_of

MONITOR = "brackenfold_2026_period-6-budget-forecast.txt"
CAPITAL = "ostley-fire_2026_q3-revenue-and-capital.txt"
OUTTURN = "kelmarsh_2026_revenue-outturn-2025-26.txt"
FEEDBACK = "pelworth_2026_cpc-feedback-report.txt"
QUARTER = "dunmere_2026_q3-budget-monitoring.txt"
MTFS = "glenholt_2026_mtfs-update.txt"
REPORTS = {
    MONITOR: (
        "BRACKENFOLD COUNCIL\n"
        "CABINET\n"
        "12 November 2026\n\n"
        "Report Title:     Budget Forecast 2026/27 at Period 6\n\n"
        "1.    Summary\n\n"
        "1.1   The General Fund is forecast to spend £182.40m against a net budget of £179.10m,\n"
        "      an adverse variance of £3.30m (1.8%). At Period 4 the forecast pressure was\n"
        "      £2.6m, so the position has worsened by £0.7m over the two months since then.\n\n"
        "1.2   Table 1 shows the forecast by directorate. All figures £000; brackets denote a\n"
        "      favourable variance against the budget for the year.\n\n"
        "Table 1 – Forecast by directorate, Period 6\n"
        "                                      Budget     Forecast    Variance    Variance   Trend\n"
        "                                      2026/27    Outturn     adverse /   %          since P4\n"
        "                                                 2026/27     (fav.)\n"
        "Adult Care and Wellbeing               71,200     73,650       2,450       3.4%     ▲ worse\n"
        "Children and Families                  48,900     50,010       1,110       2.3%     ▲ worse\n\n"
        "-------------------------------------------------------------------------------------------\n"
        "Page 3 of 9                                              Cabinet – 12 November 2026\n"
        "-------------------------------------------------------------------------------------------\n\n"
        "Environment and Place                  39,800     39,540        (260)     (0.7%)    ▼ better\n"
        "TOTAL                                 179,100    182,400       3,300       1.8%     ▲ worse\n\n"
        "2.    Contingency\n\n"
        "2.1   The budget holds a corporate contingency of £3.0m, of which £1.8m has been\n"
        "      committed to the pay award. The remaining £1.2m is held against winter pressures.\n"
    ),
    CAPITAL: (
        "OSTLEY FIRE AUTHORITY\n"
        "Resources Committee – 3 February 2027\n"
        "Revenue and Capital Monitoring, Quarter 3 2026/27\n\n"
        "Revenue. The Authority expects to spend £24.90m against a budget of £24.70m.\n\n"
        "       £m                 Budget    Forecast    Variance\n"
        "       Pay                 18.20      18.55        0.35\n"
        "       Income              (2.05)     (2.20)      (0.15)\n"
        "       Net                 24.70      24.90        0.20\n\n"
        "Capital. The capital programme is set out below (£000), exported with tabs between the columns.\n\n"
        "Scheme\tBudget 2026/27\tSpend to 31 Dec\tForecast\tSlippage to 2027/28\n"
        "Aerial ladder platform\t1,900\t420\t900\t1,000\n"
        "Training centre (second phase of the\n"
        "Marlow Road site)\t2,300\t1,250\t2,100\t200\n"
        "Total\t4,200\t1,670\t3,000\t1,200\n"
    ),
    OUTTURN: (
        "KELMARSH COUNCIL\n\n"
        "Subject:   REVENUE OUTTURN 2025/26\n"
        "Meeting:   Policy and Resources Committee\n"
        "Date:      23 June 2026\n\n"
        "3. Outturn\n\n"
        "3.0 Net expenditure on council services was £212.6 million against a budget of £210.9 million, an "
        "overspend of £1.7m, which has been met from the uncommitted general reserve.\n\n"
        "3.1 The main variances were:\n"
        "    • Children's Services – adverse £1.4M, from residential placements;\n"
        "    • Environment – favourable (£0.3m), from vacancies in grounds maintenance.\n\n"
        "3.2 Adult social care is delegated to the Kelmarsh Integration Joint Board. The IJB overspend of "
        "£2.2m was shared with the health board under the risk-sharing agreement.\n\n"
        "5. Savings\n\n"
        "5.1 Savings of £1.91m were approved as part of the 2025/26 budget. The status of each is shown below "
        "(values in £000).\n\n"
        "Ref | Saving                              | Service               | Value | Status\n"
        "----|-------------------------------------|-----------------------|-------|---------------------\n"
        "K01 | Re-tender of school transport       | Children's Services   |   310 | Achieved\n"
        "K02 | Library service redesign            | Place                 |   240 | Partially achieved (£60k)\n"
        "K03 | Garden waste subscription           | Place                 |   900 | Achieved\n"
        "K04 | Online housing applications         | Corporate             |   460 | Not achieved\n"
        "    | Total                               |                       | 1,910 |\n\n"
        "6. Looking ahead\n\n"
        "6.1 The 2026/27 budget requires savings of £950,000 more than in 2025/26.\n"
    ),
    FEEDBACK: (
        "Pelworth District Council\nCorporate Peer Challenge feedback report\n\n"
        "Financial planning. The council set a savings target of £2.1m for 2026/27. Officers now forecast a "
        "shortfall of £0.6m against that target. The plan assumes a further £4.2m of savings by 2028/29, and so "
        "far only £1.7m of that has firm proposals behind it. General fund reserves stand at £7.3m, of which "
        "£1.9m is unallocated. Community Infrastructure Levy receipts were £2.4m in the year, and the council has "
        "spent £0.35m from the levy on cycle routes. The action plan "
        "needs a programme officer costing about £52k a year, to be funded from the transformation reserve.\n"
    ),
    QUARTER: (
        "Dunmere District Council\nBudget Monitoring 2026/27 – Quarter 3 (to 31 December 2026)\n\n"
        "1. Summary\n\n"
        "Net spending is forecast to exceed the approved budget by £2.40m. Recovery actions already agreed are "
        "expected to bring this down to £1.1m by the end of March.\n\n"
        "2. Main variances\n\n"
        "• Street cleansing – £95k pressure from agency drivers.\n"
        "• Planning fees – £60k pressure.\n\n"
        "3. Savings\n\n"
        "The budget included savings of £3.2m. Savings of £0.9m are rated at risk, and £0.4m is now considered "
        "undeliverable this year; the undeliverable amount is already in the forecast above. By the end of "
        "December £1.6m had been achieved; the remaining £0.3m relates to the fleet review, which is now expected "
        "to deliver in 2027/28.\n\n"
        "5. Reserves\n\n"
        "Earmarked reserves stood at £14.2m on 1 April 2026 and are forecast to fall to £11.6m by March 2027 as "
        "the Budget Smoothing Fund is drawn down. The Budget Smoothing Fund itself holds £2.3m.\n\n"
        "6. Actions\n\n"
        "Directors have identified actions worth £0.7m, including a freeze on non-essential spending.\n"
    ),
    MTFS: (
        "Glenholt Borough Council\nMedium Term Financial Strategy update, October 2026\n\n"
        "1. The cumulative gap of £7.7m is broadly in line with the position reported in June, when it stood at "
        "£8.1m.\n\n"
        "2. The General Fund is forecast to end 2026/27 £0.45m adverse to budget.\n\n"
        "3. The Department for Education has provided £3.3m of additional funding since 2024 under the council's "
        "safety valve agreement.\n"
    ),
}


def test_a_table_under_its_title_takes_the_unit_a_numbered_paragraph_gives(con) -> None:
    # "1.2   Table 1 shows ... All figures £000" is a paragraph, not a table row, and its unit reaches the table
    # below the title line; the rows after a footer that opens with "Page 3 of 9" are still the table's
    figures = figures_of(con, MONITOR)
    assert {("budget", 71.2e6), ("budget", 48.9e6), ("budget", 39.8e6), ("budget", 179.1e6)} <= figures
    overspends = overspends_of(con, MONITOR)
    assert {(2.45e6, "adult_social_care"), (1.11e6, "childrens_services")} <= overspends
    assert (0.26e6, "environment") not in overspends


def test_a_forecast_pressure_is_an_overspend_and_what_remains_of_a_contingency_is_contingency(con) -> None:
    amounts = {amount for amount, _area in overspends_of(con, MONITOR)}
    assert {3.3e6, 2.6e6} <= amounts
    figures = figures_of(con, MONITOR)
    assert {("contingency", 3.0e6), ("contingency", 1.2e6)} <= figures
    assert ("other", 2.6e6) not in figures


def test_a_capital_table_with_a_wrapped_scheme_and_an_income_row(con) -> None:
    figures = figures_of(con, CAPITAL)
    # the scheme cut short before its row ("(second phase of the") does not end the table: the rows after it keep
    # the unit (£000); a capital budget is a budget, as in a revenue table, and slippage is other
    assert {("budget", 1.9e6), ("budget", 2.3e6), ("budget", 4.2e6)} <= figures
    assert {("other", 1.25e6), ("other", 2.1e6), ("other", 0.2e6), ("other", 1.2e6)} <= figures
    # a row named "Income" holds income, its budget and its forecast alike
    assert {("income", 2.05e6), ("income", 2.2e6)} <= figures


def test_savings_status_words_in_a_table_and_a_total_row_without_its_reference(con) -> None:
    savings = savings_of(con, OUTTURN, "service_area")
    # the scheme's own words name its service, not the service column ("school transport" under Children's)
    assert {
        ("delivered", 0.31e6, "transport"),
        ("target", 0.24e6, "libraries"),
        ("delivered", 0.9e6, "waste"),
    } <= savings
    kinds = {(kind, amount) for kind, amount, _area in savings}
    assert {("unidentified", 0.46e6), ("target", 1.91e6)} <= kinds
    assert ("delivered", 0.24e6) not in kinds


def test_approved_and_required_savings_a_bracketed_favourable_variance_and_an_ijb(con) -> None:
    kinds = {(kind, amount) for kind, amount, _area in savings_of(con, OUTTURN, "service_area")}
    assert {("target", 1.91e6), ("target", 0.95e6)} <= kinds
    figures = figures_of(con, OUTTURN)
    assert ("budget", 1.91e6) not in figures and ("other", 0.95e6) not in figures
    assert ("other", 0.3e6) in figures
    overspends = overspends_of(con, OUTTURN)
    assert {(1.4e6, "childrens_services"), (2.2e6, "adult_social_care")} <= overspends


def test_a_shortfall_against_a_target_proposals_behind_a_saving_and_unallocated_reserves(con) -> None:
    kinds = {(kind, amount) for kind, amount, _area in savings_of(con, FEEDBACK, "service_area")}
    # a shortfall against the savings target is savings still to find, not a funding gap
    assert {("unidentified", 0.6e6), ("identified", 1.7e6)} <= kinds
    assert ("delivered", 1.7e6) not in kinds
    figures = figures_of(con, FEEDBACK)
    # the unallocated part of the reserves is a reserve; levy receipts are income; a post's cost is no reserve
    assert {("reserves", 1.9e6), ("income", 2.4e6), ("other", 52e3)} <= figures
    assert ("funding_gap", 0.6e6) not in figures and ("reserves", 52e3) not in figures
    assert ("unidentified", 1.9e6) not in kinds
    # ... but what is spent from the levy is not income
    assert ("income", 0.35e6) not in figures


def test_pressures_in_bullets_a_figure_brought_down_to_and_undeliverable_savings(con) -> None:
    amounts = {amount for amount, _area in overspends_of(con, QUARTER)}
    # "Street cleansing – £95k pressure" in a monitoring report's variances is an overspend, and so is what the
    # overspend the sentence before states is expected to come down to
    assert {2.4e6, 1.1e6, 95e3, 60e3} <= amounts
    kinds = {(kind, amount) for kind, amount, _area in savings_of(con, QUARTER, "service_area")}
    assert {("target", 0.9e6), ("unidentified", 0.4e6)} <= kinds
    # actions to bring spending back are no savings a report has identified
    assert ("identified", 0.7e6) not in kinds and ("other", 0.7e6) in figures_of(con, QUARTER)


def test_the_years_of_savings_in_a_monitoring_report_and_a_budget_named_fund(con) -> None:
    years = rows_of(
        con,
        "select kind, round(amount_gbp, 2)::double, fiscal_year from marts.savings where source_file = ?",
        QUARTER,
    )
    # the report's year, though a later clause says "already" or names the year a slipped saving now falls in
    assert {
        ("target", 0.9e6, "2026/27"),
        ("unidentified", 0.4e6, "2026/27"),
        ("delivered", 1.6e6, "2026/27"),
    } <= years
    # a fund named after the budget is a reserve, not a budget
    figures = figures_of(con, QUARTER)
    assert {("reserves", 11.6e6), ("reserves", 2.3e6)} <= figures
    assert not {("budget", 11.6e6), ("budget", 2.3e6)} & figures


def test_net_expenditure_a_cost_type_row_and_the_year_of_a_shortfall_against_that_target(con) -> None:
    figures = figures_of(con, OUTTURN)
    # what was spent is no reserve, though the sentence goes on to the reserve that met the overspend
    assert ("other", 212.6e6) in figures and ("reserves", 212.6e6) not in figures
    # a row naming a kind of cost ("Pay") is the whole authority's: no service
    assert (0.35e6, None) in overspends_of(con, CAPITAL)
    years = rows_of(
        con,
        "select kind, round(amount_gbp, 2)::double, fiscal_year from marts.savings where source_file = ?",
        FEEDBACK,
    )
    assert ("unidentified", 0.6e6, "2026/27") in years


def test_a_gap_as_it_stood_before_adverse_to_budget_and_funding_a_department_provided(con) -> None:
    figures = figures_of(con, MTFS)
    # the gap as it stood at an earlier report is the same gap, earlier
    assert {("funding_gap", 7.7e6), ("funding_gap", 8.1e6), ("grant", 3.3e6)} <= figures
    assert (0.45e6,) in {(amount,) for amount, _area in overspends_of(con, MTFS)}
    assert ("budget", 0.45e6) not in figures
