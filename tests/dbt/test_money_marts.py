"""The money seed rules end to end: invented reports refreshed by the real CLI into a temporary warehouse,
then the rows of marts.savings, marts.overspends and marts.financial_figures checked cue form by cue form."""

from tests.conftest import rows_of

MONITORING = "wyvern_2019_q2-revenue-budget-monitoring.txt"
SAVINGS_PAGE = "borsetshire_savings-made.txt"
MINUTES = "fenby_2021_cabinet-minutes-savings.txt"
VARIANCES = "hallowmere_2024_q3-revenue-monitoring.txt"
SECTIONS = "kestrelford_2025_month-9-finance-report.txt"
NEWS = "wyvernshire_2024_council-news-budget.txt"
PLAN = "marlcombe_2026_medium-term-financial-plan.txt"
QUARTER = "ravelstoke_2025_q2-budget-monitoring.txt"
REVIEW = "ashwold_2024_finance-peer-challenge.txt"
OUTTURN = "tressingham_2026_provisional-revenue-outturn.txt"
ACCOUNTS = "pellow_2026_statement-of-accounts-narrative.txt"
PEER_PAGE = "brindlecombe_2024_our-peer-challenge.txt"
LOWERBY = "lowerby_2026_q2-revenue-budget-monitoring.txt"
DUNMERE = "dunmere_2026_q3-performance-and-resources.txt"
KESTREL = "kestrel_2026_q2-revenue-monitoring.md"
OSPREY = "ospreyford_2026_savings-programme-update.txt"
WILLOWBY = "willowby_2026_q3-budget-monitoring.txt"
BRACKENBURY = "brackenbury_2026_q2-finance-report.md"
HARWICK = "harwick_2026_month-7-finance-update.md"
HARBURY = "harbury_2026_month-4-finance-update.md"
KITEWORTH = "kiteworth_2026_p6-financial-monitoring.md"
REPORTS = {
    HARBURY: (
        "# Harbury Borough Council\n\n"
        "## Finance update 2026/27: Month 4\n\n"
        "### Savings\n\n"
        "By the end of July £1.9m had been delivered. The remaining £0.6m, linked to the review of parking "
        "charges, will not be delivered this year.\n\n"
        "Last year's programme was £5.0m. Of this, £3.3m has been achieved, £1.4m is expected to be achieved by the "
        "year end and £0.3m is now considered undeliverable.\n\n"
        "### Delivery of this year's programme\n\n"
        "The 2026/27 budget includes savings of £8.0m. At Month 4, £4.1m has been delivered and a further £2.0m is "
        "on track. £1.1m is at risk, mainly because of delays in adult social care.\n\n"
        "### Medium term\n\n"
        "The financial plan shows gaps of £3.1m in 2027/28 and £4.4m in 2028/29.\n\n"
        "### Forecast\n\n"
        "The council forecasts an overspend of £2.2m for 2026/27. This is an improvement of £0.4m on the position "
        "at Month 3. Homelessness is forecast to cost £0.9m more than budgeted.\n\n"
        "The capital programme for 2026/27 is £61.5m.\n"
    ),
    MONITORING: (
        "Wyvern District Council\n\n"
        "Revenue Budget Monitoring 2019/20 - Quarter Two\n\n"
        "The overspend in children's services, which reflects higher placement numbers and the cost of agency "
        "social workers across the district, is currently projected at £2.4m.\n\n"
        "The overspend includes a variance of £1.5m on residential placements.\n\n"
        "Savings of £3.2m were delivered at quarter two.\n\n"
        "The savings programme has achieved £4.1m to date.\n\n"
        "The council has delivered savings of £25m over the last five years.\n\n"
        "The budget gap for next year is estimated at between £2m and £3m.\n"
    ),
    SAVINGS_PAGE: (
        "Savings we have already made\n\n"
        "Borsetshire County Council has cut £1.3 million a year from senior management costs.\n\n"
        "Spending on consultants has fallen by £2 million or 40%.\n\n"
        "Closing two council buildings is saving £300k a year.\n\n"
        "By 2020/21 the council has to save £30m.\n\n"
        "This means we need to save about £120 per household.\n\n"
        "Government grants have fallen by a further £8m, to £20m.\n\n"
        "The future funding shortfall of the housing account is £4m.\n"
    ),
    MINUTES: (
        "Fenby Borough Council\n\n"
        "Cabinet minutes\n\n"
        "Members noted that a review of the £6m savings for 2021/22 had been carried out in the autumn, which "
        "confirmed that £4m of the savings had been delivered.\n\n"
        "The Leader said that the change programme was working, delivering better services and savings of £1.2m.\n\n"
        "The restructure of the customer contact team had delivered savings of £40k and £25k for the General "
        "Fund and the Housing Revenue Account respectively.\n\n"
        "The refresh resulted in a welcome change to the four year savings target, bringing it down by £300k, "
        "from £2.5m to £2.2m, and that the Housing Revenue Account reserves remained above £9m throughout the "
        "period.\n\n"
        "The savings requirement for the next two years was set at £11m (about 4% of the net budget).\n\n"
        "The funding gap, and therefore the savings needed over the next two years, was estimated at £7m.\n\n"
        "A review of old accounts resulted in a one-off gain of £80k to the revenue account.\n"
    ),
    VARIANCES: (
        "Hallowmere Borough Council\n\n"
        "Revenue Budget Monitoring 2024–25 Quarter Three\n\n"
        "Adult social care shows a forecast adverse variance of £1.8m.\n\n"
        "Highways spending is expected to be £0.6m over budget by March.\n\n"
        "Spend on waste collection is forecast to exceed budget by £250,000.\n\n"
        "Investment interest income exceeded budget by £390k.\n\n"
        "Temporary accommodation costs are projected to overspend by £0.7m.\n\n"
        "The council expects the year to end with an overspend of £2.2m.\n\n"
        "The general fund balance stands at £9.5m.\n\n"
        "A further £1.1m of savings has not yet been identified.\n\n"
        "Savings of £0.9m are rated as on track.\n\n"
        "Pay and prices mean the council faces a shortfall of £6m over the next three years.\n\n"
        "A new marina will regenerate the harbour at a cost of £4m.\n"
    ),
    SECTIONS: (
        "Kestrelford District Council\n\n"
        "Finance Report: Month 9 2024/25\n\n"
        "3. Savings delivery\n\n"
        "To date, £2.4m has been delivered, with a further £0.5m rated as on track.\n\n"
        "Savings of £1.6m are still to be found and a further £0.8m are rated amber.\n\n"
        "Services delivered £3.9m of their £4.6m savings plan.\n\n"
        "4. Capital programme\n\n"
        "The new depot, costing £1.1m, has been delivered.\n\n"
        "Capital slippage of £1.3m will be carried forward into next year.\n\n"
        "Cabinet approved the use of £0.4m from the Budget Stabilisation Reserve.\n\n"
        "The council agreed £5.5m of savings when it set the budget.\n"
    ),
    NEWS: (
        "Wyvernshire County Council\n\n"
        "Date: 3 December 2024\n\n"
        "Council warns of pressure on its budget\n\n"
        "The council expects to overspend by £2.4m, mainly on home to school transport.\n\n"
        "The council overspent by £1.1m on waste collection.\n"
    ),
    PLAN: (
        "Marlcombe Borough Council\n\n"
        "Medium Term Financial Plan 2026/27\n\n"
        "Since 2015/16 the council has taken £8.4m out of its net budget.\n\n"
        "The council must still find savings of £3.1m over the three years to 2029/30.\n\n"
        "Officers have identified proposals worth £1.2m, leaving £1.9m still to be found.\n\n"
        "The 2026/27 budget includes savings of £2.6m.\n\n"
        "Savings and additional income of £450,000 have been built into the 2026/27 budget.\n\n"
        "Of the £4m savings programme, £1.5m had already been delivered, £1.1m was on track and £1.4m was at risk.\n\n"
        "The shared legal service has saved Marlcombe around £0.3m so far.\n\n"
        "The council faces a budget gap of £1.8m in 2027/28, rising to £3.5m in 2029/30.\n\n"
        "General fund balances are £4.2m, above the minimum level of £3m.\n\n"
        "Children's services are forecast to be £2.2m over budget. Of this, £1.6m relates to agency staff.\n"
    ),
    QUARTER: (
        "Ravelstoke Borough Council\n\n"
        "Revenue Budget Monitoring 2025/26 Quarter 2\n\n"
        "Cabinet is reporting a forecast overspend of £3.4m for the year, of which £2.6m is in children's social care.\n\n"
        "The 2024/25 outturn was an overspend of £5.2m, driven by home to school transport (£3m) and adult social "
        "care (£2.2m).\n\n"
        "Proposals worth £1.7m have been identified, but £1.2m is still to be found.\n\n"
        "Savings of £2.5m were delivered last year, ahead of the £2m planned.\n\n"
        "The Council Fund balance stood at £6.1m.\n\n"
        "Unallocated reserves of £4m remain.\n\n"
        "The £5.5m Towns Fund award will pay for the new library.\n\n"
        "The leisure contract brings in around £0.8m a year.\n\n"
        "The sale of the old depot raised £1.3m.\n\n"
        "The commercial portfolio cost £40m to assemble.\n"
    ),
    REVIEW: (
        "Ashwold Borough Council\n\n"
        "Finance Peer Challenge\n\n"
        "Since 2012 the council has had to save £64m.\n\n"
        "The budget includes new savings of £9.5m.\n\n"
        "It drew £3m from earmarked reserves and relied on savings of £7.2m.\n\n"
        "Only £1.3m of savings towards that gap have so far been identified.\n\n"
        "Proposals worth £2m have been found, leaving £0.6m still to find.\n\n"
        "The council is forecasting an overspend of £11.3m, of which adult social care accounts for £6.7m and "
        "home to school transport for £2.8m.\n\n"
        "The council has been awarded £950k from the Welsh Government's Active Travel fund.\n\n"
        "The plan will be met within existing budgets, supported by £250,000 from the transformation reserve.\n"
    ),
    OUTTURN: (
        "Tressingham Borough Council\n\n"
        "Provisional Revenue Outturn 2025/26\n\n"
        "The provisional outturn is an overspend of £1.3m. This compares with month 6, when an overspend of "
        "£2.1m was projected.\n\n"
        "The 2025/26 budget included savings proposals totalling £4,500,000.\n\n"
        "Savings of £3.6m were built into the service budgets; £2.9m had been delivered by March. The remaining "
        "£700,000 was not delivered and has been carried forward as a pressure.\n\n"
        "A further £0.2m of savings has not yet been delivered but remains on track.\n\n"
        "The council overspent by £0.8m on waste collection, driven by vehicle hire costs, and the parking "
        "account shows an adverse variance of £0.45m.\n\n"
        "Corporate budgets overspent by £1.2m, with home to school transport accounting for £0.7m of the "
        "overspend.\n\n"
        "The children's services overspend of £2.9m follows an overspend of £2.2m last year.\n"
    ),
    ACCOUNTS: (
        "Pellow District Council\n"
        "Statement of Accounts 2025/26\n\n"
        "Narrative report\n\n"
        "Net expenditure on services came in £1.1m above budget.\n\n"
        "Savings of £3.2m were achieved in the year.\n"
    ),
    PEER_PAGE: (
        "Brindlecombe District Council\n\n"
        "Our peer challenge\n\n"
        "The LGA corporate peer challenge took place from 10 to 12 October 2023.\n\n"
        "Since the visit, the 2023/24 outturn was an overspend of £1.6m, driven by temporary accommodation (£1.1m) "
        "and waste collection (£0.5m).\n\n"
        "The 2024/25 budget closes a £4.4m gap, including £2.7m of savings.\n"
    ),
    LOWERBY: (
        "Lowerby Borough Council\n\n"
        "Revenue Budget Monitoring 2026/27 Quarter 2\n\n"
        "Of the £9.2m savings programme for the year, £5.1m had been delivered by September.\n\n"
        "Undelivered savings of £1.4m have been carried into the 2026/27 programme.\n\n"
        "Around £0.6m of the gap is not yet matched by any proposal.\n\n"
        "A further £5.5 million must be saved over the next two years, and plans for £2.2 million of this are "
        "already in place.\n\n"
        "The council has taken out £2.4m of costs since 2020/21.\n\n"
        "In 2022 the council bought a business park for £27m.\n\n"
        "The budget gap is £6.1m in 2027/28, rising to a cumulative £14.8m by 2029/30.\n\n"
        "Cabinet approved savings proposals totalling £4.4m over the MTFS period.\n"
    ),
    DUNMERE: (
        "Dunmere District Council\n\n"
        "Performance and Resources Report 2025/26 Quarter 3\n\n"
        "3.1 At the end of December the forecast outturn is £21,460,000, an adverse variance of £385,000.\n\n"
        "3.2 The 2025/26 budget included savings of £6.4m. By the end of December £4.9m (77%) had been delivered, "
        "and £0.7m will not be achieved this year.\n\n"
        "3.3 The council has saved £3m since 2021, but needs to find another £1.9m over the next two years.\n\n"
        "3.4 Since 2015 the council has had to find £4.2m of savings.\n\n"
        "3.5 The provisional settlement shows an increase of 2.8% in Aggregate External Finance, which is worth "
        "£4.1m to Dunmere.\n\n"
        "3.6 General balances are forecast to be £5.2m at 31 March 2026 after the overspend is met.\n\n"
        "3.7 Refuse and recycling is projected to overspend by £0.3m.\n"
    ),
    KESTREL: (
        "# Kestrel Borough Council\n\n"
        "## Revenue Budget Monitoring 2026/27 Quarter 2\n\n"
        "The 2026/27 budget relies on savings of £3.8m. At the end of September:\n\n"
        "- £2.1m has been achieved;\n"
        "- £0.9m is on track to be delivered by 31 March 2027; and\n"
        "- £0.5m is considered unachievable and will need to be replaced.\n\n"
        "Car parking savings of £140k were secured in 2025/26.\n\n"
        "Savings for 2026/27 total £1.6m. Of these, £1.1m has been realised to date and a further £0.2m is "
        "expected by the year end, while £0.3m is not expected to be delivered.\n\n"
        "| | 2027/28 | 2028/29 |\n|---|---|---|\n| Cumulative budget gap | £4.2m | £6.9m |\n\n"
        "Waste services overspent by £0.4m in 2025/26. This year the council is forecasting an overspend of "
        "£2.6m, of which £1.5m is in adult social care and £0.8m is in the high needs block.\n\n"
        "The savings target for the year is £2.0m. Progress is shown below.\n\n"
        "  Status          Value\n  Achieved        £1,200,000\n  In progress     £500,000\n"
        "  Unachieved      £300,000\n"
    ),
    HARWICK: (
        "# Harwick District Council\n\n## Finance update 2026/27: Month 7\n\n"
        "The council has a savings requirement of £12.0m in 2026/27. By month 7 it had delivered £6.5m, a further "
        "£2.5m is on track, £1.5m is at risk and £1.2m will not be delivered this year and has been reprofiled "
        "into 2027/28.\n\n"
        "The 2026/27 budget includes savings of £9.0m. Their status is:\n\n"
        "| Status | £m |\n|---|---:|\n| Blue – delivered | 4.1 |\n| Green – on track | 2.4 |\n"
        "| Amber – some risk | 1.6 |\n| Red – significant risk | 0.9 |\n"
    ),
    BRACKENBURY: (
        "# Brackenbury Borough Council\n\n## Finance report 2026/27: Quarter 2\n\n"
        "### Schools\n\nThe accumulated Dedicated Schools Grant deficit is £14.2m.\n\n"
        "### Balances\n\nGeneral balances stand at £7.5m, above their minimum of £5m.\n\n"
        "### Capital programme\n\n"
        "The approved capital programme for 2026/27 is £88.0m. "
        "Forecast spend is £71.5m, with £16.5m of rescheduling into later years.\n\n"
        "The housing capital programme is £20.0m for 2026/27, with forecast spend of £18.0m.\n"
    ),
    WILLOWBY: (
        "Willowby District Council\n\n"
        "Budget Monitoring 2026/27: Quarter 3\n\n"
        "The council forecasts an overspend of £1.9m for 2026/27, mostly on temporary accommodation.\n\n"
        "In adult social care, care package costs have risen by £2.7m above the budget.\n\n"
        "Waste collection costs are forecast to exceed their budget by £0.8m.\n\n"
        "Since 2014 the council has made £14m of savings.\n\n"
        "The savings plan for 2027/28 is £3.0m, of which £1.2m is in the draft budget.\n\n"
        "The budget relies on savings of £12.5m; managers rate £3.1m of these as amber.\n\n"
        "The housing capital programme is £40.0m, including £6.5m from Homes England.\n\n"
        "The closure of the pool caused a shortfall of £0.7m in leisure fees income.\n\n"
        "The Housing Revenue Account expects lost rent of £0.3m for the year.\n\n"
        "General balances of £6.0m are above the policy minimum of £4.0m.\n"
    ),
    OSPREY: (
        "Ospreyford Borough Council\n\n"
        "Savings Programme Update\n\n"
        "The 2026/27 budget depends on £12.5m of savings, split as follows:\n\n"
        "  - Adult social care: £5.1m\n"
        "  - Children's services – £3,400,000\n"
        "  - Back-office services: £4 million\n\n"
        "The medium-term plan shows a gap of £9m by 2029/30. So far only £1.5m of savings proposals have been "
        "identified to close it.\n\n"
        "The 2026/27 target for the review of fees is £600k. Officers said that £450k of this has already been "
        "banked.\n\n"
        "The council has delivered £20m of efficiency savings over the last ten years, while protecting its "
        "libraries and children's centres.\n\n"
        "| | 2027/28 | 2028/29 | 2029/30 |\n|---|---|---|---|\n"
        "| Savings still to be identified | £1.2m | £2.5m | £3.1m |\n\n"
        "| £m | 2027/28 | 2028/29 |\n|---|---|---|\n| Savings proposals identified | £0.7m | £0.9m |\n\n"
        "An overspend of £800k is forecast for 2026/27, almost all of it on home to school transport.\n\n"
        "The budget gap for 2027/28 is put at £4m. Proposals worth £2.5m have been identified so far, leaving the "
        "rest to be found.\n\n"
        "The 2026/27 budget includes savings of £2.2m. At Quarter 2, £1.4m has been achieved and a further £0.5m "
        "is on track.\n\n"
        "Savings of £30m have been made since 2012, but a further £6m will be needed over the next two years.\n\n"
        "The forecast gap is £3m by 2030/31, and around £1m of this is yet to be identified.\n\n"
        "The 2025/26 budget included £3.3m of approved savings.\n\n"
        "The council now forecasts an overspend of £1.3m for 2026/27, compared with £0.9m at quarter 1.\n\n"
        "A further overspend of £450k is forecast for 2026/27, mainly because of demand for home to school "
        "transport.\n\n"
        "The Ospreyford Health and Social Care Partnership overspent by £0.6m in 2025/26.\n\n"
        "The forecast for 2026/27 by service:\n\n"
        "Service                         Forecast variance\n"
        "Adult social care               £1.1m over\n"
        "Loan charges                    £0.4m under\n"
    ),
    KITEWORTH: (
        "Kiteworth County Council\n\n"
        "Financial Monitoring Report: Period 6 2026/27\n\n"
        "Summary\n\n"
        "The council is forecasting a net overspend of £6.420m for 2026/27, with £4.1m of that in children's "
        "services.\n\n"
        "Revenue forecast\n\n"
        "     Table 1: Revenue forecast at period 6\n\n"
        "     Directorate                    Annual      Forecast     Variance\n"
        "                                    Budget      Outturn\n"
        "                                    £000        £000         £000\n"
        "     Adults and                     120,500     123,200        2,700\n"
        "       Public Health\n"
        "     Children's Services             88,300      92,400        4,100\n"
        "     Place                           61,200      60,580         (380)\n"
        "     Net Budget                     270,000     276,420        6,420\n\n"
        "Dedicated Schools Grant\n\n"
        "The high needs block is forecast to overspend by £2.2m. This sits outside the general fund and is not "
        "part of the £6.420m reported above.\n\n"
        "Balances\n\n"
        "If the overspend is not brought down, the balance would fall to £8.5m by March 2027, below the "
        "council's own minimum of £9.0m.\n\n"
        "Its contingency fund stood at £3.1m in March, below the recommended level of £4.5m.\n\n"
        "The council's trading company paid a dividend of £0.4m to the council this year.\n\n"
        "The council secured £12m of transport settlement funding for bus priority schemes.\n\n"
        "Savings\n\n"
        "Savings of £5.0m are planned for 2026/27. Of those, £1.2m are flagged as at risk.\n\n"
        "The remaining £1.3m was not achieved and has been carried into the 2027/28 budget.\n\n"
        "Over the past five years the council has delivered savings of £2.0m, largely through its waste "
        "partnership.\n\n"
        "Medium term\n\n"
        "All figures are £m; the council has found part of each year's gap and the rest\n"
        "is still to find.\n\n"
        "```\n"
        "                                2027/28    2028/29    2029/30\n"
        "Gap before savings                 12.5        9.0        7.5\n"
        "Savings identified                  6.0        3.5        0.0\n"
        "Savings still to find               6.5        5.5        7.5\n"
        "```\n\n"
        "Table 2: Proposals by year\n\n"
        "£m\t2027/28\t2028/29\t2029/30\tTotal\n"
        "Savings proposals\t4.0\t2.0\t1.0\t7.0\n"
    ),
}


def test_monitoring_report_savings_take_the_reports_year_unless_cumulative(con) -> None:
    rows = rows_of(
        con,
        "select kind, round(amount_gbp, 2)::double, fiscal_year from marts.savings where source_file = ?",
        MONITORING,
    )
    assert rows == {("delivered", 3.2e6, "2019/20"), ("delivered", 4.1e6, None), ("delivered", 25e6, None)}


def test_an_overspend_named_far_before_its_figure_and_its_parts(con) -> None:
    rows = rows_of(
        con,
        "select round(amount_gbp, 2)::double, fiscal_year, status, service_area from marts.overspends where source_file = ?",
        MONITORING,
    )
    assert rows == {
        (2.4e6, "2019/20", "forecast", "childrens_services"),
        (1.5e6, "2019/20", "forecast", None),
    }


def test_a_range_is_two_figures_of_one_category(con) -> None:
    rows = rows_of(
        con,
        "select category, round(amount_gbp, 2)::double from marts.financial_figures where source_file = ?",
        MONITORING,
    )
    assert rows == {("funding_gap", 2e6), ("funding_gap", 3e6)}


def test_a_savings_made_heading_makes_its_figures_delivered(con) -> None:
    rows = rows_of(
        con,
        "select kind, round(amount_gbp, 2)::double, fiscal_year, service_area from marts.savings where source_file = ?",
        SAVINGS_PAGE,
    )
    assert rows == {
        ("delivered", 1.3e6, None, "corporate_services"),
        ("delivered", 2e6, None, None),
        # a service outside the vocabulary (the council's buildings) is 'other'
        ("delivered", 3e5, None, "other"),
        # a target up to a year is cumulative: no fiscal year, and the heading does not overrule its words
        ("target", 30e6, None, None),
    }


def test_movements_per_household_figures_and_funding_shortfalls(con) -> None:
    rows = rows_of(
        con,
        "select category, round(amount_gbp, 2)::double from marts.financial_figures where source_file = ?",
        SAVINGS_PAGE,
    )
    assert rows == {("other", 120.0), ("grant", 8e6), ("grant", 20e6), ("funding_gap", 4e6)}


def test_amounts_are_exact_decimals(con) -> None:
    for mart in ("savings", "overspends", "financial_figures", "yearly_money_figures"):
        [(kind,)] = con.execute(
            f"select distinct typeof(amount_gbp) from marts.{mart} where amount_gbp is not null"
        ).fetchall()
        assert kind == "DECIMAL(18,2)", mart


def test_a_multi_year_total_says_so_with_its_span(con) -> None:
    rows = rows_of(
        con,
        "select round(amount_gbp, 2)::double, is_multi_year, span_years from marts.savings where source_file = ?",
        MONITORING,
    )
    assert rows == {(3.2e6, False, None), (4.1e6, False, None), (25e6, True, 5)}


def test_yearly_figures_hold_only_figures_of_one_year(con) -> None:
    rows = rows_of(
        con,
        "select mart, measure, round(amount_gbp, 2)::double, fiscal_year from marts.yearly_money_figures "
        "where source_file = ?",
        MONITORING,
    )
    assert rows == {
        ("savings", "delivered", 3.2e6, "2019/20"),
        ("overspends", "forecast", 2.4e6, "2019/20"),
        ("overspends", "forecast", 1.5e6, "2019/20"),
        # "the budget gap for next year": the year after the report's
        ("financial_figures", "funding_gap", 2e6, "2020/21"),
        ("financial_figures", "funding_gap", 3e6, "2020/21"),
    }


def test_cues_bind_to_the_figure_of_their_own_clause(con) -> None:
    rows = rows_of(
        con,
        "select kind, round(amount_gbp, 2)::double, fiscal_year, service_area from marts.savings where source_file = ?",
        MINUTES,
    )
    assert rows == {
        # "delivered" is the later figure's: the £6m reviewed are the year's savings target
        ("target", 6e6, "2021/22", None),
        ("delivered", 4e6, "2021/22", None),
        # "delivering" is a form of deliver
        ("delivered", 1.2e6, None, None),
        # "respectively" pairs each figure with its own name: the second is the housing account's
        ("delivered", 40e3, None, None),
        ("delivered", 25e3, None, "housing"),
        # the levels either side of a movement are what the words before the movement name; the housing
        # account of the next clause is not theirs
        ("target", 2.5e6, None, None),
        ("target", 2.2e6, None, None),
        ("target", 11e6, None, None),
    }


def test_a_percentage_after_a_fall_is_its_size_not_a_savings_rate(con) -> None:
    rows = rows_of(con, "select kind, percent from marts.savings where source_file = ?", SAVINGS_PAGE)
    assert ("rate", 40.0) not in rows


def test_a_percentage_of_the_budget_after_a_saving_is_not_a_savings_rate(con) -> None:
    rows = rows_of(con, "select kind, percent from marts.savings where source_file = ?", MINUTES)
    assert ("rate", 4.0) not in rows


def test_an_aside_after_the_subject_does_not_name_the_figure(con) -> None:
    rows = rows_of(
        con,
        "select category, round(amount_gbp, 2)::double from marts.financial_figures where source_file = ? "
        "and amount_gbp = 7e6",
        MINUTES,
    )
    assert rows == {("funding_gap", 7e6)}


def test_a_figure_for_the_revenue_account_is_a_financial_figure(con) -> None:
    rows = rows_of(
        con,
        "select category, round(amount_gbp, 2)::double from marts.financial_figures where source_file = ? "
        "and amount_gbp = 8e4",
        MINUTES,
    )
    assert rows == {("other", 8e4)}


def test_variance_words_say_overspend_and_income_above_budget_does_not(con) -> None:
    rows = rows_of(
        con,
        "select round(amount_gbp, 2)::double, fiscal_year, status, service_area from marts.overspends "
        "where source_file = ?",
        VARIANCES,
    )
    assert rows == {
        (1.8e6, "2024/25", "forecast", "adult_social_care"),  # adverse variance; the year written 2024–25
        (0.6e6, "2024/25", "forecast", "highways"),  # over budget
        (250e3, "2024/25", "forecast", "waste"),  # exceed budget
        (0.7e6, "2024/25", "forecast", "housing"),  # temporary accommodation
        (2.2e6, "2024/25", "forecast", None),  # "expects"
    }
    other = rows_of(
        con,
        "select category, round(amount_gbp, 2)::double from marts.financial_figures where source_file = ?",
        VARIANCES,
    )
    assert ("other", 390e3) in other  # income above budget is favourable


def test_balances_savings_not_yet_found_and_shortfalls_without_savings(con) -> None:
    figures = rows_of(
        con,
        "select category, round(amount_gbp, 2)::double from marts.financial_figures where source_file = ?",
        VARIANCES,
    )
    assert ("reserves", 9.5e6) in figures  # the general fund balance
    assert ("funding_gap", 6e6) in figures  # a shortfall with no savings word is a funding gap
    assert ("income", 4e6) not in figures  # "regenerate" is not "generate"
    savings = rows_of(
        con, "select kind, round(amount_gbp, 2)::double from marts.savings where source_file = ?", VARIANCES
    )
    assert savings == {("unidentified", 1.1e6), ("target", 0.9e6)}  # not yet identified; on track


def test_a_savings_sections_heading_tells_what_its_figures_are(con) -> None:
    savings = rows_of(
        con, "select kind, round(amount_gbp, 2)::double from marts.savings where source_file = ?", SECTIONS
    )
    assert savings == {
        ("delivered", 2.4e6),  # under "Savings delivery", with no savings word of its own
        ("target", 0.5e6),  # "a further £0.5m rated as on track": its own clause, not "delivered"
        ("unidentified", 1.6e6),
        ("target", 0.8e6),  # "and a further £0.8m are rated amber": not "still to be found"
        ("delivered", 3.9e6),
        ("target", 4.6e6),  # a savings plan
        ("target", 5.5e6),  # "£5.5m of savings", though the budget is named after it
    }  # and the depot's £1.1m, delivered under "Capital programme", is no saving


def test_slippage_and_a_reserve_named_after_the_budget(con) -> None:
    figures = rows_of(
        con,
        "select category, round(amount_gbp, 2)::double from marts.financial_figures where source_file = ?",
        SECTIONS,
    )
    assert {("other", 1.3e6), ("reserves", 0.4e6)} <= figures


def test_a_forecast_overspend_in_a_report_about_no_year_is_for_the_year_it_was_written_in(con) -> None:
    rows = rows_of(
        con,
        "select round(amount_gbp, 2)::double, fiscal_year, status from marts.overspends where source_file = ?",
        NEWS,
    )
    # the year open on 3 December 2024; an actual overspend named without its year stays without one
    assert rows == {(2.4e6, "2024/25", "forecast"), (1.1e6, None, "actual")}


def test_savings_told_by_their_verbs_and_by_the_sentence_before(con) -> None:
    savings = rows_of(
        con, "select kind, round(amount_gbp, 2)::double from marts.savings where source_file = ?", PLAN
    )
    assert savings == {
        ("delivered", 8.4e6),  # "taken £8.4m out of its net budget"
        ("target", 3.1e6),  # "must still find"
        ("identified", 1.2e6),  # "proposals worth", no savings word in the sentence
        ("unidentified", 1.9e6),  # "leaving ... still to be found"
        ("target", 2.6e6),  # "the budget includes savings of"
        ("target", 450e3),  # "built into the budget", though "income" is nearer
        ("target", 4e6),  # the savings programme
        ("delivered", 1.5e6),  # "had already been delivered"
        ("target", 1.1e6),  # "was on track", not rated
        ("target", 1.4e6),  # "was at risk"
        ("delivered", 0.3e6),  # "has saved ... so far"
    }
    span = rows_of(
        con, "select fiscal_year from marts.savings where source_file = ? and amount_gbp = 3100000", PLAN
    )
    assert span == {(None,)}  # "over the three years to 2029/30": no single year


def test_a_gap_rising_to_a_later_figure_a_minimum_balance_and_an_overspend_of_this(con) -> None:
    figures = rows_of(
        con,
        "select category, round(amount_gbp, 2)::double from marts.financial_figures where source_file = ?",
        PLAN,
    )
    assert {("funding_gap", 1.8e6), ("funding_gap", 3.5e6), ("reserves", 4.2e6), ("reserves", 3e6)} <= figures
    overspends = rows_of(
        con, "select round(amount_gbp, 2)::double from marts.overspends where source_file = ?", PLAN
    )
    assert overspends == {(2.2e6,), (1.6e6,)}  # "Of this, £1.6m relates to": a part of the overspend before


def test_parts_of_a_figure_take_its_mart_and_name_their_own_service(con) -> None:
    rows = rows_of(
        con,
        "select round(amount_gbp, 2)::double, service_area from marts.overspends where source_file = ?",
        QUARTER,
    )
    assert rows == {
        (3.4e6, None),
        (2.6e6, "childrens_services"),  # ", of which £2.6m is in children's social care"
        (5.2e6, None),
        (3e6, "transport"),  # "driven by home to school transport (£3m)"
        (2.2e6, "adult_social_care"),  # "and adult social care (£2.2m)"
    }


def test_savings_still_to_find_and_planned_by_the_words_after_them(con) -> None:
    savings = rows_of(
        con, "select kind, round(amount_gbp, 2)::double from marts.savings where source_file = ?", QUARTER
    )
    assert savings == {
        ("identified", 1.7e6),
        ("unidentified", 1.2e6),  # "£1.2m is still to be found", though "identified" is nearer before it
        ("delivered", 2.5e6),
        ("target", 2e6),  # "the £2m planned", though "delivered" is in its clause
    }


def test_balances_funds_income_sales_and_portfolios_by_their_names(con) -> None:
    figures = rows_of(
        con,
        "select category, round(amount_gbp, 2)::double from marts.financial_figures where source_file = ?",
        QUARTER,
    )
    assert {
        ("reserves", 6.1e6),  # the Council Fund balance (the general fund of a Welsh council)
        ("reserves", 4e6),  # unallocated reserves are reserves, not unallocated savings
        ("grant", 5.5e6),  # a named government fund
        ("income", 0.8e6),  # "brings in"
        ("capital_receipts", 1.3e6),  # "the sale of"
        ("investment", 40e6),  # "the commercial portfolio"
    } <= figures


def test_savings_had_to_be_made_relied_on_or_so_far_identified(con) -> None:
    savings = rows_of(
        con, "select kind, round(amount_gbp, 2)::double from marts.savings where source_file = ?", REVIEW
    )
    assert savings == {
        ("delivered", 64e6),  # "has had to save": past, not a target
        ("target", 9.5e6),  # "the budget includes new savings of"
        ("target", 7.2e6),  # "relied on savings of", though the reserves are named in its clause
        (
            "identified",
            1.3e6,
        ),  # "of savings towards that gap have so far been identified", though "gap" is nearer
        ("identified", 2e6),
        ("unidentified", 0.6e6),  # "still to find"
    }
    figures = rows_of(
        con,
        "select category, round(amount_gbp, 2)::double from marts.financial_figures where source_file = ?",
        REVIEW,
    )
    assert figures == {
        ("reserves", 3e6),
        ("grant", 950e3),  # awarded from a government's fund
        ("reserves", 250e3),  # "from the transformation reserve", though "budgets" is nearer
    }


def test_parts_named_before_their_figures(con) -> None:
    rows = rows_of(
        con,
        "select round(amount_gbp, 2)::double, service_area from marts.overspends where source_file = ?",
        REVIEW,
    )
    assert rows == {(11.3e6, None), (6.7e6, "adult_social_care"), (2.8e6, "transport")}


def test_a_forecast_told_by_its_own_words_in_a_year_since_closed(con) -> None:
    rows = rows_of(
        con,
        "select round(amount_gbp, 2)::double, status from marts.overspends where source_file = ? "
        "and amount_gbp in (1.3e6, 2.1e6)",
        OUTTURN,
    )
    assert rows == {(1.3e6, "actual"), (2.1e6, "forecast")}  # "when an overspend of £2.1m was projected"


def test_savings_a_budget_included_and_the_remainder_not_delivered(con) -> None:
    savings = rows_of(
        con, "select kind, round(amount_gbp, 2)::double from marts.savings where source_file = ?", OUTTURN
    )
    assert savings == {
        ("target", 4.5e6),  # "the budget included savings proposals totalling": planned, not identified
        ("target", 3.6e6),
        ("delivered", 2.9e6),  # its savings word is in the clause before the semicolon
        ("unidentified", 0.7e6),  # "was not delivered": a shortfall
        ("target", 0.2e6),  # "not yet been delivered": still planned
    }


def test_a_service_named_in_another_figures_clause_is_not_this_figures(con) -> None:
    rows = rows_of(
        con,
        "select round(amount_gbp, 2)::double, service_area from marts.overspends where source_file = ? "
        "and amount_gbp not in (1.3e6, 2.1e6)",
        OUTTURN,
    )
    assert rows == {
        (0.8e6, "waste"),  # its own trailing clause
        (0.45e6, None),  # the clause before it is the £0.8m's
        (1.2e6, None),  # the service is named in the £0.7m's clause
        (0.7e6, "transport"),
        (2.9e6, "childrens_services"),
        (2.2e6, "childrens_services"),  # the service named before the sentence's first figure speaks for both
    }


def test_a_statement_of_accounts_reports_on_its_closed_year(con) -> None:
    overspends = rows_of(
        con,
        "select round(amount_gbp, 2)::double, fiscal_year, status from marts.overspends where source_file = ?",
        ACCOUNTS,
    )
    assert overspends == {(1.1e6, "2025/26", "actual")}
    savings = rows_of(
        con,
        "select kind, round(amount_gbp, 2)::double, fiscal_year from marts.savings where source_file = ?",
        ACCOUNTS,
    )
    assert savings == {("delivered", 3.2e6, "2025/26")}


def test_an_outturn_is_actual_and_its_parts_too_in_a_page_dated_by_a_visit_in_that_year(con) -> None:
    rows = rows_of(
        con,
        "select round(amount_gbp, 2)::double, fiscal_year, status from marts.overspends where source_file = ?",
        PEER_PAGE,
    )
    assert rows == {(1.6e6, "2023/24", "actual"), (1.1e6, "2023/24", "actual"), (0.5e6, "2023/24", "actual")}


def test_savings_named_after_a_part_of_a_gap(con) -> None:
    savings = rows_of(
        con, "select kind, round(amount_gbp, 2)::double from marts.savings where source_file = ?", PEER_PAGE
    )
    assert savings == {
        ("target", 2.7e6),  # "including £2.7m of savings": the part's own noun, not the gap's
    }


def test_savings_must_be_saved_in_place_unmatched_undelivered_and_costs_taken_out(con) -> None:
    savings = rows_of(
        con,
        "select kind, round(amount_gbp, 2)::double, fiscal_year from marts.savings where source_file = ?",
        LOWERBY,
    )
    assert savings == {
        ("target", 9.2e6, "2026/27"),  # "the savings programme for the year": the report's year
        ("delivered", 5.1e6, "2026/27"),
        (
            "target",
            1.4e6,
            "2026/27",
        ),  # "undelivered savings ... carried into": still planned, not a shortfall
        ("unidentified", 0.6e6, "2026/27"),  # "not yet matched by any proposal"
        ("target", 5.5e6, None),  # "must be saved", over two years
        ("identified", 2.2e6, None),  # "plans for £2.2m of this are already in place"
        ("delivered", 2.4e6, None),  # "has taken out £2.4m of costs since"
        ("identified", 4.4e6, None),  # "over the MTFS period": no one year
    }


def test_a_figure_delivered_in_a_clause_naming_no_money_is_of_the_sentence_before(con) -> None:
    savings = rows_of(
        con, "select kind, round(amount_gbp, 2)::double from marts.savings where source_file = ?", DUNMERE
    )
    assert {("target", 6.4e6), ("delivered", 4.9e6), ("unidentified", 0.7e6)} <= savings
    assert ("unidentified", 1.9e6) in savings  # "needs to find another £1.9m"
    assert ("unidentified", 4.2e6) not in savings  # "has had to find": found
    overspends = rows_of(
        con,
        "select round(amount_gbp, 2)::double, service_area from marts.overspends where source_file = ?",
        DUNMERE,
    )
    # the outturn before ", an adverse variance of" and balances "after the overspend is met" are no overspends
    assert overspends == {(385e3, None), (3e5, "waste")}
    figures = rows_of(
        con,
        "select category, coalesce(amount_gbp, percent)::double from marts.financial_figures where source_file = ?",
        DUNMERE,
    )
    assert {("grant", 2.8), ("grant", 4.1e6)} <= figures  # Wales's core grant, "Aggregate External Finance"
    assert ("reserves", 5.2e6) in figures


def test_purchases_are_investments_and_a_gap_rises_to_a_cumulative_figure(con) -> None:
    figures = rows_of(
        con,
        "select category, round(amount_gbp, 2)::double from marts.financial_figures where source_file = ?",
        LOWERBY,
    )
    assert {("investment", 27e6), ("funding_gap", 6.1e6), ("funding_gap", 14.8e6)} <= figures


def test_list_items_savings_secured_and_savings_not_expected_to_be_delivered(con) -> None:
    rows = rows_of(
        con,
        "select kind, round(amount_gbp, 2)::double, fiscal_year from marts.savings where source_file = ?",
        KESTREL,
    )
    assert rows == {
        ("target", 3.8e6, "2026/27"),
        # the list's items are about the savings its lead-in line names
        ("delivered", 2.1e6, "2026/27"),
        ("target", 0.9e6, "2026/27"),
        ("unidentified", 0.5e6, "2026/27"),
        ("delivered", 140e3, "2025/26"),  # savings secured are made
        ("target", 1.6e6, "2026/27"),
        ("delivered", 1.1e6, "2026/27"),
        ("target", 0.2e6, "2026/27"),  # expected by the year end: not made yet
        ("unidentified", 0.3e6, "2026/27"),  # not expected to be delivered at all
        # a table's rows are about the savings the line before the table names
        ("target", 2.0e6, "2026/27"),
        ("delivered", 1.2e6, "2026/27"),
        ("target", 0.5e6, "2026/27"),
        ("unidentified", 0.3e6, "2026/27"),
    }


def test_every_figure_of_a_table_row_is_what_its_row_label_says(con) -> None:
    rows = rows_of(
        con,
        "select category, round(amount_gbp, 2)::double from marts.financial_figures where source_file = ?",
        KESTREL,
    )
    assert rows == {("funding_gap", 4.2e6), ("funding_gap", 6.9e6)}


def test_this_years_overspend_and_its_parts_named_one_after_another(con) -> None:
    rows = rows_of(
        con,
        "select round(amount_gbp, 2)::double, service_area, fiscal_year, status from marts.overspends "
        "where source_file = ?",
        KESTREL,
    )
    assert rows == {
        (0.4e6, "waste", "2025/26", "actual"),
        # "This year ..." does not refer back to the sentence before: the waste service is not this figure's
        (2.6e6, None, "2026/27", "forecast"),
        (1.5e6, "adult_social_care", "2026/27", "forecast"),
        # the second part, after "and", is an overspend of its own service, not the first part's
        (0.8e6, "send", "2026/27", "forecast"),
    }


def test_a_list_of_named_figures_under_a_lead_in_figure_shares_it_out(con) -> None:
    rows = rows_of(
        con,
        "select kind, round(amount_gbp, 2)::double, fiscal_year, service_area, period from marts.savings "
        "where source_file = ?",
        OSPREY,
    )
    assert rows == {
        ("target", 12.5e6, "2026/27", None, None),
        # each item is a share of the £12.5m: its kind and year, its own service ("back-office" with a hyphen)
        ("target", 5.1e6, "2026/27", "adult_social_care", None),
        ("target", 3.4e6, "2026/27", "childrens_services", None),
        ("target", 4e6, "2026/27", "corporate_services", None),
        # "by 2029/30" ends a span: the sentence going on from it takes no year from it
        ("identified", 1.5e6, None, None, None),
        ("target", 600e3, "2026/27", None, None),
        # banked, of the figure in the sentence before: delivered
        ("delivered", 450e3, "2026/27", None, None),
        # the services a contrasting clause names ("while protecting ...") are not the figure's
        ("delivered", 20e6, None, None, "over the last ten years"),
        # a table cell takes the year its column's heading names
        ("unidentified", 1.2e6, "2027/28", None, None),
        ("unidentified", 2.5e6, "2028/29", None, None),
        ("unidentified", 3.1e6, "2029/30", None, None),
        ("identified", 0.7e6, "2027/28", None, None),  # under a heading row that names its unit
        ("identified", 0.9e6, "2028/29", None, None),
        # "so far" goes on from the sentence before: its one year
        ("identified", 2.5e6, "2027/28", None, None),
        ("target", 2.2e6, "2026/27", None, None),
        # "At Quarter 2, ..." goes on from the sentence before; "on track" reads its savings
        ("delivered", 1.4e6, "2026/27", None, None),
        ("target", 0.5e6, "2026/27", None, None),
        ("delivered", 30e6, None, None, "since 2012"),
        # "will be needed": a target, over its own period (not the clause before's)
        ("target", 6e6, None, None, "over the next two years"),
        # a part of the figure before ("of this") keeps that figure's period
        ("unidentified", 1e6, None, None, "by 2030/31"),
        ("target", 3.3e6, "2025/26", None, None),  # approved savings are a target
    }


def test_where_most_of_an_overspend_arose_is_not_its_service(con) -> None:
    rows = rows_of(
        con,
        "select round(amount_gbp, 2)::double, fiscal_year, status, service_area from marts.overspends "
        "where source_file = ?",
        OSPREY,
    )
    assert rows == {
        (800e3, "2026/27", "forecast", None),
        (1.3e6, "2026/27", "forecast", None),
        # the same overspend as it stood at an earlier point
        (0.9e6, "2026/27", "forecast", None),
        # why it arose is no service of its own
        (450e3, "2026/27", "forecast", None),
        # a health and social care partnership is adult social care
        (0.6e6, "2025/26", "actual", "adult_social_care"),
        # a table's "£1.1m over"
        (1.1e6, "2026/27", "forecast", "adult_social_care"),
    }


def test_a_variance_printed_as_under_is_an_underspend_not_what_the_row_names(con) -> None:
    rows = rows_of(
        con,
        "select category, round(amount_gbp, 2)::double from marts.financial_figures where source_file = ?",
        OSPREY,
    )
    assert ("other", 0.4e6) in rows and ("debt", 0.4e6) not in rows


def test_markdown_headings_two_sentences_back_and_plural_gaps(con) -> None:
    savings = rows_of(
        con, "select kind, round(amount_gbp, 2)::double from marts.savings where source_file = ?", HARBURY
    )
    gaps = rows_of(
        con,
        "select round(amount_gbp, 2)::double from marts.financial_figures "
        "where source_file = ? and category = 'funding_gap'",
        HARBURY,
    )
    # a markdown heading ("### Savings") is the section of the figures under it
    assert ("delivered", 1.9e6) in savings
    # "£1.1m is at risk" goes on with the topic of the sentence two back, past "At Month 4, ... on track"
    assert ("target", 1.1e6) in savings
    # ... and why ("mainly because of delays in adult social care") is no service of its own
    services = rows_of(
        con, "select service_area from marts.savings where source_file = ? and amount_gbp = 1.1e6", HARBURY
    )
    assert services == {(None,)}
    # "will not be delivered" in its sentence, after a clause of its own
    assert ("unidentified", 0.6e6) in savings
    # "£3.3m has been achieved, £1.4m is expected to be achieved": the words of the figure before are not its own
    assert {("delivered", 3.3e6), ("target", 1.4e6), ("unidentified", 0.3e6)} <= savings
    assert ("delivered", 1.4e6) not in savings
    # "gaps of £3.1m in 2027/28 and £4.4m in 2028/29"
    assert gaps == {(3.1e6,), (4.4e6,)}


def test_more_than_budgeted_is_an_overspend_an_improvement_a_movement_and_a_capital_programme_investment(
    con,
) -> None:
    overspends = rows_of(
        con, "select round(amount_gbp, 2)::double from marts.overspends where source_file = ?", HARBURY
    )
    figures = rows_of(
        con,
        "select category, round(amount_gbp, 2)::double from marts.financial_figures where source_file = ?",
        HARBURY,
    )
    assert overspends == {(2.2e6,), (0.9e6,)}
    assert ("other", 0.4e6) in figures
    # what a capital programme for a year "is" is what the council will invest that year (as most validation golds
    # label it)
    assert ("investment", 61.5e6) in figures


def test_spending_above_a_budget_savings_made_rated_or_in_the_draft_budget_and_funders_losses_and_minimums(
    con,
) -> None:
    overspends = rows_of(
        con,
        "select round(amount_gbp, 2)::double, service_area from marts.overspends where source_file = ?",
        WILLOWBY,
    )
    # "mostly on temporary accommodation" is where most of the council's overspend arose, not its service;
    # "risen by £2.7m above the budget" and "exceed their budget by £0.8m" are overspends, not movements or budgets
    assert overspends == {(1.9e6, None), (2.7e6, "adult_social_care"), (0.8e6, "waste")}
    savings = rows_of(
        con, "select kind, round(amount_gbp, 2)::double from marts.savings where source_file = ?", WILLOWBY
    )
    # "has made £14m of savings"; a part of a plan "in the draft budget"; a share "of these" rated amber
    assert {("delivered", 14e6), ("identified", 1.2e6), ("target", 3.1e6)} <= savings
    figures = rows_of(
        con,
        "select category, round(amount_gbp, 2)::double from marts.financial_figures where source_file = ?",
        WILLOWBY,
    )
    # a funder's share of a capital programme; income short or lost; the minimum a reserves policy sets
    assert {("grant", 6.5e6), ("income", 0.7e6), ("income", 0.3e6), ("reserves", 4.0e6)} <= figures


def test_a_deficit_carried_a_minimum_of_balances_and_spend_in_a_capital_section(con) -> None:
    figures = rows_of(
        con,
        "select category, round(amount_gbp, 2)::double from marts.financial_figures where source_file = ?",
        BRACKENBURY,
    )
    # a deficit the council carries is no gap in its budget; "above their minimum of" is the reserves' floor;
    # spend under a capital programme's heading or beside it is capital investment, its rescheduling is not; what
    # the programme for the year "is" is its capital investment
    assert {
        ("other", 14.2e6),
        ("reserves", 5e6),
        ("investment", 88e6),
        ("investment", 71.5e6),
        ("other", 16.5e6),
        ("investment", 20e6),
        ("investment", 18e6),
    } <= figures
    assert ("funding_gap", 14.2e6) not in figures


def test_delivered_by_a_pronoun_a_year_moved_to_and_a_status_table_of_risks(con) -> None:
    savings = rows_of(
        con,
        "select kind, round(amount_gbp, 2)::double, fiscal_year from marts.savings where source_file = ?",
        HARWICK,
    )
    # "By month 7 it had delivered £6.5m" goes on with the savings of the sentence before; "reprofiled into
    # 2027/28" is where a figure goes, not the year of the sentence's figures
    assert {
        ("delivered", 6.5e6, "2026/27"),
        ("target", 2.5e6, "2026/27"),
        ("target", 1.5e6, "2026/27"),
    } <= savings
    # a status table's rows: "Amber – some risk" and "Red – significant risk" are savings at risk (targets)
    assert {("delivered", 4.1e6), ("target", 2.4e6), ("target", 1.6e6), ("target", 0.9e6)} <= {
        row[:2] for row in savings
    }


def test_a_space_aligned_table_under_stacked_headings_and_what_points_back_at_a_figure(con) -> None:
    figures = rows_of(
        con,
        "select category, round(amount_gbp, 2)::double from marts.financial_figures where source_file = ?",
        KITEWORTH,
    )
    # each cell by the headings printed over it ("Annual" over "Budget" over "£000"), a row's name wrapped onto
    # a line of its own not ending the table
    assert {
        ("budget", 120.5e6),
        ("other", 123.2e6),
        ("budget", 88.3e6),
        ("other", 92.4e6),
        ("budget", 61.2e6),
        ("other", 60.58e6),
        ("other", 0.38e6),
        ("budget", 270e6),
        ("other", 276.42e6),
    } <= figures
    # a balance forecast to fall, a floor below the council's own minimum, a dividend, a transport settlement
    # ... and one below the level recommended for it
    assert {
        ("reserves", 8.5e6),
        ("reserves", 9e6),
        ("income", 0.4e6),
        ("grant", 12e6),
        ("reserves", 4.5e6),
    } <= (figures)
    overspends = rows_of(
        con,
        "select round(amount_gbp, 2)::double, service_area from marts.overspends where source_file = ?",
        KITEWORTH,
    )
    # "not part of the £6.420m reported above" points back at the council's overspend: it gives that figure no
    # service of its section; "with £4.1m of that in children's services" is a part of the overspend
    assert {(6.42e6, None), (4.1e6, "childrens_services"), (2.7e6, "adult_social_care"), (2.2e6, "send")} == (
        overspends
    )


def test_a_caption_over_two_lines_years_over_columns_beside_a_total_and_years_said_before(con) -> None:
    savings = rows_of(
        con,
        "select kind, round(amount_gbp, 2)::double, fiscal_year, service_area from marts.savings "
        "where source_file = ?",
        KITEWORTH,
    )
    # a code block's table with its unit in the two lines of prose above it; a tab table whose years stand over
    # all but its Total column; "Of those" takes the year of the sentence before; a year a shortfall is carried
    # into is not its own; "largely through its waste partnership" names no service of the council's savings
    assert {
        ("identified", 6e6, "2027/28", None),
        ("identified", 3.5e6, "2028/29", None),
        ("unidentified", 6.5e6, "2027/28", None),
        ("unidentified", 5.5e6, "2028/29", None),
        ("unidentified", 7.5e6, "2029/30", None),
        ("identified", 4e6, "2027/28", None),
        ("identified", 2e6, "2028/29", None),
        ("identified", 1e6, "2029/30", None),
        ("target", 1.2e6, "2026/27", None),
        ("unidentified", 1.3e6, "2026/27", None),
        ("delivered", 2e6, None, None),
    } <= savings
    gaps = rows_of(
        con,
        "select round(amount_gbp, 2)::double, fiscal_year from marts.financial_figures "
        "where source_file = ? and category = 'funding_gap'",
        KITEWORTH,
    )
    assert {(12.5e6, "2027/28"), (9e6, "2028/29"), (7.5e6, "2029/30")} <= gaps
