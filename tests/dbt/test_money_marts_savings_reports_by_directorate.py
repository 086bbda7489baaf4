"""Money marts on a savings report set out directorate by directorate, a form met in reports of councils we had not
seen: each directorate's figures under its own heading line ("Adult Social Care" over "£0.8m of £1.3m delivered"),
whose sentences name no saving (the report's heading does), the whole after "of" ("£0.8m of £1.3m") its target,
and the heading's service theirs. Invented council; the report runs through the real `councilwh refresh`."""

from __future__ import annotations

from tests.conftest import figures_of, savings_of

BY_DIRECTORATE = "wendlebury_2026_savings-delivery-month-6.txt"

REPORTS = {
    BY_DIRECTORATE: (
        "WENDLEBURY BOROUGH COUNCIL\n\n"
        "CABINET                                         12 November 2026\n\n"
        "SAVINGS DELIVERY 2026/27 - POSITION AT MONTH 6\n\n"
        "1. SUMMARY\n\n"
        "1.1 The net revenue budget approved for 2026/27 is £14.1m. This report sets out the progress of each\n"
        "directorate against its part of the programme.\n\n"
        "2. PROGRESS BY DIRECTORATE\n\n"
        "Adult Social Care\n"
        "£0.8m of £1.3m delivered by the end of September.\n\n"
        "Children's Services\n"
        "£0.7m of the £0.9m has been delivered.\n"
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
