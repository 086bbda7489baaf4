"""Money in a savings tracker with reference codes and empty "-" cells, a gap table whose unit a sentence gives,
directorates listed with dotted leaders, a directorate "– adverse £X" and a tab table's "£000" headings, end to
end through the real CLI."""

from tests.conftest import figures_of, rows_of, savings_of

TRACKER = "quillbury_2026_q2-budget-monitoring.txt"
MTFS = "harrowmere_2026_q3-revenue-monitoring-and-mtfs.txt"
TABS = "wendlecombe_2026_q1-finance-report.txt"
MOVEMENTS = "ferrowby_2026_revenue-outturn-and-budget-strategy.txt"
REPORTS = {
    TRACKER: (
        "Quillbury County Council\n"
        "Budget Monitoring 2026/27 - Month 6 (to 30 September 2026)\n\n"
        "3. Savings delivery\n\n"
        "3.1 The 2026/27 budget includes £14.6m of savings, tracked below.\n\n"
        "  Savings tracker 2026/27 (£m)\n"
        "  Ref  Scheme                                  Dir.     Target  Delivered  At risk  Unachievable  RAG\n"
        "  Q1   Reablement and review of care packages  ASC         7.5        4.2      2.3           1.0    A\n"
        "  Q2   Placement sufficiency - in-house        CYP         4.0        0.9      1.1           2.0    R\n"
        "       children's homes\n"
        "  Q3   Highways term contract re-procurement   ENV         1.9        1.9       -             -     G\n"
        "  Q4   Digital and back-office efficiencies    Corp        1.2        0.6      0.6            -     A\n"
        "       TOTAL                                              14.6        7.6      4.0           3.0\n\n"
        "4. Reserves\n\n"
        "4.1 Earmarked reserves are forecast to be £61.0m at 31 March 2027.\n"
    ),
    MTFS: (
        "HARROWMERE BOROUGH COUNCIL\n\n"
        "REVENUE MONITORING - QUARTER 3 2026/27 AND MEDIUM TERM FINANCIAL STRATEGY 2027/28 - 2029/30\n\n"
        "2.  REVENUE POSITION AT QUARTER 3\n\n"
        "2.1 The main movements by directorate are:\n\n"
        "    •  Adult Social Care – adverse £1,640k. Home care hours are above the budgeted level.\n"
        "    •  Environment – favourable £730k, mostly from higher trade waste income.\n\n"
        "2.2 If the favourable variance holds, the general fund balance will be £11.2M at 31 March 2027.\n\n"
        "3.  MEDIUM TERM FINANCIAL STRATEGY\n\n"
        "3.1 Revised assumptions on pay and demand give the position below. All figures £M.\n\n"
        "                                        2027/28     2028/29     2029/30\n"
        "    Budget gap before savings             4.1         8.8        12.2\n"
        "    Savings proposals                    (4.1)       (5.0)       (5.9)\n"
        "    Remaining gap                          -          3.8         6.3\n\n"
        "3.2 The gap for 2027/28 is closed in full. The proposals for 2027/28, by directorate, are:\n\n"
        "    Adult Social Care ....................... £2.2M  (reablement; assistive technology)\n"
        "    Corporate ............................... £0.7M  (digital; contracts)\n\n"
        "3.3 The strategy assumes a council tax increase of 4.99% in 2027/28.\n\n"
        "4.  LOOKING FURTHER AHEAD\n\n"
        "4.1 For 2028/29 the draft budget report identified a gap of £9.4m, and officers have so far put forward "
        "proposals worth £6.1m against it. The plan points to an annual gap of £3.3m by 2029/30, and only £1.2m "
        "of that has so far been matched with savings proposals.\n"
    ),
    TABS: (
        "Wendlecombe Borough Council\n"
        "Quarter 1 Finance Report 2026/27 (April to June 2026)\n\n"
        "4  Revenue budget\n\n"
        "Service\tBudget £000\tForecast £000\tVariance £000\n"
        "Leisure and Culture\t5,210\t5,395\t185\n"
        "Planning\t2,480\t2,390\t(90)\n"
        "Total\t7,690\t7,785\t95\n"
    ),
    MOVEMENTS: (
        "Ferrowby District Council\n"
        "Revenue Outturn 2025/26 and Budget Strategy 2026/27\n\n"
        "1. Outturn by service\n\n"
        "1.1 The table summarises the position (figures in £'000 unless the variance column says otherwise).\n\n"
        "Service                              Net Budget    Outturn      Variance\n"
        "                                     £'000         £'000\n"
        "-----------------------------------------------------------------------------\n"
        "Waste and Street Scene                  9,410         9,860     £0.45m over\n"
        "Leisure, Culture and                    3,220         3,050     £0.17m under\n"
        "  Heritage\n\n"
        "Ferrowby District Council      Cabinet 12/05/2026                      Page 2 of 6\n\n"
        "Planning and Building                   2,640         2,590     £0.05m under\n"
        "  Control\n"
        "-----------------------------------------------------------------------------\n"
        "Total                                  15,270        15,500     £0.23m over\n\n"
        "2. Reserves\n\n"
        "2.1 Movements on the main reserves during the year were (£000):\n\n"
        "Reserve\tBalance 1 April 2025\tContributions\tDrawdowns\tBalance 31 March 2026\n"
        "Business Rates Smoothing\t2,610\t850\t(400)\t3,060\n"
        "Homelessness Prevention\t980\t-\t(720)\t260\n\n"
        "3. Budget reduction measures\n\n"
        "3.1 Officers have identified measures worth £2.45 million over three years. The principal items, by "
        "reference, are:\n\n"
        "  Ref      Measure                                                 Saving   First full\n"
        "                                                                   £m       year\n"
        "  ------------------------------------------------------------------------------\n"
        "  ENV-02   Move to three-weekly residual waste collection          0.90   2026/27\n"
        "  HSG-05   Recharge of homelessness prevention costs to the HRA     0.40   2027/28\n"
        "  CORP-04  Digital transformation and contact centre redesign       1.15   phased\n\n"
        "Even with all of these measures, the council would still need to find £1.3 million over the period.\n"
    ),
}


def test_a_tracker_with_reference_codes_empty_cells_and_a_wrapped_name(con) -> None:
    savings = savings_of(con, TRACKER, "fiscal_year", "service_area")
    # the row's name is the scheme after its reference, and a row after a name wrapped onto its own line, or with
    # "-" in its empty cells, is still a row of the table
    assert {
        ("target", 7.5e6, "2026/27", "adult_social_care"),
        ("delivered", 4.2e6, "2026/27", "adult_social_care"),
        ("unidentified", 1.0e6, "2026/27", "adult_social_care"),
        ("target", 1.9e6, "2026/27", "highways"),
        ("delivered", 1.9e6, "2026/27", "highways"),
        ("target", 1.2e6, "2026/27", "corporate_services"),
        ("delivered", 0.6e6, "2026/27", "corporate_services"),
    } <= savings
    # the total row has no RAG cell: its figures stand under the headings above them, not one column to the left
    kinds = {(kind, amount) for kind, amount, _year, _service in savings}
    assert {("delivered", 7.6e6), ("unidentified", 3.0e6)} <= kinds
    assert ("delivered", 14.6e6) not in kinds


def test_a_gap_table_whose_unit_a_sentence_gives(con) -> None:
    figures = figures_of(con, MTFS)
    assert {("funding_gap", amount) for amount in (4.1e6, 8.8e6, 12.2e6, 3.8e6, 6.3e6)} <= figures
    assert {("identified", 5.0e6, "2028/29", None), ("identified", 5.9e6, "2029/30", None)} <= savings_of(
        con, MTFS, "fiscal_year", "service_area"
    )


def test_directorates_with_dotted_leaders_adverse_and_favourable_and_a_balance(con) -> None:
    savings = savings_of(con, MTFS, "fiscal_year", "service_area")
    assert {
        ("identified", 2.2e6, "2027/28", "adult_social_care"),
        ("identified", 0.7e6, "2027/28", "corporate_services"),
    } <= savings
    overspends = rows_of(
        con,
        "select round(amount_gbp, 2)::double, service_area from marts.overspends where source_file = ?",
        MTFS,
    )
    assert (1.64e6, "adult_social_care") in overspends
    figures = figures_of(con, MTFS)
    # a favourable variance is no overspend; the balance it leaves is a reserve, whatever the clause before says
    assert {("other", 0.73e6), ("reserves", 11.2e6)} <= figures
    assert (0.73e6, "waste") not in overspends and ("other", 11.2e6) not in figures


def test_a_tab_tables_unit_headings_are_no_figures(con) -> None:
    figures = figures_of(con, TABS)
    assert {("budget", 5.21e6), ("budget", 2.48e6)} <= figures
    assert not {(category, amount) for category, amount in figures if amount == 0}
    overspends = rows_of(
        con, "select round(amount_gbp, 2)::double from marts.overspends where source_file = ?", TABS
    )
    assert (185e3,) in overspends and (0.0,) not in overspends


def test_a_gap_a_report_identified_and_the_part_matched_with_proposals(con) -> None:
    figures = figures_of(con, MTFS)
    # "identified a gap of £9.4m" is a gap, though the word "identified" stands before it
    assert {("funding_gap", 9.4e6), ("funding_gap", 3.3e6)} <= figures
    kinds = {
        (kind, amount)
        for kind, amount, _year, _service in savings_of(con, MTFS, "fiscal_year", "service_area")
    }
    assert {("identified", 6.1e6), ("identified", 1.2e6)} <= kinds
    assert ("identified", 9.4e6) not in kinds and ("unidentified", 1.2e6) not in kinds


def test_a_wrapped_row_name_before_a_page_footer_or_a_rule_does_not_end_the_table(con) -> None:
    figures = figures_of(con, MOVEMENTS)
    # the rows after the footer, and the total after the rule, keep the table's unit (£'000)
    assert {("budget", 2.64e6), ("budget", 15.27e6)} <= figures
    overspends = rows_of(
        con, "select round(amount_gbp, 2)::double from marts.overspends where source_file = ?", MOVEMENTS
    )
    assert (0.45e6,) in overspends and (0.05e6,) not in overspends


def test_a_reserves_movement_table_is_reserves_in_every_column(con) -> None:
    figures = figures_of(con, MOVEMENTS)
    # neither a row named after business rates nor one after homelessness makes its cells income or housing money
    assert {
        ("reserves", amount) for amount in (2.61e6, 0.85e6, 0.4e6, 3.06e6, 0.98e6, 0.72e6, 0.26e6)
    } <= figures
    assert not {("income", 0.85e6), ("income", 2.61e6)} & figures


def test_coded_savings_measures_with_their_first_full_year(con) -> None:
    savings = savings_of(con, MOVEMENTS, "fiscal_year", "service_area")
    # the row's name follows its code ("ENV-02"); its year is its "First full year" cell
    assert {("identified", 0.9e6, "2026/27", "waste"), ("identified", 0.4e6, "2027/28", "housing")} <= savings
    assert ("identified", 1.15e6, "corporate_services") in {
        (kind, amount, area) for kind, amount, _, area in savings
    }


def test_a_table_row_is_no_section_heading_for_the_prose_after_it(con) -> None:
    # the section is "Budget reduction measures", not the table's last row: what is still to find is unidentified
    kinds = {
        (kind, amount)
        for kind, amount, _year, _area in savings_of(con, MOVEMENTS, "fiscal_year", "service_area")
    }
    assert ("unidentified", 1.3e6) in kinds
