"""Money marts on a savings report set out directorate by directorate, a form met in reports of councils we had not
seen: each directorate's figures under its own heading line ("Adult Social Care" over "£0.8m of £1.3m delivered"),
whose sentences name no saving (the report's heading does), the whole after "of" ("£0.8m of £1.3m") its target,
and the heading's service theirs; and a savings table whose rows' names are headed "Directorate" (or "Service
area"), each row's saving that part's service, or `other` for a part no service keyword names. Invented council; the report runs through the real `councilwh refresh`."""

from __future__ import annotations

from tests.conftest import figures_of, overspends_of, savings_of

BY_DIRECTORATE = "wendlebury_2026_savings-delivery-month-6.txt"
YEAR_END = "ormsby_2026_savings-outturn-2025-26.txt"
MONITORING = "wendlebury_2026_revenue-monitoring-month-6.txt"
BY_ROWS = "pelham_2026_savings-proposals-2026-27.md"
BY_SERVICE_AREA = "pelham_2026_savings-delivery-quarter-2.txt"

REPORTS = {
    BY_DIRECTORATE: (
        "WENDLEBURY BOROUGH COUNCIL\n\n"
        "CABINET                                         12 November 2026\n\n"
        "SAVINGS DELIVERY 2026/27 - POSITION AT MONTH 6\n\n"
        "1. SUMMARY\n\n"
        "1.1 The net revenue budget approved for 2026/27 is £14.1m. This report sets out the progress of each\n"
        "directorate against its part of the programme.\n\n"
        "1.2 At month 6, £1.5m (68%) of the £2.2m programme had been delivered. Drawing on the contingency to\n"
        "meet the £0.2m parking shortfall would leave £0.6m in it.\n\n"
        "2. PROGRESS BY DIRECTORATE\n\n"
        "Adult Social Care\n"
        "£0.8m of £1.3m delivered by the end of September.\n\n"
        "Children's Services\n"
        "£0.7m of the £0.9m has been delivered.\n"
    ),
    MONITORING: (
        "WENDLEBURY BOROUGH COUNCIL\n\n"
        "REVENUE BUDGET MONITORING 2026/27 - MONTH 6\n\n"
        "3. DIRECTORATE POSITIONS\n\n"
        "Adult Social Care\n"
        "Care home placements are forecast to cost £1.1m more than budgeted. Should the health partners not meet "
        "their share, the council would have to fund a further £0.4m, which would increase the overall forecast "
        "overspend to £2.6m.\n"
    ),
    YEAR_END: (
        "ORMSBY DISTRICT COUNCIL\n\n"
        "CABINET                                         18 June 2026\n\n"
        "SAVINGS OUTTURN 2025/26\n\n"
        "1. THE YEAR JUST ENDED\n\n"
        "1.1 Against a savings target of £3.4m for 2025/26, £2.9m was delivered by 31 March 2026.\n\n"
        "2. Looking ahead to 2026/27\n\n"
        "2.1 Service managers have identified proposals worth £1.6m. A further £0.7m is still to be found.\n\n"
        "3. Lessons from the programme since it began\n\n"
        "3.1 The council has delivered savings of £14.2m since the programme began in 2021/22.\n"
    ),
    BY_ROWS: (
        "# Pelham Borough Council\n\n"
        "Cabinet, 4 February 2026\n\n"
        "## Savings proposals 2026/27\n\n"
        "| Directorate | Savings 2026/27 £000 |\n"
        "|---|---:|\n"
        "| Corporate Resources | 640 |\n"
        "| Growth | 385 |\n"
        "| Total | 1,025 |\n\n"
        "## Savings proposals by theme\n\n"
        "| Proposal | Savings 2026/27 £000 |\n"
        "|---|---:|\n"
        "| Smarter working | 215 |\n"
    ),
    BY_SERVICE_AREA: (
        "PELHAM BOROUGH COUNCIL\n\n"
        "SAVINGS DELIVERY 2026/27 - QUARTER 2\n\n"
        "Table 1: Savings delivered by service area (£000)\n\n"
        "    Service area                  Target     Delivered\n"
        "    Housing Options                  310           240\n"
        "    Place Shaping                    180           120\n"
    ),
}


def test_the_whole_after_of_is_the_target_and_the_part_delivered(con) -> None:
    savings = savings_of(con, BY_DIRECTORATE)
    assert {("delivered", 800_000.0), ("target", 1_300_000.0)} <= savings
    assert {("delivered", 700_000.0), ("target", 900_000.0)} <= savings


def test_a_directorates_heading_line_names_the_service_of_its_figures(con) -> None:
    savings = savings_of(con, BY_DIRECTORATE, "service_area")
    assert ("delivered", 800_000.0, "adult_social_care") in savings
    assert ("target", 900_000.0, "childrens_services") in savings


def test_a_budget_in_a_savings_report_is_no_saving(con) -> None:
    assert 14_100_000.0 not in {amount for _kind, amount in savings_of(con, BY_DIRECTORATE)}
    assert ("budget", 14_100_000.0) in figures_of(con, BY_DIRECTORATE)


def test_a_saving_under_a_heading_naming_one_year_is_that_years(con) -> None:
    savings = savings_of(con, YEAR_END, "fiscal_year")
    assert ("identified", 1_600_000.0, "2026/27") in savings
    assert ("unidentified", 700_000.0, "2026/27") in savings
    assert ("delivered", 2_900_000.0, "2025/26") in savings


def test_a_saving_at_a_period_of_the_year_is_the_reporting_years(con) -> None:
    savings = savings_of(con, BY_DIRECTORATE, "percent", "fiscal_year")
    assert ("delivered", 1_500_000.0, None, "2026/27") in savings
    assert ("rate", None, 68.0, "2026/27") in savings


def test_a_shortfall_in_a_savings_report_is_no_saving(con) -> None:
    assert 200_000.0 not in {amount for _kind, amount in savings_of(con, BY_DIRECTORATE)}


def test_the_whole_councils_overspend_takes_no_service_from_its_sections_heading(con) -> None:
    overspends = overspends_of(con, MONITORING)
    assert (2_600_000.0, None) in overspends
    assert (1_100_000.0, "adult_social_care") in overspends


def test_a_saving_in_a_row_of_a_part_of_the_council_is_that_parts_or_other(con) -> None:
    savings = savings_of(con, BY_ROWS, "service_area")
    assert {
        ("identified", 640_000.0, "corporate_services"),
        ("identified", 385_000.0, "other"),  # no service keyword names "Growth"
        ("identified", 1_025_000.0, None),  # the whole council's
    } <= savings
    assert ("identified", 215_000.0, None) in savings  # a proposal is no part of the council
    by_area = savings_of(con, BY_SERVICE_AREA, "service_area")
    assert {("delivered", 240_000.0, "housing"), ("delivered", 120_000.0, "other")} <= by_area
